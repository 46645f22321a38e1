"""Rows checked by the form's models, each problem at its cell; mappings saved by name; the
template sheet reads back with every column mapped."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.batch.mapping import (
    ColumnMapping,
    guess_mapping,
    load_mapping,
    mapping_names,
    save_mapping,
)
from app.batch.rows import check_sheet
from app.batch.sheet import read_sheet
from app.batch.template import write_template

HEADERS = (
    "Order ID;Status;Completed at;Result URL;Score;Max score;text:Comment;"
    "sub:num:score;sub:num:max;sub:num:status;attachment:1;remote:smartrecruiters.scoreLabel;Notes"
)


def _sheet(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "sheet.csv"
    path.write_text("\n".join([HEADERS, *rows]) + "\n", encoding="utf-8")
    return path


def test_a_good_row_becomes_the_forms_body(tmp_path: Path) -> None:
    (tmp_path / "r.pdf").write_bytes(b"%PDF-1.4 report")
    path = _sheet(
        tmp_path,
        "A1;completed;2026-03-01 10:30;https://r.example/a1;85,5;100;fine;7;10;COMPLETED;"
        "r.pdf;Strong;ignored",
    )
    sheet = read_sheet(path)
    mapping = guess_mapping(sheet.headers)
    assert mapping.columns["Notes"] == "ignore"
    [check] = check_sheet(sheet, mapping, ZoneInfo("Europe/Berlin"))
    assert check.problems == []
    assert check.ready
    assert check.order_id == "A1"
    assert check.body is not None
    body = check.body.to_jsonable(lambda _attachment, _ref: "<file>")
    assert body == {
        "status": "COMPLETED",
        "result_url": "https://r.example/a1",
        "completed_at": "2026-03-01T09:30:00.000Z",
        "score": 85.5,
        "max_score": 100,
        "attributes": [
            {"type": "TEXT", "label": "Comment", "value": "fine"},
            {
                "type": "SUB_RESULT",
                "id": "num",
                "label": "num",
                "score": {"value": 7, "max": 10},
                "status": "COMPLETED",
            },
        ],
        "attachments": [{"name": "r.pdf", "data": "<file>", "content_type": "application/pdf"}],
        "remote_fields": {"smartrecruiters": {"scoreLabel": "Strong"}},
    }


def test_problems_are_at_their_cells_with_the_models_messages(tmp_path: Path) -> None:
    path = _sheet(
        tmp_path,
        "A1;COMPLETED;;ftp://x;abc;100;;7;0;COMPLETED;gone.pdf;;",
        "A1;OPEN;;https://r.example/a;;;;;;;;;",
        ";OPEN;;https://r.example/b;;;;;;;;;",
    )
    sheet = read_sheet(path)
    checks = check_sheet(sheet, guess_mapping(sheet.headers), ZoneInfo("UTC"))
    first = {(p.column, p.message) for p in checks[0].problems}
    assert ("Completed at", "A completion time is required when the status is COMPLETED.") in first
    assert next((c,) for c, m in first if m.startswith("Enter an absolute http")) == ("Result URL",)
    assert ("Score", "Enter a number.") in first
    assert ("sub:num:max", "The maximum score must be at least 1.") in first
    assert ("attachment:1", f"File not found: {tmp_path / 'gone.pdf'}") in first
    assert not checks[0].ready
    # The second row for A1 would write the order twice.
    assert [p.column for p in checks[1].problems] == ["Order ID"]
    assert "already in line 2" in checks[1].problems[0].message
    assert [(p.column, p.message) for p in checks[2].problems] == [
        ("Order ID", "Enter an order ID.")
    ]


def test_a_missing_required_column_is_a_row_problem(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("Order ID,Status\nA1,OPEN\n", encoding="utf-8")
    sheet = read_sheet(path)
    [check] = check_sheet(sheet, guess_mapping(sheet.headers))
    assert [(p.column, p.message) for p in check.problems] == [
        (None, "result_url: This is required.")
    ]


def test_mappings_are_saved_by_name_and_checked(tmp_path: Path) -> None:
    mapping = ColumnMapping({"ID": "order_id", "Link": "result_url"}, "Europe/Berlin")
    save_mapping("weekly fix", mapping)
    assert mapping_names() == ["weekly fix"]
    assert load_mapping("weekly fix") == mapping
    with pytest.raises(KeyError):
        load_mapping("other")
    with pytest.raises(ValueError, match="letters"):
        save_mapping("../escape", mapping)
    assert mapping.issues(["ID", "Link"]) == []
    bad = ColumnMapping({"ID": "sub:x", "Link": "result_url", "B": "result_url"}, "Mars/Base")
    issues = bad.issues(["ID", "Link", "B"])
    assert any("sub:<id>:score" in i for i in issues)
    assert any("both map to result_url" in i for i in issues)
    assert "No column is mapped to the order ID." in issues
    assert any("not a time zone" in i for i in issues)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_template_reads_back_fully_mapped(tmp_path: Path, suffix: str) -> None:
    path = write_template(tmp_path / f"template{suffix}")
    sheet = read_sheet(path)
    mapping = guess_mapping(sheet.headers)
    assert "ignore" not in mapping.columns.values()
    [check] = check_sheet(sheet, mapping, ZoneInfo("UTC"))
    # Only the example's report file is missing next to the template.
    assert [p.column for p in check.errors] == ["attachment:1"]
