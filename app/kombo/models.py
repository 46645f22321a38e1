"""Pydantic models of the result Kombo's API is sent, true to its contract (`tests/contract/`).

They are strict: they enforce the schema and the rules the contract states only in prose, and
they are the single source of validity for the form, the sandbox and the client. The lenient
models of Kombo's answers are in `app.kombo.responses`: validating a result (the form's first
validation, right after start-up) does not build them.

Cross-field rules are field validators, so every error carries the path of its own field.
"""

from __future__ import annotations

import base64
import binascii
import math
import numbers
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    SerializationInfo,
    ValidationError,
    ValidationInfo,
    field_serializer,
    field_validator,
)
from pydantic_core import PydanticCustomError

# Re-exported: the constants and enums live in the pydantic-free app.kombo.constants.
from app.kombo.constants import CONTENT_TYPE_PATTERN as CONTENT_TYPE_PATTERN
from app.kombo.constants import GENERIC_CONTENT_TYPES as GENERIC_CONTENT_TYPES
from app.kombo.constants import MAX_ATTACHMENTS as MAX_ATTACHMENTS
from app.kombo.constants import WORKDAY_STATUS_PATH as WORKDAY_STATUS_PATH
from app.kombo.constants import OrderStatus as OrderStatus
from app.kombo.constants import ResultStatus as ResultStatus
from app.kombo.constants import SubResultStatus as SubResultStatus
from app.kombo.constants import workday_remote_fields as workday_remote_fields
from app.kombo.i18n import N_, error_text, pydantic_parts
from app.kombo.timefmt import format_kombo_datetime, parse_datetime
from app.kombo.uri import UriError, http_uri

# --- reusable field types -------------------------------------------------------------------


def _finite_number(value: Any) -> Any:
    # bool is an int in Python, but `true` is not a score.
    if isinstance(value, bool):
        raise PydanticCustomError("finite_number", N_("Enter a number."))
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            raise PydanticCustomError("finite_number", N_("Enter a number.")) from None
    if not isinstance(value, int | float) and isinstance(value, numbers.Real | Decimal):
        value = float(value)  # Decimal, Fraction, numpy scalars: checked like floats
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise PydanticCustomError(
                "finite_number", N_("Enter a finite number (not NaN or infinity).")
            )
        if isinstance(value, int) and abs(value) > 2**53:
            raise PydanticCustomError(
                "finite_number", N_("This number is too large to send exactly.")
            )
        return float(value)
    return value


def _number_to_json(value: float) -> int | float:
    # 90.0 is written as 90, like the contract's examples; both are the same JSON number.
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


FiniteNumber = Annotated[
    float,
    BeforeValidator(_finite_number),
    PlainSerializer(_number_to_json, return_type=Any),
]


def _non_blank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("non_blank", N_("This cannot be empty."))
    return value


NonBlankStr = Annotated[str, AfterValidator(_non_blank)]


def _absolute_url(value: str) -> str:
    # Kombo's schema says `format: uri`: the field holds (and sends) the encoded form.
    try:
        return http_uri(value)
    except UriError as error:
        raise PydanticCustomError("url", *pydantic_parts(error_text(error))) from None


AbsoluteUrl = Annotated[str, AfterValidator(_absolute_url)]


def _kombo_datetime(value: Any) -> datetime:
    if isinstance(value, str | datetime):
        try:
            return parse_datetime(value)
        except ValueError as exc:
            raise PydanticCustomError("datetime", *pydantic_parts(error_text(exc))) from None
    raise PydanticCustomError("datetime", N_("Enter a date and time."))


KomboDateTime = Annotated[
    datetime,
    BeforeValidator(_kombo_datetime),
    PlainSerializer(format_kombo_datetime, return_type=str),
]


# --- request: PUT /assessment/orders/{id}/result ----------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False, frozen=True)


class TextAttribute(_Strict):
    type: Literal["TEXT"] = "TEXT"
    label: NonBlankStr
    value: str


class SubResultScore(_Strict):
    value: FiniteNumber
    max: FiniteNumber

    @field_validator("max")
    @classmethod
    def _max_at_least_one(cls, value: float) -> float:
        if value < 1:
            raise PydanticCustomError("score_max", N_("The maximum score must be at least 1."))
        return value


class SubResultAttribute(_Strict):
    type: Literal["SUB_RESULT"] = "SUB_RESULT"
    id: NonBlankStr
    label: NonBlankStr
    score: SubResultScore
    status: SubResultStatus


Attribute = Annotated[TextAttribute | SubResultAttribute, Field(discriminator="type")]


class FileRef(_Strict):
    """A local file whose base64 becomes an attachment's `data` while the request is sent.

    `size` and `mtime_ns` are what the file was when it was added; a file that no longer
    matches them is refused at send time instead of sending something else.
    """

    path: str
    size: int = Field(ge=0)
    mtime_ns: int | None = None
    sha256: str | None = None

    @property
    def base64_length(self) -> int:
        return 4 * ((self.size + 2) // 3)


FileDataRenderer = Callable[["Attachment", FileRef], str]


def _attachment_data(value: Any) -> Any:
    # One error at `data` for anything else: left to the str | FileRef union, pydantic would
    # report one error per member, at paths like `data.str` that no form field has.
    if value is None or isinstance(value, str | FileRef):
        return value
    if isinstance(value, Mapping):  # a FileRef kept as JSON, e.g. in a draft
        try:
            return FileRef.model_validate(value)
        except ValidationError:
            pass
    raise PydanticCustomError("attachment_data", N_("The attachment data must be base64 text."))


class Attachment(_Strict):
    # Field order is the JSON order: name, then the source, then its type (as Kombo's example).
    name: NonBlankStr
    data_url: AbsoluteUrl | None = None
    # Inline base64, or a FileRef that the streamed body (body.py) encodes at send time.
    data: Annotated[str | FileRef | None, BeforeValidator(_attachment_data)] = Field(
        default=None, validate_default=True
    )
    content_type: str | None = Field(default=None, validate_default=True)

    # Cross-field rules are field validators (not a model validator) so that they are reported
    # together with every other error, at the field they concern. `info.data` holds the fields
    # declared above that validated; a missing key means that field already has its own error.

    @field_validator("data")
    @classmethod
    def _data_source(
        cls, value: str | FileRef | None, info: ValidationInfo
    ) -> str | FileRef | None:
        if "data_url" not in info.data:
            return value
        has_url = info.data["data_url"] is not None
        if value is None and not has_url:
            raise PydanticCustomError(
                "attachment_source", N_("Attach a file or give a link (data_url).")
            )
        if value is not None and has_url:
            raise PydanticCustomError(
                "attachment_source", N_("Give either the file data or a link (data_url), not both.")
            )
        if isinstance(value, str):
            try:
                base64.b64decode(value, validate=True)
            except (binascii.Error, ValueError):
                raise PydanticCustomError(
                    "base64", N_("The attachment data is not valid base64.")
                ) from None
        return value

    @field_validator("content_type")
    @classmethod
    def _content_type(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            if info.data.get("data") is not None:
                raise PydanticCustomError(
                    "content_type_required",
                    N_("A content type is required when the file is sent inline."),
                )
            return None
        if not CONTENT_TYPE_PATTERN.match(value):
            raise PydanticCustomError(
                "content_type",
                N_("Use a type/subtype such as application/pdf (no spaces or parameters)."),
            )
        return value

    @field_serializer("data")
    def _serialize_data(self, value: str | FileRef | None, info: SerializationInfo) -> str | None:
        if not isinstance(value, FileRef):
            return value
        context = info.context if isinstance(info.context, dict) else {}
        renderer: FileDataRenderer | None = context.get("file_data")
        if renderer is None:
            raise ValueError(
                "A file attachment needs a file_data renderer (see app.kombo.body) to be dumped."
            )
        return renderer(self, value)

    @property
    def is_generic_type(self) -> bool:
        return (self.content_type or "").lower() in GENERIC_CONTENT_TYPES


class SmartRecruitersFields(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)
    scoreLabel: str | None = None  # Kombo's camelCase key


class RecruiteeFields(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)
    subtitle: str | None = None


class WorkdayStatusReference(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)
    # Required once the reference is present (SDK 1.2.0+).
    Assessment_Status_ID: str


class WorkdayTestResultData(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)
    Assessment_Test_Status_Reference: WorkdayStatusReference | None = None


class WorkdayCandidateAssessmentData(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)
    Assess_Candidate_Test_Result_Data: WorkdayTestResultData | None = None


class WorkdayAssessCandidateData(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)
    Candidate_Assessment_Data: WorkdayCandidateAssessmentData | None = None


class WorkdayFields(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)
    Assess_Candidate_Data: WorkdayAssessCandidateData | None = None


class RemoteFields(BaseModel):
    """Per-ATS pass-through values; keys for other systems pass through unchanged."""

    model_config = ConfigDict(extra="allow", frozen=True)
    smartrecruiters: SmartRecruitersFields | None = None
    recruitee: RecruiteeFields | None = None
    workday: WorkdayFields | None = None

    @property
    def workday_assessment_status_id(self) -> str | None:
        node: Any = self.workday
        for key in WORKDAY_STATUS_PATH[:-1]:
            node = getattr(node, key, None)
        return None if node is None else str(node.Assessment_Status_ID)


class ResultBody(_Strict):
    """The body of `PUT /assessment/orders/{assessment_order_id}/result`."""

    status: ResultStatus
    result_url: AbsoluteUrl
    completed_at: KomboDateTime | None = Field(default=None, validate_default=True)
    score: FiniteNumber | None = None
    max_score: FiniteNumber | None = None
    attributes: list[Attribute] | None = None
    attachments: list[Attachment] | None = Field(default=None, max_length=MAX_ATTACHMENTS)
    remote_fields: RemoteFields | None = None

    @field_validator("completed_at")
    @classmethod
    def _completed_at_when_closed(
        cls, value: datetime | None, info: ValidationInfo
    ) -> datetime | None:
        status = info.data.get("status")
        if value is None and status in (ResultStatus.COMPLETED, ResultStatus.CANCELLED):
            raise PydanticCustomError(
                "completed_at_required",
                N_("A completion time is required when the status is {status}."),
                {"status": status.value},
            )
        return value

    def to_jsonable(self, file_data: FileDataRenderer | None = None) -> dict[str, Any]:
        """The JSON object to send: unset optional fields are left out, never null."""
        return self.model_dump(
            mode="json",
            exclude_none=True,
            context={"file_data": file_data} if file_data else None,
        )

    @property
    def file_attachments(self) -> list[tuple[Attachment, FileRef]]:
        return [(a, a.data) for a in self.attachments or [] if isinstance(a.data, FileRef)]
