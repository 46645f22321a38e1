"""kombo's and the store's messages with values reach the desk as templates it can translate.

A translator that marks every "kombo" text it knows (the N_-marked ones) stands in for a
catalog: a message built with an f-string would come through unmarked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pydantic import ValidationError
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from app.kombo.apikey import key_issue
from app.kombo.i18n import _MARKED, KOMBO_CONTEXT, Message, error_text
from app.kombo.models import ResultBody
from app.kombo.order_ids import order_id_problem
from app.kombo.timefmt import parse_datetime, parse_iso_input
from app.kombo.uri import http_uri
from app.kombo.validation import issues_from_error
from app.store.profile_checks import (
    base_url_issue,
    ca_bundle_issue,
    integration_id_issue,
    name_issue,
)
from app.ui.common.kombo_text import kombo_text


class _Marking(QTranslator):
    """ "<<text>>" for every marked kombo text: what a complete catalog would translate."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context == KOMBO_CONTEXT and source in _MARKED:
            return f"<<{source}>>"
        return ""


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    translator = _Marking()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _raised(call: Callable[[], object]) -> str:
    with pytest.raises(ValueError) as caught:
        call()
    return error_text(caught.value)


def _cases(tmp_path: Path) -> list[str | None]:
    return [
        _raised(lambda: http_uri("")),
        _raised(lambda: http_uri("https://exa\x07mple.com")),
        _raised(lambda: http_uri("ftp://example.com")),
        _raised(lambda: http_uri("https://example.com:99999/")),
        _raised(lambda: http_uri("https://[::1/")),
        _raised(lambda: http_uri("https://exa_mple!.com/%zz")),
        _raised(lambda: http_uri("https://müller..de/")),
        _raised(lambda: parse_datetime("yesterday")),
        _raised(lambda: parse_iso_input("2026-01-01T10:00+25:00")),
        _raised(lambda: parse_iso_input("2026-02-30")),
        order_id_problem(""),
        order_id_problem("A\tB"),
        order_id_problem("A\x01B"),
        order_id_problem(".."),
        key_issue("two words"),
        name_issue("x" * 500),
        name_issue("Acme EU", ["acme  eu"]),
        integration_id_issue("Workday:abc"),
        integration_id_issue("workday"),
        base_url_issue("ftp://example.com"),
        base_url_issue(""),
        ca_bundle_issue(str(tmp_path / "missing.pem")),
    ]


def test_every_message_is_marked_and_its_values_go_in_after_translation(
    marking: None, tmp_path: Path
) -> None:
    for message in _cases(tmp_path):
        assert message is not None
        shown = kombo_text(message)
        assert shown.startswith("<<"), (message, shown)
        assert shown.endswith(">>"), (message, shown)
        assert "{" not in shown, shown  # every value filled in
        if isinstance(message, Message):
            for _name, value in message.args:
                assert kombo_text(value) in shown, (value, shown)


def test_a_sentence_given_as_a_value_is_translated_too(marking: None) -> None:
    message = integration_id_issue("workday")
    assert isinstance(message, Message)
    shown = kombo_text(message)
    assert shown.startswith("<<The tool name and the colon are missing. <<Expected")
    assert "workday:HWUTwvyx2wLoSUHphiWVrp28" in shown
    assert message.startswith("The tool name and the colon are missing. Expected")  # English


def test_a_url_refused_inside_the_model_keeps_its_template(marking: None) -> None:
    with pytest.raises(ValidationError) as caught:
        ResultBody.model_validate({"status": "OPEN", "result_url": "https://example.com:70000/"})
    (issue,) = [i for i in issues_from_error(caught.value) if i.path == ("result_url",)]
    assert issue.message == "The port must be at most 65535 (70000)."
    assert kombo_text(issue.message) == "<<The port must be at most 65535 (70000).>>"
