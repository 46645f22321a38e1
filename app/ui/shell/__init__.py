"""The window shell: `main_window.MainWindow` composes the rooms; `exception_hook`,
`self_check` (--self-check, --screenshot). Nothing imports shell but `app.main`.
"""
