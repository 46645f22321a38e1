"""A private PostgreSQL server for tests: initdb + pg_ctl in a temporary folder, on a free
loopback port, fsync off, stopped at the end (RECIPES.md). Password authentication over TCP
(scram-sha-256), optionally TLS with a throwaway CA made by openssl.

initdb and pg_ctl refuse to run as root: as root they run as the `postgres` user the Debian
package creates, in a folder it owns. Tests skip with the reason when the binaries are missing.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest


def pg_bin() -> Path | None:
    """The newest installed server's bin folder (Debian's layout, or initdb on PATH)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    if found and Path(found[-1], "initdb").exists():
        return Path(found[-1])
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Tls:
    """A throwaway CA and a server certificate for 127.0.0.1 signed by it."""

    ca_file: Path
    cert_file: Path
    key_file: Path


def make_ca(folder: Path, name: str) -> tuple[Path, Path]:
    key, cert = folder / f"{name}.key", folder / f"{name}.crt"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", f"/CN={name}", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def make_tls(folder: Path) -> Tls:
    ca_cert, ca_key = make_ca(folder, "test-ca")
    key, csr, cert = folder / "server.key", folder / "server.csr", folder / "server.crt"
    ext = folder / "san.ext"
    ext.write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    subprocess.run(
        ["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
         "-keyout", str(key), "-out", str(csr)],
        check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(
        ["openssl", "x509", "-req", "-in", str(csr), "-CA", str(ca_cert), "-CAkey", str(ca_key),
         "-CAcreateserial", "-days", "2", "-extfile", str(ext), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return Tls(ca_cert, cert, key)


class PgServer:
    """One private cluster. `admin_password` is the `postgres` superuser's (memory only)."""

    def __init__(self, *, tls: bool = False) -> None:
        bin_dir = pg_bin()
        if bin_dir is None:
            pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql)")
        self.bin = bin_dir
        self.as_root = os.geteuid() == 0
        # Not under pytest's tmp_path: as root, that folder is closed to the postgres user.
        self.folder = Path(tempfile.mkdtemp(prefix="result-desk-pg-"))
        self.port = free_port()
        self.host = "127.0.0.1"
        self.admin_password = secrets.token_urlsafe(16)
        self.tls: Tls | None = make_tls(self.folder) if tls else None
        if self.as_root:
            entry = pwd.getpwnam("postgres")
            for path in [self.folder, *self.folder.iterdir()]:
                os.chown(path, entry.pw_uid, entry.pw_gid)
        if self.tls is not None:
            self.tls.key_file.chmod(0o600)
        self._initdb()

    def _run(self, args: Sequence[str]) -> subprocess.CompletedProcess[str]:
        command = [str(a) for a in args]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=True, capture_output=True, text=True)

    def _initdb(self) -> None:
        pwfile = self.folder / "pw"
        pwfile.write_text(self.admin_password + "\n")
        if self.as_root:
            os.chown(pwfile, pwd.getpwnam("postgres").pw_uid, -1)
        try:
            self._run(
                [self.bin / "initdb", "-D", self.folder / "data", "-U", "postgres",
                 "--auth-local=trust", "--auth-host=scram-sha-256", f"--pwfile={pwfile}"]
            )  # fmt: skip
        finally:
            pwfile.unlink()

    def start(self) -> None:
        options = (
            # fsync off: a crash of the server process (-m immediate) still keeps every commit
            # (the WAL is written to the OS); synchronous_commit stays on, as on a real server.
            f"-p {self.port} -k {self.folder} -c listen_addresses={self.host} -c fsync=off"
        )
        if self.tls is not None:
            options += (
                f" -c ssl=on -c ssl_cert_file={self.tls.cert_file}"
                f" -c ssl_key_file={self.tls.key_file}"
            )
        self._run(
            [self.bin / "pg_ctl", "-D", self.folder / "data", "-l", self.folder / "log",
             "-w", "start", "-o", options]
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run([self.bin / "pg_ctl", "-D", self.folder / "data", "-m", mode, "-w", "stop"])

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)

    def admin_conninfo(self, dbname: str = "postgres") -> str:
        # The admin connects over the Unix socket (trust): no password in any string.
        return f"host={self.folder} port={self.port} user=postgres dbname={dbname}"

    def admin_sql(self, sql: str, dbname: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.admin_conninfo(dbname), autocommit=True) as conn:
            conn.execute(sql.encode())

    def admin_rows(self, sql: str, dbname: str = "postgres") -> list[tuple[object, ...]]:
        import psycopg

        with psycopg.connect(self.admin_conninfo(dbname), autocommit=True) as conn:
            return conn.execute(sql.encode()).fetchall()


@contextlib.contextmanager
def running_server(*, tls: bool = False) -> Iterator[PgServer]:
    server = PgServer(tls=tls)
    try:
        server.start()
        yield server
    finally:
        server.remove()


def setup_parts(owner_pw: str, desk_pw: str, database: str) -> tuple[str, str, str]:
    """The README's setup SQL (`SETUP_SQL`) with these passwords and database name, split
    into: the roles (once per cluster), CREATE DATABASE, and what runs inside the database."""
    from app.team.schema import SETUP_SQL

    sql = (
        SETUP_SQL.replace("change-me-owner", owner_pw)
        .replace("change-me-desk", desk_pw)
        .replace("result_desk_team", database)
    )
    before, inside = sql.split("\\connect " + database)
    roles = "\n".join(line for line in before.splitlines() if "DATABASE" not in line)
    create = "\n".join(line for line in before.splitlines() if "DATABASE" in line)
    return roles, create, inside
