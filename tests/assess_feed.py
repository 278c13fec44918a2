"""A hand-made feed for the assessment (supervision.md §7) and its figures, worked out by
hand below. Haikou policy: sign 30 min from each dispatch (non-urgent), reply 24 h
(consultation) or 48 h (complaint, help) from acceptance. The period is 2024-10-01 up to
2024-10-03 (center time).

T1 complaint 10-01 09:00 → A 09:05 (sign due 09:35), signed 09:20, replied 15:00 (due
   10-03 09:00), closed 16:00, rated satisfied.               A: all on time.
T2 consultation 10-01 10:00 (reply due 10-02 10:00) → A 10:05, signed 10:50 (late),
   replied 10-02 11:00 (late), closed 12:00, rated basic.     A: sign, reply, close late.
T3 complaint 10-01 11:00 → A 11:05, returned by A 11:20 (its sign clock ends in time),
   → B 11:30, signed 12:10 (late), replied 10-02 09:00, closed 10:00, rated unsatisfied.
T4 help 10-01 12:00 → B 12:05, transferred B → C 12:20 (sign due 12:50, never signed):
   open and overdue at C at the end; escalated 10-02 10:00 while at C.
T5 consultation 09-30 20:00 (reply due 10-01 20:00) → C 09-30 23:50 (before the period;
   sign due 10-01 00:20), signed 10-01 00:10, replied 10-01 21:00 (late), closed 10-03
   09:00 (after the period): C's sign and late reply count, its close does not.

        dispatched signed(late) replied(late) closed(late) returns rated satisfied esc overdue
   A    3 (T1,T2,T3)  2 (1)       2 (1)        2 (1)        1       2     2         0   0
   B    2 (T3,T4)     1 (1)       1 (0)        1 (1)        0       1     0         0   0
   C    1 (T4 in)     1 (0)       1 (1)        0 (0)        0       0     0         1   1

Scores (weights 20 sign, 20 reply, 20 close, 20 satisfaction, 10 returns, 5 escalations,
5 overdue; indicators without anything to count left out):
   A: (20·½ + 20·½ + 20·½ + 20·1 + 10·(1 − ⅓) + 5·1 + 5·1) / 100 = 66.67 → rank 1
   B: (20·0 + 20·1 + 20·0 + 20·0 + 10·1 + 5·1 + 5·1) / 100       = 40.00 → rank 3
   C: (20·1 + 20·0 + 10·1 + 5·max(0, 1 − 10·1/1) + 5·(1 − 1/1)) / 60 = 50.00 → rank 2
   center: sign ½, reply ½, close ⅓, satisfaction ⅔, returns 1 − 1/6,
   escalations max(0, 1 − 10/6) = 0, overdue 1 − 1/6 → 52.50
"""

from __future__ import annotations

from typing import Any

from tests.feedkit import created, ev

FROM, TO = "2024-10-01", "2024-10-03"
END = "2024-10-03T00:00:00+08:00"
ESCALATED_AT = "2024-10-02T10:00:00+08:00"  # T4, while at C


def _t(day: int, hhmm: str) -> str:
    return f"2024-{'09' if day == 30 else '10'}-{day:02d}T{hhmm}:00+08:00"


FEED: list[dict[str, Any]] = [
    created("T5", _t(30, "20:00"), "consultation"),
    ev("dispatched", "T5", _t(30, "23:50"), unit="C", unit_name="丙局"),
    ev("signed", "T5", _t(1, "00:10"), unit="C"),
    created("T1", _t(1, "09:00"), "complaint"),
    ev("dispatched", "T1", _t(1, "09:05"), unit="A", unit_name="甲局"),
    ev("signed", "T1", _t(1, "09:20"), unit="A"),
    created("T2", _t(1, "10:00"), "consultation"),
    ev("dispatched", "T2", _t(1, "10:05"), unit="A"),
    ev("signed", "T2", _t(1, "10:50"), unit="A"),
    created("T3", _t(1, "11:00"), "complaint"),
    ev("dispatched", "T3", _t(1, "11:05"), unit="A"),
    ev("returned", "T3", _t(1, "11:20"), unit="A", reason="jurisdiction"),
    ev("dispatched", "T3", _t(1, "11:30"), unit="B", unit_name="乙局"),
    created("T4", _t(1, "12:00"), "help"),
    ev("dispatched", "T4", _t(1, "12:05"), unit="B"),
    ev("signed", "T3", _t(1, "12:10"), unit="B"),
    ev("transferred", "T4", _t(1, "12:20"), **{"from": "B", "to": "C"}),
    ev("replied", "T1", _t(1, "15:00"), unit="A"),
    ev("closed", "T1", _t(1, "16:00")),
    ev("rated", "T1", _t(1, "18:00"), rating="satisfied"),
    ev("replied", "T5", _t(1, "21:00"), unit="C"),
    ev("replied", "T3", _t(2, "09:00"), unit="B"),
    ev("closed", "T3", _t(2, "10:00")),
    ev("rated", "T3", _t(2, "11:00"), rating="unsatisfied", note="没解决"),
    ev("replied", "T2", _t(2, "11:00"), unit="A"),
    ev("closed", "T2", _t(2, "12:00")),
    ev("rated", "T2", _t(2, "13:00"), rating="basic"),
    ev("closed", "T5", _t(3, "09:00")),
]

# lines the import must reject, with a word of the reason
REJECTED: list[tuple[dict[str, Any], str]] = [
    (ev("rated", "T4", _t(2, "14:00"), rating="satisfied"), "open"),
    (ev("rated", "NOPE", _t(2, "14:00"), rating="satisfied"), "never created"),
    (ev("rated", "T1", _t(2, "14:00"), rating="great"), "rating"),
    (ev("rated", "T1", _t(2, "14:00")), "rating"),
]

FIELDS = ("dispatched", "signed", "signed_late", "replied", "replied_late", "closed",
          "closed_late", "returns", "rated", "satisfied", "escalations",
          "overdue_at_end")  # fmt: skip
EXPECTED: dict[str, tuple[int, ...]] = {
    "A": (3, 2, 1, 2, 1, 2, 1, 1, 2, 2, 0, 0),
    "B": (2, 1, 1, 1, 0, 1, 1, 0, 1, 0, 0, 0),
    "C": (1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 1, 1),
}
SCORES = {"A": (66.67, 1), "C": (50.0, 2), "B": (40.0, 3)}
CENTER = (6, 4, 2, 4, 2, 3, 2, 1, 3, 2, 1, 1)
CENTER_SCORE = 52.5
