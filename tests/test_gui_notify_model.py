"""The notification center's model, applied a change at a time, shows what coalescing
every notification at once shows, and keeps Qt's contract while it does."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

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
