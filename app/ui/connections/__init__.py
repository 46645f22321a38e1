"""Connection profiles: `controller.ProfileController` wires them into the window.

Inside: `dialog.SettingsDialog` (the Connections dialog) composes `profile_list` (the saved
connections), `profile_form` (one connection's fields), `keyring_box` (the keyring's state) and
its controllers `dialog_actions` (save, rename, delete, …) and `key_actions` (keys, keyring,
“Test connection”); `tester.ConnectionTester` (`GET /check-api-key` and the integration's
details).
"""
