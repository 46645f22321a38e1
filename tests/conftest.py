"""Fixtures shared by every test: a private data folder, no real keyring, the qasync loop and
the sandbox server.

Qt runs offscreen and qasync is told to use PySide6 before anything imports Qt.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"

import pytest
from async_support import run_async  # noqa: F401  (the fixtures' helper, shared)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.sandbox import SandboxServer

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
# A dated copy of Kombo's contract inside the repository (see its README): nothing outside
# the checkout is read by any test.
CONTRACT = Path(__file__).resolve().parent / "contract"


@pytest.fixture(autouse=True)
def desk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test writes under its own RESULT_DESK_HOME and never sees a real key or keyring.

    Tests that need the real Secret Service use the `secret_service` fixture, which undoes the
    fail backend for their duration.
    """
    home = tmp_path / "desk-home"
    home.mkdir()
    monkeypatch.setenv("RESULT_DESK_HOME", str(home))
    monkeypatch.delenv("KOMBO_API_KEY", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return home


@pytest.fixture(scope="session")
def qapp(qapp: QApplication) -> QApplication:
    """pytest-qt's application with the desk's English catalog installed, as the desk does for
    English: the plural forms of the `%n` texts ("1 warning", "2 warnings"). A test that
    installs German or French installs it on top; its messages win."""
    from PySide6.QtCore import QTranslator

    from app.ui.common.language import CATALOG, SOURCE_LANGUAGE, translations_dir

    folder = translations_dir()
    if not (folder / f"{CATALOG}_{SOURCE_LANGUAGE}.qm").exists():  # a fresh checkout
        script = Path(__file__).resolve().parents[1] / "packaging" / "translations.py"
        subprocess.run([sys.executable, str(script), "build"], check=True, capture_output=True)
    english = QTranslator(qapp)
    assert english.load(f"{CATALOG}_{SOURCE_LANGUAGE}", str(folder))
    qapp.installTranslator(english)
    return qapp


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def contract_path() -> Path:
    path = CONTRACT / "kombo-assessment-openapi.json"
    assert path.exists(), f"the contract copy is missing: {path}"
    return path


# --- qasync with pytest-qt: one loop for the session, marked running only inside a test -----
# (RECIPES.md: a loop per test breaks later qtbot waits, because stopping it quits the app.)


@pytest.fixture(scope="session")
def _qloop_session(qapp: object) -> Iterator[asyncio.AbstractEventLoop]:
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.events._set_running_loop(None)
    yield loop
    asyncio.events._set_running_loop(loop)
    loop.stop()
    loop.close()
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


@pytest.fixture
def qloop(
    _qloop_session: asyncio.AbstractEventLoop, qtbot: object
) -> Iterator[asyncio.AbstractEventLoop]:
    asyncio.set_event_loop(_qloop_session)
    asyncio.events._set_running_loop(_qloop_session)
    yield _qloop_session
    pending = [t for t in asyncio.all_tasks(_qloop_session) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        qtbot.waitUntil(lambda: all(t.done() for t in pending), timeout=2000)  # type: ignore[attr-defined]
    asyncio.events._set_running_loop(None)


# --- the sandbox: a real Kombo-compatible HTTP server on loopback ---------------------------


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    from app.sandbox import SandboxServer

    server = SandboxServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
