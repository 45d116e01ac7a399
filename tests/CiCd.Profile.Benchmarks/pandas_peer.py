#!/usr/bin/python3
"""The peer of `mlops data profile`: what a notebook does first, pandas read_csv + describe() + value_counts() per column.

    /usr/bin/python3 pandas_peer.py DATA.csv
"""
import sys
import time

import pandas as pd

start = time.perf_counter()
frame = pd.read_csv(sys.argv[1])
read = time.perf_counter()
frame.describe(include="all")
for name in frame.columns:
    frame[name].value_counts()
done = time.perf_counter()
print(f"pandas read_csv {read - start:.2f}s, describe + value_counts {done - read:.2f}s")
