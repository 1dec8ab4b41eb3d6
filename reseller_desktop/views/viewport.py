"""A scroll area's viewport, found without PySide6's first-use type search.

The first time PySide6 wraps a ``QWidget*`` it has not seen, it looks for the most derived
Python type by walking every QWidget subclass, and builds each one's enums on the way: about
9 ms, once per process. ``QAbstractScrollArea.viewport()`` is such a call, made by the main
window before its first paint. A child found among ``children()`` is wrapped as a ``QObject*``
(its class name read from the meta-object), without that walk: the viewport is the child that Qt
names ``qt_scrollarea_viewport`` (``setViewport`` names a new one so too).

A wrapper made so is not held by the area's, as ``viewport()``'s is: the area keeps it, or the
Python objects parented to the viewport (an event filter) would lose their Python half with it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QWidget

_NAME = "qt_scrollarea_viewport"


def viewport_of(area: QAbstractScrollArea) -> QWidget:
    for child in area.children():
        if isinstance(child, QWidget) and child.objectName() == _NAME:
            area._viewport_kept = child  # type: ignore[attr-defined]
            return child
    return area.viewport()
