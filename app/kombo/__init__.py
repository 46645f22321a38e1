"""The Kombo assessment API: models, validation, the streamed body and the async client.

No Qt and nothing else of the app (see DESIGN.md for the arrows). Names are imported on
first use (PEP 562), so `import app.kombo.models` (the sandbox, the store) does not pay for
httpx, and `from app.kombo import KomboClient` still works. Constants, enums and `FieldIssue`
come from pydantic-free modules (`constants`, `issues`), so they do not load pydantic.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.kombo.body import (
        StreamedBody,
        file_ref_for,
        preview_json,
        render_json_bytes,
        verify_files,
    )
    from app.kombo.client import (
        KomboClient,
        ProgressCallback,
        PutResultOutcome,
        RetryCallback,
        Timeouts,
        order_path_segment,
    )
    from app.kombo.constants import (
        OrderStatus,
        ResultStatus,
        SubResultStatus,
        workday_remote_fields,
    )
    from app.kombo.curl import curl_command
    from app.kombo.errors import (
        AttachmentChangedError,
        KomboApiError,
        KomboError,
        KomboInvalidResponse,
        KomboNetworkError,
        RateLimitInfo,
        parse_rate_limit,
    )
    from app.kombo.files import ChangeKind, FileChange, file_change, human_size, sha256_file
    from app.kombo.issues import FieldIssue, ValidationOutcome
    from app.kombo.models import (
        Attachment,
        FileRef,
        RemoteFields,
        ResultBody,
        SubResultAttribute,
        SubResultScore,
        TextAttribute,
    )
    from app.kombo.regions import REGION_BASE_URLS, Region
    from app.kombo.responses import (
        CheckApiKeyData,
        KomboWarning,
        Order,
        OrdersPage,
        Package,
        PutResultResponse,
    )
    from app.kombo.retry import RetryNotice, RetryPolicy
    from app.kombo.timefmt import format_kombo_datetime, parse_datetime
    from app.kombo.validation import validate_result

_WHERE: dict[str, str] = {
    "StreamedBody": "app.kombo.body",
    "file_ref_for": "app.kombo.body",
    "human_size": "app.kombo.files",
    "preview_json": "app.kombo.body",
    "render_json_bytes": "app.kombo.body",
    "sha256_file": "app.kombo.files",
    "ChangeKind": "app.kombo.files",
    "FileChange": "app.kombo.files",
    "file_change": "app.kombo.files",
    "verify_files": "app.kombo.body",
    "KomboClient": "app.kombo.client",
    "ProgressCallback": "app.kombo.client",
    "PutResultOutcome": "app.kombo.client",
    "RetryCallback": "app.kombo.client",
    "Timeouts": "app.kombo.client",
    "order_path_segment": "app.kombo.client",
    "curl_command": "app.kombo.curl",
    "AttachmentChangedError": "app.kombo.errors",
    "KomboApiError": "app.kombo.errors",
    "KomboError": "app.kombo.errors",
    "KomboInvalidResponse": "app.kombo.errors",
    "KomboNetworkError": "app.kombo.errors",
    "RateLimitInfo": "app.kombo.errors",
    "parse_rate_limit": "app.kombo.errors",
    "Attachment": "app.kombo.models",
    "CheckApiKeyData": "app.kombo.responses",
    "FileRef": "app.kombo.models",
    "KomboWarning": "app.kombo.responses",
    "Order": "app.kombo.responses",
    "OrdersPage": "app.kombo.responses",
    "OrderStatus": "app.kombo.constants",
    "Package": "app.kombo.responses",
    "PutResultResponse": "app.kombo.responses",
    "RemoteFields": "app.kombo.models",
    "ResultBody": "app.kombo.models",
    "ResultStatus": "app.kombo.constants",
    "SubResultAttribute": "app.kombo.models",
    "SubResultScore": "app.kombo.models",
    "SubResultStatus": "app.kombo.constants",
    "TextAttribute": "app.kombo.models",
    "workday_remote_fields": "app.kombo.constants",
    "REGION_BASE_URLS": "app.kombo.regions",
    "Region": "app.kombo.regions",
    "RetryNotice": "app.kombo.retry",
    "RetryPolicy": "app.kombo.retry",
    "format_kombo_datetime": "app.kombo.timefmt",
    "parse_datetime": "app.kombo.timefmt",
    "FieldIssue": "app.kombo.issues",
    "ValidationOutcome": "app.kombo.issues",
    "validate_result": "app.kombo.validation",
}

__all__ = [
    "REGION_BASE_URLS",
    "Attachment",
    "AttachmentChangedError",
    "ChangeKind",
    "CheckApiKeyData",
    "FieldIssue",
    "FileChange",
    "FileRef",
    "KomboApiError",
    "KomboClient",
    "KomboError",
    "KomboInvalidResponse",
    "KomboNetworkError",
    "KomboWarning",
    "Order",
    "OrderStatus",
    "OrdersPage",
    "Package",
    "ProgressCallback",
    "PutResultOutcome",
    "PutResultResponse",
    "RateLimitInfo",
    "Region",
    "RemoteFields",
    "ResultBody",
    "ResultStatus",
    "RetryCallback",
    "RetryNotice",
    "RetryPolicy",
    "StreamedBody",
    "SubResultAttribute",
    "SubResultScore",
    "SubResultStatus",
    "TextAttribute",
    "Timeouts",
    "ValidationOutcome",
    "curl_command",
    "file_change",
    "file_ref_for",
    "format_kombo_datetime",
    "human_size",
    "order_path_segment",
    "parse_datetime",
    "parse_rate_limit",
    "preview_json",
    "render_json_bytes",
    "sha256_file",
    "validate_result",
    "verify_files",
    "workday_remote_fields",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))
