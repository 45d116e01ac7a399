#!/usr/bin/env bash
# Drift benchmark: C# (CiCd.Monitoring) against scipy/numpy on the same data in the same run.
# usage: tests/CiCd.Monitoring.Benchmarks/run.sh [ROWS] [COLUMNS]      (default 1,000,000 x 50)
# Needs Debian python3-numpy and python3-scipy for /usr/bin/python3, and the .NET SDK.
# The data file (ROWS x COLUMNS x 2 float64, 800 MB by default) is generated once into
# ${BENCH_DIR:-/tmp/cicd-drift-bench} and reused.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rows="${1:-1000000}"
columns="${2:-50}"
seed=20261124
python=/usr/bin/python3
dir="${BENCH_DIR:-/tmp/cicd-drift-bench}"
data="$dir/drift-${rows}x${columns}-${seed}.f64"
mkdir -p "$dir"

if [[ ! -s "$data" ]]; then
  echo "generating $data" >&2
  "$python" "$here/gen_data.py" "$data.tmp" "$rows" "$columns" "$seed"
  mv "$data.tmp" "$data"
fi

dotnet build "$here/CiCd.Monitoring.Benchmarks.csproj" -c Release --nologo -v quiet >&2
bench="$here/bin/Release/net10.0/CiCd.Monitoring.Benchmarks.dll"

cat "$data" > /dev/null # same page-cache state for every engine
dotnet "$bench" "$data" "$rows" "$columns" 10 "$(nproc)" > "$dir/csharp.json"
dotnet "$bench" "$data" "$rows" "$columns" 10 1 > "$dir/csharp-1.json"
"$python" "$here/drift_peer.py" "$data" "$rows" "$columns" 10 > "$dir/scipy.json"

"$python" "$here/report.py" "$dir/csharp.json" "$dir/csharp-1.json" "$dir/scipy.json"
