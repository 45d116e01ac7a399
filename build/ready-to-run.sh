#!/usr/bin/env bash
# Replaces the NuGet packages' assemblies in .NET output folders with ReadyToRun images of them: the same assemblies
# with native code compiled ahead of time by the SDK's own crossgen2. The test hosts and the `mlops` processes they start
# then stop JIT-compiling ML.NET, Npgsql, YamlDotNet, the test platform and the rest in every process.
#
# A package's assembly changes only with its version, so its image is compiled once per machine and kept in a cache
# folder, keyed by the assembly's sha256 and crossgen2's version. Our own assemblies (CiCd.*, mlops) stay as built:
# they change with every commit, and coverage rewrites them. A file crossgen2 refuses (a native library named .dll)
# stays as it is, and the refusal is remembered; an image already in place is known by its own sha256. The next build copies the packages' own files back
# (they differ from its inputs), and the next run puts the images back from the cache.
#
# Usage: build/ready-to-run.sh FOLDER...   (only the files directly in each folder)
# Environment: READY_TO_RUN_CACHE (the cache folder; default ${XDG_CACHE_HOME:-$HOME/.cache}/cicd/ready-to-run),
#              READY_TO_RUN_CACHE=off (change nothing).
# Prints one line per compiled assembly and a summary; the summary is also the last line, as key=value pairs.
set -euo pipefail

cache=${READY_TO_RUN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cicd/ready-to-run}
if [ "$cache" = off ]; then
  echo "ready-to-run: off (READY_TO_RUN_CACHE=off): the folders keep the packages' own assemblies"
  exit 0
fi

project=$(cd "$(dirname "$0")/ready-to-run" && pwd)/Crossgen.csproj
# The SDK's own resolution: the crossgen2 package it restored for this machine's runtime identifier. The restore runs
# only when the SDK names none (a fresh checkout, or a new SDK): a restore that changes nothing still costs a second.
resolve() {
  dotnet msbuild "$project" -nologo '-t:ProcessFrameworkReferences;ResolveRuntimePackAssets;ResolveReadyToRunCompilers' \
    -getItem:Crossgen2Tool 2>/dev/null | sed -n 's/^ *"FullPath": "\(.*\)",\{0,1\}$/\1/p' | head -n 1
}
crossgen=$(resolve || true)
if [ ! -x "$crossgen" ]; then
  dotnet restore "$project" --verbosity quiet -nologo >/dev/null
  crossgen=$(resolve || true)
fi
if [ ! -x "$crossgen" ]; then
  echo "ready-to-run: the SDK named no crossgen2 for $project ('$crossgen')" >&2
  exit 2
fi
version=$(basename "$(dirname "$(dirname "$crossgen")")")

# The shared frameworks the assemblies run on: the newest of each, as a process rolls forward to the newest patch.
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
references=()
for framework in Microsoft.NETCore.App Microsoft.AspNetCore.App; do
  newest=$(find "$dotnet_root/shared/$framework" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$newest" ]; then
    references+=(-r "$dotnet_root/shared/$framework/$newest/*.dll")
  fi
done

store=$cache/crossgen2-$version
mkdir -p "$store"
compiled=0 replaced=0 kept=0 refused=0
for folder in "$@"; do
  if [ ! -d "$folder" ]; then
    echo "ready-to-run: $folder: no such folder" >&2
    exit 2
  fi
  # Ours (CiCd.*, mlops) stay as built; one sha256sum for the folder's other assemblies.
  candidates=()
  for assembly in "$folder"/*.dll; do
    case ${assembly##*/} in
      CiCd.*|mlops.dll) ;;
      *) candidates+=("$assembly") ;;
    esac
  done
  [ ${#candidates[@]} -gt 0 ] || continue
  while read -r sum assembly; do
    name=${assembly##*/}
    if [ -e "$store/$sum.image" ]; then
      kept=$((kept + 1))
      continue
    fi
    if [ -e "$store/$sum.refused" ]; then
      refused=$((refused + 1))
      continue
    fi
    if [ ! -e "$store/$sum.dll" ]; then
      temporary=$(mktemp "$store/.$name.XXXXXX")
      if "$crossgen" "$assembly" -o "$temporary" -O "${references[@]}" -r "$folder/*.dll" \
        >"$temporary.log" 2>&1; then
        # Also named by its own sha256, so an image already in place is known for one without compiling it again.
        touch "$store/$(sha256sum "$temporary" | cut -c1-64).image"
        mv "$temporary" "$store/$sum.dll"
        compiled=$((compiled + 1))
        echo "ready-to-run: compiled $name ($compiled)"
      else
        # Why, kept beside the marker (a native library named .dll: "Unknown file format").
        mv "$temporary.log" "$store/$sum.refused"
        rm -f "$temporary"
        refused=$((refused + 1))
        echo "ready-to-run: $name stays as it is: $(head -n 1 "$store/$sum.refused")"
        continue
      fi
      rm -f "$temporary.log"
    fi
    cp "$store/$sum.dll" "$assembly"
    replaced=$((replaced + 1))
  done < <(sha256sum "${candidates[@]}")
done
echo "ready-to-run: folders=$# compiled=$compiled replaced=$replaced already=$kept refused=$refused cache=$store"
