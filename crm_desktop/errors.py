"""The project's own exceptions: what services raise and what the GUI and the CLI show to the user.

Every one of them carries a message written for a person; neither face ever shows a traceback for them.
"""

from __future__ import annotations

from collections.abc import Mapping


class CrmError(Exception):
    """Base class: a problem the user can understand and act on."""


class ValidationError(CrmError):
    """Input that cannot be saved; ``errors`` maps each field name to what is wrong with it."""

    def __init__(self, errors: Mapping[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {message}" for field, message in self.errors.items()))


class NotFoundError(CrmError):
    """The record does not exist (or is not visible to the current user)."""

    def __init__(self, entity: str, key: object):
        self.entity, self.key = entity, key
        super().__init__(f"{entity} {key} was not found")


class ConflictError(CrmError):
    """Someone else saved the record since it was loaded: the save was refused, nothing was overwritten."""

    def __init__(self, entity: str, key: object, expected: int | None = None, current: int | None = None):
        self.entity, self.key, self.expected, self.current = entity, key, expected, current
        detail = f" (you edited version {expected}, the database has version {current})" if current else ""
        super().__init__(f"{entity} {key} was changed by someone else since you opened it{detail}")


class DatabaseError(CrmError):
    """The database cannot be opened or used: not a database, read-only, missing folder, newer schema."""


class SchemaTooNewError(DatabaseError):
    """The file was written by a newer version of the app; it is left untouched."""


class DatabaseBusyError(DatabaseError):
    """Another user holds the write lock for longer than we are willing to wait."""


class ImportFileError(CrmError):
    """A file being imported is malformed; says where."""

    def __init__(self, path: str, message: str, line: int | None = None, column: str | None = None):
        self.path, self.line, self.column = path, line, column
        where = path + (f", line {line}" if line is not None else "") + (f", column {column}" if column else "")
        super().__init__(f"{where}: {message}")
