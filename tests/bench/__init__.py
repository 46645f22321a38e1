"""Result Desk's benchmark suite: `python -m tests.bench [--quick] [--runs N] [--json PATH]`.

Every measurement runs in fresh child processes (`python -m tests.bench.<module> --child ...`),
so one benchmark's imports, caches and memory never leak into another's figures. This package
itself imports nothing: `tests.bench.probe` starts every start-up run through it.
"""

# What tests.bench.probe writes to stderr at the first QMainWindow paint (startup.py reads it).
FIRST_PAINT_MARK = "[bench] first-paint"
