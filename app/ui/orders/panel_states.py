"""What the orders panel says: which state it is in, the page shown in the table's place, the
footer line, and the log lines of failed and retried pages.

Pure wording, no widgets, so every state can be tested without a panel or a sandbox. The panel
gathers `PanelFacts`, asks `decide_state` and shows the answer; the texts keep the panel's
translation context ("OrdersPanel").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication

from app.ui.common.placeholders import arg

if TYPE_CHECKING:
    from app.kombo.retry import RetryNotice
    from app.ui.orders.loader import LoadError

StateName = Literal["table", "loading", "empty", "no-match", "error", "no-connection"]
StateIcon = Literal["info", "error", "search"]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("OrdersPanel", text, None, n)


def html_escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


@dataclass(frozen=True)
class PanelFacts:
    """What the panel knows when it decides what to show."""

    connected: bool
    first_page_error: LoadError | None
    loaded: int  # orders loaded
    shown: int  # of those, matching the search
    loading: bool
    has_more: bool
    retry: str | None  # `retry_text` while a rate-limited page is waited out
    filtered: bool  # a Kombo filter (status, created after, IDs) is set
    filters_text: str  # the filters in a few words
    search: str  # the search box's text


@dataclass(frozen=True)
class PanelState:
    """The state, and the page shown in the table's place (rich text in `detail`)."""

    name: StateName
    title: str = ""
    detail: str = ""
    icon: StateIcon | None = None
    busy: bool = False
    button: str | None = None


def decide_state(facts: PanelFacts) -> PanelState:
    if not facts.connected:
        return PanelState(
            "no-connection",
            _tr("No connection"),
            _tr("Create a connection to see the orders of its integration."),
            icon="info",
            button=_tr("Create a connection…"),  # opens the Connections dialog
        )
    if facts.first_page_error is not None:
        error = facts.first_page_error
        if error.code:
            detail = f"<b>{html_escape(error.code)}</b><br>{html_escape(error.message)}"
        else:
            detail = html_escape(error.message)
        if error.log_url:
            detail += f'<br><a href="{html_escape(error.log_url)}">{_tr("Open Kombo’s log")}</a>'
        return PanelState(
            "error", _tr("Could not load orders"), detail, icon="error", button=_tr("Retry")
        )
    if facts.loaded == 0 and facts.loading:
        detail = facts.retry or html_escape(facts.filters_text)
        return PanelState("loading", _tr("Loading orders…"), detail, busy=True)
    if facts.loaded == 0:
        return PanelState(
            "empty",
            _tr("No orders match these filters")
            if facts.filtered
            else _tr("This integration has no orders yet"),
            html_escape(facts.filters_text) if facts.filtered else "",
            icon="search",
            button=_tr("Clear filters") if facts.filtered else _tr("Refresh"),
        )
    if facts.shown == 0:
        looked_at = _tr("The search looks at the %n order(s) loaded so far.", facts.loaded)
        more = " " + _tr("Load more to search further.") if facts.has_more else ""
        return PanelState(
            "no-match",
            arg(_tr("No loaded order matches “%1”"), facts.search.strip()),
            looked_at + more,
            icon="search",
            button=_tr("Load more") if facts.has_more else _tr("Clear search"),
        )
    return PanelState("table")


def footer_text(state: str, facts: PanelFacts, *, searching: bool) -> str:
    """The line under the table: how many orders are loaded, shown, and whether more exist."""
    if state not in ("table", "no-match"):
        return ""  # the state page in the table's place says it all
    if facts.retry is not None:
        return facts.retry
    if facts.loading:
        return _tr("Loading more orders…")
    text = _tr("%n order(s) loaded", facts.loaded)
    if searching:  # "3 of 120 orders loaded match the search"
        text = arg(_tr("%n of %1 match(es) the search", facts.shown), text)
    return text + " · " + (_tr("more available") if facts.has_more else _tr("all loaded"))


def more_error_text(error: LoadError) -> str:
    """The bar above the footer when a further page failed (rich text)."""
    code = f"<b>{html_escape(error.code)}</b> " if error.code else ""
    return arg(_tr("Could not load more orders: %1"), code + html_escape(error.message))


def retry_text(reason: str, seconds_left: float) -> str:
    """The countdown while a rate-limited page is waited out."""
    left = max(0, math.ceil(seconds_left))
    reason = reason[:1].upper() + reason[1:]
    return arg(_tr("%1, retrying in %2 s…"), reason, left)


def failure_log_text(error: LoadError) -> str:
    """The log line of a failed page."""
    what = _tr("Loading orders failed") if error.first_page else _tr("Loading more orders failed")
    code = f"{error.code}: " if error.code else ""
    return f"{what}: {code}{error.message}"


def retrying_log_text(notice: RetryNotice) -> str:
    """The log line of a page that will be asked for again."""
    seconds = max(1, math.ceil(notice.wait_seconds))
    return arg(
        _tr("Loading orders: %1, retrying in %2 s (attempt %3)"),
        notice.reason,
        seconds,
        notice.attempt,
    )
