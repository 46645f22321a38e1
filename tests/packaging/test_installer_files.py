"""The installers' inputs, checked without building anything (fast; not marked `packaging`).

One app ID everywhere, an icon set that matches its SVG, desktop metadata that the
freedesktop validators accept, and Windows/macOS recipes whose fixed parts are right.
"""

from __future__ import annotations

import plistlib
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app._version import __version__

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "dev.resultdesk.ResultDesk"
ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "resources" / "linux"
PACKAGING = ROOT / "packaging"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SVG_NS = "{http://www.w3.org/2000/svg}"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_app_id_is_the_one_the_program_sets() -> None:
    from app import main

    assert main.APP_ID == APP_ID
    spec = (PACKAGING / "pyinstaller" / "result-desk.spec").read_text()
    assert f'APP_ID = "{APP_ID}"' in spec


def test_icon_svg_is_self_contained_svg_and_the_app_copy_is_identical() -> None:
    svg = ICONS / f"{APP_ID}.svg"
    assert (ICONS / "result-desk.svg").read_bytes() == svg.read_bytes()
    root = ET.fromstring(svg.read_bytes())
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("version") == "1.1"
    assert root.get("viewBox") == "0 0 256 256"
    text = svg.read_text()
    assert "<image" not in text
    assert not re.search(r"href=\"(?!#)", text), "external reference in the icon"


def test_png_sizes_exist_with_their_size() -> None:
    for size in PNG_SIZES:
        data = (ICONS / f"{APP_ID}-{size}.png").read_bytes()
        assert _png_size(data) == (size, size)


def test_ico_holds_bitmaps_and_a_256_png() -> None:
    data = (ICONS / "result-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, _h, _c, _r, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        size = width or 256
        image = data[offset : offset + length]
        assert len(image) == length
        assert (planes, bits) == (1, 32)
        if size == 256:
            assert _png_size(image) == (256, 256)
        else:
            header_size, w, h = struct.unpack("<Iii", image[:12])
            assert (header_size, w, h) == (40, size, 2 * size)
        sizes.append(size)
    assert {16, 24, 32, 48, 256} <= set(sizes)


def test_icns_chunks_are_pngs_of_the_declared_size() -> None:
    data = (ICONS / "result-desk.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    sizes = {b"icp4": 16, b"icp5": 32, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}
    found = {}
    at = 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        found[kind] = _png_size(data[at + 8 : at + length])
        at += length
    for kind, size in sizes.items():
        assert found[kind] == (size, size), kind


def test_desktop_file() -> None:
    desktop = LINUX / f"{APP_ID}.desktop"
    text = desktop.read_text()
    for line in ("Exec=result-desk", f"Icon={APP_ID}", "Terminal=false", "Type=Application"):
        assert f"\n{line}\n" in text, line
    # Qt names the X11 window class after the binary (WM_CLASS "result-desk", "Result Desk").
    assert "\nStartupWMClass=result-desk\n" in text
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (desktop-file-utils)")
    result = subprocess.run(
        ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_this_release_and_validates() -> None:
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    root = ET.fromstring(metainfo.read_bytes())
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__, "add a <release> for the new version"
    assert root.find("content_rating") is not None
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed (appstream)")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_recorded_deb_depends_has_what_qt_needs() -> None:
    lines = (PACKAGING / "linux" / "deb-depends.txt").read_text().splitlines()
    names = {line.split()[0] for line in lines if line and not line.startswith("#")}
    assert {"libc6", "libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libgl1"} <= names
    # Provided by the system, not bundled: GTK must not come back through a theme plugin.
    assert not any(name.startswith("libgtk") for name in names)


_READ_VERSION_INFO = """
import sys, types
sys.modules["pefile"] = types.ModuleType("pefile")  # Windows-only imports the text format
import PyInstaller.compat as compat                  # does not need
compat.win32api = None
from PyInstaller.utils.win32 import versioninfo
info = versioninfo.load_version_info_from_text_file(sys.argv[1])
print(info.ffi.fileVersionMS, info.ffi.fileVersionLS)
print(info)
"""


def test_windows_version_info_template_is_what_pyinstaller_reads(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    text = (PACKAGING / "windows" / "version_info.txt").read_text(encoding="utf-8")
    rendered = tmp_path / "version_info.txt"
    rendered.write_text(
        text.replace("@VERSION_TUPLE@", "1, 2, 3, 0").replace("@VERSION@", "1.2.3"),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-c", _READ_VERSION_INFO, str(rendered)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"{(1 << 16) | 2} {3 << 16}"
    assert "StringStruct('ProductVersion', '1.2.3')" in result.stdout


def test_inno_setup_script_fixed_parts() -> None:
    iss = (PACKAGING / "windows" / "result-desk.iss").read_text()
    app_id = re.search(r"^AppId=\{\{([0-9A-F-]+)\}$", iss, re.M)
    assert app_id, "AppId must be a fixed GUID ({{ escapes the brace)"
    assert re.fullmatch(r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", app_id[1])
    for line in (
        "PrivilegesRequired=lowest",
        "DefaultDirName={autopf}\\{#AppName}",
        "UsePreviousAppDir=yes",
        'Type: filesandordirs; Name: "{app}\\_internal"',
        "AppVersion={#AppVersion}",
    ):
        assert f"\n{line}\n" in iss, line
    assert "#error" in iss.split("[Setup]")[0], "building without /DAppVersion= must fail"
    assert "{autoprograms}" in iss


def test_macos_plists() -> None:
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["NSHighResolutionCapable"] is True
    assert info["CFBundleDisplayName"] == "Result Desk"
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert entitlements == {
        "com.apple.security.cs.allow-jit": True,
        "com.apple.security.cs.allow-unsigned-executable-memory": True,
        "com.apple.security.cs.disable-library-validation": True,
    }
    spec = (PACKAGING / "pyinstaller" / "result-desk.spec").read_text()
    for needed in ("bundle_identifier=APP_ID", "LSMinimumSystemVersion", "entitlements_file"):
        assert needed in spec


@pytest.mark.parametrize(
    "script",
    [
        "packaging/linux/build-deb.sh",
        "packaging/linux/test-in-debootstrap.sh",
        "packaging/linux/postinst",
        "packaging/linux/postrm",
        "packaging/macos/build-dmg.sh",
    ],
)
def test_shell_scripts_parse_and_pass_shellcheck(script: str) -> None:
    path = ROOT / script
    parsed = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True, check=False)
    assert parsed.returncode == 0, parsed.stderr
    if shutil.which("shellcheck") is None:
        pytest.skip("shellcheck is not installed (apt-get install shellcheck)")
    checked = subprocess.run(["shellcheck", str(path)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout


def _spec_plugin_keep() -> dict[str, object]:
    """QT_PLUGIN_KEEP as the spec writes it (a literal; the spec itself runs PyInstaller)."""
    import ast

    tree = ast.parse((PACKAGING / "pyinstaller" / "result-desk.spec").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "QT_PLUGIN_KEEP" for t in node.targets
        ):
            return dict(ast.literal_eval(node.value))
    raise AssertionError("QT_PLUGIN_KEEP not found in the spec")


def test_the_bundle_keeps_the_portal_platform_theme_only() -> None:
    """The desktop's file picker through the XDG portal (issue 12): PySide6-Essentials ships
    platformthemes/libqxdgdesktopportal.so (and libqgtk3.so, which drags in GTK: kept out)."""
    import PySide6

    folder = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platformthemes"
    shipped = {p.name for p in folder.glob("*.so")} if sys.platform.startswith("linux") else set()
    if sys.platform.startswith("linux"):
        assert "libqxdgdesktopportal.so" in shipped, shipped
    assert _spec_plugin_keep()["platformthemes"] == {"qxdgdesktopportal"}


def test_the_bundle_asks_qt_for_the_portal_theme_where_a_session_bus_runs() -> None:
    from app.main import PORTAL_THEME, bundle_platform_theme

    desktop = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    assert bundle_platform_theme(desktop, frozen=True, linux=True) == PORTAL_THEME
    # Not from a source checkout (the wheel's GTK theme is there), not on Windows or macOS,
    # never over the person's own choice, not headless, not without a session bus.
    assert bundle_platform_theme(desktop, frozen=False, linux=True) is None
    assert bundle_platform_theme(desktop, frozen=True, linux=False) is None
    chosen = {**desktop, "QT_QPA_PLATFORMTHEME": "gtk3"}
    assert bundle_platform_theme(chosen, frozen=True, linux=True) is None
    headless = {**desktop, "QT_QPA_PLATFORM": "offscreen"}
    assert bundle_platform_theme(headless, frozen=True, linux=True) is None
    assert bundle_platform_theme({}, frozen=True, linux=True) is None
