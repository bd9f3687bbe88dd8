"""Shared pieces: deterministic contact rows, fresh database files, and raw-sqlite3 baselines.

The baselines insert the *final* rows (already normalised: E.164, lower-cased emails, search and sort
keys, ids, timestamps) with plain ``sqlite3`` executemany into a file whose schema ``open_database``
created, so the ratio measures exactly what the product adds on top of SQLite itself.
"""

from __future__ import annotations

import json
import random
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crm_desktop.db.engine import open_database
from crm_desktop.db.models.base import new_uid
from crm_desktop.services import demo_names as names
from crm_desktop.services.bulk import prepare_contact
from crm_desktop.services.demo import phone_number
from crm_desktop.services.validation import FieldErrors
from crm_desktop.text.normalize import normalize_for_search
from crm_desktop.text.sorting import sort_key

COUNTRY = {"en": "DE", "ar": "SA", "fa": "IR"}


def remove_database(path: Path) -> None:
    """Delete a SQLite file with its WAL/SHM/journal companions."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def fresh_schema(path: Path) -> Path:
    """An empty database with the app's schema (WAL, as a local file gets), closed again."""
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_database(path)
    open_database(path).close()
    return path


def raw_connect(path: Path) -> sqlite3.Connection:
    """Plain sqlite3 with the same pragmas the app sets on a local file."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode.lower() == "wal", f"{path} is in {mode} mode, expected WAL"
    return conn


def input_rows(count: int, seed: int = 1, with_points: bool = True) -> list[dict[str, Any]]:
    """Contacts as an importer hands them over: names in three scripts, 1-2 emails and 1-2 phones each."""
    rng = random.Random(seed)
    rand = rng.random
    rows = []
    for i in range(count):
        lang = names.LANGS[int(rand() * 3)]
        given, given_latin = rng.choice(names.GIVEN_NAMES[lang])
        family, family_latin = rng.choice(names.FAMILY_NAMES[lang])
        row: dict[str, Any] = {"given_name": given, "family_name": family, "lifecycle_stage": "lead"}
        if with_points:
            emails = [f"{given_latin}.{family_latin}{i}@example.com"]
            if rand() < 0.5:
                emails.append(f"{given_latin}{i}@example.net")
            phones = [phone_number(rng, COUNTRY[lang], 0)[1]]
            if rand() < 0.5:
                phones.append(phone_number(rng, COUNTRY[lang], 1)[1])
            row["emails"], row["phones"] = emails, phones
        rows.append(row)
    return rows


def sqlite_time(moment: datetime) -> str:
    """How SQLAlchemy stores a UTC datetime in SQLite (naive UTC, microseconds)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


@dataclass
class FinalRows:
    """Rows ready for executemany: column names and value tuples per table."""

    tables: dict[str, tuple[list[str], list[tuple[Any, ...]]]]

    def insert(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        for table, (columns, values) in self.tables.items():
            marks = ", ".join("?" * len(columns))
            conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values)
        conn.execute("COMMIT")

    @property
    def count(self) -> int:
        return sum(len(values) for _, values in self.tables.values())


def _sql_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict):
        return json.dumps(value)
    return value


def final_rows(rows: list[dict[str, Any]]) -> FinalRows:
    """What ``bulk_create_contacts`` ends up writing, computed with its own validation, as tuples."""
    now = sqlite_time(datetime.now(UTC))
    stamp = {"version": 1, "created_at": now, "updated_at": now}
    contacts: list[tuple[Any, ...]] = []
    emails: list[tuple[Any, ...]] = []
    phones: list[tuple[Any, ...]] = []
    contact_cols: list[str] = []
    for contact_id, row in enumerate(rows, start=1):
        errors = FieldErrors()
        prepared = prepare_contact(row, None, errors)
        assert prepared is not None, errors.errors
        values = {"id": contact_id, "uid": new_uid(), **stamp, **prepared.contact}
        contact_cols = contact_cols or list(values)
        contacts.append(tuple(_sql_value(values[c]) for c in contact_cols))
        emails.extend(
            (contact_id, e["address"], e["address_norm"], e["label"], int(e["is_primary"]), e["position"])
            for e in prepared.emails
        )
        phones.extend(
            (contact_id, p["raw"], p["e164"], p["label"], int(p["is_primary"]), p["position"]) for p in prepared.phones
        )
    email_cols = ["contact_id", "address", "address_norm", "label", "is_primary", "position"]
    phone_cols = ["contact_id", "raw", "e164", "label", "is_primary", "position"]
    return FinalRows(
        {
            "contacts": (contact_cols, contacts),
            "email_addresses": (email_cols, emails),
            "phone_numbers": (phone_cols, phones),
        }
    )


def contact_tuples(count: int, seed: int = 1) -> FinalRows:
    """Final contact rows only (no emails/phones), built directly: fast enough for a million."""
    now = sqlite_time(datetime.now(UTC))
    columns = ["id", "uid", "version", "created_at", "updated_at", "given_name", "family_name", "display_name",
               "name_search", "sort_key", "lifecycle_stage", "is_private", "custom_fields"]  # fmt: skip
    keys: dict[str, tuple[str, str]] = {}
    values = []
    for contact_id, row in enumerate(input_rows(count, seed, with_points=False), start=1):
        name = f"{row['given_name']} {row['family_name']}"
        if name not in keys:
            keys[name] = (normalize_for_search(name), sort_key(name))
        search, order = keys[name]
        values.append((contact_id, new_uid(), 1, now, now, row["given_name"], row["family_name"], name, search, order,
                       "lead", 0, "{}"))  # fmt: skip
    return FinalRows({"contacts": (columns, values)})
