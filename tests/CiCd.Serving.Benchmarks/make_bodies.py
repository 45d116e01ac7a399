"""Writes the benchmark's request bodies from the data file: every row as a JSON record (one per line) and a CSV batch of N rows."""
import csv
import json
import sys

card_path, data_path, out_dir, batch_rows = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
features = json.load(open(card_path, encoding="utf-8"))["features"]
names = [f["name"] for f in features]
numeric = {f["name"] for f in features if f["kind"] == "numeric"}
with open(data_path, newline="", encoding="utf-8") as source:
    rows = list(csv.DictReader(source))
with open(f"{out_dir}/records.jsonl", "w", encoding="utf-8") as out:
    for row in rows:
        out.write(json.dumps({n: float(row[n]) if n in numeric else row[n] for n in names}) + "\n")
with open(f"{out_dir}/batch.csv", "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    for i in range(batch_rows):
        writer.writerow([rows[i % len(rows)][n] for n in names])
