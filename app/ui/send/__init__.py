"""Sending one result: `sender.Sender` (the task, its signals) and `log_panel.LogPanel`."""
