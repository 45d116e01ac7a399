#!/usr/bin/env bash
# Prediction log under load (nothing asserted; the tests assert): `mlops serve --prediction-log` under wrk on
# 127.0.0.1, then two 100,000-row CSV batches back to back, then SIGTERM; prints the load reached and what the log
# kept: rows answered, written, dropped (cicd_prediction_log_dropped_total), and rows in the SQLite file.
#
#   tests/CiCd.Serving.Benchmarks/log_load.sh MODEL_FOLDER   # env: MLOPS_DLL (default: the Release build of src/CiCd.Cli),
#                                                            #      DURATION (s of wrk), CONNECTIONS, PORT, OUT
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
model=${1:?usage: log_load.sh MODEL_FOLDER}
mlops_dll=${MLOPS_DLL:-$root/src/CiCd.Cli/bin/Release/net10.0/mlops.dll}
out=${OUT:-$root/out/log-load}
duration=${DURATION:-20}
connections=${CONNECTIONS:-32}
port=${PORT:-18183}
py=/usr/bin/python3
url=http://127.0.0.1:$port

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 2; }
mkdir -p "$out"
rm -f "$out"/predictions.sqlite*
$py "$here/make_bodies.py" "$model/model-card.json" "$root/data/raw/german_credit.csv" "$out" 100000

DOTNET_gcServer=1 dotnet "$mlops_dll" serve --model "$model" --urls "$url" --unseen-categories accept \
  --prediction-log "$out/predictions.sqlite" >"$out/serve.log" 2>&1 &
pid=$!
trap 'kill -9 $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -fs -o /dev/null "$url/health/ready" && break; sleep 0.5; done

metric() { curl -fs "$url/metrics" | awk -v m="$1" '$1 == m { printf "%d", $2 }'; }

echo "== single-row /v1/predict, wrk -c$connections -d${duration}s, logging every prediction"
BODY_FILE=$out/records.jsonl DELAY_MS=0 timeout $((duration + 30)) wrk -t"$(nproc)" -c"$connections" -d"${duration}s" \
  -s "$here/post.lua" "$url/v1/predict" | grep -E "Requests/sec|RESULT"
echo "written $(metric cicd_prediction_log_written_total), dropped $(metric cicd_prediction_log_dropped_total)"

echo "== two 100,000-row CSV batches back to back"
for n in 1 2; do
  curl -fs -o /dev/null -w "batch $n: %{http_code} in %{time_total} s\n" -H 'Content-Type: text/csv' -H 'Accept: text/csv' \
    --data-binary "@$out/batch.csv" "$url/v1/predict/batch"
done
echo "written $(metric cicd_prediction_log_written_total), dropped $(metric cicd_prediction_log_dropped_total)"
answered=$(curl -fs "$url/metrics" | awk '$1 ~ /^cicd_predictions_total/ { s += $2 } END { printf "%d", s }')

echo "== SIGTERM"
kill -TERM $pid
wait $pid && code=0 || code=$?
rows=$($py -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from predictions').fetchone()[0])" "$out/predictions.sqlite")
echo "exit $code; rows answered $answered, rows in the log $rows"
