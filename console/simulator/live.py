"""The city live: the same simulated city, played into the console as time passes.

``LiveCity`` maps the wall clock onto simulated time (``speed`` times as fast, from
``start``) and, at each :meth:`LiveCity.advance`, hands every event that has happened
by then to a sink — in the console, ``console.ingest.Importer(engine, policy).import_events``.
New days of arrivals are drawn as the simulation reaches them, so it runs forever.

By default the city starts with a day of history (``history``): the first ``advance``
emits the day before ``start``, so a fresh board opens on a city in full swing, with
tickets open, late and bounced, instead of an empty screen. ``linger`` (default 0, the
feed's city) makes a share of the late replies drag on for days (``tickets.play``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any

from console.simulator.simtime import CENTER_TZ, Moments
from console.simulator.timeline import timeline

BATCH = 5_000  # events per sink call: one import transaction stays small


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=CENTER_TZ)


def _center_now() -> datetime:
    return datetime.now(CENTER_TZ)


class LiveCity:
    """A simulated city that emits its events as simulated time catches up with them.

    Simulated now = ``start`` + (wall now − wall time at construction) × ``speed``.
    Call :meth:`advance` from one thread (a timer or scheduler job); events a failing
    sink did not take are kept and offered again at the next call.
    """

    def __init__(
        self,
        sink: Callable[[list[dict[str, Any]]], object],
        *,
        seed: int,
        per_day: int,
        speed: float = 1.0,
        clock: Callable[[], datetime] | None = None,
        start: datetime | None = None,
        history: timedelta = timedelta(days=1),
        linger: float = 0.0,
    ) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        if history < timedelta(0):
            raise ValueError("history must not be negative")
        if not 0 <= linger <= 1:
            raise ValueError("linger must be a share, 0 to 1")
        self.sink = sink
        self.seed = seed
        self.per_day = per_day
        self.speed = speed
        self._clock = clock or _center_now
        self._started_wall = _aware(self._clock())
        self.start = _aware(start) if start is not None else self._started_wall
        origin = (self.start - history).astimezone(CENTER_TZ)
        self._moments = Moments(origin.date())
        self._events: Iterator[tuple[int, dict[str, Any]]] = timeline(
            self._moments,
            seed=seed,
            per_day=per_day,
            days=None,
            not_before=self._moments.from_datetime(origin),
            linger=linger,
        )
        self._next: tuple[int, dict[str, Any]] | None = next(self._events, None)
        self._unsent: list[dict[str, Any]] = []
        self.emitted = 0

    def simulated_now(self, wall: datetime | None = None) -> datetime:
        """The simulated time at wall-clock time ``wall`` (default: the clock's now)."""
        wall = _aware(wall if wall is not None else self._clock())
        return self.start + (wall - self._started_wall) * self.speed

    def advance(self, now: datetime | None = None) -> int:
        """Emit every event that has happened by simulated now; returns how many.

        ``now`` is a wall-clock reading to use instead of asking the clock.
        """
        horizon = self._moments.from_datetime(self.simulated_now(now))
        due = self._unsent
        self._unsent = []
        while self._next is not None and self._next[0] <= horizon:
            due.append(self._next[1])
            self._next = next(self._events, None)
        sent = 0
        for begin in range(0, len(due), BATCH):
            batch = due[begin : begin + BATCH]
            try:
                self.sink(batch)
            except Exception:
                self._unsent = due[begin:]
                raise
            sent += len(batch)
        self.emitted += sent
        return sent

    def next_event_at(self) -> datetime | None:
        """Simulated time of the next event still to come (for scheduling the next call)."""
        if self._unsent:
            return self.simulated_now()
        if self._next is None:
            return None
        return self._moments.to_datetime(self._next[0])
