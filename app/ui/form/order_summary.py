"""The line above the form that says whose order the result is for, and what it may become.

Apart from the editor because it only shows an `Order` (from the orders panel or a lookup):
the candidate, the job, the package and the status, plus the rule Kombo applies once the order
is closed. `summary_html` is pure, so its wording is tested without a widget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from app.ui.common.placeholders import arg

if TYPE_CHECKING:
    from app.kombo.responses import Order

__all__ = ["OrderSummary", "html_text", "summary_html"]


def html_text(text: str) -> str:
    # html.escape(text, quote=False), without importing html (and its entity tables) at start-up.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def summary_html(order: Order, package_name: str | None = None) -> str:
    """Candidate, job, location, package and status; a closed order's status rule below."""
    candidate = order.candidate.display_name
    job = order.job.name or _tr("(no job name)")
    location = order.job.location.display if order.job.location else ""
    parts = [f"<b>{html_text(candidate)}</b>", html_text(job)]
    if location:
        parts.append(html_text(location))
    package = package_name or order.package_id
    parts.append(arg(_tr("package %1"), html_text(package)))
    parts.append(arg(_tr("status %1"), f"<b>{html_text(order.status)}</b>"))
    text = " · ".join(parts)
    if order.status != "OPEN":
        text += "<br>" + html_text(
            arg(
                _tr(
                    "This order is %1: its status can no longer change. Kombo may still "
                    "accept a result with the same status, which is selected below."
                ),
                order.status,
            )
        )
    return text


class OrderSummary(QLabel):
    """`orderSummaryLabel`: hidden until an order is chosen, hidden again when it is let go."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderSummaryLabel")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(6)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.hide()

    def show_order(self, order: Order, package_name: str | None = None) -> None:
        self.setText(summary_html(order, package_name))
        self.show()
