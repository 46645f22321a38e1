"""The window's actions by name, and its menus as lists of those names (Picard's style).

Rooms make their own actions (the send controller Send and Cancel, the preview New/Open/Save
and Copy as cURL, the log box Copy/Clear log, the editor its add keys); the shell registers
them here by name and `build_menus` lays the menu bar out from `MENUS`, "-" for a separator.
Moving an item is a change to one list, not to the code of the room that owns the action.
Rooms built later add their menu entries through the window (`file_menu`, `view_menu`,
`add_menu`), since they are not there when the menus are built.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from app.kombo.i18n import QT_TRANSLATE_NOOP
from app.ui.common.icons import app_icon, icon

__all__ = ["MENUS", "Actions", "show_about"]

# (objectName, title, action names); "-" is a separator; "edit_keys" the editor's add keys.
MENUS: list[tuple[str, str, list[str]]] = [
    (
        "fileMenu",
        QT_TRANSLATE_NOOP("Menus", "&File"),
        [
            "new",
            "open",
            "save",
            "-",
            "import_results",
            "import_template",
            "-",
            "send",
            "cancel",
            "-",
            "quit",
        ],
    ),
    (
        "editMenu",
        QT_TRANSLATE_NOOP("Menus", "&Edit"),
        ["undo_new", "-", "copy_curl", "copy_log", "clear_log", "-", "edit_keys"],
    ),
    # Panels added with add_dock() put their toggle actions above this separator.
    ("viewMenu", QT_TRANSLATE_NOOP("Menus", "&View"), ["-", "reset_layout"]),
    ("helpMenu", QT_TRANSLATE_NOOP("Menus", "&Help"), ["open_log_folder", "-", "about"]),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class Actions:
    """Every action of the window by name; `menus` by objectName once built."""

    def __init__(self) -> None:
        self._actions: dict[str, QAction] = {}
        self._groups: dict[str, list[QAction]] = {}
        self.menus: dict[str, QMenu] = {}
        self.separators: dict[str, QAction] = {}  # a menu's first separator, by objectName

    def add(self, name: str, action: QAction) -> QAction:
        self._actions[name] = action
        return action

    def add_group(self, name: str, actions: list[QAction]) -> None:
        """Several actions under one name, e.g. the editors' add keys."""
        self._groups[name] = actions

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def add_shell_actions(self, window: QWidget) -> None:
        """The window's own: Quit, Open log folder, About, Reset layout (slots: the shell's)."""
        quit_action = self.add("quit", QAction(icon("quit"), _tr("&Quit"), window))
        quit_action.setObjectName("quitAction")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        folder = QAction(icon("folder"), _tr("Open &log folder"), window)
        folder.setObjectName("openLogFolderAction")
        folder.triggered.connect(open_log_folder)
        self.add("open_log_folder", folder)
        about = self.add("about", QAction(icon("about"), _tr("&About Result Desk"), window))
        about.setObjectName("aboutAction")
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(lambda: show_about(window))
        reset = self.add("reset_layout", QAction(_tr("&Reset layout"), window))
        reset.setObjectName("resetLayoutAction")

    def add_batch_actions(self, window: QWidget) -> None:
        """File → Import results… and Save import template…: made here so that the menus
        exist before the batch room is imported; the shell loads it when one is triggered."""
        results = QAction(_tr("&Import results…"), window)
        results.setObjectName("importResultsAction")
        results.setToolTip(_tr("Send the results in a CSV, XLSX or ODS sheet"))
        self.add("import_results", results)
        template = QAction(_tr("Save import &template…"), window)
        template.setObjectName("saveImportTemplateAction")
        self.add("import_template", template)

    def build_menus(self, menu_bar: QMenuBar) -> None:
        for object_name, title, names in MENUS:
            menu = menu_bar.addMenu(QCoreApplication.translate("Menus", title))
            menu.setObjectName(object_name)
            self.menus[object_name] = menu
            for name in names:
                if name == "-":
                    separator = menu.addSeparator()
                    self.separators.setdefault(object_name, separator)
                elif name in self._groups:
                    for action in self._groups[name]:
                        menu.addAction(action)
                else:
                    menu.addAction(self._actions[name])


def open_log_folder() -> None:
    from PySide6.QtCore import QUrl  # when used: the window paints without it

    from app.store.paths import log_dir

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))


def show_about(parent: QWidget) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from app._version import __version__

    box = QMessageBox(parent)
    box.setObjectName("aboutDialog")
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setWindowTitle(_tr("About Result Desk"))
    box.setText(f"<b>Result Desk {__version__}</b>")
    box.setInformativeText(
        _tr(
            "Write assessment results into applicant tracking systems through "
            "Kombo's API, by hand, quickly and safely."
        )
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
