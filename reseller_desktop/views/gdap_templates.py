"""GDAP role templates: the shipped ones, or the partner's own (Preferences, kept in QSettings
as JSON), and a small editor for them."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reseller_desktop.domain.gdap import (
    ENTRA_ROLES,
    PRIVILEGED_AUTHENTICATION_ADMINISTRATOR,
    SHIPPED_TEMPLATES,
    RoleTemplate,
    template_problem,
)

# Re-exported: the partner's type is read at start with the other saved settings.
from reseller_desktop.views.saved_settings import DIRECT as DIRECT
from reseller_desktop.views.saved_settings import INDIRECT as INDIRECT
from reseller_desktop.views.saved_settings import PARTNER_TYPE_KEY as PARTNER_TYPE_KEY
from reseller_desktop.views.saved_settings import is_indirect_provider as is_indirect_provider

TEMPLATES_KEY = "gdap/templates"


def saved_templates() -> list[RoleTemplate]:
    """The partner's role templates (the shipped ones until they edit them)."""
    raw = QSettings().value(TEMPLATES_KEY, "", str)
    try:
        items = json.loads(str(raw)) if raw else None
    except ValueError:
        items = None
    if not isinstance(items, list):
        return list(SHIPPED_TEMPLATES)
    templates = []
    for item in items:
        try:
            template = RoleTemplate(
                str(item["name"]),
                tuple(str(r) for r in item["roles"]),
                str(item.get("duration", "P2Y")),
                bool(item.get("auto_extend", True)),
            )
        except (KeyError, TypeError, AttributeError):
            continue
        if template_problem(template) is None:
            templates.append(template)
    return templates or list(SHIPPED_TEMPLATES)


def save_templates(templates: list[RoleTemplate]) -> None:
    QSettings().setValue(
        TEMPLATES_KEY,
        json.dumps(
            [
                {
                    "name": t.name,
                    "roles": list(t.roles),
                    "duration": t.duration,
                    "auto_extend": t.auto_extend,
                }
                for t in templates
            ]
        ),
    )


class TemplateEditor(QDialog):
    """One list of templates; the selected one's name, roles (ticked), duration, auto-extend."""

    def __init__(self, templates: list[RoleTemplate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gdapTemplateEditor")
        self.setWindowTitle(QCoreApplication.translate("GdapTemplates", "GDAP role templates"))
        self.templates = list(templates)
        self.list = QListWidget(self)
        self.name = QLineEdit(self)
        self.roles = QListWidget(self)
        for role in ENTRA_ROLES:
            item = QListWidgetItem(role, self.roles)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.duration = QLineEdit(self)
        self.duration.setPlaceholderText("P2Y")
        self.auto_extend = QCheckBox(
            QCoreApplication.translate("GdapTemplates", "Extend automatically by 180 days"), self
        )
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.add_button = add = QPushButton(
            QCoreApplication.translate("GdapTemplates", "&Add"), self
        )
        remove = QPushButton(QCoreApplication.translate("GdapTemplates", "&Remove"), self)
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("GdapTemplates", "&Name"), self.name)
        form.addRow(QCoreApplication.translate("GdapTemplates", "Entra roles"), self.roles)
        form.addRow(
            QCoreApplication.translate("GdapTemplates", "&Duration (P1D to P2Y)"), self.duration
        )
        form.addRow("", self.auto_extend)
        left = QVBoxLayout()
        left.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        left.addLayout(row)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._current = -1
        for template in self.templates:
            self.list.addItem(template.name)
        self.list.currentRowChanged.connect(self._select)
        self.list.setCurrentRow(0)

    def _store_current(self) -> None:
        if 0 <= self._current < len(self.templates):
            roles = tuple(
                self.roles.item(i).text()
                for i in range(self.roles.count())
                if self.roles.item(i).checkState() == Qt.CheckState.Checked
            )
            self.templates[self._current] = RoleTemplate(
                self.name.text().strip(),
                roles,
                self.duration.text().strip().upper() or "P2Y",
                self.auto_extend.isChecked(),
            )
            self.list.item(self._current).setText(self.name.text().strip())

    def _select(self, row: int) -> None:
        self._store_current()
        self._current = row
        if not 0 <= row < len(self.templates):
            return
        template = self.templates[row]
        self.name.setText(template.name)
        for i in range(self.roles.count()):
            item = self.roles.item(i)
            checked = item.text() in template.roles
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.duration.setText(template.duration)
        self.auto_extend.setChecked(template.auto_extend)

    def _add(self) -> None:
        self._store_current()
        self.templates.append(
            RoleTemplate(
                QCoreApplication.translate("GdapTemplates", "New template"),
                (PRIVILEGED_AUTHENTICATION_ADMINISTRATOR,),
            )
        )
        self.list.addItem(self.templates[-1].name)
        self.list.setCurrentRow(len(self.templates) - 1)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.templates) and len(self.templates) > 1:
            self._current = -1
            del self.templates[row]
            self.list.takeItem(row)
            self._select(self.list.currentRow())

    def accept(self) -> None:
        self._store_current()
        for template in self.templates:
            problem = template_problem(template)
            if problem is not None:
                self.error.setText(
                    f"{template.name or '?'}: {problem.render(QCoreApplication.translate)}"
                )
                return
        save_templates(self.templates)
        super().accept()


def short_link(link: str, keep: int = 64) -> str:
    """A long link shortened for a label (its start and its distinctive end); the Copy
    buttons copy the whole link."""
    if len(link) <= keep:
        return link
    return f"{link[: keep - 20]}…{link[-19:]}"
