#!/usr/bin/python3
"""Writes the benchmark table: float64, column-major, reference columns then current columns.

usage: gen_data.py OUT ROWS COLUMNS SEED
Reference columns mix shapes (normal, lognormal, uniform, rounded values with ties); the current
column j is the same shape shifted by 0.01*j standard deviations and, every fifth column, scaled by
1.1, so drift ranges from none (column 0) to clear. Every seventh column has 1% missing (NaN).
One column is generated at a time, so memory stays at a few columns.
"""
import sys

import numpy as np


def column(rng, shape, rows):
    if shape == 0:
        return rng.standard_normal(rows)
    if shape == 1:
        return rng.lognormal(0.0, 0.5, rows)
    if shape == 2:
        return rng.uniform(-1.0, 1.0, rows)
    return np.round(rng.standard_normal(rows) * 20.0)  # heavy ties


def main():
    out, rows, columns, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    rng = np.random.default_rng(seed)
    with open(out, "wb") as f:
        for side in ("reference", "current"):
            for j in range(columns):
                values = column(rng, j % 4, rows)
                if side == "current":
                    std = values.std()
                    mean = values.mean()
                    scale = 1.1 if j % 5 == 4 else 1.0
                    values = mean + (values - mean) * scale + 0.01 * j * std
                if j % 7 == 6:
                    values[rng.choice(rows, rows // 100, replace=False)] = np.nan
                values.astype("<f8").tofile(f)


if __name__ == "__main__":
    main()
