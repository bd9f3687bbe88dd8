"""Workspaces over a real SQLite file in tmp_path for the GUI tests.

``workspace``: no signed-in user (single-user office). ``ws``: signed in as Nadia; a module that needs her
as an administrator with the default sales pipeline says ``pytestmark = pytest.mark.ws_admin``.
A module may still define its own ``workspace``/``ws`` fixture, which takes precedence.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.db.engine import open_database
from crm_desktop.services.people import UserService
from crm_desktop.services.sales import PipelineService
from crm_desktop.ui.workspace import Workspace


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "ws_admin: the ws fixture's user is an admin and the default pipeline exists")


@pytest.fixture
def workspace(sqlite_path: Path) -> Iterator[Workspace]:
    db = open_database(sqlite_path)
    yield Workspace(db)
    db.close()


@pytest.fixture
def ws(sqlite_path: Path, request: pytest.FixtureRequest) -> Iterator[Workspace]:
    admin = request.node.get_closest_marker("ws_admin") is not None
    db = open_database(sqlite_path)
    values = {"login": "nadia", "display_name": "Nadia"} | ({"role": "admin"} if admin else {})
    user = UserService(db).create(values)
    if admin:
        PipelineService(db).ensure_default()
    yield Workspace(db, user.id, "Nadia")
    db.close()
