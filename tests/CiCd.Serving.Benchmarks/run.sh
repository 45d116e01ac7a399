#!/usr/bin/env bash
# Serving benchmark, printed side by side (nothing asserted): `mlops serve` under wrk on 127.0.0.1 (single-row
# /v1/predict at full load and at half of it, batch CSV rows per second), the in-process scoring ceiling, and the
# peer FastAPI + uvicorn + scikit-learn under the same wrk load. Every step is bounded by `timeout`.
#
#   tests/CiCd.Serving.Benchmarks/run.sh   # env: DURATION (s per wrk run), CONNECTIONS, BATCH_ROWS, PORT, PEER_PORT, OUT,
#                                          #      MODEL (a trained model folder; default: train mlops.yaml into $OUT/model)
#
# Needs: wrk, python3-fastapi, uvicorn, python3-sklearn, python3-pandas (Debian), run with /usr/bin/python3.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${OUT:-$root/out/serving-bench}
duration=${DURATION:-10}
connections=${CONNECTIONS:-32}
batch_rows=${BATCH_ROWS:-50000}
port=${PORT:-18181}
peer_port=${PEER_PORT:-18182}
threads=$(nproc)
py=/usr/bin/python3
data=$root/data/raw/german_credit.csv
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 2; }
$py -c "import fastapi, uvicorn, sklearn, pandas" || { echo "peer missing: apt-get install -y python3-fastapi uvicorn python3-sklearn python3-pandas" >&2; exit 2; }
mkdir -p "$out"

echo "== build (Release)"
timeout 600 dotnet build -c Release "$root/src/CiCd.Cli" -v q -nologo >/dev/null
timeout 600 dotnet build -c Release "$here" -v q -nologo >/dev/null
mlops_dll="$root/src/CiCd.Cli/bin/Release/net10.0/mlops.dll"

model=${MODEL:-$out/model}
echo "== model: $model"
if [[ ! -f $model/model.zip ]]; then
  # German credit from mlops.yaml; a second run takes it from the stage cache.
  (cd "$root" && timeout 900 dotnet "$mlops_dll" train --out "$model" >/dev/null)
fi
card=$model/model-card.json
$py "$here/make_bodies.py" "$card" "$data" "$out" "$batch_rows"

# wait_ready URL: polls with the service's own health check until it answers, for at most 120 s.
wait_ready() {
  for _ in $(seq 1 240); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    sleep 0.5
  done
  echo "not ready: $1" >&2; exit 1
}

# load URL DELAY_MS: one wrk run; prints "rps p50_ms p99_ms errors"
load() {
  BODY_FILE=$out/records.jsonl DELAY_MS=$2 timeout $((duration + 30)) wrk -t"$threads" -c"$connections" -d"${duration}s" \
    -s "$here/post.lua" "$1" | awk '/^RESULT/ { split($2,a,"="); split($3,b,"="); split($4,c,"="); split($5,d,"="); split($6,e,"=");
      print a[2], b[2], c[2], d[2] + e[2] }'
}

echo "== mlops serve on 127.0.0.1:$port"
# Server GC, as a container running the service should set it (DOTNET_gcServer=1): large batches allocate a lot.
DOTNET_gcServer=1 dotnet "$mlops_dll" serve --model "$model" --urls "http://127.0.0.1:$port" --unseen-categories accept >"$out/serve.log" 2>&1 &
pids+=($!)
wait_ready "http://127.0.0.1:$port/health/ready"
dotnet "$mlops_dll" serve --healthcheck "http://127.0.0.1:$port/health/ready" >/dev/null

load "http://127.0.0.1:$port/v1/predict" 0 >/dev/null   # warm-up: JIT, pools, connections
read -r svc_rps svc_p50 svc_p99 svc_err < <(load "http://127.0.0.1:$port/v1/predict" 0)
# Half of the maximum: each connection pauses so that all of them together send about svc_rps / 2 per second.
pace=$(awk -v c="$connections" -v r="$svc_rps" 'BEGIN { printf "%d", c * 1000 / (r / 2) }')
read -r half_rps half_p50 half_p99 half_err < <(load "http://127.0.0.1:$port/v1/predict" "$pace")

best_batch=0
for _ in 1 2 3 4 5; do
  seconds=$(timeout 120 curl -fs -o /dev/null -w '%{time_total}' -H 'Content-Type: text/csv' -H 'Accept: text/csv' \
    --data-binary "@$out/batch.csv" "http://127.0.0.1:$port/v1/predict/batch")
  best_batch=$(awk -v n="$batch_rows" -v s="$seconds" -v b="$best_batch" 'BEGIN { r = n / s; printf "%d", (r > b ? r : b) }')
done
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true

echo "== in-process ceiling"
inproc=$(timeout 300 dotnet "$here/bin/Release/net10.0/CiCd.Serving.Benchmarks.dll" "$model" "$data" 3 | tail -1)
ceiling=$(echo "$inproc" | $py -c "import json,sys; d=json.load(sys.stdin); print(int(max(v for k,v in d.items() if k.startswith('pooled_single'))))")

echo "== peer: FastAPI + uvicorn + scikit-learn on 127.0.0.1:$peer_port ($threads workers)"
(cd "$here" && CARD=$card DATA=$data exec $py -m uvicorn serving_peer:app --host 127.0.0.1 --port "$peer_port" \
  --workers "$threads" --log-level warning >"$out/peer.log" 2>&1) &
pids+=($!)
for _ in $(seq 1 240); do
  head -1 "$out/records.jsonl" | curl -fs -o /dev/null -H 'Content-Type: application/json' --data-binary @- "http://127.0.0.1:$peer_port/predict" && break
  sleep 0.5
done
load "http://127.0.0.1:$peer_port/predict" 0 >/dev/null
read -r peer_rps peer_p50 peer_p99 peer_err < <(load "http://127.0.0.1:$peer_port/predict" 0)

echo
printf '%-44s %16s %16s\n' "single-row /predict, wrk -c$connections -t$threads" "CiCd (mlops)" "FastAPI+sklearn"
printf '%-44s %16.0f %16.0f\n' "throughput (requests/s)" "$svc_rps" "$peer_rps"
printf '%-44s %16.3f %16.3f\n' "p50 latency at max load (ms)" "$svc_p50" "$peer_p50"
printf '%-44s %16.3f %16.3f\n' "p99 latency at max load (ms)" "$svc_p99" "$peer_p99"
printf '%-44s %16s %16s\n' "socket errors + non-2xx" "$svc_err" "$peer_err"
printf '%-44s %16.3f %16s\n' "p99 at half load (~$(printf '%.0f' "$half_rps") req/s) (ms)" "$half_p99" "-"
printf '%-44s %16s %16s\n' "in-process ceiling, rows in turn (calls/s)" "$ceiling" "-"
printf '%-44s %16s %16s\n' "batch CSV scoring ($batch_rows rows/request, rows/s)" "$best_batch" "-"
printf '%-44s %16.1fx\n' "throughput ratio" "$(awk -v a="$svc_rps" -v b="$peer_rps" 'BEGIN { print a / b }')"
echo
echo "{\"service\":{\"rps\":$svc_rps,\"p50_ms\":$svc_p50,\"p99_ms\":$svc_p99,\"errors\":$svc_err,\"half_load_rps\":$half_rps,\"half_load_p50_ms\":$half_p50,\"half_load_p99_ms\":$half_p99,\"half_load_errors\":$half_err,\"batch_csv_rows_per_s\":$best_batch},\"peer\":{\"rps\":$peer_rps,\"p50_ms\":$peer_p50,\"p99_ms\":$peer_p99,\"errors\":$peer_err},\"in_process\":$inproc,\"model\":$($py -c "import json; c=json.load(open('$card')); print(json.dumps({'name': c['name'], 'trainer': c['trainer'], 'version': c['run_id']}))"),\"connections\":$connections,\"duration_s\":$duration,\"cores\":$threads}"
