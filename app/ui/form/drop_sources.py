"""What a drag brings to attach: local files and http(s) links from its `text/uri-list`.

Apart from the attachments view so that the main window's window-wide drop target can read a
drag without loading the attachments editor, which is built when it is first needed.
"""

from __future__ import annotations

from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

__all__ = ["accept_sources", "dropped_sources"]


def dropped_sources(
    event: QDropEvent | QDragEnterEvent | QDragMoveEvent,
) -> tuple[list[str], list[str]]:
    """Local file paths and http(s) links in a drag's `text/uri-list`."""
    from PySide6.QtCore import QUrl  # with the first drag: the window paints without it

    mime = event.mimeData()
    if not mime.hasUrls():
        return [], []
    files: list[str] = []
    links: list[str] = []
    for url in mime.urls():
        if url.isLocalFile():
            files.append(url.toLocalFile())
        elif url.scheme() in ("http", "https"):
            links.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    return files, links


def accept_sources(
    event: QDropEvent | QDragEnterEvent | QDragMoveEvent,
) -> tuple[list[str], list[str]] | None:
    """Accept a drag or drop that brings files or links, and return them; ignore any other."""
    files, links = dropped_sources(event)
    if not (files or links):
        event.ignore()
        return None
    event.acceptProposedAction()
    return files, links
