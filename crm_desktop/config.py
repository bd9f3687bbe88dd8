"""Where things live on this computer (platformdirs) and the per-computer settings file.

Settings shared by an office live in the database (services/settings.py); this file holds only what
belongs to one computer: which database to open, language, calendar, digits, the last user.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir, user_log_dir

from crm_desktop import APP_NAME

ENV_DATABASE = "CRM_DATABASE_URL"
ENV_HOME = "CRM_HOME"  # one folder for data and settings: tests and portable installs


def data_dir() -> Path:
    home = os.environ.get(ENV_HOME)
    return Path(home) if home else Path(user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    home = os.environ.get(ENV_HOME)
    return Path(home) if home else Path(user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(user_log_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "rafiq.sqlite3"


@dataclass
class LocalSettings:
    database: str = ""  # path or URL; empty = the default file in the user data folder
    shared: bool = False  # the file is on a shared folder: rollback journal, not WAL
    language: str = "en"
    calendar: str = "gregorian"
    digits: str = "native"  # "native": Persian/Arabic-Indic digits in fa/ar; "latin": 0-9 everywhere
    last_user: str = ""


def settings_file() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> LocalSettings:
    """The saved settings; a missing or damaged file gives the defaults (never a crash at start-up)."""
    try:
        raw = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return LocalSettings()
    known = {f.name for f in fields(LocalSettings)}
    values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
    try:
        return LocalSettings(**values)
    except TypeError:
        return LocalSettings()


def save_settings(settings: LocalSettings) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def resolve_database(cli_value: str | None, cli_shared: bool | None) -> tuple[str, bool]:
    """The database to open and whether it is shared: ``--db`` / env / settings / default file."""
    settings = load_settings()
    shared = settings.shared if cli_shared is None else cli_shared
    if cli_value:
        return cli_value, bool(cli_shared)
    if os.environ.get(ENV_DATABASE):
        return os.environ[ENV_DATABASE], bool(cli_shared)
    if settings.database:
        return settings.database, shared
    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return str(path), shared
