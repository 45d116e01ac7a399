#!/usr/bin/env bash
# Serving benchmark, printed side by side (nothing asserted): `mlops serve` under wrk on 127.0.0.1 (single-row
# /v1/predict at full load and at half of it, batch CSV rows per second), the in-process scoring ceiling, and the
# peer FastAPI + uvicorn + scikit-learn under the same wrk load, for a classifier and for a regression model in the same
# run, side by side. Every step is bounded by `timeout`.
#
#   tests/CiCd.Serving.Benchmarks/run.sh   # env: DURATION (s per wrk run), CONNECTIONS, BATCH_ROWS, PORT, PEER_PORT, OUT,
#                                          #      MODEL (a trained model folder; default: train mlops.yaml into $OUT/model),
#                                          #      REGRESSION_MODEL (default: train examples/cpu/mlops.yaml into $OUT/regression-model)
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
regression_data=$root/data/raw/cpu.csv
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

# wait_ready URL: polls with the service's own health check until it answers, for at most 120 s.
wait_ready() {
  for _ in $(seq 1 240); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    sleep 0.5
  done
  echo "not ready: $1" >&2; exit 1
}

# load URL DELAY_MS BODIES: one wrk run; prints "rps p50_ms p99_ms errors"
load() {
  BODY_FILE=$3/records.jsonl DELAY_MS=$2 timeout $((duration + 30)) wrk -t"$threads" -c"$connections" -d"${duration}s" \
    -s "$here/post.lua" "$1" | awk '/^RESULT/ { split($2,a,"="); split($3,b,"="); split($4,c,"="); split($5,d,"="); split($6,e,"=");
      print a[2], b[2], c[2], d[2] + e[2] }'
}

# measure NAME MODEL DATA: the service, its in-process ceiling and the peer on one model; figures go to F[NAME.*].
declare -A F
measure() {
  local name=$1 model=$2 data=$3 dir=$out/$1
  mkdir -p "$dir"
  local card=$model/model-card.json
  echo "== $name model: $model"
  $py "$here/make_bodies.py" "$card" "$data" "$dir" "$batch_rows"

  echo "== $name: mlops serve on 127.0.0.1:$port"
  # Server GC, as a container running the service should set it (DOTNET_gcServer=1): large batches allocate a lot.
  DOTNET_gcServer=1 dotnet "$mlops_dll" serve --model "$model" --urls "http://127.0.0.1:$port" --unseen-categories accept >"$dir/serve.log" 2>&1 &
  local serve=$!
  pids+=("$serve")
  wait_ready "http://127.0.0.1:$port/health/ready"
  dotnet "$mlops_dll" serve --healthcheck "http://127.0.0.1:$port/health/ready" >/dev/null

  load "http://127.0.0.1:$port/v1/predict" 0 "$dir" >/dev/null   # warm-up: JIT, pools, connections
  read -r F["$name.rps"] F["$name.p50"] F["$name.p99"] F["$name.err"] < <(load "http://127.0.0.1:$port/v1/predict" 0 "$dir")
  # Half of the maximum: each connection pauses so that all of them together send about rps / 2 per second.
  local pace
  pace=$(awk -v c="$connections" -v r="${F[$name.rps]}" 'BEGIN { printf "%d", c * 1000 / (r / 2) }')
  read -r F["$name.half_rps"] F["$name.half_p50"] F["$name.half_p99"] F["$name.half_err"] < <(load "http://127.0.0.1:$port/v1/predict" "$pace" "$dir")

  local best=0 seconds
  for _ in 1 2 3 4 5; do
    seconds=$(timeout 120 curl -fs -o /dev/null -w '%{time_total}' -H 'Content-Type: text/csv' -H 'Accept: text/csv' \
      --data-binary "@$dir/batch.csv" "http://127.0.0.1:$port/v1/predict/batch")
    best=$(awk -v n="$batch_rows" -v s="$seconds" -v b="$best" 'BEGIN { r = n / s; printf "%d", (r > b ? r : b) }')
  done
  F[$name.batch]=$best
  kill "$serve"; wait "$serve" 2>/dev/null || true

  echo "== $name: in-process ceiling"
  timeout 300 dotnet "$here/bin/Release/net10.0/CiCd.Serving.Benchmarks.dll" "$model" "$data" 3 >"$dir/in-process.txt"
  F[$name.inproc]=$(tail -1 "$dir/in-process.txt")
  F[$name.scoring]=$(head -1 "$dir/in-process.txt")
  F[$name.ceiling]=$(echo "${F[$name.inproc]}" | $py -c "import json,sys; d=json.load(sys.stdin); print(int(max(v for k,v in d.items() if k.startswith('pooled_single'))))")
  F[$name.inproc_batch]=$(echo "${F[$name.inproc]}" | $py -c "import json,sys; print(int(json.load(sys.stdin)['pooled_batch_rows_per_s']))")

  echo "== $name: peer FastAPI + uvicorn + scikit-learn on 127.0.0.1:$peer_port ($threads workers)"
  (cd "$here" && CARD=$card DATA=$data exec $py -m uvicorn serving_peer:app --host 127.0.0.1 --port "$peer_port" \
    --workers "$threads" --log-level warning >"$dir/peer.log" 2>&1) &
  local peer=$!
  pids+=("$peer")
  for _ in $(seq 1 240); do
    head -1 "$dir/records.jsonl" | curl -fs -o /dev/null -H 'Content-Type: application/json' --data-binary @- "http://127.0.0.1:$peer_port/predict" && break
    sleep 0.5
  done
  load "http://127.0.0.1:$peer_port/predict" 0 "$dir" >/dev/null
  read -r F["$name.peer_rps"] F["$name.peer_p50"] F["$name.peer_p99"] F["$name.peer_err"] < <(load "http://127.0.0.1:$peer_port/predict" 0 "$dir")
  # The subshell exec'd uvicorn, so this is its master, which stops its workers on SIGTERM.
  kill "$peer" 2>/dev/null || true; wait "$peer" 2>/dev/null || true
  F[$name.model]=$($py -c "import json; c=json.load(open('$card')); print(json.dumps({'name': c['name'], 'task': c['task'], 'trainer': c['trainer'], 'version': c['run_id']}))")
}

model=${MODEL:-$out/model}
if [[ ! -f $model/model.zip ]]; then
  # German credit from mlops.yaml; a second run takes it from the stage cache.
  (cd "$root" && timeout 900 dotnet "$mlops_dll" train --out "$model" >/dev/null)
fi
regression_model=${REGRESSION_MODEL:-$out/regression-model}
if [[ ! -f $regression_model/model.zip ]]; then
  # The cpu example: tree candidates only, so the answer goes through the compiled trees.
  (cd "$root" && timeout 900 dotnet "$mlops_dll" train --config examples/cpu/mlops.yaml --out "$regression_model" >/dev/null)
fi

measure classification "$model" "$data"
measure regression "$regression_model" "$regression_data"

# row LABEL FORMAT KEY: one line of the table, the service and the peer for both tasks.
row() {
  local c=classification r=regression
  printf "%-46s %14$2 %14$2 %14$2 %14$2\n" "$1" "${F[$c.$3]}" "${F[$c.peer_$3]:--}" "${F[$r.$3]}" "${F[$r.peer_$3]:--}"
}

echo
echo "classification: ${F[classification.model]} (${F[classification.scoring]})"
echo "regression:     ${F[regression.model]} (${F[regression.scoring]})"
printf '%-46s %14s %14s %14s %14s\n' "single-row /predict, wrk -c$connections -t$threads" "CiCd class." "peer class." "CiCd regr." "peer regr."
row "throughput (requests/s)" .0f rps
row "p50 latency at max load (ms)" .3f p50
row "p99 latency at max load (ms)" .3f p99
row "socket errors + non-2xx" s err
printf '%-46s %14.3f %14s %14.3f %14s\n' "p99 at half load (ms)" "${F[classification.half_p99]}" - "${F[regression.half_p99]}" -
printf '%-46s %14s %14s %14s %14s\n' "in-process ceiling, rows in turn (calls/s)" "${F[classification.ceiling]}" - "${F[regression.ceiling]}" -
printf '%-46s %14s %14s %14s %14s\n' "batch CSV over HTTP ($batch_rows rows, rows/s)" "${F[classification.batch]}" - "${F[regression.batch]}" -
printf '%-46s %14s %14s %14s %14s\n' "batch in-process (rows/s)" "${F[classification.inproc_batch]}" - "${F[regression.inproc_batch]}" -
printf '%-46s %13.1fx %14s %13.1fx %14s\n' "throughput ratio to the peer" "$(awk -v a="${F[classification.rps]}" -v b="${F[classification.peer_rps]}" 'BEGIN { print a / b }')" "" \
  "$(awk -v a="${F[regression.rps]}" -v b="${F[regression.peer_rps]}" 'BEGIN { print a / b }')" ""
echo
# figures NAME: one task's figures as JSON.
figures() {
  local n=$1
  echo "{\"service\":{\"rps\":${F[$n.rps]},\"p50_ms\":${F[$n.p50]},\"p99_ms\":${F[$n.p99]},\"errors\":${F[$n.err]},\"half_load_rps\":${F[$n.half_rps]},\"half_load_p50_ms\":${F[$n.half_p50]},\"half_load_p99_ms\":${F[$n.half_p99]},\"half_load_errors\":${F[$n.half_err]},\"batch_csv_rows_per_s\":${F[$n.batch]}},\"peer\":{\"rps\":${F[$n.peer_rps]},\"p50_ms\":${F[$n.peer_p50]},\"p99_ms\":${F[$n.peer_p99]},\"errors\":${F[$n.peer_err]}},\"in_process\":${F[$n.inproc]},\"model\":${F[$n.model]}}"
}
echo "{\"classification\":$(figures classification),\"regression\":$(figures regression),\"connections\":$connections,\"duration_s\":$duration,\"cores\":$threads}"
