"""The command line's Qt-free catalog reader against Qt's own QTranslator, the operator's
language as the desk chooses it, and a `batch` path that still never imports Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app import cli_text
from app.cli_text import parse_qm

ROOT = Path(__file__).resolve().parents[2]
COMPILED = ROOT / "app" / "translations"


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_every_message_and_plural_form_reads_as_qtranslator_reads_it(lang: str) -> None:
    path = COMPILED / f"result-desk_{lang}.qm"
    if not path.exists():
        pytest.skip("run `python packaging/translations.py build` first (.ci/setup does)")
    catalog = parse_qm(path.read_bytes())
    qt = QTranslator()
    assert qt.load(str(path))
    assert len(catalog.messages) > 100
    compared = 0
    for (context, source, comment), forms in catalog.messages.items():
        for n in [-1] if len(forms) == 1 else range(25):
            ours = catalog.translate(context, source, comment, n) or ""
            assert ours == qt.translate(context, source, comment or None, n), (source, n)
            compared += 1
    assert compared > len(catalog.messages)  # some plurals were compared form by form


def _run(code: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_the_language_is_the_preference_else_the_system_s(tmp_path: Path) -> None:
    env = {**os.environ, "RESULT_DESK_HOME": str(tmp_path), "LANG": "de_DE.UTF-8"}
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(name, None)
    ask = "from app.cli_text import cli_language; print(cli_language())"
    assert _run(ask, env) == "de"
    settings = Path(_run("from app.store.paths import settings_file; print(settings_file())", env))
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[preferences]\nlanguage=fr\noperatorName=Ana\n", encoding="utf-8")
    assert _run(ask, env) == "fr"
    settings.write_text("[preferences]\nlanguage=\n", encoding="utf-8")  # System default
    assert _run(ask, {**env, "LANG": "it_IT.UTF-8"}) == "en"  # no Italian: English


def test_plural_rules_of_german_and_french() -> None:
    german, french = b"\x01\x01", b"\x03\x01"  # lrelease's: n == 1; n <= 1
    assert [cli_text._plural_form(n, german) for n in (0, 1, 2)] == [1, 0, 1]
    assert [cli_text._plural_form(n, french) for n in (0, 1, 2)] == [0, 0, 1]


def test_batch_help_translates_argparse_s_words_and_imports_no_qt(tmp_path: Path) -> None:
    env = {**os.environ, "RESULT_DESK_HOME": str(tmp_path), "LANG": "de_DE.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "app", "batch", "--help"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "PySide6" not in done.stderr
    assert "--check-orders" in done.stdout
    expected = cli_text.load_catalog("de")
    if expected is not None and expected.translate("CommandLine", "usage: "):
        assert done.stdout.startswith(expected.translate("CommandLine", "usage: ") or "")
