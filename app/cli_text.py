"""The command line in the operator's language, without Qt: the desk's .qm catalogs read here.

`result-desk batch` never imports Qt (PySide6.QtCore alone costs ~60 ms of imports and ~27 MB
of RSS, the whole of `batch --help` otherwise; README "Languages"). A .qm file is a short list
of tagged sections; this reads the messages (context, source text, comment -> translations)
and the plural rules lrelease compiled for the language, which is all QTranslator does for a
lookup. The language is Preferences → Language (settings.ini, read as text), else the
system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG; the user locale elsewhere).

Messages go through a helper `def _tr(text, n=-1): return cli_text.translate("Ctx", text, None,
n)`; help texts are marked `C_("…")` and translated only when the help is shown (`ArgumentParser`),
so a start that shows no help never reads a catalog. packaging/translations.py hands both to
lupdate like the desk's own.
"""

from __future__ import annotations

import argparse
import os
import string
import struct
import sys
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any, NoReturn

__all__ = [
    "C_",
    "ArgumentParser",
    "Catalog",
    "cli_language",
    "kombo_text",
    "load_catalog",
    "translate",
]

CATALOG = "result-desk"
CONTEXT = "CommandLine"  # the help texts and argparse's own words
LANGUAGES = ("en", "de", "fr")  # app/ui/common/language.py LANGUAGES, without Qt
_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_TAG_MESSAGES, _TAG_NUMERUS = 0x69, 0x88
# Message record tags (Qt's qtranslator.cpp).
_END, _SOURCE_TEXT16, _TRANSLATION, _HASH, _SOURCE, _CONTEXT, _COMMENT = 1, 2, 3, 4, 6, 7, 8

Key = tuple[str, str, str]  # context, source text, comment (disambiguation)


class Catalog:
    """One compiled catalog: its translations and its plural rules."""

    def __init__(self, messages: Mapping[Key, list[str]], numerus_rules: bytes) -> None:
        self.messages = messages
        self.numerus_rules = numerus_rules

    def translate(self, context: str, text: str, comment: str = "", n: int = -1) -> str | None:
        forms = self.messages.get((context, text, comment))
        if not forms:
            return None
        form = (
            forms[min(_plural_form(n, self.numerus_rules), len(forms) - 1)] if n >= 0 else forms[0]
        )
        return form or None


def parse_qm(data: bytes) -> Catalog:
    """The messages and plural rules of a .qm file (ValueError when it is not one)."""
    if data[:16] != _MAGIC:
        raise ValueError("not a Qt translation file")
    sections: dict[int, bytes] = {}
    pos = 16
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        sections[tag] = data[pos + 5 : pos + 5 + length]
        pos += 5 + length
    return Catalog(_messages(sections.get(_TAG_MESSAGES, b"")), sections.get(_TAG_NUMERUS, b""))


def _messages(block: bytes) -> dict[Key, list[str]]:
    found: dict[Key, list[str]] = {}
    translations: list[str] = []
    context = source = comment = ""
    pos = 0
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _END:
            found[(context, source, comment)] = translations
            translations, context, source, comment = [], "", "", ""
            continue
        if tag == _HASH:
            pos += 4
            continue
        if tag not in (_TRANSLATION, _SOURCE_TEXT16, _SOURCE, _CONTEXT, _COMMENT):
            continue  # an obsolete marker without a payload
        length = struct.unpack_from(">I", block, pos)[0]
        pos += 4
        if length == 0xFFFFFFFF:  # a null translation
            translations.append("")
            continue
        payload = block[pos : pos + length]
        pos += length
        if tag == _TRANSLATION:
            translations.append(payload.decode("utf-16-be"))
        elif tag == _SOURCE_TEXT16:
            source = payload.decode("utf-16-be")
        elif tag == _SOURCE:
            source = payload.decode("utf-8")
        elif tag == _CONTEXT:
            context = payload.decode("utf-8")
        else:
            comment = payload.decode("utf-8")
    return found


def _plural_form(n: int, rules: bytes) -> int:
    """Which plural form `n` takes under lrelease's compiled rules (Qt's numerusHelper)."""
    result, i = 0, 0
    if not rules:
        return 0
    while True:
        any_true = False
        while True:
            all_true = True
            while True:
                opcode, right = rules[i], rules[i + 1]
                i += 2
                left = n
                if opcode & 0x10:
                    left %= 10
                elif opcode & 0x20:
                    left %= 100
                elif opcode & 0x40:
                    while left >= 1000:
                        left //= 1000
                op = opcode & 0x07
                if op == 1:
                    truth = left == right
                elif op == 2:
                    truth = left < right
                elif op == 3:
                    truth = left <= right
                elif op == 4:
                    truth = right <= left <= rules[i]
                    i += 1
                else:
                    return 0
                if opcode & 0x08:
                    truth = not truth
                all_true = all_true and truth
                if i >= len(rules) or rules[i] != 0xFD:  # AND
                    break
                i += 1
            any_true = any_true or all_true
            if i >= len(rules) or rules[i] != 0xFE:  # OR
                break
            i += 1
        if any_true:
            return result
        result += 1
        if i >= len(rules):
            return result
        i += 1  # NEWRULE


def translations_dir() -> Path:
    """app/translations (beside the modules, also in a wheel or a bundle)."""
    return Path(__file__).resolve().parent / "translations"


def _system_language(environ: Mapping[str, str]) -> str:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").split(":")[0]
        if value:
            return value
    import locale  # only when no variable names the language (~1 ms before the first paint)

    try:
        return locale.getlocale()[0] or ""
    except ValueError:
        return ""


def _chosen_language() -> str:
    """Preferences → Language from settings.ini ("" the system's); never blocks on a FIFO."""
    from app.store.desk_settings import read_desk_settings

    return read_desk_settings().text("preferences", "language")


def cli_language(environ: Mapping[str, str] | None = None) -> str:
    """The operator's language code ("de"), as the desk would choose it."""
    chosen = _chosen_language()
    name = chosen or _system_language(os.environ if environ is None else environ)
    code = name.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else "en"


@cache
def load_catalog(language: str | None = None) -> Catalog | None:
    """The catalog of `language` (default: the operator's), None when missing. English's holds
    only the plural forms of the `%n` messages ("1 row", "2 rows"; packaging/translations.py)."""
    language = language or cli_language()
    try:
        return parse_qm((translations_dir() / f"{CATALOG}_{language}.qm").read_bytes())
    except (OSError, ValueError):
        return None


def translate(context: str, text: str, comment: str | None = None, n: int = -1) -> str:
    """`text` in the operator's language (as QCoreApplication.translate: %n filled for n ≥ 0)."""
    catalog = load_catalog()
    found = catalog.translate(context, text, comment or "", n) if catalog else None
    result = found or text
    return result.replace("%n", str(n)) if n >= 0 else result


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def kombo_text(text: str) -> str:
    """A kombo message (app.kombo.i18n.Message or an N_ text) in the operator's language."""
    from app.kombo.i18n import KOMBO_CONTEXT, Message

    if not isinstance(text, Message):
        return translate(KOMBO_CONTEXT, text) if text else text
    values = {
        name: kombo_text(value) if isinstance(value, Message) else value
        for name, value in text.args
    }
    try:
        return string.Formatter().vformat(
            translate(KOMBO_CONTEXT, text.template), (), _Values(values)
        )
    except (ValueError, IndexError):
        return str(text)


def C_(text: str) -> str:
    """`text`, marked for translation in the "CommandLine" context when the help is shown."""
    return text


# argparse's own words that the help shows (its error sentences stay as Python words them).
_ARGPARSE_WORDS = (C_("usage: "), C_("options"), C_("positional arguments"))


def _tr(text: str) -> str:
    return translate("CommandLine", text)


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, _tr("usage: ") if prefix is None else prefix)


class ArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help (texts marked `C_`, the section titles, "usage:") and
    "error:" line are in the operator's language, looked up only when they are printed."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(add_help=False, **kwargs)
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=C_("show this help message and exit"),
        )
        self._translated = False

    def _translate_texts(self) -> None:
        if self._translated:
            return
        self._translated = True
        self.description = _tr(self.description) if self.description else self.description
        self.epilog = _tr(self.epilog) if self.epilog else self.epilog
        for group in self._action_groups:
            group.title = _tr(group.title) if group.title else group.title
        for action in self._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                action.help = _tr(action.help)

    def format_help(self) -> str:
        self._translate_texts()
        return super().format_help()

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = _tr(C_("%1: error: %2")).replace("%2", message).replace("%1", self.prog)
        self.exit(2, text + "\n")
