#!/usr/bin/python3
"""Writes Fashion-MNIST (Debian's dataset-fashion-mnist, idx files) as one CSV: 784 pixel columns and a label, 70,000 rows.

    /usr/bin/python3 fashion_mnist_csv.py OUT.csv [/usr/share/datasets/fashion-mnist]
"""
import gzip
import os
import sys

import numpy as np

out = sys.argv[1]
folder = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/datasets/fashion-mnist"
NAMES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]


def idx(name):
    with gzip.open(os.path.join(folder, name)) as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


images = np.concatenate([idx("train-images-idx3-ubyte.gz"), idx("t10k-images-idx3-ubyte.gz")]).reshape(-1, 784)
labels = np.concatenate([idx("train-labels-idx1-ubyte.gz"), idx("t10k-labels-idx1-ubyte.gz")])
with open(out + ".tmp", "w") as f:
    f.write(",".join([f"pixel{i}" for i in range(784)] + ["label"]) + "\n")
    for row, label in zip(images, labels):
        f.write(",".join(map(str, row.tolist())) + "," + NAMES[label].replace("/", "-") + "\n")
os.replace(out + ".tmp", out)
