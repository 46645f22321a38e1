"""A local Kombo-compatible HTTP server for the demo mode and the tests (see server.py)."""

from app.sandbox.faults import SandboxFaults
from app.sandbox.server import DEFAULT_MAX_BODY_BYTES, LoggedRequest, SandboxServer

__all__ = ["DEFAULT_MAX_BODY_BYTES", "LoggedRequest", "SandboxFaults", "SandboxServer"]
