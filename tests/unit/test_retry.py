"""The retry policy: capped exponential backoff with jitter, server hints, and the budget."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from app.kombo.retry import RetryBudget, RetryPolicy, server_wait


def test_backoff_doubles_up_to_the_cap_within_the_jitter() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=30.0, jitter=0.25)
    rng = random.Random(1)
    for retry, centre in [(1, 1), (2, 2), (3, 4), (4, 8), (5, 16), (6, 30), (12, 30)]:
        waits = [policy.backoff(retry, rng) for _ in range(200)]
        assert min(waits) >= centre * 0.75
        assert max(waits) <= centre
        assert len(set(waits)) > 100  # jittered, not one fixed value


def test_no_jitter_gives_exact_delays() -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=3, jitter=0)
    assert [policy.backoff(n) for n in range(1, 6)] == [0.5, 1, 2, 3, 3]


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "1500", "retry-after": "9"}, 1.5),  # milliseconds win
        ({"retry-after": "7"}, 7.0),
        ({"retry-after": "2.5", "ratelimit-reset": "40"}, 2.5),
        ({"ratelimit-reset": "12"}, 12.0),
        ({"ratelimit-reset": "-3"}, 0.0),
        ({"retry-after": "soon"}, None),
        ({}, None),
    ],
)
def test_server_hints_in_order_of_precedence(headers: dict[str, str], wait: float | None) -> None:
    assert server_wait(headers) == wait


def test_retry_after_as_an_http_date() -> None:
    when = datetime.now(UTC) + timedelta(seconds=30)
    wait = server_wait({"retry-after": format_datetime(when, usegmt=True)})
    assert wait is not None
    assert 25 <= wait <= 30


def test_a_ratelimit_reset_given_as_unix_time() -> None:
    assert server_wait({"ratelimit-reset": "1700000030"}, now=1_700_000_000) == 30


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_budget_ends_at_max_attempts() -> None:
    budget = RetryBudget(RetryPolicy(max_attempts=3, jitter=0), clock=FakeClock())
    waits = []
    while True:
        budget.start_attempt()
        wait = budget.next_wait()
        if wait is None:
            break
        waits.append(wait)
    assert waits == [1.0, 2.0]
    assert budget.attempts == 3


def test_the_budget_ends_when_the_next_wait_would_pass_max_total() -> None:
    clock = FakeClock()
    budget = RetryBudget(RetryPolicy(max_attempts=10, max_total=10, jitter=0), clock=clock)
    budget.start_attempt()
    assert budget.next_wait(hint=4) == 4
    clock.now += 4
    budget.start_attempt()
    assert budget.next_wait(hint=6) == 6  # exactly at the limit
    clock.now += 6.5
    budget.start_attempt()
    assert budget.next_wait(hint=0.1) is None
    fresh = RetryBudget(RetryPolicy(max_total=10), clock=FakeClock())
    fresh.start_attempt()
    assert fresh.next_wait(hint=11) is None  # a hint beyond the budget is not waited for
