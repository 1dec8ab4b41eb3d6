"""How a status looks: words and an icon, never colour alone (each icon has its own shape too)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from reseller_desktop.domain.provisioning import (
    ACTIVE,
    FAILED,
    PENDING,
    PROVISIONING,
    failure_message,
)

# Fluent-like colours, readable on light and dark backgrounds.
COLOURS = {
    PENDING: "#8a8886",
    PROVISIONING: "#0f6cbd",
    ACTIVE: "#107c10",
    FAILED: "#c42b1c",
}


def status_text(status: str) -> str:
    """The status in words (customers and subscriptions share pending and active)."""
    names = {
        PENDING: QCoreApplication.translate("Status", "Pending"),
        PROVISIONING: QCoreApplication.translate("Status", "Provisioning"),
        ACTIVE: QCoreApplication.translate("Status", "Active"),
        FAILED: QCoreApplication.translate("Status", "Failed"),
        "suspended": QCoreApplication.translate("Status", "Suspended"),
        "deleted": QCoreApplication.translate("Status", "Deleted"),
        "completed": QCoreApplication.translate("Status", "Completed"),
        "cancelled": QCoreApplication.translate("Status", "Cancelled"),
    }
    return names.get(status, status)


def status_explanation(status: str, reason: str = "") -> str:
    """A sentence for tooltips: what the status means for the partner."""
    if status == FAILED and reason:
        return failure_message(reason).render(QCoreApplication.translate)
    texts = {
        PENDING: QCoreApplication.translate(
            "Status", "Microsoft has not started provisioning the tenant yet."
        ),
        PROVISIONING: QCoreApplication.translate(
            "Status", "Microsoft is provisioning the tenant; this takes several minutes."
        ),
        ACTIVE: QCoreApplication.translate("Status", "The tenant is ready to use."),
        FAILED: QCoreApplication.translate("Status", "Provisioning failed: retry it."),
    }
    return texts.get(status, "")


def _draw(status: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(COLOURS.get(status, "#605e5c"))
    s = float(size)
    circle = QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88)
    white = QPen(QColor("white"), s * 0.13, c=Qt.PenCapStyle.RoundCap)
    if status == PENDING:  # hollow circle with clock hands
        p.setPen(QPen(colour, s * 0.11))
        p.drawEllipse(circle.adjusted(s * 0.05, s * 0.05, -s * 0.05, -s * 0.05))
        p.setPen(QPen(colour, s * 0.1, c=Qt.PenCapStyle.RoundCap))
        centre = circle.center()
        p.drawLine(centre, QPointF(centre.x(), s * 0.27))
        p.drawLine(centre, QPointF(s * 0.68, centre.y()))
    elif status == PROVISIONING:  # a three-quarter arc with an arrow head: "in progress"
        p.setPen(QPen(colour, s * 0.14, c=Qt.PenCapStyle.RoundCap))
        arc = circle.adjusted(s * 0.08, s * 0.08, -s * 0.08, -s * 0.08)
        p.drawArc(arc, 90 * 16, -270 * 16)
        head = QPainterPath(QPointF(s * 0.5, s * 0.02))
        head.lineTo(QPointF(s * 0.72, s * 0.16))
        head.lineTo(QPointF(s * 0.5, s * 0.33))
        head.closeSubpath()
        p.fillPath(head, colour)
    else:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(circle)
        p.setPen(white)
        if status == ACTIVE:  # a tick
            path = QPainterPath(QPointF(s * 0.28, s * 0.52))
            path.lineTo(QPointF(s * 0.44, s * 0.68))
            path.lineTo(QPointF(s * 0.73, s * 0.36))
            p.drawPath(path)
        else:  # a cross (failed, or unknown)
            p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67))
            p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67))
    p.end()
    return pixmap


@cache
def status_icon(status: str) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48):
        icon.addPixmap(_draw(status, size))
    return icon
