"""The services' error messages in the user's language.

Services stay free of Qt: they raise ``ValidationError({field: message})`` with English messages built
from fixed templates (``f"{value!r} is not a date (use YYYY-MM-DD)"``). This table lists those templates
once, with ``{0}``, ``{1}`` … where the service inserts a value; ``translate_error`` recognises a message by
its template, translates the template with ``QCoreApplication.translate("ServiceErrors", …)`` and puts the
values back, each in a Unicode isolate (and numbers in the user's digits) so a Latin email or a file
path cannot reorder an Arabic or Persian sentence. A message no template matches is shown as it is.

``tests/ui/test_error_text.py`` reads every message template in ``crm_desktop/services`` and
``crm_desktop/io`` and fails when one is missing here: add it below, then run
``tools/update_translations.py`` and translate it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from crm_desktop.errors import CrmError, ValidationError
from crm_desktop.text.bidi import isolate
from crm_desktop.text.digits import to_latin_digits

from .dates import DisplayPrefs, digits, prefs

CONTEXT = "ServiceErrors"

# fmt: off
TEMPLATES: tuple[str, ...] = (
    # validation.py: text, numbers, dates, emails, phones
    QT_TRANSLATE_NOOP("ServiceErrors", "is required"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be text"),
    QT_TRANSLATE_NOOP("ServiceErrors", "contains a NUL character, which cannot be stored"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is too long ({0} characters; at most {1})"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be yes or no"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is too large"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a whole number"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a number"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a finite number"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a positive number"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must not be negative"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not a number"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not a date (use YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not a date and time (use ISO 8601, e.g. 2026-01-31T09:30+03:30)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a date and time"),
    QT_TRANSLATE_NOOP("ServiceErrors", "needs a time zone"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not a valid email address: more than 64 characters before the @"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not a valid email address: {1}"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "{0} is not a valid phone number (include the country code, e.g. +98, or set the default phone region)",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not a valid phone number{1}"),
    # generic records (crud, listing, trash, saved searches, custom fields and values)
    QT_TRANSLATE_NOOP("ServiceErrors", "must be one of {0}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "choose one of {0}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0}: choose from {1}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is not a field of a {0}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is not a field of {0}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is not a field of a contact"),
    QT_TRANSLATE_NOOP("ServiceErrors", "refers to {0} {1}, which does not exist"),
    QT_TRANSLATE_NOOP("ServiceErrors", "move the {0} to the Trash before purging it"),
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot filter {0}s by {1}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is managed by the application and cannot be set"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} has no list"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} cannot be sorted by {1}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is not a company filter"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is not a contact filter"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is not a filter of {0}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a set of named filters"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a record id (a positive whole number)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "choose a saved record to see its history"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be between 1 and 10,000"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a whole number of days, 0 or more"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} has no Trash; use one of {1}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a list of choices"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a choice field needs at least one choice"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "must be lower-case a-z, 0-9 and _, start with a letter, at most {0} characters"
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "only choice fields have choices"),
    QT_TRANSLATE_NOOP("ServiceErrors", "at most {0} choices ({1} given)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is already used by another {1} field"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is already used by another field; try again"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a whole number, 0 or more"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not one of the choices ({1})"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must map field keys to values"),
    QT_TRANSLATE_NOOP("ServiceErrors", "field key {0} must be text"),
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot be stored: use text, a number or yes/no"),
    # contacts, companies, contact points, users
    QT_TRANSLATE_NOOP("ServiceErrors", "a contact needs a name, an email address or a phone number"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a two-letter ISO country code, e.g. IR, SA, DE"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be image bytes"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a PNG, JPEG, GIF, BMP or WebP image"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is {0} bytes; at most {1}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a list"),
    QT_TRANSLATE_NOOP("ServiceErrors", "has {0} entries; at most {1}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a list of at most {0} contact ids"),
    QT_TRANSLATE_NOOP("ServiceErrors", "no contact with id {0}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a company cannot be its own parent, directly or through others"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is already taken"),
    # activities and tasks
    QT_TRANSLATE_NOOP("ServiceErrors", "must be 1 (low), 2 (normal) or 3 (high)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be between 0 and 44640 minutes"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must not be before the start"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be between 0 and 86400 minutes"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a list of ISO date-times with a zone"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not a known time zone (e.g. Asia/Tehran)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be an iCalendar RRULE such as FREQ=WEEKLY;BYDAY=MO"),
    QT_TRANSLATE_NOOP("ServiceErrors", "activity {0} is not a task"),
    # calendar and forecast
    QT_TRANSLATE_NOOP("ServiceErrors", "must be after the start of the range"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not an occurrence of this series"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be after the start (the appointment has no length)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a changed occurrence of a series cannot repeat itself"),
    # persian_months.py (raised as RuleError(str(exc)): the scan cannot see them; tests/ui/test_error_text_persian.py)
    QT_TRANSLATE_NOOP("ServiceErrors", "a repeat in the Persian calendar is monthly (FREQ=MONTHLY), with INTERVAL, COUNT or UNTIL"),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", "a repeat in the Persian calendar is monthly (FREQ=MONTHLY), with INTERVAL, COUNT or UNTIL ({0} cannot be used)"),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", "INTERVAL and COUNT must be 1 or more"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a monthly repeat in the Persian calendar needs an end (a number of times or a last day) within {0} years"),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", "a monthly repeat in the Persian calendar can last at most {0} years; end it sooner"),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", "a monthly repeat in the Persian calendar can last at most {0} years; repeat fewer times"),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", "is more than five years after the start; check the year"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must not be before --from"),
    QT_TRANSLATE_NOOP("ServiceErrors", "more than {0} periods: check the dates"),
    # sales
    QT_TRANSLATE_NOOP("ServiceErrors", "must be between 0 and 100"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a stage cannot be both won and lost"),
    QT_TRANSLATE_NOOP("ServiceErrors", "choose a stage (the database has no pipeline yet)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "belongs to another pipeline"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a three-letter ISO 4217 code such as IRR, SAR, EUR"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a three-letter ISO 4217 code"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must not be empty"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is longer than {0} characters"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a whole number between 0 and 100"),
    QT_TRANSLATE_NOOP("ServiceErrors", "give every stage of the pipeline exactly once"),
    QT_TRANSLATE_NOOP("ServiceErrors", "choose another existing stage"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a stage of the same pipeline"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is implausibly large (more than 10^15 minor units): check the digits"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not a currency this app knows"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not a currency this app knows (e.g. IRR, SAR, EUR, USD)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is implausibly large: units of the currency per one base unit"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is more than {1} years away: check the year"),
    # emails and documents
    QT_TRANSLATE_NOOP("ServiceErrors", "must be 'in' or 'out'"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this message is already stored"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the template cannot be filled: {0}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "at least one recipient address is needed"),
    QT_TRANSLATE_NOOP("ServiceErrors", "no password is stored for {0}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the message has no mail account with an SMTP server"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} has no IMAP server to fetch from"),
    QT_TRANSLATE_NOOP("ServiceErrors", "no password is stored for {0} ({1})"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not a port number (1 to 65535)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not a port number"),
    QT_TRANSLATE_NOOP("ServiceErrors", "at most {0} folders"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not a folder name"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not a server name"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a template needs a name"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is {1} bytes; at most {2}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} cannot be read: {1}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} changed while it was being attached; try again"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} grew while it was being attached; try again"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} could not be read to the end: {1}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "attach to one of {0}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is larger than the limit of {1} MB"),
    QT_TRANSLATE_NOOP("ServiceErrors", "document {0} was not found"),
    # letters (services/letters.py) and the PDF file they are written to (reports/document.py)
    QT_TRANSLATE_NOOP("ServiceErrors", "no contact matches the saved search: nobody to write to"),
    QT_TRANSLATE_NOOP("ServiceErrors", "none of the chosen contacts exists any more: nobody to write to"),
    QT_TRANSLATE_NOOP("ServiceErrors", "letter template {0} was not found"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the output file {0} should end in .pdf"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is a folder; give a file name ending in .pdf"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} exists and is read-only"),
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot write a file in {0}: {1}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot write {0}: {1}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the PDF could not be written completely"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the logo file {0} does not exist"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the logo {0} is not an image that can be printed; use a PNG or JPEG file"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the logo {0} is an empty image"),
    # duplicates and merging
    QT_TRANSLATE_NOOP("ServiceErrors", "a record cannot be a duplicate of itself"),
    QT_TRANSLATE_NOOP("ServiceErrors", "only contacts and companies can be merged"),
    QT_TRANSLATE_NOOP("ServiceErrors", "choose at least two records to merge"),
    QT_TRANSLATE_NOOP("ServiceErrors", "at most {0} records at once"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be one of the records being merged"),
    QT_TRANSLATE_NOOP("ServiceErrors", "has the same value in every record"),
    QT_TRANSLATE_NOOP("ServiceErrors", "record {0} is not being merged"),
    QT_TRANSLATE_NOOP("ServiceErrors", "record {0} is not one of the records being merged"),
    # first run: database file or server, office settings
    QT_TRANSLATE_NOOP("ServiceErrors", "choose a database file"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is a folder; choose a file inside it"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not a Rafiq CRM database (not an SQLite file)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} does not exist"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} already exists: choose “Open an existing file” to use it"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the folder {0} does not exist"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the folder {0} is not writable"),
    QT_TRANSLATE_NOOP("ServiceErrors", "enter the server address, e.g. postgresql://user@host/crm"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is not a valid address ({0})"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must start with postgresql:// (only PostgreSQL servers are supported)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "names no server: postgresql://user@host/crm"),
    QT_TRANSLATE_NOOP("ServiceErrors", "names no database: add it after the server, e.g. …/crm"),
    QT_TRANSLATE_NOOP("ServiceErrors", "use the two-letter country code, e.g. IR, SA, DE"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not a known country code"),
    QT_TRANSLATE_NOOP("ServiceErrors", "use the three-letter currency code, e.g. EUR, IRR, SAR"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a single line"),
    QT_TRANSLATE_NOOP("ServiceErrors", "choose a database file or enter a server address"),
    QT_TRANSLATE_NOOP("ServiceErrors", "answer yes or no"),
    # import and export (io)
    QT_TRANSLATE_NOOP("ServiceErrors", "the import is at step {0}, not {1}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "choose a file to import"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not a contact field"),
    QT_TRANSLATE_NOOP("ServiceErrors", "choose a contact field for at least one column"),
    QT_TRANSLATE_NOOP("ServiceErrors", "there is no preset called {0}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "give the preset a name of 1 to {0} characters"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be auto, dmy or mdy"),
    QT_TRANSLATE_NOOP("ServiceErrors", "same email {0} as contact {1}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "same phone {0} as contact {1}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "same uid {0} as contact {1}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "same email {0} as an earlier row of this file"),
    QT_TRANSLATE_NOOP("ServiceErrors", "same phone {0} as an earlier row of this file"),
    QT_TRANSLATE_NOOP("ServiceErrors", "same uid {0} as an earlier row of this file"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be contacts or companies"),
    QT_TRANSLATE_NOOP("ServiceErrors", "vCard holds contacts only"),
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown {0}; choose from {1}"),
    # users, passwords and office switches (services/auth.py)
    QT_TRANSLATE_NOOP("ServiceErrors", "must have at least {0} characters"),
    QT_TRANSLATE_NOOP("ServiceErrors", "at least one active administrator must remain"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a whole number of days between 1 and {0}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "set your own password first, so that you can still log in"),
    QT_TRANSLATE_NOOP("ServiceErrors", "there is no user with id {0}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is not your current password"),
    QT_TRANSLATE_NOOP("ServiceErrors", "only an administrator can change users and office settings"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "your user account was deactivated or removed by an administrator; nothing was saved. "
        "Ask an administrator, then start Rafiq CRM again",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "wrong login or password"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this user has no password yet; ask an administrator to set one"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this user account is deactivated; ask an administrator"),
    # crm_desktop.errors: records that vanished or changed meanwhile
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} {1} was not found"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "{0} {1} was changed by someone else since you opened it (you edited version {2}, "
        "the database has version {3})",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "{0} {1} was changed by someone else since you opened it"),
)
# fmt: on

_PLACEHOLDER = re.compile(r"\{(\d+)\}")
_NUMBER = re.compile(r"[\d,]+")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each template as an anchored regex, the most specific first (the longest fixed text wins)."""
    compiled = []
    for template in TEMPLATES:
        pieces = _PLACEHOLDER.split(template)
        regex = "".join(
            re.escape(piece.replace("{{", "{").replace("}}", "}")) if i % 2 == 0 else f"(?P<p{piece}>.*?)"
            for i, piece in enumerate(pieces)
        )
        fixed = sum(len(piece) for piece in pieces[::2])
        compiled.append((fixed, re.compile(regex + r"\Z", re.DOTALL), template))
    compiled.sort(key=lambda item: -item[0])
    return tuple((pattern, template) for _, pattern, template in compiled)


def template_of(message: str) -> tuple[str, list[str]] | None:
    """(template, values) of a service message, or None when it is not one of ours."""
    for pattern, template in _patterns():
        match = pattern.match(message)
        if match:
            count = len(match.groupdict())
            return template, [match[f"p{i}"] for i in range(count)]
    return None


def _default_prefs() -> DisplayPrefs:
    return prefs(DisplayPrefs(QLocale().name()))


def translate_error(message: str, settings: Any = None) -> str:
    """``message`` (one field's error from a service) in the user's language; unknown text unchanged."""
    found = template_of(message)
    if found is None:
        return message
    template, values = found
    p = prefs(settings) if settings is not None else _default_prefs()
    if p.lang == "en":
        return message  # the services write English: nothing to translate, no digits to change
    shown = [digits(value, p) if _NUMBER.fullmatch(value) else value for value in values]
    translated = QCoreApplication.translate(CONTEXT, template)
    if p.digits == "latin":  # the translations write fixed counts in native digits; codes stay Latin anyway
        translated = to_latin_digits(translated)
    return translated.format(*(isolate(value) for value in shown))


def translate_errors(errors: Mapping[str, str], settings: Any = None) -> dict[str, str]:
    """Every message of a ``ValidationError.errors`` mapping translated; the field keys are kept."""
    return {field: translate_error(message, settings) for field, message in errors.items()}


def error_text(exc: CrmError, settings: Any = None) -> str:
    """One line per problem, for a status line or a message box."""
    if isinstance(exc, ValidationError):
        return "\n".join(f"{k}: {v}" for k, v in translate_errors(exc.errors, settings).items())
    return translate_error(str(exc), settings)
