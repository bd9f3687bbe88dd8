"""Mail accounts: SMTP/IMAP settings with validation, per-account extras, and where their passwords live.

The ``mail_accounts`` table holds the SMTP columns and the IMAP host/port/user. What it lacks (IMAP security,
the folders to fetch, "store every message" versus "only messages involving known contacts", and the last
UIDVALIDITY/UID fetched per folder) is kept in the key/value ``settings`` table under ``mail_account:<uid>``,
so no schema change is needed. Passwords never reach the database: they go through ``PasswordStore``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.config import config_dir
from crm_desktop.db.engine import Database
from crm_desktop.db.models import MailAccount, Setting
from crm_desktop.errors import ConflictError, NotFoundError

from .mail_secrets import PasswordStore
from .validation import FieldErrors, clean_text, normalize_email

SECURITIES = ("ssl", "starttls", "none")  # SSL/TLS from the first byte, STARTTLS upgrade, none (loopback only)
DEFAULT_PORTS = {"smtp": {"ssl": 465, "starttls": 587, "none": 25}, "imap": {"ssl": 993, "starttls": 143, "none": 143}}
MAX_FOLDERS = 50


def password_file() -> Path:
    """The opt-in fallback file (0600, not encrypted) used only where no keyring exists and the user agreed."""
    return config_dir() / "mail-passwords.json"


def password_store(opt_in_file: bool = False) -> PasswordStore:
    """Reading always looks at the fallback file too (it exists only if the user once opted in)."""
    return PasswordStore(password_file() if opt_in_file or password_file().exists() else None)


@dataclass(frozen=True)
class FolderState:
    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class MailAccountDTO:
    id: int
    uid: str
    version: int
    name: str
    address: str
    smtp_host: str | None
    smtp_port: int | None
    smtp_security: str
    username: str | None
    imap_host: str | None
    imap_port: int | None
    imap_security: str = "ssl"
    folders: tuple[str, ...] = ("INBOX",)
    store_all: bool = False
    state: Mapping[str, FolderState] = field(default_factory=dict)
    last_fetch: str | None = None  # ISO time of the last successful fetch

    @property
    def login(self) -> str:
        """The user name for both servers; the address when none is given (what most providers expect)."""
        return self.username or self.address


def _key(uid: str) -> str:
    return f"mail_account:{uid}"


def _extras(session: Session, uid: str) -> dict[str, Any]:
    row = session.get(Setting, _key(uid))
    return dict(row.value) if row is not None and isinstance(row.value, dict) else {}


def _put_extras(session: Session, uid: str, values: dict[str, Any]) -> None:
    row = session.get(Setting, _key(uid))
    if row is None:
        session.add(Setting(key=_key(uid), value=values))
    else:
        row.value = values


def _to_dto(obj: MailAccount, extras: Mapping[str, Any]) -> MailAccountDTO:
    state = {
        name: FolderState(int(v[0]), int(v[1]))
        for name, v in (extras.get("state") or {}).items()
        if isinstance(v, list | tuple) and len(v) == 2
    }
    return MailAccountDTO(
        id=obj.id, uid=obj.uid, version=obj.version, name=obj.name, address=obj.address, smtp_host=obj.smtp_host,
        smtp_port=obj.smtp_port, smtp_security=obj.smtp_security, username=obj.username, imap_host=obj.imap_host,
        imap_port=obj.imap_port, imap_security=str(extras.get("imap_security") or "ssl"),
        folders=tuple(extras.get("folders") or ("INBOX",)), store_all=bool(extras.get("store_all", False)),
        state=state, last_fetch=extras.get("last_fetch"),
    )  # fmt: skip


def _port(value: Any, name: str, errors: FieldErrors, default: int | None) -> int | None:
    if value in (None, ""):
        return default
    try:
        port = int(str(value).strip())
    except ValueError:
        errors.add(name, f"{value!r} is not a port number")
        return None
    if not 1 <= port <= 65535:
        errors.add(name, f"{port} is not a port number (1 to 65535)")
        return None
    return port


def _folders(value: Any, errors: FieldErrors) -> list[str]:
    items = value.replace("\n", ",").split(",") if isinstance(value, str) else list(value or [])
    names = list(dict.fromkeys(str(item).strip() for item in items if str(item).strip()))
    for name in names:
        if any(ord(ch) < 32 for ch in name) or '"' in name or len(name) > 200:
            errors.add("folders", f"{name!r} is not a folder name")
    if len(names) > MAX_FOLDERS:
        errors.add("folders", f"at most {MAX_FOLDERS} folders")
    return names or ["INBOX"]


def validate(values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Column values and extras from a form's values; raises ValidationError naming every bad field."""
    errors = FieldErrors()
    name = clean_text(values.get("name"), "name", 200, errors, required=True)
    address = normalize_email(values.get("address"), "address", errors)
    smtp_security = values.get("smtp_security") or "starttls"
    imap_security = values.get("imap_security") or "ssl"
    for key, chosen in (("smtp_security", smtp_security), ("imap_security", imap_security)):
        if chosen not in SECURITIES:
            errors.add(key, f"must be one of {', '.join(SECURITIES)}")
    smtp_host = clean_text(values.get("smtp_host"), "smtp_host", 255, errors, required=True)
    imap_host = clean_text(values.get("imap_host"), "imap_host", 255, errors) or None
    for key, host in (("smtp_host", smtp_host), ("imap_host", imap_host)):
        if host and any(ch.isspace() or ch in "/@" for ch in host):
            errors.add(key, f"{host!r} is not a server name")
    smtp_port = _port(values.get("smtp_port"), "smtp_port", errors, DEFAULT_PORTS["smtp"].get(smtp_security))
    imap_port = _port(values.get("imap_port"), "imap_port", errors, DEFAULT_PORTS["imap"].get(imap_security))
    username = clean_text(values.get("username"), "username", 320, errors) or None
    folders = _folders(values.get("folders"), errors)
    errors.raise_if_any()
    columns = {
        "name": name, "address": address[0] if address else "", "smtp_host": smtp_host, "smtp_port": smtp_port,
        "smtp_security": smtp_security, "username": username, "imap_host": imap_host,
        "imap_port": imap_port if imap_host else None,
    }  # fmt: skip
    extras = {"imap_security": imap_security, "folders": folders, "store_all": bool(values.get("store_all"))}
    return columns, extras


def unsaved(values: Mapping[str, Any], account: MailAccountDTO | None = None) -> MailAccountDTO:
    """An editor's values as an account (validated, not stored), e.g. to list the server's folders first."""
    columns, extras = validate(values)
    return MailAccountDTO(
        id=account.id if account else 0, uid=account.uid if account else "", version=account.version if account else 0,
        **columns, imap_security=extras["imap_security"], folders=tuple(extras["folders"]),
        store_all=extras["store_all"],
    )  # fmt: skip


def record_position(session: Session, account_id: int, folder: str, uidvalidity: int, last_uid: int) -> None:
    """In the caller's unit of work, so the fetcher saves a batch of messages and its position together."""
    obj = session.get(MailAccount, account_id)
    if obj is None:
        raise NotFoundError("mail account", account_id)
    extras = _extras(session, obj.uid)
    extras["state"] = {**(extras.get("state") or {}), folder: [uidvalidity, last_uid]}
    extras["last_fetch"] = datetime.now(UTC).isoformat(timespec="seconds")
    _put_extras(session, obj.uid, extras)


class MailAccountService:
    def __init__(self, db: Database, user_id: int | None = None) -> None:
        self.db, self.user_id = db, user_id

    def list(self) -> list[MailAccountDTO]:
        with self.db.read() as session:
            rows = session.scalars(
                select(MailAccount).where(MailAccount.deleted_at.is_(None)).order_by(MailAccount.name, MailAccount.id)
            ).all()
            return [_to_dto(row, _extras(session, row.uid)) for row in rows]

    def get(self, account_id: int) -> MailAccountDTO:
        with self.db.read() as session:
            row = session.get(MailAccount, account_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("mail account", account_id)
            return _to_dto(row, _extras(session, row.uid))

    def save(
        self, values: Mapping[str, Any], account_id: int | None = None, expected_version: int | None = None
    ) -> MailAccountDTO:
        """Create (no ``account_id``) or update an account; a stale ``expected_version`` raises ConflictError."""
        columns, extras = validate(values)

        def work(session: Session) -> MailAccountDTO:
            if account_id is None:
                obj = MailAccount(owner_id=self.user_id)
                session.add(obj)
                old: dict[str, Any] = {}
            else:
                found = session.get(MailAccount, account_id)
                if found is None or found.deleted_at is not None:
                    raise NotFoundError("mail account", account_id)
                if expected_version is not None and found.version != expected_version:
                    raise ConflictError("mail account", account_id, expected_version, found.version)
                obj = found
                old = _extras(session, obj.uid)
            for key, value in columns.items():
                setattr(obj, key, value)
            obj.updated_at = datetime.now(UTC)  # an extras-only edit still moves the version on
            session.flush()
            kept = {k: v for k, v in old.items() if k in ("state", "last_fetch")}
            if old.get("folders") and set(old["folders"]) != set(extras["folders"]):  # forget removed folders
                kept["state"] = {k: v for k, v in (kept.get("state") or {}).items() if k in extras["folders"]}
            merged = {**kept, **extras}
            _put_extras(session, obj.uid, merged)
            return _to_dto(obj, merged)

        return self.db.run_write(work, self.user_id)

    def delete(self, account_id: int) -> MailAccountDTO:
        """Soft delete (stored messages keep their account link); the password is the caller's to forget."""

        def work(session: Session) -> MailAccountDTO:
            obj = session.get(MailAccount, account_id)
            if obj is None or obj.deleted_at is not None:
                raise NotFoundError("mail account", account_id)
            obj.deleted_at = datetime.now(UTC)
            session.flush()
            return _to_dto(obj, _extras(session, obj.uid))

        return self.db.run_write(work, self.user_id)

    def record_fetch(self, account_id: int, folder: str, uidvalidity: int, last_uid: int) -> None:
        """Remember how far ``folder`` was fetched; the next fetch asks only for newer UIDs."""

        self.db.run_write(lambda session: record_position(session, account_id, folder, uidvalidity, last_uid),
                          self.user_id)  # fmt: skip

    def set_password(self, account: MailAccountDTO, password: str, opt_in_file: bool = False) -> str:
        """Store the password (keyring, or the opt-in file); returns where it went. NoKeyringError otherwise."""
        return password_store(opt_in_file).set(account.uid, account.login, password)

    def password(self, account: MailAccountDTO | MailAccount) -> str | None:
        login = account.username or account.address
        return password_store().get(account.uid, login)

    def forget_password(self, account: MailAccountDTO) -> None:
        password_store().delete(account.uid, account.login)
