"""The scikit-learn peer for the regression benchmark: default pipelines on the same folds.

Reads a CSV whose columns are all numeric, the target's name, and a file with one fold index per row (written by
the C# side); reports each pipeline's mean RMSE and R² over the folds and the best by RMSE. Uses Debian's
python3-sklearn (run with /usr/bin/python3). Prints one JSON line last.
"""
import json
import sys

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestRegressor
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def main(data_path, target_name, folds_path):
    frame = pd.read_csv(data_path)
    folds = np.loadtxt(folds_path, dtype=int)
    target = frame.pop(target_name).to_numpy(dtype=float)
    models = {
        "linear_regression_scaled": lambda: make_pipeline(StandardScaler(), LinearRegression()),
        "random_forest": lambda: RandomForestRegressor(random_state=0),
        "hist_gradient_boosting": lambda: HistGradientBoostingRegressor(random_state=0),
    }
    results = {}
    for name, make in models.items():
        rmse, r2 = [], []
        for fold in range(folds.max() + 1):
            train, test = folds != fold, folds == fold
            model = make().fit(frame[train], target[train])
            predicted = model.predict(frame[test])
            rmse.append(float(np.sqrt(mean_squared_error(target[test], predicted))))
            r2.append(float(r2_score(target[test], predicted)))
        results[name] = {"rmse": float(np.mean(rmse)), "r2": float(np.mean(r2))}
    best = min(results, key=lambda n: results[n]["rmse"])
    print(json.dumps({"best": best, "best_rmse": results[best]["rmse"], "best_r2": results[best]["r2"], "all": results}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
