#!/usr/bin/env bash
# Batch CSV scoring of two builds of `mlops` side by side, requests alternating so both see the same machine load
# (other builds on a shared machine move single runs by a factor of several). Prints rows/s per request and whether the
# two CSV answers are byte for byte the same.
#
#   tests/CiCd.Serving.Benchmarks/compare.sh OLD/mlops.dll NEW/mlops.dll   # env: MODEL, OUT (as run.sh), ROUNDS
#
# A build of another commit: git archive <rev> | tar -x -C /tmp/base && dotnet build -c Release /tmp/base/src/CiCd.Cli
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${OUT:-$root/out/serving-bench}
model=${MODEL:-$out/model}
rounds=${ROUNDS:-5}
builds=("$1" "$2")
ports=(18191 18192)
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

[[ -f $out/batch.csv ]] || { echo "no $out/batch.csv: run run.sh once first" >&2; exit 2; }
for i in 0 1; do
  DOTNET_gcServer=1 dotnet "${builds[$i]}" serve --model "$model" --urls "http://127.0.0.1:${ports[$i]}" --unseen-categories accept \
    >"$out/compare-$i.log" 2>&1 &
  pids+=($!)
done
for port in "${ports[@]}"; do
  for _ in $(seq 1 240); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; then break; fi
    sleep 0.5
  done
done

rows=$(($(wc -l <"$out/batch.csv") - 1))
for round in $(seq 1 "$rounds"); do
  for i in 0 1; do
    seconds=$(timeout 120 curl -fs -o "$out/compare-$i.csv" -w '%{time_total}' -H 'Content-Type: text/csv' -H 'Accept: text/csv' \
      --data-binary "@$out/batch.csv" "http://127.0.0.1:${ports[$i]}/v1/predict/batch")
    printf 'round %d  %-60s %10.0f rows/s\n' "$round" "${builds[$i]}" "$(awk -v n="$rows" -v s="$seconds" 'BEGIN { print n / s }')"
  done
done
if cmp -s "$out/compare-0.csv" "$out/compare-1.csv"; then echo "answers: identical"; else echo "answers: DIFFERENT"; fi
