"""What a batch's journal says to send: shared by the command line and the window.

A sheet is known by its content (sha256), so a renamed copy resumes the same batch and an
edited sheet starts a new one. Resuming sends `pending` and `failed` rows; `unknown` rows
(they may have been written) only when the person asks. A resumed batch keeps the reason it
started with, so the command line and the window record the same who and why for every row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path

from app.batch.journal import BatchInfo, BatchJournal, JournalRow, RowState
from app.batch.rows import RowCheck
from app.batch.sender import BatchRow
from app.store.send_reason import SendReason


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def rows_to_send(
    journal: BatchJournal,
    batch_id: str,
    checks: Mapping[int, RowCheck],
    resend_unknown: bool | frozenset[int] = False,
) -> tuple[list[BatchRow], list[JournalRow]]:
    """The rows to send now and every row of the batch as the journal has it.

    `resend_unknown`: True for every unknown row, or the indexes of the ones the person chose.
    """
    wanted = {RowState.PENDING, RowState.FAILED}
    rows = journal.rows(batch_id)
    send: list[BatchRow] = []
    for row in rows:
        check = checks.get(row.row_index)
        chosen = row.state in wanted or (
            row.state is RowState.UNKNOWN
            and (
                resend_unknown is True
                or (isinstance(resend_unknown, frozenset) and row.row_index in resend_unknown)
            )
        )
        if chosen and check is not None and check.body is not None:
            send.append(BatchRow(row.row_index, row.order_id, check.body))
    return send, rows


def resumed_reason(
    journal: BatchJournal, batch: BatchInfo, given: SendReason | None
) -> SendReason | None:
    """The reason a resumed batch records: the one it started with; for a batch started
    without one, the one given now, which it keeps from then on."""
    if batch.reason is not None:
        return batch.reason
    if given is not None and not given.empty:
        journal.set_reason(batch.id, given)
        return given
    return None
