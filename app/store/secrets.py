"""The API keys: in the OS keyring, or in memory for this run when the person chooses that.

One facade for every keyring access (Vorta calls its keyring from many places and picks the
backend again each time; see ANCHORS.md 1). The rules it keeps:

- Every keyring call runs on one dedicated daemon thread, in order (keyring and secretstorage
  are not thread-safe), and is awaited with a timeout. A keyring stuck in an unlock prompt or a
  D-Bus service that never answers costs the caller a clear `KeyringUnavailable`, never a frozen
  window; the stuck thread is abandoned (a daemon thread never blocks the program's exit, unlike
  the workers of `asyncio.to_thread`, which are joined at exit).
- `keyring` is imported lazily, on that thread: it costs ~120 ms that start-up should not pay.
- No usable keyring (the fail backend, a file-backed keyrings.alt backend, an init error) is
  reported with what to install or unlock. Keys are then kept in memory only if the person says
  so (`use_memory_only`), never written to a file.
- `KOMBO_API_KEY` supplies the key for this run and is never stored.
- A key never appears in a repr, a log line or an exception text.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar

from app.applog import register_secret
from app.kombo.apikey import clean_key, normalize_key
from app.store.keyring_errors import (
    LOCKED_ADVICE,
    MEMORY_HINT,
    SECRET_SERVICE_ADVICE,
    KeyringUnavailable,
    scrub,
    translate,
)

# The worker thread and backend live in keyring_backend.py, the store's answers in
# secret_results.py: both are imported with the first keyring call or lookup, since the store is
# built before the window's first paint. The errors (keyring_errors.py) are imported from here.
if TYPE_CHECKING:
    from app.store.keyring_backend import Backend, KeyringThread
    from app.store.secret_results import KeyLookup, KeyringStatus, KeySource

__all__ = [
    "DEFAULT_PROMPT_TIMEOUT",
    "DEFAULT_TIMEOUT",
    "ENV_KEY",
    "SERVICE_NAME",
    "KeyringUnavailable",
    "SecretStore",
    "scrub",
]

log = logging.getLogger(__name__)

SERVICE_NAME: Final = "result-desk"
ENV_KEY: Final = "KOMBO_API_KEY"
DEFAULT_TIMEOUT: Final = 5.0
# An unlock prompt waits for a person to type a password: give them time.
DEFAULT_PROMPT_TIMEOUT: Final = 120.0

T = TypeVar("T")


# --- the facade ------------------------------------------------------------------------------


class SecretStore:
    """Where API keys are kept, one entry per profile (service `result-desk`, user = name)."""

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        prompt_timeout: float = DEFAULT_PROMPT_TIMEOUT,
        environ: Mapping[str, str] | None = None,
        service: str = SERVICE_NAME,
        memory_only: bool = False,
    ) -> None:
        env = os.environ if environ is None else environ
        self.timeout = timeout
        self.prompt_timeout = prompt_timeout
        self.service = service
        self._env_key = normalize_key(env.get(ENV_KEY, "")) or None
        self._memory: dict[str, str] = {}
        self._memory_only = memory_only
        self._worker: KeyringThread | None = None
        self._stuck: KeyringThread | None = None
        self._backend: Backend | None = None
        self.last_call_seconds: float | None = None

    def __repr__(self) -> str:
        backend = self._backend.name if self._backend else "not loaded"
        return (
            f"SecretStore(service={self.service!r}, backend={backend!r}, "
            f"memory_only={self._memory_only}, environment_key={self._env_key is not None})"
        )

    # --- modes -----------------------------------------------------------------------------

    @property
    def memory_only(self) -> bool:
        return self._memory_only

    def use_memory_only(self, enabled: bool = True) -> None:
        """Keep keys in memory for this run instead of the keyring (never in a file)."""
        self._memory_only = enabled
        if not enabled:
            self._memory.clear()

    @property
    def environment_key(self) -> bool:
        """True when KOMBO_API_KEY supplies the key for this run."""
        return self._env_key is not None

    # --- the keys --------------------------------------------------------------------------

    async def lookup(self, profile: str) -> KeyLookup:
        """The key to use for `profile` and its source; `key` None if none is stored.

        Raises KeyringUnavailable when the keyring should have it but cannot be read.
        """
        from app.store.secret_results import KeyLookup

        if self._env_key is not None:
            return KeyLookup(self._env_key, "environment")
        if profile in self._memory:
            return KeyLookup(self._memory[profile], "memory")
        if self._memory_only:
            return KeyLookup(None, None)
        key = await self._run(lambda backend: backend.get_password(self.service, profile))
        return KeyLookup(key, "keyring" if key is not None else None)

    async def get_key(self, profile: str) -> str | None:
        key = (await self.lookup(profile)).key
        register_secret(key)  # in memory now: redacted from the log and the crash dialog
        return key

    async def stored_key(self, profile: str) -> str | None:
        """The key saved for `profile` (memory or keyring), ignoring KOMBO_API_KEY."""
        if profile in self._memory:
            return self._memory[profile]
        if self._memory_only:
            return None
        result: str | None = await self._run(
            lambda backend: backend.get_password(self.service, profile)
        )
        return result

    async def set_key(self, profile: str, key: str) -> KeySource:
        """Store (or replace) the key of `profile`; returns where it went.

        In the keyring, the key is read back to make sure it was really stored (Vorta #606:
        a locked KWallet dropped writes silently).
        """
        return await self.set_secret(profile, clean_key(key))

    async def set_secret(self, account: str, secret: str) -> KeySource:
        """`set_key` for a secret that is not an API key (the team history's password):
        stored as given, read back from the keyring the same way."""
        profile, key = account, secret
        if self._memory_only:
            self._memory[profile] = key
            return "memory"

        def store(backend: Any) -> None:
            backend.set_password(self.service, profile, key)
            if backend.get_password(self.service, profile) != key:
                raise KeyringUnavailable(
                    "The keyring accepted the key but did not give it back; it was not stored.",
                    advice=LOCKED_ADVICE,
                )

        await self._run(store, secret=key)
        self._memory.pop(profile, None)
        return "keyring"

    async def delete_key(self, profile: str) -> None:
        """Forget the key of `profile` (no error if there is none)."""
        self._memory.pop(profile, None)
        if self._memory_only:
            return

        def delete(backend: Any) -> None:
            from keyring.errors import PasswordDeleteError

            if backend.get_password(self.service, profile) is None:
                return
            try:
                backend.delete_password(self.service, profile)
            except PasswordDeleteError:
                if backend.get_password(self.service, profile) is not None:
                    raise

        await self._run_if_usable(delete)

    async def copy_key(self, source: str, target: str) -> bool:
        """Give `target` the key of `source`; False if `source` has none."""
        if source in self._memory or self._memory_only:
            if source not in self._memory:
                return False
            self._memory[target] = self._memory[source]
            return True

        def copy(backend: Any) -> bool:
            key = backend.get_password(self.service, source)
            if key is None:
                return False
            backend.set_password(self.service, target, key)
            if backend.get_password(self.service, target) != key:
                raise KeyringUnavailable(
                    "The keyring did not keep the copied key.", advice=LOCKED_ADVICE
                )
            return True

        return bool(await self._run_if_usable(copy, default=False))

    async def rename_key(self, old: str, new: str) -> bool:
        """Move the key of `old` to `new` (copy, verify, then delete the old entry)."""
        if old == new:
            return False
        if old in self._memory or self._memory_only:
            if old not in self._memory:
                return False
            self._memory[new] = self._memory.pop(old)
            return True

        def move(backend: Any) -> bool:
            from keyring.errors import PasswordDeleteError

            key = backend.get_password(self.service, old)
            if key is None:
                return False
            backend.set_password(self.service, new, key)
            if backend.get_password(self.service, new) != key:
                raise KeyringUnavailable(
                    "The keyring did not keep the moved key.", advice=LOCKED_ADVICE
                )
            try:
                backend.delete_password(self.service, old)
            except PasswordDeleteError:
                log.warning("keyring: the old entry of a renamed connection stayed behind")
            return True

        return bool(await self._run_if_usable(move, default=False))

    # --- state -----------------------------------------------------------------------------

    async def status(self) -> KeyringStatus:
        """Which backend, and whether it can be used now. Never prompts, never raises."""
        from app.store.keyring_backend import probe_secret_service
        from app.store.secret_results import KeyringStatus

        def probe() -> tuple[Backend, bool, str | None]:
            backend = self._load_backend()
            if backend.backend is None or not backend.secret_service:
                return backend, False, None
            locked, problem = probe_secret_service(backend.backend)
            return backend, locked, problem

        common: dict[str, Any] = {
            "memory_only": self._memory_only,
            "environment_key": self._env_key is not None,
        }
        try:
            backend, locked, problem = await self._call(probe, self.timeout)
        except KeyringUnavailable as exc:
            return KeyringStatus(
                backend_name=self._backend.name if self._backend else "unknown",
                available=False,
                locked=exc.locked,
                detail=exc.message,
                advice=exc.advice + MEMORY_HINT,
                backend_class=self._backend.qualified if self._backend else "unknown",
                **common,
            )
        common["backend_class"] = backend.qualified
        if backend.backend is None:
            return KeyringStatus(
                backend_name=backend.name,
                available=False,
                locked=False,
                detail=backend.problem or "No keyring is available.",
                advice=backend.advice + MEMORY_HINT,
                **common,
            )
        if problem is not None and not locked:
            return KeyringStatus(
                backend.name, False, False, problem, SECRET_SERVICE_ADVICE + MEMORY_HINT, **common
            )
        if locked:
            detail = problem or "The keyring is locked."
            return KeyringStatus(
                backend.name, False, True, detail, LOCKED_ADVICE + MEMORY_HINT, **common
            )
        return KeyringStatus(
            backend.name, True, False, f"Keys are stored in {backend.name}.", "", **common
        )

    def close(self) -> None:
        """Let the worker thread end (it is a daemon thread: exit never waits for it)."""
        if self._worker is not None:
            self._worker.close()
            self._worker = None

    # --- plumbing --------------------------------------------------------------------------

    def _load_backend(self) -> Backend:
        """On the worker thread: choose the backend once."""
        from app.store.keyring_backend import LINUX, Backend, choose_backend

        if self._backend is None:
            try:
                self._backend = choose_backend()
            except Exception as exc:
                self._backend = Backend(
                    None,
                    "unknown",
                    problem=f"The keyring could not be started: {exc}",
                    advice=SECRET_SERVICE_ADVICE if LINUX else "",
                )
            log.info("keyring: using %s", self._backend.name)
        return self._backend

    async def _run_if_usable(self, op: Callable[[Any], T], default: T | None = None) -> T | None:
        """Like `_run`, but a keyring that is simply absent is not an error (nothing to move)."""
        try:
            return await self._run(op)
        except KeyringUnavailable as exc:
            if self._backend is not None and self._backend.backend is None and not exc.timed_out:
                return default
            raise

    async def _run(self, op: Callable[[Any], T], *, secret: str | None = None) -> T:
        """Run `op(backend)` on the worker thread with a timeout, translating every failure
        into KeyringUnavailable. A locked Secret Service gets the long (prompt) timeout."""
        from app.store.keyring_backend import MACOS, probe_secret_service

        def check() -> bool:
            backend = self._load_backend()
            if backend.backend is None:
                raise KeyringUnavailable(
                    backend.problem or "No keyring is available.",
                    advice=backend.advice + MEMORY_HINT,
                )
            if backend.secret_service:
                locked, problem = probe_secret_service(backend.backend)
                if problem is not None and not locked:
                    raise KeyringUnavailable(problem, advice=SECRET_SERVICE_ADVICE + MEMORY_HINT)
                return locked
            return MACOS  # the keychain may ask for permission

        may_prompt = await self._call(check, self.timeout)

        def job() -> T:
            backend = self._load_backend()
            try:
                return op(backend.backend)
            except KeyringUnavailable:
                raise
            except Exception as exc:
                raise translate(exc, secret) from None

        return await self._call(job, self.prompt_timeout if may_prompt else self.timeout)

    async def _call(self, fn: Callable[[], T], limit: float) -> T:
        import asyncio  # loaded by the running loop; the desk's first paint comes before it

        from app.store.keyring_backend import KeyringThread

        if self._stuck is not None:
            if self._stuck.is_alive():
                raise KeyringUnavailable(
                    "The keyring has still not answered an earlier request.",
                    advice="Check that your keyring or password manager is running and unlocked; "
                    "restart Result Desk if it stays stuck." + MEMORY_HINT,
                    timed_out=True,
                )
            self._stuck = None
        if self._worker is None:
            self._worker = KeyringThread()
        worker = self._worker
        started = time.perf_counter()
        future = worker.submit(fn)
        try:
            result = await asyncio.wait_for(asyncio.wrap_future(future), limit)
        except TimeoutError:
            # The thread is stuck in the backend: abandon it, the next call gets a new one.
            worker.close()
            self._worker = None
            self._stuck = worker
            log.warning("keyring: no answer within %.3g s", limit)
            raise KeyringUnavailable(
                f"The keyring did not answer within {limit:g} s.",
                advice="Check that your keyring or password manager is running and unlocked, "
                "and answer its prompt if it shows one." + MEMORY_HINT,
                timed_out=True,
            ) from None
        finally:
            self.last_call_seconds = time.perf_counter() - started
        return result
