"""The history written out for people: CSV (one line per attempt) or a JSON array of records.

Both take the rows oldest first, as `HistoryStore` reads them in one transaction, and write to
an open text handle (the store opens it atomically).
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterable
from typing import TextIO

from app.store.history_rows import (
    CSV_COLUMNS,
    CSV_FROM_ROW,
    csv_cell,
    record_from_row,
    record_to_jsonable,
)
from app.store.history_schema import load_json

__all__ = ["BOM", "write_csv", "write_json"]


# Excel reads a CSV without a byte order mark in the system's code page ("MarÃ­a GarcÃ­a");
# with one, as UTF-8. Other readers skip it (Python's "utf-8-sig", LibreOffice, pandas).
BOM = "\ufeff"


def write_csv(handle: TextIO, rows: Iterable[sqlite3.Row]) -> int:
    """A byte order mark, then one CSV line per row under a header; returns the row count."""
    handle.write(BOM)
    writer = csv.writer(handle)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for row in rows:
        warnings = load_json(row["warnings"])
        values = {name: row[name] for name in CSV_FROM_ROW}
        values["outcome_unknown"] = "yes" if row["outcome_unknown"] else "no"
        if isinstance(warnings, list):
            values["warnings"] = " | ".join(map(str, warnings))
        if row["duration_ms"] is not None:
            values["duration_s"] = row["duration_ms"] / 1000
        writer.writerow([csv_cell(values.get(name)) for name in CSV_COLUMNS])
        count += 1
    return count


def write_json(handle: TextIO, rows: Iterable[sqlite3.Row]) -> int:
    """A JSON array, one record per line; returns the record count."""
    handle.write("[")
    count = 0
    for row in rows:
        handle.write(",\n  " if count else "\n  ")
        handle.write(json.dumps(record_to_jsonable(record_from_row(row)), ensure_ascii=False))
        count += 1
    handle.write("\n]\n" if count else "]\n")
    return count
