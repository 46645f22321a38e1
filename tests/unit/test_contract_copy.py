"""The tests' copy of Kombo's contract is inside the repository, dated, and the version with
`GET /integrations/{integration_id}`; no test or benchmark reads a contract from outside."""

from __future__ import annotations

import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
COPY = REPO / "tests" / "contract"


def test_the_contract_fixture_reads_the_copy_inside_the_repository(contract_path: Path) -> None:
    assert contract_path.resolve().is_relative_to(REPO)
    assert contract_path.resolve() == (COPY / "kombo-assessment-openapi.json").resolve()


def test_the_copy_is_whole_and_dated() -> None:
    assert sorted(p.name for p in COPY.iterdir()) == [
        "API-NOTES.md",
        "README.md",
        "kombo-assessment-openapi.json",
    ]
    assert "2026-12-02" in (COPY / "README.md").read_text()
    spec = json.loads((COPY / "kombo-assessment-openapi.json").read_text())
    assert "get" in spec["paths"]["/integrations/{integration_id}"]


def test_no_code_or_test_points_outside_the_repository() -> None:
    outside = re.compile(r"\.\./shared|[\"']shared[\"']\s*/|parent\.parent\.parent")
    hits = [
        f"{path.relative_to(REPO)}:{number}"
        for folder in ("app", "tests", ".ci", "packaging")
        for path in sorted((REPO / folder).rglob("*"))
        if path.is_file() and path.suffix in {".py", ".sh", ".toml", ".cfg", ".spec", ""}
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1)
        if outside.search(line) and path.name != Path(__file__).name
    ]
    assert hits == []
