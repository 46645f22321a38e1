"""A real X display for keyboard walks: Xvfb, openbox, xdotool keys and screenshots.

RECIPES.md "A real window under Xvfb, driven by keys". Xvfb picks a free display number itself
(`-displayfd`), so walks can run beside other X servers. Every process started here is a child
in its own session and is stopped by `XDisplay.stop()`; nothing is killed by name.

Waiting is always a poll of a condition with a deadline (`poll`), never a fixed sleep.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

TOOLS = {
    "Xvfb": "xvfb",
    "openbox": "openbox",
    "xdotool": "xdotool",
    "xwininfo": "x11-utils",
    "xprop": "x11-utils",
    "import": "imagemagick",
}
POLL_INTERVAL = 0.05


class WalkError(AssertionError):
    """A step of the walk did not reach its condition in time."""


def missing_tools() -> list[str]:
    """`tool (package)` for every program the walk needs that is not installed."""
    return [f"{tool} ({package})" for tool, package in TOOLS.items() if not shutil.which(tool)]


def poll(condition: Callable[[], T | None], timeout: float, what: str) -> T:
    """The first truthy value of `condition()` within `timeout` seconds, else WalkError."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise WalkError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(POLL_INTERVAL)


@dataclass(frozen=True)
class Geometry:
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height


@dataclass
class XDisplay:
    """A running Xvfb with openbox. `env` is what an X client needs (DISPLAY)."""

    number: int
    width: int
    height: int
    shots: Path
    _processes: list[subprocess.Popen[bytes]] = field(default_factory=list, repr=False)
    _shot_count: int = 0

    @property
    def env(self) -> dict[str, str]:
        return {"DISPLAY": f":{self.number}"}

    def stop(self) -> None:
        for process in reversed(self._processes):  # the window manager before the server
            stop_process(process)
        self._processes.clear()

    # --- xdotool ---------------------------------------------------------------------------

    def run(self, *args: str, timeout: float = 10) -> str:
        """Run an X client tool on this display; its stdout."""
        done = subprocess.run(
            args,
            env=os.environ | self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if done.returncode != 0:
            raise WalkError(f"{' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
        return done.stdout

    def windows(self, name: str) -> list[str]:
        """Visible windows whose title matches the regular expression `name`."""
        try:
            out = self.run("xdotool", "search", "--onlyvisible", "--name", name)
        except WalkError:
            return []  # xdotool exits 1 when nothing matches
        return out.split()

    def wait_window(self, name: str, timeout: float = 20) -> str:
        """The first visible window titled like `name` (a regular expression)."""
        return poll(lambda: (found := self.windows(name)) and found[0], timeout, f"window {name!r}")

    def wait_gone(self, name: str, timeout: float = 10) -> None:
        poll(lambda: not self.windows(name), timeout, f"window {name!r} to close")

    def active_window(self) -> str:
        return self.run("xdotool", "getactivewindow").strip()

    def activate(self, window: str, timeout: float = 10) -> None:
        """Bring `window` to the front with the keyboard focus (asked again until it has it:
        the window manager may still be busy with a window that just closed)."""

        def active() -> bool:
            if self.active_window() == window:
                return True
            self.run("xdotool", "windowactivate", window)
            return False

        try:
            poll(active, timeout, f"window {window} to be active")
        except WalkError as exc:
            raise WalkError(f"{exc}; windows: {self.describe_windows()}") from None

    def describe_windows(self) -> str:
        """Every visible window with its title, and which is active (for failure messages)."""
        names = []
        for found in self.windows("."):
            try:
                names.append(f"{found} {self.run('xdotool', 'getwindowname', found).strip()!r}")
            except WalkError:
                continue
        try:
            active = self.active_window()
        except WalkError:
            active = "none"
        return f"{', '.join(names)}; active: {active}"

    def frame_extents(self, window: str) -> tuple[int, int, int, int]:
        """The window manager's frame around `window`: left, right, top, bottom."""
        out = self.run("xprop", "-id", window, "_NET_FRAME_EXTENTS")
        numbers = [int(n) for n in re.findall(r"\d+", out.partition("=")[2])]
        return (numbers[0], numbers[1], numbers[2], numbers[3]) if len(numbers) == 4 else (0,) * 4

    def keys(self, *keys: str) -> None:
        """Press keys (xdotool names: Tab, Return, ctrl+shift+t, alt+n) at the focused window."""
        self.run("xdotool", "key", "--clearmodifiers", "--delay", "30", *keys)

    def type(self, text: str) -> None:
        """Type `text` as keystrokes into the focused widget."""
        self.run("xdotool", "type", "--clearmodifiers", "--delay", "12", "--", text)

    # --- what is on the screen -------------------------------------------------------------

    def screenshot(self, name: str) -> Path:
        """The whole screen as artifacts' `NN-name.png`, numbered in walk order."""
        self._shot_count += 1
        path = self.shots / f"{self._shot_count:02d}-{name}.png"
        self.run("import", "-window", "root", str(path))
        return path

    def geometry(self, window: str) -> Geometry:
        """Where the window is, frame excluded (xwininfo's absolute position and size)."""
        info = self.run("xwininfo", "-id", window)

        def value(label: str) -> int:
            match = re.search(rf"{label}:\s+(-?\d+)", info)
            assert match is not None, f"no {label} in xwininfo: {info}"
            return int(match.group(1))

        return Geometry(
            value("Absolute upper-left X"),
            value("Absolute upper-left Y"),
            value("Width"),
            value("Height"),
        )

    def minimum_size(self, window: str) -> tuple[int, int] | None:
        """The smallest size the program allows (WM_NORMAL_HINTS), or None if it sets none."""
        hints = self.run("xprop", "-id", window, "WM_NORMAL_HINTS")
        match = re.search(r"minimum size: (\d+) by (\d+)", hints)
        return (int(match.group(1)), int(match.group(2))) if match else None


def stop_process(process: subprocess.Popen[bytes]) -> None:
    """Terminate one child (its own session: its children too), then kill it if it lingers."""
    if process.poll() is None:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, 15)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait(timeout=5)
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            stream.close()


def _start_xvfb(width: int, height: int, log: Path) -> tuple[subprocess.Popen[bytes], int]:
    read_end, write_end = os.pipe()
    with log.open("ab") as out:
        server = subprocess.Popen(
            [
                *("Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24"),
                *("-nolisten", "tcp", "-noreset"),
            ],
            stdout=out,
            stderr=out,
            pass_fds=(write_end,),
            start_new_session=True,
        )
    os.close(write_end)
    try:
        # Xvfb writes the display number once it accepts clients; EOF means it gave up.
        with os.fdopen(read_end, "rb") as numbers:
            number = numbers.readline().strip()
    except BaseException:
        stop_process(server)
        raise
    if not number:
        stop_process(server)
        raise WalkError(f"Xvfb did not start: {log.read_text(errors='replace')[-500:]}")
    return server, int(number)


@contextmanager
def x_display(width: int, height: int, shots: Path, logs: Path) -> Iterator[XDisplay]:
    """Xvfb of `width`×`height` with openbox managing its windows; stopped on exit."""
    shots.mkdir(parents=True, exist_ok=True)
    server, number = _start_xvfb(width, height, logs / "xvfb.log")
    display = XDisplay(number, width, height, shots, [server])
    try:
        with (logs / "openbox.log").open("ab") as out:
            wm = subprocess.Popen(
                ["openbox", "--sm-disable"],
                env=os.environ | display.env,
                stdout=out,
                stderr=out,
                start_new_session=True,
            )
        display._processes.append(wm)
        # openbox announces itself by owning the window-manager selection of screen 0.
        poll(
            lambda: wm.poll() is None and _has_window_manager(display),
            10,
            "openbox to manage the screen",
        )
        yield display
    finally:
        display.stop()


def _has_window_manager(display: XDisplay) -> bool:
    try:
        out = display.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK", timeout=5)
    except (WalkError, subprocess.TimeoutExpired):
        return False
    return "window id" in out
