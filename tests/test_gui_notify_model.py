"""The notification center's model, applied a change at a time, shows what coalescing
every notification at once shows, and keeps Qt's contract while it does."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtTest import QAbstractItemModelTester

from console.notifications import NotificationEntry
from console.notify_groups import NotificationFilter, coalesce
from tests.builders import notification_entry
from tests.guikit import NOW, OFFSCREEN_NOISE, POLICY
from widgets.notify_model import COLUMNS, NotificationModel

pytestmark = OFFSCREEN_NOISE


def note(i: int, sweep: int, level: str, acked: bool = False) -> NotificationEntry:
    raised = NOW + timedelta(minutes=sweep)
    return notification_entry(i, level, raised, acked_by="张督办" if acked else None)


# a change: (id, sweep, level, acknowledged); ids may come again (acknowledged elsewhere)
changes = st.lists(
    st.lists(
        st.tuples(
            st.integers(1, 30),
            st.integers(0, 4),
            st.sampled_from(["warning", "critical"]),
            st.booleans(),
        ),  # fmt: skip
        max_size=8,
    ),
    max_size=6,
)


@settings(max_examples=80, deadline=None)
@given(changes, st.booleans())
def test_the_center_model_is_every_notification_coalesced(
    batches: list[list[tuple[int, int, str, bool]]], unacked_only: bool
) -> None:
    model = NotificationModel(POLICY.tz)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    shown = NotificationFilter(unacknowledged=unacked_only)
    model.set_filter(shown)
    seen: dict[int, NotificationEntry] = {}
    for batch in batches:
        # an id keeps its sweep and level, as a notification does; only its ack changes
        entries = [replace(seen.get(i) or note(i, sweep, level), acknowledged_by="张督办",
                           acknowledged_at=NOW) if acked else (seen.get(i) or note(i, sweep, level))
                   for i, sweep, level, acked in batch]  # fmt: skip
        entries = list({e.id: e for e in entries}.values())
        model.apply(entries)
        seen.update((e.id, e) for e in entries)
        expected = coalesce(e for e in seen.values() if shown.accepts(e))
        assert [(g.key, [e.id for e in g.entries]) for g in model.groups] == [
            (g.key, [e.id for e in g.entries]) for g in expected
        ]
        assert model.newest_id() == max(seen, default=0)
        assert model.unacknowledged() == sum(1 for e in seen.values() if not e.acknowledged)
        assert model.shown_unacknowledged() == sum(g.unacknowledged for g in expected)
    assert tester is not None


def test_a_new_sweep_goes_in_on_top_without_a_reset() -> None:
    model = NotificationModel(POLICY.tz)
    model.apply([note(i, 0, "warning") for i in range(1, 6)])
    resets: list[int] = []
    inserted: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    model.apply([note(i, 1, "critical") for i in range(6, 9)])
    assert resets == [] and inserted == [(0, 0)]  # one group of three, at the top
    assert [e.id for e in model.groups[0].entries] == [8, 7, 6]


def test_every_sort_of_line_has_its_mark_in_the_level_column(qapp: object) -> None:
    """Shuffled (推诿) and disputed lines have no level: they had no icon while the
    deadlines' lines each had one, and read as lesser ones."""
    model = NotificationModel(POLICY.tz)
    kinds = ["shuffled", "disputed", "office_overdue", "proposal"]
    model.apply(
        [replace(note(i, 0, "warning"), kind=kind, level=None) for i, kind in enumerate(kinds, 1)]
        + [note(10 + i, 1, level) for i, level in enumerate(["warning", "critical", "overdue"])]
    )
    sort = COLUMNS.index("sort")
    marks = {}
    for row in range(model.rowCount()):
        group = model.groups[row]
        icon = model.index(row, sort).data(Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon) and not icon.pixmap(16, 16).isNull(), group.kind
        marks[group.level or group.kind] = icon.pixmap(16, 16).toImage()
    assert len({bytes(image.constBits()) for image in marks.values()}) == 7  # each its own


def test_a_line_read_in_short_is_read_whole_where_it_is_shown(qtbot: Any) -> None:
    """A big first load reads most of a line in short; a row shown asks for its whole
    notification, which then takes its place: no line is coalesced again (a sweep's
    37,000 sorted again in one turn), the counts stay."""
    model = NotificationModel(POLICY.tz)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    whole = [note(i, 0, "warning") for i in range(1, 41)]
    short = [e if e.id > 35 else replace(e, whole=False) for e in whole]
    model.apply(short)
    lines = [(g.key, [e.id for e in g.entries]) for g in model.groups]
    assert model.rowCount() == 1 and model.rowCount(model.index(0, 0)) == 40
    assert model.shown_unacknowledged() == 40 == model.unacknowledged()
    line = model.index(0, 0)
    what = COLUMNS.index("what")
    assert model.index(2, what, line).data() != "…"  # id 38: whole
    with qtbot.waitSignal(model.wholeWanted, timeout=1000) as asked:
        assert model.index(30, what, line).data() == "…"  # id 10: in short
        model.index(31, what, line).data()
    assert asked.args == [[9, 10]]

    regrouped: list[int] = []
    resets: list[int] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda *_: regrouped.append(1))
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    with patch("widgets.notify_model.coalescing", side_effect=AssertionError("coalesced")):
        model.apply([whole[9], whole[8]])
        assert model.index(30, what, line).data() not in ("…", "")
        # an acknowledgment keeps its line too
        model.apply([replace(whole[0], acknowledged_by="张督办", acknowledged_at=NOW)])
    assert resets == regrouped == [] and (30, 31) in changed
    assert [(g.key, [e.id for e in g.entries]) for g in model.groups] == lines
    assert model.shown_unacknowledged() == 39 == model.unacknowledged()
    assert model.index(0, COLUMNS.index("ack")).data() == "1/40"

    # shown unacknowledged only: an acknowledgment takes its row out, where it is
    model.set_filter(NotificationFilter(unacknowledged=True))
    with patch("widgets.notify_model.coalescing", side_effect=AssertionError("coalesced")):
        model.apply([replace(whole[19], acknowledged_by="张督办", acknowledged_at=NOW)])
    expected = coalesce(e for e in model.entries.values() if not e.acknowledged)
    assert [(g.key, [e.id for e in g.entries]) for g in model.groups] == [
        (g.key, [e.id for e in g.entries]) for g in expected
    ]
    assert model.rowCount(model.index(0, 0)) == 38 == model.shown_unacknowledged()
    assert tester is not None
