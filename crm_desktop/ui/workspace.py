"""What every window and page of one open database shares: the database, the acting user, the services,
and how this computer shows dates and numbers (language, calendar, digits; see ui/dates.py).

Pages get a Workspace instead of reaching for globals, so tests can build any page on a temporary database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from crm_desktop.db.engine import Database
from crm_desktop.services.activities import ActivityService, AppointmentService
from crm_desktop.services.listing import ListingService
from crm_desktop.services.people import CompanyService, ContactService, UserService
from crm_desktop.services.sales import OpportunityService
from crm_desktop.services.timeline import TimelineService


class Changes(QObject):
    """Tells open views that records changed (entity table name, record id or 0 for many)."""

    changed = Signal(str, int)


@dataclass
class Workspace:
    db: Database
    user_id: int | None = None
    user_name: str = ""
    changes: Changes = field(default_factory=Changes)
    lang: str = "en"  # en, ar, fa: the language applied at start-up
    calendar: str = "gregorian"  # gregorian, jalali, hijri (LocalSettings.calendar)
    digits: str = "native"  # native (Persian/Arabic-Indic in fa/ar) or latin

    def contacts(self) -> ContactService:
        return ContactService(self.db, self.user_id)

    def companies(self) -> CompanyService:
        return CompanyService(self.db, self.user_id)

    def activities(self) -> ActivityService:
        return ActivityService(self.db, self.user_id)

    def appointments(self) -> AppointmentService:
        return AppointmentService(self.db, self.user_id)

    def opportunities(self) -> OpportunityService:
        return OpportunityService(self.db, self.user_id)

    def users(self) -> UserService:
        return UserService(self.db, self.user_id)

    def listing(self) -> ListingService:
        return ListingService(self.db, self.user_id)  # others' private records left out

    def timeline(self) -> TimelineService:
        return TimelineService(self.db, self.user_id)

    def notify(self, entity: str, record_id: int = 0) -> None:
        self.changes.changed.emit(entity, record_id)
