#!/usr/bin/env bash
# Data versions benchmark: `mlops data push` / `mlops data pull` of Fashion-MNIST as one CSV (70,000 x 785, from Debian's
# dataset-fashion-mnist) next to `docker push` / `docker pull` of an image whose one layer holds the same file, against
# the same private docker-registry on 127.0.0.1 (dockerd on a private socket; root, docker.io, docker-registry, iproute2,
# curl and python3 needed). Goal (issue 14): each mlops figure within 2x of docker's.
#
# Usage: tests/CiCd.DataVersions.Benchmarks/run.sh [runs]     (default 3 runs of each, best time kept)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
runs=${1:-3}
work=$(mktemp -d /tmp/cicd-data-bench-XXXXXX)
bridge="cicdd$(printf '%04x' $((RANDOM)))"
dockerd_pid=""
registry_pid=""

cleanup() {
  if [[ -n $registry_pid ]]; then kill "$registry_pid" 2>/dev/null || true; fi
  if [[ -n $dockerd_pid ]]; then
    kill -TERM "$dockerd_pid" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$dockerd_pid" 2>/dev/null || break; sleep 0.1; done
  fi
  ip link delete "$bridge" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

wait_for() { # seconds, description, command...
  local limit=$1 what=$2; shift 2
  for _ in $(seq 1 $((limit * 10))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  echo "bench: $what did not come up within ${limit}s" >&2
  exit 1
}

echo "== engine and registry" >&2
ip link add "$bridge" type bridge
ip addr add "10.215.$((RANDOM % 200 + 20)).1/24" dev "$bridge"
ip link set "$bridge" up
dockerd --host "unix://$work/docker.sock" --data-root "$work/data" --exec-root "$work/exec" --pidfile "$work/docker.pid" \
  --bridge "$bridge" --iptables=false --ip6tables=false >"$work/dockerd.log" 2>&1 &
dockerd_pid=$!
export DOCKER_HOST="unix://$work/docker.sock"
wait_for 60 dockerd curl -sf --unix-socket "$work/docker.sock" http://localhost/_ping
# A fresh registry (new storage, new port) for every run: docker remembers which registry holds a layer and would
# mount it instead of sending it, and a registry already holding a blob makes mlops skip it too.
start_registry() { # run number
  if [[ -n $registry_pid ]]; then kill "$registry_pid"; wait "$registry_pid" 2>/dev/null || true; fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  cat >"$work/registry.yml" <<YAML
version: 0.1
log: { level: error }
storage: { filesystem: { rootdirectory: $work/registry-$1 } }
http: { addr: 127.0.0.1:$port }
YAML
  docker-registry serve "$work/registry.yml" >"$work/registry.log" 2>&1 &
  registry_pid=$!
  wait_for 30 docker-registry curl -sf "http://127.0.0.1:$port/v2/"
}

echo "== Fashion-MNIST CSV, mlops, image with the CSV as its one layer" >&2
csv="$work/fashion-mnist.csv"
python3 tests/CiCd.DataVersions.Benchmarks/fashion_mnist_csv.py "$csv"
bytes=$(stat -c %s "$csv")
dotnet build src/CiCd.Cli -c Release -v quiet -nologo >/dev/null
mlops=(dotnet "$root/src/CiCd.Cli/bin/Release/net10.0/mlops.dll")
tar -C "$work" -cf "$work/layer.tar" fashion-mnist.csv
docker import "$work/layer.tar" bench/image:seed >/dev/null

seconds() { # command... → wall seconds
  local start end
  start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.2f}')"
}
best() { sort -n | head -n 1; }

mlops_push=() mlops_pull=() docker_push=() docker_pull=()
for run in $(seq 1 "$runs"); do
  echo "== run $run of $runs" >&2
  start_registry "$run"
  repo="127.0.0.1:$port/bench"
  mlops_push+=("$(seconds "${mlops[@]}" data push "$csv" --to "$repo/data:v1" --config "$work/none.yaml")")
  rm -f "$work/pulled.csv"
  mlops_pull+=("$(seconds "${mlops[@]}" data pull "$repo/data:v1" --out "$work/pulled.csv" --config "$work/none.yaml")")
  cmp -s "$csv" "$work/pulled.csv" || { echo "bench: the pulled CSV differs" >&2; exit 1; }
  docker tag bench/image:seed "$repo/image:v1"
  docker_push+=("$(seconds docker push "$repo/image:v1")")
  docker rmi -f "$(docker image inspect -f '{{.Id}}' bench/image:seed)" >/dev/null
  docker_pull+=("$(seconds docker pull "$repo/image:v1")")
  docker pull "$repo/image:v1" >/dev/null || { echo "bench: docker pull failed" >&2; exit 1; }
  docker tag "$repo/image:v1" bench/image:seed
done

mp=$(printf '%s\n' "${mlops_push[@]}" | best); ml=$(printf '%s\n' "${mlops_pull[@]}" | best)
dp=$(printf '%s\n' "${docker_push[@]}" | best); dl=$(printf '%s\n' "${docker_pull[@]}" | best)
printf '\nFashion-MNIST CSV: %s bytes (%.1f MiB); best of %s runs, each against a fresh docker-registry on 127.0.0.1\n' "$bytes" "$(python3 -c "print($bytes/1048576)")" "$runs"
printf '%-10s %14s %14s %10s\n' "" "mlops data" "docker" "ratio"
printf '%-10s %13ss %13ss %9sx\n' push "$mp" "$dp" "$(python3 -c "print(f'{$mp/$dp:.2f}')")"
printf '%-10s %13ss %13ss %9sx\n' pull "$ml" "$dl" "$(python3 -c "print(f'{$ml/$dl:.2f}')")"
printf 'all runs: mlops push %s | docker push %s | mlops pull %s | docker pull %s\n' \
  "${mlops_push[*]}" "${docker_push[*]}" "${mlops_pull[*]}" "${docker_pull[*]}"
