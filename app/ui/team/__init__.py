"""The team history in the window: `controller.TeamController` (status line, background
replication, live notices, the Team scope's search) and `guard.TeamGuard` (other desks' sends
before a send). The service itself is `app.team` (no widgets)."""
