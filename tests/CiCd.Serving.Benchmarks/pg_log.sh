#!/usr/bin/env bash
# The prediction log on PostgreSQL, side by side (nothing asserted; the tests assert): single-row /v1/predict under
# wrk with the log off, on a SQLite file and on PostgreSQL (a throwaway server on 127.0.0.1 with its durable
# defaults: fsync and synchronous commits on), then the rows per second the PostgreSQL sink absorbs (two
# 100,000-row CSV batches, which stream at the log's pace), then SIGTERM and a count of the rows in the database.
#
#   tests/CiCd.Serving.Benchmarks/pg_log.sh MODEL_FOLDER   # env: MLOPS_DLL (default: the Release build of src/CiCd.Cli),
#                                                          #      DURATION (s per wrk run), CONNECTIONS, PORT, PG_PORT, OUT
# Needs: wrk, Debian's postgresql (initdb, pg_ctl; as root the server runs as the postgres user).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
model=${1:?usage: pg_log.sh MODEL_FOLDER}
mlops_dll=${MLOPS_DLL:-$root/src/CiCd.Cli/bin/Release/net10.0/mlops.dll}
out=${OUT:-$root/out/pg-log}
duration=${DURATION:-15}
connections=${CONNECTIONS:-32}
port=${PORT:-18184}
pg_port=${PG_PORT:-18185}
py=/usr/bin/python3
url=http://127.0.0.1:$port
bin=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d | sort -V | tail -1)

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 2; }
[[ -x $bin/initdb ]] || { echo "PostgreSQL missing: apt-get install -y postgresql" >&2; exit 2; }
rm -rf "$out"; mkdir -p "$out"
$py "$here/make_bodies.py" "$model/model-card.json" "$root/data/raw/german_credit.csv" "$out" 100000

as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg=$(mktemp -d /tmp/mlops-pg-bench-XXXXXX)
[[ $(id -u) == 0 ]] && chown postgres "$pg"
serve_pid=
cleanup() {
  if [[ -n $serve_pid ]]; then kill -9 "$serve_pid" 2>/dev/null || true; fi
  as_pg "$bin/pg_ctl" -D "$pg/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$pg"
}
trap cleanup EXIT
as_pg "$bin/initdb" -D "$pg/data" -U postgres -A trust -E UTF8 >/dev/null
as_pg "$bin/pg_ctl" -D "$pg/data" -l "$pg/server.log" -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg" -w start >/dev/null
as_pg "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE predictions" >/dev/null
log_uri=postgresql://postgres@127.0.0.1:$pg_port/predictions

metric() { curl -fs "$url/metrics" | awk -v m="$1" '$1 == m { printf "%d", $2 }'; }

# serve [ARGS…]: starts mlops serve and waits until it is ready.
serve() {
  DOTNET_gcServer=1 dotnet "$mlops_dll" serve --model "$model" --urls "$url" --unseen-categories accept "$@" >>"$out/serve.log" 2>&1 &
  serve_pid=$!
  for _ in $(seq 1 240); do curl -fs -o /dev/null "$url/health/ready" && return 0; sleep 0.5; done
  echo "not ready" >&2; exit 1
}

stop() { kill -TERM "$serve_pid"; wait "$serve_pid" || true; serve_pid=; }

# rps: one warm-up and one measured wrk run of single-row /v1/predict; prints requests/s.
rps() {
  BODY_FILE=$out/records.jsonl DELAY_MS=0 timeout $((duration + 30)) wrk -t"$(nproc)" -c"$connections" -d5s -s "$here/post.lua" "$url/v1/predict" >/dev/null
  BODY_FILE=$out/records.jsonl DELAY_MS=0 timeout $((duration + 30)) wrk -t"$(nproc)" -c"$connections" -d"${duration}s" \
    -s "$here/post.lua" "$url/v1/predict" | awk '/^RESULT/ { split($2, a, "="); print a[2] }'
}

echo "== log off";        serve;                                         off=$(rps); stop
echo "== SQLite log";     serve --prediction-log "$out/predictions.sqlite"; sqlite=$(rps); stop
echo "== PostgreSQL log"; serve --prediction-log "$log_uri" --replica-id bench; postgres=$(rps)
single_dropped=$(metric cicd_prediction_log_dropped_total)

echo "== PostgreSQL sink: two 100,000-row CSV batches"
before=$(metric cicd_prediction_log_written_total)
start=$(date +%s.%N)
for _ in 1 2; do
  curl -fs -o /dev/null -H 'Content-Type: text/csv' -H 'Accept: text/csv' --data-binary "@$out/batch.csv" "$url/v1/predict/batch"
done
# The batches stream at the log's pace; wait for the last rows to be written.
for _ in $(seq 1 600); do
  [[ $(($(metric cicd_prediction_log_written_total) - before)) -ge 200000 ]] && break
  sleep 0.1
done
seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')
written=$(($(metric cicd_prediction_log_written_total) - before))
dropped=$(metric cicd_prediction_log_dropped_total)
stop
rows=$(as_pg "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d predictions -tAc "SELECT count(*) FROM predictions")

echo
printf '%-52s %14s\n' "single-row /v1/predict, wrk -c$connections, ${duration}s" "requests/s"
printf '%-52s %14.0f\n' "log off" "$off"
printf '%-52s %14.0f  (%+.1f %%)\n' "SQLite log" "$sqlite" "$(awk -v a="$sqlite" -v b="$off" 'BEGIN { print (a - b) * 100 / b }')"
printf '%-52s %14.0f  (%+.1f %%)\n' "PostgreSQL log (durable server, binary COPY)" "$postgres" "$(awk -v a="$postgres" -v b="$off" 'BEGIN { print (a - b) * 100 / b }')"
printf '%-52s %14s\n' "records dropped under the single-row load" "$single_dropped"
printf '%-52s %14.0f\n' "PostgreSQL sink, 200,000 batch rows (rows/s)" "$(awk -v n="$written" -v s="$seconds" 'BEGIN { print n / s }')"
printf '%-52s %14s\n' "records dropped in total; rows in the database" "$dropped; $rows"
