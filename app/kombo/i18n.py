"""Markers for texts that are translated later, where they are shown: kombo has no Qt.

`N_("...")` returns its text unchanged; packaging/translations.py hands every such literal to
pyside6-lupdate in the "kombo" context. A message with values is a `Message`: a str (the English
text, as before, for logs, the sandbox and the command line) that also keeps its template
("Choose one of {expected}.") and the values; the desk translates the template with
`QCoreApplication.translate("kombo", template)` and fills the values in after
(app/ui/common/kombo_text.py). Pydantic formats a custom error's template itself: `from_pydantic`
finds the marked template back.

`QT_TRANSLATE_NOOP(context, text)` is Qt's marker for Qt-free modules elsewhere (lupdate reads
it by that name): a table of labels that a Qt module translates in `context` when it shows them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = [
    "KOMBO_CONTEXT",
    "N_",
    "QT_TRANSLATE_NOOP",
    "Message",
    "error_text",
    "from_pydantic",
    "pydantic_parts",
]

KOMBO_CONTEXT = "kombo"


def N_(text: str) -> str:
    """`text`, marked for translation in the "kombo" context (remembered for `from_pydantic`)."""
    _MARKED[text] = None
    return text


_MARKED: dict[str, None] = {}


class Message(str):
    """An English message that remembers its template and values, to be translated later."""

    template: str
    args: tuple[tuple[str, str], ...]  # a value that is a Message is translated too

    def __new__(cls, template: str, /, **args: object) -> Message:
        values = {
            name: value if isinstance(value, Message) else str(value)
            for name, value in args.items()
        }
        text = super().__new__(cls, template.format(**values) if values else template)
        text.template = template
        text.args = tuple(values.items())
        return text


def error_text(error: BaseException) -> str:
    """An exception's message, still a `Message` when it was raised with one (str() loses it)."""
    if len(error.args) == 1 and isinstance(error.args[0], Message):
        return error.args[0]
    return str(error)


def pydantic_parts(message: str) -> tuple[str, dict[str, str] | None]:
    """(template, context) for a `PydanticCustomError` that carries `message` (maybe a `Message`)
    so that `from_pydantic` finds its template back on the other side."""
    if isinstance(message, Message) and message.args:
        return message.template, dict(message.args)
    return str(message), None


def from_pydantic(message: str, context: Mapping[str, Any] | None) -> str:
    """`message` as a `Message` when it is a marked template pydantic filled with `context`."""
    values = {name: str(value) for name, value in (context or {}).items()}
    if not values:
        return Message(message) if message in _MARKED else message
    for template in _MARKED:
        if "{" in template:
            try:
                if template.format(**values) == message:
                    return Message(template, **values)
            except (KeyError, IndexError, ValueError):
                continue
    return message


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text`, marked for translation in `context`."""
    return text
