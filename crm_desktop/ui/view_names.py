"""The views ``crm-desktop screenshot`` can render: one list for the command line and the renderer.

No Qt here, so the command line can offer the choices without importing Qt.
"""

from __future__ import annotations

VIEWS = ("contacts", "contact", "companies", "company", "tasks", "trash", "settings", "dashboard", "calendar", "emails",
         "pipeline", "forecast", "documents")  # fmt: skip
