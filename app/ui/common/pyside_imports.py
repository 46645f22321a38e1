"""PySide's look at every module imported after it, made cheap.

PySide6 checks each newly imported module for the text "PySide6" (for its `__feature__`
switches, PYSIDE-2029) through `inspect.getsource`: linecache, tokenize and a list of lines
per module, for the ~90 modules Result Desk imports before its first paint. Reading the file's
bytes answers the same question for a plain .py file in a fraction of the time; PySide's own
function still answers for anything else, and nothing changes when PySide's internals are not
the ones this expects. The bundle ships no .py files: PyInstaller's loader, which reads sources
from the path in `__file__`, has none to give, so the answer there is "no" without asking.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

__all__ = ["QuickSourceCheck", "install_quick_source_check", "mentions_pyside"]

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def mentions_pyside(module: ModuleType, fallback: Callable[[ModuleType], object]) -> bool:
    """Whether the module's source mentions PySide6, as PySide's check answers it."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return bool(fallback(module))
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError as error:
        # In the bundle: PyInstaller's loader reads a module's source from this same path, so
        # PySide's check would find none either (after ~40 µs of inspect per module).
        bundled = type(getattr(module, "__loader__", None)).__name__ == "PyiFrozenLoader"
        if bundled and isinstance(error, FileNotFoundError):
            return False
        return bool(fallback(module))


class QuickSourceCheck:
    """Stands in for PySide's check; keeps it for what is not a plain .py file."""

    def __init__(self, upstream: Callable[[ModuleType], object]) -> None:
        self.upstream = upstream

    def __call__(self, module: ModuleType) -> bool:
        return mentions_pyside(module, self.upstream)


def install_quick_source_check() -> bool:
    """Replace PySide's check once PySide6 is imported; False when there is none to replace."""
    feature = sys.modules.get(_FEATURE_MODULE)
    upstream = getattr(feature, _CHECK, None)
    if feature is None or not callable(upstream):
        return False
    if not isinstance(upstream, QuickSourceCheck):
        setattr(feature, _CHECK, QuickSourceCheck(upstream))
    return True
