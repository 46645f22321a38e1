"""The form saved as a draft while it is typed, per connection profile, and brought back.

- the form is saved ~500 ms after each change (`form_changed`), never before the saved draft
  was looked at (`restore_for`), so a blank form at start cannot overwrite it;
- at start (and when the first real connection appears) a profile's draft is restored into a
  blank form, with a notice naming the order and the time; “Discard” clears it (the window's
  “New result” offers Undo);
- a successful send clears the draft (`sent`); a failed one keeps form and draft as they were;
- `close` saves the last keystrokes.

The drafts are the form's, not the history's: the storage is handed in (`DraftKeeper`, which
`history.service.HistoryService` provides on its writer thread), and so is the form
(`DraftForm`, which the main window provides).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.store.drafts import Draft
from app.ui.common.info_bar import InfoBar
from app.ui.common.moments import short_when
from app.ui.common.placeholders import arg
from app.ui.form import form_state as fs

__all__ = ["DRAFT_DELAY_MS", "NO_PROFILE", "DraftForm", "DraftKeeper", "FormDrafts"]

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 500
# The draft of a form with no connection yet (first start, before a profile exists).
NO_PROFILE = ""


class DraftKeeper(Protocol):
    """Where drafts are kept (off the Qt thread); `HistoryService` is one."""

    def load_draft(self, profile: str, on_loaded: Callable[[Draft | None], None]) -> None: ...
    def save_draft(self, profile: str, state: dict[str, Any]) -> None: ...
    def discard_draft(self, profile: str) -> None: ...


class DraftForm(Protocol):
    """The form whose drafts these are; the main window is one."""

    def form_state(self) -> dict[str, Any]: ...
    def load_form_state(self, state: dict[str, Any]) -> None: ...
    def new_result(self) -> None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormDrafts", text)


class FormDrafts(QObject):
    def __init__(
        self,
        form: DraftForm,
        keeper: DraftKeeper,
        current_profile: Callable[[], str],
        bar_parent: QWidget,
    ) -> None:
        super().__init__(bar_parent)
        self.form = form
        self.keeper = keeper
        self.current_profile = current_profile
        self.bar = InfoBar("draftRestoredBar", bar_parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.ready = False  # no autosave before the saved draft was looked at
        self._restore_tried: set[str] = set()
        self._last_saved: dict[str, dict[str, Any]] = {}
        self._saved_at: dict[str, datetime] = {}
        self._closing = False
        # The order of the draft the notice is about (None: no notice up): the notice goes
        # once the form holds another order, which it no longer describes.
        self._restored_order: str | None = None

    def restore_for(self, profile: str) -> None:
        """At start (and when the first real connection appears): bring back its draft."""
        if profile in self._restore_tried or self._closing:
            return
        self._restore_tried.add(profile)
        if not fs.is_blank_state(self.form.form_state()):
            self.ready = True  # the person already typed; do not overwrite that
            self.form_changed()
            return

        def loaded(draft: Draft | None) -> None:
            if draft is not None and fs.is_blank_state(self.form.form_state()):
                self._restore(draft)
            self.ready = True
            self.form_changed()  # anything typed or loaded meanwhile is drafted now

        self.keeper.load_draft(profile, loaded)

    def _restore(self, draft: Draft) -> None:
        if fs.is_blank_state(draft.state):
            return
        self.form.load_form_state(dict(draft.state))
        self._last_saved[draft.profile] = self.form.form_state()
        self._saved_at[draft.profile] = draft.saved_at
        when = short_when(draft.saved_at)
        if draft.order_id:
            text = arg(
                _tr("Restored your unsent draft for order %1 from %2."), draft.order_id, when
            )
        else:
            text = arg(_tr("Restored your unsent draft from %1."), when)
        self.bar.show_message(
            text,
            "info",
            [(_tr("Discard"), "discardDraftButton", lambda: self.discard(draft.profile))],
        )
        self._restored_order = draft.order_id or ""
        log.info("restored the draft of %r saved at %s", draft.profile, draft.saved_at)

    def discard(self, profile: str | None = None) -> None:
        """Forget the restored draft and clear the form (Undo brings it back)."""
        profile = self.current_profile() if profile is None else profile
        self._timer.stop()
        self.keeper.discard_draft(profile)
        self._restored_order = None
        self.bar.dismiss()
        self.form.new_result()  # the main window offers Undo for a few seconds
        self._last_saved[profile] = self.form.form_state()

    def form_changed(self, _outcome: object = None) -> None:
        if self._restored_order is not None:
            order_id = str(self.form.form_state().get("order_id") or "")
            if self._restored_order and order_id != self._restored_order:
                self._restored_order = None  # another order (or a new result) is in the form
                self.bar.dismiss()
        if self.ready and not self._closing:
            self._timer.start()

    def save_now(self) -> None:
        """Save the form as the current profile's draft, if it changed since the last save."""
        self._timer.stop()
        if not self.ready:
            return
        profile = self.current_profile()
        state = self.form.form_state()
        if self._last_saved.get(profile) == state:
            return
        self._last_saved[profile] = state
        if fs.is_blank_state(state):
            self.keeper.discard_draft(profile)  # an emptied form has nothing to keep
            return
        self.keeper.save_draft(profile, state)

    def sent(self, profile: str, state: dict[str, Any]) -> None:
        """`state` was sent to `profile`'s connection: nothing left to lose. The form stays;
        editing it drafts again."""
        self._timer.stop()
        self._last_saved[profile] = state
        self.keeper.discard_draft(profile)
        self._restored_order = None
        self.bar.hide()

    def close(self) -> None:
        """Save the last keystrokes; no draft after this."""
        if self._closing:
            return
        if self._timer.isActive():
            self.save_now()
        self._closing = True
        self._timer.stop()
