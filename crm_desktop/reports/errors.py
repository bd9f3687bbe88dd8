"""What a report can fail on, in words the user can act on (the CLI and the GUI show the message)."""

from __future__ import annotations

from crm_desktop.errors import CrmError


class ReportError(CrmError):
    """The report cannot be made: unknown report, bad filter, unwritable output, a logo that is no image."""
