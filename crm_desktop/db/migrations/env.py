"""Alembic environment: always given a live connection by crm_desktop.db.migrate (no alembic.ini)."""

from alembic import context

from crm_desktop.db.models import Base
from crm_desktop.db.search_index import include_name

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through crm_desktop.db.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    # The search index's tables (FTS5 and its shadow tables, pg_trgm indexes) live outside the metadata.
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
