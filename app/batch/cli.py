"""`result-desk batch FILE …`: bulk corrections from a sheet, without a window (no Qt here).

Exit status: 0 every row written; 1 some rows failed, are unknown or were skipped; 2 nothing
could start (bad file, bad mapping, problems in rows, no connection or key, an earlier batch
of the same sheet waiting for `--resume`). Problems are listed per row (the sheet's line) and
cell (the column's header).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from app import cli_text
from app.batch.journal import BatchJournal, RowOutcome, RowState
from app.batch.mapping import ColumnMapping, guess_mapping, load_mapping
from app.batch.orders_check import check_orders
from app.batch.pacing import DEFAULT_CONCURRENCY, SharedLimiter
from app.batch.progress import Progress, describe
from app.batch.report import write_report
from app.batch.resume import file_sha256, resumed_reason, rows_to_send
from app.batch.rows import CellProblem, RowCheck, check_sheet, zone_from_name
from app.batch.sender import BatchRow, BatchSender, Connection, make_client
from app.batch.sheet import Sheet, SheetError, read_sheet
from app.batch.team_delivery import TeamTarget, deliver_to_team, team_target
from app.cli_text import C_
from app.store.send_reason import MAX_NOTE, MAX_TICKET, SendReason

EXIT_ALL_WRITTEN = 0
EXIT_SOME_NOT_WRITTEN = 1
EXIT_COULD_NOT_START = 2
DEFAULT_TEAM_WAIT_S = 10.0


def _tr(text: str, n: int = -1) -> str:
    return cli_text.translate("BatchCli", text, None, n)


class CannotStart(Exception):
    """Nothing was sent; the message (possibly several lines) says why."""


def build_parser() -> argparse.ArgumentParser:
    parser = cli_text.ArgumentParser(
        prog="result-desk batch",
        description=C_(
            "Send the results in a CSV, XLSX or ODS sheet to Kombo, one row per order, "
            "at Kombo's pace. Every row is checked first with the form's rules."
        ),
        epilog=C_(
            "Exit status: 0 all written, 1 some failed or unknown, 2 nothing could start. "
            "KOMBO_API_KEY supplies the key (required with --base-url)."
        ),
    )
    parser.add_argument("file", metavar="FILE", help=C_("the sheet (.csv, .xlsx or .ods)"))
    parser.add_argument("--mapping", metavar="NAME", help=C_("a saved column mapping"))
    parser.add_argument("--connection", metavar="NAME", help=C_("a saved connection profile"))
    parser.add_argument(
        "--base-url", metavar="URL", help=C_("Kombo base URL (instead of a profile)")
    )
    parser.add_argument("--integration-id", metavar="ID", help=C_("integration ID for --base-url"))
    parser.add_argument(
        "--time-zone",
        metavar="ZONE",
        help=C_(
            "time zone of dates without an offset, e.g. Europe/Berlin (default: the mapping's, "
            "else this computer's)"
        ),
    )
    parser.add_argument("--dry-run", action="store_true", help=C_("check only; send nothing"))
    parser.add_argument(
        "--check-orders",
        action="store_true",
        help=C_("look the orders up first; flag missing ones and ones no longer OPEN"),
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        default=DEFAULT_CONCURRENCY,
        metavar="N",
        help=C_("writes in flight at most (default %(default)s)"),
    )
    parser.add_argument("--report", metavar="OUT.csv", help=C_("write each row's outcome (CSV)"))
    parser.add_argument(
        "--resume", action="store_true", help=C_("continue this sheet's unfinished batch")
    )
    parser.add_argument(
        "--resend-unknown",
        action="store_true",
        help=C_(
            "with --resume: send rows whose outcome is unknown again (they may be written twice)"
        ),
    )
    parser.add_argument(
        "--send-again",
        action="store_true",
        help=C_("send a sheet whose every row was already written once more"),
    )
    parser.add_argument(
        "--skip-invalid",
        action="store_true",
        help=C_("send the rows without problems even if other rows have some"),
    )
    parser.add_argument(
        "--reason",
        metavar="TEXT",
        default="",
        help=C_(
            "why these results are corrected, kept with every row in the history (not sent "
            "to Kombo); required when Preferences say so"
        ),
    )
    parser.add_argument(
        "--ticket", metavar="ID", default="", help=C_("a ticket reference, e.g. ZD-48213")
    )
    parser.add_argument(
        "--team-wait",
        type=float,
        default=DEFAULT_TEAM_WAIT_S,
        metavar="SECONDS",
        help=C_(
            "with a team history (RESULT_DESK_TEAM_URL): wait at most this long to deliver "
            "the batch's records before exiting (default %(default)g; 0: leave them "
            "queued for the next start)"
        ),
    )
    return parser


def _line(sheet: Sheet, problem: CellProblem) -> str:
    line, message = sheet.line_number(problem.row), cli_text.kombo_text(problem.message)
    warning = problem.severity == "warning"
    if problem.column is None:
        text = _tr("line %1: warning: %2") if warning else _tr("line %1: error: %2")
        return text.replace("%2", message).replace("%1", str(line))
    if warning:
        text = _tr("line %1, column %2: warning: %3")
    else:
        text = _tr("line %1, column %2: error: %3")
    return text.replace("%3", message).replace("%2", repr(problem.column)).replace("%1", str(line))


def print_problems(sheet: Sheet, checks: Sequence[RowCheck], out: TextIO) -> None:
    for check in checks:
        for problem in check.problems:
            print(_line(sheet, problem), file=out)


@dataclass
class _Plan:
    sheet: Sheet
    mapping: ColumnMapping
    checks: list[RowCheck]


def _plan(args: argparse.Namespace) -> _Plan:
    try:
        sheet = read_sheet(args.file)
    except SheetError as exc:
        raise CannotStart(str(exc)) from None
    if args.mapping:
        try:
            mapping = load_mapping(args.mapping)
        except KeyError:
            raise CannotStart(
                _tr("No saved mapping is called %1.").replace("%1", repr(args.mapping))
            ) from None
        except ValueError as exc:
            raise CannotStart(str(exc)) from None
    else:
        mapping = guess_mapping(sheet.headers)
    if args.time_zone:
        mapping.time_zone = args.time_zone
    if problems := mapping.issues(sheet.headers):
        raise CannotStart(_tr("The column mapping cannot be used:") + "\n" + "\n".join(problems))
    if not sheet.rows:
        raise CannotStart(_tr("%1 has column names but no rows.").replace("%1", sheet.path.name))
    checks = check_sheet(sheet, mapping, zone_from_name(mapping.time_zone))
    return _Plan(sheet, mapping, checks)


async def _connection(args: argparse.Namespace) -> tuple[Connection, str]:
    from app.store.profiles import (
        ProfileError,
        ProfileStore,
        base_url_issue,
        integration_id_issue,
    )
    from app.store.secrets import KeyringUnavailable, SecretStore

    if args.base_url:
        if args.connection:
            raise CannotStart(_tr("Give either --connection or --base-url, not both."))
        if issue := base_url_issue(args.base_url):
            raise CannotStart(f"--base-url: {cli_text.kombo_text(issue)}")
        if not args.integration_id:
            raise CannotStart(_tr("--integration-id is required with --base-url."))
        if issue := integration_id_issue(args.integration_id):
            raise CannotStart(f"--integration-id: {cli_text.kombo_text(issue)}")
        key = (await SecretStore(memory_only=True).lookup("")).key
        if not key:
            raise CannotStart(_tr("Set KOMBO_API_KEY to the API key (with --base-url)."))
        return Connection(args.base_url.rstrip("/"), args.integration_id.strip()), key
    secrets = SecretStore()
    try:
        profiles = ProfileStore(secrets=secrets).load()
        profile = profiles.get(args.connection) if args.connection else profiles.default()
        if profile is None:
            raise CannotStart(_tr("Give --connection NAME or --base-url URL --integration-id ID."))
        key = (await secrets.lookup(profile.name)).key
    except ProfileError as exc:
        raise CannotStart(f"--connection: {exc}") from None
    except KeyringUnavailable as exc:
        raise CannotStart(
            _tr("The key cannot be read from the keyring: %1").replace("%1", str(exc))
        ) from None
    finally:
        secrets.close()
    if not key:
        raise CannotStart(
            _tr("No API key is stored for %1; set KOMBO_API_KEY.").replace("%1", repr(profile.name))
        )
    base_url, integration = profile.effective_base_url, profile.integration_id
    return Connection(base_url, integration, profile.name, profile.verify), key


def _given_reason(args: argparse.Namespace) -> tuple[SendReason, bool]:
    """Who sends (Preferences → operator name) and why (--reason, --ticket); and whether
    Preferences require a reason for every send."""
    from app.store.desk_settings import read_desk_settings

    settings = read_desk_settings()
    operator = settings.text("preferences", "operatorName")
    required = settings.flag("preferences", "reasonRequired")
    return SendReason.typed(operator, args.reason, args.ticket), required


def _reason_required_message() -> str:
    return _tr(
        "result-desk batch: Preferences require a reason for every send: give --reason TEXT."
    )


async def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    plan = _plan(args)
    given, reason_required = _given_reason(args)
    if reason_required and not given.note and not args.dry_run and not args.resume:
        raise CannotStart(_reason_required_message())
    sheet, checks = plan.sheet, plan.checks
    team: TeamTarget | None = None
    if not args.dry_run:
        try:
            team = team_target()
        except ValueError as exc:
            raise CannotStart(str(exc)) from None
    connection: Connection | None = None
    key = ""
    if not args.dry_run or args.check_orders:
        connection, key = await _connection(args)
    limiter = SharedLimiter(args.concurrency)
    if args.check_orders and connection is not None:
        async with make_client(connection, key, limiter) as client:
            await check_orders(client, checks, plan.mapping)
    print_problems(sheet, checks, err)
    ready = [c for c in checks if c.ready]
    invalid = len(checks) - len(ready)
    summary = _tr("%n rows: %1 ready, %2 with problems.", len(checks))
    print(summary.replace("%2", str(invalid)).replace("%1", str(len(ready))), file=out)
    if args.dry_run:
        if args.report:
            write_report(Path(args.report), sheet, checks, {})
        return EXIT_ALL_WRITTEN if not invalid else EXIT_COULD_NOT_START
    if invalid and not args.skip_invalid:
        raise CannotStart(_tr("Nothing was sent: fix the rows above, or add --skip-invalid."))
    if not ready:
        raise CannotStart(_tr("Nothing was sent: no row is ready."))
    assert connection is not None

    from app.store.history import HistoryStore

    journal = BatchJournal.open_default()
    history = HistoryStore.open_default()
    try:
        sha = await asyncio.to_thread(file_sha256, sheet.path)
        earlier = journal.unfinished(sha, connection.base_url, connection.integration_id)
        if earlier is not None and not args.resume:
            raise CannotStart(
                _tr(
                    "An earlier batch of this sheet (%1) stopped before every row was written. "
                    "Add --resume to continue it (rows already written are not sent again)."
                ).replace("%1", str(earlier.created_at))
            )
        if earlier is None:
            done = journal.latest(sha, connection.base_url, connection.integration_id)
            if done is not None and not args.send_again:
                raise CannotStart(
                    _tr(
                        "This sheet was already sent in full (%1, batch %2). Nothing was sent; "
                        "add --send-again to send every row once more."
                    )
                    .replace("%2", str(done.id))
                    .replace("%1", str(done.created_at))
                )
        reason: SendReason | None = given
        if earlier is not None:
            reason = resumed_reason(journal, earlier, given)
            if reason is not given and given.note and reason is not None:
                print(
                    _tr("This batch keeps the reason it started with: %1").replace(
                        "%1", reason.note or ""
                    ),
                    file=out,
                )
        if reason_required and not (reason is not None and reason.note):
            raise CannotStart(_reason_required_message())
        if earlier is not None:
            batch_id = earlier.id
            recovered = journal.recover(batch_id)
            if recovered:
                print(
                    _tr(
                        "%n row(s) were being sent when the batch stopped: their outcome is "
                        "unknown; they are not sent again (--resend-unknown to send them).",
                        recovered,
                    ),
                    file=out,
                )
        else:
            batch_id = journal.create(
                sheet_path=str(sheet.path.resolve()),
                sheet_sha256=sha,
                base_url=connection.base_url,
                integration_id=connection.integration_id,
                profile=connection.profile,
                mapping=plan.mapping.to_json(),
                rows=[(c.index, c.order_id) for c in ready],
                reason=None if given.empty else given,
            )
        by_index = {c.index: c for c in checks}
        send, journal_rows = rows_to_send(journal, batch_id, by_index, args.resend_unknown)
        already = sum(1 for r in journal_rows if r.state is RowState.WRITTEN)
        print(
            _tr("Batch %1: %n row(s) to send, %2 already written.", len(send))
            .replace("%2", str(already))
            .replace("%1", str(batch_id)),
            file=out,
            flush=True,
        )
        progress = Progress(len(send), out=out, err=err, tty=err.isatty() and out.isatty())

        def on_row(row: BatchRow, outcome: RowOutcome) -> None:
            progress.row(sheet.line_number(row.index), row.order_id, outcome)

        async with make_client(connection, key, limiter) as client:
            sender = BatchSender(
                client,
                limiter,
                journal,
                batch_id,
                connection,
                history=history,
                on_row=on_row,
                reason=None if reason is None or reason.empty else reason,
            )
            await sender.run(send)
        progress.finish()
        final = {r.row_index: r.outcome for r in journal.rows(batch_id)}
        if args.report:
            write_report(Path(args.report), sheet, checks, final)
        counts = {state: sum(1 for o in final.values() if o.state is state) for state in RowState}
        limited = limiter.stats.rate_limited + limiter.stats.concurrency_limited
        totals = [counts[RowState.WRITTEN], counts[RowState.FAILED], counts[RowState.UNKNOWN]]
        print(
            _tr("written %1, failed %2, unknown %3, not sent %4; 429 answers: %5.")
            .replace("%5", str(limited))
            .replace("%4", str(counts[RowState.PENDING]))
            .replace("%3", str(totals[2]))
            .replace("%2", str(totals[1]))
            .replace("%1", str(totals[0])),
            file=out,
        )
        for index, outcome in sorted(final.items()):
            if outcome.state is RowState.UNKNOWN:
                line = sheet.line_number(index)
                order = by_index[index].order_id
                text = _tr("unknown: line %1 %2: %3").replace("%3", describe(outcome))
                print(text.replace("%2", order).replace("%1", str(line)), file=out)
        if team is not None:
            # The records are safe in the local history's queue whatever happens here; the
            # exit status says how the rows went, not how the team server is.
            print(await deliver_to_team(history, team, args.team_wait), file=out, flush=True)
    finally:
        journal.close()
        history.close()
    all_written = counts[RowState.WRITTEN] == len(final) and not invalid
    return EXIT_ALL_WRITTEN if all_written else EXIT_SOME_NOT_WRITTEN


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.concurrency < 1:
        print(_tr("result-desk batch: --concurrency must be at least 1"), file=sys.stderr)
        return EXIT_COULD_NOT_START
    if not 0 <= args.team_wait <= 3600:
        print(_tr("result-desk batch: --team-wait must be 0 to 3600 seconds"), file=sys.stderr)
        return EXIT_COULD_NOT_START
    for option, value, limit in (
        ("--reason", args.reason, MAX_NOTE),
        ("--ticket", args.ticket, MAX_TICKET),
    ):
        if len(value.strip()) > limit:
            text = _tr("result-desk batch: %1 takes at most %2 characters")
            print(text.replace("%2", str(limit)).replace("%1", option), file=sys.stderr)
            return EXIT_COULD_NOT_START
    try:
        return asyncio.run(run(args, sys.stdout, sys.stderr))
    except CannotStart as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_COULD_NOT_START
    except KeyboardInterrupt:
        print(_tr("Stopped. Run again with --resume to continue."), file=sys.stderr)
        return EXIT_SOME_NOT_WRITTEN


if __name__ == "__main__":  # pragma: no cover - `python -m app.batch.cli`
    sys.exit(main())
