"""The orders model and its proxy: rows, search, sorting, package names, selection on sort."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from app.kombo.responses import Order
from app.ui.orders.model import (
    COL_CANDIDATE,
    COL_EMAIL,
    COL_JOB,
    COL_ORDER_ID,
    COL_PACKAGE,
    COL_STATUS,
    OrderRole,
    OrdersModel,
    OrdersProxyModel,
    search_terms,
)


def make_order(
    n: int,
    first: str | None = "Ada",
    last: str | None = "Lovelace",
    *,
    job: str | None = "Data Analyst",
    package: str = "typescript_test",
    status: str = "OPEN",
    email: str | None = None,
) -> Order:
    payload: dict[str, Any] = {
        "id": f"ORDER{n:019d}",
        "package_id": package,
        "status": status,
        "candidate": {
            "remote_id": None,
            "email": email or f"{(first or 'x').lower()}.{n}@example.org",
            "first_name": first,
            "last_name": last,
            "phone": None,
        },
        "application": {"remote_id": None},
        "job": {
            "remote_id": None,
            "name": job,
            "job_code": None,
            "description": "<p>long text</p>",
            "location": {"city": "Zürich", "country": "CH", "raw": None},
            "hiring_team": [],
        },
    }
    return Order.model_validate(payload)


SAMPLE = [
    make_order(0, "Émile", "Zola", job="Writer", package="python_data", status="COMPLETED"),
    make_order(1, "zoe", "Adams", job=None, status="OPEN"),
    make_order(2, "Bob", "Weiß", job="Backend Engineer", status="REJECTED"),
    make_order(3, None, None, job="Analyst", status="CANCELLED", email="anon@example.org"),
    make_order(4, "Emil", "Abel", job="Writer", package="big5_personality", status="OPEN"),
]


@pytest.fixture
def models(qtbot: QtBot) -> tuple[OrdersModel, OrdersProxyModel]:
    model = OrdersModel()
    proxy = OrdersProxyModel()
    proxy.setSourceModel(model)
    model.replace_orders(SAMPLE)
    return model, proxy


def column(proxy: OrdersProxyModel, col: int) -> list[str]:
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def test_rows_show_candidate_email_job_package_status_and_id(models: Any) -> None:
    model, _proxy = models
    assert model.rowCount() == 5
    assert model.columnCount() == 6
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Candidate",
        "Email",
        "Job",
        "Package",
        "Status",
        "Order ID",
    ]
    first = [model.index(0, c).data() for c in range(6)]
    assert first == [
        "Émile Zola",
        "émile.0@example.org",
        "Writer",
        "python_data",
        "Completed",
        SAMPLE[0].id,
    ]
    # Missing name and job show a dash rather than an empty cell.
    assert model.index(3, COL_CANDIDATE).data() == "—"
    assert model.index(1, COL_JOB).data() == "—"
    assert model.index(0, COL_JOB).data(Qt.ItemDataRole.ToolTipRole) == "Writer · Zürich, CH"
    assert model.index(0, COL_STATUS).data(Qt.ItemDataRole.DecorationRole) is not None


def test_the_order_comes_back_whole_from_the_compact_row(models: Any) -> None:
    model, proxy = models
    assert model.order_at(2) == SAMPLE[2]
    assert proxy.index(4, COL_EMAIL).data(OrderRole) == SAMPLE[4]
    assert model.orders() == SAMPLE
    assert model.row_of(SAMPLE[3].id) == 3
    assert model.row_of("nope") == -1


def test_package_names_replace_ids_and_become_searchable(models: Any, qtbot: QtBot) -> None:
    model, proxy = models
    proxy.set_search("profile")
    assert proxy.rowCount() == 0
    with qtbot.waitSignal(model.dataChanged):
        model.set_package_names({"big5_personality": "Work personality profile"})
    # The search is applied again to the new names without retyping it.
    assert column(proxy, COL_ORDER_ID) == [SAMPLE[4].id]
    assert proxy.index(0, COL_PACKAGE).data() == "Work personality profile"
    tip = proxy.index(0, COL_PACKAGE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Work personality profile (big5_personality)"
    # Unknown packages keep showing their id.
    assert model.index(1, COL_PACKAGE).data() == "typescript_test"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", [0, 1, 2, 3, 4]),
        ("writer", [0, 4]),
        ("WRITER emil", [0, 4]),  # every word must match, in any field, any case
        ("writer abel", [4]),
        ("weiss", [2]),  # folded: "Weiß" is found by "weiss"
        ("emile", [0]),  # and "Émile" by "emile"
        ("anon@", [3]),
        ("python_data", [0]),
        ("ORDER0000000000000000003", [3]),
        ("nobody", []),
    ],
)
def test_search_narrows_by_name_email_job_package_and_id(
    models: Any, text: str, expected: list[int]
) -> None:
    _model, proxy = models
    proxy.set_search(text)
    assert column(proxy, COL_ORDER_ID) == [SAMPLE[i].id for i in expected]


def test_search_terms_are_unique_casefolded_words() -> None:
    assert search_terms("  Ada  ada LOVELACE ") == ("ada", "lovelace")
    assert search_terms("") == ()


def test_sorting_is_case_and_accent_insensitive_and_restorable(models: Any) -> None:
    _model, proxy = models
    proxy.sort(COL_CANDIDATE, Qt.SortOrder.AscendingOrder)
    # "—" (no name) goes last; "Émile" sorts beside "Emil", not after "zoe".
    assert column(proxy, COL_CANDIDATE) == ["Bob Weiß", "Emil Abel", "Émile Zola", "zoe Adams", "—"]
    proxy.sort(COL_CANDIDATE, Qt.SortOrder.DescendingOrder)
    assert column(proxy, COL_CANDIDATE)[:2] == ["—", "zoe Adams"]
    proxy.sort(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert column(proxy, COL_STATUS) == ["Cancelled", "Completed", "Open", "Open", "Rejected"]
    proxy.sort(-1)
    assert column(proxy, COL_ORDER_ID) == [o.id for o in SAMPLE]


def test_sorting_keeps_the_search_and_moves_the_selection_with_its_order(
    models: Any, qtbot: QtBot
) -> None:
    _model, proxy = models
    proxy.set_search("writer")
    selection = QItemSelectionModel(proxy)
    selection.setCurrentIndex(
        proxy.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = proxy.index(1, COL_ORDER_ID).data()
    assert chosen == SAMPLE[4].id
    keep = QPersistentModelIndex(proxy.index(1, 0))
    proxy.sort(COL_CANDIDATE, Qt.SortOrder.AscendingOrder)
    assert column(proxy, COL_CANDIDATE) == ["Emil Abel", "Émile Zola"]
    assert proxy.index(keep.row(), COL_ORDER_ID).data() == chosen
    assert proxy.index(selection.currentIndex().row(), COL_ORDER_ID).data() == chosen


def test_appended_pages_are_filtered_and_sorted_in(models: Any) -> None:
    model, proxy = models
    proxy.set_search("writer")
    proxy.sort(COL_CANDIDATE, Qt.SortOrder.AscendingOrder)
    model.append_orders(
        [make_order(5, "Aaron", "Writer", job="Writer"), make_order(6, "Zed", "Q", job="Chef")]
    )
    assert model.rowCount() == 7
    assert column(proxy, COL_CANDIDATE) == ["Aaron Writer", "Emil Abel", "Émile Zola"]
    proxy.sort(-1)
    proxy.set_search("")
    # Load order is kept for "unsorted", across pages.
    assert column(proxy, COL_ORDER_ID)[-2:] == [make_order(5).id, make_order(6).id]


def test_a_new_first_page_replaces_the_rows_in_one_reset(models: Any, qtbot: QtBot) -> None:
    model, proxy = models
    with qtbot.waitSignal(model.modelReset):
        model.replace_orders(SAMPLE[:2])
    assert model.rowCount() == 2
    model.clear()
    assert proxy.rowCount() == 0
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.rowCount(QModelIndex()) == 0


def test_proxy_only_filters_an_orders_model(qtbot: QtBot) -> None:
    from PySide6.QtCore import QStringListModel

    with pytest.raises(TypeError):
        OrdersProxyModel().setSourceModel(QStringListModel())
