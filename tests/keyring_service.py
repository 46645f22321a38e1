"""A real Secret Service for the tests: gnome-keyring on its own private D-Bus session bus.

RECIPES.md "A real Secret Service for keyring, headless": a private `dbus-daemon` and
`gnome-keyring-daemon --foreground --unlock --components=secrets` with a throwaway HOME, the
password written to the daemon's stdin (non-empty: zero bytes create no collection and a client
then hangs on a creation prompt). Both processes are our children and are stopped at the end,
so nothing outlives the tests and nothing touches the real user's keyring.

`KeyringService.restart(password=...)` restarts the keyring daemon on the same HOME: with a
different password the existing "login" collection stays locked (the locked-state tests).

Also usable by hand:  python tests/keyring_service.py -- some command
(runs the command with DBUS_SESSION_BUS_ADDRESS pointing at a fresh unlocked keyring).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SECRETS_BUS_NAME = "org.freedesktop.secrets"
DEFAULT_PASSWORD = b"result-desk-test-keyring"
START_TIMEOUT = 15.0


class KeyringServiceError(RuntimeError):
    pass


def gnome_keyring_missing() -> str | None:
    """Why the real Secret Service cannot be started here, or None."""
    for tool, package in (("dbus-daemon", "dbus"), ("gnome-keyring-daemon", "gnome-keyring")):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install {package}; .ci/setup does this)"
    return None


@dataclass
class KeyringService:
    """A running private bus + gnome-keyring. `env` holds what a client process needs."""

    home: Path
    bus_address: str
    password: bytes
    _bus: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    _daemon: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    _log: Path | None = field(default=None, repr=False)

    @property
    def env(self) -> dict[str, str]:
        return _client_env(self.home) | {"DBUS_SESSION_BUS_ADDRESS": self.bus_address}

    def client_env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        """`base` (default os.environ) pointed at this keyring, without a forced backend."""
        env = dict(os.environ if base is None else base)
        env.pop("PYTHON_KEYRING_BACKEND", None)
        env.update(self.env)
        return env

    def start_daemon(self, password: bytes) -> None:
        if self._daemon is not None:
            raise KeyringServiceError("the keyring daemon is already running")
        self.password = password
        assert self._log is not None
        with self._log.open("ab") as log:
            self._daemon = subprocess.Popen(
                ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=log,
                env=dict(os.environ) | self.env | _daemon_env(),
                start_new_session=True,
            )
        assert self._daemon.stdin is not None
        self._daemon.stdin.write(password)
        self._daemon.stdin.close()
        self._wait_for_secrets()

    def stop_daemon(self) -> None:
        if self._daemon is not None:
            _stop(self._daemon)
            self._daemon = None
            # The name must be free before a restart claims it again.
            deadline = time.monotonic() + START_TIMEOUT
            while _name_has_owner(self.bus_address, SECRETS_BUS_NAME):
                if time.monotonic() > deadline:
                    raise KeyringServiceError("the old keyring daemon kept its bus name")
                time.sleep(0.02)

    def restart(self, password: bytes) -> None:
        self.stop_daemon()
        self.start_daemon(password)

    def stop(self) -> None:
        self.stop_daemon()
        if self._bus is not None:
            _stop(self._bus)
            self._bus = None

    def log_text(self) -> str:
        return self._log.read_text(errors="replace") if self._log and self._log.exists() else ""

    def _wait_for_secrets(self) -> None:
        """Until the daemon owns the Secret Service name and its default alias is set."""
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            assert self._daemon is not None
            if self._daemon.poll() is not None:
                raise KeyringServiceError(
                    f"gnome-keyring-daemon exited with {self._daemon.returncode}: "
                    f"{self.log_text()[-500:]}"
                )
            if _name_has_owner(self.bus_address, SECRETS_BUS_NAME) and _default_alias(
                self.bus_address
            ):
                return
            time.sleep(0.02)
        raise KeyringServiceError(f"gnome-keyring did not come up: {self.log_text()[-500:]}")


def _client_env(home: Path) -> dict[str, str]:
    return {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(home / "run"),
    }


def _daemon_env() -> dict[str, str]:
    """No display for the bus and the daemon: an unlock prompt (gcr-prompter) must fail at
    once instead of opening a window that nobody answers (secretstorage#33)."""
    return {"DISPLAY": "", "WAYLAND_DISPLAY": "", "GNOME_KEYRING_CONTROL": ""}


def _bus_env(home: Path) -> dict[str, str]:
    """The bus finds D-Bus service files through XDG_DATA_DIRS: an empty one means it can
    activate nothing, so only the daemons started here ever answer (no stray keyring or
    prompter auto-started behind the test's back)."""
    empty = home / "no-services"
    empty.mkdir(exist_ok=True)
    return {"XDG_DATA_DIRS": str(empty), "XDG_DATA_HOME": str(empty)}


def _dbus_call(address: str, method: str, *args: str) -> object:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    if method == "NameHasOwner":
        target = DBusAddress(
            "/org/freedesktop/DBus",
            bus_name="org.freedesktop.DBus",
            interface="org.freedesktop.DBus",
        )
        message = new_method_call(target, method, "s", args)
    else:  # ReadAlias on the Secret Service
        target = DBusAddress(
            "/org/freedesktop/secrets",
            bus_name=SECRETS_BUS_NAME,
            interface="org.freedesktop.Secret.Service",
        )
        message = new_method_call(target, method, "s", args)
    with open_dbus_connection(address) as connection:
        reply = connection.send_and_get_reply(message, timeout=5)
    return reply.body[0]


def _name_has_owner(address: str, name: str) -> bool:
    try:
        return bool(_dbus_call(address, "NameHasOwner", name))
    except Exception:
        return False


def _default_alias(address: str) -> bool:
    try:
        return _dbus_call(address, "ReadAlias", "default") not in ("/", "")
    except Exception:
        return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            stream.close()


def start_keyring_service(
    base_dir: Path | None = None, password: bytes = DEFAULT_PASSWORD, *, with_keyring: bool = True
) -> KeyringService:
    """Start a private bus and an unlocked gnome-keyring; the caller must `stop()` it.

    `with_keyring=False` starts only the bus (for tests that put their own service on it).
    """
    if (missing := gnome_keyring_missing()) is not None:
        raise KeyringServiceError(missing)
    if not password:
        raise KeyringServiceError("the password must not be empty (no collection would exist)")
    home = Path(tempfile.mkdtemp(prefix="keyring-home-", dir=base_dir))
    for sub in (".local/share", ".config", ".cache"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    (home / "run").mkdir(mode=0o700)
    log_file = home / "daemons.log"
    env = os.environ | _client_env(home) | _daemon_env() | _bus_env(home)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    with log_file.open("ab") as log:
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=log,
            env=env,
            start_new_session=True,
        )
    assert bus.stdout is not None
    address = bus.stdout.readline().decode().strip()
    if not address:
        _stop(bus)
        raise KeyringServiceError(f"dbus-daemon gave no address: {log_file.read_text()[-500:]}")
    service = KeyringService(home=home, bus_address=address, password=password, _bus=bus)
    service._log = log_file
    if not with_keyring:
        return service
    try:
        service.start_daemon(password)
    except BaseException:
        service.stop()
        raise
    return service


@contextlib.contextmanager
def keyring_service(
    base_dir: Path | None = None, password: bytes = DEFAULT_PASSWORD, *, with_keyring: bool = True
) -> Iterator[KeyringService]:
    service = start_keyring_service(base_dir, password, with_keyring=with_keyring)
    try:
        yield service
    finally:
        service.stop()
        shutil.rmtree(service.home, ignore_errors=True)


# --- pytest fixtures ---------------------------------------------------------------------------
# Test modules load them with `pytest_plugins = ["keyring_service"]`. (Not a conftest.py in
# tests/keyring: it would take the module name "conftest" from tests/conftest.py, which other
# tests import helpers from.)
#
# `keyring_daemon` (session): one unlocked gnome-keyring (~0.1 s to start).
# `secret_service`: points this process at it for one test, undoing the fail backend that
# tests/conftest.py forces, and removes every `result-desk` entry afterwards.
# `locked_keyring`: a keyring of its own whose "login" collection stays locked (restarted with
# the wrong password).
# `silent_secret_service`: a bus whose Secret Service never answers (the hang case).

SERVICE = "result-desk"


def _require_gnome_keyring() -> None:
    if (missing := gnome_keyring_missing()) is not None:
        pytest.skip(f"real Secret Service tests need gnome-keyring: {missing}")


def _reset_keyring_backend() -> None:
    """keyring caches its backend in a module global: choose again from the environment."""
    import keyring.core

    keyring.core.init_backend()


@pytest.fixture(scope="session")
def keyring_daemon(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KeyringService]:
    _require_gnome_keyring()
    with keyring_service(tmp_path_factory.mktemp("keyring")) as service:
        yield service


def _point_at(service: KeyringService, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", service.bus_address)
    _reset_keyring_backend()


def _delete_our_items(service: KeyringService) -> None:
    from contextlib import closing

    import secretstorage

    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        if collection.is_locked():
            return
        for item in collection.search_items({"service": SERVICE}):
            item.delete()


@pytest.fixture
def secret_service(
    keyring_daemon: KeyringService, desk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[KeyringService]:
    """The real, unlocked Secret Service for this test (keyring's own backend selection)."""
    with monkeypatch.context() as patch:
        _point_at(keyring_daemon, patch)
        try:
            yield keyring_daemon
        finally:
            _delete_our_items(keyring_daemon)
    _reset_keyring_backend()
    assert os.environ.get("PYTHON_KEYRING_BACKEND") == "keyring.backends.fail.Keyring"


@pytest.fixture
def locked_keyring(
    tmp_path: Path, desk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[KeyringService]:
    """A Secret Service whose default collection is locked: created with one password, then
    the daemon restarted and "unlocked" with a wrong one."""
    _require_gnome_keyring()
    service = start_keyring_service(tmp_path, password=b"the-right-password")
    try:
        service.restart(password=b"a-wrong-password")
        with monkeypatch.context() as patch:
            _point_at(service, patch)
            yield service
    finally:
        service.stop()
        _reset_keyring_backend()


class SilentSecretService:
    """Owns org.freedesktop.secrets on a bus and never answers: a wedged D-Bus service."""

    def __init__(self, address: str) -> None:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.connection = open_dbus_connection(address)
        reply = self.connection.send_and_get_reply(
            message_bus.RequestName(SECRETS_BUS_NAME), timeout=5
        )
        if reply.body[0] != 1:  # not the primary owner
            raise KeyringServiceError(f"could not own {SECRETS_BUS_NAME}: {reply.body}")

    def close(self) -> None:
        self.connection.close()


@pytest.fixture
def silent_secret_service(
    tmp_path: Path, desk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """A private bus where the Secret Service name is owned by someone who never answers."""
    _require_gnome_keyring()
    with keyring_service(tmp_path, with_keyring=False) as bus:
        silent = SilentSecretService(bus.bus_address)
        try:
            with monkeypatch.context() as patch:
                _point_at(bus, patch)
                yield
        finally:
            silent.close()  # the bus answers the stuck call with an error: the thread ends
            _reset_keyring_backend()


if __name__ == "__main__":
    command = sys.argv[sys.argv.index("--") + 1 :] if "--" in sys.argv else ["sh"]
    with keyring_service() as running:
        sys.exit(subprocess.call(command, env=running.client_env()))
