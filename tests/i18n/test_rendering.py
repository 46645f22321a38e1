"""Every window and dialog in German and French at 1,366×768 (offscreen): no text cut off.

Runs on a 1,366×768 offscreen screen (Qt's offscreen platform is 800×800 by default, and the
History window sizes itself to the screen):

    QT_QPA_PLATFORM=offscreen:configfile=tests/i18n/screen-1366x768.json \
        .venv/bin/python -m pytest tests/i18n/test_rendering.py

test_rendering_screen.py runs it so from an ordinary test run; here it skips on another screen.

The catalogs are compiled from resources/translations first (whatever is translated so far);
each window is built after the language is installed, as at a start in that language, laid
out at most 1,366×768, every page of its tab widgets shown in turn, and checked with
rendering_checks.cut_offs (font metrics against widget widths). Screenshots go to
artifacts/i18n/<lang>/<window>.png; with RESULT_DESK_UPDATE_SCREENSHOTS=1 the German main
window is also copied to resources/screenshots/main-window-de.png for the README.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests" / "ui"), str(ROOT / "tests" / "ui" / "batch")]

from async_support import run_async  # noqa: E402
from batch_window_helpers import good_row, open_batch_window, open_sheet  # noqa: E402
from batch_window_helpers import write_sheet as write_rows  # noqa: E402
from editor_helpers import show_active  # noqa: E402
from window_helpers import make_window, settle_layouts  # noqa: E402

from app.sandbox import SandboxServer  # noqa: E402
from app.store.history import OutcomeKind  # noqa: E402
from app.store.profiles import Profile, ProfileStore  # noqa: E402
from app.store.secrets import SecretStore  # noqa: E402
from app.ui.common.language import install_translations, translations_dir  # noqa: E402
from app.ui.common.preferences import DeskPreferences  # noqa: E402
from app.ui.common.send_record import SendRecord  # noqa: E402
from app.ui.shell.screenshot import sent_sample_desk  # noqa: E402
from tests.i18n.rendering_checks import cut_offs  # noqa: E402

SCREEN = (1366, 768)
LANGUAGES = ("de", "fr")


@pytest.fixture(autouse=True)
def _laptop_screen(qapp: QApplication) -> None:
    size = qapp.primaryScreen().size()
    if (size.width(), size.height()) != SCREEN:
        pytest.skip("needs the 1,366×768 offscreen screen (test_rendering_screen.py runs it)")


@pytest.fixture(scope="session")
def catalogs() -> Path:
    """app/translations/*.qm from the .ts files as they are now (git-ignored build output)."""
    script = ROOT / "packaging" / "translations.py"
    subprocess.run([sys.executable, str(script), "build"], check=True, cwd=ROOT)
    return translations_dir()


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication, catalogs: Path) -> Iterator[str]:
    lang: str = request.param
    default = QLocale()
    installed: list[QTranslator] = install_translations(qapp, lang)
    assert len(installed) == 2, f"{lang}: Qt's and our catalog"
    yield lang
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(default)


def _fit_screen(widget: QWidget) -> None:
    """At most 1,366×768 (the window's frame included), else the size it asks for."""
    hint = widget.sizeHint().expandedTo(widget.minimumSizeHint())
    frame = widget.frameGeometry().size() - widget.geometry().size()
    widget.resize(
        min(max(widget.width(), hint.width()), SCREEN[0] - frame.width()),
        min(max(widget.height(), hint.height()), SCREEN[1] - frame.height()),
    )


def check_window(widget: QWidget, lang: str, name: str, artifacts_dir: Path) -> None:
    """Lay `widget` out within the screen, check it page by page, save its screenshot."""
    _fit_screen(widget)
    settle_layouts(widget)
    problems: list[str] = []
    tab_widgets = [t for t in widget.findChildren(QTabWidget) if t.isVisible()]
    for tabs in tab_widgets:
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle_layouts(widget)
            problems += [f"[{tabs.tabText(index)}] {p}" for p in cut_offs(tabs.currentWidget())]
        tabs.setCurrentIndex(current)
        settle_layouts(widget)
    problems += cut_offs(widget)
    folder = artifacts_dir / "i18n" / lang
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"))
    unique = sorted(set(problems))
    assert not unique, f"{lang} {name}: {len(unique)} texts cut off:\n" + "\n".join(unique)


def test_main_window_with_the_orders_dock(
    qtbot: QtBot,
    qloop: Any,
    sandbox: SandboxServer,
    tmp_path: Path,
    language: str,
    artifacts_dir: Path,
) -> None:
    """The window as `--demo --screenshot` takes it (connections, Find order, the Orders dock,
    history, team), after the sample send: the summary, the send log and the status line too."""
    desk, record = run_async(qloop, qtbot, sent_sample_desk(sandbox, tmp_path), 60000)
    window = desk.window
    try:
        assert record.outcome == "success"
        assert desk.orders.dock.isVisible()
        assert desk.profiles.connections_button.isVisible()
        check_window(window, language, "main-window", artifacts_dir)
    finally:
        window.close()
        run_async(qloop, qtbot, desk.aclose())
    if language == "de" and os.environ.get("RESULT_DESK_UPDATE_SCREENSHOTS") == "1":
        shot = artifacts_dir / "i18n" / "de" / "main-window.png"
        (ROOT / "resources" / "screenshots" / "main-window-de.png").write_bytes(shot.read_bytes())


def test_connections_dialog(qtbot: QtBot, qloop: Any, language: str, artifacts_dir: Path) -> None:
    from app.ui.connections.dialog import SettingsDialog

    secrets = SecretStore(memory_only=True)
    store = ProfileStore(secrets=secrets).load()
    profile = Profile(name="Acme EU", integration_id="workday:HWUTwvyx2wLoSUHphiWVrp28")
    run_async(qloop, qtbot, store.add(profile))
    dialog = SettingsDialog(store, secrets, select="Acme EU")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: not dialog.pending_tasks(), timeout=15000)
    check_window(dialog, language, "connections", artifacts_dir)


async def _never(*_args: object) -> str:
    raise AssertionError("not asked")


def test_preferences_dialog(qtbot: QtBot, language: str, artifacts_dir: Path) -> None:
    from app.ui.preferences.dialog import PreferencesDialog

    dialog = PreferencesDialog(DeskPreferences(), _never, _never)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    check_window(dialog, language, "preferences", artifacts_dir)


def test_history_window(
    qtbot: QtBot, qloop: Any, sandbox: SandboxServer, language: str, artifacts_dir: Path
) -> None:
    from app.ui.history.controller import HistoryController

    window = make_window(qtbot, sandbox, size=SCREEN)
    history = HistoryController(window)
    try:
        assert history.service.wait_opened()
        view = history.show_history()
        qtbot.waitExposed(view)
        check_window(view, language, "history", artifacts_dir)
    finally:
        history.close()


def test_batch_window(
    qtbot: QtBot,
    qloop: Any,
    sandbox: SandboxServer,
    tmp_path: Path,
    language: str,
    artifacts_dir: Path,
) -> None:
    orders = sandbox.order_ids("OPEN")[:3]
    rows = [good_row(o) for o in orders[:2]]
    rows.append([orders[2], "COMPLETED", "yesterday", "https://r.example/x", 120, 100])
    sheet = write_rows(tmp_path / "corrections.csv", rows)
    window = make_window(qtbot, sandbox, size=SCREEN)
    batch = open_batch_window(qtbot, window)
    open_sheet(qtbot, batch, sheet, rows=3)
    check_window(batch, language, "batch", artifacts_dir)


def _message_box(
    qtbot: QtBot, parent: QWidget, name: str, opens: Callable[[], object]
) -> QMessageBox:
    opens()
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, name) is not None)
    box = parent.findChild(QMessageBox, name)
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    return box


def test_about_box(qtbot: QtBot, language: str, artifacts_dir: Path) -> None:
    from app.ui.shell.actions import show_about

    window = make_window(qtbot, size=SCREEN)
    box = _message_box(qtbot, window, "aboutDialog", lambda: show_about(window))
    check_window(box, language, "about", artifacts_dir)
    box.close()


def test_outcome_unknown_question(
    qtbot: QtBot, qloop: Any, sandbox: SandboxServer, language: str, artifacts_dir: Path
) -> None:
    from app.ui.history.controller import HistoryController

    window = make_window(qtbot, sandbox, size=SCREEN)
    history = HistoryController(window)
    try:
        connection = window.current_connection()
        assert connection is not None
        order_id = sandbox.order_ids("OPEN")[0]
        history.guard.note(
            SendRecord(
                order_id=order_id,
                connection=connection,
                request={"status": "COMPLETED"},
                outcome=OutcomeKind.NETWORK_ERROR,
                started_at=datetime.now(UTC),
                duration_s=30.0,
                outcome_unknown=True,
                log_url=f"{sandbox.base_url}/logs/{order_id}",
            )
        )
        box = _message_box(
            qtbot,
            window,
            "outcomeUnknownDialog",
            lambda: history.guard.check_before_send(order_id, connection, lambda: None),
        )
        check_window(box, language, "outcome-unknown", artifacts_dir)
        box.reject()
    finally:
        history.close()
