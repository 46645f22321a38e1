"""History: `controller.HistoryController` wires it into the window.

Inside: `service.HistoryService` (the store on a worker thread), `view.HistoryWindow` with its
table `model`, `filters` and `details` (how one send reads, pure), `retention` (the setting),
`records` (send records to history entries and back to a form state, pure) and `guard` (the
question before re-sending an order whose outcome is unknown).
"""
