"""Opening links that came from elsewhere (Kombo's log URLs) in the browser: web links only.

A link in a server's answer is not trusted: handed to the desktop as it is, a `file:`, `smb:`
or some application's own scheme could open a local file or start a program. Every place that
opens such a link goes through `open_external`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Final

from PySide6.QtGui import QDesktopServices

if TYPE_CHECKING:
    # Made when a link is checked: QUrl's Python type costs ~1.3 ms to build, and nothing
    # before the window's first paint needs it.
    from PySide6.QtCore import QUrl

log = logging.getLogger(__name__)

WEB_SCHEMES: Final = frozenset({"http", "https"})


def is_web_link(url: QUrl | str) -> bool:
    """True for an absolute http(s) URL with a host."""
    from PySide6.QtCore import QUrl

    qurl = url if isinstance(url, QUrl) else QUrl(url.strip())
    return qurl.isValid() and qurl.scheme().lower() in WEB_SCHEMES and bool(qurl.host())


def open_external(url: QUrl | str) -> bool:
    """Open `url` in the browser if it is a web link; False (nothing opened) otherwise."""
    from PySide6.QtCore import QUrl

    qurl = url if isinstance(url, QUrl) else QUrl(url.strip())
    if not is_web_link(qurl):
        log.warning("not opened: a link with the scheme %r is not a web link", qurl.scheme())
        return False
    return bool(QDesktopServices.openUrl(qurl))
