#!/usr/bin/python3
"""Prints the side-by-side table of run.sh and a closing JSON line.

usage: report.py RUN.json [RUN.json ...]   (the last one is the scipy peer)
Also checks that every engine computed the same statistics as scipy, so a fast wrong answer
cannot pass for a result.
"""
import json
import sys


def main():
    runs = [json.loads(open(p).read().strip().splitlines()[-1]) for p in sys.argv[1:]]
    peer = runs[-1]
    print("rows/s counts reference rows + current rows (a row holds every column); values/s counts cells")
    print(f"{'engine':<22}{'seconds':>10}{'rows/s':>14}{'values/s':>16}{'speed-up':>10}{'peak MB':>10}{'max |diff| vs scipy':>22}")
    summary = {"rows": peer["rows"], "columns": peer["columns"], "engines": []}
    for run in runs:
        rows_per_second = run["rows"] * 2 / run["seconds"]
        values_per_second = rows_per_second * run["columns"]
        speedup = peer["seconds"] / run["seconds"]
        diff = max(abs(a[k] - b[k]) for a, b in zip(run["results"], peer["results"]) for k in ("ks", "p", "psi", "js"))
        name = f"{run['engine']} ({run['threads']} thread{'s' if run['threads'] > 1 else ''})"
        print(f"{name:<22}{run['seconds']:>10.2f}{rows_per_second:>14,.0f}{values_per_second:>16,.0f}{speedup:>9.1f}x{run['peakMemoryMb']:>10.0f}{diff:>22.2e}")
        summary["engines"].append({"engine": run["engine"], "threads": run["threads"], "seconds": round(run["seconds"], 3),
                                   "rowsPerSecond": round(rows_per_second),
                                   "valuesPerSecond": round(values_per_second), "speedUp": round(speedup, 2),
                                   "peakMemoryMb": round(run["peakMemoryMb"]), "maxAbsDiffVsScipy": diff})
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
