"""The FastAPI + uvicorn + scikit-learn peer for the serving benchmark.

Trains the scikit-learn counterpart of the served model on the same CSV when a worker starts: the same
features (categorical one-hot, ordinal as rank, numeric standardized) and the estimator family and settings
the model card names. Serves POST /predict with one JSON record, answering label and class probabilities
like the C# service, or for a regression card the predicted number (through expm1 when the card learned log1p). Run with Debian's interpreter: CARD=... DATA=... /usr/bin/python3 -m uvicorn serving_peer:app
"""
import json
import os

import numpy as np
import pandas as pd
from fastapi import FastAPI
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import (GradientBoostingClassifier, GradientBoostingRegressor, RandomForestClassifier,
                              RandomForestRegressor)
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder, StandardScaler


def estimator(card):
    """The scikit-learn estimator closest to the card's ML.NET trainer and hyperparameters."""
    p = card["parameters"]
    trainer = card["trainer"]
    if card["task"] == "regression":
        return regressor(trainer, p)
    if trainer == "fast_forest":
        return RandomForestClassifier(n_estimators=int(p.get("number_of_trees", 100)),
                                      max_leaf_nodes=int(p.get("number_of_leaves", 32)),
                                      min_samples_leaf=int(p.get("minimum_example_count_per_leaf", 1)),
                                      max_features=p.get("feature_fraction", 1.0), random_state=0)
    if trainer in ("fast_tree", "light_gbm"):
        return GradientBoostingClassifier(n_estimators=int(p.get("number_of_trees", p.get("number_of_iterations", 100))),
                                          max_leaf_nodes=int(p.get("number_of_leaves", 31)),
                                          learning_rate=p.get("learning_rate", 0.1),
                                          min_samples_leaf=int(p.get("minimum_example_count_per_leaf", 20)), random_state=0)
    return LogisticRegression(C=1.0 / max(p.get("l2_regularization", 1.0), 1e-6), max_iter=1000)


def regressor(trainer, p):
    """The scikit-learn regressor closest to the card's ML.NET regression trainer."""
    if trainer == "fast_forest":
        return RandomForestRegressor(n_estimators=int(p.get("number_of_trees", 100)),
                                     max_leaf_nodes=int(p.get("number_of_leaves", 32)),
                                     min_samples_leaf=int(p.get("minimum_example_count_per_leaf", 1)),
                                     max_features=p.get("feature_fraction", 1.0), random_state=0)
    if trainer in ("fast_tree", "light_gbm"):
        return GradientBoostingRegressor(n_estimators=int(p.get("number_of_trees", p.get("number_of_iterations", 100))),
                                         max_leaf_nodes=int(p.get("number_of_leaves", 31)),
                                         learning_rate=p.get("learning_rate", 0.1),
                                         min_samples_leaf=int(p.get("minimum_example_count_per_leaf", 20)), random_state=0)
    return Ridge(alpha=max(p.get("l2_regularization", 1.0), 1e-6))


def train(card, data_path):
    frame = pd.read_csv(data_path, keep_default_na=False)
    features = card["features"]
    numeric = [f["name"] for f in features if f["kind"] == "numeric"]
    ordinal = [f for f in features if f["kind"] == "ordinal"]
    categorical = [f["name"] for f in features if f["kind"] == "categorical"]
    transform = ColumnTransformer([
        ("numeric", StandardScaler(), numeric),
        ("ordinal", make_pipeline(OrdinalEncoder(categories=[f["categories"] for f in ordinal],
                                                 handle_unknown="use_encoded_value", unknown_value=-1), StandardScaler()),
         [f["name"] for f in ordinal]),
        ("categorical", OneHotEncoder(handle_unknown="ignore"), categorical),
    ])
    model = make_pipeline(transform, estimator(card))
    target = frame[card["target"]]
    if card["task"] == "regression":
        target = target.astype(float)
        target = np.log1p(target) if LOG1P else target
    model.fit(frame[[f["name"] for f in features]], target)
    return model, [f["name"] for f in features]


CARD = json.load(open(os.environ["CARD"], encoding="utf-8"))
LOG1P = str(CARD.get("target_transform", "none")).lower() == "log1p"
MODEL, COLUMNS = train(CARD, os.environ["DATA"])
CLASSES = [str(c) for c in getattr(MODEL, "classes_", [])]
app = FastAPI()


@app.post("/predict")
def predict(record: dict):
    if CARD["task"] == "regression":
        value = float(MODEL.predict(pd.DataFrame([record], columns=COLUMNS))[0])
        return {"prediction": float(np.expm1(value)) if LOG1P else value}
    probabilities = MODEL.predict_proba(pd.DataFrame([record], columns=COLUMNS))[0]
    best = int(probabilities.argmax())
    return {"label": CLASSES[best], "probabilities": dict(zip(CLASSES, map(float, probabilities)))}
