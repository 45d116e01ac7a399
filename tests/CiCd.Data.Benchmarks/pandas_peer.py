"""The pandas peer for the read benchmark: read_csv of the same file, plus the checks mlops runs.

Prints one JSON line: seconds for read_csv (and for read_csv plus per-column missing/range/duplicate checks),
the RSS after importing pandas (the baseline) and the process's peak RSS. Run with /usr/bin/python3.
"""
import json
import resource
import sys
import time

import pandas as pd


def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(path, target):
    baseline = rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    frame = pd.read_csv(path)
    read_seconds, read_cpu = time.perf_counter() - start, time.process_time() - cpu
    features = frame.drop(columns=[target])
    missing = int(features.isna().sum().sum())
    outside = int(((features < 0) | (features > 255)).sum().sum())
    duplicates = int(frame.duplicated().sum())
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"Name": "pandas", "Seconds": read_seconds, "CpuSeconds": read_cpu, "ValidateSeconds": seconds, "BaselineMegabytes": baseline,
                      "PeakMegabytes": peak, "Note": f"{len(frame)} rows; missing {missing}, outside {outside}, duplicates {duplicates}"}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
