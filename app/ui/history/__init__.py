"""History and drafts: `controller.HistoryController` wires them into the window.

Inside: `service.HistoryService` (the store on a worker thread), `view.HistoryWindow`.
"""
