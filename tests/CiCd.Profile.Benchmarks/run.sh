#!/bin/sh
# Fashion-MNIST (70,000 x 785) profiled by `mlops data profile`, next to pandas describe() + value_counts() on the same
# CSV. Wall time, CPU time (user + system; the fairer figure on a shared runner) and peak memory of each whole process, measured the same way (GNU time),
# both under `nice` so a shared machine's other work is not slowed; the load average is printed before and after.
#   tests/CiCd.Profile.Benchmarks/run.sh [work folder]     (SKIP_BUILD=1: use the mlops already built)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/profile-bench}
mkdir -p "$work"
csv="$work/fashion-mnist.csv"
[ -f "$csv" ] || /usr/bin/python3 "$root/tests/CiCd.Profile.Benchmarks/fashion_mnist_csv.py" "$csv"
[ "${SKIP_BUILD:-}" = 1 ] || dotnet build "$root/src/CiCd.Cli" -c Release -v quiet -nologo >/dev/null
measure() { # name, command...
  name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" nice "$@" >"$work/$name.out" 2>"$work/$name.err"
  read -r seconds user system kib <"$work/$name.time"
  cpu=$(echo "$user + $system" | bc)
  printf '%-34s %8.1f s %8.1f s %8.0f MiB\n' "$name" "$seconds" "$cpu" "$((kib / 1024))"
  echo "{\"benchmark\":\"profile\",\"tool\":\"$name\",\"seconds\":$seconds,\"cpu_seconds\":$cpu,\"peak_mib\":$((kib / 1024))}" >>"$work/results.jsonl"
}
echo "Fashion-MNIST: $(($(wc -l <"$csv") - 1)) rows x $(head -1 "$csv" | tr ',' '\n' | wc -l) columns ($(du -mL "$csv" | cut -f1) MB)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
printf '%-34s %10s %10s %12s\n' "tool" "wall" "cpu" "peak memory"
measure "mlops data profile" dotnet "$root/src/CiCd.Cli/bin/Release/net10.0/mlops.dll" data profile --data "$csv" --target label --out "$work/profile" --json
measure "pandas describe + value_counts" /usr/bin/python3 "$root/tests/CiCd.Profile.Benchmarks/pandas_peer.py" "$csv"
cat "$work/pandas describe + value_counts.out"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
