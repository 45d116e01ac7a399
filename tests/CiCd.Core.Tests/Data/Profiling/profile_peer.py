#!/usr/bin/python3
"""The profile's statistics as pandas, scipy and scikit-learn compute them, for DataProfilerPeerTests.

    /usr/bin/python3 profile_peer.py DATA.csv TARGET NUMERIC_COLUMNS(comma-separated) [POSITIVE_CLASS | --quintiles]

Prints one JSON object: per column the peer's figures, the numeric pairs' Pearson and Spearman, the categorical
pairs' Cramér's V, and the duplicate rows. Missing values are read as the reader does: an empty field or '?'; numbers
as the columnar reader stores them, 32-bit floats (so 32.1 is 32.099998...), then computed in doubles.
"""
import json
import sys

import numpy as np
import pandas as pd
from scipy import stats
from scipy.stats.contingency import association
from sklearn.metrics import mutual_info_score

LEVELS = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99]
BINS = 20

path, target, numeric = sys.argv[1], sys.argv[2], [c for c in sys.argv[3].split(",") if c]
quintiles = sys.argv[4:] == ["--quintiles"]
positive = sys.argv[4] if len(sys.argv) > 4 and not quintiles else None
frame = pd.read_csv(path, na_values=["?"], keep_default_na=False, dtype=str)
frame = frame.apply(lambda s: s.str.strip()).replace("", np.nan)
# Duplicates compare the target's own values (a numeric target's, not its quintile's).
out = {"duplicates": int(frame.duplicated().sum()), "columns": {}}
if quintiles:
    # A numeric target as the profile reads it: which fifth a row falls in (edges at the ceil(i n / 5)-th smallest value).
    values = frame[target].astype(float).to_numpy()
    ordered = np.sort(values)
    edges = [ordered[max(0, int(np.ceil(i * len(ordered) / 5)) - 1)] for i in range(1, 5)]
    frame[target] = [str(sum(v > e for e in edges)) for v in values]
y = frame[target]

def codes_of_bins(x, edges):
    return np.clip(np.searchsorted(edges, x, side="right") - 1, 0, len(edges) - 2)

for name in frame.columns:
    if name == target:
        continue
    column = {"missing": int(frame[name].isna().sum())}
    if name in numeric:
        x = frame[name].astype(np.float32).astype(float)
        v = x.dropna().to_numpy()
        counts, edges = np.histogram(v, bins=min(BINS, max(1, len(np.unique(v)))))
        q1, q3 = np.quantile(v, 0.25), np.quantile(v, 0.75)
        low, high = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)
        codes = codes_of_bins(v, edges)
        yy = y[x.notna()].to_numpy()
        column.update({
            "count": int(x.count()), "mean": float(x.mean()), "sd": float(x.std()), "skew": float(x.skew()),
            "min": float(x.min()), "max": float(x.max()), "distinct": int(x.nunique()),
            "quantiles": [float(q) for q in x.quantile(LEVELS)],
            "zeros": int((v == 0).sum()), "outliers": int(((v < low) | (v > high)).sum()),
            "histogram": [int(c) for c in counts], "edges": [float(e) for e in edges],
            "mutual_information": float(mutual_info_score(yy, codes)),
        })
        if positive is not None:
            column["point_biserial"] = float(stats.pointbiserialr((yy == positive).astype(float), v).statistic)
        else:
            column["anova_f"] = float(stats.f_oneway(*[v[yy == c] for c in np.unique(yy)]).statistic)
    else:
        x = frame[name].fillna("(missing)")
        counts = frame[name].value_counts()
        column.update({
            "distinct": int(frame[name].nunique()),
            "value_counts": {k: int(c) for k, c in counts.items()},
            "mutual_information": float(mutual_info_score(y, x)),
            "cramers_v": float(association(pd.crosstab(x, y).to_numpy(), method="cramer")),
        })
    out["columns"][name] = column

numbers = frame[numeric].astype(np.float32).astype(float)
out["pearson"] = numbers.corr(method="pearson").to_dict()
out["spearman"] = numbers.corr(method="spearman").to_dict()
categorical = [c for c in frame.columns if c != target and c not in numeric]
out["cramers_v"] = {a: {b: float(association(pd.crosstab(frame[a].fillna("(missing)"), frame[b].fillna("(missing)")).to_numpy(), method="cramer"))
                        for b in categorical if b != a} for a in categorical}
# JSON has no NaN: an undefined figure (the skew of a constant column) goes as null.
print(json.dumps(out).replace("NaN", "null"))
