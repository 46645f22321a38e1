"""“Test connection” explained, over real loopback HTTP(S): the sandbox, a TLS server with a
self-signed certificate (the corporate-proxy situation), and a proxy from the environment
(httpx honours HTTPS_PROXY & co. for Kombo's own hosts: trust_env)."""

from __future__ import annotations

import asyncio
import datetime as dt
import http.server
import ipaddress
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.kombo.client import KomboClient
from app.kombo.regions import Region
from app.store.profiles import Profile
from app.ui.connections.tester import ConnectionTester

x509 = pytest.importorskip("cryptography.x509")  # comes with SecretStorage (keyring on Linux)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def self_signed(folder: Path) -> tuple[Path, Path]:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Corp Inspection CA")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "corp-ca.pem", folder / "corp-ca.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


TLS_INTEGRATION = {
    "id": "x:1",
    "tool": {"id": "greenhouse", "label": "Greenhouse"},
    "status": "ACTIVE",
    "setup_status": "COMPLETED",
    "end_user": {"organization_name": "Corp AG"},
}


class _Answers(http.server.BaseHTTPRequestHandler):
    """`/v1/check-api-key` and `/v1/integrations/x:1`: 200 for `Bearer good`, Kombo's 401
    envelope otherwise."""

    def do_GET(self) -> None:
        if self.path not in ("/v1/check-api-key", "/v1/integrations/x:1"):
            self._send(404, {"status": "error", "error": {"code": "NOT_FOUND", "message": "no"}})
        elif self.headers.get("Authorization") != "Bearer good":
            error = {"code": "PLATFORM.AUTHENTICATION_INVALID", "message": "The key is invalid."}
            self._send(401, {"status": "error", "error": error})
        elif self.path.startswith("/v1/integrations/"):
            self._send(200, {"status": "success", "data": TLS_INTEGRATION})
        elif self.headers.get("Authorization") == "Bearer good":
            self._send(200, {"status": "success", "data": {"environment_id": "ENVtls123"}})
        else:
            error = {"code": "PLATFORM.AUTHENTICATION_INVALID", "message": "The key is invalid."}
            self._send(401, {"status": "error", "error": error})

    def _send(self, status: int, payload: dict[str, Any]) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    cert, key = self_signed(tmp_path)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Answers)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}/v1", cert
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY", "SSL_CERT_FILE"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def test_right_and_wrong_key_against_the_sandbox(sandbox) -> None:
    profile = Profile("Sandbox", None, sandbox.base_url, "sandbox:demo")
    ok = asyncio.run(ConnectionTester().test(profile, "sandbox"))
    assert ok.ok
    assert ok.headline == "Acme GmbH · Workday · ACTIVE"
    assert ok.organization_name == "Acme GmbH"
    assert ok.environment_id
    assert ok.environment_id in ok.text
    wrong = asyncio.run(ConnectionTester().test(profile, "wrong-key-123"))
    assert not wrong.ok
    assert wrong.headline == "Kombo did not accept this API key."
    assert wrong.blame == "api_key"
    assert "wrong-key-123" not in wrong.text


def test_an_integration_id_kombo_does_not_know_is_blamed(sandbox) -> None:
    profile = Profile("Sandbox", None, sandbox.base_url, "greenhouse:NoSuchIntegration")
    result = asyncio.run(ConnectionTester().test(profile, "sandbox"))
    assert not result.ok
    assert result.headline == "Kombo does not know this integration ID."
    assert "greenhouse:NoSuchIntegration" in result.detail
    assert result.blame == "integration_id"
    assert result.organization_name is None
    paths = [entry.path for entry in sandbox.request_log]
    assert paths == ["/v1/check-api-key", "/v1/integrations/greenhouse:NoSuchIntegration"]


@pytest.mark.parametrize(
    ("status", "setup_status", "headline", "said"),
    [
        ("INACTIVE", "COMPLETED", "Acme GmbH · Workday · INACTIVE", "inactive"),
        ("ACTIVE", "INCOMPLETE", "Acme GmbH · Workday · ACTIVE", "setup is incomplete"),
        ("INVALID", "COMPLETED", "Acme GmbH · Workday · INVALID", "credentials are invalid"),
    ],
)
def test_an_integration_kombo_cannot_write_through_is_blamed(
    sandbox, status: str, setup_status: str, headline: str, said: str
) -> None:
    sandbox.integration.status = status
    sandbox.integration.setup_status = setup_status
    profile = Profile("Sandbox", None, sandbox.base_url, "sandbox:demo")
    result = asyncio.run(ConnectionTester().test(profile, "sandbox"))
    assert not result.ok
    assert result.headline == headline
    assert said in result.detail
    assert result.blame == "integration_id"
    assert result.organization_name == "Acme GmbH"


def test_a_base_url_without_the_api_path(sandbox) -> None:
    profile = Profile("S", None, sandbox.base_url.removesuffix("/v1") + "/api", "sandbox:demo")
    result = asyncio.run(ConnectionTester().test(profile, "sandbox"))
    assert not result.ok
    assert result.blame == "base_url"
    assert "/v1" in result.text


def test_nobody_listening() -> None:
    profile = Profile("S", None, f"http://127.0.0.1:{free_port()}/v1", "sandbox:demo")
    result = asyncio.run(ConnectionTester().test(profile, "sandbox"))
    assert result.headline.startswith("Could not reach 127.0.0.1")
    assert result.blame == "base_url"


def test_tls_interception_asks_for_the_ca_bundle_and_the_bundle_fixes_it(tls_server) -> None:
    url, cert = tls_server
    plain = Profile("Corp", None, url, "x:1")
    refused = asyncio.run(ConnectionTester().test(plain, "good"))
    assert not refused.ok
    assert refused.headline == "The secure connection could not be verified."
    assert "CA bundle" in refused.detail
    assert refused.blame == "ca_bundle"

    trusted = Profile("Corp", None, url, "x:1", ca_bundle=str(cert))
    result = asyncio.run(ConnectionTester().test(trusted, "good"))
    assert result.ok, result.text
    assert result.environment_id == "ENVtls123"
    assert result.headline == "Corp AG · Greenhouse · ACTIVE"


def test_a_rejected_key_on_a_region_suggests_checking_the_region(tls_server) -> None:
    url, cert = tls_server

    def to_local(**kwargs: Any) -> KomboClient:  # the EU profile, answered locally
        return KomboClient(**{**kwargs, "base_url": url, "verify": str(cert)})

    result = asyncio.run(
        ConnectionTester(client_factory=to_local).test(Profile("Acme", Region.EU), "bad")
    )
    assert result.headline == "Kombo did not accept this API key."
    assert "EU region" in result.detail
    assert "api.kombo.dev" in result.detail


def test_an_https_proxy_from_the_environment_is_used_and_blamed(monkeypatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{free_port()}")
    result = asyncio.run(ConnectionTester().test(Profile("Acme", Region.US), "k"))
    assert not result.ok
    assert result.headline == "The proxy did not get through to Kombo."
    assert "HTTPS_PROXY" in result.detail
    # The sandbox on this computer is never reached through the proxy.
    local = Profile("Local", None, f"https://127.0.0.1:{free_port()}/v1", "x:1")
    direct = asyncio.run(ConnectionTester().test(local, "k"))
    assert direct.headline.startswith("Could not reach 127.0.0.1")


def test_the_key_as_sent_is_scrubbed_too_not_only_as_typed() -> None:
    def leaky(**kwargs: Any) -> KomboClient:  # an error text that quotes the cleaned key
        raise RuntimeError(f"bad header value {kwargs['api_key'].strip()[7:]}")

    typed = "  Bearer s3cret-key-42\n"
    result = asyncio.run(
        ConnectionTester(client_factory=leaky).test(Profile("Acme", Region.EU), typed)
    )
    assert not result.ok
    assert result.detail == "RuntimeError: bad header value •••"
    assert "s3cret-key-42" not in result.text
