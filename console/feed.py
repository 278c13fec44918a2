"""Reading the ticket event feed (JSON Lines): one line in, one checked event out.

A line that cannot be used raises :class:`FeedError` with a reason a person understands;
the importer keeps the line and the reason in the rejects file.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

import orjson

from console.vocabulary import (
    CATEGORIES,
    CHANNELS,
    EVENT_KINDS,
    RATINGS,
    RETURN_REASONS,
    UNIT_KINDS,
)

# times a center's feed can sensibly hold; anything else is a typo or an attack (and the
# years 1 and 9999 overflow when moved to UTC or given a deadline)
FIRST_YEAR, LAST_YEAR = 2000, 2100
# the longest text each field may hold: the database's column widths, so that SQLite and
# PostgreSQL judge a line alike (tests/test_feed_limits.py keeps them in step with db/models)
MAX_ID = 125  # event_key is "id:" + id in 128 characters
MAX_LENGTHS: dict[str, int] = {
    "ticket": 64,
    "unit": 64,
    "from": 64,
    "to": 64,
    "unit_name": 200,
    "to_name": 200,
    "district": 100,
    "id": MAX_ID,
}
MAX_CITIZEN = {"name": 100, "phone": 40}
MAX_DEPTH = 20  # objects and lists within each other; a feed needs two


class FeedError(ValueError):
    """A feed line that cannot be used; the message is the reason shown to a person."""


@dataclass(slots=True)
class FeedEvent:
    kind: str
    ticket: str
    at: datetime  # aware, UTC
    key: str  # the event's id, or a hash of its whole content
    data: dict[str, Any]  # the line's object as given


def at_option(value: str | None, tz: tzinfo) -> datetime:
    """A command's ``--at``: now when it is not given; an empty or malformed one is a
    mistake (FeedError), never read as "now"."""
    if value is None:
        return datetime.now(UTC)
    return parse_time(value, "--at", tz)


def parse_time(value: object, field: str, tz: tzinfo) -> datetime:
    if not isinstance(value, str) or not value.strip():
        raise FeedError(f'"{field}" must be an ISO 8601 time such as 2017-09-18T09:12:00+08:00')
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise FeedError(f'"{field}" is not an ISO 8601 time: {_short(value)}') from None
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise FeedError(
            f'"{field}" is {_short(value)}, outside the years {FIRST_YEAR} to {LAST_YEAR}'
        )
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(UTC)


def _short(value: object, limit: int = 40) -> str:
    """A value quoted in a reason, cut short: reasons are read by people, not hostile
    payloads echoed back."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def event_key(obj: dict[str, Any]) -> str:
    """The identity of an event: its ``id``, or else a hash of its whole content."""
    ident = obj.get("id")
    if ident is not None:
        return "id:" + str(ident)
    # check_event has bounded the nesting, so the encoder cannot recurse too deep
    canonical = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha:" + hashlib.sha256(canonical.encode()).hexdigest()[:40]


# per kind: fields that must be non-empty strings, optional string fields, and choices
# (field, allowed values, default; a default of "" makes the field optional)
_REQUIRED: dict[str, tuple[str, ...]] = {
    "created": ("title",),
    "dispatched": ("unit",),
    "signed": ("unit",),
    "onsite": ("unit",),
    "replied": ("unit",),
    "closed": (),
    "returned": ("unit",),
    "transferred": ("from", "to"),
    "reopened": (),
    "rated": (),
}
_OPTIONAL: dict[str, tuple[str, ...]] = {
    "created": ("description", "district", "address"),
    "dispatched": ("unit_name",),
    "replied": ("note",),
    "closed": ("note",),
    "returned": ("note",),
    "transferred": ("to_name",),
    "reopened": ("note",),
    "rated": ("note",),
}
_CHOICES: dict[str, tuple[tuple[str, tuple[str, ...], str | None], ...]] = {
    "created": (("category", CATEGORIES, None), ("channel", CHANNELS, "phone")),
    "dispatched": (("unit_kind", UNIT_KINDS, ""),),
    "returned": (("reason", RETURN_REASONS, None),),
    "rated": (("rating", RATINGS, None),),
}


def _missing_or_wrong(obj: dict[str, Any], field: str) -> FeedError:
    if obj.get(field) is None:
        return FeedError(f'field "{field}" is missing')
    return FeedError(f'field "{field}" must be a non-empty string')


def check_event(obj: object, tz: tzinfo, *, plain: bool = False, keyed: bool = True) -> FeedEvent:
    """Check one decoded feed object against the spec and return it as an event; its
    ``key`` is left empty unless ``keyed`` (an event already stored needs none, and an
    event without an id is hashed for it)."""
    if type(obj) is not dict:
        raise FeedError("a line must hold one JSON object")
    if not plain:
        _check_texts(obj)
    kind = obj.get("event")
    if kind is None:
        raise FeedError('field "event" is missing')
    if type(kind) is not str:
        raise FeedError('field "event" must be a string naming the kind of event')
    if kind not in _REQUIRED:
        raise FeedError(
            f"unknown event kind {_short(kind)}; expected one of {', '.join(EVENT_KINDS)}"
        )
    ticket = obj.get("ticket")
    if type(ticket) is not str or not ticket.strip():
        raise _missing_or_wrong(obj, "ticket")
    if "at" not in obj:
        raise FeedError('field "at" is missing')
    at = parse_time(obj["at"], "at", tz)
    if "id" in obj:
        ident = obj["id"]
        if type(ident) is not str or not ident.strip():
            raise FeedError('field "id" must be a non-empty string (or left out)')
    for name, longest in MAX_LENGTHS.items():
        value = obj.get(name)
        if type(value) is str and len(value) > longest:
            raise FeedError(f'field "{name}" is longer than {longest} characters')
    for name in _REQUIRED[kind]:
        value = obj.get(name)
        if type(value) is not str or not value.strip():
            raise _missing_or_wrong(obj, name)
    for name in _OPTIONAL.get(kind, ()):
        value = obj.get(name)
        if value is not None and type(value) is not str:
            raise FeedError(f'field "{name}" must be a string')
    for name, allowed, default in _CHOICES.get(kind, ()):
        value = obj.get(name, default)
        if value == "" and default == "":
            continue
        if value is None:
            raise FeedError(f'field "{name}" is missing')
        if value not in allowed:
            raise FeedError(f'field "{name}" is {value!r}; expected one of {", ".join(allowed)}')
    if kind == "created":
        _check_created(obj, tz)
    elif kind == "dispatched":
        co = obj.get("co_units")
        if co is not None and (type(co) is not list or not all(type(c) is str and c for c in co)):
            raise FeedError('field "co_units" must be a list of unit codes')
        if co and any(len(c) > MAX_LENGTHS["unit"] for c in co):
            raise FeedError(f'a unit code in "co_units" is longer than {MAX_LENGTHS["unit"]}')
    elif kind == "transferred" and obj["from"] == obj["to"]:
        raise FeedError('"from" and "to" are the same unit; a transfer needs two')
    return FeedEvent(kind, ticket, at, event_key(obj) if keyed else "", obj)


def _check_created(obj: dict[str, Any], tz: tzinfo) -> None:
    if type(obj.get("urgent", False)) is not bool:
        raise FeedError('field "urgent" must be true or false')
    citizen = obj.get("citizen")
    if citizen is not None:
        if type(citizen) is not dict:
            raise FeedError('field "citizen" must be an object with "name" and "phone"')
        for name in ("name", "phone"):
            if citizen.get(name) is not None and type(citizen[name]) is not str:
                raise FeedError(f'field "citizen.{name}" must be a string')
            if len(citizen.get(name) or "") > MAX_CITIZEN[name]:
                raise FeedError(
                    f'field "citizen.{name}" is longer than {MAX_CITIZEN[name]} characters'
                )
    if obj.get("reply_due") is not None:
        parse_time(obj["reply_due"], "reply_due", tz)


def _check_texts(obj: dict[str, Any]) -> None:
    """No NUL character anywhere (PostgreSQL's text cannot hold one, SQLite's can: both
    must judge a line alike), and no nesting deeper than a feed needs. Walked without
    recursion, so a hostile line cannot exhaust the stack."""
    pending: list[tuple[object, int]] = [(obj, 1)]
    while pending:
        value, depth = pending.pop()
        if type(value) is str:
            if "\x00" in value:
                raise FeedError("the line holds a NUL character (\\u0000) in a text")
        elif type(value) is dict:
            if depth > MAX_DEPTH:
                raise FeedError(f"the line nests objects or lists more than {MAX_DEPTH} deep")
            for key, item in value.items():
                if "\x00" in key:
                    raise FeedError("the line holds a NUL character (\\u0000) in a field name")
                pending.append((item, depth + 1))
        elif type(value) is list:
            if depth > MAX_DEPTH:
                raise FeedError(f"the line nests objects or lists more than {MAX_DEPTH} deep")
            pending.extend((item, depth + 1) for item in value)


def parse_line(line: str, tz: tzinfo, *, keyed: bool = True) -> FeedEvent:
    """Decode and check one feed line (``keyed``: see :func:`check_event`)."""
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise FeedError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    # the text shows when the walk is needless: no NUL escape (a raw NUL is not JSON) and
    # fewer brackets than the depth allowed; this spares most of a line's checking time
    plain = "\\u0000" not in line and line.count("{") + line.count("[") <= MAX_DEPTH
    return check_event(obj, tz, plain=plain, keyed=keyed)
