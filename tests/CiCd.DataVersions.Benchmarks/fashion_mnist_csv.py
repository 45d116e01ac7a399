"""Writes Fashion-MNIST (Debian's dataset-fashion-mnist idx files, train + test) as one CSV: label, pixel0..pixel783."""
import gzip
import struct
import sys

FOLDER = "/usr/share/datasets/fashion-mnist"


def read(kind):
    with gzip.open(f"{FOLDER}/{kind}-labels-idx1-ubyte.gz") as f:
        _, count = struct.unpack(">II", f.read(8))
        labels = f.read(count)
    with gzip.open(f"{FOLDER}/{kind}-images-idx3-ubyte.gz") as f:
        _, count, rows, cols = struct.unpack(">IIII", f.read(16))
        pixels = f.read(count * rows * cols)
    return labels, pixels, rows * cols


with open(sys.argv[1], "w", newline="\n") as out:
    size = 784
    out.write("label," + ",".join(f"pixel{i}" for i in range(size)) + "\n")
    for kind in ("train", "t10k"):
        labels, pixels, size = read(kind)
        for row, label in enumerate(labels):
            values = pixels[row * size:(row + 1) * size]
            out.write(str(label) + "," + ",".join(map(str, values)) + "\n")
