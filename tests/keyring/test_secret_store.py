"""SecretStore against a real Secret Service (gnome-keyring on a private bus), a locked one,
one that never answers, and the fail backend (memory-only path)."""

from __future__ import annotations

import asyncio
import hashlib
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from app.store.profiles import Profile, ProfileStore
from app.store.secret_results import KeyringStatus
from app.store.secrets import KeyringUnavailable, SecretStore

if TYPE_CHECKING:
    from keyring_service import KeyringService

pytestmark = pytest.mark.keyring
# The real Secret Service fixtures (keyring_daemon, secret_service, locked_keyring).
pytest_plugins = ["keyring_service"]

REPO = Path(__file__).resolve().parents[2]
KEY_1 = "rd-test-key-1-Q7vJ2mX9pL4sT8wZ"
KEY_2 = "rd-test-key-2-H3nB6cY1dF5gK0aR"


def items_for(profile: str) -> list[str]:
    """The labels of the `result-desk` entries of `profile`, read with secretstorage directly."""
    from contextlib import closing

    import secretstorage

    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        found = collection.search_items({"service": "result-desk", "username": profile})
        return [item.get_label() for item in found]


def read_in_new_process(service: KeyringService, desk_home: Path, profile: str) -> str:
    """An "app restart": a fresh interpreter reads the key through the real backend and prints
    its source and a hash (never the key itself)."""
    code = (
        "import asyncio, hashlib, sys\n"
        "from app.store.secrets import SecretStore\n"
        "look = asyncio.run(SecretStore().lookup(sys.argv[1]))\n"
        "import keyring\n"
        "digest = hashlib.sha256(look.key.encode()).hexdigest() if look.key else '-'\n"
        "print(type(keyring.get_keyring()).__module__, look.source, digest)\n"
    )
    env = service.client_env() | {"RESULT_DESK_HOME": str(desk_home)}
    env.pop("KOMBO_API_KEY", None)
    done = subprocess.run(
        [sys.executable, "-c", code, profile],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


def sha(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def test_the_real_backend_is_secret_service(secret_service: KeyringService) -> None:
    import keyring
    from keyring.backends import SecretService, fail

    backend = keyring.get_keyring()
    assert isinstance(backend, SecretService.Keyring)
    assert not isinstance(backend, fail.Keyring)
    status = asyncio.run(SecretStore().status())
    assert status == KeyringStatus(
        backend_name="SecretService Keyring",
        available=True,
        locked=False,
        detail="Keys are stored in SecretService Keyring.",
        advice="",
    )
    assert status.state == "available"


def test_store_read_back_after_restart_replace_and_delete(
    secret_service: KeyringService, desk_home: Path
) -> None:
    store = SecretStore()
    assert asyncio.run(store.get_key("Acme EU")) is None
    assert asyncio.run(store.set_key("Acme EU", f"  {KEY_1}\n")) == "keyring"
    assert items_for("Acme EU") == ["Password for 'Acme EU' on 'result-desk'"]

    # A new facade in this process, then a new process: both read it from the keyring.
    lookup = asyncio.run(SecretStore().lookup("Acme EU"))
    assert (lookup.key, lookup.source) == (KEY_1, "keyring")
    assert KEY_1 not in repr(lookup)
    assert read_in_new_process(secret_service, desk_home, "Acme EU") == (
        f"keyring.backends.SecretService keyring {sha(KEY_1)}"
    )

    # Rotation replaces the entry instead of adding a second one.
    asyncio.run(store.set_key("Acme EU", KEY_2))
    assert asyncio.run(SecretStore().get_key("Acme EU")) == KEY_2
    assert len(items_for("Acme EU")) == 1
    assert read_in_new_process(secret_service, desk_home, "Acme EU").endswith(sha(KEY_2))

    asyncio.run(store.delete_key("Acme EU"))
    assert items_for("Acme EU") == []
    assert asyncio.run(SecretStore().get_key("Acme EU")) is None
    asyncio.run(store.delete_key("Acme EU"))  # deleting what is gone is not an error
    assert read_in_new_process(secret_service, desk_home, "Acme EU").endswith(" None -")


def test_rename_and_copy_move_the_real_entries(secret_service: KeyringService) -> None:
    store = SecretStore()
    asyncio.run(store.set_key("old name", KEY_1))
    assert asyncio.run(store.rename_key("old name", "new name")) is True
    assert items_for("old name") == []
    assert asyncio.run(store.get_key("new name")) == KEY_1
    assert asyncio.run(store.copy_key("new name", "copy")) is True
    assert asyncio.run(store.get_key("copy")) == KEY_1
    assert asyncio.run(store.get_key("new name")) == KEY_1
    assert asyncio.run(store.rename_key("nothing here", "x")) is False
    assert items_for("x") == []


def test_profile_store_moves_copies_and_deletes_keys_with_profiles(
    secret_service: KeyringService, desk_home: Path
) -> None:
    secrets = SecretStore()
    profiles = ProfileStore(secrets=secrets)

    async def scenario() -> None:
        await profiles.add(Profile("Acme EU", integration_id="workday:Abc123"))
        await secrets.set_key("Acme EU", KEY_1)
        await profiles.rename("Acme EU", "Acme Europe")
        await profiles.duplicate("Acme Europe")
        await profiles.delete("Acme Europe")

    asyncio.run(scenario())
    assert profiles.names() == ["Acme Europe (copy)"]
    assert items_for("Acme EU") == []
    assert items_for("Acme Europe") == []
    assert asyncio.run(SecretStore().get_key("Acme Europe (copy)")) == KEY_1
    saved = (desk_home / "profiles.json").read_text()
    assert KEY_1 not in saved


def test_kombo_api_key_wins_for_this_run_and_is_never_stored(
    secret_service: KeyringService,
) -> None:
    store = SecretStore(environ={"KOMBO_API_KEY": KEY_2})
    asyncio.run(SecretStore().set_key("Acme", KEY_1))
    lookup = asyncio.run(store.lookup("Acme"))
    assert (lookup.key, lookup.source) == (KEY_2, "environment")
    assert asyncio.run(store.stored_key("Acme")) == KEY_1
    assert asyncio.run(store.get_key("never saved")) == KEY_2
    assert items_for("never saved") == []
    status = asyncio.run(store.status())
    assert status.environment_key is True
    assert KEY_2 not in repr(store)


def test_locked_keyring_shows_the_locked_state_without_hanging(
    locked_keyring: KeyringService,
) -> None:
    store = SecretStore(timeout=5, prompt_timeout=20)
    status = asyncio.run(store.status())
    assert status.backend_name == "SecretService Keyring"
    assert (status.available, status.locked, status.state) == (False, True, "locked")
    assert "Unlock your keyring" in status.advice
    assert "in memory for this run" in status.advice

    with pytest.raises(KeyringUnavailable) as read_error:
        asyncio.run(store.get_key("Acme"))
    assert read_error.value.locked is True
    assert "locked" in str(read_error.value)

    with pytest.raises(KeyringUnavailable) as write_error:
        asyncio.run(store.set_key("Acme", KEY_1))
    assert write_error.value.locked is True
    assert KEY_1 not in str(write_error.value) + write_error.value.advice

    # The person chooses memory for this run: it works, and the keyring stays untouched.
    store.use_memory_only()
    assert asyncio.run(store.set_key("Acme", KEY_1)) == "memory"
    assert asyncio.run(store.lookup("Acme")).source == "memory"
    assert asyncio.run(store.status()).memory_only is True


def test_fail_backend_leads_to_the_memory_only_path(desk_home: Path) -> None:
    # No secret_service fixture: tests/conftest.py forces keyring's fail backend.
    assert os.environ["PYTHON_KEYRING_BACKEND"] == "keyring.backends.fail.Keyring"
    store = SecretStore()
    status = asyncio.run(store.status())
    assert (status.available, status.locked, status.state) == (False, False, "unavailable")
    assert status.backend_name == "fail Keyring"
    assert "gnome-keyring" in status.advice
    assert "KeePassXC" in status.advice
    assert "in memory for this run only" in status.advice
    with pytest.raises(KeyringUnavailable, match="No system keyring"):
        asyncio.run(store.set_key("Acme", KEY_1))
    with pytest.raises(KeyringUnavailable, match="No system keyring"):
        asyncio.run(store.get_key("Acme"))

    store.use_memory_only()
    assert asyncio.run(store.set_key("Acme", KEY_1)) == "memory"
    assert asyncio.run(store.lookup("Acme")).source == "memory"
    assert asyncio.run(store.rename_key("Acme", "Acme 2")) is True
    assert asyncio.run(store.get_key("Acme 2")) == KEY_1
    asyncio.run(store.delete_key("Acme 2"))
    assert asyncio.run(store.get_key("Acme 2")) is None
    # Memory means memory: nothing was written anywhere under RESULT_DESK_HOME.
    for path in desk_home.rglob("*"):
        assert not path.is_file() or KEY_1.encode() not in path.read_bytes()


def test_a_service_that_never_answers_costs_a_timeout_not_a_hang(
    silent_secret_service: None,
) -> None:
    store = SecretStore(timeout=0.5, prompt_timeout=0.5)
    started = time.monotonic()
    with pytest.raises(KeyringUnavailable, match=r"did not answer within 0\.5 s") as error:
        asyncio.run(store.get_key("Acme"))
    assert error.value.timed_out is True
    # While that call is stuck, later ones fail at once instead of piling up threads.
    status = asyncio.run(store.status())
    assert (status.available, status.state) == (False, "unavailable")
    assert "still not answered" in status.detail
    print(f"gave up after {time.monotonic() - started:.2f} s")
    keyring_threads = [t for t in threading.enumerate() if t.name == "keyring"]
    assert keyring_threads
    assert all(t.daemon for t in keyring_threads)


def test_call_times_through_the_real_secret_service(secret_service: KeyringService) -> None:
    """A benchmark, not a timing assertion: prints the medians (run with -s to see them)."""
    import statistics

    store = SecretStore()

    async def timed(rounds: int = 15) -> dict[str, list[float]]:
        times: dict[str, list[float]] = {"status": [], "set_key": [], "get_key": []}
        await store.status()  # the first call imports keyring and picks the backend
        for index in range(rounds):
            for name, call in (
                ("status", store.status()),
                ("set_key", store.set_key("bench", f"bench-key-{index}")),
                ("get_key", store.get_key("bench")),
            ):
                started = time.perf_counter()
                await call
                times[name].append(time.perf_counter() - started)
        return times

    first = time.perf_counter()
    fresh = SecretStore()
    asyncio.run(fresh.status())
    first_call = time.perf_counter() - first
    times = asyncio.run(timed())
    assert asyncio.run(store.get_key("bench")) == "bench-key-14"
    medians = {name: statistics.median(values) * 1000 for name, values in times.items()}
    print(
        "\nSecretStore through gnome-keyring (ms, median of 15): "
        + ", ".join(f"{name} {ms:.1f}" for name, ms in medians.items())
        + f"; first call in a new store {first_call * 1000:.0f} ms"
    )


def test_the_status_names_the_backend_class_for_diagnostics(
    secret_service: KeyringService,
) -> None:
    status = asyncio.run(SecretStore().status())
    assert status.available
    assert status.backend_class == "keyring.backends.SecretService.Keyring"
