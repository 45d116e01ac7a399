#!/usr/bin/env bash
# Serving image benchmark: image size (uncompressed in the engine, compressed as the registry stores it) and
# container start-to-ready time, printed next to the anchors of issue 5. Everything runs through `mlops image`
# against a private dockerd and registry that this script starts and removes (root, docker.io, docker-registry,
# debootstrap, iproute2, curl and python3 needed).
#
# Usage: tests/CiCd.Image.Benchmarks/run.sh [runs]     (default 5 start-to-ready runs per variant)
# Environment: VARIANTS="plain r2r" (publish variants to compare: plain self-contained, and ReadyToRun)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
runs=${1:-5}
variants=${VARIANTS:-plain r2r}
work=$(mktemp -d /tmp/cicd-image-bench-XXXXXX)
bridge="cicdb$(printf '%04x' $((RANDOM)))"
dockerd_pid=""
registry_pid=""

cleanup() {
  if [[ -n $registry_pid ]]; then kill "$registry_pid" 2>/dev/null || true; fi
  if [[ -n $dockerd_pid ]]; then
    kill -TERM "$dockerd_pid" 2>/dev/null || true
    # dockerd unmounts its layers on SIGTERM; give it the time it needs, then the folder can go.
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
ip addr add "10.214.$((RANDOM % 200 + 20)).1/24" dev "$bridge"
ip link set "$bridge" up
dockerd --host "unix://$work/docker.sock" --data-root "$work/data" --exec-root "$work/exec" --pidfile "$work/docker.pid" \
  --bridge "$bridge" --iptables=false --ip6tables=false >"$work/dockerd.log" 2>&1 &
dockerd_pid=$!
export DOCKER_HOST="unix://$work/docker.sock"
wait_for 60 dockerd curl -sf --unix-socket "$work/docker.sock" http://localhost/_ping
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat >"$work/registry.yml" <<YAML
version: 0.1
log: { level: error }
storage: { filesystem: { rootdirectory: $work/registry } }
http: { addr: 127.0.0.1:$port }
YAML
docker-registry serve "$work/registry.yml" >"$work/registry.log" 2>&1 &
registry_pid=$!
wait_for 30 docker-registry curl -sf "http://127.0.0.1:$port/v2/"

echo "== base image, model, publish output" >&2
base=$(build/base-image.sh | tail -n 1)
mlops=(dotnet "$root/src/CiCd.Cli/bin/Release/net10.0/mlops.dll")
dotnet build src/CiCd.Cli -c Release -v quiet -nologo >/dev/null
[[ -f out/train/model.zip ]] || "${mlops[@]}" train --no-track >/dev/null

compressed_bytes() { # repository:tag → sum of the layer and config sizes in the registry manifest
  local repo=${1%:*} tag=${1##*:}
  curl -sf -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' "http://127.0.0.1:$port/v2/${repo#*/}/manifests/$tag" |
    python3 -c 'import json,sys; m=json.load(sys.stdin); print(m["config"]["size"] + sum(l["size"] for l in m["layers"]))'
}

results=()
for variant in $variants; do
  publish="$work/publish-$variant"
  echo "== publish ($variant)" >&2
  extra=()
  [[ $variant == r2r ]] && extra=(-p:PublishReadyToRun=true)
  dotnet publish src/CiCd.Cli -c Release -r linux-x64 --self-contained "${extra[@]}" -o "$publish" -v quiet -nologo >/dev/null
  repo="127.0.0.1:$port/german-credit-$variant"
  "${mlops[@]}" image build --repository "$repo" --publish-dir "$publish" --base-image "$base" --model-version 1 \
    --stage development --out "$work/out" --json >"$work/build-$variant.json"
  image="$repo:development"
  uncompressed=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["image_bytes"])' "$work/build-$variant.json")
  "${mlops[@]}" image push "$image" --model-registry "$work/models" --json >/dev/null
  compressed=$(compressed_bytes "$image")
  times=()
  for _ in $(seq 1 "$runs"); do
    "${mlops[@]}" image smoke "$image" --out "$work/out" --json >"$work/smoke.json"
    times+=("$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["start_to_ready_seconds"])' "$work/smoke.json")")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
  best=$(printf '%s\n' "${times[@]}" | sort -n | head -n 1)
  results+=("$(printf '%-34s %10.1f MB %12.1f MB %9.2f s %9.2f s' "CiCd serving image ($variant)" \
    "$(echo "$compressed / 1000000" | bc -l)" "$(echo "$uncompressed / 1000000" | bc -l)" "$median" "$best")")
done

echo
printf '%-34s %13s %15s %11s %11s\n' "image" "compressed" "uncompressed" "ready p50" "ready best"
for line in "${results[@]}"; do echo "$line"; done
printf '%-34s %13s %15s %11s %11s\n' "anchor: .NET 10 aspnet (official)" "~92 MB" "" "" ""
printf '%-34s %13s %15s %11s %11s\n' "anchor: FastAPI + scikit-learn" "650 MB-1.5 GB" "" "" ""
printf '%-34s %13s %15s %11s %11s\n' "anchor: MLflow-built image" "1-3 GB" "" "" ""
printf '%-34s %13s %15s %11s %11s\n' "goal" "< 100 MB" "" "< 2 s" ""
echo "($runs start-to-ready runs per variant: from the container start call to the first 2xx of /health/ready, via mlops image smoke)"
