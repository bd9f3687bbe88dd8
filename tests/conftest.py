"""Fixtures: real SQLite files in tmp_path and, when CRM_TEST_POSTGRES_URL is set, a real PostgreSQL.

Each PostgreSQL test gets a schema of its own (dropped afterwards), so tests never see each other's rows.
In CI (CRM_REQUIRE_POSTGRES=1) a PostgreSQL test that cannot run is a failure, not a skip.
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep every test away from the real user folders (settings, default database).
os.environ["CRM_HOME"] = tempfile.mkdtemp(prefix="crm-home-")
os.environ.pop("CRM_DATABASE_URL", None)

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from crm_desktop.db.engine import Database, open_database

PG_URL = os.environ.get("CRM_TEST_POSTGRES_URL")
REQUIRE_PG = os.environ.get("CRM_REQUIRE_POSTGRES") == "1"


def postgres_url() -> str:
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("CRM_REQUIRE_POSTGRES=1 but CRM_TEST_POSTGRES_URL is not set")
        pytest.skip("CRM_TEST_POSTGRES_URL is not set")
    return PG_URL


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A URL whose connections use a fresh, empty schema."""
    base = postgres_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(autouse=True)
def _collect_cycles_on_the_gui_thread() -> Iterator[None]:
    """Once the GUI's database thread exists, automatic garbage collection is off (ui/ops.py): collect here."""
    yield
    ops = sys.modules.get("crm_desktop.ui.ops")  # never import Qt for the tests that do not use it
    if ops is not None:
        ops.collect_garbage()


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.sqlite3"


@pytest.fixture(params=["sqlite", "postgres"])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where to open a database: a SQLite file, or a PostgreSQL schema (same tests, both engines)."""
    if request.param == "sqlite":
        yield str(tmp_path / "crm.sqlite3")
    else:
        yield request.getfixturevalue("pg_schema_url")


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    database = open_database(db_target)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def smtp() -> Iterator[tuple[object, int]]:
    """A real SMTP server on loopback: (tests.smtp_server.SmtpHandler, port)."""
    from tests.smtp_server import running_smtp  # aiosmtpd only for the tests that send mail

    with running_smtp() as server:
        yield server
