#!/usr/bin/env bash
# Times the experiment store on SQLite and PostgreSQL side by side and prints a table and a JSON line.
# PostgreSQL comes from Debian's postgresql package and is started by the benchmark itself with the
# same launcher the tests use (tests/CiCd.Testing/Postgres/PostgresInstance.cs): a temp data
# folder, 127.0.0.1 on a free port, run as the postgres user when invoked as root, stopped at the end.
# Set MLOPS_BENCH_POSTGRES to an Npgsql connection string to use a server of your own instead.
# Usage: tests/CiCd.Tracking.Benchmarks/run.sh [METRICS=10000] [RUNS=1000]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [[ -z "${MLOPS_BENCH_POSTGRES:-}" ]] && ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null \
    && [[ -z "${MLOPS_TEST_POSTGRES_BIN:-}" ]]; then
  echo "run.sh: PostgreSQL is not installed: apt-get install -y postgresql" >&2
  exit 2
fi

dotnet build "$here/CiCd.Tracking.Benchmarks.csproj" -c Release --nologo -v quiet -clp:NoSummary
dotnet "$here/bin/Release/net10.0/CiCd.Tracking.Benchmarks.dll" "$@"
