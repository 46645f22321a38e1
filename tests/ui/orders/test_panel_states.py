"""What the orders panel says in each state, without a panel (`panel_states` is pure)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.kombo.retry import RetryNotice
from app.ui.orders.loader import LoadError
from app.ui.orders.panel_states import (
    PanelFacts,
    decide_state,
    failure_log_text,
    footer_text,
    more_error_text,
    retry_text,
    retrying_log_text,
)

# English plurals ("1 warning" for "%n warning(s)") come with tests/conftest.py qapp.
pytestmark = pytest.mark.usefixtures("qapp")
FACTS = PanelFacts(
    connected=True,
    first_page_error=None,
    loaded=120,
    shown=120,
    loading=False,
    has_more=True,
    retry=None,
    filtered=False,
    filters_text="",
    search="",
)


def test_each_state_in_order_of_precedence() -> None:
    assert decide_state(replace(FACTS, connected=False)).name == "no-connection"
    error = LoadError("Integration <x> not found", "PLATFORM.INTEGRATION_NOT_FOUND", "https://l/")
    shown = decide_state(replace(FACTS, first_page_error=error, loaded=0))
    assert (shown.name, shown.icon, shown.button) == ("error", "error", "Retry")
    assert shown.detail == (
        "<b>PLATFORM.INTEGRATION_NOT_FOUND</b><br>Integration &lt;x&gt; not found"
        '<br><a href="https://l/">Open Kombo’s log</a>'
    )
    loading = decide_state(replace(FACTS, loaded=0, loading=True, filters_text="Open"))
    assert (loading.name, loading.busy, loading.detail) == ("loading", True, "Open")
    empty = decide_state(replace(FACTS, loaded=0, filtered=True, filters_text="Open"))
    assert (empty.title, empty.button) == ("No orders match these filters", "Clear filters")
    assert decide_state(replace(FACTS, loaded=0)).button == "Refresh"
    no_match = decide_state(replace(FACTS, shown=0, search=" émile "))
    assert no_match.title == "No loaded order matches “émile”"
    assert no_match.detail == (
        "The search looks at the 120 orders loaded so far. Load more to search further."
    )
    assert decide_state(FACTS).name == "table"


def test_footer_and_log_lines() -> None:
    assert footer_text("table", FACTS, searching=False) == "120 orders loaded · more available"
    searched = replace(FACTS, shown=3, has_more=False)
    assert footer_text("table", searched, searching=True) == (
        "3 of 120 orders loaded match the search · all loaded"
    )
    assert footer_text("loading", FACTS, searching=False) == ""
    assert footer_text("table", replace(FACTS, loading=True), searching=False) == (
        "Loading more orders…"
    )
    assert retry_text("rate limited", 2.2) == "Rate limited, retrying in 3 s…"
    later = LoadError("timed out", None, None, first_page=False)
    assert failure_log_text(later) == "Loading more orders failed: timed out"
    assert more_error_text(later) == "Could not load more orders: timed out"
    notice = RetryNotice(reason="rate limited", wait_seconds=0.4, attempt=2)
    assert retrying_log_text(notice) == "Loading orders: rate limited, retrying in 1 s (attempt 2)"
