"""Users, companies, contacts, their emails/phones/addresses, and tags."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record, live_rows_only, sort_key_type

LIFECYCLE_STAGES = ("lead", "prospect", "customer", "vip", "inactive")
USER_ROLES = ("admin", "user")


class User(Record, Base):
    __tablename__ = "users"

    login: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    role: Mapped[str] = mapped_column(String(10), default="user")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Only set when the office turns passwords on; an Argon2/bcrypt hash, never the password.
    password_hash: Mapped[str | None] = mapped_column(String(255))


def _tag_link(name: str, owner_table: str, owner_column: str) -> Table:
    return Table(
        name,
        Base.metadata,
        Column(owner_column, ForeignKey(f"{owner_table}.id", ondelete="CASCADE"), primary_key=True),
        Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
    )


contact_tags = _tag_link("contact_tags", "contacts", "contact_id")
company_tags = _tag_link("company_tags", "companies", "company_id")
opportunity_tags = _tag_link("opportunity_tags", "opportunities", "opportunity_id")


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    name_search: Mapped[str] = mapped_column(String(100), unique=True)
    color: Mapped[str | None] = mapped_column(String(9))


class Company(Record, Base):
    __tablename__ = "companies"
    __table_args__ = (Index("ix_companies_sort", "name_search", "id", **live_rows_only()),)

    name: Mapped[str] = mapped_column(String(300))
    name_search: Mapped[str] = mapped_column(String(300))
    sort_key: Mapped[str] = mapped_column(sort_key_type(300))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"), index=True)
    industry: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(500))
    size: Mapped[str | None] = mapped_column(String(50))
    notes: Mapped[str | None] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    is_private: Mapped[bool] = mapped_column(Boolean, default=False)
    custom_fields: Mapped[dict] = mapped_column(default=dict)

    emails: Mapped[list[EmailAddress]] = relationship(
        order_by="EmailAddress.position", cascade="all, delete-orphan", lazy="raise"
    )
    phones: Mapped[list[PhoneNumber]] = relationship(
        order_by="PhoneNumber.position", cascade="all, delete-orphan", lazy="raise"
    )
    addresses: Mapped[list[PostalAddress]] = relationship(
        order_by="PostalAddress.position", cascade="all, delete-orphan", lazy="raise"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=company_tags, lazy="raise")


class Contact(Record, Base):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_sort", "sort_key", "id", **live_rows_only()),
        Index("ix_contacts_updated", "updated_at", "id", **live_rows_only()),
        Index("ix_contacts_created", "created_at", **live_rows_only()),  # the dashboard's "new this month"
        CheckConstraint(
            "lifecycle_stage IN ('lead', 'prospect', 'customer', 'vip', 'inactive')", name="lifecycle_stage"
        ),
    )

    prefix: Mapped[str | None] = mapped_column(String(50))
    given_name: Mapped[str | None] = mapped_column(String(200))
    middle_name: Mapped[str | None] = mapped_column(String(200))
    family_name: Mapped[str | None] = mapped_column(String(200))
    display_name: Mapped[str] = mapped_column(String(400))
    # Normalised display name (text.normalize) for search, and its alphabet-order key (text.sorting).
    name_search: Mapped[str] = mapped_column(String(400))
    sort_key: Mapped[str] = mapped_column(sort_key_type(400))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"), index=True)
    job_title: Mapped[str | None] = mapped_column(String(200))
    lifecycle_stage: Mapped[str] = mapped_column(String(20), default="lead")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    birthday: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(100))
    photo_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256", ondelete="SET NULL"))
    notes: Mapped[str | None] = mapped_column(Text)
    is_private: Mapped[bool] = mapped_column(Boolean, default=False)
    last_contacted_at: Mapped[datetime | None]
    custom_fields: Mapped[dict] = mapped_column(default=dict)

    emails: Mapped[list[EmailAddress]] = relationship(
        order_by="EmailAddress.position", cascade="all, delete-orphan", lazy="raise"
    )
    phones: Mapped[list[PhoneNumber]] = relationship(
        order_by="PhoneNumber.position", cascade="all, delete-orphan", lazy="raise"
    )
    addresses: Mapped[list[PostalAddress]] = relationship(
        order_by="PostalAddress.position", cascade="all, delete-orphan", lazy="raise"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=contact_tags, lazy="raise")


class _ContactPoint:
    """Owned by exactly one contact or one company; edited (and versioned) with its owner."""

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(50), default="")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


_ONE_OWNER = "(contact_id IS NULL) <> (company_id IS NULL)"


class EmailAddress(_ContactPoint, Base):
    __tablename__ = "email_addresses"
    __table_args__ = (CheckConstraint(_ONE_OWNER, name="one_owner"),)

    address: Mapped[str] = mapped_column(String(320))
    address_norm: Mapped[str] = mapped_column(String(320), index=True)


class PhoneNumber(_ContactPoint, Base):
    __tablename__ = "phone_numbers"
    __table_args__ = (CheckConstraint(_ONE_OWNER, name="one_owner"),)

    raw: Mapped[str] = mapped_column(String(64))
    e164: Mapped[str | None] = mapped_column(String(20), index=True)


class PostalAddress(_ContactPoint, Base):
    __tablename__ = "postal_addresses"
    __table_args__ = (CheckConstraint(_ONE_OWNER, name="one_owner"),)

    street: Mapped[str | None] = mapped_column(String(500))
    city: Mapped[str | None] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(40))
    country: Mapped[str | None] = mapped_column(String(2))
