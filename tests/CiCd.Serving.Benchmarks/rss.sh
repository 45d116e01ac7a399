#!/usr/bin/env bash
# Memory for the Kubernetes requests and limits (deploy/kubernetes/base/deployment.yaml); nothing asserted. Peak resident
# set (VmHWM) of `mlops serve` as the image runs it (the Dockerfile sets no GC mode) and with server GC, after wrk's
# single-row load and then two CSV batches of Serving:MaxBatchRows (100,000 rows, the most one request may hold),
# beside one worker of the peer (FastAPI + uvicorn + scikit-learn) under the same single-row load.
# Needs: wrk, python3-fastapi, uvicorn, python3-sklearn, python3-pandas (Debian), run with /usr/bin/python3.
#
#   tests/CiCd.Serving.Benchmarks/rss.sh MODEL_FOLDER   # env: MLOPS_DLL (default: the Release build of src/CiCd.Cli),
#                                                       #      DURATION (s of wrk), CONNECTIONS, BATCH_ROWS, PORT, OUT
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
model=${1:?usage: rss.sh MODEL_FOLDER}
mlops_dll=${MLOPS_DLL:-$root/src/CiCd.Cli/bin/Release/net10.0/mlops.dll}
out=${OUT:-$root/out/rss}
duration=${DURATION:-10}
connections=${CONNECTIONS:-32}
batch_rows=${BATCH_ROWS:-100000}
port=${PORT:-18184}
py=/usr/bin/python3
data=$root/data/raw/german_credit.csv
url=http://127.0.0.1:$port
pid=
result=

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 2; }
$py -c "import fastapi, uvicorn, sklearn, pandas" || { echo "peer missing: apt-get install -y python3-fastapi uvicorn python3-sklearn python3-pandas" >&2; exit 2; }
mkdir -p "$out"
trap '[[ -n $pid ]] && kill -9 $pid 2>/dev/null || true' EXIT
$py "$here/make_bodies.py" "$model/model-card.json" "$data" "$out" "$batch_rows"
batch_mib=$(du -m "$out/batch.csv" | cut -f1)

peak() { awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
single_rows() {
  BODY_FILE=$out/records.jsonl DELAY_MS=0 timeout $((duration + 30)) wrk -t"$(nproc)" -c"$connections" -d"${duration}s" \
    -s "$here/post.lua" "$1" >/dev/null
}

# serve GC_SERVER: sets result to "idle single batch", the peak MiB of one service process. Not in a subshell, so the
# EXIT trap sees the pid and stops the service if a step fails.
serve() {
  DOTNET_gcServer=$1 dotnet "$mlops_dll" serve --model "$model" --urls "$url" --unseen-categories accept >"$out/serve.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do curl -fs -o /dev/null "$url/health/ready" && break; sleep 0.5; done
  local idle single
  idle=$(peak $pid)
  single_rows "$url/v1/predict"
  single=$(peak $pid)
  for _ in 1 2; do
    timeout 300 curl -fs -o /dev/null -H 'Content-Type: text/csv' -H 'Accept: text/csv' --data-binary "@$out/batch.csv" "$url/v1/predict/batch"
  done
  result="$idle $single $(peak $pid)"
  kill -TERM $pid; wait $pid 2>/dev/null || true; pid=
}

serve 0
read -r ws_idle ws_single ws_batch <<< "$result"
serve 1
read -r sv_idle sv_single sv_batch <<< "$result"

(cd "$here" && CARD=$model/model-card.json DATA=$data exec $py -m uvicorn serving_peer:app --host 127.0.0.1 --port "$port" \
  --workers 1 --log-level warning >"$out/peer.log" 2>&1) &
# exec: the subshell's process is uvicorn's (one worker serves in that process).
peer=$!
pid=$peer
for _ in $(seq 1 240); do
  head -1 "$out/records.jsonl" | curl -fs -o /dev/null -H 'Content-Type: application/json' --data-binary @- "$url/predict" && break
  sleep 0.5
done
peer_idle=$(peak "$peer")
single_rows "$url/predict"
peer_single=$(peak "$peer")
kill -TERM "$peer"; wait "$peer" 2>/dev/null || true; pid=

echo
printf '%-52s %14s %14s %16s\n' "peak resident set (MiB)" "mlops (image)" "mlops gcServer" "FastAPI+sklearn"
printf '%-52s %14s %14s %16s\n' "ready, idle" "$ws_idle" "$sv_idle" "$peer_idle"
printf '%-52s %14s %14s %16s\n' "after ${duration}s of wrk -c$connections single rows" "$ws_single" "$sv_single" "$peer_single"
printf '%-52s %14s %14s %16s\n' "after 2 CSV batches of $batch_rows rows (${batch_mib} MiB)" "$ws_batch" "$sv_batch" "-"
