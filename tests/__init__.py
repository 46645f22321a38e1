"""Result Desk's tests (a package, so `python -m tests.bench` and `tests.perf` import cleanly)."""
