"""Form state -> model input, issues -> parts, and the JSON template format."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from samples import sample_attributes

from app.kombo.validation import FieldIssue, validate_result
from app.ui.form import form_state as fs


def _filled(tmp_path: Path) -> dict:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4\n" + b"x" * 100)
    state = fs.empty_state()
    state.update(
        order_id="GRKdd9dibYKKCrmGRSMJf3wu",
        status="COMPLETED",
        completed_at="2026-04-04T09:30:00.000Z",
        result_url="https://example.com/r/1",
        score=87.5,
        max_score=100.0,
        attributes=sample_attributes(),
        attachments=[
            {
                "name": "Report.pdf",
                "content_type": "application/pdf",
                "path": str(report),
                "size": report.stat().st_size,
                "mtime_ns": report.stat().st_mtime_ns,
            },
            {"name": "Online.pdf", "content_type": "application/pdf", "data_url": "https://x.io/a"},
        ],
        remote_fields={"smartrecruiters": {"scoreLabel": "Strong"}, "recruitee": {"subtitle": ""}},
    )
    return state


def test_empty_state_sends_only_required_fields() -> None:
    data = fs.model_input(fs.empty_state())
    assert data == {"status": "COMPLETED", "result_url": ""}
    outcome = validate_result(data)
    paths = {issue.path for issue in outcome.errors}
    assert ("result_url",) in paths
    assert ("completed_at",) in paths


def test_filled_state_is_valid_and_files_become_file_refs(tmp_path: Path) -> None:
    state = _filled(tmp_path)
    data = fs.model_input(state)
    assert data["attachments"][0]["data"]["path"] == state["attachments"][0]["path"]
    assert "path" not in data["attachments"][0]
    assert data["attachments"][1] == {
        "name": "Online.pdf",
        "content_type": "application/pdf",
        "data_url": "https://x.io/a",
    }
    # Empty remote values are not sent.
    assert data["remote_fields"] == {"smartrecruiters": {"scoreLabel": "Strong"}}
    outcome = validate_result(data)
    assert outcome.ok, outcome.summary()


def test_text_that_is_not_a_number_is_kept_and_reported() -> None:
    state = fs.empty_state() | {"score": "12,5x", "result_url": "https://e.com"}
    data = fs.model_input(state)
    assert data["score"] == "12,5x"
    outcome = validate_result(data)
    assert any(issue.path == ("score",) for issue in outcome.errors)


def test_route_issues_to_parts() -> None:
    issues = [
        FieldIssue(("result_url",), "Enter a URL."),
        FieldIssue(("attributes", 1, "score", "max"), "At least 1."),
        FieldIssue(("attachments",), "At most 5."),
        FieldIssue(("attachments", 0, "content_type"), "generic", "warning"),
        FieldIssue(("remote_fields", "workday"), "Expected an object."),
        FieldIssue(("surprise",), "not part of the format"),
    ]
    routed = fs.route_issues(issues)
    assert [i.message for i in routed.result["result_url"]] == ["Enter a URL."]
    assert routed.attributes == [FieldIssue((1, "score", "max"), "At least 1.")]
    assert [i.path for i in routed.attachments] == [(), (0, "content_type")]
    assert routed.attachments[1].severity == "warning"
    assert routed.remote_fields[0].path == ("workday",)
    assert routed.general[0].path == ("surprise",)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (("result_url",), "Result URL"),
        (("attributes", 1, "score", "max"), "Attribute 2, score max"),
        (("attachments", 0, "content_type"), "Attachment 1, content type"),
        (("attachments",), "Attachments"),
        (("remote_fields", "x"), "Remote fields"),
        ((), "Result"),
    ],
)
def test_issue_location(path: tuple, expected: str) -> None:
    assert fs.issue_location(FieldIssue(path, "m")) == expected


def test_template_round_trip(tmp_path: Path) -> None:
    state = _filled(tmp_path)
    text = fs.dumps_template(state)
    data = json.loads(text)
    assert data[fs.TEMPLATE_KEY] == fs.TEMPLATE_VERSION
    assert data["order_id"] == state["order_id"]
    assert data["result"]["attachments"][0] == {
        "name": "Report.pdf",
        "content_type": "application/pdf",
        "path": state["attachments"][0]["path"],
    }
    loaded = fs.loads_template(text)
    assert loaded.issues == []
    for key in ("order_id", "status", "completed_at", "result_url", "score", "max_score"):
        assert loaded.state[key] == state[key]
    assert loaded.state["attributes"] == state["attributes"]
    assert loaded.state["attachments"][0]["size"] == state["attachments"][0]["size"]
    assert loaded.state["attachments"][1]["data_url"] == "https://x.io/a"
    assert validate_result(fs.model_input(loaded.state)).ok


def test_missing_file_is_kept_and_flagged(tmp_path: Path) -> None:
    state = _filled(tmp_path)
    text = fs.dumps_template(state)
    Path(state["attachments"][0]["path"]).unlink()
    loaded = fs.loads_template(text)
    assert loaded.state["attachments"][0]["name"] == "Report.pdf"
    assert [issue.path for issue in loaded.issues] == [("attachments", 0, "data")]
    assert "File not found" in loaded.issues[0].message


def test_a_file_that_vanishes_while_a_template_opens_is_flagged_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = _filled(tmp_path)
    text = fs.dumps_template(state)
    real_stat = os.stat
    calls = 0

    def vanishing_stat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        nonlocal calls
        calls += 1
        if calls > 1:  # checked once, then gone: the race between check and stat
            raise FileNotFoundError(2, "No such file or directory", str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", vanishing_stat)
    loaded = fs.loads_template(text)
    monkeypatch.undo()
    assert calls >= 2
    assert "size" not in loaded.state["attachments"][0]
    assert [issue.path for issue in loaded.issues] == [("attachments", 0, "data")]
    assert "File not found" in loaded.issues[0].message


def test_relative_paths_are_relative_to_the_template(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("hello")
    text = json.dumps(
        {
            fs.TEMPLATE_KEY: 1,
            "order_id": "X",
            "result": {
                "status": "OPEN",
                "result_url": "https://e.com",
                "attachments": [{"name": "a.txt", "path": "a.txt", "content_type": "text/plain"}],
            },
        }
    )
    loaded = fs.loads_template(text, base_dir=str(tmp_path))
    assert loaded.state["attachments"][0]["path"] == str(tmp_path / "a.txt")
    assert loaded.state["attachments"][0]["size"] == 5
    assert loaded.issues == []


def test_bare_result_body_opens_and_keeps_inline_data() -> None:
    body = {
        "status": "COMPLETED",
        "result_url": "https://e.com",
        "completed_at": "2026-01-01T00:00:00.000Z",
        "attachments": [{"name": "r.pdf", "content_type": "application/pdf", "data": "JVBERi0="}],
    }
    loaded = fs.state_from_template(body)
    assert loaded.state["order_id"] == ""
    assert loaded.state["status"] == "COMPLETED"
    assert loaded.state["attachments"] == [
        {"name": "r.pdf", "content_type": "application/pdf", "data": "JVBERi0="}
    ]
    assert loaded.issues == []
    assert validate_result(fs.model_input(loaded.state)).ok


def test_file_issues_name_changed_and_vanished_files(tmp_path: Path) -> None:
    state = _filled(tmp_path)
    attachments = state["attachments"]
    assert fs.file_issues(attachments) == []
    Path(attachments[0]["path"]).write_bytes(b"different length")
    issues = fs.file_issues(attachments)
    assert [i.path for i in issues] == [("attachments", 0, "data")]
    assert "changed" in issues[0].message
    Path(attachments[0]["path"]).unlink()
    assert "File not found" in fs.file_issues(attachments)[0].message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", r"not valid JSON \(line 1"),
        ("[1, 2]", "JSON object"),
        ('{"hello": 1}', "neither"),
        (json.dumps({fs.TEMPLATE_KEY: 99, "result": {}}), "newer"),
        (json.dumps({fs.TEMPLATE_KEY: 1, "result": []}), "not a JSON object"),
    ],
)
def test_bad_templates_say_why(text: str, message: str) -> None:
    with pytest.raises(fs.TemplateError, match=message):
        fs.loads_template(text)


def test_blank_state_means_nothing_typed(tmp_path: Path) -> None:
    assert fs.is_blank_state(fs.empty_state())
    remote_inputs = {"smartrecruiters_score_label": "", "raw_json": ""}
    assert fs.is_blank_state(fs.empty_state() | {"remote_fields": remote_inputs})
    assert not fs.is_blank_state(fs.empty_state() | {"order_id": "X"})
    assert not fs.is_blank_state(_filled(tmp_path))


def test_normalized_state_fills_gaps_and_drops_junk() -> None:
    state = fs.normalized_state({"order_id": None, "attributes": "nope", "bogus": 1})
    assert state["order_id"] == ""
    assert state["attributes"] == []
    assert "bogus" not in state


@pytest.mark.parametrize(
    "completed_at",
    ["1970-01-01T00:00:00.000Z", "1999-12-31T23:59:59.999Z", "9999-12-31T23:00:00.000Z", "soon"],
)
def test_completed_at_survives_a_template_as_it_was(completed_at: str) -> None:
    """Early, late and unreadable times alike: saved and opened again, never dropped."""
    state = fs.empty_state()
    state.update(order_id="A1", result_url="https://example.com/r", completed_at=completed_at)
    loaded = fs.loads_template(fs.dumps_template(state))
    assert loaded.state["completed_at"] == completed_at
    assert fs.model_input(loaded.state)["completed_at"] == completed_at
