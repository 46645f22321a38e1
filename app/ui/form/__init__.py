"""The result editor: fields, attributes, attachments, remote fields, marks, preview.

Used by the shell and the rooms: `result_form.ResultForm`, the editors
(`attributes_editor`, `attachments_editor`, `remote_fields_editor`; the last two are built when
first needed, `deferred_tabs`), `form_state` (the form as JSON-able state),
`preview_panel.PreviewPanel`, `sent_files_check.check_sent_files`.
"""
