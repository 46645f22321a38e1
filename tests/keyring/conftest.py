"""Fixtures for tests against a real Secret Service (gnome-keyring on a private D-Bus bus).

`keyring_daemon` (session): one unlocked gnome-keyring for the whole run (~0.3 s to start).
`secret_service`: points this process at it for one test, undoing the fail backend that
`tests/conftest.py` forces, and removes every `result-desk` entry afterwards.
`locked_keyring`: a keyring of its own whose "login" collection stays locked (it was restarted
with the wrong password).

NB: this folder must never get an `__init__.py`: `tests/keyring` would then shadow the real
`keyring` package.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring_service import (
    KeyringService,
    gnome_keyring_missing,
    keyring_service,
    start_keyring_service,
)

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
