"""The results of an import as a CSV file: every column except the password, each cell made
inert for spreadsheets (domain/spreadsheet_safety.py)."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reseller_desktop.domain.spreadsheet_safety import neutralise


@dataclass(frozen=True)
class ResultLine:
    line: int
    company: str
    domain: str
    admin_user: str
    result: str  # translated by the caller
    message: str
    customer_id: str


def write_results(
    path: Path, headers: list[str], lines: Iterable[ResultLine], delimiter: str = ","
) -> None:
    """Write the file next to ``path`` and move it into place once complete."""
    partial = path.with_name(f".{path.name}.part")
    try:
        with open(partial, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=delimiter)
            writer.writerow([neutralise(h) for h in headers])
            for item in lines:
                cells = [
                    str(item.line),
                    item.company,
                    item.domain,
                    item.admin_user,
                    item.result,
                    item.message,
                    item.customer_id,
                ]
                writer.writerow([neutralise(c) for c in cells])
        os.replace(partial, path)
    finally:
        if partial.exists():
            partial.unlink()
