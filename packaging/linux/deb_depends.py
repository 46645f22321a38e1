"""Derive the .deb's Depends line from the PyInstaller bundle, the way Debian itself does.

Every ELF file in the bundle (the executable, Python extension modules, Qt libraries and
plugins) is handed to `dpkg-shlibdeps`, which reads their NEEDED entries and symbol versions
(`objdump -p`), finds the system library each one resolves to, maps it to its package
(`dpkg -S`) and takes the minimum version from that package's symbols/shlibs file. Libraries
found inside the bundle are private (`-l` dirs) and give no dependency.

    python3 packaging/linux/deb_depends.py dist/result-desk            # print the Depends line
    python3 packaging/linux/deb_depends.py dist/result-desk --write    # update deb-depends.txt
    python3 packaging/linux/deb_depends.py dist/result-desk --check    # exit 1 if it differs

`deb-depends.txt` beside this script is the committed result for a build on Debian 12: the
record of what the .deb needs, reviewed in diffs when PySide6 or PyInstaller change. The
.deb always gets the line derived from the bundle it packages (build-deb.sh).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
RECORD = HERE / "deb-depends.txt"

# What no NEEDED entry shows, with the reason. Fonts come through libfontconfig1 ->
# fontconfig-config -> fonts-dejavu-core | ..., xkb-data through libxkbcommon0, and libdbus-1-3
# is NEEDED by libQt6DBus; a library the app loads with dlopen() would be listed here.
EXTRA: dict[str, str] = {}


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def private_lib_dirs(bundle: Path, files: list[Path]) -> list[Path]:
    return sorted({p.parent for p in files} | {p.parent for p in bundle.rglob("*.so*")})


def derive(bundle: Path) -> list[str]:
    bundle = bundle.resolve()  # dpkg-shlibdeps runs in a temporary folder
    files = elf_files(bundle)
    if not files:
        raise SystemExit(f"{bundle}: no ELF files (not a PyInstaller bundle?)")
    with tempfile.TemporaryDirectory() as work:
        # dpkg-shlibdeps wants to run in a source tree.
        (Path(work) / "debian").mkdir()
        (Path(work) / "debian" / "control").write_text(
            "Source: result-desk\n\nPackage: result-desk\nArchitecture: any\n"
        )
        command = [
            "dpkg-shlibdeps",
            "-O",
            "--ignore-missing-info",  # the bundle's own libraries come from no package
            "--warnings=0",
            *(f"-l{d}" for d in private_lib_dirs(bundle, files)),
            *map(str, files),
        ]
        result = subprocess.run(command, cwd=work, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"dpkg-shlibdeps failed:\n{result.stderr[-3000:]}")
    match = re.search(r"^shlibs:Depends=(.*)$", result.stdout, re.M)
    if not match:
        raise SystemExit(f"dpkg-shlibdeps printed no Depends:\n{result.stdout[-2000:]}")
    depends = [d.strip() for d in match[1].split(",") if d.strip()]
    names = {d.split()[0] for d in depends}
    depends += [pkg for pkg in EXTRA if pkg not in names]
    return sorted(depends, key=lambda d: d.split()[0])


def record_text(depends: list[str]) -> str:
    head = (
        "# The .deb's Depends, derived from the bundle by packaging/linux/deb_depends.py\n"
        "# (dpkg-shlibdeps over every ELF file; do not edit by hand: run it with --write).\n"
    )
    return head + "".join(f"{d}\n" for d in depends)


def read_record() -> list[str]:
    if not RECORD.exists():
        return []
    lines = RECORD.read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-dir bundle (dist/result-desk)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--write", action="store_true", help=f"write {RECORD.name}")
    mode.add_argument("--check", action="store_true", help=f"fail if {RECORD.name} differs")
    args = parser.parse_args()

    depends = derive(args.bundle)
    if args.write:
        RECORD.write_text(record_text(depends))
        print(f"wrote {len(depends)} dependencies to {RECORD}")
    elif args.check:
        recorded = read_record()
        if recorded != depends:
            gone = sorted(set(recorded) - set(depends))
            new = sorted(set(depends) - set(recorded))
            print(f"{RECORD.name} is out of date: gone {gone}, new {new}", file=sys.stderr)
            return 1
        print(f"{RECORD.name} matches the bundle ({len(depends)} dependencies)")
    else:
        print(", ".join(depends))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
