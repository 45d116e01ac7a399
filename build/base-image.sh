#!/usr/bin/env bash
# Builds the local base image for the serving image on machines that cannot pull from a registry:
# a minbase Debian bookworm root made by debootstrap, trimmed, and loaded with `docker import`.
#
# The tag is a hash of this recipe (this file), the suite, the architecture and the mirror, so an unchanged recipe
# reuses the image already in the engine and a changed one builds a new tag. The root filesystem is also kept as a
# tarball (with a sha256 sidecar) in a cache folder of the machine, so a fresh engine (a test's private data root) or a
# fresh clone imports it in seconds instead of running debootstrap again (about 2.5 min); a tarball that fails its
# sidecar is made again. Prints the image reference on stdout (last line).
#
# Usage: build/base-image.sh [--force]
# Environment: DOCKER_HOST (engine socket, e.g. unix:///tmp/x/docker.sock), DEBIAN_MIRROR,
#              BASE_IMAGE_REPOSITORY (default cicd-base),
#              BASE_IMAGE_CACHE (the cache folder; default ${XDG_CACHE_HOME:-$HOME/.cache}/cicd/base-image),
#              BASE_IMAGE_CACHE=off (no machine cache: the tarball stays in this checkout's build/.cache, so each fresh
#              clone runs debootstrap once, and the test projects of one run still share it).
# Needs root, debootstrap and the docker CLI.
set -euo pipefail

readonly suite=bookworm
readonly mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
readonly repository=${BASE_IMAGE_REPOSITORY:-cicd-base}
# What the self-contained service needs beyond minbase: libgomp1 for LightGBM's OpenMP,
# ca-certificates so outgoing HTTPS (a remote tracking store) can verify peers, and a TrueType font
# for the /dashboard charts: SkiaSharp (its no-dependencies build: no fontconfig) measures and draws
# text with the fonts under /usr/share/fonts, and without one every chart loses its titles, axis
# labels and legends. glibc, libstdc++ and zlib are already part of minbase; InvariantGlobalization
# means no ICU.
readonly packages=libgomp1,ca-certificates,fonts-dejavu-core

force=false
if [[ ${1:-} == --force ]]; then
  force=true
elif [[ $# -gt 0 ]]; then
  echo "usage: $0 [--force]" >&2
  exit 2
fi

for tool in debootstrap docker sha256sum tar flock dpkg; do
  if ! command -v "$tool" >/dev/null; then
    echo "base-image: '$tool' not found (apt-get install debootstrap docker.io)" >&2
    exit 2
  fi
done

# The suite, the architecture and the mirror change what lands in the image, so they are part of the content key with
# the recipe (a cache folder on shared storage may serve machines of another architecture).
architecture=$(dpkg --print-architecture)
readonly architecture
content=$( { cat "${BASH_SOURCE[0]}"; echo "$suite $architecture $mirror"; } | sha256sum | cut -c1-16)
readonly reference="$repository:$suite-$content"

if [[ $force == false ]] && docker image inspect "$reference" >/dev/null 2>&1; then
  echo "base-image: $reference exists, nothing to do" >&2
  echo "$reference"
  exit 0
fi

if [[ ${BASE_IMAGE_CACHE:-} == off ]]; then
  cache_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.cache
else
  cache_dir=${BASE_IMAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cicd/base-image}
fi
rootfs="$cache_dir/$repository-$suite-$architecture-$content.tar"
checksum="$rootfs.sha256"

import_rootfs() {
  echo "base-image: importing $rootfs as $reference" >&2
  docker import \
    --change 'ENV LANG=C.UTF-8 DOTNET_RUNNING_IN_CONTAINER=true DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true' \
    --change 'CMD ["/bin/bash"]' \
    --message "debootstrap --variant=minbase $suite + $packages" \
    "$rootfs" "$reference" >&2
  docker tag "$reference" "$repository:$suite" >&2
  echo "$reference"
}

# One debootstrap per machine: test projects running side by side (each with its own engine) build the same root, so
# the second waits here for the first and imports its tarball instead of running debootstrap again.
mkdir -p "$cache_dir"
exec 9>"$cache_dir/.lock"
flock 9

# A tarball is used only when it still has the bytes its sidecar recorded when it was written (a disk that filled up, a
# copy cut short or a hand edit all show here); otherwise it is made again.
cached_rootfs_intact() {
  [[ -s $rootfs && -s $checksum ]] && [[ $(sha256sum <"$rootfs" | cut -d' ' -f1) == "$(cat "$checksum")" ]]
}

if [[ $force == false ]]; then
  if cached_rootfs_intact; then
    # Touched on use, so the pruning below keeps what is still in use.
    touch "$rootfs" "$checksum"
    import_rootfs
    exit 0
  elif [[ -e $rootfs || -e $checksum ]]; then
    echo "base-image: $rootfs does not match its sha256 sidecar, building it again" >&2
    rm -f "$rootfs" "$checksum"
  fi
fi

work=$(mktemp -d)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
root="$work/root"

echo "base-image: debootstrap --variant=minbase $suite ($mirror)" >&2
debootstrap --variant=minbase --include="$packages" "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 || {
  tail -n 30 "$work/debootstrap.log" >&2
  exit 1
}

# Nothing in the image runs apt or reads documentation: drop caches, lists, docs, man pages and
# locales so the base stays small. /etc/apt stays, so a derived image can still install packages.
rm -rf "$root"/var/cache/apt/* "$root"/var/lib/apt/lists/* "$root"/var/log/* \
  "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* \
  "$root"/usr/share/locale/* "$root"/tmp/* "$root"/var/tmp/*
# The charts use DejaVu Sans (regular and bold) only; the serif and monospace faces are 1.4 MB unused.
rm -f "$root"/usr/share/fonts/truetype/dejavu/DejaVuSerif* "$root"/usr/share/fonts/truetype/dejavu/DejaVuSansMono*
# The service runs as this user (the Dockerfile refers to it by number too).
chroot "$root" /usr/sbin/groupadd --gid 1654 app
chroot "$root" /usr/sbin/useradd --uid 1654 --gid app --home-dir /app --no-create-home --shell /usr/sbin/nologin app

# Atomic, tarball before sidecar: a run cut short leaves a tarball without a matching sidecar, which the next run makes
# again, never one that imports half a root.
tar --numeric-owner --xattrs -C "$root" -cf "$work/rootfs.tar" .
sha256sum <"$work/rootfs.tar" | cut -d' ' -f1 >"$work/rootfs.tar.sha256"
mv "$work/rootfs.tar" "$rootfs.partial"
mv "$rootfs.partial" "$rootfs"
mv "$work/rootfs.tar.sha256" "$checksum.partial"
mv "$checksum.partial" "$checksum"
# Recipes not used for a month (other branches, older versions of this file) leave the machine cache.
find "$cache_dir" -maxdepth 1 -name "$repository-*.tar*" -mtime +30 -delete
import_rootfs
