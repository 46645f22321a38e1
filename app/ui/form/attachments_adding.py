"""Which probed files and links may join the attachments, and what the person is told.

Pure rules, no widgets, so they are tested without an editor: at most `MAX_ATTACHMENTS`, no
file twice, all files together under `MAX_FILES_BYTES` (they travel inline as base64), and a
warning above `WARN_FILE_BYTES`. `AttachmentsEditor` inserts `Additions.added` and shows the
words.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from app.kombo.constants import MAX_ATTACHMENTS
from app.ui.form.attachment_probe import (
    MAX_FILES_BYTES,
    WARN_FILE_BYTES,
    FileProbe,
    FileRefusal,
    mib,
    refusal_text,
)
from app.ui.form.attachments_model import AttachmentRow, link_name

#: A link to add: its URL, or (URL, name, content type); an empty name is taken from the URL.
LinkSource = tuple[str, str, str | None] | str


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentsEditor", text)


@dataclass
class Additions:
    """The rows to add, in order, and why anything else was refused or deserves a warning."""

    added: list[AttachmentRow] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def plan_additions(
    existing: Sequence[AttachmentRow],
    results: Sequence[FileProbe | FileRefusal],
    links: Sequence[LinkSource],
) -> Additions:
    """Decide, in order, which probed files and links can be added after `existing`."""
    plan = Additions()
    known = {row.path for row in existing if row.path}
    room = MAX_ATTACHMENTS - len(existing)
    too_many = _tr("{name} was not added: at most {max} attachments can be sent.")
    total = sum(row.size or 0 for row in existing if row.path)
    for result in results:
        if isinstance(result, FileRefusal):
            plan.refusals.append(refusal_text(result))
            continue
        name = os.path.basename(result.path)
        if total + result.size > MAX_FILES_BYTES and result.path not in known:
            too_much = _tr(
                "{name} was not added: with it the attachments would be {size}; at most "
                "{max} can be sent in one result."
            )
            size = mib(total + result.size)
            plan.refusals.append(too_much.format(name=name, size=size, max=mib(MAX_FILES_BYTES)))
        elif result.path in known:
            plan.refusals.append(
                _tr("{name} was not added: it is already attached.").format(name=name)
            )
        elif len(plan.added) >= room:
            plan.refusals.append(too_many.format(name=name, max=MAX_ATTACHMENTS))
        else:
            known.add(result.path)
            total += result.size
            if result.size > WARN_FILE_BYTES:
                large = _tr(
                    "{name} is {size}: above {warn} an upload is slow and some ATSs refuse "
                    "it; a link to the file (data_url) is safer."
                )
                size = mib(result.size)
                plan.warnings.append(large.format(name=name, size=size, warn=mib(WARN_FILE_BYTES)))
            plan.added.append(
                AttachmentRow(
                    name=name,
                    content_type=result.content_type,
                    path=result.path,
                    size=result.size,
                    mtime_ns=result.mtime_ns,
                )
            )
    for link in links:
        url, name, content_type = (link, "", None) if isinstance(link, str) else link
        url = url.strip()
        name = name.strip() or link_name(url)
        if len(plan.added) >= room:
            plan.refusals.append(too_many.format(name=name, max=MAX_ATTACHMENTS))
            continue
        plan.added.append(AttachmentRow(name=name, content_type=content_type or None, data_url=url))
    return plan


def report_text(added: Sequence[AttachmentRow], notes: Sequence[str]) -> str:
    """The status bar's and log's line: what was added, then every refusal and warning."""
    parts: list[str] = []
    if added:
        names = ", ".join(row.name for row in added)
        parts.append(_tr("Added: {names}.").format(names=names))
    parts.extend(notes)
    return " ".join(parts)
