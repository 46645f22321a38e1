#!/usr/bin/env bash
# Proves the .deb's Depends line: installs dist/result-desk_<version>_amd64.deb into a clean,
# minimal Debian 12 (debootstrap --variant=minbase) with apt, so that only Depends (no
# Recommends) are pulled from the mirror, then runs the installed program's --self-check
# offscreen there. No Secret Service in that system: the self-check must still pass and
# report keyring's fail backend.
#
#   sudo bash packaging/linux/test-in-debootstrap.sh [path/to/result-desk.deb]
#
# Root only (debootstrap, mount, chroot). The mirror is the one this machine's apt uses
# (read from /etc/apt/sources.list*), or MIRROR=... . The pristine system is kept as
# build/debootstrap/bookworm-minbase.tar.gz, so later runs start from a fresh copy in seconds.
# Manual or CI-optional: not part of .ci/run (it downloads a base system).
set -euo pipefail
cd "$(dirname "$0")/../.."

SUITE=bookworm
WORK=${WORK:-build/debootstrap}
TARBALL=$WORK/$SUITE-minbase.tar.gz
ROOTFS=$WORK/rootfs

[ "$(id -u)" -eq 0 ] || { echo "test-in-debootstrap: needs root (debootstrap, chroot)" >&2; exit 1; }

deb=${1:-}
if [ -z "$deb" ]; then
  version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/_version.py)
  deb=dist/result-desk_${version}_$(dpkg --print-architecture).deb
fi
[ -f "$deb" ] || { echo "test-in-debootstrap: no $deb (run packaging/linux/build-deb.sh)" >&2; exit 1; }

# This machine's Debian mirror: the first deb822 URIs line, or the first one-line "deb" entry,
# that serves the main archive (not -security, not a third-party repository).
find_mirror() {
  local files=(/etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list)
  local file
  for file in "${files[@]}"; do
    [ -f "$file" ] || continue
    case $file in
      *.sources) awk '/^URIs:/ {for (i = 2; i <= NF; i++) print $i}' "$file" ;;
      *) awk '$1 == "deb" {for (i = 2; i <= NF; i++) if ($i ~ /^[a-z+]+:\/\//) {print $i; break}}' "$file" ;;
    esac
  done | grep -E '/debian/?$' | grep -v -- '-security' | head -n1
}
MIRROR=${MIRROR:-$(find_mirror)}
[ -n "$MIRROR" ] || { echo "test-in-debootstrap: no Debian mirror in /etc/apt/sources.list*; set MIRROR=" >&2; exit 1; }
echo "mirror: $MIRROR"

if ! command -v debootstrap >/dev/null; then
  echo "installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null; }
fi

cleanup() {
  for mount in "$ROOTFS/dev/pts" "$ROOTFS/dev" "$ROOTFS/proc"; do
    if mountpoint -q "$mount"; then umount -l "$mount" || true; fi
  done
  rm -rf "$ROOTFS"
}
trap cleanup EXIT
cleanup
mkdir -p "$WORK"

started=$SECONDS
if [ ! -f "$TARBALL" ]; then
  echo "== debootstrap --variant=minbase $SUITE (first run only)"
  debootstrap --variant=minbase "$SUITE" "$ROOTFS" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 ||
    { tail -20 "$WORK/debootstrap.log" >&2; exit 1; }
  tar -C "$ROOTFS" -czf "$TARBALL.tmp" . && mv "$TARBALL.tmp" "$TARBALL"
  rm -rf "$ROOTFS"
fi
echo "== a fresh copy of the minimal system"
mkdir -p "$ROOTFS"
tar -C "$ROOTFS" -xzf "$TARBALL"
mount -t proc proc "$ROOTFS/proc"
mount --bind /dev "$ROOTFS/dev"
mount --bind /dev/pts "$ROOTFS/dev/pts"
cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
cp "$deb" "$ROOTFS/tmp/"
base_packages=$(chroot "$ROOTFS" dpkg-query -W -f='.\n' | wc -l)

echo "== apt-get install ./$(basename "$deb") (Depends only)"
chroot "$ROOTFS" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
chroot "$ROOTFS" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >"$WORK/apt.log" 2>&1 ||
  { tail -30 "$WORK/apt.log" >&2; exit 1; }
after_packages=$(chroot "$ROOTFS" dpkg-query -W -f='.\n' | wc -l)
echo "installed: result-desk and $((after_packages - base_packages - 1)) packages it depends on" \
  "(the minimal system had $base_packages)"

echo "== result-desk --self-check (offscreen, no Secret Service)"
set +e
output=$(chroot "$ROOTFS" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  QT_QPA_PLATFORM=offscreen RESULT_DESK_HOME=/tmp/desk result-desk --self-check 2>&1)
status=$?
set -e
echo "$output"
echo "exit status: $status; took $((SECONDS - started)) s in all"
if [ "$status" -ne 0 ] || ! grep -q '^Self-check passed' <<<"$output"; then
  echo "test-in-debootstrap: FAILED: the self-check did not pass in a clean Debian 12" >&2
  exit 1
fi
grep -q '^Keyring backend: keyring.backends.fail.Keyring' <<<"$output" ||
  echo "note: expected keyring's fail backend in a system without a Secret Service"
echo "test-in-debootstrap: PASSED (Depends are enough in a clean Debian 12)"
