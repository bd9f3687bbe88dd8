"""Settings stored in the database, shared by everyone who opens it (business name, phone region …)."""

from __future__ import annotations

import locale
from typing import Any

from sqlalchemy.orm import Session

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Setting

# Defaults for every office-wide setting the app knows; unknown keys are refused.
DEFAULTS: dict[str, Any] = {
    "business_name": "",
    "phone_region": None,  # ISO region used to read national phone numbers ("IR", "SA", "DE")
    "base_currency": "EUR",
    # Saved column mappings of the import wizard: {name: {"columns": {header: [field, label]}, ...}}.
    "import_presets": {},
}


def get_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return row.value.get("v") if row is not None else DEFAULTS[key]


def put_setting(session: Session, key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value={"v": value}))
    else:
        row.value = {"v": value}


def phone_region(session: Session) -> str | None:
    """The configured region, else the computer's locale region (fa_IR -> IR), else none."""
    region = session.info.get("phone_region") or get_setting(session, "phone_region")
    if not region:
        lang = locale.getlocale()[0] or ""
        region = lang.split("_")[1][:2].upper() if "_" in lang else None
    session.info["phone_region"] = region
    return region


class SettingsService:
    def __init__(self, db: Database, user_id: int | None = None):
        self.db, self.user_id = db, user_id

    def all(self) -> dict[str, Any]:
        with self.db.read() as session:
            return {key: get_setting(session, key) for key in DEFAULTS}

    def set(self, key: str, value: Any) -> None:
        with self.db.write(self.user_id) as session:
            put_setting(session, key, value)
