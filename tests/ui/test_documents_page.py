"""The Documents section offscreen on a real SQLite file: add, rename, delete to the Trash, drop a file URL
onto the page, previews of a PNG, a PDF and a text file, Open through the desktop services."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPoint, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QDropEvent, QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from crm_desktop.db.engine import open_database
from crm_desktop.services.document_list import DocumentList, RecordChoice
from crm_desktop.services.documents import DocumentFiles
from crm_desktop.services.people import ContactService, UserService
from crm_desktop.services.trash import TrashService
from crm_desktop.ui.documents.preview import first_lines, read_image
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.pages.documents_page import DocumentsPage
from crm_desktop.ui.workspace import Workspace


@pytest.fixture
def workspace(sqlite_path: Path) -> Iterator[Workspace]:
    db = open_database(sqlite_path)
    user = UserService(db).create({"login": "sara", "display_name": "Sara", "role": "admin"})
    ContactService(db, user.id).create({"display_name": "Layla Ahmad"})
    yield Workspace(db, user.id, user.display_name)
    db.close()


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "files"
    folder.mkdir()
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7f62"))
    image.save(str(folder / "logo.png"))
    pdf = io.BytesIO()
    canvas = Canvas(pdf)
    canvas.drawString(100, 700, "Offer")
    canvas.showPage()
    canvas.save()
    (folder / "offer.pdf").write_bytes(pdf.getvalue())
    (folder / "notes.txt").write_text("first line\nسطر دوم\n", encoding="utf-8")
    return {p.stem: p for p in folder.iterdir()}


def _page(qtbot: QtBot, workspace: Workspace) -> DocumentsPage:
    page = DocumentsPage(workspace)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    wait_for_ops()
    return page


def _layla(workspace: Workspace) -> int:
    return workspace.contacts().list()[0].id


def test_add_rename_and_delete_through_the_page(qtbot: QtBot, workspace: Workspace, files) -> None:
    page = _page(qtbot, workspace)
    assert page.model.rowCount() == 0 and not page.open_button.isEnabled()
    page.add_files([files["offer"], files["notes"]], {"contact_id": _layla(workspace)})
    wait_for_ops()
    assert [r.file_name for r in page.model.rows] == ["notes.txt", "offer.pdf"]
    assert "2" in page.count_label.text()
    assert page.selected_row() is not None and page.selected_row().file_name == "notes.txt"  # the newest added
    assert "Layla Ahmad" in page.model.data(page.model.index(0, 3))
    page.select_document(page.model.rows[1].id)
    page.rename_selected("Price offer 2026")
    wait_for_ops()
    assert page.model.rows[1].title == "Price offer 2026"
    assert DocumentList(workspace.db).row(page.model.rows[1].id).title == "Price offer 2026"
    deleted = page.model.rows[1].id
    page.select_document(deleted)
    page.delete_selected(confirm=False)
    wait_for_ops()
    assert [r.file_name for r in page.model.rows] == ["notes.txt"]
    assert any(item.id == deleted for item in TrashService(workspace.db).list("documents"))


def test_dropping_a_file_url_on_the_page_attaches_it(qtbot: QtBot, workspace: Workspace, files) -> None:
    page = _page(qtbot, workspace)
    page.set_record_filter(RecordChoice("contact", _layla(workspace), "Layla Ahmad"))
    wait_for_ops()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files["logo"])), QUrl("https://example.com/x.png")])
    drop = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    # QApplication.sendEvent drops a Drop event when no real drag is running (offscreen there is none),
    # so the event goes to the page's drop filter exactly as Qt hands it over during a real drag.
    assert page.drop_filter.eventFilter(page, drop) and drop.isAccepted()
    wait_for_ops()
    assert [r.file_name for r in page.model.rows] == ["logo.png"]
    row = page.model.rows[0]
    assert (row.link_kind, row.link_id) == ("contact", _layla(workspace))
    empty = QMimeData()
    empty.setText("not a file")
    refused = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, empty, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    refused.ignore()
    assert not page.drop_filter.eventFilter(page, refused)
    wait_for_ops()
    assert len(page.model.rows) == 1


def test_previews_of_png_pdf_and_text(qtbot: QtBot, workspace: Workspace, files, tmp_path: Path) -> None:
    attach = DocumentFiles(workspace.db, workspace.user_id).attach
    ids = {name: attach(path, contact_id=_layla(workspace)).document.id for name, path in files.items()}
    page = _page(qtbot, workspace)
    for name, mode in (("logo", "image"), ("offer", "pdf"), ("notes", "text")):
        assert page.select_document(ids[name])
        wait_for_ops()
        assert page.preview.mode == mode, name
    page.select_document(ids["logo"])
    wait_for_ops()
    pixmap = page.preview.picture.pixmap()
    assert pixmap.width() <= 1600 and pixmap.toImage().pixelColor(5, 5).name() == "#2a7f62"
    page.select_document(ids["offer"])
    wait_for_ops()
    page.grab().save(str(tmp_path / "documents.png"))
    assert page.preview.picture.pixmap().toImage().pixelColor(2, 2).name() == "#ffffff"  # a white page


def test_image_bombs_are_not_decoded_and_text_is_cut(tmp_path: Path, qapp) -> None:
    buffer = io.BytesIO()
    # A PNG header claiming 100,000 x 100,000 pixels (10 gigapixels) with no real data behind it.
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    buffer.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)))
    buffer.write(chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b""))
    assert read_image(buffer.getvalue()) is None
    assert read_image(b"not an image") is None
    text = first_lines(("line\n" * 500).encode() + b"\x1b[31m")
    assert text.count("\n") == 59


class _Catcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_writes_a_safely_named_copy_and_hands_it_to_the_desktop(qtbot: QtBot, workspace: Workspace, tmp_path):
    evil = tmp_path / "evil"
    evil.mkdir()
    name = "CON.\u202etxt.exe"
    (evil / name).write_bytes(b"data")
    doc = DocumentFiles(workspace.db, workspace.user_id).attach(evil / name, contact_id=_layla(workspace)).document
    page = _page(qtbot, workspace)
    assert "\u202e" not in page.model.data(page.model.index(0, 0))
    catcher = _Catcher()
    QDesktopServices.setUrlHandler("file", catcher, "handle")
    try:
        page.select_document(doc.id)
        page.open_selected()
        wait_for_ops()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert len(catcher.urls) == 1
    opened = Path(catcher.urls[0].toLocalFile())
    assert opened.name == "_CON.txt.exe" and opened.read_bytes() == b"data"
    target = tmp_path / "copy.bin"
    page.save_copy(str(target))
    wait_for_ops()
    assert target.read_bytes() == b"data"


def test_letters_dialog_saves_a_template_and_writes_the_pdf(qtbot: QtBot, workspace: Workspace, tmp_path) -> None:
    from crm_desktop.services.letters import LetterTemplates
    from crm_desktop.ui.documents.letter_dialog import LetterDialog

    dialog = LetterDialog(workspace)
    qtbot.addWidget(dialog)
    wait_for_ops()
    dialog.name.setText("Welcome")
    dialog.title_edit.setText("Welcome {first_name}")
    dialog.body.setPlainText("Dear {display_name},\nwelcome. [{unknown}]")
    dialog.save_template()
    wait_for_ops()
    assert LetterTemplates(workspace.db).get("Welcome").title == "Welcome {first_name}"
    assert dialog.templates.currentText() == "\u2068Welcome\u2069"
    dialog.make_pdf(str(tmp_path / "none.pdf"))
    assert "Choose a contact first." in dialog.status.text() and not (tmp_path / "none.pdf").exists()
    dialog.set_contact(RecordChoice("contact", _layla(workspace), "Layla Ahmad"))
    dialog.make_pdf(str(tmp_path / "welcome"))
    wait_for_ops()
    assert dialog.written == tmp_path / "welcome.pdf" and dialog.written.read_bytes().startswith(b"%PDF-")
    assert "1 letter(s) written" in dialog.status.text() or "1 letter written" in dialog.status.text()
    dialog.by_tag.setChecked(True)
    dialog.tag.setText("nobody")
    dialog.make_pdf(str(tmp_path / "tag.pdf"))
    wait_for_ops()
    assert "nobody is not one of the choices" in dialog.status.text() and not (tmp_path / "tag.pdf").exists()


def test_dropping_a_file_on_a_contacts_360_view_attaches_it(qtbot: QtBot, workspace: Workspace, files) -> None:
    from crm_desktop.ui.documents.drop import FileDropFilter
    from crm_desktop.ui.pages.record_detail import RecordDetail

    detail = RecordDetail(workspace, "contacts")
    qtbot.addWidget(detail)
    detail.show_record(_layla(workspace))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files["notes"]))])
    drop = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    assert detail.acceptDrops() and detail.findChild(FileDropFilter).eventFilter(detail, drop)
    rows = DocumentList(workspace.db).page().rows
    assert [(r.file_name, r.link_kind, r.link_id) for r in rows] == [("notes.txt", "contact", _layla(workspace))]


def test_the_list_pages_in_as_the_view_asks_for_more(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    attach = DocumentFiles(workspace.db, workspace.user_id).attach
    for i in range(25):
        (folder / f"n{i:02}.txt").write_text(str(i))
        attach(folder / f"n{i:02}.txt", contact_id=_layla(workspace))
    page = DocumentsPage(workspace)
    qtbot.addWidget(page)
    page.model.service.page_size = 10
    page.apply_filters()
    wait_for_ops()
    assert page.model.rowCount() == 10 and page.model.total == 25 and page.model.canFetchMore()
    while page.model.canFetchMore():
        page.model.fetchMore()
        wait_for_ops()
    names = [r.file_name for r in page.model.rows]
    assert len(names) == 25 and names == sorted(names, reverse=True)
    page.filters.quick_filter.setText("n0")
    page.apply_filters()
    wait_for_ops()
    assert page.model.total == 10 and "10" in page.count_label.text()


def _click_header(page: DocumentsPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    wait_for_ops()
    while page.model.canFetchMore():
        page.model.fetchMore()
        wait_for_ops()


def test_clicking_a_header_sorts_in_the_database(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    from crm_desktop.ui.documents.model import ADDED, KIND, SIZE, TITLE

    folder = tmp_path / "sorted"
    folder.mkdir()
    attach = DocumentFiles(workspace.db, workspace.user_id).attach
    names = ["gamma", "Alpha", "قرارداد", "beta", "delta", "آرشیو", "epsilon", "zeta", "Beta", "eta", "theta", "iota"]
    for i, name in enumerate(names):
        (folder / f"{name}.txt").write_text("x" * (100 * ((i * 7) % 12) + i))
        attach(folder / f"{name}.txt", contact_id=_layla(workspace))
    page = _page(qtbot, workspace)
    page.model.service.page_size = 5  # the sorted order must hold across pages fetched later
    header = page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (ADDED, Qt.SortOrder.DescendingOrder)

    _click_header(page, SIZE)
    sizes = [r.size for r in page.model.rows]
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert len(sizes) == 12 and sizes == sorted(sizes, reverse=descending) and header.sortIndicatorSection() == SIZE
    _click_header(page, SIZE)  # the same header again: the other way round
    assert [r.size for r in page.model.rows] == sorted(sizes, reverse=not descending)

    _click_header(page, TITLE)
    titles = [r.title.lower() for r in page.model.rows]
    order = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert titles == sorted(titles, reverse=order) and titles[-1 if order else 0] == "alpha"
    before = [r.id for r in page.model.rows]
    _click_header(page, KIND)  # not sortable: nothing reloads and the indicator stays on Title
    assert [r.id for r in page.model.rows] == before and header.sortIndicatorSection() == TITLE


@pytest.fixture
def persian(qapp) -> Iterator[None]:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QFont

    from crm_desktop.ui.language import apply_language

    before, font, direction = QLocale(), QFont(qapp.font()), qapp.layoutDirection()
    applied = apply_language(qapp, "fa")
    yield
    for translator in applied.translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
    qapp.setFont(font)
    qapp.setLayoutDirection(direction)


def test_letters_dialog_refusals_in_persian(qtbot: QtBot, workspace: Workspace, tmp_path: Path, persian) -> None:
    from crm_desktop.services.saved_searches import SavedSearchService
    from crm_desktop.ui.documents.letter_dialog import LetterDialog

    SavedSearchService(workspace.db).create("بدون نتیجه", "contacts", {"query": "zzz"})
    workspace.lang = "fa"
    dialog = LetterDialog(workspace)
    qtbot.addWidget(dialog)
    wait_for_ops()
    dialog.body.setPlainText("{display_name} گرامی،\nHauptstr. 5")
    first = dialog.body.document().firstBlock()  # reads right-to-left as printed, though it starts with {…}
    assert first.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert first.next().blockFormat().layoutDirection() == Qt.LayoutDirection.LayoutDirectionAuto
    dialog.by_tag.setChecked(True)
    dialog.tag.setText("nobody")
    dialog.make_pdf(str(tmp_path / "tag.pdf"))
    wait_for_ops()
    text = dialog.status.text()
    assert text.startswith("برچسب: ") and "\u2068nobody\u2069" in text and "choices" not in text, text
    dialog.by_search.setChecked(True)
    dialog.make_pdf(str(tmp_path / "search.pdf"))
    wait_for_ops()
    assert "جستجوی ذخیره‌شده جور نیست" in dialog.status.text() and "saved search" not in dialog.status.text()
    assert not (tmp_path / "tag.pdf").exists() and not (tmp_path / "search.pdf").exists()
    dialog.resize(640, 560)
    dialog.show()
    wait_for_ops()
    dialog.grab().save(str(tmp_path / "letters-fa.png"))
