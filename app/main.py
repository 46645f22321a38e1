"""Entry point: command line, QApplication, the main window and the qasync loop.

Start-up is benchmarked against a bare QMainWindow, so the window paints before anything it
does not show is imported: the window is composed and shown, Qt's events run in a local
QEventLoop until its first paint, and only then do asyncio and qasync (~35 ms) load and the
qasync loop start. Nothing on the way to that paint may need a running loop: the rooms create
their tasks and locks on first use. After the paint, `Desk.wire_after_paint()` adds the orders
panel, the history and the team history; httpx, keyring and the sandbox load inside the
functions that need them, and the validator (pydantic) on the first edit or at idle.
"""

from __future__ import annotations

import argparse
import enum
import gc
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from app import cli_text
from app._version import __version__

if TYPE_CHECKING:
    import tempfile

    from PySide6.QtWidgets import QApplication

    from app.sandbox import SandboxServer
    from app.ui.common.context import AppContext, ConnectionInfo
    from app.ui.shell.desk import Desk
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.single_instance import SingleInstance

APP_ID = "dev.resultdesk.ResultDesk"
APP_NAME = "Result Desk"


def _tr(text: str, n: int = -1) -> str:
    return cli_text.translate("CommandLine", text, None, n)


def build_parser() -> argparse.ArgumentParser:
    from app.cli_text import C_

    parser = cli_text.ArgumentParser(
        prog="result-desk",
        description=C_("Write assessment results into an ATS through Kombo's API."),
        epilog=C_(
            "KOMBO_API_KEY supplies the key for this run only; RESULT_DESK_HOME keeps every "
            "file the program writes under one folder."
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=C_(
            "start the built-in sandbox on a free loopback port and a profile pointing at it "
            "(no key needed, nothing stored in the keyring)"
        ),
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help=C_(
            "headless end-to-end check: versions, Qt platform, keyring backend, one send "
            "through the sandbox; exit 0, or 1 with a one-line reason"
        ),
    )
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        help=C_("with --demo: render the main window with a sample result to a PNG and exit"),
    )
    parser.add_argument(
        "--exit-on-first-paint",
        action="store_true",
        help=C_(
            "quit once the main window has painted and start-up has finished (what follows "
            "the first paint: orders dock, history, team history); for start-up benchmarks"
        ),
    )
    parser.add_argument(
        "--base-url", metavar="URL", help=C_("Kombo base URL for a quick connection")
    )
    parser.add_argument(
        "--integration-id", metavar="ID", help=C_("integration ID for the --base-url connection")
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=C_("show program's version number and exit"),
    )
    return parser


def validate_args(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse a --base-url or --integration-id that a saved profile could not have: one line
    on stderr and exit status 2 (`parser.error`), before any window."""
    if args.base_url is None and args.integration_id is None:
        return
    from app.store.profiles import base_url_issue, integration_id_issue

    if args.base_url is not None and (issue := base_url_issue(args.base_url)):
        parser.error(f"--base-url: {cli_text.kombo_text(issue)}")
    if args.integration_id is not None and (issue := integration_id_issue(args.integration_id)):
        parser.error(f"--integration-id: {cli_text.kombo_text(issue)}")


def _needs_offscreen(args: argparse.Namespace) -> bool:
    """Headless modes run offscreen when there is no display to talk to."""
    if not (args.self_check or args.screenshot):
        return False
    has_display = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    on_linux = sys.platform.startswith("linux")
    return not os.environ.get("QT_QPA_PLATFORM") and on_linux and not has_display


# The bundle keeps only this platform theme (packaging/pyinstaller/result-desk.spec): through the
# XDG desktop portal, QFileDialog is the desktop's own picker where a portal runs, and Qt's
# otherwise. Qt picks it by itself only inside Flatpak or Snap.
PORTAL_THEME = "xdgdesktopportal"


def bundle_platform_theme(environ: Mapping[str, str], *, frozen: bool, linux: bool) -> str | None:
    """The platform theme to ask Qt for, or None to leave Qt's choice (or the person's)."""
    if not (frozen and linux) or environ.get("QT_QPA_PLATFORMTHEME"):
        return None
    if environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        return None  # headless: no desktop, no picker
    return PORTAL_THEME if environ.get("DBUS_SESSION_BUS_ADDRESS") else None


def create_application(qt_args: Sequence[str] = ()) -> QApplication:
    """The QApplication with the program's identity, icon and translations."""
    os.environ.setdefault("QT_API", "pyside6")
    frozen, linux = bool(getattr(sys, "frozen", False)), sys.platform.startswith("linux")
    if theme := bundle_platform_theme(os.environ, frozen=frozen, linux=linux):
        os.environ["QT_QPA_PLATFORMTHEME"] = theme
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from app.ui.common.pyside_imports import install_quick_source_check

    install_quick_source_check()  # before the ~90 modules the window needs are imported

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    from app.ui.common.icons import app_icon

    app.setWindowIcon(app_icon())
    install_translations(app)
    return app


def install_translations(app: QApplication) -> None:
    """Qt's own strings and ours in the language of Preferences → Language, else the system's
    (app/ui/common/language.py). settings.ini is read only when it is a file that can be read:
    a FIFO there would block start-up (startup_problems reports it)."""
    from app.store.settings_check import check_settings_file
    from app.ui.common.language import install_translations as install

    language = ""
    if check_settings_file() is None:
        from app.ui.common.preferences import load_language

        language = load_language()
    install(app, language)


def _scratch_home() -> tempfile.TemporaryDirectory[str]:
    """A RESULT_DESK_HOME for this run only; main() removes it when the program ends."""
    import tempfile

    from app.store.paths import HOME_ENV

    folder = tempfile.TemporaryDirectory(prefix="result-desk-shot-")
    os.environ[HOME_ENV] = folder.name
    return folder


def connections_from_args(args: argparse.Namespace) -> list[ConnectionInfo]:
    from app.ui.common.context import command_line_connection

    if args.base_url:
        return [command_line_connection(args.base_url.rstrip("/"), args.integration_id)]
    return []


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["batch"]:
        # Bulk corrections from a sheet, without a window: Qt is never imported on this path.
        from app.batch.cli import main as batch_main

        return batch_main(arguments[1:])
    # Start-up makes tens of thousands of objects that live as long as the program (modules,
    # classes, Qt types, widgets); the cyclic GC would walk them again and again (~10 ms
    # before the first paint). It stays off until start-up has finished, and they are then
    # frozen out of its way (`_start_up_finished`).
    gc.disable()
    parser = build_parser()
    args, qt_args = parser.parse_known_args(argv)
    # Single-dash options (-style, -platform, -reverse) are Qt's; a misspelt flag of ours is not.
    unknown = [arg for arg in qt_args if arg.startswith("--") or not arg.startswith("-")]
    if unknown:
        parser.error(_tr("unrecognized arguments: %1").replace("%1", " ".join(unknown)))
    validate_args(parser, args)
    if _needs_offscreen(args):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # --screenshot's sample send, window state and log go to a folder of its own (and its
    # language is the system's: the person's Preferences are not read).
    scratch = _scratch_home() if args.screenshot else None
    app = create_application(qt_args)

    from app import applog
    from app.ui.shell.exception_hook import ExceptionHook

    # The program ends when the coroutine returns (qasync then stops the loop), not when Qt
    # decides the last window closed: that would stop the loop under a running coroutine.
    app.setQuitOnLastWindowClosed(False)
    log_path = applog.setup_logging()
    problems = startup_problems()
    hook = ExceptionHook(log_path, app)
    hook.install()
    try:
        if args.self_check or args.screenshot:
            gc.enable()
        if args.self_check:
            import qasync

            from app.ui.shell.self_check import run_self_check

            return int(qasync.run(run_self_check(app, args)))
        if args.screenshot:
            import qasync

            from app.ui.shell.screenshot import run_screenshot

            return int(qasync.run(run_screenshot(app, args, args.screenshot)))
        instance = None
        if not args.exit_on_first_paint:
            from app.ui.shell.single_instance import SingleInstance

            instance = SingleInstance()
            if instance.forward(arguments):
                return 0  # the Result Desk already running came forward instead
            instance.listen()
        desk = compose_desk(args, instance)
        outcome = show_until_first_paint(desk.window)
        import qasync  # with asyncio: after the first paint

        return int(qasync.run(_run_window(app, args, desk, hook, problems, outcome)))
    except RuntimeError as exc:
        # QApplication.quit() from outside (session end, the macOS menu) stops the loop
        # before the coroutine could return; the window already saved its state.
        if "Event loop stopped before Future completed" not in str(exc):
            raise
        return 0
    finally:
        gc.enable()
        hook.uninstall()
        applog.shutdown_logging()
        if scratch is not None:
            scratch.cleanup()


def startup_problems() -> list[str]:
    """What is wrong with the data folder, for the banner; checked before any QSettings reads
    settings.ini (a FIFO there would block start-up). Each is also in the log."""
    from app import applog
    from app.store.paths import home_problem
    from app.store.settings_check import check_settings_file

    problems: list[str] = []
    if home := home_problem():
        logging.getLogger(__name__).warning("data folder: %s", home)
        problems.append(home)  # says the log is not kept either
    elif applog.file_problem:
        problems.append(applog.file_problem)
    if settings := check_settings_file():
        problems.append(settings)
    return problems


def compose_desk(args: argparse.Namespace, instance: SingleInstance | None = None) -> Desk:
    """The window with its rooms, not shown yet; nothing here needs a running loop."""
    from app.ui.common.context import AppContext
    from app.ui.common.preferences import load_preferences
    from app.ui.shell.desk import compose

    context = AppContext(connections=connections_from_args(args), preferences=load_preferences())
    # The first paint shows the real window: its form, the connections, "Find order…" and
    # the orders dock if it is open (its panel, the history (sqlite, drafts) and the team
    # history follow right after it: desk.wire_after_paint()).
    desk = compose(context, defer=True)
    if instance is not None:  # a second start brings this window forward
        window = desk.window
        instance.activated.connect(lambda _arguments: _came_forward(window))
    return desk


class PaintOutcome(enum.Enum):
    """How the wait for the first paint ended."""

    PAINTED = "painted"
    TIMED_OUT = "timed out"  # never exposed (started minimized, on a hidden workspace)
    CLOSED = "closed"  # the window was closed first
    QUIT = "quit"  # QApplication.quit() from outside (session end) ended the wait


# A window that is never exposed gets no paint: start-up then goes on without it after this long.
FIRST_PAINT_WAIT_S = 2.0


def show_until_first_paint(window: MainWindow, wait_s: float = FIRST_PAINT_WAIT_S) -> PaintOutcome:
    """Show `window` and run Qt's events (a local QEventLoop: no asyncio yet) until it has
    painted once, was closed, or `wait_s` passed.

    With RESULT_DESK_FIRST_PAINT_MARK set, the paint is also noted on stderr as the start-up
    benchmark's probe notes it (tests/bench/frozen.py: a bundle cannot be started through it).
    """
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    loop = QEventLoop()
    ended: list[PaintOutcome] = []

    def end(outcome: PaintOutcome) -> None:
        if not ended:
            ended.append(outcome)
            loop.quit()

    class _FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                bench_mark("first-paint")
                # After this paint has reached the screen, not before it is drawn.
                QTimer.singleShot(0, lambda: end(PaintOutcome.PAINTED))
            return False

    watcher = _FirstPaint(window)
    window.installEventFilter(watcher)
    on_close = window.closed.connect(lambda: end(PaintOutcome.CLOSED))
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: end(PaintOutcome.TIMED_OUT))
    timer.start(int(wait_s * 1000))
    window.show()
    loop.exec()
    timer.stop()
    window.closed.disconnect(on_close)
    watcher.deleteLater()
    return ended[0] if ended else PaintOutcome.QUIT


def bench_mark(name: str) -> None:
    """`[bench] <name> <monotonic time> app` on stderr, when RESULT_DESK_FIRST_PAINT_MARK is set."""
    if os.environ.get("RESULT_DESK_FIRST_PAINT_MARK"):
        import time

        os.write(2, f"\n[bench] {name} {time.monotonic():.6f} app\n".encode())


async def _run_window(
    app: QApplication,
    args: argparse.Namespace,
    desk: Desk,
    hook: object,
    problems: Sequence[str] = (),
    painted: PaintOutcome = PaintOutcome.PAINTED,
) -> int:
    """The rest of start-up on the qasync loop, after the first paint, until the window closes."""
    import asyncio

    from app.ui.shell.exception_hook import ExceptionHook, asyncio_exception_handler

    quit_event = asyncio.Event()
    app.aboutToQuit.connect(quit_event.set)
    window, profiles = desk.window, desk.profiles
    window.closed.connect(quit_event.set)
    if isinstance(hook, ExceptionHook):
        asyncio.get_running_loop().set_exception_handler(asyncio_exception_handler(hook))

    sandbox: SandboxServer | None = None
    try:
        if painted in (PaintOutcome.PAINTED, PaintOutcome.TIMED_OUT):
            history = desk.wire_after_paint()
            # One icon per kind of message box, not one per box (issue 17). After the paint:
            # a QStyle subclass builds QStyle's Python enums (~7 ms) and no box is open yet.
            from app.ui.common.message_icons import install_message_icon_style

            install_message_icon_style(app)
            for problem in problems:
                history.banner.append_message(problem, "warning")
            _start_up_finished()
            if args.exit_on_first_paint:
                quit_event.set()  # start-up is complete: its memory is what the benchmark reads
            else:
                desk.warm_up_validator(on_ready=lambda: bench_mark("validator-ready"))
                if args.demo:
                    sandbox = await start_demo(window, window.context)
                elif not window.context.connections:
                    profiles.open_settings()  # first start: nowhere to send: create a connection
        else:
            quit_event.set()  # closed or quit before the paint: only tidy up
        await quit_event.wait()
    finally:
        await desk.aclose()
        if sandbox is not None:
            await asyncio.to_thread(sandbox.stop)
    return 0


def _start_up_finished() -> None:
    """What start-up built stays: it leaves the cyclic GC's generations, which then resume.

    No collection first: it would take ~15 ms to find ~600 objects of start-up garbage (all
    of start-up's ~42,000 objects are still in generation 0), which the freeze keeps instead.
    """
    gc.freeze()
    gc.enable()


def _came_forward(window: MainWindow) -> None:
    from app.ui.shell.single_instance import come_forward

    come_forward(window)
    from PySide6.QtCore import QCoreApplication

    again = QCoreApplication.translate(
        "MainWindow", "Result Desk was started again: this window is the one running."
    )
    window.statusBar().showMessage(again, 8000)


async def start_demo(window: MainWindow, context: AppContext) -> SandboxServer:
    """Start the sandbox and offer "Demo (local sandbox)" as the first connection."""
    import asyncio

    from app.sandbox import SandboxServer
    from app.ui.common.context import demo_connection

    sandbox = SandboxServer()
    await asyncio.to_thread(sandbox.start)
    demo = demo_connection(sandbox.base_url, sandbox.integration_id)
    window.set_connections([demo, *context.connections], 0)
    from PySide6.QtCore import QCoreApplication

    demo_text = QCoreApplication.translate(
        "MainWindow", "Demo mode: sending to the local sandbox at %1"
    )
    window.statusBar().showMessage(
        demo_text.replace("%1", sandbox.base_url),
        10000,
    )
    return sandbox


if __name__ == "__main__":
    raise SystemExit(main())
