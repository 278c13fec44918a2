"""Response policies: which deadlines a ticket gets, how long, and on which clock.

Two policies ship built in (``haikou``, ``national``); a center can write its own TOML
file in the same form (see ``resources/policies/haikou.toml``).
"""

from __future__ import annotations

import difflib
import hashlib
import logging
import re
import tomllib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from console.escalations import DEFAULT_RESPONSE, OFFICES
from console.ladder_policy import DEFAULT_LADDER_TOML, LadderError, LadderStep, parse_ladder
from console.paths import POLICIES
from console.vocabulary import CATEGORIES, DEADLINE_KINDS
from console.workdays import CalendarError, WorkCalendar, load_calendar_file
from db.engine import data_dir

log = logging.getLogger(__name__)

_LIMIT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(m|min|h|wd)\s*$")


class PolicyError(ValueError):
    """A policy file that cannot be used, with a message for the person who wrote it."""


@dataclass(frozen=True)
class Limit:
    amount: float
    unit: str  # "m", "h" or "wd"

    @property
    def working_days(self) -> bool:
        return self.unit == "wd"

    @property
    def seconds(self) -> float:
        return self.amount * {"m": 60, "h": 3600, "wd": 86400}[self.unit]

    @classmethod
    def parse(cls, text: str) -> Limit:
        match = _LIMIT.match(str(text))
        if not match:
            raise PolicyError(f'limit "{text}" is not like "30m", "24h" or "2wd"')
        unit = "m" if match.group(2) == "min" else match.group(2)
        return cls(float(match.group(1)), unit)


@dataclass(frozen=True)
class DeadlineRule:
    kind: str
    start: str  # "dispatch" | "accepted"
    limit: Limit
    urgent: bool | None = None
    categories: frozenset[str] | None = None

    def applies(self, category: str, urgent: bool) -> bool:
        if self.urgent is not None and self.urgent != urgent:
            return False
        return self.categories is None or category in self.categories


@dataclass(frozen=True)
class Timing:
    """A started deadline's absolute instants (UTC) and the clock it runs on."""

    clock: str  # "wall" | "working"
    started_at: datetime
    due_at: datetime
    warn_at: datetime
    crit_at: datetime


# the assessment's indicators, each a share from 0 (worst) to 1 (best); see
# console.assessment for how each is worked out
INDICATORS = ("sign", "reply", "close", "satisfaction", "returns", "escalations", "overdue")
DEFAULT_WEIGHTS: dict[str, float] = {
    "sign": 20,
    "reply": 20,
    "close": 20,
    "satisfaction": 20,
    "returns": 10,
    "escalations": 5,
    "overdue": 5,
}


@dataclass
class Policy:
    name: str
    source: str
    rules: tuple[DeadlineRule, ...]
    tz: ZoneInfo
    calendar: WorkCalendar
    warning_share: float = 0.5
    critical_share: float = 0.8
    shuffled_returns: int = 2
    shuffled_distinct_units: int = 3
    shuffled_back_to_unit: bool = True
    disputed_jurisdiction_returns: int = 2
    # the assessment's (统一考核) weight of each indicator in a unit's score
    assessment_weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    # each outside office's response time to an escalation ([offices]; default 3wd)
    office_response: dict[str, Limit] = field(default_factory=dict)
    # the escalation ladder's steps, in order (§8; console.ladder proposes them)
    ladder: tuple[LadderStep, ...] = ()
    key: str = field(init=False)
    _rule_cache: dict[tuple[str, str, bool], list[DeadlineRule]] = field(
        default_factory=dict, init=False, repr=False
    )
    _wall_spans: dict[Limit, tuple[timedelta, timedelta, timedelta]] = field(
        default_factory=dict, init=False, repr=False
    )

    def __post_init__(self) -> None:
        digest = hashlib.sha256(self.source.encode()).hexdigest()[:12]
        self.key = f"{self.name}@{digest}"

    def rules_for(self, start: str, category: str, urgent: bool) -> list[DeadlineRule]:
        key = (start, category, urgent)
        found = self._rule_cache.get(key)
        if found is None:
            found = [r for r in self.rules if r.start == start and r.applies(category, urgent)]
            self._rule_cache[key] = found
        return found

    def timing(self, start: datetime, limit: Limit) -> Timing:
        """Start a deadline of ``limit`` at ``start``: its due, warning and critical times."""
        if limit.working_days:
            total = limit.seconds
            cal = self.calendar
            return Timing(
                "working",
                start,
                cal.add_working_time(start, total),
                cal.add_working_time(start, total * self.warning_share),
                cal.add_working_time(start, total * self.critical_share),
            )
        spans = self._wall_spans.get(limit)
        if spans is None:
            span = timedelta(seconds=limit.seconds)
            spans = (span, span * self.warning_share, span * self.critical_share)
            self._wall_spans[limit] = spans
        return Timing("wall", start, start + spans[0], start + spans[1], start + spans[2])

    def response_limit(self, office: str) -> Limit:
        """How long ``office`` has to answer an escalation."""
        return self.office_response.get(office) or Limit.parse(DEFAULT_RESPONSE)

    def office_due(self, office: str, escalated_at: datetime) -> datetime:
        """When an escalation to ``office`` opened at ``escalated_at`` is overdue there."""
        return self.timing(escalated_at, self.response_limit(office)).due_at

    def wall_timing(self, start: datetime, due: datetime) -> Timing:
        """A deadline on the ordinary clock, e.g. a ``reply_due`` given in the feed."""
        span = max(due - start, timedelta(0))
        return Timing(
            "wall",
            start,
            due,
            start + span * self.warning_share,
            start + span * self.critical_share,
        )


# Every key a policy file may hold, with what it expects: a misspelled key is an error
# (a silent default would run the center on rules nobody wrote).
_TOP_KEYS = {
    "name": "a name of at most 87 characters",
    "timezone": "an IANA time zone such as Asia/Shanghai",
    "warning_share": "a number above 0 and at most 1",
    "critical_share": "a number above 0 and at most 1",
    "calendar_file": "the path of a calendar TOML file",
    "shuffled": "a table with returns, distinct_units, back_to_unit",
    "disputed": "a table with jurisdiction_returns",
    "deadline": "[[deadline]] tables",
    "assessment": "a table of indicator weights",
    "offices": "a table of office = response limit",
    "ladder": "[[ladder]] tables (step, condition, threshold, action, office, reason, days)",
}
_SHUFFLED_KEYS = {
    "returns": "a whole number of returns, at least 1",
    "distinct_units": "a whole number of units, at least 2",
    "back_to_unit": "true or false",
}
_DISPUTED_KEYS = {"jurisdiction_returns": "a whole number of units, at least 1"}
_RULE_KEYS = {
    "kind": f"one of {', '.join(DEADLINE_KINDS)}",
    "start": '"dispatch" or "accepted"',
    "urgent": "true or false",
    "categories": f"a list of {', '.join(CATEGORIES)}",
    "limit": 'a time limit such as "30m", "24h" or "2wd"',
}
# the policy's key is "name@" + 12 hex digits in a 100-character column
MAX_NAME = 87
# the longest limits that make sense; beyond them times overflow (or a typo slipped in)
MAX_WALL_SECONDS = 366 * 86400
MAX_WORKING_DAYS = 250


def _check_keys(table: dict[str, object], known: dict[str, str], where: str) -> None:
    for key in table:
        if key not in known:
            close = difflib.get_close_matches(key, list(known), n=1)
            hint = f'; did you mean "{close[0]}"?' if close else ""
            raise PolicyError(
                f'{where}: unknown key "{key}"{hint} (expected one of {", ".join(known)})'
            )


def _table(data: dict[str, object], key: str, where: str) -> dict[str, object]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise PolicyError(f"{where}: {key} must be a table ([{key}]), not {value!r}")
    return value


def _whole(table: dict[str, object], key: str, default: int, least: int, where: str) -> int:
    value = table.get(key, default)
    if type(value) is not int or not least <= value <= 1000:
        raise PolicyError(
            f"{where}: {key} must be a whole number from {least} to 1000, not {value!r}"
        )
    return value


def _share(data: dict[str, object], key: str, default: float, where: str) -> float:
    value = data.get(key, default)
    if type(value) not in (int, float) or not 0 < float(value) <= 1:  # type: ignore[arg-type]
        raise PolicyError(f"{where}: {key} must be {_TOP_KEYS[key]}, not {value!r}")
    return float(value)  # type: ignore[arg-type]


def _parse_rule(raw: object, where: str) -> DeadlineRule:
    if not isinstance(raw, dict):
        raise PolicyError(f"{where}: must be a [[deadline]] table")
    _check_keys(raw, _RULE_KEYS, where)
    kind = raw.get("kind")
    if kind not in DEADLINE_KINDS:
        raise PolicyError(f"{where}: kind must be {_RULE_KEYS['kind']}, not {kind!r}")
    start = raw.get("start", "dispatch" if kind != "reply" else "accepted")
    if start not in ("dispatch", "accepted"):
        raise PolicyError(f'{where}: start must be "dispatch" or "accepted", not {start!r}')
    urgent = raw.get("urgent")
    if urgent is not None and not isinstance(urgent, bool):
        raise PolicyError(f"{where}: urgent must be true or false, not {urgent!r}")
    cats = raw.get("categories")
    categories: frozenset[str] | None = None
    if cats is not None:
        if not isinstance(cats, list) or not cats or any(c not in CATEGORIES for c in cats):
            raise PolicyError(f"{where}: categories must be {_RULE_KEYS['categories']}")
        categories = frozenset(str(c) for c in cats)
    if "limit" not in raw:
        raise PolicyError(f"{where}: a limit is missing ({_RULE_KEYS['limit']})")
    if not isinstance(raw["limit"], str):
        raise PolicyError(f"{where}: limit must be {_RULE_KEYS['limit']}, not {raw['limit']!r}")
    try:
        limit = Limit.parse(raw["limit"])
    except PolicyError as exc:
        raise PolicyError(f"{where}: {exc}") from None
    if limit.amount <= 0:
        raise PolicyError(f'{where}: limit "{raw["limit"]}" must be longer than nothing')
    if limit.working_days and limit.amount > MAX_WORKING_DAYS:
        raise PolicyError(
            f'{where}: limit "{raw["limit"]}" is more than {MAX_WORKING_DAYS} working days'
        )
    if not limit.working_days and limit.seconds > MAX_WALL_SECONDS:
        raise PolicyError(f'{where}: limit "{raw["limit"]}" is more than 366 days')
    return DeadlineRule(str(kind), str(start), limit, urgent, categories)


def parse_policy(
    source: str,
    *,
    origin: str = "policy",
    base_dir: Path | None = None,
    where: str | None = None,
) -> Policy:
    """A policy from its TOML text; ``where`` (the file) starts every error message."""
    where = where or origin
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{where}: not valid TOML ({exc})") from None
    _check_keys(data, _TOP_KEYS, where)
    name = data.get("name", origin)
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME or "\x00" in name:
        raise PolicyError(f"{where}: name must be {_TOP_KEYS['name']}, not {name!r:.100}")
    zone = data.get("timezone", "Asia/Shanghai")
    try:
        if not isinstance(zone, str):
            raise ValueError(zone)
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise PolicyError(f"{where}: unknown time zone {zone!r}") from None
    rules_raw = data.get("deadline", [])
    if not isinstance(rules_raw, list):
        raise PolicyError(f"{where}: deadline must be written as [[deadline]] tables")
    rules = tuple(_parse_rule(r, f"{where}: deadline #{i + 1}") for i, r in enumerate(rules_raw))
    warning = _share(data, "warning_share", 0.5, where)
    critical = _share(data, "critical_share", 0.8, where)
    if not warning <= critical:
        raise PolicyError(f"{where}: need 0 < warning_share <= critical_share <= 1")
    shuffled = _table(data, "shuffled", where)
    disputed = _table(data, "disputed", where)
    _check_keys(shuffled, _SHUFFLED_KEYS, f"{where}: [shuffled]")
    _check_keys(disputed, _DISPUTED_KEYS, f"{where}: [disputed]")
    back = shuffled.get("back_to_unit", True)
    if not isinstance(back, bool):
        raise PolicyError(f"{where}: [shuffled] back_to_unit must be true or false")
    needs_calendar = any(r.limit.working_days for r in rules)
    calendar = _calendar(data, tz, base_dir, where, strict=needs_calendar)
    office_response = _offices(data.get("offices", {}), where)
    try:
        ladder = parse_ladder(data.get("ladder", _DEFAULT_LADDER), where)
    except LadderError as exc:
        raise PolicyError(str(exc)) from None
    return Policy(
        name=name,
        source=source,
        rules=rules,
        tz=tz,
        calendar=calendar,
        warning_share=warning,
        critical_share=critical,
        shuffled_returns=_whole(shuffled, "returns", 2, 1, f"{where}: [shuffled]"),
        shuffled_distinct_units=_whole(shuffled, "distinct_units", 3, 2, f"{where}: [shuffled]"),
        shuffled_back_to_unit=back,
        disputed_jurisdiction_returns=_whole(
            disputed, "jurisdiction_returns", 2, 1, f"{where}: [disputed]"
        ),
        assessment_weights=_weights(data.get("assessment", {}), where),
        office_response=office_response,
        ladder=ladder,
    )


_DEFAULT_LADDER = tomllib.loads(DEFAULT_LADDER_TOML)["ladder"]


def _weights(raw: object, origin: str) -> dict[str, float]:
    """The ``[assessment]`` table: a weight (a number, 0 or more) per indicator; those
    left out keep their default."""
    if not isinstance(raw, dict):
        raise PolicyError(f"{origin}: [assessment] must be a table of weights")
    weights = dict(DEFAULT_WEIGHTS)
    for name, value in raw.items():
        if name not in DEFAULT_WEIGHTS:
            raise PolicyError(
                f"{origin}: [assessment] has no indicator {name!r}; expected "
                + ", ".join(INDICATORS)
            )
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise PolicyError(f"{origin}: [assessment] {name} must be a number, 0 or more")
        weights[name] = float(value)
    if sum(weights.values()) <= 0:
        raise PolicyError(f"{origin}: [assessment] needs at least one weight above 0")
    return weights


def _offices(raw: object, origin: str) -> dict[str, Limit]:
    """``[offices]``: ``supervision = "2wd"``, or ``[offices.supervision] response = "2wd"``."""
    if not isinstance(raw, dict):
        raise PolicyError(f"{origin}: [offices] must be a table of office = limit")
    found: dict[str, Limit] = {}
    for office, value in raw.items():
        if office not in OFFICES:
            raise PolicyError(f"{origin}: [offices]: unknown office {office!r} "
                              f"(one of {', '.join(OFFICES)})")  # fmt: skip
        if isinstance(value, dict):
            value = value.get("response")
        try:
            found[office] = Limit.parse(str(value))
        except PolicyError as exc:
            raise PolicyError(f"{origin}: [offices] {office}: {exc}") from None
    return found


def _calendar(
    data: dict[str, object], tz: ZoneInfo, base_dir: Path | None, where: str, *, strict: bool
) -> WorkCalendar:
    """The center's own calendar: ``calendar_file`` in the policy, else ``calendar.toml``
    in the user's data folder, else none (weekends only beyond chinesecalendar's years).

    A broken calendar stops a policy that counts working days, at load time. One that does
    not (haikou) only warns about the data folder's file: commands that never count working
    days must not fail over it."""
    named = data.get("calendar_file")
    if named is not None:
        if not isinstance(named, str) or not named.strip():
            raise PolicyError(f"{where}: calendar_file must be {_TOP_KEYS['calendar_file']}")
        path = Path(named)
        if not path.is_absolute() and base_dir is not None:
            path = base_dir / path
        if not path.is_file():
            raise PolicyError(f"{where}: calendar file {path} does not exist")
        try:
            return load_calendar_file(path, tz)
        except CalendarError as exc:
            raise PolicyError(str(exc)) from None
    default = data_dir() / "calendar.toml"
    if default.exists():
        try:
            return load_calendar_file(default, tz)
        except CalendarError as exc:
            if strict:
                raise PolicyError(str(exc)) from None
            log.warning("%s (ignored: this policy counts no working days)", exc)
    return WorkCalendar(tz=tz)


BUILT_IN = ("haikou", "national")


def load_policy(name_or_path: str = "haikou") -> Policy:
    """A built-in policy by name, or a center's own TOML policy file by path."""
    if name_or_path in BUILT_IN:
        path = POLICIES / f"{name_or_path}.toml"
    else:
        path = Path(name_or_path)
        if not path.exists():
            raise PolicyError(
                f'no policy "{name_or_path}": use haikou, national or the path of a TOML file'
            )
    try:
        source = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PolicyError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise PolicyError(f"{path}: cannot be read ({exc.strerror})") from None
    return parse_policy(source, origin=path.stem, base_dir=path.parent, where=str(path))
