"""The adding rules without an editor: real files probed on disk, then `plan_additions`."""

from __future__ import annotations

import os
from pathlib import Path

from app.kombo.constants import MAX_ATTACHMENTS
from app.ui.form.attachment_probe import MIB, FileProbe, FileRefusal, probe_file
from app.ui.form.attachments_adding import plan_additions, report_text
from app.ui.form.attachments_model import AttachmentRow


def _file(folder: Path, name: str, size: int) -> Path:
    path = folder / name
    with open(path, "wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(size)  # sparse: only the first bytes are ever read
    return path


def _probe(path: Path) -> FileProbe:
    found = probe_file(str(path))
    assert isinstance(found, FileProbe)
    return found


def test_files_and_links_are_added_in_order_with_names(tmp_path: Path) -> None:
    report = _probe(_file(tmp_path, "report.pdf", 4000))
    plan = plan_additions([], [report], ["https://x.example/files/cv.pdf"])
    assert [row.name for row in plan.added] == ["report.pdf", "cv.pdf"]
    assert plan.added[0].content_type == "application/pdf"
    assert plan.added[1].data_url == "https://x.example/files/cv.pdf"
    assert plan.refusals == []
    assert plan.warnings == []
    assert report_text(plan.added, []) == "Added: report.pdf, cv.pdf."


def test_a_file_already_attached_and_a_sixth_attachment_are_refused(tmp_path: Path) -> None:
    report = _probe(_file(tmp_path, "report.pdf", 4000))
    existing = [AttachmentRow(name="report.pdf", path=report.path, size=4000)]
    existing += [AttachmentRow(name=f"l{n}", data_url="https://x.example/") for n in range(3)]
    other = _probe(_file(tmp_path, "other.pdf", 4000))
    plan = plan_additions(existing, [report, other], [("https://x.example/b", "b", None)])
    assert [row.name for row in plan.added] == ["other.pdf"]
    assert plan.refusals == [
        "report.pdf was not added: it is already attached.",
        f"b was not added: at most {MAX_ATTACHMENTS} attachments can be sent.",
    ]


def test_large_files_warn_and_too_much_together_is_refused(tmp_path: Path) -> None:
    first = _probe(_file(tmp_path, "a.pdf", 30 * MIB))
    second = _probe(_file(tmp_path, "b.pdf", 30 * MIB))
    plan = plan_additions([], [first, second], [])
    assert [row.name for row in plan.added] == ["a.pdf"]
    assert plan.warnings == [
        "a.pdf is 30.0 MiB: above 20.0 MiB an upload is slow and some ATSs refuse it; "
        "a link to the file (data_url) is safer."
    ]
    assert plan.refusals == [
        "b.pdf was not added: with it the attachments would be 60.0 MiB; at most 48.0 MiB "
        "can be sent in one result."
    ]


def test_a_refused_probe_is_said_with_its_reason(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    refusals = [probe_file(str(empty)), probe_file(str(tmp_path)), probe_file(os.devnull)]
    assert all(isinstance(found, FileRefusal) for found in refusals)
    plan = plan_additions([], refusals, [])
    assert plan.added == []
    assert plan.refusals == [
        "empty.txt was not added: the file is empty.",
        f"{tmp_path.name} was not added: it is a folder; add the files in it instead.",
        "null was not added: it is not a regular file.",
    ]
    assert report_text([], plan.refusals).startswith("empty.txt was not added")
