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

CATEGORIES = ("consultation", "suggestion", "complaint", "help", "report", "praise", "other")
CHANNELS = ("phone", "web", "app", "wechat", "other")
UNIT_KINDS = ("department", "district", "grid", "emergency")
RETURN_REASONS = ("jurisdiction", "info_missing", "other")
KINDS = (
    "created",
    "dispatched",
    "signed",
    "onsite",
    "replied",
    "closed",
    "returned",
    "transferred",
    "reopened",
)


class FeedError(ValueError):
    """A feed line that cannot be used; the message is the reason shown to a person."""


@dataclass(slots=True)
class FeedEvent:
    kind: str
    ticket: str
    at: datetime  # aware, UTC
    key: str  # the event's id, or a hash of its whole content
    data: dict[str, Any]  # the line's object as given


def parse_time(value: object, field: str, tz: tzinfo) -> datetime:
    if not isinstance(value, str) or not value.strip():
        raise FeedError(f'"{field}" must be an ISO 8601 time such as 2017-09-18T09:12:00+08:00')
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise FeedError(f'"{field}" is not an ISO 8601 time: {value!r}') from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(UTC)


def event_key(obj: dict[str, Any]) -> str:
    """The identity of an event: its ``id``, or else a hash of its whole content."""
    ident = obj.get("id")
    if ident is not None:
        return "id:" + str(ident)
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
}
_OPTIONAL: dict[str, tuple[str, ...]] = {
    "created": ("description", "district", "address"),
    "dispatched": ("unit_name",),
    "replied": ("note",),
    "closed": ("note",),
    "returned": ("note",),
    "transferred": ("to_name",),
    "reopened": ("note",),
}
_CHOICES: dict[str, tuple[tuple[str, tuple[str, ...], str | None], ...]] = {
    "created": (("category", CATEGORIES, None), ("channel", CHANNELS, "phone")),
    "dispatched": (("unit_kind", UNIT_KINDS, ""),),
    "returned": (("reason", RETURN_REASONS, None),),
}


def _missing_or_wrong(obj: dict[str, Any], field: str) -> FeedError:
    if obj.get(field) is None:
        return FeedError(f'field "{field}" is missing')
    return FeedError(f'field "{field}" must be a non-empty string')


def check_event(obj: object, tz: tzinfo) -> FeedEvent:
    """Check one decoded feed object against the spec and return it as an event."""
    if type(obj) is not dict:
        raise FeedError("a line must hold one JSON object")
    kind = obj.get("event")
    if kind is None:
        raise FeedError('field "event" is missing')
    if kind not in _REQUIRED:
        raise FeedError(f"unknown event kind {kind!r}; expected one of {', '.join(KINDS)}")
    ticket = obj.get("ticket")
    if type(ticket) is not str or not ticket.strip():
        raise _missing_or_wrong(obj, "ticket")
    if "at" not in obj:
        raise FeedError('field "at" is missing')
    at = parse_time(obj["at"], "at", tz)
    ident = obj.get("id")
    if ident is not None and not isinstance(ident, str | int):
        raise FeedError('field "id" must be a string')
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
    elif kind == "transferred" and obj["from"] == obj["to"]:
        raise FeedError('"from" and "to" are the same unit; a transfer needs two')
    return FeedEvent(kind, ticket, at, event_key(obj), obj)


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
    if obj.get("reply_due") is not None:
        parse_time(obj["reply_due"], "reply_due", tz)


def parse_line(line: str, tz: tzinfo) -> FeedEvent:
    """Decode and check one feed line."""
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise FeedError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    return check_event(obj, tz)
