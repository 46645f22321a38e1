"""Translation sources and compiled catalogs of Result Desk.

    python packaging/translations.py update [--no-obsolete]   # app/ -> resources/translations/*.ts
    python packaging/translations.py build                    # *.ts -> app/translations/*.qm
    python packaging/translations.py add LANG                 # a new resources/translations/*.ts
    python packaging/translations.py extract DIR              # fresh *.ts in DIR (for the tests)

`update` runs pyside6-lupdate over every .py in app/. lupdate reads `self.tr(...)`,
`QCoreApplication.translate("Context", ...)` and the QT_TR_NOOP / QT_TRANSLATE_NOOP markers by
itself. Two conventions of this project it cannot read are handed to it through a generated
Python file of `self.tr` calls (a "shim", in a temporary folder):
- module helpers `def _tr(text, n=-1): return QCoreApplication.translate("Context", text, None, n)`
  (any name, also nested): every call `_tr("literal")` in that module, in "Context"; a call with a
  second argument is a plural (%n) message;
- `N_("literal")` (app/kombo/i18n.py): texts kombo builds without Qt, in the "kombo" context; the
  desk translates them where it shows them; `C_("literal")` (app/cli_text.py): the command
  line's help texts, in the "CommandLine" context.
English is the source language; result-desk_en.ts holds only the plural (%n) messages
(`lupdate -pluralonly`), so that English says "1 warning" and "2 warnings" where the source
reads "%n warning(s)". The desk and the command line load it for English.
Messages carry no source locations (`-locations none`): the files change under many hands, and a
moved line must not change a .ts.

`build` compiles each .ts with pyside6-lrelease into app/translations/ (git-ignored, package
data of the wheel, collected by the PyInstaller spec) and copies Qt's own qtbase_<lang>.qm from
PySide6 beside them.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
SOURCES = ROOT / "resources" / "translations"
COMPILED = APP / "translations"
CATALOG = "result-desk"
SOURCE_LANGUAGE = "en"  # its catalog holds only the plural forms of the source texts
# Marker functions whose argument is kept as is at run time and translated later, by context.
MARKERS = {"N_": "kombo", "C_": "CommandLine"}  # C_: app/cli_text.py, help texts


def languages() -> list[str]:
    """The languages with a .ts in resources/translations (result-desk_<lang>.ts)."""
    return sorted(p.stem.removeprefix(f"{CATALOG}_") for p in SOURCES.glob(f"{CATALOG}_*.ts"))


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease of the running Python's environment, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"translations: {name} not found (pip install PySide6-Essentials)")
    return found


def python_files() -> list[Path]:
    return sorted(p for p in APP.rglob("*.py") if "translations" not in p.parts)


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def helper_contexts(tree: ast.AST) -> dict[str, str]:
    """{helper name: context} for every `def f(text, ...): return X.translate("Ctx", text...)`."""
    helpers: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        param = node.args.args[0].arg
        # Skip a docstring and a lazy `from PySide6.QtCore import QCoreApplication`.
        body = [n for n in node.body if not isinstance(n, ast.Expr | ast.Import | ast.ImportFrom)]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if not (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and len(call.args) >= 2
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == param
        ):
            continue
        context = _literal(call.args[0])
        if context is not None:
            helpers[node.name] = context
    return helpers


def helper_messages(path: Path) -> Iterator[tuple[str, str, bool]]:
    """(context, text, plural) of each helper or marker call with a literal text in `path`."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names = {**MARKERS, **helper_contexts(tree)}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in names
            and node.args
            and (text := _literal(node.args[0])) is not None
        ):
            yield names[node.func.id], text, len(node.args) > 1 or bool(node.keywords)


def write_shim(path: Path, files: Sequence[Path]) -> int:
    """A Python file of `self.tr` calls, one class per context, that lupdate reads."""
    by_context: dict[str, dict[tuple[str, bool], None]] = {}
    for file in files:
        for context, text, plural in helper_messages(file):
            by_context.setdefault(context, {})[(text, plural)] = None
    lines = ["# Generated by packaging/translations.py for pyside6-lupdate; not run.\n"]
    for context, messages in sorted(by_context.items()):
        if not context.isidentifier():
            raise SystemExit(f"translations: context {context!r} is not an identifier")
        lines += [f"class {context}(QObject):\n", "    def messages(self, n):\n"]
        for text, plural in messages:
            lines.append(
                f"        self.tr({text!r}, '', n)\n" if plural else f"        self.tr({text!r})\n"
            )
    path.write_text("".join(lines), encoding="utf-8")
    return sum(len(m) for m in by_context.values())


def lupdate(targets: Sequence[Path], *, no_obsolete: bool = False) -> None:
    """Update (or create) each target .ts from app/: named result-desk_<lang>.ts."""
    files = python_files()
    with tempfile.TemporaryDirectory() as tmp:
        shim = Path(tmp) / "translation_helpers.py"
        write_shim(shim, files)
        for target in targets:
            lang = target.stem.removeprefix(f"{CATALOG}_")
            command = [
                _tool("pyside6-lupdate"),
                "-silent",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                lang,
                *(["-no-obsolete"] if no_obsolete else []),
                *(["-pluralonly"] if lang == SOURCE_LANGUAGE else []),
                *map(str, files),
                str(shim),
                "-ts",
                str(target),
            ]
            subprocess.run(command, check=True)


def lrelease(out: Path) -> list[Path]:
    """Compile every .ts into `out` and copy Qt's qtbase_<lang>.qm beside them."""
    out.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    qt_translations = _qt_translations()
    for lang in languages():
        qm = out / f"{CATALOG}_{lang}.qm"
        ts = SOURCES / f"{CATALOG}_{lang}.ts"
        # Written beside and renamed over the old file: a running desk (or test run) has the old
        # .qm mapped through QTranslator, and a file rewritten in place kills it (SIGBUS).
        new = qm.with_name(qm.name + ".new")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(new)], check=True)
        os.replace(new, qm)
        made.append(qm)
        if lang == SOURCE_LANGUAGE:
            continue  # Qt's own strings are English
        qtbase = qt_translations / f"qtbase_{lang}.qm"
        if qtbase.exists():
            new = out / f"{qtbase.name}.new"
            shutil.copyfile(qtbase, new)
            os.replace(new, out / qtbase.name)
            made.append(out / qtbase.name)
        else:
            print(f"translations: no {qtbase.name} in {qt_translations}", file=sys.stderr)
    return made


def _qt_translations() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="translations.py", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    update = commands.add_parser("update", help="update resources/translations/*.ts from app/")
    update.add_argument("--no-obsolete", action="store_true", help="drop vanished messages")
    build = commands.add_parser("build", help="compile the .ts into .qm files")
    build.add_argument("--out", type=Path, default=COMPILED, help=f"default: {COMPILED}")
    add = commands.add_parser("add", help="start a new language (an ISO 639 code: it, nl, ...)")
    add.add_argument("lang")
    extract = commands.add_parser("extract", help="fresh .ts files of every language into DIR")
    extract.add_argument("dir", type=Path)
    args = parser.parse_args(argv)

    if args.command == "update":
        lupdate(
            [SOURCES / f"{CATALOG}_{lang}.ts" for lang in languages()], no_obsolete=args.no_obsolete
        )
    elif args.command == "add":
        SOURCES.mkdir(parents=True, exist_ok=True)
        lupdate([SOURCES / f"{CATALOG}_{args.lang}.ts"])
    elif args.command == "extract":
        args.dir.mkdir(parents=True, exist_ok=True)
        lupdate([args.dir / f"{CATALOG}_{lang}.ts" for lang in languages()])
    else:
        for path in lrelease(args.out):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
