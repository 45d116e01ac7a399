#!/usr/bin/python3
"""Builds data/fashion-mnist.csv from Debian's dataset-fashion-mnist (idx gz files) and records provenance.

The 60,000 training images come first, then the 10,000 test images, so the standard split is rows
1-60000 / 60001-70000. Columns: pixel1..pixel784 (0-255, row-major), then label (0-9). The CSV is
not committed (data/ is gitignored); data/provenance.json holds the sha256 of every input and of the
result, which must equal the record committed as provenance.json beside this script.
Run: /usr/bin/python3 examples/fashion-mnist/fetch.py [OUTPUT_FOLDER] [--sample N]   (default: data/ beside this script)
--sample N also writes fashion-mnist-N.csv: the header and the first N rows (the first N training images), the
small table shards.yaml trains on for the shard speed-up benchmark (docs/sharded-training.md).
"""
import gzip
import hashlib
import json
import os
import subprocess
import sys

SOURCE = "/usr/share/datasets/fashion-mnist"
HERE = os.path.dirname(os.path.abspath(__file__))
ARGS = sys.argv[1:]
SAMPLE = None
if "--sample" in ARGS:
    at = ARGS.index("--sample")
    SAMPLE = int(ARGS[at + 1])
    del ARGS[at:at + 2]
OUT = ARGS[0] if ARGS else os.path.join(HERE, "data")
PARTS = [("train", 60000), ("t10k", 10000)]


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def idx(path, header):
    with gzip.open(path, "rb") as f:
        data = f.read()
    return data[header:]


def main():
    if not os.path.isdir(SOURCE):
        sys.exit(f"{SOURCE} not found: apt-get install dataset-fashion-mnist")
    os.makedirs(OUT, exist_ok=True)
    target = os.path.join(OUT, "fashion-mnist.csv")
    sources = []
    with open(target + ".tmp", "w", newline="\n") as out:
        out.write(",".join(f"pixel{i}" for i in range(1, 785)) + ",label\n")
        for prefix, count in PARTS:
            images_path = os.path.join(SOURCE, f"{prefix}-images-idx3-ubyte.gz")
            labels_path = os.path.join(SOURCE, f"{prefix}-labels-idx1-ubyte.gz")
            sources += [images_path, labels_path]
            images, labels = idx(images_path, 16), idx(labels_path, 8)
            assert len(labels) == count and len(images) == count * 784, prefix
            for r in range(count):
                pixels = images[r * 784:(r + 1) * 784]
                out.write(",".join(map(str, pixels)) + f",{labels[r]}\n")
    os.replace(target + ".tmp", target)
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "dataset-fashion-mnist"],
                             capture_output=True, text=True).stdout.strip()
    provenance = {
        "file": "fashion-mnist.csv",
        "sha256": sha256(target),
        "rows": 70000,
        "split": "rows 1-60000 are the standard training set, rows 60001-70000 the test set",
        "source": f"Debian package dataset-fashion-mnist {version} ({SOURCE})",
        "source_sha256": {os.path.basename(p): sha256(p) for p in sources},
        "produced_by": "/usr/bin/python3 examples/fashion-mnist/fetch.py",
        "origin": "Fashion-MNIST, Zalando Research (Han Xiao, Kashif Rasul, Roland Vollgraf), https://github.com/zalandoresearch/fashion-mnist",
        "licence": "MIT (Expat), per the Debian copyright file /usr/share/doc/dataset-fashion-mnist/copyright",
    }
    with open(os.path.join(OUT, "provenance.json"), "w") as f:
        json.dump(provenance, f, indent=2)
        f.write("\n")
    print(f"{target}: {provenance['sha256']}")
    if SAMPLE is not None:
        sample = os.path.join(OUT, f"fashion-mnist-{SAMPLE}.csv")
        with open(target) as full, open(sample + ".tmp", "w", newline="\n") as out:
            for _ in range(SAMPLE + 1):
                out.write(full.readline())
        os.replace(sample + ".tmp", sample)
        print(f"{sample}: {sha256(sample)}")


if __name__ == "__main__":
    main()
