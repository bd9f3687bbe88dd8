"""stage reach summary

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 19:00:00

The forecast read a million stage-history rows twice (issue 8). Each deal now keeps the set of stages it
ever entered (``opportunities.reached_stages``, "3,5,9", written with every history row by the services),
filled here from the history; and the history gets an (opportunity, time) index so a deal's first stage
entry, the start of its sales cycle, is one seek. Live deals by (status, expected close) and by that set
make the open pipeline a range and the conversion an index scan.
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('opportunities', sa.Column('reached_stages', sa.Text(), nullable=True))
    op.create_index(
        'ix_opportunity_stage_history_first', 'opportunity_stage_history', ['opportunity_id', 'changed_at']
    )
    if op.get_bind().dialect.name == 'postgresql':
        stages = "string_agg(DISTINCT h.to_stage_id::text, ',')"
    else:
        stages = "group_concat(DISTINCT h.to_stage_id)"
    op.execute(
        f"UPDATE opportunities SET reached_stages = (SELECT {stages} FROM opportunity_stage_history h"
        " WHERE h.opportunity_id = opportunities.id AND h.to_stage_id IS NOT NULL)"
    )
    # After the fill: one index build instead of 100k index updates.
    live = {"sqlite_where": sa.text("deleted_at IS NULL"), "postgresql_where": sa.text("deleted_at IS NULL")}
    op.create_index('ix_opportunities_open_close', 'opportunities', ['status', 'expected_close'], **live)
    op.create_index('ix_opportunities_reached', 'opportunities', ['reached_stages'], **live)


def downgrade() -> None:
    op.drop_index('ix_opportunities_reached', table_name='opportunities')
    op.drop_index('ix_opportunities_open_close', table_name='opportunities')
    op.drop_index('ix_opportunity_stage_history_first', table_name='opportunity_stage_history')
    with op.batch_alter_table('opportunities') as batch_op:
        batch_op.drop_column('reached_stages')
