"""Who corrected these results, and why: `result-desk batch --reason/--ticket` with the
operator's name from Preferences, on every row's history record; kept by --resume; required
when Preferences say so. The CLI and the sandbox are processes; the history a real database."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_helpers import (
    batch_command,
    batch_env,
    open_orders,
    requests_log,
    start_sandbox,
    write_sheet,
    writes_per_order,
)
from history_records import saved_history

pytestmark = pytest.mark.slow


@pytest.fixture
def sandbox() -> Iterator[str]:
    proc, base_url = start_sandbox("--write-latency", "0.02:0.05")
    try:
        yield base_url
    finally:
        proc.terminate()
        proc.wait(10)


def _preferences(operator: str, reason_required: bool) -> None:
    """Saved as the Preferences dialog saves them (QSettings), read by the CLI without Qt."""
    from app.ui.common.preferences import DeskPreferences, save_preferences

    save_preferences(DeskPreferences(operator_name=operator, reason_required=reason_required))


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=batch_env(), capture_output=True, text=True, timeout=120)


def test_every_row_records_operator_reason_and_ticket(sandbox: str, tmp_path: Path) -> None:
    _preferences("Anna Keller, Support", reason_required=False)
    orders = open_orders(sandbox, 6)
    sheet = write_sheet(tmp_path / "six.csv", orders)
    done = _run(
        *batch_command(sheet, sandbox, "--reason", "Scoring bug 2026-03", "--ticket", "ZD-48213")
    )
    assert done.returncode == 0, done.stdout + done.stderr
    records = saved_history()
    assert sorted(r.order_id for r in records) == sorted(orders)
    assert {(r.operator_name, r.reason_note, r.reason_ticket) for r in records} == {
        ("Anna Keller, Support", "Scoring bug 2026-03", "ZD-48213")
    }
    assert all(r.operator_user for r in records)  # the store's own user@host is kept too


def test_a_resumed_batch_keeps_the_reason_it_started_with(sandbox: str, tmp_path: Path) -> None:
    _preferences("Anna Keller", reason_required=True)
    orders = open_orders(sandbox, 40)
    sheet = write_sheet(tmp_path / "forty.csv", orders)
    first = subprocess.Popen(
        batch_command(
            sheet, sandbox, "--reason", "ATS outage", "--ticket", "INC-7", "--concurrency", "1"
        ),
        env=batch_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert first.stdout is not None
    for line in first.stdout:
        if line.startswith("line "):  # one row's outcome is out: stop the rest
            first.send_signal(signal.SIGKILL)
            break
    first.wait(30)
    assert first.returncode == -signal.SIGKILL
    before = {r.order_id for r in saved_history()}
    assert 0 < len(before) < len(orders)

    _preferences("Ben Ott", reason_required=True)  # another operator resumes, no --reason
    resumed = _run(*batch_command(sheet, sandbox, "--resume", "--resend-unknown"))
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    records = saved_history()
    assert {r.order_id for r in records} == set(orders)
    assert {(r.operator_name, r.reason_note, r.reason_ticket) for r in records} == {
        ("Anna Keller", "ATS outage", "INC-7")
    }


def test_a_required_reason_stops_the_batch_before_anything_is_sent(
    sandbox: str, tmp_path: Path
) -> None:
    _preferences("Anna Keller", reason_required=True)
    sheet = write_sheet(tmp_path / "three.csv", open_orders(sandbox, 3))
    done = _run(*batch_command(sheet, sandbox, "--ticket", "ZD-1"))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "result-desk batch: Preferences require a reason for every send: give --reason TEXT."
    ]
    assert not [r for r in requests_log(sandbox) if r["method"] == "PUT"]
    assert saved_history() == []

    checked = _run(*batch_command(sheet, sandbox, "--dry-run"))  # checking sends nothing
    assert checked.returncode == 0, checked.stderr
    assert writes_per_order(sandbox) == {}


def test_a_reason_longer_than_the_forms_limit_is_refused(sandbox: str, tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "one.csv", open_orders(sandbox, 1))
    done = _run(*batch_command(sheet, sandbox, "--reason", "x" * 501))
    assert done.returncode == 2
    assert "--reason takes at most 500 characters" in done.stderr
    ticket = _run(*batch_command(sheet, sandbox, "--reason", "ok", "--ticket", "T" * 65))
    assert ticket.returncode == 2
    assert "--ticket takes at most 64 characters" in ticket.stderr
    assert writes_per_order(sandbox) == {}
