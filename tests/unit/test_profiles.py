"""Profiles: validation messages, persistence, atomic writes and recovery from a damaged file.

Keys here go to a memory-only SecretStore (the keyring itself is tested in tests/keyring/).
"""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path

import pytest

from app.kombo.regions import Region
from app.store import atomic as atomic_module
from app.store.atomic import atomic_write
from app.store.profiles import (
    Profile,
    ProfileError,
    ProfileInvalid,
    ProfileNotFound,
    ProfileStore,
    base_url_issue,
    ca_bundle_issue,
    integration_id_issue,
    name_issue,
    profile_issues,
)
from app.store.secrets import SecretStore

PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"


def run(coro):
    return asyncio.run(coro)


# --- validation --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["workday:HWUTwvyx2wLoSUHphiWVrp28", "sandbox:demo", "sap-sf:a_b-C", " greenhouse:X1 \n"],
)
def test_integration_id_accepts_the_tool_colon_id_shape(value: str) -> None:
    assert integration_id_issue(value) is None


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("", "Enter the integration ID"),
        ("HWUTwvyx2wLoSUHphiWVrp28", "tool name and the colon are missing"),
        ("workday:", "ID after the colon is missing"),
        (":HWUT", "tool name before the colon is missing"),
        ("Workday:HWUT", "“workday:HWUT”"),
        ("work day:HWUT", "cannot contain spaces"),
        ("workday:HW:UT", "more than one colon"),
        ("workday:HW/UT", "Only letters, digits"),
    ],
)
def test_integration_id_messages_say_what_is_expected(value: str, says: str) -> None:
    message = integration_id_issue(value)
    assert message is not None
    assert says in message
    if "colon" in says or "Enter" in says:
        assert "workday:HWUTwvyx2wLoSUHphiWVrp28" in message  # an example of the right shape


@pytest.mark.parametrize(
    "url",
    [
        "https://api.kombo.dev/v1",
        "https://kombo.proxy.example.com:8443/v1/",
        "http://127.0.0.1:8765/v1",
        "http://127.8.9.10/v1",
        "http://localhost:5000/v1",
        "http://[::1]:5000/v1",
    ],
)
def test_https_or_loopback_base_urls_are_fine(url: str) -> None:
    assert base_url_issue(url) is None


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("", "Enter the API’s base URL"),
        ("http://api.kombo.dev/v1", "plain http is only allowed on this computer"),
        ("http://10.0.0.5/v1", "plain http is only allowed"),
        ("http://localhost.evil.com/v1", "plain http is only allowed"),
        ("api.kombo.dev/v1", "Start the address with https://"),
        ("ftp://api.kombo.dev/v1", "Only https://"),
        ("https://user:pw@api.kombo.dev/v1", "Leave user names and passwords out"),
        ("https://api.kombo.dev/v1?x=1", "Remove the “?…”"),
        ("https://api.kombo.dev:port/v1", "not a valid address"),
        ("https://api kombo.dev/v1", "cannot contain spaces"),
    ],
)
def test_base_url_messages(url: str, says: str) -> None:
    message = base_url_issue(url)
    assert message is not None
    assert says in message


def test_names_are_required_unique_ignoring_case_and_bounded() -> None:
    assert "Give the connection a name" in (name_issue("  ") or "")
    assert "already exists" in (name_issue("acme  eu", others=["Acme EU"]) or "")
    assert name_issue("Acme EU", others=["Acme US"]) is None
    assert "under 80 characters" in (name_issue("x" * 81) or "")
    assert "control character" in (name_issue("Acme\x07") or "")


def test_ca_bundle_must_be_an_existing_pem_file(tmp_path: Path) -> None:
    pem = tmp_path / "corp.pem"
    pem.write_text(PEM)
    der = tmp_path / "corp.der"
    der.write_bytes(b"\x30\x82\x01\x0a")
    assert ca_bundle_issue(str(pem)) is None
    assert "does not exist" in (ca_bundle_issue(str(tmp_path / "missing.pem")) or "")
    assert "not a folder" in (ca_bundle_issue(str(tmp_path)) or "")
    assert "no PEM certificate" in (ca_bundle_issue(str(der)) or "")


def test_profile_issues_are_per_field_and_custom_url_only_matters_for_custom() -> None:
    issues = profile_issues(
        Profile(name="", region=None, base_url="http://example.com", integration_id="nope")
    )
    assert set(issues) == {"name", "base_url", "integration_id"}
    # A region profile ignores whatever stale text the custom URL field had.
    assert profile_issues(Profile("EU", Region.EU, "garbage", "sandbox:demo")) == {}


def test_effective_base_url_and_verify() -> None:
    assert Profile("a", Region.US).effective_base_url == "https://api.us.kombo.dev/v1"
    assert Profile("a", Region.CA).effective_base_url == "https://api.ca.kombo.dev/v1"
    custom = Profile("a", None, " http://127.0.0.1:9/v1/ ", "sandbox:demo").normalized()
    assert custom.effective_base_url == "http://127.0.0.1:9/v1"
    assert custom.verify is True
    assert Profile("a", ca_bundle="/etc/corp.pem").verify == "/etc/corp.pem"


# --- persistence ---------------------------------------------------------------------------


def test_profiles_persist_with_a_schema_and_a_default(desk_home: Path) -> None:
    store = ProfileStore()
    first = run(store.add(Profile(" Acme  EU ", Region.EU, integration_id="workday:Abc123 ")))
    run(store.add(Profile("Sandbox", None, "http://127.0.0.1:8765/v1/", "sandbox:demo")))
    assert first.name == "Acme EU"
    assert first.is_default is True

    document = json.loads((desk_home / "profiles.json").read_text())
    assert document["schema"] == 1
    assert document["default"] == "Acme EU"
    assert document["profiles"][1] == {
        "name": "Sandbox",
        "region": None,
        "base_url": "http://127.0.0.1:8765/v1",
        "integration_id": "sandbox:demo",
        "ca_bundle": None,
    }

    reloaded = ProfileStore().load()
    assert reloaded.load_problem is None
    assert [p.name for p in reloaded.list()] == ["Acme EU", "Sandbox"]
    assert reloaded.get("sandbox").effective_base_url == "http://127.0.0.1:8765/v1"
    run(reloaded.set_default("Sandbox"))
    assert ProfileStore().default() == reloaded.get("Sandbox")
    assert ProfileStore().get("Sandbox").is_default is True


def test_add_rejects_invalid_and_duplicate_profiles_with_field_messages() -> None:
    store = ProfileStore()
    run(store.add(Profile("Acme", integration_id="workday:A1")))
    with pytest.raises(ProfileInvalid) as error:
        run(store.add(Profile("ACME", integration_id="workday")))
    assert set(error.value.issues) == {"name", "integration_id"}
    assert "already exists" in error.value.issues["name"]
    assert store.names() == ["Acme"]


def test_update_rename_duplicate_delete_and_their_keys(desk_home: Path) -> None:
    secrets = SecretStore(memory_only=True)
    store = ProfileStore(secrets=secrets)

    async def scenario() -> None:
        await store.add(Profile("Acme", integration_id="workday:A1"))
        await store.add(Profile("Beta", Region.US, integration_id="greenhouse:B2"))
        await secrets.set_key("Acme", "key-of-acme")
        await store.update("Acme", Profile("Acme", Region.CA, integration_id="workday:A9"))
        await store.rename("Acme", "Acme Canada")
        copy = await store.duplicate("Acme Canada")
        assert copy.name == "Acme Canada (copy)"
        assert (await store.duplicate("Acme Canada")).name == "Acme Canada (copy) (2)"
        outcome = await store.delete("Acme Canada (copy) (2)")
        assert outcome.key_warning is None

    run(scenario())
    assert store.names() == ["Acme Canada", "Acme Canada (copy)", "Beta"]
    assert store.get("Acme Canada").region is Region.CA
    assert store.get("Acme Canada").integration_id == "workday:A9"
    assert store.default() == store.get("Acme Canada")  # the default followed the rename
    assert run(secrets.get_key("Acme")) is None
    assert run(secrets.get_key("Acme Canada")) == "key-of-acme"
    assert run(secrets.get_key("Acme Canada (copy)")) == "key-of-acme"
    assert run(secrets.get_key("Acme Canada (copy) (2)")) is None

    run(store.delete("Acme Canada"))
    assert run(secrets.get_key("Acme Canada")) is None
    assert store.default() == store.get("Acme Canada (copy)")
    with pytest.raises(ProfileNotFound, match="no connection named “Acme Canada”"):
        store.get("Acme Canada")
    assert "key-of-acme" not in (desk_home / "profiles.json").read_text()


def test_renaming_to_a_taken_name_changes_nothing() -> None:
    secrets = SecretStore(memory_only=True)
    store = ProfileStore(secrets=secrets)
    run(store.add(Profile("A", integration_id="x:1")))
    run(store.add(Profile("B", integration_id="x:2")))
    run(secrets.set_key("A", "key-a"))
    with pytest.raises(ProfileInvalid):
        run(store.rename("A", "b"))
    assert store.names() == ["A", "B"]
    assert run(secrets.get_key("A")) == "key-a"


def test_delete_without_a_usable_keyring_still_removes_the_profile() -> None:
    # The fail backend (tests/conftest.py): nothing can be in the keyring, nothing to remove.
    store = ProfileStore(secrets=SecretStore())
    run(store.add(Profile("A", integration_id="x:1")))
    outcome = run(store.delete("A"))
    assert outcome.key_warning is None
    assert store.names() == []


def test_a_failed_write_keeps_the_old_file_and_the_old_state(
    desk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ProfileStore()
    run(store.add(Profile("A", integration_id="x:1")))
    before = (desk_home / "profiles.json").read_bytes()

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_module.os, "fsync", full_disk)
    with pytest.raises(ProfileError, match=r"could not be saved.*No space left"):
        run(store.add(Profile("B", integration_id="x:2")))
    assert store.names() == ["A"]
    assert (desk_home / "profiles.json").read_bytes() == before
    assert [p.name for p in desk_home.iterdir()] == ["profiles.json"]  # no temp file left


def test_atomic_write_replaces_in_one_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "profiles.json"
    target.write_text("old")
    seen: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        seen.append((Path(src).read_text(), Path(dst).read_text()))
        real_replace(src, dst)

    monkeypatch.setattr(atomic_module.os, "replace", spy)
    atomic_write(target, b"new")
    assert seen == [("new", "old")]  # the new content was complete before it took the name
    assert target.read_text() == "new"


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "does not hold a list of connections"),
        ('{"schema": "x", "profiles": []}', "schema version"),
        (b"\xff\xfe\x00bad", "could not be read"),
    ],
)
def test_a_damaged_file_is_moved_aside_and_reported(
    desk_home: Path, content: str | bytes, why: str
) -> None:
    path = desk_home / "profiles.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    store = ProfileStore().load()
    assert store.list() == []
    assert store.load_problem is not None
    assert why in store.load_problem
    backups = list(desk_home.glob("profiles.json.broken-*"))
    assert len(backups) == 1
    assert str(backups[0]) in store.load_problem
    assert not path.exists()
    # The store works again, and the next save does not touch the backup.
    run(store.add(Profile("A", integration_id="x:1")))
    assert ProfileStore().names() == ["A"]
    assert backups[0].exists()


def test_bad_entries_are_skipped_and_the_original_kept(desk_home: Path) -> None:
    path = desk_home / "profiles.json"
    path.write_text(
        json.dumps(
            {
                "schema": 1,
                "default": "Gone",
                "profiles": [
                    {"name": "Good", "region": "US", "integration_id": "x:1"},
                    {"name": "", "region": "EU"},
                    {"name": "Mars", "region": "MARS", "integration_id": "x:1"},
                    {"name": "good", "region": "EU", "integration_id": "x:2"},
                    "nonsense",
                ],
            }
        )
    )
    store = ProfileStore().load()
    assert store.names() == ["Good"]
    assert store.default() == store.get("Good")
    assert store.load_problem is not None
    assert "unknown region 'MARS'" in store.load_problem
    assert "appears twice" in store.load_problem
    assert len(list(desk_home.glob("profiles.json.broken-*"))) == 1
    assert path.exists()


def test_a_file_from_a_newer_version_is_read_but_never_overwritten(desk_home: Path) -> None:
    path = desk_home / "profiles.json"
    text = json.dumps(
        {
            "schema": 2,
            "default": "A",
            "profiles": [{"name": "A", "region": "EU", "integration_id": "x:1", "new": 1}],
        }
    )
    path.write_text(text)
    store = ProfileStore().load()
    assert store.names() == ["A"]
    assert store.read_only_reason is not None
    with pytest.raises(ProfileError, match="newer version"):
        run(store.add(Profile("B", integration_id="x:2")))
    assert path.read_text() == text


def test_repr_names_the_file_not_the_content() -> None:
    store = ProfileStore()
    assert "profiles.json" in repr(store)
    assert "SecretStore" not in repr(store)


def test_the_organization_name_is_kept_and_old_files_still_load() -> None:
    old = {"name": "Acme", "region": "EU", "base_url": None, "integration_id": "workday:x"}
    assert Profile.from_json(old).organization_name == ""  # written before it existed
    named = Profile.from_json({**old, "organization_name": "Acme GmbH"})
    assert named.organization_name == "Acme GmbH"
    assert Profile.from_json(named.to_json()) == named
    assert "organization_name" not in Profile.from_json(old).to_json()
    with pytest.raises(ValueError, match="organization_name"):
        Profile.from_json({**old, "organization_name": 3})
