"""What every room may use; imports nothing of the rooms or the shell.

- `context`: ConnectionInfo, AppContext, KeyProvider, connection labels, demo/CLI connections
- `send_record`: SendRecord (one send attempt and its outcome), BeginAttempt
- `window`: WindowPort, the main window as the rooms' controllers see it
- `icons`, `links`, `field_marks`, `info_bar`, `numbers`, `long_text`: small shared helpers
"""
