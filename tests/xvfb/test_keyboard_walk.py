"""The main flow walked by keyboard on a real X display (Xvfb + openbox + xdotool).

A person's first start: the Connections dialog, a connection to the sandbox typed in (its key
goes into a real Secret Service), an order found by its typed ID, a completion time, score,
a TEXT attribute and a file typed in, Ctrl+Enter, the confirmation answered with Enter. Then
the sandbox (its own process) is asked what arrived: it must be exactly what was typed.
A second screen of 1,024×700 checks that the window fits a small laptop screen.

Each step leaves a screenshot in artifacts/xvfb-walk/ (look at them: what a user would see).
Waiting is a poll with a deadline on something observable: a window by its title, the desk's
saved draft (saved as a person types), its profiles file, the sandbox's request log.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from desk_processes import (
    SANDBOX_INTEGRATION,
    SANDBOX_KEY,
    base_env,
    desk_process,
    orders_listed,
    sandbox_process,
    write_sandbox_connection,
)
from keyring_service import KeyringService, gnome_keyring_missing, keyring_service
from xdisplay import XDisplay, missing_tools, poll, x_display

pytestmark = [pytest.mark.xvfb, pytest.mark.slow, pytest.mark.timeout(120)]

TYPED_TIME = "2026-11-30 14:05:00"  # in TZ=Europe/Berlin (UTC+1 in November)
SENT_TIME = "2026-11-30T13:05:00.000Z"
RESULT_URL = "https://assess.example.com/reports/4711"
LABEL = "Reviewer note"
VALUE = "Strong on system design; see the report"
PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF\n"
)


@pytest.fixture(autouse=True)
def _needs_the_x_tools() -> None:
    missing = missing_tools()
    if (why := gnome_keyring_missing()) is not None:
        missing.append(why)
    if missing and os.environ.get("CI"):
        pytest.fail(f"CI must run the Xvfb walk; missing: {', '.join(missing)} (.ci/setup)")
    if missing:
        pytest.skip(f"the Xvfb walk needs: {', '.join(missing)} (.ci/setup installs them)")


@pytest.fixture
def shots(artifacts_dir: Path, request: pytest.FixtureRequest) -> Path:
    """artifacts/xvfb-walk/<test>/, emptied of an earlier run's screenshots."""
    folder = artifacts_dir / "xvfb-walk" / request.node.name
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    return folder


@pytest.fixture
def logs(tmp_path: Path, shots: Path) -> Iterator[Path]:
    """The processes' output; kept beside the screenshots afterwards (with the desk's own
    log), so a failure in CI can be read."""
    folder = tmp_path / "logs"
    folder.mkdir()
    yield folder
    for log in [*folder.glob("*"), *tmp_path.glob("desk-home/logs/*.log")]:
        shutil.copyfile(log, shots / log.name)


@pytest.fixture
def keyring(tmp_path: Path) -> Iterator[KeyringService]:
    with keyring_service(tmp_path) as service:
        yield service


def stored_keys(keyring: KeyringService) -> dict[str, str]:
    """Result Desk's entries in the real Secret Service: connection name -> key."""
    import secretstorage
    from jeepney.io.blocking import open_dbus_connection

    with closing(open_dbus_connection(keyring.bus_address)) as connection:
        collection = secretstorage.get_default_collection(connection)
        return {
            item.get_attributes().get("username", ""): item.get_secret().decode()
            for item in collection.search_items({"service": "result-desk"})
        }


def attributes_of(draft: dict[str, Any]) -> list[dict[str, Any]]:
    return list(draft.get("attributes") or [])


def test_the_main_flow_by_keyboard_arrives_exactly_as_typed(
    tmp_path: Path, shots: Path, logs: Path, keyring: KeyringService
) -> None:
    report = tmp_path / "files" / "assessment-report.pdf"
    report.parent.mkdir()
    report.write_bytes(PDF)

    with x_display(1366, 768, shots, logs) as x, sandbox_process(logs) as sandbox:
        order_id = sandbox.open_order_ids()[3]
        env = keyring.client_env(base_env()) | x.env
        with desk_process(tmp_path / "desk-home", env, logs) as desk:
            # 1. First start: the Connections dialog opens by itself, the Name field ready.
            dialog = x.wait_window("^Connections$")
            x.activate(dialog)
            x.screenshot("first-start")
            x.type("Sandbox")
            x.keys("Tab", "End", "Tab")  # Region: the last entry is "Custom base URL"
            x.type(sandbox.url)
            x.keys("Tab")
            x.type(SANDBOX_INTEGRATION)
            x.keys("alt+k")  # API key (its mnemonic)
            x.type(SANDBOX_KEY)
            x.screenshot("connection-typed")
            x.keys("Return")  # Enter saves
            expected_profile = {
                "name": "Sandbox",
                "region": None,
                "base_url": sandbox.url,
                "integration_id": SANDBOX_INTEGRATION,
                "ca_bundle": None,
            }
            poll(
                lambda: any(
                    expected_profile.items() <= profile.items() for profile in desk.profiles()
                ),
                15,
                "the typed connection in profiles.json",
            )
            poll(lambda: stored_keys(keyring) == {"Sandbox": SANDBOX_KEY}, 10, "the key stored")
            x.screenshot("connection-saved")
            x.keys("Escape")  # Close
            x.wait_gone("^Connections$")

            # 2. Find the order by its typed ID: Enter in Order ID looks it up.
            main = x.wait_window("^Result Desk$")
            x.activate(main)
            x.keys("alt+o")
            x.type(order_id)
            x.keys("Return")
            poll(
                lambda: any(
                    request["method"] == "GET"
                    and request["path"] == "/v1/assessment/orders"
                    and f"ids={order_id}" in (request.get("query") or "")
                    for request in sandbox.requests()
                ),
                10,
                f"GET /assessment/orders?ids={order_id} (Enter in Order ID)",
            )
            desk.wait_for_draft("the typed order ID", lambda d: d.get("order_id") == order_id)
            x.screenshot("order-found")

            # 3. The result, field by field, as typed.
            x.keys("alt+s")
            x.type("Completed")  # keyboard search in the status list
            desk.wait_for_draft("status COMPLETED", lambda d: d.get("status") == "COMPLETED")
            x.keys("alt+a")
            x.type(TYPED_TIME)
            x.keys("Tab")
            desk.wait_for_draft(
                f"completed_at {SENT_TIME}", lambda d: d.get("completed_at") == SENT_TIME
            )
            x.screenshot("completed-at-typed")
            x.keys("alt+u")
            x.type(RESULT_URL)
            x.keys("Tab")  # Score (Alt+R does not reach it: see the report)
            x.type("87.5")
            x.keys("Tab")
            x.type("100")
            desk.wait_for_draft(
                "URL, score and max score",
                lambda d: (
                    (d.get("result_url"), d.get("score"), d.get("max_score"))
                    == (RESULT_URL, 87.5, 100.0)
                ),
            )
            x.screenshot("score-typed")

            # 4. A file: Tab past the (empty) attributes table and its two add buttons to the
            # tab bar, Right to Attachments, Tab into its list, Ctrl+Shift+A, type the path.
            x.keys("Tab", "Tab", "Tab", "Tab", "Right", "Tab", "ctrl+shift+a")
            picker = x.wait_window("^Attach files$")
            x.activate(picker)
            x.screenshot("file-picker")
            x.type(str(report))
            x.keys("Return")
            x.wait_gone("^Attach files$")
            desk.wait_for_draft("the attachment", lambda d: len(d.get("attachments") or []) == 1)
            assert picker not in x.windows(".")
            x.screenshot("file-attached")

            # 5. A TEXT attribute: back to the tab bar, Left to Attributes, Tab into the table,
            # Ctrl+Shift+T opens the new row's label; Tab to its value.
            x.keys("shift+Tab", "Left", "Tab", "ctrl+shift+t")
            # The new row is in the draft once its editor is open: keys typed before that
            # would reach the table instead (a person is never that fast).
            desk.wait_for_draft("a new TEXT row", lambda d: len(attributes_of(d)) == 1)
            x.type(LABEL)
            x.keys("Tab")
            x.type(VALUE)
            x.keys("Return")
            desk.wait_for_draft(
                "the TEXT attribute",
                lambda d: attributes_of(d) == [{"type": "TEXT", "label": LABEL, "value": VALUE}],
            )
            x.screenshot("attribute-typed")

            # 6. Send with Ctrl+Enter; Enter answers "Close the order?" (Send is its default).
            x.keys("ctrl+Return")
            x.activate(x.wait_window("^Close the order\\?$"))
            x.screenshot("confirm-close")
            x.keys("Return")
            x.wait_gone("^Close the order\\?$")
            written = poll(lambda: sandbox.written_result(order_id), 20, "the written result")
            x.screenshot("sent")
            desk.assert_running()

    # 7. What arrived is exactly what was typed.
    body = written
    assert body["status"] == "COMPLETED"
    assert body["completed_at"] == SENT_TIME
    assert body["result_url"] == RESULT_URL
    assert body["score"] == 87.5
    assert body["max_score"] == 100
    assert body["attributes"] == [{"type": "TEXT", "label": LABEL, "value": VALUE}]
    (attachment,) = body["attachments"]
    assert attachment["name"] == report.name
    assert attachment["sha256"] == hashlib.sha256(PDF).hexdigest()
    assert attachment["size"] == len(PDF)


# --- laptop screens --------------------------------------------------------------------------


def fit_to_screen(x: XDisplay, window: str) -> None:
    """Ask for the whole screen, frame included, as a person dragging the window would."""
    left, right, top, bottom = x.frame_extents(window)
    width, height = x.width - left - right, x.height - top - bottom
    x.run("xdotool", "windowsize", window, str(width), str(height))
    x.run("xdotool", "windowmove", window, str(left), str(top))
    minimum = x.minimum_size(window) or (0, 0)
    expected = (left, top, max(width, minimum[0]), max(height, minimum[1]))
    poll(
        lambda: (g := x.geometry(window)) and (g.x, g.y, g.width, g.height) == expected,
        10,
        f"the window at {expected} (asked for {width}x{height}, minimum {minimum}; "
        f"it is at {x.geometry(window)})",
    )


@pytest.fixture
def laptop(
    request: pytest.FixtureRequest, tmp_path: Path, shots: Path, logs: Path, keyring: KeyringService
) -> Iterator[tuple[XDisplay, str]]:
    """The desk connected to the sandbox, its Orders panel loaded, on a screen of
    `request.param` pixels (width, height[, Qt scale factor]): the window as opened, then
    sized to the screen."""
    width, height, *scale = request.param
    with x_display(width, height, shots, logs) as x, sandbox_process(logs) as sandbox:
        home = tmp_path / "desk-home"
        write_sandbox_connection(home, sandbox)
        env = keyring.client_env(base_env()) | x.env | {"KOMBO_API_KEY": SANDBOX_KEY}
        if scale:
            env["QT_SCALE_FACTOR"] = str(scale[0])
        with desk_process(home, env, logs) as desk:
            main = x.wait_window("^Result Desk")
            poll(lambda: desk.assert_running() or orders_listed(sandbox), 20, "the Orders list")
            x.activate(main)
            x.screenshot(f"opened-{width}x{height}")
            request.node.opened_on_screen = on_screen(x, main)
            fit_to_screen(x, main)
            x.screenshot(f"sized-{width}x{height}")
            yield x, main


def on_screen(x: XDisplay, window: str) -> str | None:
    """None if the window and its frame are inside the screen, else what sticks out."""
    left, right, top, bottom = x.frame_extents(window)
    where = x.geometry(window)
    if where.x - left < 0 or where.y - top < 0:
        return f"off the top left: {where}"
    if where.right + right > x.width:
        return f"the right edge is cut off: {where} on {x.width} px"
    if where.bottom + bottom > x.height:
        return f"the bottom is cut off: {where} on {x.height} px"
    return None


def assert_on_screen(x: XDisplay, window: str) -> None:
    assert on_screen(x, window) is None


@pytest.mark.parametrize("laptop", [(1366, 768)], indirect=True, ids=["1366x768"])
def test_the_window_opens_within_a_1366x768_screen(
    laptop: tuple[XDisplay, str], request: pytest.FixtureRequest
) -> None:
    assert request.node.opened_on_screen is None


@pytest.mark.parametrize("laptop", [(1366, 768)], indirect=True, ids=["1366x768"])
def test_nothing_is_cut_off_at_1366x768(laptop: tuple[XDisplay, str]) -> None:
    assert_on_screen(*laptop)


@pytest.mark.parametrize("laptop", [(1024, 700)], indirect=True, ids=["1024x700"])
def test_nothing_is_cut_off_at_1024x700(laptop: tuple[XDisplay, str]) -> None:
    assert_on_screen(*laptop)


@pytest.mark.parametrize("laptop", [(1024, 700)], indirect=True, ids=["1024x700"])
def test_the_window_can_be_narrower_than_1000_px(laptop: tuple[XDisplay, str]) -> None:
    x, main = laptop
    minimum = x.minimum_size(main)
    assert minimum is not None, "the window sets no minimum size"
    assert minimum[0] <= 1000, f"minimum size {minimum}"


@pytest.mark.parametrize("laptop", [(1600, 900, 1.25)], indirect=True, ids=["1600x900@125%"])
def test_at_125_percent_the_window_opens_and_fits_1280x720_points(
    laptop: tuple[XDisplay, str], request: pytest.FixtureRequest
) -> None:
    """A 1,600×900 screen at 125 % is 1,280×720 to Qt: Find order and the send log stay in."""
    assert request.node.opened_on_screen is None
    assert_on_screen(*laptop)
