"""First run as a plain state machine (Electrum's new-wallet wizard pattern): no Qt, tested on its own.

Steps: language -> database -> demo -> business -> done. ``submit`` checks one step's answers (a
``ValidationError`` names the fields, so a form can show each message beside its field), stores them and
moves on; ``back`` returns to the previous step. Nothing is written until the end: ``result()`` gives the
per-computer settings and the actions, ``apply_first_run`` runs them and saves the settings last, so a
failure (server unreachable, folder read-only) leaves first run to be done again, never half done.

The field checks (database choice, region, currency, business name) are shared with the settings dialog.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import phonenumbers

from crm_desktop.config import ENV_DATABASE, LocalSettings, config_dir, default_database_path, save_settings
from crm_desktop.config import settings_file as _settings_file
from crm_desktop.errors import CrmError, ValidationError

from .maintenance import ensure_basics
from .validation import FieldErrors, clean_text

if TYPE_CHECKING:
    pass

LANGUAGES = ("en", "ar", "fa")
CALENDARS = ("gregorian", "jalali", "hijri")
DEFAULT_CALENDAR = {"en": "gregorian", "ar": "gregorian", "fa": "jalali"}
DATABASE_KINDS = ("new_local", "open_file", "shared_file", "server")
STEPS = ("language", "database", "demo", "business", "done")
DEMO_CONTACTS = 500
MAX_BUSINESS_NAME = 200
MAX_RECENT = 8
SQLITE_HEADER = b"SQLite format 3\x00"
SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


@dataclass(frozen=True)
class DatabaseChoice:
    """Where the app will keep its data: ``target`` is a path or URL ("" = the default file)."""

    kind: str
    target: str
    shared: bool
    exists: bool  # a file that is already there (holds data: no demo offered); a server: unknown, False

    def location(self, default_path: Path) -> str:
        return self.target or str(default_path)


@dataclass(frozen=True)
class OpenDatabase:
    target: str
    shared: bool
    create: bool


@dataclass(frozen=True)
class FillDemo:
    contacts: int = DEMO_CONTACTS  # only into a database without contacts


@dataclass(frozen=True)
class SetOfficeSetting:
    key: str
    value: Any


Action = OpenDatabase | FillDemo | SetOfficeSetting


@dataclass(frozen=True)
class FirstRunResult:
    settings: LocalSettings
    actions: tuple[Action, ...]


@dataclass
class FirstRunAnswers:
    language: str = "en"
    calendar: str = "gregorian"
    database: DatabaseChoice | None = None
    demo: bool = False
    business_name: str = ""
    phone_region: str = ""


# ---- field checks (also used by the settings dialog) -------------------------------------------------
def check_database(kind: str, path: str = "", url: str = "", *, default_path: Path | None = None) -> DatabaseChoice:
    """A database choice that can be opened (or created), or a ValidationError on ``path``/``url``/``kind``."""
    default_path = default_path or default_database_path()
    path, url = (path or "").strip(), (url or "").strip()
    if kind == "server":
        return DatabaseChoice("server", check_server_url(url), shared=False, exists=False)
    if kind not in DATABASE_KINDS:
        raise ValidationError({"kind": f"must be one of {', '.join(DATABASE_KINDS)}"})
    if not path and kind != "new_local":
        raise ValidationError({"path": "choose a database file"})
    file = Path(path).expanduser() if path else default_path
    if file.is_dir():
        raise ValidationError({"path": f"{file} is a folder; choose a file inside it"})
    exists = file.exists()
    if exists and not _looks_like_sqlite(file):
        raise ValidationError({"path": f"{file} is not a Rafiq CRM database (not an SQLite file)"})
    if kind == "open_file" and not exists:
        raise ValidationError({"path": f"{file} does not exist"})
    if kind == "new_local" and exists:
        raise ValidationError({"path": f"{file} already exists: choose “Open an existing file” to use it"})
    if not exists:
        folder = file.parent
        if kind == "new_local" and not path and not folder.exists():
            pass  # the default folder is created on first use
        elif not folder.is_dir():
            raise ValidationError({"path": f"the folder {folder} does not exist"})
        elif not os.access(folder, os.W_OK):
            raise ValidationError({"path": f"the folder {folder} is not writable"})
    target = "" if kind == "new_local" and not path else str(file.resolve())
    return DatabaseChoice(kind, target, shared=kind == "shared_file", exists=exists)


def check_server_url(url: str) -> str:
    """A PostgreSQL URL with a host and a database name; the password (if any) stays in it."""
    url = (url or "").strip()
    if not url:
        raise ValidationError({"url": "enter the server address, e.g. postgresql://user@host/crm"})
    try:
        parts = urlsplit(url)
        host, _port = parts.hostname, parts.port  # .port raises ValueError on a bad port
    except ValueError as exc:
        raise ValidationError({"url": f"is not a valid address ({exc})"}) from exc
    if parts.scheme not in SERVER_SCHEMES:
        raise ValidationError({"url": "must start with postgresql:// (only PostgreSQL servers are supported)"})
    if not host:
        raise ValidationError({"url": "names no server: postgresql://user@host/crm"})
    if not parts.path.strip("/"):
        raise ValidationError({"url": "names no database: add it after the server, e.g. …/crm"})
    return url


def check_phone_region(value: str, field_name: str = "phone_region") -> str | None:
    """An ISO 3166 two-letter region phonenumbers knows ("IR", "SA", "DE"), upper-cased; blank = none."""
    text = (value or "").strip().upper()
    if not text:
        return None
    if len(text) != 2 or not text.isascii() or not text.isalpha():
        raise ValidationError({field_name: "use the two-letter country code, e.g. IR, SA, DE"})
    if text not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError({field_name: f"{text} is not a known country code"})
    return text


def check_currency(value: str, field_name: str = "base_currency") -> str:
    """An ISO 4217 code: three Latin letters, upper-cased ("EUR", "IRR", "SAR")."""
    text = (value or "").strip().upper()
    if len(text) != 3 or not text.isascii() or not text.isalpha():
        raise ValidationError({field_name: "use the three-letter currency code, e.g. EUR, IRR, SAR"})
    return text


def check_business_name(value: str, field_name: str = "business_name") -> str:
    errors = FieldErrors()
    text = clean_text(value, field_name, MAX_BUSINESS_NAME, errors) or ""
    errors.raise_if_any()
    if any(ord(ch) < 32 for ch in text):
        raise ValidationError({field_name: "must be a single line"})
    return text


def check_office(business_name: str, phone_region: str, base_currency: str | None = None) -> dict[str, Any]:
    """The office-wide values, checked together so a form can show every problem at once."""
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    fields: list[tuple[str, Callable[[str], Any], str]] = [
        ("business_name", check_business_name, business_name),
        ("phone_region", check_phone_region, phone_region),
    ]
    if base_currency is not None:
        fields.append(("base_currency", check_currency, base_currency))
    for key, check, value in fields:
        try:
            values[key] = check(value)
        except ValidationError as exc:
            errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    return values


def next_database(path: str, url: str, shared: bool, current: LocalSettings) -> DatabaseChoice | None:
    """What the settings dialog's database fields ask for: None when nothing changes, else a checked choice.

    A server address wins over the file; a file that exists is opened, one that does not is created.
    """
    path, url = path.strip(), url.strip()
    stored = current.database or str(default_database_path())
    if (url or path) == stored and shared == current.shared:
        return None
    if url:
        return check_database("server", url=url)
    if not path:
        raise ValidationError({"path": "choose a database file or enter a server address"})
    if shared:
        return check_database("shared_file", path)
    return check_database("open_file" if Path(path).expanduser().exists() else "new_local", path)


def stored_target(choice: DatabaseChoice) -> str:
    """What LocalSettings.database holds for ``choice``: "" for the default file (it may move with CRM_HOME)."""
    return "" if choice.target == str(default_database_path().resolve()) else choice.target


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return head in (b"", SQLITE_HEADER)  # an empty file becomes a new database


# ---- the flow ----------------------------------------------------------------------------------------
class FirstRunFlow:
    """The answers so far and the current step; the Qt wizard only shows pages and forwards input."""

    def __init__(self, default_path: Path | None = None):
        self.default_path = default_path or default_database_path()
        self.answers = FirstRunAnswers()
        self.demo_contacts = DEMO_CONTACTS
        self.step = STEPS[0]
        self._history: list[str] = []

    def offers_demo(self) -> bool:
        """Sample data only goes into a database that is new (an existing file already holds data)."""
        choice = self.answers.database
        return choice is None or not choice.exists

    def steps(self) -> list[str]:
        """The steps this run goes through, given the answers so far."""
        return [s for s in STEPS if s != "demo" or self.offers_demo()]

    def can_go_back(self) -> bool:
        return bool(self._history)

    def submit(self, **values: Any) -> str:
        """Check and store the current step's answers, then move on; returns the new step."""
        if self.step == "done":
            raise CrmError("first run is finished: nothing more to answer")
        getattr(self, f"_submit_{self.step}")(**values)
        following = self.steps()
        nxt = following[following.index(self.step) + 1]
        self._history.append(self.step)
        self.step = nxt
        return nxt

    def back(self) -> str:
        if self._history:
            self.step = self._history.pop()
        return self.step

    def _submit_language(self, language: str = "en", calendar: str | None = None) -> None:
        if language not in LANGUAGES:
            raise ValidationError({"language": f"must be one of {', '.join(LANGUAGES)}"})
        calendar = calendar or DEFAULT_CALENDAR[language]
        if calendar not in CALENDARS:
            raise ValidationError({"calendar": f"must be one of {', '.join(CALENDARS)}"})
        self.answers.language, self.answers.calendar = language, calendar

    def _submit_database(self, kind: str = "new_local", path: str = "", url: str = "") -> None:
        self.answers.database = check_database(kind, path, url, default_path=self.default_path)
        if not self.offers_demo():
            self.answers.demo = False

    def _submit_demo(self, demo: bool = False) -> None:
        if not isinstance(demo, bool):
            raise ValidationError({"demo": "answer yes or no"})
        self.answers.demo = demo

    def _submit_business(self, business_name: str = "", phone_region: str = "") -> None:
        values = check_office(business_name, phone_region)
        self.answers.business_name, self.answers.phone_region = values["business_name"], values["phone_region"] or ""

    def result(self) -> FirstRunResult:
        """The settings to save and what to do to the database; only once every step is answered."""
        choice = self.answers.database
        if self.step != "done" or choice is None:
            raise CrmError(f"first run is not finished (current step: {self.step})")
        a = self.answers
        settings = LocalSettings(database=choice.target, shared=choice.shared, language=a.language, calendar=a.calendar)
        actions: list[Action] = [OpenDatabase(choice.location(self.default_path), choice.shared, not choice.exists)]
        if a.demo:
            actions.append(FillDemo(self.demo_contacts))
        if a.business_name:
            actions.append(SetOfficeSetting("business_name", a.business_name))
        if a.phone_region:
            actions.append(SetOfficeSetting("phone_region", a.phone_region))
        return FirstRunResult(settings, tuple(actions))


# ---- running it --------------------------------------------------------------------------------------
def needs_first_run(cli_database: str | None = None) -> bool:
    """True on a computer that has never run the app: no settings, no database named, no default file."""
    if cli_database or os.environ.get(ENV_DATABASE):
        return False
    return not _settings_file().exists() and not default_database_path().exists()


def apply_first_run(result: FirstRunResult, progress: Callable[[str, int], None] | None = None) -> None:
    """Open or create the database, fill it, then save the settings (last: a failure changes nothing here)."""
    from crm_desktop.db.engine import open_database

    from .demo import fill_demo
    from .people import ContactService
    from .settings import SettingsService

    db = None
    try:
        for action in result.actions:
            if isinstance(action, OpenDatabase):
                if action.create and "://" not in action.target:
                    Path(action.target).parent.mkdir(parents=True, exist_ok=True)
                db = open_database(action.target, shared=action.shared, create=action.create)
                ensure_basics(db)
            elif db is None:
                raise CrmError("no database is open")
            elif isinstance(action, FillDemo):
                if ContactService(db).count() == 0:
                    fill_demo(db, contacts=action.contacts, progress=progress)
            else:
                SettingsService(db).set(action.key, action.value)
    finally:
        if db is not None:
            db.close()
    save_settings(result.settings)
    opened = next((a for a in result.actions if isinstance(a, OpenDatabase)), None)
    if opened is not None:
        remember_database(opened.target, opened.shared)


# ---- recently used databases (recent_databases.json next to settings.json) --------------------------
@dataclass(frozen=True)
class RecentDatabase:
    target: str
    shared: bool = False


def recent_file() -> Path:
    return config_dir() / "recent_databases.json"


def recent_databases() -> list[RecentDatabase]:
    """Newest first; a missing or damaged file gives an empty list (never a crash)."""
    try:
        raw = json.loads(recent_file().read_text(encoding="utf-8"))
        return [RecentDatabase(str(i["target"]), bool(i.get("shared", False))) for i in raw][:MAX_RECENT]
    except (OSError, ValueError, TypeError, KeyError):
        return []


def remember_database(target: str, shared: bool = False) -> None:
    """Put ``target`` first in the recent list (passwords in URLs are not written to disk)."""
    if not target:
        return
    if "://" in target:
        parts = urlsplit(target)
        if parts.password:
            netloc = parts.netloc.replace(f":{parts.password}@", "@", 1)
            target = parts._replace(netloc=netloc).geturl()
    items = [r for r in recent_databases() if r.target != target]
    items.insert(0, RecentDatabase(target, shared))
    path = recent_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = [{"target": r.target, "shared": r.shared} for r in items[:MAX_RECENT]]
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError:
        pass  # a list of conveniences: losing it must not stop anything
