"""``crm-desktop contacts list|show|add|edit|delete|restore``: enough to script the basics."""

from __future__ import annotations

import argparse
from typing import Any

from crm_desktop.errors import ValidationError
from crm_desktop.services.people import ContactService

from .context import acting_user_id, open_from_args
from .output import emit, table

_FIELD_FLAGS = {
    "display_name": "--name",
    "prefix": "--prefix",
    "given_name": "--given",
    "middle_name": "--middle",
    "family_name": "--family",
    "job_title": "--job-title",
    "lifecycle_stage": "--stage",
    "source": "--source",
    "notes": "--notes",
    "birthday": "--birthday",
}


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    contacts = commands.add_parser("contacts", help="list, show, add, edit and delete contacts")
    sub = contacts.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("list", parents=[common], help="contacts sorted by name")
    p.add_argument("--query", help="part of the name, in any script")
    p.add_argument("--tag")
    p.add_argument("--stage")
    p.add_argument("--company-id", type=int)
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--trash", action="store_true", help="list the contacts in the Trash")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", parents=[common], help="one contact with all details")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("add", parents=[common], help="create a contact")
    _field_options(p)
    p.set_defaults(handler=cmd_add)

    p = sub.add_parser("edit", parents=[common], help="change a contact (only the options given)")
    p.add_argument("id", type=int)
    p.add_argument("--expect-version", type=int, help="refuse the edit if someone saved since this version")
    _field_options(p)
    p.set_defaults(handler=cmd_edit)

    p = sub.add_parser("delete", parents=[common], help="move a contact to the Trash (or --purge it from there)")
    p.add_argument("id", type=int)
    p.add_argument("--purge", action="store_true", help="remove a contact that is already in the Trash for good")
    p.set_defaults(handler=cmd_delete)

    p = sub.add_parser("restore", parents=[common], help="bring a contact back from the Trash")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_restore)


def _field_options(parser: argparse.ArgumentParser) -> None:
    for field, flag in _FIELD_FLAGS.items():
        parser.add_argument(flag, dest=field, help=field.replace("_", " "))
    parser.add_argument("--company-id", type=int)
    parser.add_argument("--email", action="append", help="repeat for several; replaces the list on edit")
    parser.add_argument("--phone", action="append", help="repeat for several; replaces the list on edit")
    parser.add_argument("--tag", action="append", help="repeat for several; replaces the list on edit")


def _values(args: argparse.Namespace) -> dict[str, Any]:
    values: dict[str, Any] = {f: getattr(args, f) for f in _FIELD_FLAGS if getattr(args, f) is not None}
    if args.company_id is not None:
        values["company_id"] = args.company_id
    for option, field in (("email", "emails"), ("phone", "phones"), ("tag", "tags")):
        if getattr(args, option) is not None:
            values[field] = getattr(args, option)
    return values


def _service(args: argparse.Namespace) -> tuple[ContactService, Any]:
    db = open_from_args(args, create=False)
    return ContactService(db, acting_user_id(db, args)), db


def cmd_list(args: argparse.Namespace) -> int:
    service, db = _service(args)
    filters: dict[str, Any] = {}
    for key, value in (
        ("query", args.query),
        ("tag", args.tag),
        ("lifecycle_stage", args.stage),
        ("company_id", args.company_id),
    ):
        if value is not None:
            filters[key] = value
    try:
        found = service.list(filters=filters, limit=args.limit, deleted=args.trash)
    finally:
        db.close()
    rows = [[str(c.id), c.display_name, c.primary_email or "", c.primary_phone or "", c.lifecycle_stage] for c in found]
    emit(found, args.json, table(rows, ["id", "name", "email", "phone", "stage"]) if rows else "No contacts.")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    service, db = _service(args)
    try:
        emit(service.get(args.id, include_deleted=True), args.json)
    finally:
        db.close()
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    service, db = _service(args)
    try:
        contact = service.create(_values(args))
    finally:
        db.close()
    emit(contact, args.json, f"Created contact {contact.id}: {contact.display_name}")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    values = _values(args)
    if not values:
        raise ValidationError({"options": "nothing to change; give at least one field option"})
    service, db = _service(args)
    try:
        version = args.expect_version or service.get(args.id).version
        contact = service.update(args.id, version, values)
    finally:
        db.close()
    emit(contact, args.json, f"Saved contact {contact.id} (version {contact.version})")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    service, db = _service(args)
    try:
        if args.purge:
            service.purge(args.id)
            result: dict[str, Any] = {"id": args.id, "purged": True}
        else:
            contact = service.delete(args.id)
            result = {"id": contact.id, "in_trash": True}
    finally:
        db.close()
    emit(result, args.json, f"Contact {args.id} " + ("removed for good" if args.purge else "moved to the Trash"))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    service, db = _service(args)
    try:
        contact = service.restore(args.id)
    finally:
        db.close()
    emit(contact, args.json, f"Restored contact {contact.id}: {contact.display_name}")
    return 0
