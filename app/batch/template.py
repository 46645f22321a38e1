"""The template sheet: every column a batch understands, one example row, and how to fill it.

CSV gets the headers and the example row (UTF-8 with BOM, so Excel reads the accents); XLSX
gets the same plus a "How to fill" worksheet with `COLUMN_HELP`.
"""

from __future__ import annotations

import csv
from pathlib import Path

from app.store.atomic import atomic_open

COLUMN_HELP: tuple[tuple[str, str, str], ...] = (
    ("Order ID", "ord_8Hq2xK", "The assessment order ID (required)."),
    ("Status", "COMPLETED", "OPEN, COMPLETED or CANCELLED."),
    (
        "Completed at",
        "2026-04-04T09:30:00Z",
        "ISO 8601; without Z or an offset it is the sheet's time zone; a spreadsheet date "
        "works too. Required for COMPLETED and CANCELLED.",
    ),
    ("Result URL", "https://results.example.com/r/8Hq2xK", "An absolute https:// link."),
    ("Score", "85", "A number (optional)."),
    ("Max score", "100", "A number (optional)."),
    ("text:Comment", "Re-scored after the 2026-04 fix", "A TEXT attribute; the label follows."),
    ("sub:numeracy:score", "42", "SUB_RESULT <id> score; with :max, :label and :status."),
    ("sub:numeracy:max", "50", "The sub-result's maximum (at least 1)."),
    ("sub:numeracy:label", "Numeracy", "Shown in the ATS; the id if left out."),
    ("sub:numeracy:status", "COMPLETED", "COMPLETED, FAILED or any status Kombo lists."),
    (
        "attachment:1",
        "reports/8Hq2xK.pdf",
        "A file path relative to this sheet's folder, or an https:// link (sent as data_url). "
        "Up to attachment:5.",
    ),
    (
        "remote:smartrecruiters.scoreLabel",
        "Strong",
        "A remote field by its dotted path (per ATS; optional).",
    ),
)


def write_template(path: str | Path) -> Path:
    """Write the template as .csv or .xlsx (by the file's suffix)."""
    target = Path(path)
    headers = [column for column, _, _ in COLUMN_HELP]
    example = [value for _, value, _ in COLUMN_HELP]
    if target.suffix.lower() == ".xlsx":
        _write_xlsx(target, headers, example)
        return target
    with atomic_open(target) as handle:
        handle.write("\ufeff")
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerow(example)
    return target


def _write_xlsx(target: Path, headers: list[str], example: list[str]) -> None:
    import xlsxwriter

    tmp = target.with_name(f".{target.name}.tmp")
    workbook = xlsxwriter.Workbook(str(tmp))
    try:
        bold = workbook.add_format({"bold": True})
        sheet = workbook.add_worksheet("Results")
        sheet.write_row(0, 0, headers, bold)
        sheet.write_row(1, 0, example)
        sheet.set_column(0, len(headers) - 1, 22)
        sheet.freeze_panes(1, 0)
        help_sheet = workbook.add_worksheet("How to fill")
        help_sheet.write_row(0, 0, ["Column", "Example", "What it holds"], bold)
        for row, item in enumerate(COLUMN_HELP, start=1):
            help_sheet.write_row(row, 0, list(item))
        help_sheet.set_column(0, 1, 30)
        help_sheet.set_column(2, 2, 90)
    finally:
        workbook.close()
    tmp.replace(target)
