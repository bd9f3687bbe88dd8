"""Open a database from a path or URL in one of three modes: local file, shared-folder file, server.

One ``Database`` per open database. Units of work are short sessions taken from it:
``with db.read() as s:`` for reads, ``with db.write(user_id) as s:`` for writes, which on SQLite
begin with ``BEGIN IMMEDIATE`` so a read-then-write never dies on a lock upgrade (PLATFORM-NOTES.md).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.errors import ConflictError, DatabaseBusyError, DatabaseError

from .audit import AuditedSession

Mode = Literal["local", "shared", "server"]
T = TypeVar("T")

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = {"local": 5_000, "shared": 10_000}
# A whole unit of work is retried this many times when SQLite still reports the file locked.
BUSY_RETRIES = 4


@dataclass
class Database:
    url: URL
    engine: Engine
    mode: Mode
    path: Path | None = None
    read_only: bool = False
    # Things the user should be told once (status bar / CLI stderr), e.g. a local-mode file on a network share.
    warnings: list[str] = field(default_factory=list)
    _reader: sessionmaker[AuditedSession] = field(init=False, repr=False)
    _writer: sessionmaker[AuditedSession] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._file_id: tuple[int, int] | None = None  # set once the file exists (see _open_sqlite)
        self._reader = sessionmaker(self.engine, class_=AuditedSession, expire_on_commit=False, autoflush=False)
        write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._writer = sessionmaker(write_engine, class_=AuditedSession, expire_on_commit=False)

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    def _identity(self) -> tuple[int, int] | None:
        if self.path is None:
            return None
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return stat.st_dev, stat.st_ino

    def check_file(self) -> None:
        """Refuse to go on when the file was deleted, replaced or its share went away while open.

        SQLite would keep reading and writing the old, unlinked file: saves would vanish with it.
        """
        if self._file_id is not None and self._identity() != self._file_id:
            raise DatabaseError(
                f"The database file {self.path} has disappeared or was replaced while open "
                "(deleted, moved, or the network folder is unreachable). Nothing more was saved; "
                "restore it or open it again."
            )

    def reopened(self) -> None:
        """After a restore replaced the file on purpose: follow the new file."""
        self.engine.dispose()
        self._file_id = self._identity()

    @contextmanager
    def read(self) -> Iterator[AuditedSession]:
        """A unit of work for reading (a deferred transaction: takes no write lock)."""
        self.check_file()
        with self._reader() as session, _translated_errors(self), session.begin():
            yield session

    @contextmanager
    def write(self, user_id: int | None = None) -> Iterator[AuditedSession]:
        """A write unit of work: commits on success, rolls everything back on any error."""
        if self.read_only:
            raise DatabaseError(f"{self.display_name} is read-only: changes cannot be saved")
        self.check_file()
        with self._writer() as session, _translated_errors(self):
            session.info["user_id"] = user_id
            with session.begin():
                yield session

    def run_write(self, work: Callable[[AuditedSession], T], user_id: int | None = None) -> T:
        """Run ``work`` in a write session, retrying the whole unit with backoff while the file is busy."""
        for attempt in range(BUSY_RETRIES + 1):
            try:
                with self.write(user_id) as session:
                    return work(session)
            except DatabaseBusyError:
                if attempt == BUSY_RETRIES:
                    raise
                time.sleep(0.05 * 2**attempt)
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def _translated_errors(db: Database) -> Iterator[None]:
    """Turn driver errors into the project's own, with the file named."""
    try:
        yield
    except StaleDataError as exc:
        raise ConflictError("record", "?") from exc
    except OperationalError as exc:
        message = str(exc.orig).lower()
        if "locked" in message or "busy" in message:
            raise DatabaseBusyError(f"{db.display_name} is busy: another user is saving; try again") from exc
        if "readonly" in message or "read-only" in message:
            raise DatabaseError(f"{db.display_name} is read-only: changes cannot be saved") from exc
        if "disk" in message and "full" in message:
            raise DatabaseError(f"The disk holding {db.display_name} is full") from exc
        raise DatabaseError(f"{db.display_name}: {exc.orig}") from exc


def resolve_url(target: str | os.PathLike[str]) -> URL:
    """A path becomes a SQLite URL; anything with ``://`` is taken as a database URL."""
    text = os.fspath(target)
    if "://" in text:
        url = make_url(text)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


def open_engine_only(target: str | os.PathLike[str], *, shared: bool = False, create: bool = True) -> Database:
    """Connect without touching the schema (``check`` and the migrator use this)."""
    url = resolve_url(target)
    if url.get_backend_name() == "sqlite":
        return _open_sqlite(url, shared=shared, create=create)
    if url.get_backend_name() == "postgresql":
        engine = create_engine(url, pool_pre_ping=True)
        try:
            with engine.connect():
                pass
        except DBAPIError as exc:
            engine.dispose()
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise DatabaseError(f"Cannot connect to {url.render_as_string(hide_password=True)}: {reason}") from exc
        return Database(url, engine, "server")
    raise DatabaseError(f"Unsupported database URL {url.render_as_string(hide_password=True)}")


def open_database(target: str | os.PathLike[str], *, shared: bool = False, create: bool = True) -> Database:
    """Open (and if needed create or migrate) the CRM database at ``target``."""
    from .migrate import ensure_schema

    db = open_engine_only(target, shared=shared, create=create)
    try:
        ensure_schema(db)
        _set_journal_mode(db)
    except BaseException:
        db.close()
        raise
    return db


def _open_sqlite(url: URL, *, shared: bool, create: bool) -> Database:
    path = Path(url.database or "")
    if not url.database or url.database == ":memory:":
        raise DatabaseError("An in-memory database cannot be shared between sessions; give a file path")
    if not path.parent.is_dir():
        raise DatabaseError(f"The folder {path.parent} does not exist")
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file")
    read_only = False
    if path.exists():
        _check_sqlite_header(path)
        # Write-permission bits count even for an administrator, to whom os.access says yes: a file marked
        # read-only (an archive, a colleague's copy) is opened read-only, never changed.
        read_only = not (path.stat().st_mode & 0o222) or not os.access(path, os.W_OK)
        read_only = read_only or not os.access(path.parent, os.W_OK)
    elif not create:
        raise DatabaseError(f"{path} does not exist")
    elif not os.access(path.parent, os.W_OK):
        raise DatabaseError(f"Cannot create {path}: the folder is not writable")

    mode: Mode = "shared" if shared else "local"
    network = network_filesystem(path)
    if network and not shared:
        # WAL needs shared memory that network filesystems do not provide: it would corrupt the file.
        mode = "shared"
    if read_only:
        connect_url = f"file:{path}?mode=ro"
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(connect_url, uri=True, check_same_thread=False)
        )
    else:
        engine = create_engine(url, connect_args={"check_same_thread": False})
    _install_sqlite_pragmas(engine, mode, read_only)
    db = Database(url, engine, mode, path=path, read_only=read_only)
    if network and not shared:
        db.warnings.append(
            f"{path} is on a network folder ({network}) but was opened as a local file: it is used in "
            "shared-folder mode (rollback journal, never WAL) so that other computers cannot corrupt it"
        )
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except DBAPIError as exc:
        engine.dispose()
        raise DatabaseError(f"{path} cannot be read as a database: {exc.orig}") from exc
    db._file_id = db._identity()
    return db


def _set_journal_mode(db: Database) -> None:
    """WAL is fast for one computer but unsafe on network filesystems: shared files use the rollback journal.

    Done only after the schema check, so a file we refuse is never touched (WAL is written in its header).
    """
    if db.path is None or db.read_only:
        return
    journal = "wal" if db.mode == "local" else "delete"
    db.engine.dispose()  # leaving WAL needs the only connection to the file
    raw = db.engine.raw_connection()  # outside any transaction, which the journal switch requires
    try:
        cursor = raw.cursor()
        if cursor.execute("PRAGMA journal_mode").fetchall()[0][0] != journal:
            try:
                cursor.execute(f"PRAGMA journal_mode = {journal}").fetchall()
            except sqlite3.OperationalError as exc:
                # Another instance has it open in the other mode: mixing WAL and rollback users is refused.
                wanted = "as a local file" if journal == "wal" else "on a shared folder"
                raise DatabaseError(
                    f"{db.display_name} is open on another computer or window in a different mode; it cannot "
                    f"be opened {wanted} now ({exc}). Open it the same way everyone else does."
                ) from exc
        cursor.close()
    finally:
        raw.close()


NETWORK_FS_TYPES = {"cifs", "smb3", "smbfs", "nfs", "nfs4", "fuse.sshfs", "9p", "afs", "ncpfs", "davfs", "fuse.davfs2"}


def network_filesystem(path: Path, mounts: str = "/proc/mounts") -> str | None:
    """The network filesystem type ``path`` lives on (``cifs``, ``nfs``, ``UNC``…), or None for a local disk."""
    text = str(path)
    if os.name == "nt":
        if text.startswith(("\\\\", "//")):
            return "UNC"
        import ctypes

        drive = os.path.splitdrive(text)[0]
        if drive and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4:  # DRIVE_REMOTE
            return "network drive"
        return None
    try:
        with open(mounts, encoding="utf-8", errors="replace") as fh:
            entries = [line.split()[1:3] for line in fh if len(line.split()) >= 3]
    except OSError:
        return None  # no /proc (macOS): cannot tell; shared mode stays the user's choice
    best, kind = "", None
    for point, fs in entries:
        point = point.replace("\\040", " ")
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, fs
    return kind if kind in NETWORK_FS_TYPES or (kind or "").startswith("nfs") else None


def _check_sqlite_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"{path} cannot be read: {exc.strerror}") from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseError(f"{path} is not a Rafiq CRM database (it is not an SQLite file)")


def _install_sqlite_pragmas(engine: Engine, mode: Mode, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS[mode]}")
        cur.execute("PRAGMA foreign_keys = ON")
        # 64 MB page cache (default 2 MB): large imports slow down superlinearly once indexes outgrow it.
        cur.execute("PRAGMA cache_size = -65536")
        if not read_only:
            cur.execute("PRAGMA synchronous = " + ("NORMAL" if mode == "local" else "FULL"))
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        begin = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {begin}")
