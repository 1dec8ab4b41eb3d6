"""Preferences for today's Partner Center: direct-bill partner or indirect provider, the
organisation's own domains (QSettings "partner/domains") and the GDAP role templates."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from reseller_desktop.views.gdap_templates import (
    TemplateEditor,
    is_indirect_provider,
    saved_templates,
)
from reseller_desktop.views.preferences import PreferencesDialog, saved_partner_domains


def test_partner_type_and_domains_are_saved(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.partnerTypeCombo.currentText() == "Direct-bill partner"
    ui.partnerTypeCombo.setFocus()
    qtbot.keyClick(ui.partnerTypeCombo, Qt.Key.Key_Down)
    assert ui.partnerTypeCombo.currentText().startswith("Indirect provider")
    qtbot.keyClicks(ui.partnerDomainsEdit, "Contoso.com, @contoso.fr")
    qtbot.keyClick(ui.partnerDomainsEdit, Qt.Key.Key_Return)
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert is_indirect_provider()
    assert saved_partner_domains() == ["contoso.com", "contoso.fr"]
    assert QSettings().value("partner/domains") == ["contoso.com", "contoso.fr"]

    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.ui.partnerTypeCombo.currentText().startswith("Indirect provider")
    assert again.ui.partnerDomainsEdit.text() == "contoso.com, contoso.fr"


def test_the_shipped_templates_until_the_partner_edits_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.gdapTemplatesValue.text() == "Helpdesk, Security, Full admin"

    def edit() -> None:
        editor = QApplication.activeModalWidget()
        if not isinstance(editor, TemplateEditor):
            QTimer.singleShot(10, edit)
            return
        editor.list.setCurrentRow(1)  # Security
        editor.name.setText("Security desk")
        editor.duration.setText("P3Y")  # too long: refused, said why
        editor.accept()
        assert "P2Y" in editor.error.text() and editor.isVisible()
        editor.duration.setText("P180D")
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        editor.name.setText("Exchange only")
        exchange = editor.roles.findItems("Exchange Administrator", Qt.MatchFlag.MatchExactly)[0]
        exchange.setCheckState(Qt.CheckState.Checked)
        editor.accept()

    QTimer.singleShot(0, edit)
    qtbot.mouseClick(dialog.ui.editTemplatesButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.gdapTemplatesValue.text() == (
        "Helpdesk, Security desk, Full admin, Exchange only"
    )
    templates = {t.name: t for t in saved_templates()}
    assert templates["Security desk"].duration == "P180D"
    assert templates["Exchange only"].roles == (  # in the editor's order
        "Privileged Authentication Administrator",
        "Exchange Administrator",
    )
