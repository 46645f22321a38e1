"""What the command line shows while a batch is sent: a bar on a terminal, plain lines otherwise.

Plain lines (one per row, flushed) are for logs and scripts; the bar redraws one line on
stderr with rows done and left, the outcomes so far and the time left at the current pace.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from typing import TextIO

from app.batch.journal import RowOutcome, RowState

_BAR_WIDTH = 28


def describe(outcome: RowOutcome) -> str:
    parts = [outcome.state.value]
    if outcome.http_status is not None:
        parts.append(f"HTTP {outcome.http_status}")
    if outcome.error_code:
        parts.append(outcome.error_code)
    if outcome.message and outcome.state is not RowState.WRITTEN:
        parts.append(outcome.message)
    if outcome.warnings:
        count = len(outcome.warnings)  # the plain lines are English, for logs and scripts
        parts.append(f"{count} warning{'' if count == 1 else 's'}: " + " | ".join(outcome.warnings))
    if outcome.log_url:
        parts.append(outcome.log_url)
    return " - ".join(parts)


class Progress:
    def __init__(
        self, total: int, *, out: TextIO = sys.stdout, err: TextIO = sys.stderr, tty: bool
    ) -> None:
        self.total = total
        self.done = 0
        self.counts: Counter[RowState] = Counter()
        self._out = out
        self._err = err
        self._tty = tty
        self._started = time.monotonic()
        self._last_draw = 0.0

    def row(self, line: int, order_id: str, outcome: RowOutcome) -> None:
        self.done += 1
        self.counts[outcome.state] += 1
        if not self._tty:
            print(f"line {line} {order_id}: {describe(outcome)}", file=self._out, flush=True)
            return
        if outcome.state is not RowState.WRITTEN:
            self._clear()
            print(f"line {line} {order_id}: {describe(outcome)}", file=self._err, flush=True)
        now = time.monotonic()
        if now - self._last_draw >= 0.1 or self.done == self.total:
            self._last_draw = now
            self._draw(now)

    def _eta(self, now: float) -> str:
        if not self.done:
            return "--"
        left = (now - self._started) / self.done * (self.total - self.done)
        minutes, seconds = divmod(round(left), 60)
        return f"{minutes}:{seconds:02d}"

    def _draw(self, now: float) -> None:
        filled = round(_BAR_WIDTH * self.done / self.total) if self.total else _BAR_WIDTH
        bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
        text = (
            f"\r[{bar}] {self.done}/{self.total} "
            f"written {self.counts[RowState.WRITTEN]} failed {self.counts[RowState.FAILED]} "
            f"unknown {self.counts[RowState.UNKNOWN]} left {self._eta(now)}"
        )
        self._err.write(text)
        self._err.flush()

    def _clear(self) -> None:
        self._err.write("\r\x1b[K")

    def finish(self) -> None:
        if self._tty:
            self._err.write("\n")
            self._err.flush()
