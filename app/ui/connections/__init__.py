"""Connection profiles: `controller.ProfileController` wires them into the window.

Inside: `dialog.SettingsDialog` (the Connections dialog), `keyring_box` (the keyring's state),
`tester.ConnectionTester` (`GET /check-api-key` and the integration's details).
"""
