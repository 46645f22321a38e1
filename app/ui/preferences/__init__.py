"""Preferences: `controller.PreferencesController` adds Edit → Preferences… to the window.

Inside: `dialog.PreferencesDialog` (the operator's name, "reason required", the team
history's server with Test). The values themselves are `common.preferences` (settings.ini);
the team password goes to the OS keyring, never to a file.
"""
