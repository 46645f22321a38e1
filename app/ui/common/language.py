"""The desk's language: the system's unless Preferences → Language names one (on restart).

Catalogs are looked for in app/translations/ (compiled at build time by
packaging/translations.py: result-desk_<lang>.qm and Qt's own qtbase_<lang>.qm beside them;
inside a PyInstaller bundle the same folder under sys._MEIPASS), then Qt's for qtbase.
`QLocale.setDefault` makes every QLocale() (numbers, dates, times shown) follow the choice.
English has a catalog too: result-desk_en holds the English plural forms of the `%n` messages
("1 warning", "2 warnings"); it is also what a language without a catalog of ours falls back to.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

__all__ = ["LANGUAGES", "chosen_locale", "install_translations", "translations_dir"]

# Code -> the language's own name (never translated: it is how a reader finds theirs).
# "" is the system's language. Adding a language: packaging/translations.py add LANG, and here.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français"}
CATALOG = "result-desk"
SOURCE_LANGUAGE = "en"  # its catalog holds only the plural forms (packaging/translations.py)


def translations_dir() -> Path:
    """app/translations, beside the package's modules (also in a wheel or a bundle)."""
    return Path(__file__).resolve().parents[2] / "translations"


def chosen_locale(language: str) -> QLocale:
    """The locale for a Preferences choice: "" the system's, else the language's default."""
    if language in LANGUAGES:
        return QLocale(language)
    return QLocale.system()


def install_translations(app: QCoreApplication, language: str = "") -> list[QTranslator]:
    """Install the desk's and Qt's catalogs for `language` ("" the system's); returns them."""
    locale = chosen_locale(language)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    ours_dir = str(translations_dir())
    if locale.language() != QLocale.Language.English:  # Qt's own strings are English
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator(app)
        if any(translator.load(locale, "qtbase", "_", folder) for folder in (ours_dir, qt_dir)):
            app.installTranslator(translator)
            installed.append(translator)
    translator = QTranslator(app)
    if translator.load(locale, CATALOG, "_", ours_dir) or translator.load(
        f"{CATALOG}_{SOURCE_LANGUAGE}", ours_dir
    ):
        app.installTranslator(translator)
        installed.append(translator)
    return installed
