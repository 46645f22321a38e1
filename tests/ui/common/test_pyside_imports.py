"""The quick "does this module mention PySide6?" check answers as PySide's own does, for every
module this test process has imported, and is what a started desk uses."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import QApplication

import app.kombo.constants
import app.ui.common.icons
from app.ui.common.pyside_imports import (
    QuickSourceCheck,
    install_quick_source_check,
    mentions_pyside,
)


@pytest.fixture
def feature(qapp: QApplication) -> Iterator[ModuleType]:
    module = sys.modules["shibokensupport.feature"]
    before = module._mod_uses_pyside
    yield module
    module._mod_uses_pyside = before


def _upstream(feature: ModuleType) -> Callable[[ModuleType], object]:
    check = feature._mod_uses_pyside
    return check.upstream if isinstance(check, QuickSourceCheck) else check


def test_every_imported_module_gets_pysides_answer(feature: ModuleType) -> None:
    upstream = _upstream(feature)
    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    answers = {m.__name__: (mentions_pyside(m, upstream), bool(upstream(m))) for m in modules}
    assert {name for name, (quick, slow) in answers.items() if quick != slow} == set()
    # Both kinds are there: app modules built on PySide6, and the standard library.
    assert answers[app.ui.common.icons.__name__] == (True, True)
    assert answers[app.kombo.constants.__name__] == (False, False)
    assert answers["json.decoder"] == (False, False)
    assert answers["sys"] == (False, False)  # built in: no file, PySide's check answers


def test_installed_once_and_used_for_new_modules(feature: ModuleType) -> None:
    feature._mod_uses_pyside = _upstream(feature)
    assert install_quick_source_check()
    first = feature._mod_uses_pyside
    assert isinstance(first, QuickSourceCheck)
    assert install_quick_source_check()
    assert feature._mod_uses_pyside is first  # not wrapped twice
    assert first(app.kombo.constants) is False  # Kombo's names: no Qt
    assert first(app.ui.common.icons) is True


def test_a_bundled_module_without_its_source_is_answered_without_pyside(tmp_path: Path) -> None:
    """PyInstaller's loader reads sources from `__file__`'s path; none there means none at all."""

    class PyiFrozenLoader:  # the bundle's loader, by name
        def get_source(self, name: str) -> None:
            return None

    asked: list[ModuleType] = []
    bundled = ModuleType("bundled")
    bundled.__file__ = str(tmp_path / "_internal" / "app" / "bundled.py")
    bundled.__loader__ = PyiFrozenLoader()  # type: ignore[assignment]
    assert mentions_pyside(bundled, asked.append) is False
    assert asked == []
    elsewhere = ModuleType("zipped")  # another loader may have the source elsewhere: PySide asks
    elsewhere.__file__ = str(tmp_path / "archive.zip" / "zipped.py")
    assert mentions_pyside(elsewhere, asked.append) is False
    assert asked == [elsewhere]
