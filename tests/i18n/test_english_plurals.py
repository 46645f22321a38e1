"""English says "1 warning" and "2 warnings", never "warning(s)": the source texts' plurals
("%n warning(s)") come from result-desk_en, which the desk installs for English (and for a
language it has no catalog of) and the command line reads without Qt."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app import cli_text
from app.batch.journal import RowOutcome, RowState
from app.store.history import HistoryRecord, OutcomeKind
from app.ui.batch.rows_view import CheckSummary, state_text
from app.ui.common.language import install_translations, translations_dir
from app.ui.history.details import outcome_text

pytestmark = pytest.mark.skipif(
    not (translations_dir() / "result-desk_en.qm").exists(),
    reason="run `python packaging/translations.py build` first (.ci/setup does)",
)


@pytest.fixture(params=["en", "es"])
def english(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The desk in English, or in Spanish (no catalog of ours: English it is)."""
    default = QLocale()
    installed = install_translations(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(default)


def _record(warnings: int) -> HistoryRecord:
    return HistoryRecord(
        id=7,
        order_id="ORD-1",
        outcome=OutcomeKind.SUCCESS,
        base_url="https://api.kombo.dev/v1",
        request={"status": "COMPLETED"},
        http_status=200,
        sent_at=datetime(2025, 3, 4, 9, 30, tzinfo=UTC),
        warnings=tuple(f"warning {i}" for i in range(warnings)),
    )


@pytest.mark.parametrize(("count", "said"), [(1, "Written, 1 warning"), (2, "Written, 2 warnings")])
def test_history_and_batch_say_written_with_a_plural_of_warnings(
    english: str, count: int, said: str
) -> None:
    assert outcome_text(_record(count)) == said
    outcome = RowOutcome(state=RowState.WRITTEN, warnings=tuple(["x"] * count))
    assert state_text(CheckSummary(errors=0, warnings=0, ready=True), outcome) == said


def test_the_command_line_reads_the_english_plurals(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "en_GB")
    cli_text.load_catalog.cache_clear()
    try:
        text = "Batch %1: %n row(s) to send, %2 already written."
        assert cli_text.translate("BatchCli", text, None, 1).startswith("Batch %1: 1 row to")
        assert cli_text.translate("BatchCli", text, None, 2).startswith("Batch %1: 2 rows to")
    finally:
        cli_text.load_catalog.cache_clear()
