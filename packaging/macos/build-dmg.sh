#!/usr/bin/env bash
# Builds "dist/Result Desk.app" and dist/Result-Desk-<version>-macos-<arch>.dmg; signs,
# notarizes and staples them when the release machine has the credentials.
#
#   bash packaging/macos/build-dmg.sh               # PyInstaller, then sign/DMG/notarize
#   bash packaging/macos/build-dmg.sh --no-build    # reuse dist/Result Desk.app
#
# Environment (all optional; whatever is missing is skipped with a message):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: Name (TEAMID)" in an unlocked keychain.
#                         PyInstaller (result-desk.spec) then signs every binary and the bundle
#                         with the hardened runtime, a secure timestamp and entitlements.plist.
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   notarize with an app-specific password, or
#   NOTARY_KEYCHAIN_PROFILE                       a profile made by `xcrun notarytool store-credentials`.
#   PYTHON                the Python with the `package` extra (default .venv/bin/python).
set -euo pipefail
cd "$(dirname "$0")/../.."

PY=${PYTHON:-.venv/bin/python}
APP_ID=dev.resultdesk.ResultDesk
APP="dist/Result Desk.app"
IDENTITY=${MACOS_SIGN_IDENTITY:-}

build=1
for arg in "$@"; do
  case $arg in
    --no-build) build=0 ;;
    -h | --help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done
[ "$(uname -s)" = Darwin ] || { echo "build-dmg: runs on macOS only" >&2; exit 1; }

VERSION=$("$PY" -c 'import re, pathlib
print(re.search(r"^__version__ = \"([^\"]+)\"", pathlib.Path("app/_version.py").read_text(), re.M)[1])')
DMG="dist/Result-Desk-${VERSION}-macos-$(uname -m).dmg"

if ((build)); then
  echo "== PyInstaller ($VERSION)${IDENTITY:+, signing as $IDENTITY}"
  rm -rf "$APP"
  # A failed signature must fail the build, not just warn.
  PYINSTALLER_STRICT_BUNDLE_CODESIGN_ERROR=1 \
    PYINSTALLER_CONFIG_DIR=${PYINSTALLER_CONFIG_DIR:-$PWD/build/pyinstaller-cache} \
    "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/pyinstaller/result-desk.spec
fi
[ -d "$APP" ] || { echo "build-dmg: no $APP (run without --no-build)" >&2; exit 1; }

# The bundle knows who it is.
plist="$APP/Contents/Info.plist"
[ "$(/usr/libexec/PlistBuddy -c 'Print :CFBundleIdentifier' "$plist")" = "$APP_ID" ]
[ "$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$plist")" = "$VERSION" ]
"$APP/Contents/MacOS/result-desk" --version

echo "== signature"
codesign --verify --deep --strict --verbose=2 "$APP"
if [ -n "$IDENTITY" ]; then
  details=$(codesign --display --verbose=4 "$APP" 2>&1)
  grep -q "flags=.*runtime" <<<"$details" || { echo "build-dmg: hardened runtime is not on" >&2; exit 1; }
  grep -q "Timestamp=" <<<"$details" || { echo "build-dmg: no secure timestamp" >&2; exit 1; }
  codesign --display --entitlements - --xml "$APP" | grep -q "disable-library-validation" ||
    { echo "build-dmg: entitlements missing from the signature" >&2; exit 1; }
else
  echo "MACOS_SIGN_IDENTITY is not set: the app is only ad-hoc signed. It runs on this Mac," \
    "but Gatekeeper on other Macs calls it damaged. Skipping Developer ID signing," \
    "notarization and stapling."
fi

echo "== DMG"
staging=build/dmg
rm -rf "$staging" "$DMG"
mkdir -p "$staging"
ditto "$APP" "$staging/Result Desk.app" # ditto keeps symlinks, resource forks and signatures
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Result Desk" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$DMG"
if [ -n "$IDENTITY" ]; then
  codesign --force --sign "$IDENTITY" --timestamp "$DMG"
fi

notary_auth=()
if [ -n "${NOTARY_KEYCHAIN_PROFILE:-}" ]; then
  notary_auth=(--keychain-profile "$NOTARY_KEYCHAIN_PROFILE")
elif [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  notary_auth=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
fi
if [ -n "$IDENTITY" ] && ((${#notary_auth[@]})); then
  echo "== notarization"
  result=$(xcrun notarytool submit "$DMG" "${notary_auth[@]}" --wait --output-format json)
  echo "$result"
  id=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])' <<<"$result")
  status=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["status"])' <<<"$result")
  if [ "$status" != "Accepted" ]; then
    xcrun notarytool log "$id" "${notary_auth[@]}" || true
    echo "build-dmg: notarization ended with status $status" >&2
    exit 1
  fi
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
  # What Gatekeeper will say on a user's Mac.
  spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
  mount=$(mktemp -d)
  hdiutil attach -nobrowse -readonly -mountpoint "$mount" "$DMG" >/dev/null
  spctl --assess --type execute --verbose=2 "$mount/Result Desk.app" ||
    { hdiutil detach "$mount" >/dev/null; exit 1; }
  hdiutil detach "$mount" >/dev/null
elif [ -n "$IDENTITY" ]; then
  echo "No notarization credentials (APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD or" \
    "NOTARY_KEYCHAIN_PROFILE): signed but not notarized; skipping notarization and stapling."
fi

echo "built $DMG: $(du -h "$DMG" | cut -f1); app $(du -sh "$APP" | cut -f1)"
