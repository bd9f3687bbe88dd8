"""Small-office proof: several processes editing one database at once, then faults.

``python -m bench.office_stress [--db PATH|URL] [--processes 5] [--edits 500]`` prints the figures;
tests/db/test_office_stress.py runs the same functions with smaller sizes.

* ``run_stress``: every process makes mixed edits (creates, edits of the same hot records with the version it
  read, deletes and restores of its own records). Each accepted write is logged with the version it produced;
  at the end every hot record's version must equal 1 + its accepted writes (a lost update would leave it
  lower), its text must be the last accepted one, and each refused write must have raised ConflictError.
* ``run_kill_import``: a writer SIGKILLed in the middle of a large import leaves the file consistent and the
  import absent.
* ``run_damage``: a file with overwritten bytes is found damaged and restored from the newest good backup.
* ``run_refresh_delay``: how long a change committed by one process takes to be seen by another.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm_desktop.db.engine import Database, open_database
from crm_desktop.errors import ConflictError, DatabaseBusyError, NotFoundError

HOT_RECORDS = 8


def _sqlite(target: str) -> bool:
    return "://" not in target


def _open(target: str) -> Database:
    return open_database(target, shared=_sqlite(target))


@dataclass
class StressResult:
    processes: int
    edits: int
    seconds: float
    accepted: int = 0
    conflicts: int = 0
    busy: int = 0
    errors: list[str] = field(default_factory=list)
    lost_updates: list[str] = field(default_factory=list)
    integrity: str = "not checked"

    @property
    def ok(self) -> bool:
        return not self.errors and not self.lost_updates and self.busy == 0 and self.integrity == "ok"


def _worker(target: str, worker: int, edits: int, hot: list[int], queue: Any) -> None:
    from crm_desktop.services.people import ContactService

    rng = random.Random(worker)
    log: list[tuple[Any, ...]] = []  # (kind, record id, version after, text)
    errors: list[str] = []
    conflicts = busy = 0
    own: dict[int, tuple[int, bool]] = {}  # record id -> (version, in trash)
    try:
        db = _open(target)
        service = ContactService(db)
    except Exception as exc:  # reported to the parent, never lost
        queue.put((worker, log, conflicts, busy, [f"open: {exc!r}"]))
        return
    for i in range(edits):
        roll = rng.random()
        try:
            if roll < 0.2 or (roll >= 0.7 and not own):
                dto = service.create({"display_name": f"w{worker}-{i}"})
                own[dto.id] = (dto.version, False)
                log.append(("create", dto.id, dto.version, dto.display_name))
            elif roll < 0.7:
                record = rng.choice(hot)
                version = service.get(record).version
                text = f"w{worker}-{i}"
                dto = service.update(record, version, {"notes": text})
                log.append(("edit", record, dto.version, text))
            else:
                record = rng.choice(list(own))
                version, trashed = own[record]
                dto = service.restore(record) if trashed else service.delete(record, version)
                own[record] = (dto.version, not trashed)
                log.append(("restore" if trashed else "delete", record, dto.version, ""))
        except ConflictError:
            conflicts += 1
        except DatabaseBusyError:
            busy += 1
        except NotFoundError as exc:
            errors.append(f"{i}: {exc}")
        except Exception as exc:  # any other error is a failure of the proof
            errors.append(f"{i}: {exc!r}")
    db.close()
    queue.put((worker, log, conflicts, busy, errors))


def prepare(target: str) -> list[int]:
    from crm_desktop.services.people import ContactService

    db = _open(target)
    try:
        service = ContactService(db)
        return [service.create({"display_name": f"hot {n}", "notes": "start"}).id for n in range(HOT_RECORDS)]
    finally:
        db.close()


def run_stress(target: str, processes: int = 5, edits: int = 500, timeout: float = 600) -> StressResult:
    from crm_desktop.services.people import ContactService

    hot = prepare(target)
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    started = time.perf_counter()
    workers = [context.Process(target=_worker, args=(target, w, edits, hot, queue)) for w in range(processes)]
    for process in workers:
        process.start()
    outcomes = [queue.get(timeout=timeout) for _ in workers]
    for process in workers:
        process.join(timeout=30)
    result = StressResult(processes, edits, time.perf_counter() - started)
    per_record: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    created: set[int] = set()
    for worker, log, conflicts, busy, errors in outcomes:
        result.conflicts += conflicts
        result.busy += busy
        result.errors += [f"process {worker}: {e}" for e in errors]
        result.accepted += len(log)
        for kind, record, version, text in log:
            per_record[record].append((version, kind, text))
            if kind == "create":
                created.add(record)
    db = _open(target)
    try:
        service = ContactService(db)
        for record in set(per_record) | set(hot):
            writes = sorted(per_record.get(record, []))
            try:
                final = service.get(record, include_deleted=True)
            except NotFoundError:
                result.lost_updates.append(f"contact {record} is missing")
                continue
            versions = [v for v, _k, _t in writes]
            if len(set(versions)) != len(versions):
                result.lost_updates.append(f"contact {record}: two accepted writes made the same version")
            if final.version != 1 + len([w for w in writes if w[1] != "create"]):
                result.lost_updates.append(f"contact {record}: version {final.version}, accepted writes {writes}")
            edits_only = [w for w in writes if w[1] == "edit"]
            if edits_only and final.notes != edits_only[-1][2]:
                result.lost_updates.append(f"contact {record}: notes {final.notes!r}, last accepted {edits_only[-1]}")
            last = writes[-1][1] if writes else "create"
            if (final.deleted_at is not None) != (last == "delete"):
                result.lost_updates.append(f"contact {record}: trash state differs from the last write {last}")
        result.integrity = integrity(db)
    finally:
        db.close()
    return result


def integrity(db: Any) -> str:
    """``ok`` or the first problems PRAGMA integrity_check reports (PostgreSQL: always ok, by the server)."""
    if db.path is None:
        return "ok"
    with db.engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    return "ok" if rows == ["ok"] else "; ".join(rows[:5])


# ---- a writer killed mid-import ------------------------------------------------------------------
def _importer(target: str, rows: int, marker: str) -> None:
    from crm_desktop.services.bulk import bulk_create_contacts

    db = _open(target)

    def progress(done: int) -> bool:
        Path(marker).write_text(str(done))
        return True

    data = ({"display_name": f"import {n}", "emails": [{"address": f"i{n}@example.com"}]} for n in range(rows))
    bulk_create_contacts(db, data, skip_invalid=False, progress=progress)
    db.close()


def count_contacts(target: str) -> int:
    from crm_desktop.services.people import ContactService

    db = _open(target)
    try:
        return ContactService(db).count()
    finally:
        db.close()


def run_kill_import(target: str, rows: int = 200_000) -> dict[str, Any]:
    before = count_contacts(target)
    marker = Path(tempfile.mkdtemp()) / "progress"
    context = multiprocessing.get_context("spawn")
    process = context.Process(target=_importer, args=(target, rows, str(marker)))
    process.start()
    deadline = time.monotonic() + 120
    while not marker.exists() and process.is_alive() and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.3)  # well inside the import: several batches written, uncommitted
    done_before_kill = int(marker.read_text() or 0) if marker.exists() else 0
    finished_first = not process.is_alive()
    if not finished_first:
        os.kill(process.pid, signal.SIGKILL)
    process.join(timeout=30)
    db = _open(target)
    try:
        state = integrity(db)
    finally:
        db.close()
    after = count_contacts(target)
    return {
        "rows_written_before_kill": done_before_kill,
        "finished_before_kill": finished_first,
        "contacts_before": before,
        "contacts_after": after,
        "import_absent": after == before and not finished_first,
        "integrity": state,
    }


# ---- live refresh delay ---------------------------------------------------------------------------
def _writer_for_delay(target: str, samples: int, gap: float, queue: Any) -> None:
    from crm_desktop.services.people import ContactService

    db = _open(target)
    service = ContactService(db)
    queue.put("ready")
    for n in range(samples):
        time.sleep(gap)
        service.create({"display_name": f"refresh {n}"})
        queue.put(time.time())
    db.close()


def run_refresh_delay(target: str, samples: int = 20, interval: float = 1.0, gap: float = 1.3) -> dict[str, Any]:
    """Another process commits; this one polls the change watcher every ``interval`` seconds (like the GUI)."""
    from crm_desktop.services.changes import ChangeWatcher

    db = _open(target)
    watcher = ChangeWatcher(db)
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_writer_for_delay, args=(target, samples, gap, queue))
    process.start()
    queue.get(timeout=120)
    delays: list[float] = []
    poll_costs: list[float] = []
    try:
        while len(delays) < samples:
            time.sleep(interval)
            t = time.perf_counter()
            changed = watcher.changed()
            poll_costs.append(time.perf_counter() - t)
            if changed:
                seen = time.time()
                committed = queue.get(timeout=30)
                delays.append(seen - committed)
                while not queue.empty():  # two commits in one interval count once, at the older one
                    queue.get()
                    samples -= 1
    finally:
        process.join(timeout=60)
        watcher.close()
        db.close()
    return {
        "samples": len(delays),
        "interval_s": interval,
        "median_s": statistics.median(delays),
        "max_s": max(delays),
        "poll_median_ms": statistics.median(poll_costs) * 1000,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.office_stress", description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="PostgreSQL URL or SQLite path (default: a new shared file in a temp folder)")
    parser.add_argument("--processes", type=int, default=5)
    parser.add_argument("--edits", type=int, default=500)
    parser.add_argument("--import-rows", type=int, default=200_000)
    args = parser.parse_args(argv)
    target = args.db or str(Path(tempfile.mkdtemp()) / "office.sqlite3")
    stress = run_stress(target, args.processes, args.edits)
    print(f"stress on {'SQLite shared file' if _sqlite(target) else 'PostgreSQL'}: {stress.processes} processes")
    print(
        f"  x {stress.edits} edits in {stress.seconds:.1f} s ({stress.processes * stress.edits / stress.seconds:.0f}/s)"
    )
    print(f"  accepted {stress.accepted}, refused with ConflictError {stress.conflicts}, busy {stress.busy}")
    print(f"  unhandled errors {len(stress.errors)}, lost updates {len(stress.lost_updates)}")
    print(f"  integrity_check {stress.integrity}")
    for line in (stress.errors + stress.lost_updates)[:10]:
        print("   !", line)
    kill = run_kill_import(target, args.import_rows)
    print(f"SIGKILL mid-import: {kill}")
    if _sqlite(target):
        from bench.office_damage import run_damage

        print(f"damaged file: {run_damage(target)}")
    delay = run_refresh_delay(target)
    print(f"live refresh (poll every {delay['interval_s']} s): median {delay['median_s']:.2f} s, ", end="")
    print(f"max {delay['max_s']:.2f} s over {delay['samples']}; one poll costs {delay['poll_median_ms']:.2f} ms")
    return 0 if stress.ok and kill["import_absent"] and kill["integrity"] == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
