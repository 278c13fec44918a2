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


def _text(obj: dict[str, Any], field: str, *, required: bool = True) -> str | None:
    value = obj.get(field)
    if value is None:
        if required:
            raise FeedError(f'field "{field}" is missing')
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise FeedError(f'field "{field}" must be a non-empty string')
    return value


def _choice(obj: dict[str, Any], field: str, allowed: tuple[str, ...], default: str | None) -> str:
    value = obj.get(field, default)
    if value is None:
        raise FeedError(f'field "{field}" is missing')
    if value not in allowed:
        raise FeedError(f'field "{field}" is {value!r}; expected one of {", ".join(allowed)}')
    return str(value)


def event_key(obj: dict[str, Any]) -> str:
    """The identity of an event: its ``id``, or else a hash of its whole content."""
    ident = obj.get("id")
    if ident is not None:
        return "id:" + str(ident)
    canonical = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha:" + hashlib.sha256(canonical.encode()).hexdigest()[:40]


def check_event(obj: object, tz: tzinfo) -> FeedEvent:
    """Check one decoded feed object against the spec and return it as an event."""
    if not isinstance(obj, dict):
        raise FeedError("a line must hold one JSON object")
    kind = obj.get("event")
    if kind is None:
        raise FeedError('field "event" is missing')
    if kind not in KINDS:
        raise FeedError(f"unknown event kind {kind!r}; expected one of {', '.join(KINDS)}")
    ticket = _text(obj, "ticket")
    assert ticket is not None
    if "at" not in obj:
        raise FeedError('field "at" is missing')
    at = parse_time(obj["at"], "at", tz)
    ident = obj.get("id")
    if ident is not None and not isinstance(ident, str | int):
        raise FeedError('field "id" must be a string')
    if kind == "created":
        _choice(obj, "category", CATEGORIES, None)
        if not isinstance(obj.get("urgent", False), bool):
            raise FeedError('field "urgent" must be true or false')
        _text(obj, "title")
        _choice(obj, "channel", CHANNELS, "phone")
        for name in ("description", "district", "address"):
            _text(obj, name, required=False)
        citizen = obj.get("citizen")
        if citizen is not None:
            if not isinstance(citizen, dict):
                raise FeedError('field "citizen" must be an object with "name" and "phone"')
            for name in ("name", "phone"):
                if citizen.get(name) is not None and not isinstance(citizen[name], str):
                    raise FeedError(f'field "citizen.{name}" must be a string')
        if obj.get("reply_due") is not None:
            parse_time(obj["reply_due"], "reply_due", tz)
    elif kind == "dispatched":
        _text(obj, "unit")
        _text(obj, "unit_name", required=False)
        if obj.get("unit_kind") is not None:
            _choice(obj, "unit_kind", UNIT_KINDS, None)
        co = obj.get("co_units")
        if co is not None and (
            not isinstance(co, list) or not all(isinstance(c, str) and c for c in co)
        ):
            raise FeedError('field "co_units" must be a list of unit codes')
    elif kind in ("signed", "onsite"):
        _text(obj, "unit")
    elif kind == "replied":
        _text(obj, "unit")
        _text(obj, "note", required=False)
    elif kind in ("closed", "reopened"):
        _text(obj, "note", required=False)
    elif kind == "returned":
        _text(obj, "unit")
        _choice(obj, "reason", RETURN_REASONS, None)
        _text(obj, "note", required=False)
    elif kind == "transferred":
        _text(obj, "from")
        _text(obj, "to")
        _text(obj, "to_name", required=False)
        if obj["from"] == obj["to"]:
            raise FeedError('"from" and "to" are the same unit; a transfer needs two')
    return FeedEvent(str(kind), ticket, at, event_key(obj), obj)


def parse_line(line: str, tz: tzinfo) -> FeedEvent:
    """Decode and check one feed line."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise FeedError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    return check_event(obj, tz)
