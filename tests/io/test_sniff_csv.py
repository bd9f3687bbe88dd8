"""CSV sources: encodings, delimiters and headers as Excel, Outlook and Google write them; bad files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from crm_desktop.errors import ImportFileError
from crm_desktop.io.csv_import import CsvSource
from crm_desktop.io.sniff import detect_encoding

from .conftest import FIXTURES


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter", "columns"),
    [
        ("google_contacts.csv", "utf-8", ",", 36),
        ("outlook_contacts_cp1256.csv", "cp1256", ",", 90),
        ("excel_unicode_text_utf16.txt", "utf-16", "\t", 7),
        ("excel_arabic_cp1256.csv", "cp1256", ",", 7),
        ("german_semicolon_cp1252.csv", "cp1252", ";", 12),
    ],
)
def test_real_files_are_recognised(name: str, encoding: str, delimiter: str, columns: int) -> None:
    source = CsvSource(FIXTURES / name)
    assert (source.encoding, source.delimiter, source.has_header, len(source.header)) == (
        encoding,
        delimiter,
        True,
        columns,
    )


def test_text_comes_out_right_in_every_encoding() -> None:
    assert CsvSource(FIXTURES / "excel_unicode_text_utf16.txt").header[:3] == ["نام", "نام خانوادگی", "موبایل"]
    arabic = CsvSource(FIXTURES / "excel_arabic_cp1256.csv")
    assert arabic.header[1] == "البريد الإلكتروني"
    assert [r.cells[0] for r in arabic.rows()] == ["محمد العلي", "مريم احمدي", "سارة الحربي"]
    german = CsvSource(FIXTURES / "german_semicolon_cp1252.csv")
    assert [r.cells[6] for r in german.rows()] == ["Hauptstraße 5", "Königsallee 1; 2. OG"]


def test_rows_carry_the_line_they_start_on() -> None:
    # Google's first contact has a two-line note and a three-line formatted address (quoted newlines).
    assert [r.line for r in CsvSource(FIXTURES / "google_contacts.csv").rows()] == [2, 6, 7, 8]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF8 + b"a,b\n", "utf-8-sig"),
        ("نام,ایمیل\n".encode("utf-16-le"), "utf-16-le"),
        ("نام,ایمیل\n".encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF16_BE + "نام\n".encode("utf-16-be"), "utf-16"),
        ("الاسم,الهاتف\nمحمد العلي,0501234567\nسارة,0551234567\n".encode("iso8859_6"), "iso8859_6"),
    ],
)
def test_encoding_detection(data: bytes, expected: str) -> None:
    assert detect_encoding(data) == expected


def test_encoding_and_delimiter_can_be_overridden(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes("name;note\nJörg;a,b\n".encode("cp1252"))
    source = CsvSource(path, encoding="latin-1", delimiter=",", has_header=False)
    assert source.encoding == "iso8859-1" and source.header == ["Column 1", "Column 2"]
    assert [r.cells for r in source.rows()][1] == ["Jörg;a", "b"]


def test_a_first_row_of_data_is_not_taken_for_a_header(tmp_path: Path) -> None:
    path = tmp_path / "no_header.csv"
    path.write_text("Ali Rezaei,ali@example.ir,+98 912 345 6789\nSara,sara@example.de,+49 151 2345678\n")
    source = CsvSource(path)
    assert not source.has_header and len(list(source.rows())) == 2


def _bad(tmp_path: Path, name: str, data: bytes) -> ImportFileError:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportFileError) as caught:
        list(CsvSource(path).rows())
    assert str(path) in str(caught.value)
    return caught.value


def test_bad_files_say_what_and_where(tmp_path: Path) -> None:
    assert "empty" in str(_bad(tmp_path, "empty.csv", b""))
    assert "empty" in str(_bad(tmp_path, "blank.csv", b"\r\n\r\n"))
    assert "PNG" in str(_bad(tmp_path, "photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert "Excel" in str(_bad(tmp_path, "book.csv", b"PK\x03\x04" + b"\x00" * 40))
    assert ".xls" in str(_bad(tmp_path, "old.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100))
    assert "binary" in str(_bad(tmp_path, "nul.csv", b"name,email\nab\x00\x01\x02\x03cd,\x00\n" * 3))
    cut = _bad(tmp_path, "cut_char.csv", "name\nعلی\n".encode()[:-2])
    assert "cut off" in str(cut) and cut.line == 2
    quote = _bad(tmp_path, "cut_quote.csv", b'name,note\nAli,"a long note\nthat never ends')
    assert "ends inside a quoted cell" in str(quote) and quote.line == 2


def test_mixed_encodings_stop_at_the_line(tmp_path: Path) -> None:
    lines = [f"نام{i},n{i}@example.com\n".encode() for i in range(5000)]
    lines[4321] = "مريم,m@example.ir\n".encode("cp1256")  # one line pasted from an old Windows file
    error = _bad(tmp_path, "mixed.csv", b"name,email\n" + b"".join(lines))
    assert error.line == 4323 and "utf-8" in str(error) and "mixes encodings" in str(error)


def test_a_ten_megabyte_cell_is_refused_with_its_line(tmp_path: Path) -> None:
    data = b'name,note\nAli,short\nSara,"' + b"x" * 10_000_000 + b'"\n'
    error = _bad(tmp_path, "huge.csv", data)
    assert error.line == 3 and "characters" in str(error)


def test_a_ten_megabyte_line_without_quotes_is_refused(tmp_path: Path) -> None:
    error = _bad(tmp_path, "longline.csv", b"name,note\nAli," + b"y" * 5_000_000 + b"\n")
    assert error.line == 2
