"""The packaged migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from crm_desktop.db.engine import open_database
from crm_desktop.db.migrate import alembic_config, head_revision, schema_status
from crm_desktop.db.models import Base
from crm_desktop.db.search_index import include_name


def _diff(url: str) -> list:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            # The search index (FTS5 / pg_trgm) lives outside the metadata on purpose: db/search_index.py.
            context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
            return compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()


def _url(db_target: str) -> str:
    return db_target if "://" in db_target else f"sqlite:///{db_target}"


def test_migrations_from_empty_match_the_models(db_target: str) -> None:
    engine = create_engine(_url(db_target))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    engine.dispose()
    assert _diff(_url(db_target)) == []


def test_new_database_is_created_and_stamped_at_head(db_target: str) -> None:
    db = open_database(db_target)
    try:
        assert schema_status(db) == "current"
        with db.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
            assert set(Base.metadata.tables) <= set(inspect(conn).get_table_names())
    finally:
        db.close()
    assert _diff(_url(db_target)) == []


def test_migration_revisions_form_one_line() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1, "branched migrations: merge them"


@pytest.mark.parametrize("table", sorted(Base.metadata.tables))
def test_every_constraint_and_index_is_named(table: str) -> None:
    # Unnamed constraints make SQLite batch migrations unpredictable (DESIGN.md).
    for constraint in Base.metadata.tables[table].constraints:
        assert constraint.name, f"unnamed constraint on {table}"
