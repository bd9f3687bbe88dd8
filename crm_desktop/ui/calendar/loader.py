"""Occurrences of a window of days, loaded on the database thread and kept for the next few switches.

Expanding the series of a busy office takes most of a view switch (``bench_calendar_views``), so the
page asks for the neighbouring periods in the background after showing one (PageDown then only lays out
and paints), and switching back to a period seen a moment ago costs nothing. Any change to appointments
(``invalidate``) drops everything, and a load that was running during the change is not kept.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject

from crm_desktop.services.calendar import CalendarService, OccurrenceDTO

from ..ops import run_op, show_error
from ..workspace import Workspace

Key = tuple[datetime, datetime, tuple[int, ...] | None]
Done = Callable[[list[OccurrenceDTO]], None]
KEEP = 8  # windows kept: the current period, its neighbours, and the other views' recent ones


class OccurrenceLoader(QObject):
    def __init__(self, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.cache: OrderedDict[Key, list[OccurrenceDTO]] = OrderedDict()
        self.waiting: dict[tuple[int, Key], list[Done]] = {}
        self.generation = 0

    @staticmethod
    def key(start: datetime, end: datetime, owners: list[int] | None) -> Key:
        return start, end, tuple(sorted(owners)) if owners is not None else None

    def fetch(self, start: datetime, end: datetime, owners: list[int] | None, done: Done | None = None) -> None:
        """``done(occurrences)`` now if the window is kept, else when its load (queued or running) ends."""
        key = self.key(start, end, owners)
        if key in self.cache:
            self.cache.move_to_end(key)
            if done is not None:
                done(self.cache[key])
            return
        generation = self.generation
        pending = (generation, key)
        if pending in self.waiting:  # a prefetch of this very window is on its way: wait for it
            if done is not None:
                self.waiting[pending].append(done)
            return
        self.waiting[pending] = [done] if done is not None else []
        db, user = self.workspace.db, self.workspace.user_id

        def work() -> list[OccurrenceDTO]:
            return CalendarService(db, user).occurrences(start, end, owners)

        def loaded(found: list[OccurrenceDTO]) -> None:
            callbacks = self.waiting.pop(pending, [])
            if generation == self.generation:
                self.cache[key] = found
                while len(self.cache) > KEEP:
                    self.cache.popitem(last=False)
            for callback in callbacks:
                callback(found)

        def failed(error: Exception) -> None:
            if self.waiting.pop(pending, []):  # someone is looking at this window: say why it stays empty
                show_error(self.parent() or self, error)

        run_op(self, work, loaded, failed)

    def invalidate(self) -> None:
        self.generation += 1
        self.cache.clear()
        self.waiting.clear()  # loads started before the change deliver to nobody and are not kept
