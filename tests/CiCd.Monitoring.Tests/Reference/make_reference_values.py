#!/usr/bin/python3
"""Expected values for CiCd.Monitoring's statistics, computed by scipy/numpy on fixed inputs.

Run with Debian's interpreter (python3-scipy, python3-numpy):
    /usr/bin/python3 tests/CiCd.Monitoring.Tests/Reference/make_reference_values.py
It rewrites reference_values.json next to this file. Samples are not stored: both sides rebuild
them from a 64-bit LCG whose outputs are dyadic rationals, so Python and C# get bit-identical
doubles (the C# twin is Reference/ReferenceSamples.cs).
"""
import json
import os
import platform
import sys

import numpy as np
import scipy
from scipy import stats
from scipy.spatial.distance import jensenshannon
from scipy.stats.contingency import association

MASK = (1 << 64) - 1
EMPTY_BIN = 1e-4  # PopulationStabilityIndex.EmptyBinProportion


def uniforms(seed, n):
    state = seed & MASK
    out = np.empty(n)
    for i in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) & MASK
        out[i] = (state >> 33) / 2.0**31
    return out


def sample(spec):
    """normal: (sum of 4 uniforms - 2) * scale + shift; integer: floor(uniform * levels) + shift."""
    n = spec["n"]
    if spec["kind"] == "integer":
        return np.floor(uniforms(spec["seed"], n) * spec["levels"]) + spec["shift"]
    u = uniforms(spec["seed"], 4 * n).reshape(n, 4)
    return (u[:, 0] + u[:, 1] + u[:, 2] + u[:, 3] - 2.0) * spec["scale"] + spec["shift"]


def normal(seed, n, shift=0.0, scale=1.0):
    return {"seed": seed, "n": n, "kind": "normal", "shift": shift, "scale": scale, "levels": 0}


def integer(seed, n, levels, shift=0.0):
    return {"seed": seed, "n": n, "kind": "integer", "shift": shift, "scale": 1.0, "levels": levels}


def ks_cases():
    cases = [
        ("exact, equal sizes, shifted", normal(1, 25), normal(2, 25, 0.75)),
        ("exact, unequal sizes, shifted", normal(3, 40), normal(4, 55, 0.5)),
        ("exact, same distribution", normal(5, 300), normal(6, 200)),
        ("exact, heavy ties", integer(7, 150, 10), integer(8, 170, 10)),
        ("exact, ties and shift", integer(9, 400, 6), integer(10, 380, 6, 1.0)),
        ("exact, largest equal sizes", normal(11, 10000), normal(12, 10000)),
        ("exact, large unequal sizes", normal(13, 9000), normal(14, 7000, 0.02)),
        ("asymptotic, same distribution", normal(15, 12000), normal(16, 11000)),
        ("asymptotic, small shift", normal(17, 20000), normal(18, 15000, 0.03)),
        ("asymptotic, tiny current", normal(19, 15000), normal(20, 80, 0.2)),
        ("asymptotic, ties", integer(21, 30000, 50), integer(22, 25000, 50)),
        ("asymptotic, large", normal(23, 200000), normal(24, 150000)),
    ]
    out = []
    for name, a, b in cases:
        r = stats.ks_2samp(sample(a), sample(b))
        out.append({"name": name, "reference": a, "current": b,
                    "statistic": float(r.statistic), "pvalue": float(r.pvalue)})
    return out


def binned(ref, cur, bins):
    edges = np.unique(np.quantile(ref, np.arange(1, bins) / bins))
    count = lambda x: np.bincount(np.searchsorted(edges, x, side="left"), minlength=len(edges) + 1)
    return edges, count(ref), count(cur)


def psi(ref_counts, cur_counts):
    r = ref_counts / ref_counts.sum()
    c = cur_counts / cur_counts.sum()
    r = np.where(r == 0, EMPTY_BIN, r)
    c = np.where(c == 0, EMPTY_BIN, c)
    return float(np.sum((c - r) * np.log(c / r)))


def numeric_cases():
    cases = [
        ("same distribution", normal(31, 2000), normal(32, 1500), 10),
        ("mean shift", normal(33, 2000), normal(34, 1500, 0.5), 10),
        ("scale shift", normal(35, 5000), normal(36, 3000, 0.0, 2.0), 10),
        ("current outside reference range", normal(37, 800), normal(38, 600, 5.0), 10),
        ("ties collapse bins", integer(39, 3000, 4), integer(40, 2000, 4), 10),
        ("twenty bins", normal(41, 4000, 0.0, 0.5), normal(42, 4000, 0.1, 0.5), 20),
    ]
    out = []
    for name, a, b, bins in cases:
        ref, cur = sample(a), sample(b)
        edges, rc, cc = binned(ref, cur, bins)
        p = rc / rc.sum()
        q = cc / cc.sum()
        w = stats.wasserstein_distance(ref, cur)
        out.append({"name": name, "reference": a, "current": b, "bins": bins,
                    "edges": edges.tolist(), "referenceCounts": rc.tolist(), "currentCounts": cc.tolist(),
                    "psi": psi(rc, cc), "jensenShannon": float(jensenshannon(p, q, base=2)),
                    "wasserstein": float(w),
                    "wassersteinNormalized": float(w / max(np.std(ref), 0.001))})
    return out


def chisquare_cases():
    # Two-sample test of homogeneity on the 2 x k table [reference; current]. Categories empty on both sides
    # are dropped first (scipy refuses a zero expected count); no continuity correction, even for 2 x 2.
    cases = [
        ("three categories, no drift", [300, 500, 200], [95, 160, 70]),
        ("three categories, drift", [300, 500, 200], [160, 120, 90]),
        ("five categories", [120, 80, 40, 30, 10], [110, 95, 35, 25, 20]),
        ("category absent from current", [50, 30, 20], [60, 40, 0]),
        ("unseen category", [400, 350, 250, 0], [120, 90, 70, 25]),
        ("two unseen categories", [700, 300, 0, 0], [200, 100, 5, 1]),
        ("category empty on both sides", [50, 0, 30], [20, 0, 10]),
        ("rare categories, small reference", [190, 83, 145, 224, 10, 18, 40, 7, 78, 5], [47, 21, 36, 56, 2, 4, 10, 2, 19, 3]),
        ("two categories, as the z-test", [420, 580], [130, 170]),
        ("tiny p", [500, 300, 200], [100, 300, 600]),
        ("reference of 5000, current of 80", [2500, 1500, 700, 300], [30, 25, 15, 10]),
    ]
    out = []
    for name, ref, cur in cases:
        table = np.array([ref, cur], dtype=float)
        kept = table[:, table.sum(axis=0) > 0]
        r = stats.chi2_contingency(kept, correction=False)
        unseen = int(np.sum((table[0] == 0) & (table[1] > 0)))
        out.append({"name": name, "referenceCounts": ref, "currentCounts": cur, "unseen": unseen,
                    "statistic": float(r.statistic), "pvalue": float(r.pvalue), "degreesOfFreedom": int(r.dof),
                    "cramerV": float(association(kept.astype(np.int64), method="cramer", correction=False))})
    # One category on both sides: a 2 x 1 table, nothing to test (dof 0, p = 1); association() is undefined there.
    r = stats.chi2_contingency(np.array([[10.0], [7.0]]), correction=False)
    out.append({"name": "all one category", "referenceCounts": [10], "currentCounts": [7], "unseen": 0,
                "statistic": float(r.statistic), "pvalue": float(r.pvalue), "degreesOfFreedom": int(r.dof),
                "cramerV": None})
    return out


def jensenshannon_cases():
    cases = [
        ("identical", [10, 20, 30], [1, 2, 3]),
        ("disjoint", [5, 0, 0], [0, 0, 7]),
        ("mild", [100, 200, 300, 400], [120, 190, 310, 380]),
        ("empty bin on one side", [50, 50, 0], [30, 40, 30]),
    ]
    out = []
    for name, ref, cur in cases:
        out.append({"name": name, "referenceCounts": ref, "currentCounts": cur,
                    "distance": float(jensenshannon(np.array(ref, float), np.array(cur, float), base=2)),
                    "psi": psi(np.array(ref, float), np.array(cur, float))})
    return out


def ztest_cases():
    # Pooled two-proportion z-test; scipy supplies the normal tail.
    cases = [("no drift", 420, 1000, 130, 300), ("drift", 420, 1000, 160, 300), ("tiny p", 100, 1000, 400, 1000),
             ("category absent from current", 30, 800, 0, 250), ("small reference, larger current", 90, 120, 610, 900)]
    out = []
    for name, x1, n1, x2, n2 in cases:
        p1, p2, pooled = x1 / n1, x2 / n2, (x1 + x2) / (n1 + n2)
        z = (p1 - p2) / np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
        out.append({"name": name, "referenceHits": x1, "referenceTotal": n1, "currentHits": x2,
                    "currentTotal": n2, "z": float(z), "pvalue": float(2 * stats.norm.sf(abs(z)))})
    return out


def kolmogorov_cases():
    points = [(5, 0.3), (100, 0.05), (100, 0.15), (140, 0.25), (141, 0.12), (1000, 0.01), (1000, 0.03),
              (1000, 0.06), (5000, 0.0051), (50000, 0.0021), (99999, 0.002), (100001, 0.004),
              (500000, 0.0012), (500000, 0.0025), (10, 0.6), (20, 0.04)]
    return [{"n": n, "x": x, "sf": float(stats.kstwo.sf(x, n))} for n, x in points]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    document = {
        "generatedBy": "/usr/bin/python3 tests/CiCd.Monitoring.Tests/Reference/make_reference_values.py",
        "python": platform.python_version(),
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "ks": ks_cases(),
        "numeric": numeric_cases(),
        "chisquare": chisquare_cases(),
        "jensenShannon": jensenshannon_cases(),
        "zTest": ztest_cases(),
        "kolmogorov": kolmogorov_cases(),
    }
    with open(os.path.join(here, "reference_values.json"), "w") as f:
        json.dump(document, f, indent=1)
        f.write("\n")
    print(f"wrote reference_values.json with scipy {scipy.__version__}", file=sys.stderr)


if __name__ == "__main__":
    main()
