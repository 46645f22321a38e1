"""`--self-check` names the keyring backend the app's SecretStore uses, not keyring's first pick."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from app.store.secrets import SecretStore
from app.ui.shell.self_check import _keyring_backend


def test_the_self_check_line_comes_from_the_secret_store(desk_home: Path) -> None:
    # tests/conftest.py forces keyring's fail backend: the store finds nothing usable.
    assert os.environ["PYTHON_KEYRING_BACKEND"] == "keyring.backends.fail.Keyring"
    status = asyncio.run(SecretStore().status())
    line = asyncio.run(_keyring_backend())
    assert status.backend_class == "keyring.backends.fail.Keyring"
    assert line == f"keyring.backends.fail.Keyring — not usable: {status.detail}"
    assert "No system keyring" in line
