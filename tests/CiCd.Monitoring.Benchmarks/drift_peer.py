#!/usr/bin/python3
"""The scipy/numpy peer of the C# benchmark: the same file, the same statistics, one JSON line.

usage: drift_peer.py DATA ROWS COLUMNS [BINS]
KS is scipy.stats.ks_2samp (default method='auto', two-sided); PSI and Jensen-Shannon use the
reference-decile bins and the 1e-4 empty-bin epsilon documented in CiCd.Monitoring. Columns are
read one at a time with np.fromfile, as the C# side reads them (a memory map would count the
mapped file pages in the peak RSS).
"""
import json
import resource
import sys
import time

import numpy as np
from scipy import stats
from scipy.spatial.distance import jensenshannon

EMPTY_BIN = 1e-4


def psi_and_js(ref, cur, bins):
    edges = np.unique(np.quantile(ref, np.arange(1, bins) / bins))
    rc = np.bincount(np.searchsorted(edges, ref, side="left"), minlength=len(edges) + 1)
    cc = np.bincount(np.searchsorted(edges, cur, side="left"), minlength=len(edges) + 1)
    r = rc / rc.sum()
    c = cc / cc.sum()
    js = float(jensenshannon(r, c, base=2))
    r = np.where(r == 0, EMPTY_BIN, r)
    c = np.where(c == 0, EMPTY_BIN, c)
    return float(np.sum((c - r) * np.log(c / r))), js


def main():
    path, rows, columns = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    bins = int(sys.argv[4]) if len(sys.argv) > 4 else 10

    def read(index):
        return np.fromfile(path, dtype="<f8", count=rows, offset=index * rows * 8)

    results = []
    start = time.perf_counter()
    for j in range(columns):
        ref = read(j)
        cur = read(columns + j)
        ref = ref[~np.isnan(ref)]
        cur = cur[~np.isnan(cur)]
        ks = stats.ks_2samp(ref, cur)
        psi, js = psi_and_js(ref, cur, bins)
        results.append({"Column": j, "ks": float(ks.statistic), "p": float(ks.pvalue), "psi": psi, "js": js})
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(json.dumps({"engine": "scipy", "threads": 1, "rows": rows, "columns": columns, "seconds": seconds,
                      "peakMemoryMb": peak_mb, "results": results}))


if __name__ == "__main__":
    main()
