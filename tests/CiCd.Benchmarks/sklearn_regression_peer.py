"""The scikit-learn peer for the regression benchmark: default pipelines on the same folds.

Reads a CSV whose columns are all numeric, the target's name, and a file with one line per row holding that row's
fold in each repeat, comma-separated (written by the C# side). For each repeat reports, per pipeline, the RMSE and R²
of every fold and the seconds its fits took, and a checksum of "row,fold,target" lines that the C# side computes
alike, so equal checksums prove the same rows sit in the same folds. Uses Debian's python3-sklearn (run with
/usr/bin/python3). Prints one JSON line last: {"repeats": [{"checksum": …, "all": {pipeline: {…}}}, …]}.
"""
import hashlib
import json
import sys
import time

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestRegressor
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def checksum(folds, target):
    text = "".join(f"{row},{fold},{value:.6f}\n" for row, (fold, value) in enumerate(zip(folds, target)))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def score(frame, target, folds):
    models = {
        "linear_regression_scaled": lambda: make_pipeline(StandardScaler(), LinearRegression()),
        "random_forest": lambda: RandomForestRegressor(random_state=0),
        "hist_gradient_boosting": lambda: HistGradientBoostingRegressor(random_state=0),
    }
    results = {}
    for name, make in models.items():
        rmse, r2, seconds = [], [], 0.0
        for fold in range(folds.max() + 1):
            train, test = folds != fold, folds == fold
            start = time.perf_counter()
            model = make().fit(frame[train], target[train])
            seconds += time.perf_counter() - start
            predicted = model.predict(frame[test])
            rmse.append(float(np.sqrt(mean_squared_error(target[test], predicted))))
            r2.append(float(r2_score(target[test], predicted)))
        results[name] = {"rmse": rmse, "r2": r2, "fit_seconds": seconds}
    return {"checksum": checksum(folds, target), "all": results}


def main(data_path, target_name, folds_path):
    frame = pd.read_csv(data_path)
    repeats = np.loadtxt(folds_path, dtype=int, delimiter=",", ndmin=2)
    target = frame.pop(target_name).to_numpy(dtype=float)
    if len(repeats) != len(target):
        raise SystemExit(f"{folds_path} has {len(repeats)} rows of folds for {len(target)} rows of {data_path}")
    print(json.dumps({"repeats": [score(frame, target, repeats[:, r]) for r in range(repeats.shape[1])]}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
