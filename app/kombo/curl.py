"""The same request as a curl command, for a person who wants to try it in a terminal.

The key stays an environment variable (`$KOMBO_API_KEY`), never text. Everything else the
user typed is single-quoted by `shlex.quote`, so quotes, `$`, backticks and newlines stay
data. The body is piped in (`--data-binary @-`) rather than passed as one argument, because
Linux limits a single argument to 128 KiB and attachments are larger; file attachments are
`base64 -w0 PATH` (GNU coreutils) between the JSON pieces.
"""

from __future__ import annotations

import shlex

from app.kombo.body import body_parts
from app.kombo.client import order_path_segment
from app.kombo.models import ResultBody


def curl_command(base_url: str, integration_id: str | None, order_id: str, body: ResultBody) -> str:
    url = f"{base_url.strip().rstrip('/')}/assessment/orders/{order_path_segment(order_id)}/result"
    producers: list[str] = []
    for part in body_parts(body):
        if isinstance(part, bytes):
            producers.append(f"printf '%s' {shlex.quote(part.decode('ascii'))}")
        else:
            producers.append(f"base64 -w0 {shlex.quote(part.path)}")
    # One producer is piped directly; several are grouped so their output is one stream.
    source = producers[0] if len(producers) == 1 else "{ " + "\n  ".join(producers) + "\n}"
    options = [
        "curl --silent --show-error --fail-with-body -X PUT " + shlex.quote(url),
        '-H "Authorization: Bearer $KOMBO_API_KEY"',
    ]
    if integration_id:
        options.append("-H " + shlex.quote(f"X-Integration-Id: {integration_id}"))
    options += [
        "-H 'Accept: application/json'",
        "-H 'Content-Type: application/json'",
        "--data-binary @-",
    ]
    return f"{source} | " + " \\\n  ".join(options)
