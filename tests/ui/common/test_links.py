"""Links that come from a server open in the browser only when they are http(s) links."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from app.ui.common.links import is_web_link, open_external
from app.ui.send.log_panel import LogPanel

SCHEMES = ("https", "http", "file", "smb", "evil")


class Browser(QObject):
    """Stands in for the desktop: records every URL handed to it, whatever its scheme."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def browser(qapp: object) -> Iterator[Browser]:
    browser = Browser()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, browser, "open")
    try:
        yield browser
    finally:
        for scheme in SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)


def test_only_web_links_are_opened(browser: Browser) -> None:
    assert open_external("https://app.kombo.dev/logs/1")
    assert open_external(QUrl("http://127.0.0.1:8080/logs/2"))
    for refused in (
        "file:///etc/passwd",
        "smb://host/share/run.exe",
        "evil://run?x=1",
        "javascript:alert(1)",
        "https:///no-host",
        "",
    ):
        assert not is_web_link(refused), refused
        assert not open_external(refused), refused
    assert browser.opened == ["https://app.kombo.dev/logs/1", "http://127.0.0.1:8080/logs/2"]


def test_the_log_panel_opens_web_links_only(qtbot: QtBot, browser: Browser) -> None:
    panel = LogPanel()
    qtbot.addWidget(panel)
    opened: list[QUrl] = []
    panel.link_opened.connect(opened.append)
    panel.anchorClicked.emit(QUrl("file:///etc/passwd"))
    panel.anchorClicked.emit(QUrl("https://app.kombo.dev/logs/3"))
    assert browser.opened == ["https://app.kombo.dev/logs/3"]
    assert [u.toString() for u in opened] == ["https://app.kombo.dev/logs/3"]
