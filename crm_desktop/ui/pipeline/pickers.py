"""Moved to ``ui/widgets/record_picker.py`` (the contact form shares it); kept so old imports still work."""

from ..widgets.record_picker import MATCHES, RecordPicker

__all__ = ["MATCHES", "RecordPicker"]
