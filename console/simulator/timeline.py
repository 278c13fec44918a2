"""The city's events in the order they happen, day after day.

Each day's arrivals are drawn when the simulation reaches that day; each ticket's whole
story is played at acceptance; a heap holding one cursor per live ticket merges the
stories into one time-ordered stream. Memory stays bounded by the tickets still open,
so the stream can run for as many days as asked, or forever.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from datetime import date

from console.simulator.rhythm import arrivals
from console.simulator.simtime import DAY, Moments
from console.simulator.tickets import Event, Timed, play


def timeline(
    moments: Moments,
    *,
    seed: int,
    per_day: int,
    days: int | None,
    not_before: int = 0,
    linger: float = 0.0,
) -> Iterator[tuple[int, Event]]:
    """(simulated second, event) for every event before the end of ``days`` days.

    ``days=None`` runs forever. Tickets accepted before second ``not_before`` are left
    out (their numbers stay reserved, so later tickets keep theirs). ``linger``: see
    ``tickets.play``.
    """
    # entries: (time of the ticket's next event, tie-breaker, index of that event, story)
    heap: list[tuple[int, int, int, list[Timed]]] = []
    order = 0
    day_index = max(0, not_before // DAY)
    while days is None or day_index < days:
        day: date = moments.day(day_index)
        for draft in arrivals(seed, per_day, day, day_index):
            if draft.t0 < not_before:
                continue
            story = play(moments, draft, linger)
            heapq.heappush(heap, (story[0][0], order, 0, story))
            order += 1
        day_index += 1
        horizon = day_index * DAY
        while heap and heap[0][0] < horizon:
            _, tie, index, story = heap[0]
            yield story[index]
            index += 1
            if index < len(story):
                heapq.heapreplace(heap, (story[index][0], tie, index, story))
            else:
                heapq.heappop(heap)
