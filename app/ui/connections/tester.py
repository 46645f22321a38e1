"""“Test connection”: `GET /check-api-key` for a profile and a key, then
`GET /integrations/{integration_id}` for its integration, explained in words.

Connected means both: the key works, and Kombo knows the integration and can write through it
(`Acme GmbH · Workday · ACTIVE`). An unknown, inactive or half set-up integration blames the
integration ID field with what Kombo said.

The settings dialog asks this object, so no widget builds an HTTP request. Failures are not
exceptions here but a `ConnectionTestResult` that names the field most likely at fault, so the
dialog can mark it: a rejected key (or a key from another region), no network, a proxy, TLS
interception without the company's CA bundle, a server that is not Kombo, an integration ID
Kombo does not know or cannot use.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QCoreApplication

from app.applog import register_secret
from app.kombo.apikey import normalize_key
from app.kombo.errors import KomboApiError, KomboInvalidResponse, KomboNetworkError
from app.store.profiles import Profile
from app.store.secrets import scrub

if TYPE_CHECKING:
    from app.kombo.integration import IntegrationDetails  # pydantic: not before the first paint

log = logging.getLogger(__name__)

Blame = Literal["api_key", "region", "base_url", "ca_bundle", "network", "integration_id"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConnectionTester", text)


@dataclass(frozen=True)
class ConnectionTestResult:
    ok: bool
    headline: str
    detail: str = ""
    environment_id: str | None = None
    blame: Blame | None = None
    duration_s: float = 0.0
    organization_name: str | None = None  # the integration's customer, when Kombo named it
    mark: str = ""  # what to write at the blamed field; the headline when empty

    @property
    def text(self) -> str:
        return f"{self.headline} {self.detail}".strip()


ClientFactory = Callable[..., Any]


def _default_client_factory(**kwargs: Any) -> Any:
    from app.kombo.client import KomboClient, RetryPolicy, Timeouts

    # A test is a single quick question: no retries, no two-minute read timeout.
    return KomboClient(
        timeouts=Timeouts(connect=10.0, read=20.0, write=20.0, pool=10.0),
        retry=RetryPolicy(max_attempts=1),
        **kwargs,
    )


class ConnectionTester:
    def __init__(self, client_factory: ClientFactory | None = None) -> None:
        self._client_factory = client_factory or _default_client_factory

    async def test(self, profile: Profile, api_key: str) -> ConnectionTestResult:
        """Ask Kombo whether `api_key` works at `profile`'s address. Never raises (except
        CancelledError), never includes the key in what it returns or logs."""
        started = time.monotonic()
        register_secret(api_key)  # held in memory for the test: redacted wherever it goes
        register_secret(normalize_key(api_key))
        try:
            result = await self._test(profile, api_key)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a failure we did not foresee: say so, keep the app alive
            log.warning("connection test failed unexpectedly: %s", type(exc).__name__)
            result = ConnectionTestResult(
                False,
                _tr("The test failed unexpectedly."),
                f"{type(exc).__name__}: {exc}",
            )
        # The key as typed and as sent (without spaces or a `Bearer ` prefix): either may have
        # found its way into an error text.
        return ConnectionTestResult(
            result.ok,
            result.headline,
            scrub(result.detail, api_key, normalize_key(api_key)),
            result.environment_id,
            result.blame,
            time.monotonic() - started,
            result.organization_name,
            result.mark,
        )

    async def _test(self, profile: Profile, api_key: str) -> ConnectionTestResult:
        base_url = profile.effective_base_url
        where = _host(base_url)
        try:
            client = self._client_factory(
                base_url=base_url,
                api_key=api_key,
                integration_id=profile.integration_id or None,
                verify=profile.verify,
            )
        except (OSError, ssl.SSLError) as exc:
            return ConnectionTestResult(
                False,
                _tr("The CA bundle could not be loaded."),
                f"{profile.ca_bundle}: {getattr(exc, 'strerror', None) or exc}",
                blame="ca_bundle",
            )
        except ValueError as exc:
            return ConnectionTestResult(
                False, _tr("The base URL is not valid."), str(exc), blame="base_url"
            )
        integration: IntegrationDetails | None = None
        asked_integration = False
        try:
            async with client:
                data = await client.check_api_key()
                if profile.integration_id:
                    asked_integration = True
                    integration = await client.get_integration(profile.integration_id)
        except KomboApiError as exc:
            if asked_integration:
                return self._integration_error(profile, exc)
            return self._api_error(profile, exc, where)
        except KomboNetworkError as exc:
            return self._network_error(profile, exc, where)
        except KomboInvalidResponse as exc:
            return ConnectionTestResult(
                False,
                _tr("The server did not answer like Kombo."),
                _tr("{message} ({status}, {type}). Check the base URL: Kombo's ends with /v1.")
                .replace("{message}", exc.message.rstrip("."))
                .replace("{status}", f"HTTP {exc.http_status}")
                .replace("{type}", exc.content_type or "no content type"),
                blame="base_url" if profile.region is None else None,
            )
        environment = _tr("The key belongs to environment {env}.").replace(
            "{env}", data.environment_id
        )
        if integration is None:
            return ConnectionTestResult(
                True, _tr("Connected."), environment, environment_id=data.environment_id
            )
        problem = integration.problem()
        return ConnectionTestResult(
            problem is None,
            integration.summary,
            environment if problem is None else f"{problem} {environment}",
            environment_id=data.environment_id,
            blame=None if problem is None else "integration_id",
            organization_name=integration.end_user.organization_name,
            mark=problem or "",
        )

    def _integration_error(self, profile: Profile, exc: KomboApiError) -> ConnectionTestResult:
        if exc.http_status == 404 or exc.code == "PLATFORM.INTEGRATION_NOT_FOUND":
            return ConnectionTestResult(
                False,
                _tr("Kombo does not know this integration ID."),
                _tr(
                    "The key works, but Kombo found no integration {id} for it. Copy the ID from "
                    "the integration's page on Kombo's dashboard; it belongs to the same "
                    "environment as the key."
                ).replace("{id}", profile.integration_id),
                blame="integration_id",
            )
        return self._api_error(profile, exc, _host(profile.effective_base_url))

    def _api_error(self, profile: Profile, exc: KomboApiError, where: str) -> ConnectionTestResult:
        code = exc.code or ""
        if exc.http_status in (401, 403) or "AUTHENTICATION" in code:
            if profile.region is not None:
                detail = _tr(
                    "Check that the key is complete and not revoked (Kombo dashboard → Secrets). "
                    "Keys belong to one region: if this customer's Kombo account is not in "
                    "the {region} region ({host}), choose its region."
                )
                detail = detail.replace("{region}", profile.region.value).replace("{host}", where)
                blame: Blame = "api_key"
            else:
                detail = _tr(
                    "Check that the key is complete and not revoked, and that {host} is the "
                    "right server for it."
                ).replace("{host}", where)
                blame = "api_key"
            return ConnectionTestResult(
                False, _tr("Kombo did not accept this API key."), detail, blame=blame
            )
        if exc.http_status == 404:
            return ConnectionTestResult(
                False,
                _tr("There is no Kombo API at this address."),
                _tr(
                    "{host} answered 404 for /check-api-key. Check the base URL (it ends with /v1)."
                ).replace("{host}", where),
                blame="base_url" if profile.region is None else None,
            )
        if exc.http_status == 429:
            return ConnectionTestResult(
                False,
                _tr("Kombo is rate limiting this key."),
                _tr("The key works, but too many requests were made; try again in a minute."),
                blame=None,
            )
        log_hint = f" Log: {exc.log_url}" if exc.log_url else ""
        return ConnectionTestResult(
            False, _tr("Kombo answered with an error."), f"{exc}.{log_hint}", blame=None
        )

    def _network_error(
        self, profile: Profile, exc: KomboNetworkError, where: str
    ) -> ConnectionTestResult:
        # The client's own advice is replaced by ours, which knows the profile's CA bundle.
        message = exc.message.replace(" Nothing was sent.", "")
        message = message.split(" If your network inspects HTTPS")[0]
        if exc.kind == "tls":
            advice = (
                _tr(
                    "The chosen CA bundle does not vouch for this server: check that it is your "
                    "network's current CA certificate."
                )
                if profile.ca_bundle
                else _tr(
                    "If your company's network inspects HTTPS traffic, choose its CA certificate "
                    "under “CA bundle”."
                )
            )
            return ConnectionTestResult(
                False,
                _tr("The secure connection could not be verified."),
                f"{message} {advice}",
                blame="ca_bundle",
            )
        if exc.kind == "proxy":
            return ConnectionTestResult(
                False,
                _tr("The proxy did not get through to Kombo."),
                message
                + " "
                + _tr(
                    "Check the proxy settings (HTTPS_PROXY, NO_PROXY). If the proxy inspects "
                    "HTTPS, choose its CA certificate under “CA bundle”."
                ),
                blame="network",
            )
        if exc.kind == "timeout":
            return ConnectionTestResult(
                False,
                _tr("Kombo did not answer in time."),
                message + " " + _tr("The network or Kombo may be slow; try again."),
                blame="network",
            )
        if exc.kind == "connect":
            custom = profile.region is None
            hint = (
                _tr("Check the base URL and that the server is running.")
                if custom
                else _tr("Check the network connection (and the proxy settings, if any).")
            )
            return ConnectionTestResult(
                False,
                _tr("Could not reach {host}.").replace("{host}", where),
                f"{message} {hint}",
                blame="base_url" if custom else "network",
            )
        return ConnectionTestResult(False, _tr("The connection failed."), message, blame="network")


def _host(base_url: str) -> str:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(base_url)
    except ValueError:
        return base_url
    return parts.netloc or base_url
