"""A local Kombo-compatible HTTP server for the demo mode and the tests (see server.py)."""

from app.sandbox.faults import SandboxFaults
from app.sandbox.requestlog import LoggedRequest
from app.sandbox.server import DEFAULT_MAX_BODY_BYTES, SandboxServer

__all__ = ["DEFAULT_MAX_BODY_BYTES", "LoggedRequest", "SandboxFaults", "SandboxServer"]
