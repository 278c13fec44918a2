"""The simulated city's proportions fall in the ranges documented in console.simulator.targets.

Deadlines are replayed here under the Haikou policy straight from the spec (sign 30 min
for non-urgent, on site 30 min for urgent, from each dispatch; reply 24 h / 48 h from
acceptance, none for praise; closed meets all), independent of console.lifecycle.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from console.simulator import generate_events
from console.simulator.city import UNITS_BY_CODE
from console.simulator.rhythm import is_surge_day
from console.simulator.targets import TARGETS

MIN30 = timedelta(minutes=30)


@dataclass
class Deadline:
    kind: str
    unit: str | None
    due: datetime
    status: str = "open"  # open | met | ended
    late: bool = False


@dataclass
class Ticket:
    category: str
    urgent: bool
    created: datetime
    deadlines: list[Deadline] = field(default_factory=list)
    returns: int = 0
    sent_to: list[str] = field(default_factory=list)
    left: set[str] = field(default_factory=set)
    jurisdiction: set[str] = field(default_factory=set)
    shuffled: bool = False
    reopened: bool = False
    transfers: int = 0


def replay(events: list[dict[str, Any]]) -> tuple[dict[str, Ticket], datetime]:
    tickets: dict[str, Ticket] = {}
    end = datetime.fromisoformat(events[-1]["at"])
    for ev in events:
        kind, at = ev["event"], datetime.fromisoformat(ev["at"])
        if kind == "created":
            t = tickets[ev["ticket"]] = Ticket(ev["category"], ev.get("urgent", False), at)
            if "reply_due" in ev:
                t.deadlines.append(Deadline("reply", None, datetime.fromisoformat(ev["reply_due"])))
            elif t.category != "praise":
                hours = 24 if t.category in ("consultation", "suggestion") else 48
                t.deadlines.append(Deadline("reply", None, at + timedelta(hours=hours)))
            continue
        t = tickets[ev["ticket"]]

        def end_unit_clocks(t: Ticket = t, at: datetime = at) -> None:
            for d in t.deadlines:
                if d.status == "open" and d.kind != "reply":
                    d.status, d.late = "ended", at > d.due

        def meet(kind: str, t: Ticket = t, at: datetime = at) -> None:
            for d in t.deadlines:
                if d.status == "open" and (kind == "*" or d.kind == kind):
                    d.status, d.late = "met", at > d.due

        def send(unit: str, t: Ticket = t, at: datetime = at) -> None:
            end_unit_clocks()
            t.shuffled |= unit in t.left
            if unit not in t.sent_to:
                t.sent_to.append(unit)
            t.deadlines.append(Deadline("onsite" if t.urgent else "sign", unit, at + MIN30))

        if kind == "dispatched":
            send(ev["unit"])
        elif kind == "transferred":
            t.left.add(ev["from"])
            t.transfers += 1
            send(ev["to"])
        elif kind == "returned":
            end_unit_clocks()
            t.returns += 1
            t.left.add(ev["unit"])
            if ev["reason"] == "jurisdiction":
                t.jurisdiction.add(ev["unit"])
        elif kind in ("signed", "onsite"):
            meet("sign" if kind == "signed" else "onsite")
        elif kind == "replied":
            meet("reply")
        elif kind == "closed":
            meet("*")
        elif kind == "reopened":
            t.reopened = True
    for t in tickets.values():
        for d in t.deadlines:
            if d.status == "open" and d.due < end:
                d.late = True
    return tickets, end


def measure(events: list[dict[str, Any]]) -> dict[str, float]:
    """The proportions TARGETS speaks of, measured on a feed."""
    tickets, end = replay(events)
    created = [e for e in events if e["event"] == "created"]
    n = len(created)
    cats = Counter(e["category"] for e in created)
    decided = [
        d
        for t in tickets.values()
        for d in t.deadlines
        if d.status != "open" or d.due < end  # not those still running at the feed's end
    ]
    hours = Counter(datetime.fromisoformat(e["at"]).hour for e in created)
    per_day = Counter(e["at"][:10] for e in created)
    weekend = [v for k, v in per_day.items() if date.fromisoformat(k).weekday() >= 5]
    weekday = [v for k, v in per_day.items() if date.fromisoformat(k).weekday() < 5]
    shuffled = [t.shuffled or t.returns >= 2 or len(t.sent_to) >= 3 for t in tickets.values()]
    visits = [(tickets[e["ticket"]].sent_to[-1], e["rating"]) for e in events
              if e["event"] == "rated"]  # fmt: skip
    by_profile: dict[str, list[bool]] = {}
    for unit, rating in visits:
        by_profile.setdefault(UNITS_BY_CODE[unit].profile, []).append(rating != "unsatisfied")
    shares = [sum(v) / len(v) for v in by_profile.values() if len(v) >= 50]
    out = {f"category:{c}": cats[c] / n for c in cats}
    out.update(
        {
            "urgent": sum(e.get("urgent", False) for e in created) / n,
            "on_time": sum(not d.late for d in decided) / len(decided),
            "tickets_on_time": sum(not any(d.late for d in t.deadlines) for t in tickets.values())
            / n,
            "shuffled": sum(shuffled) / n,
            "disputed": sum(len(t.jurisdiction) >= 2 for t in tickets.values()) / n,
            "returned": sum(t.returns > 0 for t in tickets.values()) / n,
            "transferred": sum(t.transfers > 0 for t in tickets.values()) / n,
            "reopened": sum(t.reopened for t in tickets.values()) / n,
            "phone": sum(e.get("channel", "phone") == "phone" for e in created) / n,
            "morning_vs_night": (hours[9] + hours[10]) / max(1, hours[2] + hours[3] + hours[4]),
            "rated": len(visits) / sum(e["event"] == "closed" for e in events),
            "satisfied": sum(r != "unsatisfied" for _, r in visits) / len(visits),
            "satisfaction_spread": max(shares) - min(shares),
            "weekend_vs_weekday": (
                (sum(weekend) / len(weekend)) / (sum(weekday) / len(weekday))
                if weekend and weekday
                else 1.0
            ),
        }
    )
    return out


# two ordinary weeks (seed chosen without a surge day: surges are tested on their own)
START, DAYS, PER_DAY = date(2025, 3, 3), 14, 300


@pytest.fixture(scope="module")
def ordinary() -> dict[str, float]:
    seed = next(
        s
        for s in range(100)
        if not any(is_surge_day(s, START + timedelta(days=i)) for i in range(DAYS))
    )
    return measure(list(generate_events(DAYS, PER_DAY, seed, START)))


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_proportion_in_documented_range(ordinary: dict[str, float], name: str) -> None:
    low, high = TARGETS[name]
    assert low <= ordinary.get(name, 0.0) <= high, f"{name} = {ordinary.get(name, 0.0):.4f}"


def test_daily_curve_busy_mornings_quiet_nights() -> None:
    events = list(generate_events(3, 400, 2, START))
    hours = Counter(datetime.fromisoformat(e["at"]).hour for e in events if e["event"] == "created")
    assert hours[9] + hours[10] > 8 * (hours[2] + hours[3])
    assert hours[15] > 2 * hours[5]  # the afternoon peak


def test_surge_day_floods_the_lines_with_urgent_tickets() -> None:
    day = date(2025, 8, 12)
    seed = next(s for s in range(1000) if is_surge_day(s, day))
    calm = next(s for s in range(1000) if not is_surge_day(s, day))
    storm = [e for e in generate_events(1, 200, seed, day) if e["event"] == "created"]
    normal = [e for e in generate_events(1, 200, calm, day) if e["event"] == "created"]
    assert len(storm) > 2 * len(normal)
    assert sum(e["urgent"] for e in storm) / len(storm) > 0.25
    assert sum(e["urgent"] for e in normal) / len(normal) < 0.12


def test_surge_days_are_rare_and_follow_the_seed() -> None:
    days = [date(2025, 1, 1) + timedelta(days=i) for i in range(365)]
    surges = [d for d in days if is_surge_day(42, d)]
    assert 3 <= len(surges) <= 25
    assert surges == [d for d in days if is_surge_day(42, d)]
    assert surges != [d for d in days if is_surge_day(43, d)]
