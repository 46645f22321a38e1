"""Bulk corrections in the window (issue 14): File → Import results….

entry.py        the menu's actions and the window built on first use (cheap to import)
window.py       BatchWindow: sheet, mapping, batch table, Check with Kombo, Send, Export
session.py      the work without widgets, on app.batch (journal, limiter, sender, checks)
mapping_editor  column → field, the time zone, mappings saved by name
table_model     the batch table's model and filter proxy (10,000 rows, no widgets per row)
rows_view       how a row reads: state, filters, Kombo's answer, the row as a form state (pure)
send_panel      Send, progress with time left, Pause/Resume/Cancel, Re-send unknown, Export
"""
