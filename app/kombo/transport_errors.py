"""httpx's transport failures turned into what the person needs to know.

Each message says, in words, what went wrong and whether the request surely never reached Kombo
(`outcome_unknown=False`) or might have been acted on: once the first byte of a write went out,
nobody can tell.
"""

from __future__ import annotations

import errno
import ipaddress
import socket
import ssl
import urllib.request

import httpx

from app.kombo.errors import KomboNetworkError

__all__ = ["after_start_error", "connect_error", "is_loopback", "plain_reason", "proxy_in_use"]


def _causes(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def plain_reason(exc: BaseException) -> str:
    for cause in _causes(exc):
        if isinstance(cause, socket.gaierror):
            return "the server name could not be found"
        if isinstance(cause, OSError) and cause.errno is not None:
            match cause.errno:
                case errno.ECONNREFUSED:
                    return "the connection was refused"
                case errno.ETIMEDOUT:
                    return "the connection timed out"
                case errno.ENETUNREACH | errno.EHOSTUNREACH:
                    return "the network or host is unreachable"
                case errno.ECONNRESET:
                    return "the connection was reset"
    text = str(exc).strip()
    if "Name or service not known" in text or "nodename nor servname" in text:
        return "the server name could not be found"
    if "Connection refused" in text:
        return "the connection was refused"
    return text or type(exc).__name__


def _tls_reason(exc: BaseException) -> str | None:
    for cause in _causes(exc):
        if isinstance(cause, ssl.SSLCertVerificationError):
            return f"the server's certificate is not trusted ({cause.verify_message})"
        if isinstance(cause, ssl.SSLError):
            if cause.reason == "WRONG_VERSION_NUMBER":
                return "the server did not answer in TLS (does the URL need http:// instead?)"
            return f"the TLS handshake failed ({cause.reason or cause})"
    text = str(exc)
    if "CERTIFICATE_VERIFY_FAILED" in text:
        return "the server's certificate is not trusted"
    if "SSL" in text or "TLS" in text:
        return "the TLS handshake failed"
    return None


def proxy_in_use(url: httpx.URL) -> bool:
    if is_loopback(url.host):  # the client never sends loopback traffic through a proxy
        return False
    proxies = urllib.request.getproxies_environment()
    if url.scheme not in proxies and "all" not in proxies:
        return False
    # httpx honours only the environment's proxies (trust_env), so ask about those alone.
    bypass = urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]
    return not bypass(url.host)


def is_loopback(host: str) -> bool:
    if host.lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def connect_error(exc: httpx.ConnectError, url: httpx.URL) -> KomboNetworkError:
    """No connection could be made: nothing was sent."""
    host = url.host
    if (tls := _tls_reason(exc)) is not None:
        return KomboNetworkError(
            f"The secure connection to {host} failed: {tls}. Nothing was sent. If your "
            "network inspects HTTPS, set its CA bundle in the connection profile.",
            outcome_unknown=False,
            kind="tls",
        )
    reason = plain_reason(exc)
    if proxy_in_use(url):
        return KomboNetworkError(
            f"Could not connect to {host} through the proxy: {reason}. Nothing was sent.",
            outcome_unknown=False,
            kind="proxy",
        )
    return KomboNetworkError(
        f"Could not connect to {host}: {reason}. Nothing was sent.",
        outcome_unknown=False,
        kind="connect",
    )


def after_start_error(
    exc: httpx.TransportError, host: str, writes: bool, *, write_s: float, read_s: float
) -> KomboNetworkError:
    """The request failed after it started; `write_s`/`read_s` are the client's timeouts."""
    check = (
        " The result may have been written: check the order in Kombo before sending again."
        if writes
        else ""
    )
    if isinstance(exc, httpx.WriteTimeout):
        message = f"Sending to {host} stalled for {write_s:g} s and was stopped."
        kind = "timeout"
    elif isinstance(exc, httpx.TimeoutException):
        message = f"Kombo did not answer within {read_s:g} s."
        kind = "timeout"
    elif isinstance(exc, httpx.ReadError | httpx.WriteError | httpx.RemoteProtocolError):
        message = f"The connection to {host} was closed before Kombo answered."
        kind = "dropped"
    else:
        message = f"The request to {host} failed: {plain_reason(exc)}."
        kind = "network"
    # After the first byte went out nobody can tell whether Kombo acted on it.
    return KomboNetworkError(message + check, outcome_unknown=True, kind=kind)
