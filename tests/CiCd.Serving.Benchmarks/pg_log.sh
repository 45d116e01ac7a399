#!/usr/bin/env bash
# The prediction log on PostgreSQL, side by side (nothing asserted; the tests assert): single-row /v1/predict under
# wrk with the log off, on a SQLite file and on PostgreSQL (a throwaway server on 127.0.0.1 with its durable
# defaults: fsync and synchronous commits on), then the rows per second the PostgreSQL sink absorbs (two
# 100,000-row CSV batches, which stream at the log's pace), then SIGTERM and a count of the rows in the database.
#
# The machine may be shared, so the three modes run interleaved ROUNDS times (off, SQLite, PostgreSQL, off, …) and each
# run prints the load average beside it; the summary takes each mode's median. Beside requests/s each run shows the CPU
# time per request of the service process and of the PostgreSQL server (all its processes): other processes disturb
# those less than wall-clock rates, and they show where a logged request's cost goes.
#
# Each run is measured after a warm-up of WARMUP seconds (default 30): with the log on, the runtime's tiered compiler
# was still recompiling methods (the request path's among them) 20 s after the start, 1,811 in the 10 s measured
# against 179 with the log off (docs/monitoring.md): start-up cost that a 5 s warm-up counted as the log's, not the
# sustained rate the goal is about.
#
#   tests/CiCd.Serving.Benchmarks/pg_log.sh MODEL_FOLDER   # env: MLOPS_DLL (default: the Release build of src/CiCd.Cli),
#                                                          #      DURATION (s per wrk run), WARMUP (s), ROUNDS, CONNECTIONS, PORT, PG_PORT, OUT
# Needs: wrk, Debian's postgresql (initdb, pg_ctl; as root the server runs as the postgres user).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
model=${1:?usage: pg_log.sh MODEL_FOLDER}
mlops_dll=${MLOPS_DLL:-$root/src/CiCd.Cli/bin/Release/net10.0/mlops.dll}
out=${OUT:-$root/out/pg-log}
duration=${DURATION:-15}
warmup=${WARMUP:-30}
rounds=${ROUNDS:-2}
connections=${CONNECTIONS:-32}
port=${PORT:-18184}
pg_port=${PG_PORT:-18185}
py=/usr/bin/python3
url=http://127.0.0.1:$port
bin=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d | sort -V | tail -1)
ticks=$(getconf CLK_TCK)

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
postmaster=$(head -1 "$pg/data/postmaster.pid")

metric() { curl -fs "$url/metrics" | awk -v m="$1" '$1 == m { printf "%d", $2 }'; }

# cpu PID [children]: CPU ticks (user + system) of a process; with "children", also of its live children and of its
# children that exited (PostgreSQL's backends and workers).
cpu() {
  local total
  total=$(awk -v c="${2:-}" '{ sub(/^.*\) /, ""); t = $12 + $13; if (c != "") t += $14 + $15; print t }' "/proc/$1/stat")
  if [[ -n ${2:-} ]]; then
    for child in $(pgrep -P "$1" || true); do
      total=$((total + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$child/stat" 2>/dev/null || echo 0)))
    done
  fi
  echo "$total"
}

# serve [ARGS…]: starts mlops serve and waits until it is ready.
serve() {
  DOTNET_gcServer=1 dotnet "$mlops_dll" serve --model "$model" --urls "$url" --unseen-categories accept "$@" >>"$out/serve.log" 2>&1 &
  serve_pid=$!
  for _ in $(seq 1 240); do curl -fs -o /dev/null "$url/health/ready" && return 0; sleep 0.5; done
  echo "not ready" >&2; exit 1
}

stop() { kill -TERM "$serve_pid"; wait "$serve_pid" || true; serve_pid=; }

psql() { as_pg "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d predictions -tAc "$1"; }

# pg_state: "rows commits" of the log's database (0 0 before the service created the table).
pg_state() {
  psql "SELECT (SELECT count(*) FROM pg_class WHERE relname = 'predictions'), xact_commit FROM pg_stat_database WHERE datname = 'predictions'" |
    { IFS='|' read -r table commits; echo "$([[ $table == 1 ]] && psql "SELECT count(*) FROM predictions" || echo 0) $commits"; }
}

# measure MODE [ARGS…]: serves, runs one warm-up (WARMUP s) and one measured wrk run of single-row /v1/predict, stops; appends
# "mode rps serve_us pg_us load rows_per_write" to $out/runs (CPU microseconds per request; rows per COPY over the
# service's life, from the database's commit count) and prints the line.
measure() {
  local mode=$1; shift
  local before after
  before=$(pg_state)
  serve "$@"
  BODY_FILE=$out/records.jsonl DELAY_MS=0 timeout $((warmup + 30)) wrk -t"$(nproc)" -c"$connections" -d"${warmup}s" -s "$here/post.lua" "$url/v1/predict" >/dev/null
  local serve0 pg0 rps serve1 pg1 load
  serve0=$(cpu "$serve_pid"); pg0=$(cpu "$postmaster" children)
  rps=$(BODY_FILE=$out/records.jsonl DELAY_MS=0 timeout $((duration + 30)) wrk -t"$(nproc)" -c"$connections" -d"${duration}s" \
    -s "$here/post.lua" "$url/v1/predict" | awk '/^RESULT/ { split($2, a, "="); print a[2] }')
  serve1=$(cpu "$serve_pid"); pg1=$(cpu "$postmaster" children)
  load=$(cut -d' ' -f1 /proc/loadavg)
  [[ $mode == off ]] || single_dropped=$((single_dropped + $(metric cicd_prediction_log_dropped_total)))
  stop
  # The server counts a closed connection's commits within a moment.
  sleep 1
  after=$(pg_state)
  awk -v m="$mode" -v r="$rps" -v s=$((serve1 - serve0)) -v p=$((pg1 - pg0)) -v d="$duration" -v t="$ticks" -v l="$load" -v b="$before" -v a="$after" \
    'BEGIN { n = r * d; split(b, x, " "); split(a, y, " "); w = y[1] - x[1]; c = y[2] - x[2]
             printf "%s %.0f %.1f %.1f %s %s\n", m, r, s * 1e6 / t / n, p * 1e6 / t / n, l, (w > 0 && c > 0 ? sprintf("%.0f", w / c) : "-") }' | tee -a "$out/runs"
}

single_dropped=0
echo "mode requests/s service_cpu_us/request postgres_cpu_us/request load1 rows_per_write"
for _ in $(seq 1 "$rounds"); do
  measure off
  measure sqlite --prediction-log "$out/predictions.sqlite"
  measure postgres --prediction-log "$log_uri" --replica-id bench
done

echo "== PostgreSQL sink: two 100,000-row CSV batches"
serve --prediction-log "$log_uri" --replica-id bench
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
rows=$(psql "SELECT count(*) FROM predictions")

# median MODE COLUMN: the median of a column over a mode's runs.
median() { awk -v m="$1" -v c="$2" '$1 == m { print $c }' "$out/runs" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
row() {
  local rps off
  rps=$(median "$2" 2); off=$(median off 2)
  printf '%-46s %12.0f  %+7.1f %%  %10.1f  %10.1f  %10s\n' "$1" "$rps" "$(awk -v a="$rps" -v b="$off" 'BEGIN { print (a - b) * 100 / b }')" \
    "$(median "$2" 3)" "$(median "$2" 4)" "$([[ $2 == postgres ]] && median "$2" 6 || echo -)"
}

echo
printf '%-46s %12s  %9s  %10s  %10s  %10s\n' "single-row /v1/predict, wrk -c$connections, ${duration}s," "requests/s" "vs off" "serve µs/r" "pg µs/r" "rows/COPY"
printf '%-46s\n' "median of $rounds interleaved runs each"
row "log off" off
row "SQLite log" sqlite
row "PostgreSQL log (durable server, binary COPY)" postgres
printf '%-46s %12s\n' "load average (1 min) during the runs" "$(awk '{ printf "%s%s", s, $5; s = " " }' "$out/runs")"
printf '%-46s %12s\n' "records dropped under the single-row load" "$single_dropped"
printf '%-46s %12.0f\n' "PostgreSQL sink, 200,000 batch rows (rows/s)" "$(awk -v n="$written" -v s="$seconds" 'BEGIN { print n / s }')"
printf '%-46s %12s\n' "records dropped in total; rows in the database" "$dropped; $rows"
