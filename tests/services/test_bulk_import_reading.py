"""Reading real spreadsheet files: encodings, delimiters, quoting, and bad input."""

from __future__ import annotations

import codecs
import tracemalloc
from pathlib import Path

import pytest

from reseller_desktop.services.bulk_import.columns import COLUMNS, match_headers
from reseller_desktop.services.bulk_import.reading import (
    ReadError,
    changed_on_disk,
    read_sheet,
)
from reseller_desktop.services.bulk_import.template import template_rows, write_template

FRENCH_HEADERS = ["Raison sociale", "Préfixe de domaine", "Pays", "Adresse", "Ville", "Code postal"]
FRENCH_ROW = ["Crème & Café", "cremecafe", "France", "12 rue de l'Église", "Orléans", "45000"]


def write(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [
        ("utf-8", ","),
        ("utf-8-sig", ";"),
        ("utf-16", "\t"),  # Excel's "Unicode text": UTF-16 with a BOM, tabs
        ("utf-16-le", ","),  # no byte-order mark
        ("cp1252", ";"),  # French Excel's "CSV (séparateur: point-virgule)"
    ],
)
def test_reads_each_encoding_and_delimiter(tmp_path: Path, encoding: str, delimiter: str) -> None:
    text = "\r\n".join(delimiter.join(r) for r in (FRENCH_HEADERS, FRENCH_ROW)) + "\r\n"
    sheet = read_sheet(write(tmp_path / "f.csv", text, encoding))
    assert sheet.delimiter == delimiter
    assert sheet.headers == FRENCH_HEADERS
    assert [r.cells for r in sheet.rows] == [tuple(FRENCH_ROW)]
    assert match_headers(sheet.headers).fields == [
        "company_name",
        "domain_prefix",
        "country",
        "address_line1",
        "city",
        "postal_code",
    ]


def test_excel_sep_line_and_quoted_fields_with_delimiters_and_newlines(tmp_path: Path) -> None:
    text = (
        "sep=;\r\n"
        "Company name;Address line 1;City\r\n"
        '"Dupont; Fils & Cie";"Bâtiment B\r\n3 allée des ""Lilas""";Lyon\r\n'
        "Martin;1 rue Haute;Nantes\r\n"
    )
    sheet = read_sheet(write(tmp_path / "excel.csv", text, "cp1252"))
    assert sheet.delimiter == ";"
    assert sheet.rows[0].cells == (
        "Dupont; Fils & Cie",
        'Bâtiment B\r\n3 allée des "Lilas"',
        "Lyon",
    )
    # Line numbers are the file's: the sep line is 1, the headers 2, the quoted row spans 3-4.
    assert [r.line for r in sheet.rows] == [3, 5]


def test_utf8_file_with_windows_1252_far_down_is_read_as_windows_1252(tmp_path: Path) -> None:
    rows = ["Company name,City"] + [f"Firm {i},Paris" for i in range(4000)] + ["Société,Évry"]
    sheet = read_sheet(write(tmp_path / "late.csv", "\n".join(rows), "cp1252"))
    assert sheet.encoding == "cp1252"
    assert sheet.rows[-1].cells == ("Société", "Évry")


def test_template_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "template.csv"
    write_template(path)
    sheet = read_sheet(path)
    assert path.read_bytes().startswith(codecs.BOM_UTF8)
    assert [sheet.headers, list(sheet.rows[0].cells)] == template_rows()
    assert match_headers(sheet.headers).complete


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"\r\n  \r\n", "empty"),
        (b"Company name,City\r\n", "no customers"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0" * 50, "not a CSV"),
        (bytes(range(256)) * 20, "not a CSV"),
    ],
)
def test_bad_files_say_why(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ReadError) as raised:
        read_sheet(path)
    assert expected in raised.value.message.render()


def test_too_many_rows_is_refused_with_the_cap(tmp_path: Path) -> None:
    rows = ["Company name,City"] + [f"Firm {i},Paris" for i in range(5001)]
    path = write(tmp_path / "big.csv", "\n".join(rows), "utf-8")
    with pytest.raises(ReadError) as raised:
        read_sheet(path)
    assert "more than 5000 customers" in raised.value.message.render()
    # The window writes the counts as the interface language writes numbers.
    spaced = raised.value.message.render(number=lambda n: f"{n:,}".replace(",", " "))
    assert "more than 5 000 customers" in spaced and "limited to 5 000 (" in spaced
    assert len(read_sheet(path, max_rows=6000).rows) == 5001


def test_a_huge_file_is_streamed_with_progress_and_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    line = "Firm,Paris," + "x" * 200 + "\n"
    with open(path, "w", encoding="utf-8") as out:
        out.write("Company name,City,Notes\n")
        for _ in range(100):
            out.write(line * 4096)  # about 85 MB
    seen: list[int] = []
    tracemalloc.start()
    with pytest.raises(ReadError) as raised:
        read_sheet(path, progress=lambda done, total: seen.append(done))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "more than 5000" in raised.value.message.render()
    assert seen and seen == sorted(seen)
    assert peak < 20 * 1024 * 1024  # stopped at the cap, not loaded whole


def test_a_cell_of_10000_characters_is_read_and_left_to_the_checks(tmp_path: Path) -> None:
    path = write(tmp_path / "long.csv", "Company name,City\n" + "A" * 10_000 + ",Paris\n", "utf-8")
    assert len(read_sheet(path).rows[0].cells[0]) == 10_000


def test_a_change_on_disk_is_noticed(tmp_path: Path) -> None:
    path = write(tmp_path / "f.csv", "Company name,City\nA,Paris\n", "utf-8")
    sheet = read_sheet(path)
    assert not changed_on_disk(sheet)
    path.write_text("Company name,City\nA,Paris\nB,Lyon\n", encoding="utf-8")
    assert changed_on_disk(sheet)


def test_headers_match_in_any_case_and_without_accents() -> None:
    mapping = match_headers(
        ["RAISON SOCIALE", "code postal", "prefixe de domaine", "Notes", "Pays"]
    )
    assert mapping.fields == ["company_name", "postal_code", "domain_prefix", None, "country"]
    assert mapping.unknown == [3]
    assert "offer" in mapping.missing and "company_name" not in mapping.missing


def test_agreement_columns_follow_2026_and_reseller_is_required_for_indirect_providers() -> None:
    """No tick and no date any more (the customer accepts): a pre-2026 file's agreement columns
    are ignored, not unknown; the signer columns are "Accepted by"; Reseller is required only
    for an indirect provider; Default GDAP is recognised in English and French."""
    headers = [c.header for c in COLUMNS]
    assert "Agreement accepted" not in headers and "Agreement date" not in headers
    assert {"Accepted by first name", "Reseller", "Default GDAP"} <= set(headers)
    before_2026 = [("Signer email" if h == "Accepted by email" else h) for h in headers]
    old = match_headers([*before_2026, "Agreement accepted", "Date d'acceptation"])
    assert old.complete and len(old.obsolete) == 2
    french = match_headers(["Accepté par : prénom", "Revendeur", "GDAP par défaut"])
    assert french.fields == ["mca_signer_first_name", "reseller", "gdap_default"]
    without_reseller = [h for h in headers if h != "Reseller"]
    assert match_headers(without_reseller).complete
    assert match_headers(without_reseller, indirect=True).missing == ["reseller"]
    assert match_headers(headers, indirect=True).complete
