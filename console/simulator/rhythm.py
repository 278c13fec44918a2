"""When and why citizens call: the day's curve, the week, the category mix, surge days.

``per_day`` is the average over a week: working days carry 1.1 times it, rest days
(weekends and public holidays, by the official calendar) 0.75 times it. Within a day,
calls peak 9–11 am and again 2–5 pm and are few from 2 to 5 am. About one day in 30 is a
surge day (typhoon / rainstorm, 三防): 1.5 times ``per_day`` extra tickets, bunched around
the storm's hour and mostly urgent. Which days surge follows from the seed alone.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from itertools import accumulate

import chinese_calendar

from console.simulator import topics
from console.simulator.city import DISTRICT_WEIGHTS, DISTRICTS, District
from console.simulator.simtime import DAY, HOUR
from console.simulator.topics import Topic

# calls per hour, relative; index = hour of day
HOURLY: tuple[float, ...] = (
    0.18, 0.12, 0.08, 0.06, 0.06, 0.10, 0.25, 0.60, 1.30, 2.00, 2.10, 1.80,
    1.00, 1.00, 1.50, 1.80, 1.70, 1.30, 0.90, 0.80, 0.80, 0.60, 0.40, 0.25,
)  # fmt: skip
BUSY: tuple[float, ...] = tuple(w / max(HOURLY) for w in HOURLY)  # 0 quiet .. 1 peak
_HOUR_CUM = tuple(accumulate(HOURLY))

CATEGORY_MIX: dict[str, float] = {
    "consultation": 0.44,
    "complaint": 0.25,
    "help": 0.14,
    "suggestion": 0.07,
    "report": 0.06,
    "praise": 0.025,
    "other": 0.015,
}
_CATEGORIES = tuple(CATEGORY_MIX)
_CATEGORY_CUM = tuple(accumulate(CATEGORY_MIX.values()))

CHANNEL_MIX: dict[str, float] = {"phone": 0.62, "wechat": 0.15, "web": 0.12, "app": 0.10}
_CHANNELS = tuple(CHANNEL_MIX)
_CHANNEL_CUM = tuple(accumulate(CHANNEL_MIX.values()))
_DISTRICT_CUM = tuple(accumulate(DISTRICT_WEIGHTS))

WORKDAY_FACTOR = 1.1
RESTDAY_FACTOR = 0.75
SURGE_CHANCE = 1 / 30
SURGE_EXTRA = 1.5  # extra storm tickets, times per_day
SURGE_SHARE_OF_CALLS = 0.6  # of a surge day's ordinary calls, the share about the storm


@dataclass(slots=True)
class Draft:
    """A ticket as the call agent accepts it, before any unit touches it."""

    number: str
    t0: int  # simulated second of acceptance
    seed: int  # seeds the ticket's own random stream: its story is independent of others
    surge: bool


def is_workday(day: date) -> bool:
    """Official working day (调休 included); plain weekdays outside the calendar's years."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return day.weekday() < 5


def is_surge_day(seed: int, day: date) -> bool:
    """Whether a typhoon / rainstorm hits the city that day (≈ 1 day in 30)."""
    return random.Random(f"surge:{seed}:{day.isoformat()}").random() < SURGE_CHANCE


def arrivals(seed: int, per_day: int, day: date, day_index: int) -> list[Draft]:
    """The day's tickets in order of acceptance, numbered ``HKyyyymmdd-nnnnn``."""
    rng = random.Random(f"day:{seed}:{day.isoformat()}")
    factor = WORKDAY_FACTOR if is_workday(day) else RESTDAY_FACTOR
    count = max(0, round(per_day * factor * rng.gauss(1.0, 0.05)))
    base = day_index * DAY
    times = [
        base + int((rng.choices(range(24), cum_weights=_HOUR_CUM)[0] + rng.random()) * HOUR)
        for _ in range(count)
    ]
    surge = is_surge_day(seed, day)
    if surge:
        storm_hour = rng.uniform(6, 20)
        for _ in range(round(per_day * SURGE_EXTRA)):
            hour = min(max(rng.gauss(storm_hour, 3.0), 0.0), 23.999)
            times.append(base + int(hour * HOUR))
    times.sort()
    stem = f"HK{day.strftime('%Y%m%d')}-"
    return [Draft(f"{stem}{n:05d}", t, rng.getrandbits(64), surge) for n, t in enumerate(times, 1)]


def category(rng: random.Random) -> str:
    return rng.choices(_CATEGORIES, cum_weights=_CATEGORY_CUM)[0]


def topic(rng: random.Random, surge: bool) -> Topic:
    if surge and rng.random() < SURGE_SHARE_OF_CALLS:
        return rng.choices(topics.SURGE, topics.SURGE_WEIGHTS)[0]
    cat = category(rng)
    return rng.choices(topics.BY_CATEGORY[cat], topics.WEIGHTS[cat])[0]


def channel(rng: random.Random) -> str:
    return rng.choices(_CHANNELS, cum_weights=_CHANNEL_CUM)[0]


def district(rng: random.Random) -> District:
    return rng.choices(DISTRICTS, cum_weights=_DISTRICT_CUM)[0]
