"""Which running process owns an attempt in flight, and whether that process still lives.

A token is "host:pid". Only a process on this host can be checked; one elsewhere (a history on a
shared folder) counts as alive, so its attempt is never declared interrupted while it may run.
"""

from __future__ import annotations

import os
import socket
import sys


def owner_token() -> str:
    """This process as an owner of attempts in flight."""
    return f"{socket.gethostname()}:{os.getpid()}"


def owner_alive(token: str) -> bool:
    """False if the owning process is surely gone (or is this very process starting up)."""
    host, _, pid_text = token.rpartition(":")
    if host != socket.gethostname():
        return True  # cannot tell from here
    try:
        pid = int(pid_text)
    except ValueError:
        return False
    if pid == os.getpid() or pid <= 0:
        # This process reads the history before it sends anything: a row with its pid is left
        # by an earlier process that had the same pid.
        return False
    return _pid_alive(pid)


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill(pid, 0) would send CTRL_C_EVENT there
        import ctypes

        synchronize = 0x00100000
        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(synchronize, False, pid)
        if not handle:
            return False
        try:
            return bool(kernel32.WaitForSingleObject(handle, 0) == 0x00000102)  # WAIT_TIMEOUT
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return False
    return True
