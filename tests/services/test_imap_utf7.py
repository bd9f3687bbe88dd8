"""IMAP modified UTF-7 folder names (RFC 3501 §5.1.3) both ways, on the RFC's own examples and ours."""

from __future__ import annotations

import pytest

from crm_desktop.services.imap_fetch import parse_list
from crm_desktop.services.imap_utf7 import decode_folder, encode_folder

CASES = [
    ("~peter/mail/台北/日本語", "~peter/mail/&U,BTFw-/&ZeVnLIqe-"),  # RFC 3501 §5.1.3
    ("مشتریان", "&BkUGNAYqBjEGzAYnBkY-"),
    ("Entwürfe", "Entw&APw-rfe"),
    ("Sent Items", "Sent Items"),
    ("R&D", "R&-D"),  # "&" itself is "&-"
    ("بایگانی/۱۴۰۳", "&BigGJwbMBq8GJwZGBsw-/&BvEG9AbwBvM-"),
    ("a😀b", "a&2D3eAA-b"),  # outside the BMP: a UTF-16 surrogate pair
    ("", ""),
]


@pytest.mark.parametrize(("name", "wire"), CASES)
def test_encode_and_decode(name: str, wire: str) -> None:
    assert encode_folder(name) == wire
    assert decode_folder(wire) == name


def test_slash_in_base64_is_a_comma_and_there_is_no_padding() -> None:
    assert "/" not in encode_folder("台") and "=" not in encode_folder("台北")
    assert encode_folder("台") == "&U,A-"


@pytest.mark.parametrize("bad", ["&Jjo!", "&U/A-", "&U,A=-", "Entwürfe", "&A-"])
def test_invalid_names_are_refused_with_the_name(bad: str) -> None:
    with pytest.raises(ValueError, match="modified UTF-7"):
        decode_folder(bad)


def test_list_responses_are_decoded_sorted_and_noselect_left_out() -> None:
    data = [
        b'(\\HasNoChildren) "." "Sent Items"',
        b'(\\Noselect \\HasChildren) "/" "[Gmail]"',
        b'(\\HasNoChildren) "." INBOX',
        (b'(\\HasNoChildren) "." {12}', b"Entw&APw-rfe"),
        b'(\\HasNoChildren) "." "&BkUGNAYqBjEGzAYnBkY-"',
        b'(\\HasNoChildren) NIL "Odd &name"',  # not valid modified UTF-7: kept as the server sent it
    ]
    assert parse_list(data) == ["INBOX", "Entwürfe", "Odd &name", "Sent Items", "مشتریان"]
