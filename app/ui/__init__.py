"""ui layer of Result Desk: one package per capability (see DESIGN.md for the arrows).

common/       shared types and small widgets every room may use (nothing of the rooms)
form/         the result editor; uses common
send/         sending one result and the send log; uses form, common
orders/       the Orders panel and its controller; uses form, common
history/      the History window, its service and controller; uses form, common
connections/  the Connections dialog, its controller, the connection tester; uses common
shell/        the main window and start-up glue; composes the rooms (imported by app.main only)

The packages' `__init__` modules import nothing: start-up loads only what the first paint
needs, module by module, so a package import must not pull in its siblings.
The arrows are import-linter contracts in pyproject.toml (`lint-imports`).
"""
