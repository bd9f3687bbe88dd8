"""Likely duplicate contacts and companies, with a score and the reasons, without comparing all pairs.

Blocking: only records that share a normalised email, an E.164 phone (digits when it could not be
parsed) or a name key (the sorted first three letters of each name word, after ``normalize_for_search``)
are ever compared. In a name block, contacts are compared only with those of the same company and with
"bare" records (no email, no phone): two people who merely share a common name, each with their own
email and phone, are never a pair, and a block of a thousand Mohammad Rezaeis costs no million
comparisons. Groups larger than ``MAX_GROUP`` (an office's switchboard number, info@ addresses) are
skipped: a shared address is not evidence.

Scoring adds evidence and subtracts contradictions (see ``_score_contacts``); name similarity is
rapidfuzz's ``token_sort_ratio`` over the normalised names (word order does not matter). Pairs a user
marked "not a duplicate" are remembered in ``dismissed_duplicates`` and never proposed again.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from rapidfuzz import fuzz
from sqlalchemy import Connection, and_, delete, literal, select
from sqlalchemy.dialects import postgresql, sqlite

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Company, Contact, DismissedDuplicate, EmailAddress, PhoneNumber
from crm_desktop.errors import ValidationError
from crm_desktop.text.normalize import digits_only

ENTITIES = ("contacts", "companies")
MAX_GROUP = 25  # owners of one email/phone beyond which it is a shared address, not a person
MAX_BLOCK = 400  # records of one name key compared with the bare ones among them
DEFAULT_MIN_SCORE = 60
# Words that say what a company is, not which: left out of company name keys and similarity.
COMPANY_WORDS = frozenset(
    "co company corp corporation inc ltd llc gmbh ag sa group شرکت شرکه مؤسسه موسسه مجموعه گروه".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class Reason:
    code: str  # same_email, same_phone, same_website, same_name, similar_name, same_company
    detail: str = ""  # the shared address or number, or the similarity in percent

    @property
    def text(self) -> str:
        words = self.code.replace("_", " ")
        return f"{words} {self.detail}%" if self.code == "similar_name" else words


@dataclass(frozen=True)
class DuplicateRecord:
    id: int
    title: str
    subtitle: str
    version: int


@dataclass(frozen=True)
class DuplicatePair:
    entity: str
    first: DuplicateRecord  # the older record (smaller id): the usual survivor
    second: DuplicateRecord
    score: int  # 0-100
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class DuplicateScan:
    entity: str
    pairs: tuple[DuplicatePair, ...]
    records: int  # live records looked at
    compared: int  # candidate pairs scored (blocking keeps this far below records² / 2)


@dataclass
class _Rec:
    id: int
    name: str
    company: int | None
    emails: set[str]
    phones: set[str]
    website: str = ""

    @property
    def bare(self) -> bool:
        return not self.emails and not self.phones


class DuplicateService:
    def __init__(self, db: Database, user_id: int | None = None):
        self.db = db
        self.user_id = user_id

    def find(
        self, entity: str = "contacts", *, min_score: int = DEFAULT_MIN_SCORE, limit: int = 1_000
    ) -> DuplicateScan:
        """Likely duplicate pairs, best first."""
        if entity not in ENTITIES:
            raise ValidationError({"entity": f"choose one of {', '.join(ENTITIES)}"})
        with self.db.read() as session:
            conn = session.connection()
            records = _load(conn, entity)
            dismissed = {
                (a, b)
                for a, b in conn.execute(
                    select(DismissedDuplicate.first_id, DismissedDuplicate.second_id).where(
                        DismissedDuplicate.entity == entity
                    )
                )
            }
            scorer = _score_contacts if entity == "contacts" else _score_companies
            found: list[tuple[int, int, int, tuple[Reason, ...]]] = []
            compared = 0
            for a, b in _candidates(records, entity):
                compared += 1
                if (a, b) in dismissed:
                    continue
                score, reasons = scorer(records[a], records[b])
                if score >= min_score:
                    found.append((score, a, b, reasons))
            found.sort(key=lambda f: (-f[0], f[1], f[2]))
            found = found[: max(1, limit)]
            shown = _describe(conn, entity, {i for _, a, b, _ in found for i in (a, b)})
        pairs = tuple(DuplicatePair(entity, shown[a], shown[b], score, reasons) for score, a, b, reasons in found)
        return DuplicateScan(entity, pairs, len(records), compared)

    def dismiss(self, entity: str, first_id: int, second_id: int) -> None:
        """Remember that two records are not the same (the finder stops proposing the pair)."""
        if entity not in ENTITIES:
            raise ValidationError({"entity": f"choose one of {', '.join(ENTITIES)}"})
        low, high = sorted((first_id, second_id))
        if low == high:
            raise ValidationError({"second_id": "a record cannot be a duplicate of itself"})
        row = {"entity": entity, "first_id": low, "second_id": high, "dismissed_by_id": self.user_id}

        def work(session: Any) -> None:
            conn = session.connection()
            insert = (postgresql if conn.dialect.name == "postgresql" else sqlite).insert
            conn.execute(insert(DismissedDuplicate).values(row).on_conflict_do_nothing())

        self.db.run_write(work, self.user_id)

    def undismiss(self, entity: str, first_id: int, second_id: int) -> None:
        low, high = sorted((first_id, second_id))

        def work(session: Any) -> None:
            session.execute(
                delete(DismissedDuplicate).where(
                    and_(
                        DismissedDuplicate.entity == entity,
                        DismissedDuplicate.first_id == low,
                        DismissedDuplicate.second_id == high,
                    )
                )
            )

        self.db.run_write(work, self.user_id)


# ---- loading ---------------------------------------------------------------------------------------------
def _load(conn: Connection, entity: str) -> dict[int, _Rec]:
    model = Contact if entity == "contacts" else Company
    owner = "contact_id" if entity == "contacts" else "company_id"
    if entity == "contacts":
        query = select(Contact.id, Contact.name_search, Contact.company_id, literal(None))
    else:
        query = select(Company.id, Company.name_search, literal(None), Company.website)
    records = {
        id_: _Rec(id_, name or "", company, set(), set(), _domain(website))
        for id_, name, company, website in conn.execute(query.where(model.deleted_at.is_(None))).all()
    }
    e_owner, p_owner = getattr(EmailAddress, owner), getattr(PhoneNumber, owner)
    emails = select(e_owner, EmailAddress.address_norm).where(e_owner.is_not(None))
    for owner_id, address in conn.execute(emails).all():
        if owner_id in records:
            records[owner_id].emails.add(address)
    for owner_id, e164, raw in conn.execute(
        select(p_owner, PhoneNumber.e164, PhoneNumber.raw).where(p_owner.is_not(None))
    ).all():
        number = e164 or digits_only(raw).lstrip("0")
        if owner_id in records and len(number) >= 6:
            records[owner_id].phones.add(number)
    return records


def _domain(website: str | None) -> str:
    if not website:
        return ""
    text = website.strip().lower()
    host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
    return host.removeprefix("www.")


# ---- blocking --------------------------------------------------------------------------------------------
@lru_cache(maxsize=1 << 17)  # names repeat: computed once per distinct name, not per pair
def _name_words(name: str, entity: str) -> tuple[str, ...]:
    words = [w for w in name.replace(",", " ").split() if w]
    if entity == "companies":
        words = [w for w in words if w not in COMPANY_WORDS] or words
    return tuple(words)


@lru_cache(maxsize=1 << 17)
def name_key(name: str, entity: str = "contacts") -> str:
    """The block a name falls in: the sorted three-letter starts of its words ("rezaei ali" -> "ali rez")."""
    return " ".join(sorted(w[:3] for w in _name_words(name, entity)))


def _pairs_of(ids: Iterable[int]) -> Iterator[tuple[int, int]]:
    return itertools.combinations(sorted(ids), 2)


def _candidates(records: dict[int, _Rec], entity: str) -> Iterator[tuple[int, int]]:
    """Each candidate pair once, (smaller id, larger id)."""
    seen: set[tuple[int, int]] = set()
    by_email: dict[str, set[int]] = defaultdict(set)
    by_phone: dict[str, set[int]] = defaultdict(set)
    by_site: dict[str, set[int]] = defaultdict(set)
    blocks: dict[str, list[int]] = defaultdict(list)
    for rec in records.values():
        for email in rec.emails:
            by_email[email].add(rec.id)
        for phone in rec.phones:
            by_phone[phone].add(rec.id)
        if rec.website:
            by_site[rec.website].add(rec.id)
        if rec.name and not _looks_like_a_point(rec.name):
            blocks[name_key(rec.name, entity)].append(rec.id)

    def fresh(pairs: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
        for pair in pairs:
            if pair not in seen:
                seen.add(pair)
                yield pair

    for owners in itertools.chain(by_email.values(), by_phone.values(), by_site.values()):
        if 1 < len(owners) <= MAX_GROUP:
            yield from fresh(_pairs_of(owners))
    for ids in blocks.values():
        if len(ids) < 2:
            continue
        if entity == "companies":
            if len(ids) <= MAX_BLOCK:
                yield from fresh(_pairs_of(ids))
            continue
        by_company: dict[int, list[int]] = defaultdict(list)
        for i in ids:
            if records[i].company is not None:
                by_company[records[i].company].append(i)
        for members in by_company.values():
            if 1 < len(members) <= MAX_BLOCK:
                yield from fresh(_pairs_of(members))
        bare = [i for i in ids if records[i].bare]
        if bare and len(ids) <= MAX_BLOCK:
            yield from fresh((min(b, i), max(b, i)) for b in bare for i in ids if i != b)


# ---- scoring ---------------------------------------------------------------------------------------------
_POINT_LIKE = re.compile(r"@|(?:\d\D*){5}")


def _looks_like_a_point(name: str) -> bool:
    """A name that is really an email address or a number (contacts saved without a name)."""
    return _POINT_LIKE.search(name) is not None


def name_similarity(a: str, b: str, entity: str = "contacts") -> int | None:
    """0-100. Every word of the shorter name must resemble a word of the other (the weakest decides:
    "Reza Karimi" is not "Maryam Karimi"); then the whole names in any word order. A name whose words are
    all in the other ("Joseph" and "Joseph Young") counts 90."""
    if not a or not b or _looks_like_a_point(a) or _looks_like_a_point(b):
        return None
    short, long = sorted((_name_words(a, entity), _name_words(b, entity)), key=len)
    weakest = min(max(fuzz.ratio(x, y) for y in long) for x in short)
    if weakest < 70:
        return round(weakest)
    if len(short) < len(long):
        return 90 if weakest == 100 else min(89, round(weakest))
    return round(fuzz.token_sort_ratio(" ".join(short), " ".join(long)))


def _name_evidence(similarity: int | None, reasons: list[Reason]) -> float:
    if similarity is None:
        return 0.0
    if similarity >= 97:
        reasons.append(Reason("same_name"))
        return 0.4
    if similarity >= 75:
        reasons.append(Reason("similar_name", str(similarity)))
        return 0.3 if similarity >= 85 else 0.15
    return 0.0


def _points(a: _Rec, b: _Rec, reasons: list[Reason]) -> tuple[float, bool]:
    score, shared = 0.0, False
    emails, phones = sorted(a.emails & b.emails), sorted(a.phones & b.phones)
    if emails:
        score, shared = 0.6, True
        reasons.append(Reason("same_email", emails[0]))
    if phones:
        score, shared = score + (0.2 if shared else 0.5), True
        reasons.append(Reason("same_phone", phones[0]))
    if not shared:  # both have addresses, none in common: probably two people
        score -= 0.3 if a.emails and b.emails else 0.0
        score -= 0.2 if a.phones and b.phones else 0.0
    return score, shared


def _result(score: float, reasons: list[Reason]) -> tuple[int, tuple[Reason, ...]]:
    return max(0, min(100, round(score * 100))), tuple(reasons)


def _score_contacts(a: _Rec, b: _Rec) -> tuple[int, tuple[Reason, ...]]:
    """Email 60, phone 50 (20 with an email), same name 40 / similar 30 or 15, same company 20, and an
    identical name with nothing to contradict it (one record bare) 20; minus 30/20 for emails/phones that
    differ, 20 for different companies, 15 for dissimilar names on a shared address."""
    reasons: list[Reason] = []
    score, shared = _points(a, b, reasons)
    similarity = name_similarity(a.name, b.name)
    score += _name_evidence(similarity, reasons)
    if shared and similarity is not None and similarity < 75:
        score -= 0.15  # a family's or an office's shared address
    if a.company is not None and a.company == b.company:
        score += 0.2
        reasons.append(Reason("same_company"))
    elif a.company is not None and b.company is not None:
        score -= 0.2
    if not shared and similarity is not None and similarity >= 97 and (a.bare or b.bare):
        score += 0.2
    return _result(score, reasons)


def _score_companies(a: _Rec, b: _Rec) -> tuple[int, tuple[Reason, ...]]:
    """Like contacts, with the website's domain as a third contact point and the name weighing more
    (60 when identical): two companies rarely share a name, two people often do."""
    reasons: list[Reason] = []
    score, shared = _points(a, b, reasons)
    if a.website and a.website == b.website:
        score += 0.2 if shared else 0.5
        shared = True
        reasons.append(Reason("same_website", a.website))
    elif a.website and b.website:
        score -= 0.3
    similarity = name_similarity(a.name, b.name, "companies")
    score += _name_evidence(similarity, reasons) * 1.5
    if shared and similarity is not None and similarity < 75:
        score -= 0.15
    return _result(score, reasons)


# ---- display ---------------------------------------------------------------------------------------------
def _describe(conn: Connection, entity: str, ids: set[int]) -> dict[int, DuplicateRecord]:
    from .search import display_hits  # the search hits' titles and subtitles, one query

    shown: dict[int, DuplicateRecord] = {}
    ordered = sorted(ids)
    model = Contact if entity == "contacts" else Company
    for start in range(0, len(ordered), 500):
        part = ordered[start : start + 500]
        versions = dict(conn.execute(select(model.id, model.version).where(model.id.in_(part))).all())
        for hit in display_hits(conn, entity, part):
            shown[hit.id] = DuplicateRecord(hit.id, hit.title, hit.subtitle, versions[hit.id])
    return shown
