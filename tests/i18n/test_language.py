"""Preferences → Language: the chosen language's catalogs are installed and QLocale follows it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.kombo.i18n import N_, Message
from app.ui.common.kombo_text import kombo_text
from app.ui.common.language import install_translations, translations_dir


@pytest.fixture
def restore(qapp: QApplication) -> Iterator[QApplication]:
    default = QLocale()
    yield qapp
    QLocale.setDefault(default)


def _uninstall(app: QApplication, translators: list) -> None:  # type: ignore[type-arg]
    for translator in translators:
        app.removeTranslator(translator)


@pytest.mark.skipif(
    not (translations_dir() / "qtbase_de.qm").exists(),
    reason="run `python packaging/translations.py build` first (.ci/setup does)",
)
@pytest.mark.parametrize(
    ("language", "cancel", "decimal"), [("de", "Abbrechen", ","), ("fr", "Annuler", ",")]
)
def test_a_chosen_language_loads_qt_and_ours_and_sets_the_locale(
    restore: QApplication, language: str, cancel: str, decimal: str
) -> None:
    installed = install_translations(restore, language)
    try:
        assert len(installed) == 2  # qtbase and result-desk
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        assert QLocale().toString(1.5, "f", 1) == f"1{decimal}5"
    finally:
        _uninstall(restore, installed)


@pytest.mark.skipif(
    not (translations_dir() / "result-desk_en.qm").exists(),
    reason="run `python packaging/translations.py build` first (.ci/setup does)",
)
def test_english_loads_only_its_plural_forms_and_keeps_english_numbers(
    restore: QApplication,
) -> None:
    installed = install_translations(restore, "en")
    try:
        assert len(installed) == 1  # result-desk_en: the plural forms; no qtbase
        assert QLocale().toString(1.5, "f", 1) == "1.5"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        assert QCoreApplication.translate("History", "Written, %n warning(s)", None, 1) == (
            "Written, 1 warning"
        )
    finally:
        _uninstall(restore, installed)


def test_kombo_text_fills_values_after_translation_and_keeps_kombo_s_own(
    qapp: QApplication,
) -> None:
    message = Message(N_("Choose one of {expected}."), expected="'A' or 'B'")
    assert message == "Choose one of 'A' or 'B'."
    assert kombo_text(message) == "Choose one of 'A' or 'B'."  # no catalog: the English
    assert kombo_text("Order is closed (from Kombo)") == "Order is closed (from Kombo)"


def test_preferences_language_is_chosen_by_keyboard_and_kept(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel

    from app.ui.common.preferences import DeskPreferences, load_language, save_preferences
    from app.ui.preferences.dialog import PreferencesDialog

    async def never(*_args: object) -> str:
        raise AssertionError("not asked")

    dialog = PreferencesDialog(DeskPreferences(), never, never)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.language_combo
    assert combo.currentText() == "System default"
    note = dialog.findChild(QLabel, "languageNote")
    assert note is not None
    assert "next started" in note.text()
    combo.setFocus()
    qtbot.keyClicks(combo, "D")  # keyboard search in the closed combo: Deutsch
    assert combo.currentText() == "Deutsch"
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.saved is not None
    assert dialog.saved.language == "de"
    save_preferences(dialog.saved)
    assert load_language() == "de"  # what main.py reads at the next start
