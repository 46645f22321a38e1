"""Tab pages built when first needed: an empty stand-in holds the tab until then.

The stand-in has no size hint of its own (the page in front sets the tab widget's size) and
nothing to focus, so the tab bar and the first paint look as with the real page. The page is
built when its tab becomes current (a click, Ctrl+Tab) or when code asks for it (`page`); it
then takes the stand-in's place: same index, text, icon and tooltip, current if the stand-in
was, and its widgets where they would be in the Tab key's order had it been built at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

__all__ = ["DeferredTabs"]


class _StandIn(QWidget):
    """The empty page in a tab whose page is not built yet."""


class DeferredTabs(QObject):
    """Tabs of `tabs` whose pages `build` makes on first need."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._builders: dict[_StandIn, Callable[[], QWidget]] = {}
        tabs.currentChanged.connect(self._current_changed)

    def add(self, title: str, build: Callable[[], QWidget]) -> int:
        """A tab titled `title` whose page `build()` returns when first needed."""
        stand_in = _StandIn(self._tabs)
        stand_in.setObjectName("deferredTabPage")
        self._builders[stand_in] = build
        return self._tabs.addTab(stand_in, title)

    def is_built(self, index: int) -> bool:
        page = self._tabs.widget(index)
        return not (isinstance(page, _StandIn) and page in self._builders)

    def page(self, index: int) -> QWidget:
        """The page at `index`, built now if it was not."""
        if not self.is_built(index):
            self._build(index)
        page = self._tabs.widget(index)
        assert page is not None
        return page

    def _current_changed(self, index: int) -> None:
        if index >= 0 and not self.is_built(index):
            self._build(index)

    def _build(self, index: int) -> None:
        tabs = self._tabs
        stand_in = tabs.widget(index)
        assert isinstance(stand_in, _StandIn)
        build = self._builders.pop(stand_in)
        page = build()
        current = tabs.currentIndex() == index
        text, tab_icon, tip = tabs.tabText(index), tabs.tabIcon(index), tabs.tabToolTip(index)
        # In before the stand-in (which moves to index + 1), shown if it was, then the
        # stand-in out: the current tab never changes to another one on the way.
        tabs.insertTab(index, page, tab_icon, text)
        tabs.setTabToolTip(index, tip)
        if current:
            tabs.setCurrentIndex(index)
        tabs.removeTab(index + 1)
        stand_in.deleteLater()
        # In the Tab order as if built with the others: after the pages before it, before the
        # pages after it (or the tab bar, which follows the pages).
        before: QWidget = tabs.tabBar()
        for later in range(index + 1, tabs.count()):
            widgets = _focusable(self.page(later)) if self.is_built(later) else []
            if widgets:
                before = widgets[0]
                break
        _move_in_focus_chain(page, before)


def _focusable(page: QWidget) -> list[QWidget]:
    """The widgets of `page` the Tab key visits, in their order."""
    found: list[QWidget] = []
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page and page.isAncestorOf(widget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def _move_in_focus_chain(page: QWidget, before: QWidget) -> None:
    """Move the focusable widgets of `page` to just before `before` in the Tab order.

    A widget made later joins the end of its window's focus chain (after the send bar, the
    preview and the log), not where the tab widget's pages are. Qt's setTabOrder moves only
    widgets that take focus, which are all the Tab key visits.
    """
    previous = before.previousInFocusChain()
    # Qt places a widget after the focusable one given and its focusable children: start from
    # a focusable widget that is not the tab widget (which holds `before`).
    while previous is not None and (
        previous.focusPolicy() == Qt.FocusPolicy.NoFocus or previous.isAncestorOf(before)
    ):
        previous = previous.previousInFocusChain()
    if previous is None:
        return
    for widget in _focusable(page):
        QWidget.setTabOrder(previous, widget)
        previous = widget
