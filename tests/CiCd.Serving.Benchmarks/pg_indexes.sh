#!/usr/bin/env bash
# The PostgreSQL server's CPU per logged row for each index layout of the prediction log's table, apart from the
# service (nothing asserted): a throwaway durable server on 127.0.0.1, ROWS rows of the log's layout (the German
# credit rows as inputs JSON) loaded by server-side COPYs of CHUNK rows (the writer's size under pg_log.sh), each layout
# on a fresh table, interleaved ROUNDS times. The backend's CPU comes from log_statement_stats, the WAL writer's,
# checkpointer's and background writer's from /proc.
#
#   tests/CiCd.Serving.Benchmarks/pg_indexes.sh      # env: ROWS (200000), CHUNK (2500), ROUNDS (2), PG_PORT
# Needs: Debian's postgresql (as root the server runs as the postgres user).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rows=${ROWS:-200000}
chunk=${CHUNK:-2500}
rounds=${ROUNDS:-2}
pg_port=${PG_PORT:-18186}
bin=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d | sort -V | tail -1)
[[ -x $bin/initdb ]] || { echo "PostgreSQL missing: apt-get install -y postgresql" >&2; exit 2; }

as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg=$(mktemp -d /tmp/mlops-pg-indexes-XXXXXX)
cleanup() { as_pg "$bin/pg_ctl" -D "$pg/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$pg"; }
trap cleanup EXIT
/usr/bin/python3 - "$root/data/raw/german_credit.csv" "$rows" "$chunk" "$pg" <<'PY'
import csv, datetime, json, random, sys
source, rows, chunk, folder = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
records = list(csv.DictReader(open(source)))
start = datetime.datetime(2026, 12, 8)
out = None
for i in range(rows):
    if i % chunk == 0:
        out = csv.writer(open(f"{folder}/part_{i // chunk:05d}.csv", "w", newline=""))
    inputs = {k: v for k, v in records[i % len(records)].items() if k != "class"}
    p = random.random()
    time = (start + datetime.timedelta(microseconds=43 * i)).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    out.writerow([time, "german-credit", "3", f"req-{i:08d}", 0, "predict", json.dumps(inputs, separators=(",", ":")), "good", p,
                  json.dumps({"good": p, "bad": 1 - p}, separators=(",", ":")), "bench"])
PY
[[ $(id -u) == 0 ]] && chown -R postgres "$pg"
as_pg "$bin/initdb" -D "$pg/data" -U postgres -A trust -E UTF8 >/dev/null
as_pg "$bin/pg_ctl" -D "$pg/data" -l "$pg/server.log" -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg" -w start >/dev/null
postmaster=$(head -1 "$pg/data/postmaster.pid")
psql() { as_pg "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -qtA "$@"; }

# background: CPU ticks of the WAL writer, checkpointer and background writer.
background() {
  local total=0
  for child in $(pgrep -P "$postmaster"); do
    case $(tr '\0' ' ' <"/proc/$child/cmdline") in
      *writer* | *checkpointer*) total=$((total + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$child/stat")));;
    esac
  done
  echo "$total"
}

# layout NAME DDL: loads the rows into a fresh table with those indexes; prints the CPU per 1,000 rows.
layout() {
  psql -c "DROP TABLE IF EXISTS predictions" -c "CREATE TABLE predictions (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    timestamp_utc TEXT NOT NULL, model_name TEXT NOT NULL, model_version TEXT NOT NULL, request_id TEXT NOT NULL, row_index INTEGER NOT NULL,
    endpoint TEXT NOT NULL, inputs_json TEXT NOT NULL, label TEXT NOT NULL, score DOUBLE PRECISION NOT NULL, probabilities_json TEXT,
    replica_id TEXT NOT NULL DEFAULT '')" 2>/dev/null
  [[ -z $2 ]] || psql -c "$2"
  psql -c "CHECKPOINT"
  {
    echo "SET log_statement_stats = on;"
    for part in "$pg"/part_*.csv; do
      echo "COPY predictions (timestamp_utc, model_name, model_version, request_id, row_index, endpoint, inputs_json, label, score, probabilities_json, replica_id) FROM '$part' (FORMAT csv);"
    done
  } >"$pg/load.sql"
  local lines before after
  lines=$(wc -l <"$pg/server.log"); before=$(background)
  psql -f "$pg/load.sql" >/dev/null
  after=$(background)
  tail -n +$((lines + 1)) "$pg/server.log" |
    awk -v n="$1" -v r="$rows" -v b=$((after - before)) -v t="$(getconf CLK_TCK)" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
      '/s system, .* s elapsed/ { cpu += $2 + $5 } END { printf "%-52s %8.2f %10.2f %6s\n", n, cpu * 1e6 / r, b * 1e6 / t / r, l }'
}

printf '%-52s %8s %10s %6s\n' "server CPU ms per 1,000 rows, indexes besides the id" "backend" "background" "load1"
for _ in $(seq 1 "$rounds"); do
  layout "model+time, time, request id B-trees (schema 3)" "CREATE INDEX ON predictions (model_name, timestamp_utc); CREATE INDEX ON predictions (timestamp_utc); CREATE INDEX ON predictions (request_id)"
  layout "time, request id B-trees" "CREATE INDEX ON predictions (timestamp_utc); CREATE INDEX ON predictions (request_id)"
  layout "time BRIN, request id B-tree (schema 4)" "CREATE INDEX ON predictions USING brin (timestamp_utc) WITH (autosummarize = on); CREATE INDEX ON predictions (request_id)"
  layout "none (a lower bound)" ""
done
