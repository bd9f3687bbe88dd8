"""Importers and exporters: CSV, Excel (.xlsx), vCard, list exports and the full-data ZIP archive.

Everything here reads and writes files and goes through the services for data (the bulk path for
imports); the import wizard is a plain state machine (``import_flow``) with a thin Qt face in ``ui/``.
"""
