"""Rafiq CRM: an offline-first desktop CRM (package root)."""

__version__ = "0.1.0"
APP_NAME = "RafiqCRM"
