"""The Linux .deb, end to end: built, installed with dpkg, self-checked, removed.

The installed `/usr/bin/result-desk --self-check` runs offscreen under a real Secret Service
(gnome-keyring on a private D-Bus bus, tests/keyring_service.py) and must find keyring's
SecretService backend, which proves the frozen bundle carries keyring's entry points and the
secretstorage/jeepney/cryptography stack. Then `dpkg -r` must leave nothing behind.

Slow (PyInstaller and xz take minutes), so marked `packaging`; it reuses
`dist/result-desk_<version>_<arch>.deb` when that is newer than every source file (an earlier
`.ci/run` step builds it with packaging/linux/build-deb.sh), and builds it otherwise.
Needs root and dpkg; skips with the reason otherwise.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring_service import gnome_keyring_missing, keyring_service

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "dev.resultdesk.ResultDesk"
PACKAGE = "result-desk"
BINARY = Path("/usr/bin/result-desk")
BUNDLE = Path("/opt/result-desk")
BUILD_TIMEOUT_S = 1800
SOURCES = ("app", "resources", "packaging", "pyproject.toml")


def _version() -> str:
    text = (ROOT / "app" / "_version.py").read_text()
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    assert match, "app/_version.py has no __version__"
    return match[1]


def _skip_reason() -> str | None:
    if shutil.which("dpkg") is None or shutil.which("dpkg-deb") is None:
        return "dpkg is missing: the .deb test runs on Debian or Ubuntu only"
    if os.geteuid() != 0:
        return "installing a .deb needs root (dpkg -i): run the packaging step as root"
    return None


def _newest_source_mtime() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        paths = [path] if path.is_file() else path.rglob("*")
        for p in paths:
            if p.is_file() and "__pycache__" not in p.parts:
                newest = max(newest, p.stat().st_mtime)
    return newest


def _run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload,no-any-return]


def _is_installed() -> bool:
    status = _run(["dpkg-query", "-W", "-f=${Status}", PACKAGE])
    return status.returncode == 0 and "install ok installed" in status.stdout


def _is_known_to_dpkg() -> bool:
    """Installed, or removed with its maintainer scripts still registered ("rc")."""
    status = _run(["dpkg-query", "-W", "-f=${Status}", PACKAGE])
    return status.returncode == 0 and "not-installed" not in status.stdout


@pytest.fixture(scope="module")
def deb() -> Path:
    if (reason := _skip_reason()) is not None:
        pytest.skip(reason)
    arch = _run(["dpkg", "--print-architecture"]).stdout.strip()
    path = ROOT / "dist" / f"{PACKAGE}_{_version()}_{arch}.deb"
    if path.exists() and path.stat().st_mtime >= _newest_source_mtime():
        print(f"reusing {path} (newer than every source file)")
        return path
    build = _run(
        ["bash", str(ROOT / "packaging" / "linux" / "build-deb.sh")],
        cwd=ROOT,
        timeout=BUILD_TIMEOUT_S,
    )
    print(build.stdout[-3000:])
    assert build.returncode == 0, f"build-deb.sh failed:\n{build.stderr[-4000:]}"
    assert path.exists(), f"build-deb.sh did not write {path}"
    return path


@pytest.fixture(scope="module")
def installed(deb: Path) -> Iterator[dict[str, object]]:
    """dpkg -i the .deb; removed again at the end whatever happens."""
    listing = _run(["dpkg-deb", "--contents", str(deb)])
    assert listing.returncode == 0, listing.stderr
    paths = _paths_in_listing(listing.stdout)
    existed_before = {p for p in paths if os.path.lexists(p)}
    install = _run(["dpkg", "-i", str(deb)], timeout=600)
    assert install.returncode == 0, f"dpkg -i failed:\n{install.stdout}\n{install.stderr}"
    try:
        yield {"paths": paths, "existed_before": existed_before, "deb": deb}
    finally:
        if _is_known_to_dpkg():
            _run(["dpkg", "--purge", PACKAGE], timeout=600)


def _paths_in_listing(listing: str) -> list[str]:
    """Paths from `dpkg-deb --contents` (tar -tv style; symlinks as 'a -> b')."""
    paths = []
    for line in listing.splitlines():
        name = line.split(None, 5)[5].split(" -> ")[0]
        name = "/" + name.removeprefix("./").rstrip("/")
        if name != "/":
            paths.append(name)
    return paths


def test_control_fields_name_the_libraries_qt_needs(deb: Path) -> None:
    fields = _run(["dpkg-deb", "--field", str(deb)]).stdout
    assert f"Package: {PACKAGE}" in fields
    assert f"Version: {_version()}" in fields
    depends = re.search(r"^Depends: (.*)$", fields, re.M)
    assert depends, fields
    names = {d.strip().split()[0] for d in depends[1].split(",")}
    # Qt >= 6.5's xcb plugin cannot load without libxcb-cursor0 (the classic forgotten one).
    for needed in ("libc6", "libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libfontconfig1"):
        assert needed in names, f"{needed} missing from Depends: {depends[1]}"
    assert re.search(r"libc6 \(>= 2\.3\d\)", depends[1]), depends[1]
    assert re.search(r"^Recommends: .*gnome-keyring", fields, re.M), fields
    assert re.search(r"^Installed-Size: \d+$", fields, re.M), fields
    listing = _run(["dpkg-deb", "--contents", str(deb)]).stdout
    owners = {line.split()[1] for line in listing.splitlines()}
    assert owners == {"root/root"}, f"files not owned by root: {owners}"


def test_installed_self_check_finds_the_real_secret_service(
    installed: dict[str, object], tmp_path: Path
) -> None:
    if (missing := gnome_keyring_missing()) is not None:
        pytest.skip(f"the real Secret Service needs gnome-keyring: {missing}")
    with keyring_service(tmp_path) as service:
        env = service.client_env()
        env.update(QT_QPA_PLATFORM="offscreen", RESULT_DESK_HOME=str(tmp_path / "desk-home"))
        for leak in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
            env.pop(leak, None)
        # From an unrelated folder: the bundle must not lean on the source tree.
        result = _run([str(BINARY), "--self-check"], env=env, cwd=tmp_path, timeout=180)
    print(result.stdout)
    assert result.returncode == 0, f"self-check failed:\n{result.stdout}\n{result.stderr}"
    assert "Self-check passed" in result.stdout
    assert f"({BUNDLE}/" in result.stdout, "the self-check did not run the installed bundle"
    backend = re.search(r"^Keyring backend: (.+)$", result.stdout, re.M)
    assert backend, result.stdout
    assert backend[1] == "keyring.backends.SecretService.Keyring", backend[1]


def test_installed_files_are_where_desktops_look(installed: dict[str, object]) -> None:
    assert BINARY.is_symlink()
    assert BINARY.resolve() == BUNDLE / "result-desk"
    version = _run([str(BINARY), "--version"], timeout=60)
    assert version.stdout.strip() == f"Result Desk {_version()}", version
    desktop = Path(f"/usr/share/applications/{APP_ID}.desktop")
    assert _run(["desktop-file-validate", str(desktop)]).returncode == 0
    assert f"Icon={APP_ID}" in desktop.read_text()
    assert Path(f"/usr/share/metainfo/{APP_ID}.metainfo.xml").is_file()
    hicolor = Path("/usr/share/icons/hicolor")
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.is_file(), png
    # Nothing writable by others in the installed tree.
    loose = _run(["find", str(BUNDLE), "-perm", "-o+w", "-not", "-type", "l"]).stdout.split()
    assert loose == []


def test_remove_leaves_nothing_behind(installed: dict[str, object]) -> None:
    paths: list[str] = installed["paths"]  # type: ignore[assignment]
    existed_before: set[str] = installed["existed_before"]  # type: ignore[assignment]
    remove = _run(["dpkg", "-r", PACKAGE], timeout=600)
    assert remove.returncode == 0, f"dpkg -r failed:\n{remove.stdout}\n{remove.stderr}"
    assert not _is_installed()
    assert not BUNDLE.exists()
    assert not os.path.lexists(BINARY)
    left = [p for p in paths if os.path.lexists(p) and p not in existed_before]
    assert left == [], f"left behind after dpkg -r: {left[:20]}"
    # A package with a postrm stays known to dpkg ("rc") until purged: purge it too.
    purge = _run(["dpkg", "--purge", PACKAGE], timeout=600)
    assert purge.returncode == 0, purge.stderr
    assert not _is_known_to_dpkg()
    assert not list(Path("/var/lib/dpkg/info").glob(f"{PACKAGE}.*"))
