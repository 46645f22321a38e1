"""String hygiene in app/ui: every text a person reads goes through Qt's translation.

An AST walk over app/ui (and app/main.py) fails on
- a string literal or an f-string with words passed straight to a Qt text call (setText,
  setToolTip, showMessage, QLabel(...), QAction(...), QMessageBox.warning(...), ...);
- `obj.tr(...)` on anything but `self`: lupdate files it under the variable's name ("window"),
  while Qt looks it up under the object's class, so it would never be translated;
- a plural done by hand, `.replace("%n", ...)`: `tr(text, "", n)` or `_tr(text, n)` lets each
  language say its own plural forms.
Allowed: texts without letters ("…", "—", "%1") and the names in ALLOWED (not language).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILES = [*sorted((ROOT / "app" / "ui").rglob("*.py")), ROOT / "app" / "main.py"]

TEXT_SETTERS = {
    "setText",
    "setToolTip",
    "setPlaceholderText",
    "setWindowTitle",
    "setStatusTip",
    "setWhatsThis",
    "showMessage",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setLabelText",
    "setInformativeText",
    "setDetailedText",
    "addItem",
    "addItems",
    "addAction",
    "addMenu",
    "addTab",
    "setTabText",
    "setHorizontalHeaderLabels",
    "insertItem",
    "setItemText",
    "append_message",
    "addRow",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
}
TEXT_WIDGETS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QAction",
    "QGroupBox",
    "QToolButton",
    "QMenu",
    "QCommandLinkButton",
    "QStandardItem",
}
MESSAGE_BOXES = {"information", "warning", "question", "critical", "about"}
# Texts that are no language: product and format names, shown as they are everywhere.
ALLOWED = {"Kombo", "Result Desk", "JSON", "CSV", "XLSX", "ODS", "HTTP", "cURL", "TLS", "URL"}


def _words(text: str) -> bool:
    """Whether `text` has words to translate: markup, URLs, JSON samples and ALLOWED have none."""
    text = re.sub(r"<[^>]*>", "", text).strip()
    if text.startswith(("http://", "https://", "{")) or text in ALLOWED:
        return False
    return any(c.isalpha() for c in text)


def _offending(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and _words(node.value):
        return repr(node.value)
    if isinstance(node, ast.JoinedStr):
        literal = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        if _words(literal):
            return ast.unparse(node)
    return None


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return node.func.id if isinstance(node.func, ast.Name) else None


def findings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    where = path.relative_to(ROOT)
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        checked: list[ast.expr] = []
        if name in TEXT_WIDGETS:
            checked = list(node.args)
        elif name in TEXT_SETTERS:
            checked = list(node.args[:1])  # the text; what follows is data, a kind, a widget
        elif name in MESSAGE_BOXES and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id == "QMessageBox":
                checked = list(node.args)
        for arg in checked:
            if isinstance(arg, ast.List | ast.Tuple):
                checked.extend(arg.elts)
            elif (text := _offending(arg)) is not None:
                found.append(f"{where}:{node.lineno}: {name}({text}) is not translated")
        if (
            name == "tr"
            and isinstance(node.func, ast.Attribute)
            and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")
        ):
            found.append(
                f"{where}:{node.lineno}: {ast.unparse(node.func)}: lupdate cannot know this "
                "object's class; use self.tr or a module _tr helper"
            )
        if (
            name == "replace"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value == "%n"
        ):
            found.append(f"{where}:{node.lineno}: a plural by hand: use tr(text, '', n)")
    return found


def test_every_shown_text_goes_through_tr() -> None:
    found = [line for path in FILES for line in findings(path)]
    assert not found, "\n".join(found)


def test_the_checker_sees_a_literal_an_fstring_and_a_foreign_tr(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label.setText('Hello')\n"
        "box = QMessageBox.warning(self, self.tr('Title'), f'Sent {n} rows')\n"
        "action = QAction(icon, window.tr('&Quit'), window)\n"
        "status.showMessage(self.tr('Sent'))\n"
        "label.setText('…')\n"
        "label.setText(_tr('%n row(s)').replace('%n', str(n)))\n",
        encoding="utf-8",
    )
    found = findings_at(sample)
    assert len(found) == 4, found
    assert "'Hello'" in found[0]
    assert "Sent {n} rows" in found[1]
    assert "window.tr" in found[2]
    assert "plural" in found[3]


def findings_at(path: Path) -> list[str]:
    global ROOT
    saved, ROOT = ROOT, path.parent
    try:
        return sorted(findings(path), key=lambda line: int(line.split(":")[1]))
    finally:
        ROOT = saved
