"""Translatable text without Qt.

The domain layer cannot import Qt, yet its messages must be translated. It marks each source string
with ``QT_TRANSLATE_NOOP(context, text)`` (which ``pyside6-lupdate`` collects) and returns a
``Message``; the views render it with ``QCoreApplication.translate`` as the translate function.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged."""
    return text


Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class Message:
    """A user-facing message: an English template in a translation context, and its arguments."""

    context: str
    text: str
    args: dict[str, Any] = field(default_factory=dict)

    def render(
        self, translate: Translate | None = None, number: Callable[[int], str] | None = None
    ) -> str:
        """The text in the language ``translate`` gives; ``number`` writes the counts (the
        interface language's digit grouping: "5 000" in French)."""
        template = translate(self.context, self.text) if translate else self.text
        args = self.args
        if number is not None:
            args = {
                key: number(value) if type(value) is int else value for key, value in args.items()
            }
        return template.format(**args)

    def __str__(self) -> str:
        return self.render()
