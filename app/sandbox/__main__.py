"""`python -m app.sandbox`: run the local Kombo until Ctrl+C or SIGTERM.

The first line on stdout is always `Sandbox listening on http://HOST:PORT/v1` (flushed), so a
script or test can start it with `--port 0` and read the address.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from app.sandbox.faults import RETRY_HINT_HEADERS
from app.sandbox.handler import MIB
from app.sandbox.integration import INTEGRATION_STATUSES, SETUP_STATUSES
from app.sandbox.limits import parse_latency, parse_rate
from app.sandbox.requestlog import LoggedRequest
from app.sandbox.server import DEFAULT_MAX_BODY_BYTES, SandboxServer


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m app.sandbox",
        description="A local Kombo-compatible API server for Result Desk's demo mode and tests.",
        epilog=(
            "Request size limit: bodies over --max-body-mb are answered with HTTP 413 in "
            "Kombo's error envelope (code PLATFORM.INPUT_INVALID). Faults apply to writes "
            "(PUT .../result) unless --faults-on-reads is given."
        ),
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback)")
    parser.add_argument("--port", type=int, default=0, help="port; 0 picks a free one (default)")
    parser.add_argument("--api-key", default="sandbox", help="accepted API key (default: sandbox)")
    parser.add_argument(
        "--integration-id",
        default="sandbox:demo",
        help="accepted integration ID (default: sandbox:demo)",
    )
    parser.add_argument(
        "--organization-name",
        default="Acme GmbH",
        help="the customer GET /integrations/{id} names (default: Acme GmbH)",
    )
    parser.add_argument(
        "--integration-status",
        choices=INTEGRATION_STATUSES,
        default="ACTIVE",
        help="the integration's status; INACTIVE also refuses /assessment calls",
    )
    parser.add_argument(
        "--setup-status",
        choices=SETUP_STATUSES,
        default="COMPLETED",
        help="the integration's setup_status; any other value refuses /assessment calls",
    )
    parser.add_argument(
        "--seed-orders", type=int, default=120, metavar="N", help="orders to seed (default 120)"
    )
    parser.add_argument("--seed", type=int, default=7, help="random seed for the data (default 7)")
    parser.add_argument(
        "--max-body-mb",
        type=float,
        default=DEFAULT_MAX_BODY_BYTES / MIB,
        metavar="M",
        help=(
            "request size limit in MiB; larger bodies get HTTP 413 "
            f"(default {DEFAULT_MAX_BODY_BYTES // MIB})"
        ),
    )
    parser.add_argument(
        "--latency", type=float, default=0.0, metavar="S", help="seconds added before every answer"
    )
    parser.add_argument(
        "--read-delay-per-mb",
        type=float,
        default=0.0,
        metavar="S",
        help="seconds per MiB of body read (slow upload)",
    )
    parser.add_argument(
        "--rate-limit-next",
        type=int,
        default=0,
        metavar="N",
        help="answer the next N writes with 429",
    )
    parser.add_argument(
        "--retry-after-ms", type=int, default=1000, metavar="MS", help="the wait a 429 asks for"
    )
    parser.add_argument(
        "--retry-header",
        choices=RETRY_HINT_HEADERS,
        default="retry-after-ms",
        help="where a 429 puts its wait",
    )
    parser.add_argument(
        "--fail-next", type=int, default=0, metavar="N", help="answer the next N writes with a 5xx"
    )
    parser.add_argument(
        "--fail-status", type=int, default=500, help="the status of --fail-next (default 500)"
    )
    parser.add_argument(
        "--non-json-next",
        type=int,
        default=0,
        metavar="N",
        help="answer the next N writes with an HTML 503 page",
    )
    parser.add_argument(
        "--drop-next",
        type=int,
        default=0,
        metavar="N",
        help="close the connection of the next N writes unanswered",
    )
    parser.add_argument(
        "--drop-after-bytes",
        type=int,
        default=0,
        metavar="B",
        help="body bytes read before dropping (default 0)",
    )
    parser.add_argument(
        "--faults-on-reads",
        action="store_true",
        help="let GET requests consume the faults above too",
    )
    parser.add_argument(
        "--rate-limit",
        metavar="N/SECONDS",
        help="N requests per window, then 429 PLATFORM.RATE_LIMIT_EXCEEDED",
    )
    parser.add_argument(
        "--concurrency-limit",
        type=int,
        metavar="N",
        help="N writes in flight per integration, then 429 CONCURRENCY_LIMIT_EXCEEDED",
    )
    parser.add_argument(
        "--write-latency",
        metavar="MIN:MAX",
        help="seconds each write takes, at random in the range (a slow ATS)",
    )
    parser.add_argument(
        "--quiet", action="store_true", help="do not print one line per request on stderr"
    )
    return parser


def _print_request(entry: LoggedRequest) -> None:
    status = entry.status if entry.status is not None else entry.outcome
    target = entry.path + (f"?{entry.query}" if entry.query else "")
    print(
        f"{entry.method} {target} -> {status} ({entry.body_size} body bytes)",
        file=sys.stderr,
        flush=True,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.max_body_mb <= 0 or args.seed_orders < 0:
        print(
            "error: --max-body-mb must be positive and --seed-orders not negative", file=sys.stderr
        )
        return 2
    server = SandboxServer(
        args.host,
        args.port,
        api_key=args.api_key,
        integration_id=args.integration_id,
        seed_orders=args.seed_orders,
        seed=args.seed,
        max_body_bytes=int(args.max_body_mb * MIB),
    )
    server.integration.organization_name = args.organization_name
    server.integration.status = args.integration_status
    server.integration.setup_status = args.setup_status
    faults = server.faults
    reads = bool(args.faults_on_reads)
    try:
        faults.latency = args.latency
        if args.rate_limit:
            server.limits.rate = parse_rate(args.rate_limit)
        if args.concurrency_limit is not None:
            if args.concurrency_limit < 1:
                raise ValueError("--concurrency-limit must be at least 1")
            server.limits.concurrency = args.concurrency_limit
        if args.write_latency:
            server.limits.write_latency = parse_latency(args.write_latency)
        faults.read_delay_per_mb = args.read_delay_per_mb
        if args.rate_limit_next:
            faults.rate_limit_next(
                args.rate_limit_next, args.retry_after_ms, args.retry_header, include_reads=reads
            )
        if args.fail_next:
            faults.fail_next(args.fail_next, args.fail_status, include_reads=reads)
        if args.non_json_next:
            faults.non_json_next(args.non_json_next, include_reads=reads)
        if args.drop_next:
            faults.drop_next(args.drop_next, args.drop_after_bytes, include_reads=reads)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        server.on_request = _print_request

    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    try:
        server.start()
    except OSError as exc:
        print(
            f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return 1
    try:
        print(f"Sandbox listening on {server.base_url}", flush=True)
        key_note = (
            "the default key 'sandbox'"
            if args.api_key == "sandbox"
            else "the key given by --api-key"
        )
        print(
            f"Accepting {key_note} and integration ID {args.integration_id!r}; "
            f"{args.seed_orders} orders seeded. Ctrl+C stops.",
            flush=True,
        )
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    print("Sandbox stopped.", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
