"""private rows indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 18:40:00

A tiny partial index over the private rows of every table that has them: the privacy rule for a user who
is not an administrator becomes ``id NOT IN (SELECT id ... WHERE is_private ...)``, read from this index, so
that user's lists walk the sort index alone (a page at the end of a million contacts: 6 s -> 0.45 s).
And live contacts by creation time, for the dashboard's "new contacts this month" (it scanned the table).
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

TABLES = ("activities", "appointments", "companies", "contacts", "documents", "email_messages", "opportunities")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(
            f"ix_{table}_private", table, ["id"],
            sqlite_where=sa.text("is_private = 1"), postgresql_where=sa.text("is_private"),
        )
    op.create_index(
        "ix_contacts_created", "contacts", ["created_at"],
        sqlite_where=sa.text("deleted_at IS NULL"), postgresql_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_contacts_created", table_name="contacts")
    for table in TABLES:
        op.drop_index(f"ix_{table}_private", table_name=table)
