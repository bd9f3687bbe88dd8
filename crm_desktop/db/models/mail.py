"""Mail accounts and email messages, linked to every contact they involve."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Column, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record
from .people import Contact

EMAIL_DIRECTIONS = ("in", "out")
EMAIL_STATES = ("draft", "outbox", "sending", "sent", "failed", "received")


class MailAccount(Record, Base):
    """SMTP/IMAP settings; the password lives in the OS keyring, never here."""

    __tablename__ = "mail_accounts"

    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(320))
    smtp_host: Mapped[str | None] = mapped_column(String(255))
    smtp_port: Mapped[int | None] = mapped_column(Integer)
    smtp_security: Mapped[str] = mapped_column(String(10), default="starttls")
    imap_host: Mapped[str | None] = mapped_column(String(255))
    imap_port: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str | None] = mapped_column(String(320))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


email_contacts = Table(
    "email_contacts",
    Base.metadata,
    Column("email_id", ForeignKey("email_messages.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class EmailMessage(Record, Base):
    __tablename__ = "email_messages"
    __table_args__ = (
        CheckConstraint("direction IN ('in', 'out')", name="direction"),
        Index("ix_email_messages_thread", "thread_key", "sent_at"),
    )

    # Unique where present: importing the same .eml/.mbox twice adds nothing.
    message_id: Mapped[str | None] = mapped_column(String(998), unique=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    references: Mapped[str | None] = mapped_column(Text)
    thread_key: Mapped[str | None] = mapped_column(String(998))
    subject: Mapped[str] = mapped_column(String(998), default="")
    from_address: Mapped[str | None] = mapped_column(String(998))
    to_addresses: Mapped[str] = mapped_column(Text, default="")
    cc_addresses: Mapped[str] = mapped_column(Text, default="")
    bcc_addresses: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(index=True)
    text_body: Mapped[str | None] = mapped_column(Text)
    html_body: Mapped[str | None] = mapped_column(Text)
    raw_headers: Mapped[str | None] = mapped_column(Text)
    direction: Mapped[str] = mapped_column(String(3), default="in")
    state: Mapped[str] = mapped_column(String(10), default="received")
    folder: Mapped[str | None] = mapped_column(String(200))
    send_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("mail_accounts.id", ondelete="SET NULL"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"), index=True)
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id", ondelete="SET NULL"), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    is_private: Mapped[bool] = mapped_column(Boolean, default=False)

    contacts: Mapped[list[Contact]] = relationship(secondary=email_contacts, lazy="raise")
