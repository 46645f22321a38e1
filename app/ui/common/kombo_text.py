"""Kombo's messages in the desk's language: kombo builds them without Qt (app/kombo/i18n.py).

A `Message` is translated by its template, then its values go in; any other text is looked up as
it is in the "kombo" context (texts marked `N_`), and shown unchanged when it has no translation:
Kombo's own messages and warnings from the server stay as Kombo sent them.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.kombo.i18n import KOMBO_CONTEXT, Message

if TYPE_CHECKING:
    from app.kombo.issues import FieldIssue, ValidationOutcome

__all__ = ["fill", "kombo_text", "translated_issues", "translated_outcome"]


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"  # a translation's unknown placeholder is shown, never raises


def fill(template: str, values: Mapping[str, str]) -> str:
    """`template` with its {name} placeholders filled from `values`."""
    try:
        return string.Formatter().vformat(template, (), _Values(values))
    except (ValueError, IndexError):  # a broken translation: fall back to the template
        return template


def kombo_text(text: str) -> str:
    """`text` from app.kombo, translated when the desk has a translation for it."""
    if isinstance(text, Message):
        values = {
            name: kombo_text(value) if isinstance(value, Message) else value
            for name, value in text.args
        }
        return fill(QCoreApplication.translate(KOMBO_CONTEXT, text.template), values)
    return QCoreApplication.translate(KOMBO_CONTEXT, text) if text else text


def translated_issues(issues: Iterable[FieldIssue]) -> list[FieldIssue]:
    return [replace(issue, message=kombo_text(issue.message)) for issue in issues]


def translated_outcome(outcome: ValidationOutcome) -> ValidationOutcome:
    """`outcome` with every issue's message in the desk's language."""
    return replace(
        outcome,
        errors=translated_issues(outcome.errors),
        warnings=translated_issues(outcome.warnings),
    )
