"""The keyring as seen from its worker thread: the thread itself, the backend chosen once
(or why none is usable), and the Secret Service's lock state probed without a prompt.

`keyring` and `secretstorage` are imported here lazily, on the worker thread: they cost
~120 ms that start-up should not pay.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, TypeVar

from app.store.keyring_errors import SECRET_SERVICE_ADVICE

if TYPE_CHECKING:
    import concurrent.futures
    import queue

__all__ = [
    "LINUX",
    "MACOS",
    "Backend",
    "KeyringThread",
    "choose_backend",
    "probe_secret_service",
]

log = logging.getLogger(__name__)

# Not an `if sys.platform` test, so that type checkers keep every platform's branch.
LINUX: Final[bool] = sys.platform.startswith("linux")
MACOS: Final[bool] = sys.platform == "darwin"

T = TypeVar("T")


# --- the worker thread -----------------------------------------------------------------------


class KeyringThread:
    """One daemon thread running keyring calls one after the other."""

    def __init__(self) -> None:
        import queue  # with the first keyring call, not with the window

        self._jobs: queue.SimpleQueue[
            tuple[concurrent.futures.Future[Any], Callable[[], Any]] | None
        ] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="keyring", daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[[], T]) -> concurrent.futures.Future[T]:
        import concurrent.futures  # with the first keyring call, not with the window

        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        self._jobs.put((future, fn))
        return future

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def close(self) -> None:
        self._jobs.put(None)

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            future, fn = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = fn()
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(result)


# --- the backend, as seen from the worker thread ---------------------------------------------


@dataclass
class Backend:
    """The keyring backend chosen once, or why there is none usable."""

    backend: Any | None
    name: str
    problem: str | None = None  # why it is unusable
    advice: str = ""
    secret_service: bool = False
    qualified: str = "unknown"  # module.Class


def _qualified_name(backend: Any) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _backend_display_name(backend: Any) -> str:
    try:
        return str(type(backend).name)
    except Exception:
        return type(backend).__name__


def _is_file_backed(backend: Any) -> bool:
    module = type(backend).__module__
    return module.startswith("keyrings.alt") or hasattr(backend, "file_path")


def _secret_service_unavailable_reason() -> str | None:
    """Why the Secret Service backend is not viable (keyring#569: say why), or None."""
    try:
        from keyring.backends import SecretService

        SecretService.Keyring.priority  # noqa: B018  (raises RuntimeError with the reason)
    except Exception as exc:
        return str(exc)
    return None


def choose_backend() -> Backend:
    import keyring
    from keyring.backends import chainer, fail, null

    chosen = keyring.get_keyring()
    candidates = list(chosen.backends) if isinstance(chosen, chainer.ChainerBackend) else [chosen]
    for backend in candidates:
        if isinstance(backend, fail.Keyring | null.Keyring):
            continue
        if _is_file_backed(backend):
            log.info("keyring: ignoring the file-backed backend %s", type(backend).__name__)
            continue
        module = type(backend).__module__
        return Backend(
            backend=backend,
            name=_backend_display_name(backend),
            secret_service=module.endswith("SecretService"),
            qualified=_qualified_name(backend),
        )
    name = _backend_display_name(candidates[0]) if candidates else "none"
    qualified = _qualified_name(candidates[0]) if candidates else "none"
    if any(_is_file_backed(b) for b in candidates):
        return Backend(
            None,
            name,
            problem="The only keyring found stores keys in a file (keyrings.alt), which Result "
            "Desk does not use.",
            advice=SECRET_SERVICE_ADVICE if LINUX else "",
            qualified=qualified,
        )
    if LINUX:
        reason = _secret_service_unavailable_reason()
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            reason = "there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set)"
        problem = "No system keyring was found"
        problem += f": {reason.rstrip('.')}." if reason else "."
        return Backend(
            None, name, problem=problem, advice=SECRET_SERVICE_ADVICE, qualified=qualified
        )
    return Backend(
        None,
        name,
        problem="No system keyring was found.",
        advice="Check that the system keychain / Credential Manager is available to this user.",
        qualified=qualified,
    )


def probe_secret_service(backend: Any) -> tuple[bool, str | None]:
    """(locked, problem) of the collection keyring would use, without triggering a prompt."""
    from contextlib import closing

    import secretstorage
    from secretstorage.collection import DEFAULT_COLLECTION
    from secretstorage.exceptions import ItemNotFoundException, SecretStorageException

    path = getattr(backend, "preferred_collection", None) or DEFAULT_COLLECTION
    try:
        with closing(secretstorage.dbus_init()) as connection:
            try:
                collection = secretstorage.Collection(connection, path)
            except ItemNotFoundException:
                return True, "The keyring has no default collection yet (the “login” keyring)."
            return bool(collection.is_locked()), None
    except SecretStorageException as exc:
        return False, f"The Secret Service cannot be reached: {exc}"
