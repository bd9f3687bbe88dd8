"""Mail account passwords: in the operating system's keyring (``keyring``), never in the database.

Where no keyring backend exists (a bare Linux desktop, a server), saving a password fails with a message that
says so, unless the user explicitly opts in to a fallback file readable only by them (mode 0600) outside the
database, which is then named in the message.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError

from crm_desktop.errors import CrmError

SERVICE = "RafiqCRM mail"


class NoKeyringError(CrmError):
    """No keyring backend: the caller may retry with the explicit fallback."""


def keyring_available() -> bool:
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 0) > 0


class PasswordStore:
    def __init__(self, fallback_file: Path | None = None) -> None:
        # The fallback is used only when given *and* no keyring exists: an explicit opt-in.
        self.fallback_file = fallback_file

    def _key(self, account_uid: str, user: str) -> str:
        return f"{account_uid}:{user}"

    def set(self, account_uid: str, user: str, password: str) -> str:
        """Store the password; returns where it went (for the settings page to show)."""
        if keyring_available():
            try:
                keyring.set_password(SERVICE, self._key(account_uid, user), password)
                return f"the system keyring ({keyring.get_keyring().name})"
            except KeyringError as exc:
                if self.fallback_file is None:
                    raise NoKeyringError(f"the system keyring refused the password: {exc}") from exc
        if self.fallback_file is None:
            raise NoKeyringError(
                "no system keyring is available to keep the password safely; install one (e.g. GNOME Keyring or "
                "KWallet) or choose 'store the password in a private file' (readable only by you, not encrypted)"
            )
        data = self._read_fallback()
        data[self._key(account_uid, user)] = password
        self.fallback_file.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.fallback_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out)
        os.chmod(self.fallback_file, 0o600)
        return f"the private file {self.fallback_file} (not encrypted)"

    def get(self, account_uid: str, user: str) -> str | None:
        if keyring_available():
            try:
                found = keyring.get_password(SERVICE, self._key(account_uid, user))
                if found is not None:
                    return found
            except KeyringError:
                pass
        return self._read_fallback().get(self._key(account_uid, user))

    def delete(self, account_uid: str, user: str) -> None:
        if keyring_available():
            with contextlib.suppress(KeyringError):  # nothing stored there: nothing to delete
                keyring.delete_password(SERVICE, self._key(account_uid, user))
        data = self._read_fallback()
        if data.pop(self._key(account_uid, user), None) is not None and self.fallback_file:
            self.fallback_file.write_text(json.dumps(data), encoding="utf-8")

    def _read_fallback(self) -> dict[str, str]:
        if self.fallback_file is None or not self.fallback_file.exists():
            return {}
        try:
            return dict(json.loads(self.fallback_file.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise CrmError(f"{self.fallback_file}: the password file cannot be read ({exc})") from exc
