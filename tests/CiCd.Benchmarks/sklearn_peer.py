"""The scikit-learn peer for the training benchmark: default pipelines on the same stratified folds.

Reads the German credit CSV and a file with one fold index per row (written by the C# side), one-hot
encodes categorical columns, standardizes numeric ones, and reports each pipeline's mean ROC AUC and the
best. Uses Debian's python3-sklearn (run with /usr/bin/python3). Prints one JSON line last.
"""
import json
import sys

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.svm import SVC


def main(data_path, folds_path):
    frame = pd.read_csv(data_path, keep_default_na=False)
    folds = np.loadtxt(folds_path, dtype=int)
    target = (frame.pop("class") == "bad").astype(int).to_numpy()
    numeric = [c for c in frame.columns if frame[c].dtype.kind in "if"]
    categorical = [c for c in frame.columns if c not in numeric]
    models = {
        "logistic_regression": LogisticRegression(max_iter=1000),
        "random_forest": RandomForestClassifier(random_state=0),
        "gradient_boosting": GradientBoostingClassifier(random_state=0),
        "svc_rbf": SVC(probability=True, random_state=0),
    }
    results = {}
    for name, model in models.items():
        aucs = []
        for fold in range(folds.max() + 1):
            train, test = folds != fold, folds == fold
            features = ColumnTransformer([
                ("num", StandardScaler(), numeric),
                ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
            ])
            pipeline = make_pipeline(features, model)
            pipeline.fit(frame[train], target[train])
            aucs.append(roc_auc_score(target[test], pipeline.predict_proba(frame[test])[:, 1]))
        results[name] = float(np.mean(aucs))
    best = max(results, key=results.get)
    print(json.dumps({"best": best, "best_auc": results[best], "all": results}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
