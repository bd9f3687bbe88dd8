"""Who may work in the database: passwords (when the office turns them on), logins, admin-only user
management, and refusing the saves of an account that was deactivated while it was logged in elsewhere.

Passwords are hashed with Argon2id (argon2-cffi); only the hash is stored, written with a Core UPDATE so it
never reaches the audit log (which records "password changed" instead). Office-wide switches live in the
key/value ``settings`` table under ``office.*`` keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import event, func, insert, select, update
from sqlalchemy.orm import Session

from crm_desktop.db.audit import AuditedSession
from crm_desktop.db.engine import Database
from crm_desktop.db.models import AuditEntry, Setting, User, utcnow
from crm_desktop.errors import CrmError, ValidationError

from .dto import UserDTO

MIN_PASSWORD = 8
MAX_PASSWORD = 1_000  # Argon2 takes any length; this only stops a pasted file
MAX_PURGE_DAYS = 3_650
PASSWORDS_KEY = "office.passwords_required"
PURGE_KEY = "office.trash_purge_days"
_hasher = PasswordHasher()  # argon2-cffi's defaults: RFC 9106 low-memory profile (64 MiB, 3 passes)


class AccountError(CrmError):
    """The acting user may not work (deactivated, deleted, wrong password): said plainly, nothing saved."""


@dataclass(frozen=True)
class OfficeSecurity:
    passwords_required: bool
    trash_purge_days: int | None  # None: the Trash is kept until someone empties it


# ---- office switches ------------------------------------------------------------------------------------
def _get(session: Session, key: str, default: Any) -> Any:
    row = session.get(Setting, key)
    return row.value.get("v", default) if row is not None else default


def _put(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value={"v": value}))
    else:
        row.value = {"v": value}


def office_security(db: Database) -> OfficeSecurity:
    with db.read() as session:
        return OfficeSecurity(bool(_get(session, PASSWORDS_KEY, False)), _get(session, PURGE_KEY, None))


# ---- the acting user's rights ---------------------------------------------------------------------------
def _account(session: Session, user_id: int | None) -> Any:
    if user_id is None:
        return None
    query = select(User.id, User.role, User.active, User.deleted_at, User.password_hash).where(User.id == user_id)
    return session.execute(query).first()


def is_admin(session: Session, user_id: int | None) -> bool:
    """Cached per unit of work: privacy filters ask this for every query of a session."""
    cache = session.info.setdefault("is_admin", {})
    if user_id not in cache:
        row = _account(session, user_id)
        cache[user_id] = row is not None and row.role == "admin" and row.active and row.deleted_at is None
    return cache[user_id]


def require_admin(session: Session, user_id: int | None, *, strict: bool = True) -> None:
    """Only administrators manage users and office switches (before the first administrator exists, anyone).

    ``strict=False`` lets ``user_id`` None through: the app itself (first run, demo data, a test's setup)
    acting without a person; every person-driven face (GUI, CLI) passes a user or is refused."""
    if user_id is None and not strict:
        return
    admins = select(func.count()).where(User.role == "admin", User.active.is_(True), User.deleted_at.is_(None))
    if not is_admin(session, user_id) and (session.scalar(admins) or 0) > 0:
        raise AccountError("only an administrator can change users and office settings")


def _was_admin(obj: Any) -> bool:
    return obj.id is not None and obj.role == "admin" and bool(obj.active) and obj.deleted_at is None


def _check_admins_remain(session: Session, was_admin: bool = True) -> None:
    """Refuse a change that took away the last active administrator (nobody could manage users after it)."""
    if not was_admin:
        return
    session.flush()
    admins = select(func.count()).where(User.role == "admin", User.active.is_(True), User.deleted_at.is_(None))
    if (session.scalar(admins) or 0) == 0:
        raise ValidationError({"role": "at least one active administrator must remain"})


@event.listens_for(AuditedSession, "before_flush")
def _refuse_disabled_account(session: AuditedSession, _ctx: object, _instances: object) -> None:
    """A user deactivated or deleted while logged in on another computer: their next save is refused."""
    user_id = session.user_id
    if user_id is None or session.info.get("account_ok") == user_id:
        return
    row = _account(session, user_id)
    if row is None or not row.active or row.deleted_at is not None:
        raise AccountError(
            "your user account was deactivated or removed by an administrator; nothing was saved. "
            "Ask an administrator, then start Rafiq CRM again"
        )
    session.info["account_ok"] = user_id


# ---- passwords ------------------------------------------------------------------------------------------
def check_password_text(password: Any, field: str = "password") -> str:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise ValidationError({field: f"must have at least {MIN_PASSWORD} characters"})
    if len(password) > MAX_PASSWORD:
        raise ValidationError({field: f"is longer than {MAX_PASSWORD} characters"})
    return password


def _verify(stored: str | None, password: str) -> bool:
    if not stored:
        return False
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def hash_password(password: str) -> str:
    """Argon2id of a checked password: ~0.1 s of CPU and 64 MiB, so done before a write transaction begins
    (hashing inside it held the shared file's write lock that long and starved the other computers' saves)."""
    return _hasher.hash(check_password_text(password))


def store_password(
    session: Session, target_id: int, password: str, actor_id: int | None, digest: str | None = None
) -> None:
    """Write the hash (Core: not audited as a value) and an audit row that only says it changed."""
    digest = digest or hash_password(password)
    session.execute(update(User.__table__).where(User.__table__.c.id == target_id).values(password_hash=digest))
    entry = {"at": utcnow(), "user_id": actor_id, "entity": "users", "entity_id": target_id, "action": "update"}
    session.execute(insert(AuditEntry), [{**entry, "changes": {"password": [None, "changed"]}}])


class _Hashed(str):
    """A new password already hashed (before the write transaction began)."""


class AdminOnlyUsers:
    """Mixed into UserService: every write needs an administrator, a password is hashed on the way (before
    the transaction), the hash column is never set directly, and the last active administrator cannot be
    removed."""

    def create(self, values: Any) -> Any:
        return super().create(_prehash(values))  # type: ignore[misc]

    def update(self, record_id: int, expected_version: int, changes: Any) -> Any:
        return super().update(record_id, expected_version, _prehash(changes))  # type: ignore[misc]

    def _apply(self, session: Session, obj: Any, values: Any, *, creating: bool) -> None:
        require_admin(session, self.user_id, strict=False)  # type: ignore[attr-defined]
        values = dict(values)
        if "password_hash" in values:
            raise ValidationError({"password_hash": "is managed by the application and cannot be set"})
        session.info["was_admin"] = session.info.get("was_admin", False) or _was_admin(obj)
        password = values.pop("password", None)
        if password not in (None, ""):
            session.info["new_password"] = password if isinstance(password, _Hashed) else hash_password(password)
        super()._apply(session, obj, values, creating=creating)  # type: ignore[misc]

    def _after_save(self, session: Session, obj: Any, creating: bool) -> None:
        super()._after_save(session, obj, creating)  # type: ignore[misc]
        if (digest := session.info.pop("new_password", None)) is not None:
            store_password(session, obj.id, "", self.user_id, digest)  # type: ignore[attr-defined]
        _check_admins_remain(session, session.info.pop("was_admin", False))

    def delete(self, record_id: int, expected_version: int | None = None) -> Any:
        return self._write(lambda session: self._trash(session, [record_id], expected_version)[0])

    def delete_many(self, record_ids: list[int]) -> int:
        return self._write(lambda session: len(self._trash(session, record_ids, None)))

    def update_many(self, record_ids: list[int], changes: Any) -> int:
        return self._write(lambda session: self._update_each(session, record_ids, changes))

    def restore(self, record_id: int) -> Any:
        with self.db.read() as session:  # type: ignore[attr-defined]
            require_admin(session, self.user_id, strict=False)  # type: ignore[attr-defined]
        return super().restore(record_id)  # type: ignore[misc]

    def purge(self, record_id: int) -> None:
        with self.db.read() as session:  # type: ignore[attr-defined]
            require_admin(session, self.user_id, strict=False)  # type: ignore[attr-defined]
        super().purge(record_id)  # type: ignore[misc]

    def _write(self, work: Any) -> Any:
        def guarded(session: Session) -> Any:
            require_admin(session, self.user_id, strict=False)  # type: ignore[attr-defined]
            result = work(session)
            _check_admins_remain(session, session.info.pop("was_admin", False))
            return result

        return self.db.run_write(guarded, self.user_id)  # type: ignore[attr-defined]

    def _trash(self, session: Session, record_ids: list[int], version: int | None) -> list[Any]:
        now, out = utcnow(), []
        for record_id in record_ids:
            obj = self._load(session, record_id, for_version=version)  # type: ignore[attr-defined]
            session.info["was_admin"] = session.info.get("was_admin", False) or _was_admin(obj)
            obj.deleted_at = now
            out.append(obj)
        session.flush()
        return [self._to_dto(obj) for obj in out]  # type: ignore[attr-defined]

    def _update_each(self, session: Session, record_ids: list[int], changes: Any) -> int:
        for record_id in record_ids:
            self._apply(session, self._load(session, record_id), changes, creating=False)  # type: ignore[attr-defined]
        return len(record_ids)


def _prehash(values: Any) -> Any:
    password = values.get("password") if isinstance(values, Mapping) else None
    if password in (None, "") or isinstance(password, _Hashed) or not isinstance(password, str):
        return values  # nothing to hash, or left for _apply to refuse with the field's message
    return {**values, "password": _Hashed(hash_password(password))}


# ---- the service ----------------------------------------------------------------------------------------
class AuthService:
    def __init__(self, db: Database, user_id: int | None = None):
        self.db, self.user_id = db, user_id

    def office(self) -> OfficeSecurity:
        return office_security(self.db)

    def set_office(self, *, passwords_required: bool | None = None, trash_purge_days: Any = "keep") -> OfficeSecurity:
        """Admins only. Passwords can be required only once the acting admin has one (no lock-out)."""
        days = trash_purge_days
        if days not in ("keep", None) and (
            not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= MAX_PURGE_DAYS
        ):
            message = f"must be a whole number of days between 1 and {MAX_PURGE_DAYS}"
            raise ValidationError({"trash_purge_days": message})

        def work(session: Session) -> None:
            require_admin(session, self.user_id)
            if passwords_required is not None:
                me = _account(session, self.user_id)
                if passwords_required and (me is None or not me.password_hash):
                    raise ValidationError(
                        {"passwords_required": "set your own password first, so that you can still log in"}
                    )
                _put(session, PASSWORDS_KEY, bool(passwords_required))
            if days != "keep":
                _put(session, PURGE_KEY, days)

        self.db.run_write(work, self.user_id)
        return self.office()

    def set_password(self, target_id: int, new_password: str, current_password: str | None = None) -> None:
        """An admin sets anyone's password; a user changes their own by giving the current one."""
        digest = hash_password(new_password)

        def work(session: Session) -> None:
            target = _account(session, target_id)
            if target is None or target.deleted_at is not None:
                raise ValidationError({"user": f"there is no user with id {target_id}"})
            if not is_admin(session, self.user_id):
                if self.user_id != target_id:
                    raise AccountError("only an administrator can change users and office settings")
                if target.password_hash and not _verify(target.password_hash, current_password or ""):
                    raise ValidationError({"current_password": "is not your current password"})
            store_password(session, target_id, new_password, self.user_id, digest)

        self.db.run_write(work, self.user_id)

    def has_password(self, user_id: int) -> bool:
        with self.db.read() as session:
            row = _account(session, user_id)
            return bool(row and row.password_hash)

    def login(self, login: str, password: str | None = None) -> UserDTO:
        """The user who may start working, or AccountError saying why not (one message for a wrong login
        or password, so the dialog does not tell which logins exist)."""
        from .people import UserService

        users = UserService(self.db)
        user = users.by_login((login or "").strip()) if (login or "").strip() else None
        with self.db.read() as session:
            row = _account(session, user.id) if user else None
            required = bool(_get(session, PASSWORDS_KEY, False))
        if row is None or row.deleted_at is not None:
            raise AccountError("wrong login or password")
        if required and not _verify(row.password_hash, password or ""):
            if not row.password_hash and row.active:
                raise AccountError("this user has no password yet; ask an administrator to set one")
            raise AccountError("wrong login or password")
        if not row.active:
            raise AccountError("this user account is deactivated; ask an administrator")
        if required and _hasher.check_needs_rehash(row.password_hash):  # parameters raised since it was set
            self.db.run_write(lambda s: store_password(s, row.id, password or "", row.id), row.id)
        assert user is not None
        return user


def purge_old_trash(db: Database) -> int:
    """At start: purge what was deleted more than the office's N days ago (nothing when N is not set)."""
    days = office_security(db).trash_purge_days
    if not days:
        return 0
    from .trash import TrashService

    return TrashService(db).empty(older_than_days=int(days))
