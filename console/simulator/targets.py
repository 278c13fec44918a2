"""The proportions the simulated city is built to show, and tested to show.

Measured over two ordinary weeks (no surge day) with the Haikou policy (sign 30 min
non-urgent / on site 30 min urgent from each dispatch; reply 24 h for consultation and
suggestion, 48 h for the rest, from acceptance; none for praise):

============================  =======  ===========================================
name                          typical  meaning
============================  =======  ===========================================
category:consultation         44 %     share of tickets by category (咨询 first,
category:complaint            25 %     then 投诉, 求助, 建议, 举报; few 表扬 / 其他)
category:help                 14 %
category:suggestion            7 %
category:report                6 %
category:praise               2.5 %
category:other                1.5 %
urgent                         6 %     tickets accepted as urgent (紧急类)
on_time                       ≈ 90 %   deadlines met, or ended by a return / transfer,
                                       before their due time (of those decided by the
                                       end of the feed)
tickets_on_time               ≈ 82 %   tickets with no late deadline at all
shuffled                      ≈ 2.5 %  returned ≥ 2 times, or sent to ≥ 3 units, or
                                       sent back to a unit that returned / passed it
disputed                      ≈ 1 %    returned for jurisdiction by ≥ 2 distinct units
returned                      ≈ 5 %    tickets returned at least once
transferred                   ≈ 2.5 %  tickets transferred at least once
reopened                      ≈ 1 %    closed tickets that came back
phone                         ≈ 62 %   tickets by phone (rest: WeChat, web, app)
morning_vs_night              ≈ 22     arrivals 9–11 am over arrivals 2–5 am
weekend_vs_weekday            ≈ 0.68   tickets per weekend day over per working day
rated                         ≈ 65 %   closings followed by a return visit (回访)
                                       within the feed (most visits a day later)
satisfied                     ≈ 85 %   visits rated satisfied or basic
satisfaction_spread           ≈ 0.25   the best unit profile's satisfied share over
                                       the worst's (prompt units ≈ 95 %, shufflers
                                       and slow units ≈ 70 %)
============================  =======  ===========================================

A surge day (≈ 1 in 30, from the seed) breaks these on purpose: about 2.5 times the
tickets, about half of them urgent (tested: > 25 %), every unit 1.6 times slower.
"""

from __future__ import annotations

TARGETS: dict[str, tuple[float, float]] = {
    "category:consultation": (0.38, 0.50),
    "category:complaint": (0.20, 0.30),
    "category:help": (0.11, 0.17),
    "category:suggestion": (0.05, 0.09),
    "category:report": (0.04, 0.08),
    "category:praise": (0.01, 0.04),
    "category:other": (0.005, 0.03),
    "urgent": (0.05, 0.08),
    "on_time": (0.85, 0.92),
    "tickets_on_time": (0.75, 0.90),
    "shuffled": (0.015, 0.05),
    "disputed": (0.005, 0.02),
    "returned": (0.03, 0.08),
    "transferred": (0.01, 0.04),
    "reopened": (0.004, 0.02),
    "phone": (0.55, 0.70),
    "morning_vs_night": (10.0, 40.0),
    "weekend_vs_weekday": (0.60, 0.75),
    "rated": (0.55, 0.75),
    "satisfied": (0.78, 0.92),
    "satisfaction_spread": (0.12, 0.40),
}
