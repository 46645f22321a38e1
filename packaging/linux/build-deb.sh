#!/usr/bin/env bash
# Builds dist/result-desk_<version>_amd64.deb from the PyInstaller one-dir bundle:
#   /opt/result-desk/                      the bundle (result-desk + _internal/)
#   /usr/bin/result-desk                   a symlink to it
#   /usr/share/applications, metainfo      dev.resultdesk.ResultDesk.{desktop,metainfo.xml}
#   /usr/share/icons/hicolor/*/apps        dev.resultdesk.ResultDesk.{svg,png}
# Depends is derived from the bundle (packaging/linux/deb_depends.py, dpkg-shlibdeps).
#
#   bash packaging/linux/build-deb.sh              # PyInstaller, then the .deb
#   bash packaging/linux/build-deb.sh --no-build   # package the existing dist/result-desk
#
# Needs: the venv with the `package` extra (or PYTHON=...), dpkg-dev (dpkg-shlibdeps),
# desktop-file-utils, appstream. Prints the .deb's size and installed size.
set -euo pipefail
cd "$(dirname "$0")/../.."
umask 022

APP_ID=dev.resultdesk.ResultDesk
NAME=result-desk
PY=${PYTHON:-.venv/bin/python}
BUNDLE=dist/$NAME
BUILD=build/deb
HICOLOR_SIZES=(16 24 32 48 64 128 256 512)

build=1
for arg in "$@"; do
  case $arg in
    --no-build) build=0 ;;
    -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

for tool in dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || {
    echo "build-deb: $tool is missing (apt-get install dpkg-dev desktop-file-utils appstream)" >&2
    exit 1
  }
done

VERSION=$("$PY" -c 'import re, pathlib
print(re.search(r"^__version__ = \"([^\"]+)\"", pathlib.Path("app/_version.py").read_text(), re.M)[1])')
ARCH=$(dpkg --print-architecture)
DEB=dist/${NAME}_${VERSION}_${ARCH}.deb

# The metadata must say the same version as the program.
if ! grep -q "<release version=\"$VERSION\"" resources/linux/$APP_ID.metainfo.xml; then
  echo "build-deb: resources/linux/$APP_ID.metainfo.xml has no <release version=\"$VERSION\">" >&2
  exit 1
fi

if ((build)); then
  echo "== PyInstaller ($VERSION)"
  started=$SECONDS
  PYINSTALLER_CONFIG_DIR=${PYINSTALLER_CONFIG_DIR:-$PWD/build/pyinstaller-cache} \
    "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/pyinstaller/$NAME.spec
  echo "PyInstaller took $((SECONDS - started)) s"
fi
[ -x "$BUNDLE/$NAME" ] || { echo "build-deb: no bundle at $BUNDLE (run without --no-build)" >&2; exit 1; }
echo "bundle: $(du -sh --apparent-size "$BUNDLE" | cut -f1) in $(find "$BUNDLE" -type f | wc -l) files"

# The bundle must at least start and know its version (no display needed).
bundle_version=$("$BUNDLE/$NAME" --version)
[ "$bundle_version" = "Result Desk $VERSION" ] || {
  echo "build-deb: the bundle says '$bundle_version', expected 'Result Desk $VERSION'" >&2
  exit 1
}

echo "== staging"
root=$BUILD/root
rm -rf "$root"
install -d "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/doc/$NAME"
cp -a "$BUNDLE" "$root/opt/$NAME"
ln -s "/opt/$NAME/$NAME" "$root/usr/bin/$NAME"
install -Dm644 "resources/linux/$APP_ID.desktop" "$root/usr/share/applications/$APP_ID.desktop"
install -Dm644 "resources/linux/$APP_ID.metainfo.xml" "$root/usr/share/metainfo/$APP_ID.metainfo.xml"
install -Dm644 "resources/icons/$APP_ID.svg" "$root/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in "${HICOLOR_SIZES[@]}"; do
  install -Dm644 "resources/icons/$APP_ID-$size.png" \
    "$root/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -m644 packaging/linux/copyright "$root/usr/share/doc/$NAME/copyright"
# Owned by root (--root-owner-group); readable by all, writable by none but root.
chmod -R u+rwX,go+rX,go-w "$root"

desktop-file-validate "$root/usr/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$APP_ID.metainfo.xml"

echo "== control"
depends=$(python3 packaging/linux/deb_depends.py "$root/opt/$NAME")
python3 packaging/linux/deb_depends.py "$root/opt/$NAME" --check ||
  echo "build-deb: warning: packaging/linux/deb-depends.txt differs from this build's needs" \
    "(run: python3 packaging/linux/deb_depends.py $BUNDLE --write)" >&2
installed_kb=$(du -sk --apparent-size --exclude=DEBIAN "$root" | cut -f1)

cat >"$root/DEBIAN/control" <<EOF
Package: $NAME
Version: $VERSION
Architecture: $ARCH
Maintainer: Result Desk developers <packaging@resultdesk.dev>
Installed-Size: $installed_kb
Depends: $depends
Recommends: gnome-keyring | kwalletmanager | keepassxc
Section: utils
Priority: optional
Homepage: https://resultdesk.dev/
Description: write assessment results into applicant tracking systems
 Result Desk is for the support staff of assessment providers: when a
 candidate's assessment result reached the customer's applicant tracking
 system wrong or not at all, they write it by hand through Kombo's unified
 API, with a form that checks every field as they type, shows the exact JSON
 that will be sent, streams attachments from disk and keeps the API key in
 the desktop's Secret Service keyring (GNOME Keyring, KWallet, KeePassXC).
EOF
install -m755 packaging/linux/postinst "$root/DEBIAN/postinst"
install -m755 packaging/linux/postrm "$root/DEBIAN/postrm"

echo "== dpkg-deb"
mkdir -p dist
rm -f "$DEB"
dpkg-deb --root-owner-group -Zxz --build "$root" "$DEB" >/dev/null
dpkg-deb --info "$DEB" | sed -n '/Package:/,/Homepage:/p'
deb_bytes=$(stat -c %s "$DEB")
echo "built $DEB: $((deb_bytes / 1024 / 1024)) MiB ($deb_bytes bytes), installed size $((installed_kb / 1024)) MiB ($installed_kb KiB)"
