"""What validation says about a result: one `FieldIssue` per problem, at its field's path.

No pydantic here: the form's editors, the form state and the window's summary only need the
shape of an issue, and importing them must not load the models (start-up keeps pydantic off the
path to the window's first paint). `validate_result` (app.kombo.validation) produces them;
`app.kombo.validation` re-exports these names, so either import works.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from app.kombo.models import ResultBody

Path = tuple[str | int, ...]
Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class FieldIssue:
    path: Path
    message: str
    severity: Severity = "error"

    @property
    def dotted(self) -> str:
        """`attachments[0].content_type` style, for messages outside the form."""
        out = ""
        for part in self.path:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
        return out or "body"


@dataclass(frozen=True)
class ValidationOutcome:
    body: ResultBody | None
    errors: list[FieldIssue] = field(default_factory=list)
    warnings: list[FieldIssue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.body is not None and not self.errors

    def summary(self) -> str:
        return "; ".join(f"{issue.dotted}: {issue.message}" for issue in self.errors)
