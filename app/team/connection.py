"""Opening a connection to the team history and making sure its schema fits this desk."""

from __future__ import annotations

import logging

import psycopg
from psycopg import errors as pg_errors

from app.team.errors import (
    TeamHistoryError,
    TeamSchemaError,
    TeamSchemaTooNewError,
    describe_connect_error,
)
from app.team.schema import LOCK_SQL, MIGRATIONS, TEAM_SCHEMA_VERSION, VERSION_TABLE
from app.team.settings import PasswordProvider, TeamSettings

log = logging.getLogger(__name__)

AsyncConn = psycopg.AsyncConnection[tuple[object, ...]]


async def connect(
    settings: TeamSettings, password: PasswordProvider, *, autocommit: bool = False
) -> AsyncConn:
    """A connection, or a `TeamHistoryError` that says why not (never the password)."""
    try:
        return await psycopg.AsyncConnection.connect(
            **settings.connect_kwargs(password()), autocommit=autocommit
        )
    except psycopg.Error as exc:
        raise describe_connect_error(exc, settings.target) from None


async def schema_version(conn: AsyncConn) -> int:
    """The newest applied version; 0 when the database has no Result Desk tables yet."""
    try:
        cur = await conn.execute("SELECT coalesce(max(version), 0) FROM team_schema")
        row = await cur.fetchone()
    except pg_errors.UndefinedTable:
        await conn.rollback()
        return 0
    await conn.commit()
    return int(row[0]) if row else 0  # type: ignore[call-overload]


async def ensure_schema(conn: AsyncConn, target: str) -> int:
    """Check the schema and apply missing migrations when this login may; returns the version.

    Raises `TeamSchemaTooNewError` when the server is ahead of this desk, and `TeamSchemaError`
    when it is behind and this login lacks the right to update it (the desk then does not
    write: an old schema may lack columns the desk fills).
    """
    version = await schema_version(conn)
    if version > TEAM_SCHEMA_VERSION:
        raise TeamSchemaTooNewError(version, TEAM_SCHEMA_VERSION)
    if version == TEAM_SCHEMA_VERSION:
        return version
    try:
        async with conn.transaction():
            await conn.execute(VERSION_TABLE)
            await conn.execute(LOCK_SQL)
            cur = await conn.execute("SELECT coalesce(max(version), 0) FROM team_schema")
            row = await cur.fetchone()
            version = int(row[0]) if row else 0  # type: ignore[call-overload]
            if version > TEAM_SCHEMA_VERSION:  # another desk moved ahead meanwhile
                raise TeamSchemaTooNewError(version, TEAM_SCHEMA_VERSION)
            for number in range(version + 1, TEAM_SCHEMA_VERSION + 1):
                await conn.execute(MIGRATIONS[number - 1].encode())
                await conn.execute("INSERT INTO team_schema (version) VALUES (%s)", (number,))
                log.info("team history: migrated %s to schema version %d", target, number)
    except pg_errors.InsufficientPrivilege:
        raise TeamSchemaError(
            f"The team history at {target} has schema version {version}; this Result Desk "
            f"needs {TEAM_SCHEMA_VERSION} and this login may not update it. Ask the team's "
            "administrator to connect once with the owner role (README: Team history)."
        ) from None
    except TeamHistoryError:
        raise
    except psycopg.Error as exc:
        raise TeamSchemaError(
            f"The team history at {target} could not be prepared: {exc}".strip()
        ) from None
    return TEAM_SCHEMA_VERSION


async def open_checked(settings: TeamSettings, password: PasswordProvider) -> AsyncConn:
    """A connection whose schema fits this desk (migrated when it may be)."""
    conn = await connect(settings, password)
    try:
        await ensure_schema(conn, settings.target)
    except BaseException:
        await conn.close()
        raise
    return conn
