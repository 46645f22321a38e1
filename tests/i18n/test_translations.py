"""The committed translations against the code: nothing missing, unfinished or obsolete, and no
placeholder (%1, %n, {name}) lost in a translation.

pyside6-lupdate (through packaging/translations.py extract) writes fresh .ts files of app/ into a
temporary folder; they are compared with resources/translations/*.ts message by message
(context, source, disambiguation). English, the source language, has a catalog of its plural
(%n) messages only: "Written, %n warning(s)" is "Written, 1 warning" / "Written, 2 warnings".
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources" / "translations"
SCRIPT = ROOT / "packaging" / "translations.py"
LANGUAGES = ("de", "fr")
PLACEHOLDER = re.compile(r"%L?(?:n|\d)|\{[A-Za-z_]\w*\}")

Key = tuple[str, str, str]  # context, source, disambiguation


def messages(ts: Path) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def translations(message: ET.Element) -> list[str]:
    """The translated texts of a message: one, or each plural form."""
    element = message.find("translation")
    if element is None:
        return []
    forms = element.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [element.text or ""]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("lupdate")
    subprocess.run([sys.executable, str(SCRIPT), "extract", str(out)], check=True, cwd=ROOT)
    return out


def problems(lang: str, fresh: Path) -> list[str]:
    name = f"result-desk_{lang}.ts"
    expected = messages(fresh / name)
    committed = messages(SOURCES / name)
    found: list[str] = []
    for key in expected.keys() - committed.keys():
        found.append(f"missing: {key}")
    for key, message in committed.items():
        kind = message.find("translation")
        state = kind.get("type", "") if kind is not None else "missing"
        if key not in expected or state in {"obsolete", "vanished"}:
            found.append(f"obsolete: {key}")
            continue
        texts = translations(message)
        if state == "unfinished" or not texts or not all(t.strip() for t in texts):
            found.append(f"unfinished: {key}")
            continue
        wanted = set(PLACEHOLDER.findall(key[1]))
        for text in texts:
            if lost := wanted - set(PLACEHOLDER.findall(text)):
                found.append(f"placeholder {sorted(lost)} dropped: {key} -> {text!r}")
    return sorted(found)


def test_extraction_puts_every_message_in_a_context(fresh: Path) -> None:
    """A message without a context (or under a variable's name) is never found at run time."""
    for lang in LANGUAGES:
        contexts = {key[0] for key in messages(fresh / f"result-desk_{lang}.ts")}
        assert "" not in contexts
        assert not {c for c in contexts if not c[:1].isupper() and c != "kombo"}, contexts


def test_extraction_sees_helpers_plurals_and_kombo_markers(fresh: Path) -> None:
    found = messages(fresh / "result-desk_de.ts")
    assert ("BatchRows", "%n problem(s)", "") in found  # a module _tr(text, n) helper
    assert found[("BatchRows", "%n problem(s)", "")].get("numerus") == "yes"
    assert ("kombo", "Choose one of {expected}.", "") in found  # N_ in app/kombo
    assert ("Menus", "&File", "") in found  # QT_TRANSLATE_NOOP in a table


@pytest.mark.parametrize("lang", [*LANGUAGES, "en"])
def test_translation_is_complete_and_keeps_placeholders(lang: str, fresh: Path) -> None:
    found = problems(lang, fresh)
    assert not found, f"{len(found)} problems in result-desk_{lang}.ts:\n" + "\n".join(found[:60])


def test_the_english_catalog_holds_every_plural_message_and_only_those(fresh: Path) -> None:
    english = messages(SOURCES / "result-desk_en.ts")
    plurals = {k for k, m in messages(fresh / "result-desk_de.ts").items() if m.get("numerus")}
    assert len(plurals) > 20
    assert set(english) == plurals
    for key, message in english.items():
        one, other = translations(message)
        assert "(s)" not in one + other, key
        assert one != other or "more" in key[1], key  # "and %n more" reads the same


def test_the_check_finds_a_dropped_placeholder_and_an_obsolete_message(
    tmp_path: Path, fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = ET.parse(fresh / "result-desk_de.ts")
    for message in tree.getroot().iter("message"):
        element = message.find("translation")
        assert element is not None
        element.attrib.pop("type", None)
        source = message.findtext("source") or ""
        forms = element.findall("numerusform")
        for target in forms or [element]:
            target.text = "Übersetzt " + " ".join(PLACEHOLDER.findall(source))
    dropped = next(
        m
        for m in tree.getroot().iter("message")
        if "%1" in (m.findtext("source") or "") and m.get("numerus") != "yes"  # one translation
    )
    dropped_translation = dropped.find("translation")
    assert dropped_translation is not None
    dropped_translation.text = "ohne Platzhalter"
    gone = ET.SubElement(next(tree.getroot().iter("context")), "message")
    ET.SubElement(gone, "source").text = "No longer in the code"
    ET.SubElement(gone, "translation").text = "Nicht mehr da"
    tree.write(tmp_path / "result-desk_de.ts", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "SOURCES", tmp_path)
    found = problems("de", fresh)
    assert len(found) == 2, found
    assert found[0].startswith("obsolete:")
    assert "No longer in the code" in found[0]
    assert found[1].startswith("placeholder ['%1'")
    assert "dropped" in found[1]
