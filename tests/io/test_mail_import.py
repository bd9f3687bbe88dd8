"""Importing .eml files and mbox mailboxes: decoding, links, threads, duplicates, hostile input."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from email.message import EmailMessage as Mime
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Document, EmailMessage, email_contacts
from crm_desktop.errors import ImportFileError
from crm_desktop.io.eml import parse_message, read_eml, safe_file_name
from crm_desktop.io.mbox import iter_mbox
from crm_desktop.services.mail_import import MailImporter
from crm_desktop.services.people import ContactService


def _mail(n: int, sender: str = "mina@example.com", reply_to: str | None = None, attach: bool = True) -> bytes:
    msg = Mime()
    msg["From"] = f"Mina <{sender}>"
    msg["To"] = "Sales <sales@shop.example.com>, Reza@Example.com"
    msg["Subject"] = f"پیش‌فاکتور {n}"
    msg["Message-ID"] = f"<m{n}@example.com>"
    msg["Date"] = format_datetime(datetime(2026, 3, 1, 10, n % 60, tzinfo=UTC))
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = f"<m0@example.com> {reply_to}"
    msg.set_content(f"سلام، پیام {n}\nFrom the desk\n")
    msg.add_alternative(f'<p dir="rtl">سلام {n}</p>', subtype="html")
    if attach:
        msg.add_attachment(b"%PDF-1.4 offer " + str(n).encode(), maintype="application", subtype="pdf",
                           filename="../../etc/passwd")  # fmt: skip
    return bytes(msg)


def _mbox(path: Path, messages: list[bytes]) -> Path:
    with path.open("wb") as out:
        for data in messages:
            out.write(b"From sender@example.com Sun Mar  1 10:00:00 2026\n")
            body = b"\n".join(b">" + line if line.startswith(b"From ") else line for line in data.split(b"\n"))
            out.write(body.rstrip(b"\n") + b"\n\n")
    return path


def test_rfc2047_headers_in_arabic_charsets() -> None:
    subject_1256 = base64.b64encode("عرض سعر".encode("cp1256")).decode()
    subject_8859 = base64.b64encode("فاتورة".encode("iso-8859-6")).decode()
    raw = (
        f"From: =?windows-1256?B?{subject_1256}?= <a@example.com>\n"
        f"To: b@example.com\nSubject: =?iso-8859-6?B?{subject_8859}?= =?utf-8?Q?=D9=86=D9=87=D8=A7=D8=A6=D9=8A?=\n"
        "Message-ID: <x1@example.com>\nContent-Type: text/plain; charset=windows-1256\n"
        "Content-Transfer-Encoding: 8bit\n\n"
    ).encode() + "مرحبا".encode("cp1256")
    mail = parse_message(raw)
    assert mail.subject == "فاتورةنهائي"  # RFC 2047: the space between two encoded words is not text
    assert mail.from_display.startswith("عرض سعر") and mail.from_address == "a@example.com"
    assert mail.text_body.strip() == "مرحبا"


def test_hostile_attachment_names() -> None:
    assert safe_file_name("../../etc/passwd") == "passwd"
    assert safe_file_name("..\\..\\boot.ini") == "boot.ini"
    assert safe_file_name("CON.txt") == "_CON.txt"
    assert safe_file_name("invoice\u202egpj.exe") == "invoicegpj.exe"
    assert safe_file_name("", "image/png") == "attachment.png"
    assert safe_file_name("a:b*c?.txt") == "a_b_c_.txt"


def test_malformed_mime_and_deep_nesting_do_not_crash() -> None:
    broken = b'From: a@example.com\nSubject: x\nContent-Type: multipart/mixed; boundary="zz"\n\nno boundary here\n'
    assert parse_message(broken).subject == "x"
    deep = b"From: a@example.com\nSubject: deep\nMessage-ID: <deep@example.com>\n"
    body = b""
    for level in range(1000):
        body += b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (level, level)
    body += b"Content-Type: text/plain\n\ninnermost\n"
    mail = parse_message(deep + body)
    assert mail.subject == "deep" and mail.problems
    bad_charset = b"From: a@example.com\nContent-Type: text/plain; charset=x-nonsense\n\nhello\n"
    assert parse_message(bad_charset).text_body.strip() == "hello"


def test_eml_import_links_threads_and_skips_duplicates(db: Database, tmp_path: Path) -> None:
    people = ContactService(db)
    mina = people.create({"display_name": "Mina", "emails": [{"address": "Mina@Example.com"}]})
    reza = people.create({"display_name": "Reza", "emails": [{"address": "reza@example.com"}]})
    first, reply = tmp_path / "a.eml", tmp_path / "b.eml"
    first.write_bytes(_mail(0))
    reply.write_bytes(_mail(1, reply_to="<m0@example.com>"))
    importer = MailImporter(db)
    report = importer.import_file(first)
    assert (report.added, report.attachments, report.linked) == (1, 1, 1)
    importer.import_file(reply)
    assert importer.import_file(first).duplicates == 1
    with db.read() as session:
        rows = session.scalars(select(EmailMessage).order_by(EmailMessage.id)).all()
        assert [r.thread_key for r in rows] == ["<m0@example.com>", "<m0@example.com>"]
        assert rows[0].subject == "پیش‌فاکتور 0" and "سلام" in rows[0].text_body and 'dir="rtl"' in rows[0].html_body
        assert session.scalar(select(func.count()).select_from(EmailMessage)) == 2
        doc = session.scalars(select(Document)).first()
        assert doc.file_name == "passwd" and doc.mime_type == "application/pdf" and doc.contact_id == mina.id
    with db.read() as session:
        pairs = set(session.execute(select(email_contacts.c.email_id, email_contacts.c.contact_id)).all())
    assert {c for _, c in pairs} == {mina.id, reza.id} and len(pairs) == 4


def test_mbox_streams_unquotes_and_is_idempotent(db: Database, tmp_path: Path) -> None:
    path = _mbox(tmp_path / "box.mbox", [_mail(i, attach=i % 2 == 0) for i in range(7)])
    raws = list(iter_mbox(path))
    assert [r.number for r in raws] == list(range(1, 8))
    assert "From the desk" in parse_message(raws[0].data).text_body
    report = MailImporter(db).import_file(path)
    assert (report.read, report.added, report.attachments) == (7, 7, 4)
    again = MailImporter(db).import_file(path)
    assert (again.added, again.duplicates) == (0, 7)


def test_not_an_mbox_is_a_clear_error(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "notes.mbox"
    path.write_text("name,email\nMina,mina@example.com\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="not an mbox"):
        MailImporter(db).import_file(path)
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    with pytest.raises(ImportFileError, match="empty"):
        read_eml(empty)
    with pytest.raises(ImportFileError, match="cannot be read"):
        MailImporter(db).import_file(tmp_path / "gone.mbox")


def test_mbox_from_quoting_is_undone(tmp_path: Path) -> None:
    plain = b"From: a@example.com\nSubject: quoted\nMessage-ID: <q@example.com>\n\nFrom the desk\n>From here\n"
    raws = list(iter_mbox(_mbox(tmp_path / "q.mbox", [plain, plain.replace(b"<q@", b"<r@")])))
    assert len(raws) == 2
    assert parse_message(raws[0].data).text_body == "From the desk\nFrom here\n"


def test_cli_imports_eml_and_mbox(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from crm_desktop.cli import main

    dbfile = str(tmp_path / "crm.sqlite3")
    assert main(["init", "--db", dbfile]) == 0
    eml = tmp_path / "offer.eml"
    eml.write_bytes(_mail(3))
    box = _mbox(tmp_path / "inbox.mbox", [_mail(i) for i in range(3, 6)])
    capsys.readouterr()
    assert main(["import", str(eml), "--db", dbfile, "--json"]) == 0
    assert '"added": 1' in capsys.readouterr().out
    assert main(["import", str(box), "--db", dbfile]) == 0
    assert "2 emails added, 1 already stored" in capsys.readouterr().out
    bad = tmp_path / "bad.mbox"
    bad.write_text("hello\n", encoding="utf-8")
    assert main(["import", str(bad), "--db", dbfile]) != 0
    assert "not an mbox" in capsys.readouterr().err
