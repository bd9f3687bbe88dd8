"""Several processes writing to one shared file: every save lands, none fails on a lock."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from crm_desktop.db.engine import open_database
from crm_desktop.services.people import ContactService

WRITERS, SAVES = 4, 40


def _writer(path: str, worker: int, results: multiprocessing.Queue) -> None:
    db = open_database(path, shared=True)
    service = ContactService(db)
    failures = []
    for i in range(SAVES):
        try:
            created = service.create({"display_name": f"w{worker}-{i}"})
            # read-then-write in one unit of work: the pattern that dies without BEGIN IMMEDIATE
            service.update(created.id, created.version, {"notes": f"edited by {worker}"})
        except Exception as exc:  # reported to the parent, which fails the test with it
            failures.append(repr(exc))
    db.close()
    results.put((worker, failures))


@pytest.mark.slow
def test_concurrent_writers_on_a_shared_file(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.sqlite3")
    open_database(path, shared=True).close()
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [context.Process(target=_writer, args=(path, w, results)) for w in range(WRITERS)]
    for process in workers:
        process.start()
    outcomes = dict(results.get(timeout=120) for _ in workers)
    for process in workers:
        process.join(timeout=30)
    assert {w: f for w, f in outcomes.items() if f} == {}
    db = open_database(path, shared=True)
    contacts = ContactService(db).list(limit=1000)
    db.close()
    assert len(contacts) == WRITERS * SAVES
    assert all(c.version == 2 and c.notes and c.notes.startswith("edited by") for c in contacts)
