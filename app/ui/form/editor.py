"""The result editor: one widget for the result a person fills in, checks and sends.

It holds the order ID field, the result's own fields, the attributes, attachments and remote
fields tabs, and shows validation where each issue belongs: marks at the fields, marks on the
tabs, and the summary under the form ("2 problems: …", a link to the first). It exists so that
the form can be built, typed into and tested without a main window; the shell only places its
parts (`order_id_edit` and `order_summary` go in the top bar, `problems_icon`/`problems_label`
in the send bar) and tells it the chosen connection.

Validity has one source: `validate_result` (app.kombo). The editor gathers the form into its
model input (`form_state`), debounces, and shows each issue where it belongs.

Only the Attributes page is built with the editor; Attachments and Remote fields are built when
first needed (`deferred_tabs`), which keeps their modules off the path to the first paint.
Until then the editor keeps their state and issues, so the form reads, validates and marks its
tabs the same either way; `attachments_editor` and `remote_fields_editor` build on access.

Up: `edited` (the person changed the form), `validated(ValidationOutcome)`, `readiness_changed`
(Send may now be enabled or not), `message(text, ms)`, `connection_focus_requested`.
Down: `form_state()`/`load_form_state()`, `set_connection()`, `set_order()`, `mark_order_id()`,
`validate_now()`, `is_ready_to_send()`, `focus_first_problem()`, `show_sent()`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.kombo.constants import MAX_ATTACHMENTS
from app.kombo.issues import FieldIssue, ValidationOutcome
from app.kombo.order_ids import order_id_problem, trim_order_id
from app.ui.common import field_marks
from app.ui.common.icons import icon
from app.ui.common.kombo_text import kombo_text
from app.ui.common.long_text import keep_long_text
from app.ui.form import form_state as fs
from app.ui.form import remote_fields_data as remote_data
from app.ui.form.attachment_actions import add_actions
from app.ui.form.attributes_editor import AttributesEditor
from app.ui.form.deferred_tabs import DeferredTabs
from app.ui.form.order_summary import OrderSummary, html_text
from app.ui.form.preview_panel import PreviewPanel
from app.ui.form.reason_row import ReasonRow
from app.ui.form.result_form import ResultForm

if TYPE_CHECKING:
    from app.kombo.responses import Order
    from app.ui.common.connection import ConnectionInfo
    from app.ui.form.attachments_editor import AttachmentsEditor
    from app.ui.form.remote_fields_editor import RemoteFieldsEditor

__all__ = ["VALIDATION_DELAY_MS", "ResultEditor", "draft_json"]

# Keystroke → marks and preview: the work is about 5 ms (50 attributes), so the pause only
# has to coalesce key repeat and fast bursts; 80 ms keeps the answer under the ~100 ms that
# feels instant.
VALIDATION_DELAY_MS = 80

# The tabs, in order. Attachments and remote fields are built when first needed (shown, files
# dropped or added, a problem there focused, or `attachments_editor` / `remote_fields_editor`
# asked for): until then the editor keeps their state and issues itself.
ATTRIBUTES_TAB, ATTACHMENTS_TAB, REMOTE_FIELDS_TAB = 0, 1, 2


class ResultEditor(QWidget):
    edited = Signal()  # the person changed the form (not a load)
    validated = Signal(object)  # ValidationOutcome, after every (debounced) validation
    readiness_changed = Signal()  # is_ready_to_send() may have changed
    message = Signal(str, int)  # text for the status bar, milliseconds
    connection_focus_requested = Signal()  # the first problem is "add a connection"

    def __init__(self, preview: PreviewPanel | None = None, parent: QWidget | None = None) -> None:
        """`preview`: where the JSON to be sent is shown (the shell's right side), or none."""
        super().__init__(parent)
        self.setObjectName("resultEditor")
        self.preview_panel = preview
        self._connection: ConnectionInfo | None = None
        self._outcome: ValidationOutcome | None = None
        self._extra_issues: list[FieldIssue] = []  # from loading a template (missing files)
        self._pristine = True  # no marks on a fresh form until the person starts typing
        self._loading = False
        self._first_issue: FieldIssue | None = None
        self._blocking = True
        self._order: Order | None = None
        # What a lookup found about a typed order ID: (ID, message) while the field holds it.
        self._order_id_finding: tuple[str, str] | None = None
        self._sent_note: str | None = None  # "Sent at …" instead of "Ready to send."
        self._first_validation_pending = True  # until the first validate_now()
        self._started = False  # validate_after_start() ran: the window is up
        self._tab_marks: dict[int, tuple[str, str]] = {}  # index -> (text, icon) shown
        # The state of the pages not built yet, and the issues last routed to them.
        self._attachments: AttachmentsEditor | None = None
        self._remote_fields: RemoteFieldsEditor | None = None
        self._pending_attachments: list[dict[str, Any]] = []
        self._pending_remote = remote_data.blank_state()
        self._routed = fs.RoutedIssues()
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATION_DELAY_MS)
        self._validate_timer.timeout.connect(self.validate_now)
        self._build_order_id()
        self._build_form()
        self._build_summary()

    # === building ===========================================================================

    def _build_order_id(self) -> None:
        self.order_id_edit = QLineEdit(self)
        self.order_id_edit.setObjectName("orderIdEdit")
        self.order_id_edit.setAccessibleName(self.tr("Order ID"))
        self.order_id_edit.setPlaceholderText(self.tr("Kombo assessment order ID"))
        self.order_id_edit.setToolTip(
            self.tr("The ID of the assessment order, e.g. GRKdd9dibYKKCrmGRSMJf3wu")
        )
        self.order_id_edit.setClearButtonEnabled(True)
        keep_long_text(self.order_id_edit)  # not cut at QLineEdit's 32,767
        self.order_id_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 22))
        self.order_id_edit.textChanged.connect(self._order_id_changed)
        self.order_summary = OrderSummary(self)
        # Placed by the window under the order ID; part of the state, never of the body.
        self.reason_row = ReasonRow(self)
        self.reason_row.changed.connect(self._form_changed)

    def _build_form(self) -> None:
        self.result_form = ResultForm(self)
        self.result_form.changed.connect(self._form_changed)
        result_box = QGroupBox(self.tr("Result"), self)
        result_box.setObjectName("resultGroup")
        box_layout = QVBoxLayout(result_box)
        box_layout.addWidget(self.result_form)

        self.attributes_editor = AttributesEditor(self)
        self.attributes_editor.changed.connect(self._form_changed)
        # Window-wide keys and Edit menu items from the start; they build the page they need.
        self.attachment_actions = add_actions(
            self,
            lambda: self._attachments_page().choose_files(),
            lambda: self._attachments_page().start_link(),
        )

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("editorTabs")
        self.tabs.setDocumentMode(False)
        self.tabs.addTab(self.attributes_editor, self.tr("Attributes"))
        self._deferred = DeferredTabs(self.tabs)
        self._deferred.add(self.tr("Attachments"), self._build_attachments)
        self._deferred.add(self.tr("Remote fields"), self._build_remote_fields)
        self.tabs.setMinimumHeight(220)

        form_page = QWidget(self)
        form_page.setObjectName("formPage")
        page = QVBoxLayout(form_page)
        page.setContentsMargins(0, 0, 4, 0)
        page.addWidget(result_box)
        page.addWidget(self.tabs, 1)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setObjectName("formScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(form_page)
        self.form_scroll.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_scroll)

    def _build_attachments(self) -> AttachmentsEditor:
        from app.ui.form.attachments_editor import AttachmentsEditor

        editor = AttachmentsEditor(self, self.attachment_actions)
        editor.set_state(self._pending_attachments)
        self._pending_attachments = []
        self._attachments = editor
        editor.show_issues(self._routed.attachments)
        editor.changed.connect(self._form_changed)
        editor.changed.connect(self._attachments_changed)
        # Refusals ("at most 5 attachments") also go to the status bar.
        editor.message.connect(self._attachments_message)
        return editor

    def _build_remote_fields(self) -> RemoteFieldsEditor:
        from app.ui.form.remote_fields_editor import RemoteFieldsEditor

        editor = RemoteFieldsEditor(self)
        editor.set_state(self._pending_remote)
        self._remote_fields = editor
        self._show_remote_issues(editor)
        editor.changed.connect(self._form_changed)
        return editor

    @property
    def attachments_editor(self) -> AttachmentsEditor:
        """The Attachments page, built now if it was not."""
        self._deferred.page(ATTACHMENTS_TAB)
        assert self._attachments is not None
        return self._attachments

    @property
    def remote_fields_editor(self) -> RemoteFieldsEditor:
        """The Remote fields page, built now if it was not."""
        self._deferred.page(REMOTE_FIELDS_TAB)
        assert self._remote_fields is not None
        return self._remote_fields

    def is_page_built(self, index: int) -> bool:
        """Whether the tab at `index` has its page yet (the first paint builds only Attributes)."""
        return self._deferred.is_built(index)

    def _attachments_page(self) -> AttachmentsEditor:
        """The Attachments page in front (the add actions and drops show it first)."""
        self.tabs.setCurrentIndex(ATTACHMENTS_TAB)
        return self.attachments_editor

    def _build_summary(self) -> None:
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("problemsLabel")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.RichText)
        self.problems_label.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.problems_label.linkActivated.connect(self._summary_link)
        self._issues: list[FieldIssue] = []  # every problem and warning the summary counts
        self.problems_icon = QLabel(self)
        self.problems_icon.setObjectName("problemsIcon")

    def window_wide_actions(self) -> list[QAction]:
        """The editors' add actions, working from anywhere in the window (the empty tables
        name their keys): each shows its tab first, then adds, so the new row has the focus."""
        attributes = self.attributes_editor
        actions: list[QAction] = []
        for action, slot in (
            (attributes.add_text_action, attributes.add_text_attribute),
            (attributes.add_sub_result_action, attributes.add_sub_result),
        ):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.disconnect(slot)
            action.triggered.connect(_show_tab(self.tabs, attributes))
            action.triggered.connect(slot)
            actions.append(action)
        # These show their page themselves (`_attachments_page`).
        for action in self.attachment_actions:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            actions.append(action)
        return actions

    # === the form's data ====================================================================

    def form_state(self) -> dict[str, Any]:
        """The whole form as JSON-able data (see `form_state` for the format)."""
        state = fs.empty_state()
        state["order_id"] = trim_order_id(self.order_id_edit.text())
        state.update(self.result_form.state())
        state["attributes"] = self.attributes_editor.state()
        state["attachments"] = self._attachments_state()
        state["remote_fields"] = self._remote_state()
        state["reason_note"] = self.reason_row.note()
        state["reason_ticket"] = self.reason_row.ticket()
        return state

    def load_form_state(self, state: dict[str, Any]) -> None:
        """Fill the form from `form_state()` output (a draft, a history entry, a template)."""
        state = fs.normalized_state(state)
        self._loading = True
        try:
            self.order_id_edit.setText(state["order_id"])
            self.result_form.set_state(state)
            self.attributes_editor.set_state(state["attributes"])
            self._load_attachments(state["attachments"])
            self._load_remote_fields(state["remote_fields"])
            self.reason_row.set_values(state["reason_note"], state["reason_ticket"])
        finally:
            self._loading = False
        self._extra_issues = fs.file_issues(state["attachments"])
        # An empty form is new, not wrong: no marks until the person types.
        self._pristine = fs.is_blank_state(self.form_state())
        self.validate_now()

    def load_pristine(self, state: dict[str, Any]) -> None:
        """Load `state` as a new form: no order chosen, no marks until the person types."""
        self.load_form_state(state)
        self._order = None
        self.order_summary.hide()
        self._pristine = True
        self.validate_now()

    def _load_attachments(self, items: list[Any]) -> None:
        if self._attachments is not None:
            self._attachments.set_state(items)
            return
        given = [item for item in items if isinstance(item, Mapping)]
        rows: list[dict[str, Any]] = []
        if given:
            # As the editor would keep them (its rows' state); it is loaded only when needed.
            from app.ui.form.attachments_model import row_from_state

            rows = [row_from_state(item).state() for item in given]
        self._pending_attachments = rows
        full = len(rows) >= MAX_ATTACHMENTS
        for action in self.attachment_actions:
            action.setEnabled(not full)

    def _attachments_state(self) -> list[dict[str, Any]]:
        if self._attachments is not None:
            return self._attachments.state()
        return [dict(item) for item in self._pending_attachments]

    def _load_remote_fields(self, value: dict[str, Any]) -> None:
        # The editor's own state (inputs as typed), or a remote_fields object from a template
        # or a history entry (see remote_fields_data.state_from_loaded).
        state = remote_data.state_from_loaded(value)
        if self._remote_fields is not None:
            self._remote_fields.set_state(state)
        else:
            self._pending_remote = state

    def _remote_state(self) -> dict[str, str]:
        if self._remote_fields is not None:
            return self._remote_fields.state()
        return dict(self._pending_remote)

    def remote_fields_input(self) -> dict[str, Any]:
        value = remote_data.model_input(self._remote_state())
        return dict(value) if value else {}

    def parse_error_text(self) -> str | None:
        """Why the raw remote fields do not parse as JSON, if they do not."""
        if self._remote_fields is not None:
            return self._remote_fields.parse_error()
        error = remote_data.raw_error(self._pending_remote["raw_json"])
        return error.message if error else None

    def order_id(self) -> str:
        return trim_order_id(self.order_id_edit.text())

    def add_dropped(self, files: Sequence[str], links: Sequence[str]) -> None:
        """Files or links dropped on the window become attachments."""
        self._attachments_page().add_paths_in_background(files, links)

    # === what the form is for ===============================================================

    @property
    def current_order(self) -> Order | None:
        """The order chosen with `set_order`, while the order ID still names it."""
        return self._order

    def set_order(self, order: Order, package_name: str | None = None) -> None:
        """Put the order's ID in the form and show who and what it is above the form.

        `package_name`: the package's name when known (orders panel); else its id is shown.
        """
        self._order = order
        self.order_id_edit.setText(order.id)
        if order.status in ("COMPLETED", "CANCELLED"):
            # Kombo refuses any other status for a closed order; start from the only valid one.
            combo = self.result_form.status_combo
            combo.setCurrentIndex(combo.findData(order.status))
        self.order_summary.show_order(order, package_name)

    def set_connection(self, connection: ConnectionInfo | None) -> None:
        """Where a send would go; without one, "Add a connection" is the first problem."""
        self._connection = connection
        # Profiles fill the combo before the first paint: with a deferred first validation,
        # that validation covers it; a new form left unvalidated shows its summary again.
        if not self._first_validation_pending:
            self._validate_timer.start()
        elif self._started:
            self.show_unvalidated()

    def mark_order_id(self, order_id: str, message: str | None) -> None:
        """Show a lookup's finding (e.g. no such order) at the field while it holds `order_id`."""
        self._order_id_finding = (order_id, message) if message else None
        self._pristine = False
        self.validate_now()

    def mark_touched(self) -> None:
        """Show every mark from now on, as after typing (a send was asked for)."""
        self._pristine = False

    def show_sent(self, note: str) -> None:
        """After a successful send: the summary says so until the form changes."""
        self._sent_note = note
        self._update_summary([], [])

    # === changes ============================================================================

    def _order_id_changed(self, text: str) -> None:
        if self._order is not None and trim_order_id(text) != self._order.id:
            self._order = None
            self.order_summary.hide()
        self._form_changed()

    def _form_changed(self) -> None:
        if self._loading:
            return
        self._pristine = False
        self._sent_note = None  # changed since the send: it is a new result to check
        self.edited.emit()
        self._validate_timer.start()

    def _attachments_changed(self) -> None:
        if not self._loading:
            # A stat per file (at most five) when the list changes, never per keystroke.
            self._extra_issues = fs.file_issues(self.attachments_editor.state())

    def _attachments_message(self, text: str) -> None:
        if text:
            self.message.emit(text, 8000)

    # === validation =========================================================================

    def validate_now(self) -> ValidationOutcome:
        """Validate the form at once (the debounce timer calls this) and show the result."""
        from app.kombo.validation import validate_result  # pydantic: not before the first paint
        from app.ui.common.kombo_text import translated_outcome

        self._validate_timer.stop()
        self._first_validation_pending = False
        state = self.form_state()
        remote = self.remote_fields_input()
        checked = validate_result(fs.model_input(state, remote))
        outcome = self.result_form.checked(translated_outcome(checked))
        self._outcome = outcome
        errors = list(outcome.errors) + [i for i in self._extra_issues if i.severity == "error"]
        warnings = list(outcome.warnings) + [
            i for i in self._extra_issues if i.severity == "warning"
        ]
        parse_error = self.parse_error_text()
        if parse_error:
            errors.append(FieldIssue(("remote_fields",), parse_error))
        outside = self._outside_issues(state)
        self._show_issues(errors, warnings, outside)
        self._show_preview(outcome, fs.model_input(state, remote))
        self.validated.emit(outcome)
        return outcome

    def validate_after_start(self) -> None:
        """Start-up's first validation, after the first paint. A new, untouched form shows the
        same validated or not (no marks, the summary asking for the order ID, the draft
        preview, Send disabled: `show_unvalidated`), so it waits for the first change or load,
        which validate as usual, and the validator (pydantic, ~100 ms) stays off start-up."""
        self._started = True
        if (
            self._first_validation_pending
            and self._pristine
            and fs.is_blank_state(self.form_state())
        ):
            self.show_unvalidated()
            return
        self.validate_now()

    def _outside_issues(self, state: dict[str, Any]) -> list[FieldIssue]:
        """Not part of the body, but nothing can be sent without them."""
        outside: list[FieldIssue] = []
        if self._connection is None:
            outside.append(
                FieldIssue(("connection",), self.tr("Add a connection to send the result to."))
            )
        # The client's own rule (app.kombo.order_ids): what it would refuse is marked here.
        problem = order_id_problem(state["order_id"])
        if problem is not None:
            outside.append(FieldIssue(("order_id",), kombo_text(problem)))
        elif self._order_id_finding and self._order_id_finding[0] == state["order_id"]:
            outside.append(FieldIssue(("order_id",), self._order_id_finding[1]))
        return outside

    def show_unvalidated(self) -> None:
        """Before the first validation (deferred past the first paint): Send disabled, the
        form as a draft. The form is new, so this is what validation will show too: no marks
        (nothing typed yet), the summary asking for the order ID, the preview as a draft.
        """
        self._validate_timer.stop()
        state = self.form_state()
        outside = self._outside_issues(state)
        pending = FieldIssue((), self.tr("The result has not been checked yet."))
        self._outcome = None
        self._update_tab_marks(fs.route_issues([]))
        self._first_issue = outside[0] if outside else None
        self._blocking = True
        self._update_summary(outside or [pending], [])
        self.readiness_changed.emit()
        if self.preview_panel is not None:
            model_input = fs.model_input(state, self.remote_fields_input())
            self.preview_panel.show_json(draft_json(model_input), valid=False)

    def _show_issues(
        self,
        errors: list[FieldIssue],
        warnings: list[FieldIssue],
        outside: list[FieldIssue],
    ) -> None:
        show_marks = not self._pristine
        everything = [*errors, *warnings]
        routed = fs.route_issues(everything if show_marks else [])
        for name in fs.RESULT_FIELDS:
            widget = self.result_form.widget_for(name)
            if widget is not None:
                _mark(widget, routed.result.get(name, []))
        order_issues = [i for i in outside if i.path == ("order_id",)]
        _mark(self.order_id_edit, order_issues if show_marks else [])
        self.attributes_editor.show_issues(routed.attributes)
        # A page not built yet shows them when it is (`_build_attachments`, ...).
        self._routed = routed
        if self._attachments is not None:
            self._attachments.show_issues(routed.attachments)
        if self._remote_fields is not None:
            self._show_remote_issues(self._remote_fields)
        self._update_tab_marks(fs.route_issues(everything))

        blocking = outside + errors
        self._first_issue = blocking[0] if blocking else (warnings[0] if warnings else None)
        self._issues = [*blocking, *warnings]
        self._blocking = bool(blocking)
        self._update_summary(blocking, warnings)
        self.readiness_changed.emit()

    def _show_remote_issues(self, editor: RemoteFieldsEditor) -> None:
        # The parse error is the editor's own mark already.
        parse_error = editor.parse_error()
        editor.show_issues(
            [i for i in self._routed.remote_fields if i.path or i.message != parse_error]
        )

    def _update_tab_marks(self, routed: fs.RoutedIssues) -> None:
        # Counted from the state, so a tab whose page is not built yet is marked the same.
        attributes, attachments = self.attributes_editor.state(), self._attachments_state()
        parts = (
            (ATTRIBUTES_TAB, routed.attributes, self.tr("Attributes"), len(attributes)),
            (ATTACHMENTS_TAB, routed.attachments, self.tr("Attachments"), len(attachments)),
            (REMOTE_FIELDS_TAB, routed.remote_fields, self.tr("Remote fields"), 0),
        )
        for index, issues, title, count in parts:
            text = f"{title} ({count})" if count else title
            severities = {issue.severity for issue in issues}
            if "error" in severities and not self._pristine:
                mark = "error"
            elif "warning" in severities:
                mark = "warning"
            else:
                mark = ""
            # Setting a tab's text or icon relayouts and repaints the whole tab widget (and the
            # table in it), even when nothing changed: only touch what did.
            if self._tab_marks.get(index) == (text, mark):
                continue
            self._tab_marks[index] = (text, mark)
            self.tabs.setTabText(index, text)
            self.tabs.setTabIcon(index, icon(mark) if mark else QIcon())

    def _update_summary(self, errors: list[FieldIssue], warnings: list[FieldIssue]) -> None:
        label = self.problems_label
        if self._pristine and errors:
            # A new form is not "wrong" yet: say what is needed, without a list of errors.
            label.setText(self.tr("Enter the order ID and the result to send it."))
            label.setToolTip("")
            label.setAccessibleDescription(label.text())
            self.problems_icon.setPixmap(icon("info").pixmap(16, 16))
            return
        if not errors and not warnings:
            label.setText(self._sent_note or self.tr("Ready to send."))
            label.setToolTip("")
            self.problems_icon.setPixmap(icon("ok").pixmap(16, 16))
            label.setAccessibleDescription(label.text())
            return
        shown = errors or warnings
        first = shown[0]
        lines = [f"{self._where(issue)}: {issue.message}" for issue in [*errors, *warnings]]
        if errors:
            head = self.tr("%n problem(s)", "", len(errors))
        else:
            head = self.tr("%n warning(s)", "", len(warnings))
        first_text = f"{self._where(first)}: {first.message}"
        more = len(shown) - 1
        # "and 2 more" opens a list of every problem, each going to its field.
        more_text = html_text(self.tr("and %n more", "", more))
        tail = f' (<a href="#all">{more_text}</a>)' if more else ""
        label.setText(f'<a href="#first">{html_text(head)}</a>: {html_text(first_text)}{tail}')
        label.setToolTip("\n".join(lines))
        label.setAccessibleDescription("\n".join(lines))
        kind = "error" if errors else "warning"
        self.problems_icon.setPixmap(icon(kind).pixmap(16, 16))

    def _where(self, issue: FieldIssue) -> str:
        if issue.path == ("order_id",):
            return self.tr("Order ID")
        if issue.path == ("connection",):
            return self.tr("Connection")
        return fs.issue_location(issue)

    def _summary_link(self, link: str) -> None:
        if link != "#all":
            self.focus_first_problem()
            return
        menu = QMenu(self)
        menu.setObjectName("problemsMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for issue in self._issues:
            kind = "error" if issue.severity == "error" else "warning"
            action = menu.addAction(icon(kind), f"{self._where(issue)}: {issue.message}")
            action.triggered.connect(lambda _checked=False, i=issue: self.focus_problem(i))
        self.problems_menu = menu
        menu.popup(self.problems_label.mapToGlobal(self.problems_label.rect().bottomLeft()))

    def focus_first_problem(self) -> None:
        if self._first_issue is not None:
            self.focus_problem(self._first_issue)

    def focus_problem(self, issue: FieldIssue) -> None:
        """Show the field (or table) where `issue` is, with the focus."""
        head = issue.path[0] if issue.path else None
        widget: QWidget | None = None
        if head == "order_id":
            widget = self.order_id_edit
        elif head == "connection":
            self.connection_focus_requested.emit()
            return
        elif isinstance(head, str) and head in fs.RESULT_FIELDS:
            widget = self.result_form.widget_for(head)
        else:
            index = {
                "attributes": ATTRIBUTES_TAB,
                "attachments": ATTACHMENTS_TAB,
                "remote_fields": REMOTE_FIELDS_TAB,
            }.get(str(head))
            if index is not None:
                self.tabs.setCurrentIndex(index)  # builds the page if it was not
                if index == REMOTE_FIELDS_TAB and self.parse_error_text():
                    self.remote_fields_editor.go_to_error()
                    return
                widget = self.tabs.widget(index)
        if widget is not None:
            self.form_scroll.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_preview(self, outcome: ValidationOutcome, model_input: dict[str, Any]) -> None:
        if self.preview_panel is None:
            return
        if outcome.body is not None:
            from app.kombo.body import preview_json

            self.preview_panel.show_json(preview_json(outcome.body), valid=True)
        else:
            self.preview_panel.show_json(draft_json(model_input), valid=False)

    def is_ready_to_send(self) -> bool:
        return (
            self._outcome is not None
            and self._outcome.body is not None
            and not self._blocking
            and self._connection is not None
        )


# === helpers ================================================================================


def _mark(widget: QWidget, issues: list[FieldIssue]) -> None:
    if not issues:
        field_marks.clear(widget)
        return
    errors = [issue for issue in issues if issue.severity == "error"]
    worst = errors or issues
    field_marks.mark(
        widget, "\n".join(issue.message for issue in worst), "error" if errors else "warning"
    )


def _show_tab(tabs: QTabWidget, page: QWidget) -> Callable[[], None]:
    return lambda: tabs.setCurrentWidget(page)


def draft_json(data: dict[str, Any]) -> str:
    """The form's model input as the preview shows it while it is not valid (a draft)."""

    def tidy(value: Any) -> Any:
        # Whole numbers as the model writes them (90, not 90.0), so the draft reads the same.
        if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
            return int(value)
        if isinstance(value, dict):
            return {key: tidy(item) for key, item in value.items()}
        if isinstance(value, list):
            return [tidy(item) for item in value]
        return value

    data = tidy(data)
    for item in data.get("attachments", []):
        source = item.get("data")
        if isinstance(source, dict):
            item["data"] = f"<file {source.get('path', '')}>"
    return json.dumps(data, indent=2, ensure_ascii=False)
