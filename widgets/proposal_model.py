"""The "To act" queue's table model (待办): one row per open proposal of the escalation
ladder (supervision.md §8), oldest first, a thin adapter over ``console.ladder.Proposal``
lists.

A new read is applied as the narrowest change: proposals gone are removed, new ones
inserted at their place, run by run, the rest keep their rows (and the selection); only a
read of very many scattered changes (an import's) is a reset.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from console.ladder import Proposal
from widgets import labels
from widgets.register_model import span

Index = QModelIndex | QPersistentModelIndex
CTX = "Proposals"


def _t(text: object) -> str:
    return QCoreApplication.translate(CTX, str(text))


HEADERS = (
    QT_TRANSLATE_NOOP("Proposals", "Due since"),
    QT_TRANSLATE_NOOP("Proposals", "Ticket"),
    QT_TRANSLATE_NOOP("Proposals", "Proposed step"),
    QT_TRANSLATE_NOOP("Proposals", "Why"),
    QT_TRANSLATE_NOOP("Proposals", "Unit"),
    QT_TRANSLATE_NOOP("Proposals", "Title"),
)


class PCol(IntEnum):
    SINCE = 0
    TICKET = 1
    STEP = 2
    WHY = 3
    UNIT = 4
    TITLE = 5


class PRole(IntEnum):
    PROPOSAL = Qt.ItemDataRole.UserRole + 1
    KEY = Qt.ItemDataRole.UserRole + 2


def step_text(p: Proposal) -> str:
    """The proposed action in words: Urge, Escalate to the supervision office (overdue)…"""
    return step_words(p.action, p.office, p.reason)


def step_words(action: str, office: str | None, reason: str | None) -> str:
    """A ladder step's action in words (a proposal's, or a dismissed step's)."""
    if action == "urge":
        return _t(QT_TRANSLATE_NOOP("Proposals", "Urge the unit (催办)"))
    if action == "escalate":
        office = labels.tr(labels.OFFICES, office)
        reason = labels.tr(labels.ESCALATION_REASONS, reason)
        return labels.fill(
            _t(QT_TRANSLATE_NOOP("Proposals", "Escalate to %1 (%2)")), office, reason
        )
    return _t(QT_TRANSLATE_NOOP("Proposals", "Rule: name a lead unit (协调)"))


def step_cell(p: Proposal) -> str:
    """The step, short, for the queue's cell: Urge, Escalate → 督查室, Rule (why says the
    reason; the whole step is the cell's tooltip). The office by its term: the board's
    tag (Sup. office 督查室) would take why's room in a dock beside the board."""
    if p.action == "urge":
        return _t(QT_TRANSLATE_NOOP("Proposals", "Urge (催办)"))
    if p.action == "escalate":
        office = labels.OFFICE_TERMS.get(p.office or "", p.office or "")
        return labels.fill(_t(QT_TRANSLATE_NOOP("Proposals", "Escalate → %1")), office)
    return _t(QT_TRANSLATE_NOOP("Proposals", "Rule (协调)"))


def dismissed_step(details: dict[str, object]) -> str:
    """A dismissal's step in words, from its stored details (the step's action, office
    and reason where the policy still has the step; its name otherwise)."""
    action, office, reason = (details.get(k) for k in ("action", "office", "reason"))
    if not action:
        return str(details.get("step") or "")
    return step_words(str(action), str(office) if office else None, str(reason) if reason else None)


def action_text(p: Proposal) -> str:
    """The queue's one button for the proposal: what it opens."""
    return {
        "urge": _t(QT_TRANSLATE_NOOP("Proposals", "&Urge…")),
        "escalate": _t(QT_TRANSLATE_NOOP("Proposals", "&Escalate…")),
        "coordinate": _t(QT_TRANSLATE_NOOP("Proposals", "&Rule…")),
    }.get(p.action, p.action)


def why_text(p: Proposal, now: datetime, tz: tzinfo, related: str | None = None) -> str:
    """Why the step is proposed: the deadline and how long past it, the bounces, the
    dispute, the citizen's other tickets (``related`` replaces their list: the wall)."""
    w = p.why
    if w.due_at is not None:
        due = w.due_at.astimezone(tz).strftime("%m-%d %H:%M")
        return labels.fill(_t(QT_TRANSLATE_NOOP("Proposals", "%1 due %2, overdue %3")),
                           labels.tr(labels.DEADLINES, w.deadline), due,
                           span((now - w.due_at).total_seconds()))  # fmt: skip
    if w.bounces:
        return labels.fill(
            _t(QT_TRANSLATE_NOOP("Proposals", "Shuffled: %1 returns and transfers")), w.bounces
        )
    if w.disputed_at is not None:
        since = w.disputed_at.astimezone(tz).strftime("%m-%d %H:%M")
        return labels.fill(
            _t(QT_TRANSLATE_NOOP("Proposals", "Disputed since %1, no ruling")), since
        )
    if w.related or related is not None:
        others = related if related is not None else labels.joined(w.related)
        text = QT_TRANSLATE_NOOP("Proposals", "%1 tickets from the same citizen in %2 days: %3")
        return labels.fill(_t(text), len(w.related) + 1, w.days, others)
    return p.message


MAX_RUNS = 64  # removed and inserted runs a read may take one by one; more are a reset


def _runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Rising rows as runs of neighbours, (first, last) each."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


@dataclass(frozen=True)
class ProposalsRead:
    """A computation's proposals as the queue takes them: their keys, rows and tickets,
    and the change from the read before (``base``, the keys it had) worked out where
    they were computed - on the reader's thread, not the UI thread (~30 ms at 50,000
    proposals)."""

    keys: list[str]  # never changed once made: the next read's base
    rows: dict[str, int]  # key -> row
    tickets: frozenset[str]
    base: list[str] | None  # the keys of the read this one changes (None: from nothing known)
    gone: list[tuple[int, int]]  # runs of rows removed (rows in the base), rising
    added: list[tuple[int, int]]  # runs of rows inserted (rows in this read), rising
    reset: bool  # too scattered, or the rows kept move: one reset


def read_change(
    keys: list[str],
    tickets: Iterable[str],
    base: list[str] | None = None,
    base_rows: dict[str, int] | None = None,
) -> ProposalsRead:
    """The read of ``keys`` (oldest first) as the narrowest change from ``base``: each run
    of neighbouring proposals gone, each run of new ones; a reset when that takes more
    than ``MAX_RUNS`` steps or orders the rows kept otherwise."""
    rows = dict(zip(keys, range(len(keys)), strict=True))
    old = base or []
    old_rows = base_rows if base_rows is not None else dict(zip(old, range(len(old)), strict=True))
    gone = _runs(row for row, k in enumerate(old) if k not in rows)
    added = _runs(row for row, k in enumerate(keys) if k not in old_rows)
    kept = [rows[k] for k in old if k in rows]
    in_order = all(map(operator.lt, kept, kept[1:]))
    reset = not in_order or len(gone) + len(added) > MAX_RUNS
    return ProposalsRead(keys, rows, frozenset(tickets), base, gone, added, reset)


class ProposalModel(QAbstractTableModel):
    def __init__(self, tz: tzinfo, now: datetime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.now = now
        self.proposals: list[Proposal] = []
        self._keys: list[str] = []  # the proposals' keys, row by row
        self._rows: dict[str, int] = {}  # key -> row
        self._tickets: frozenset[str] = frozenset()  # the tickets with a proposal
        self.unit_names: dict[str, str] = {}

    # --- updates ------------------------------------------------------------------------
    def set_proposals(
        self,
        proposals: list[Proposal],
        now: datetime,
        keys: list[str] | ProposalsRead | None = None,
    ) -> bool:
        """Apply a new read (oldest first) as the narrowest change: each run of neighbouring
        proposals gone is removed, each run of new ones inserted, in one step a run; the
        rest keep their rows (and the selection). A read that would take more than
        ``MAX_RUNS`` steps, or that orders the rows kept otherwise, is one reset (row by row,
        the thousands of proposals an import brings and takes away kept the UI thread for
        seconds). ``keys`` are the proposals' keys when the reader has made them (a
        property that formats: ~50 ms for 50,000 on this thread), or the whole change
        worked out by the reader from what this model shows. True after a reset."""
        self.now = now
        if isinstance(keys, ProposalsRead) and keys.base is self._keys:
            read = keys
        else:
            if isinstance(keys, ProposalsRead):
                keys = keys.keys
            made = keys if keys is not None else [p.key for p in proposals]
            read = read_change(made, (p.ticket for p in proposals), self._keys, self._rows)
        if read.reset:
            self.beginResetModel()
            self.proposals = list(proposals)
            self._keys, self._rows, self._tickets = read.keys, read.rows, read.tickets
            self.endResetModel()
            return True
        for first, last in reversed(read.gone):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self.proposals[first : last + 1]
            self.endRemoveRows()
        for first, last in read.added:  # rising: the rows above each run are in place
            self.beginInsertRows(QModelIndex(), first, last)
            self.proposals[first:first] = proposals[first : last + 1]
            self.endInsertRows()
        self.proposals[:] = proposals
        # the read's own lists from now on (never changed here: the reader works out its
        # next change from them)
        self._keys, self._rows, self._tickets = read.keys, read.rows, read.tickets
        if self.proposals:  # a proposal kept may say more; "how long past" moved
            bottom = self.index(len(self.proposals) - 1, len(PCol) - 1)
            self.dataChanged.emit(self.index(0, 0), bottom)
        return False

    def proposal_at(self, row: int) -> Proposal:
        return self.proposals[row]

    def row_of(self, key: str) -> int | None:
        return self._rows.get(key)

    def tickets(self) -> frozenset[str]:
        return self._tickets

    # --- Qt model interface ---------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.proposals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PCol)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.proposals):
            return None
        p = self.proposals[index.row()]
        col = PCol(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(col, p)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == PCol.STEP:
                step = labels.fill(_t(QT_TRANSLATE_NOOP("Proposals", "Ladder step: %1")), p.step)
                return f"{step_text(p)}\n{step}"
            if col == PCol.TICKET:  # what gives way on a narrow dock
                since = labels.fill(_t(QT_TRANSLATE_NOOP("Proposals", "due since %1")),
                                    self._text(PCol.SINCE, p))  # fmt: skip
                return f"{p.ticket} · {self._text(PCol.UNIT, p)}\n{p.title}\n{since}"
            if col in (PCol.WHY, PCol.TITLE, PCol.UNIT):
                return self._text(col, p)
            return None
        if role == PRole.PROPOSAL:
            return p
        if role == PRole.KEY:
            return p.key
        return None

    def _text(self, col: PCol, p: Proposal) -> str:
        if col == PCol.SINCE:
            return p.since.astimezone(self.tz).strftime("%m-%d %H:%M")
        if col == PCol.TICKET:
            return p.ticket
        if col == PCol.STEP:
            return step_cell(p)
        if col == PCol.WHY:
            return why_text(p, self.now, self.tz)
        if col == PCol.UNIT:
            if not p.unit:
                return _t(QT_TRANSLATE_NOOP("Proposals", "at the center"))
            return self.unit_names.get(p.unit) or p.unit
        return p.title

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(PCol):
            return None
        return _t(HEADERS[section])  # fmt: skip

    def retranslate(self) -> None:
        if self.proposals:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.proposals) - 1, len(PCol) - 1))  # fmt: skip
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(PCol) - 1)
