"""Draw the app icon (resources/icons/app.png and app.ico). Run again after changing the design."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#0f6cbd"))
    p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18)
    # Four tiles: the tenant's workloads, one of them highlighted.
    tile, gap = size * 0.26, size * 0.06
    origin = (size - 2 * tile - gap) / 2
    for i, colour in enumerate(("#ffffff", "#ffffff", "#ffffff", "#ffb900")):
        x = origin + (i % 2) * (tile + gap)
        y = origin + (i // 2) * (tile + gap)
        p.setBrush(QColor(colour))
        p.drawRoundedRect(QRectF(x, y, tile, tile), size * 0.04, size * 0.04)
    p.setPen(QColor("#0f6cbd"))
    font = QFont("DejaVu Sans", max(6, int(size * 0.2)), QFont.Weight.Bold)
    p.setFont(font)
    x = origin + tile + gap
    y = origin + tile + gap
    p.drawText(QRectF(x, y, tile, tile), Qt.AlignmentFlag.AlignCenter, "+")
    p.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(ICONS / "app.png"))
    draw(256).save(str(ICONS / "app.ico"))
    print(f"wrote icons to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
