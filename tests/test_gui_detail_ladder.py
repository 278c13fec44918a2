"""The ladder a ticket has climbed, in its detail (supervision.md §8): urged when,
escalated when (to which office, where it stands), dismissed why (the step and the
reason), and the step proposed now — read by ``load_detail`` on both databases, shown
in the detail pane's Ladder section and named on the timeline, in English and zh_CN."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine

from console import actions
from console.board_detail import load_detail
from console.ladder import proposals
from console.staff import add_staff
from tests.feedkit import created, ev, load
from tests.guikit import NOW, OFFSCREEN_NOISE, POLICY
from widgets.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE
Opener = Callable[..., MainWindow]
BOSS = "李娜"


def _t(text: str) -> datetime:
    return datetime.fromisoformat(text + "+08:00")


def urged_once(engine: Engine) -> None:
    """A: a complaint dispatched Fri 27 Sep 16:00 and never signed; urged Sun 29 Sep 10:00
    (a make-up working day) for the sign deadline. Its reply deadline passed at 16:00 that
    day, after the urge: at NOW (8 Oct) another urge is proposed, due since Mon 30 Sep."""
    load(engine, [
        created("A", "2024-09-27T16:00:00+08:00", title="路灯不亮"),
        ev("dispatched", "A", "2024-09-27T16:00:00+08:00", unit="CGJ", unit_name="市综合执法局"),
    ])  # fmt: skip
    add_staff(engine, BOSS, "supervisor", now=NOW - timedelta(days=30))
    actions.urge(engine, BOSS, "A", note="请尽快签收", now=_t("2024-09-29T10:00"))


def test_load_detail_reads_the_ladder_climbed_and_the_open_proposal(engine: Engine) -> None:
    urged_once(engine)
    d = load_detail(engine, "A", POLICY, NOW)
    assert d is not None
    assert [(r.kind, r.actor, r.at) for r in d.ladder] == [("urged", BOSS, _t("2024-09-29T10:00"))]
    assert d.proposed == [p for p in proposals(engine, POLICY, NOW) if p.ticket == "A"]
    assert [(p.step, p.since) for p in d.proposed] == [("urge", _t("2024-09-30T00:00"))]
    actions.dismiss_proposal(engine, BOSS, "A", step="urge", note="单位已来电说明",
                             policy=POLICY, now=NOW)  # fmt: skip
    actions.escalate(engine, BOSS, "A", office="supervision", reason="overdue",
                     now=NOW + timedelta(minutes=1))  # fmt: skip
    d = load_detail(engine, "A", POLICY, NOW + timedelta(minutes=2))
    assert d is not None and d.proposed == []
    urged, dismissed, escalated = d.ladder
    assert (dismissed.kind, dismissed.step, dismissed.action, dismissed.note) == (
        "dismissed",
        "urge",
        "urge",
        "单位已来电说明",
    )
    assert (escalated.kind, escalated.office, escalated.reason, escalated.status) == (
        "escalated",
        "supervision",
        "overdue",
        "open",
    )
    # without the policy: the rungs still, the dismissed step by its name, nothing proposed
    bare = load_detail(engine, "A")
    assert bare is not None and bare.proposed == [] and bare.ladder[1].action is None
    assert bare.ladder[1].step == "urge"


def ladder_texts(window: MainWindow) -> str:
    return "\n".join(window.detail.ladder.texts())


def test_the_detail_pane_shows_the_ladder(
    open_window: Opener, engine: Engine, qtbot: Any, qapp: Any
) -> None:
    from widgets.i18n import install_translators

    urged_once(engine)
    add_staff(engine, "王强", "supervisor", now=NOW - timedelta(days=30))
    window = open_window(engine)
    window.show_ticket("A")
    qtbot.waitUntil(lambda: window.detail.ladder.isVisible(), timeout=5000)
    assert ladder_texts(window) == (
        "Ladder (督办阶梯)\n"
        "09-29 10:00  Urged · 李娜\n"
        "Proposed now: Urge the unit (催办) — due since 09-30 00:00"
    )
    # another workstation dismisses the urge and escalates: the shown ticket reads again
    actions.dismiss_proposal(engine, "王强", "A", step="urge", note="单位已来电说明",
                             policy=POLICY, now=NOW)  # fmt: skip
    actions.escalate(engine, "王强", "A", office="supervision", reason="overdue", now=NOW)
    qtbot.waitUntil(lambda: "Escalated" in ladder_texts(window), timeout=8000)
    assert ladder_texts(window).splitlines()[1:] == [
        "09-29 10:00  Urged · 李娜",
        "10-08 10:00  Dismissed: Urge the unit (催办) — 单位已来电说明 · 王强",
        "10-08 10:00  Escalated → Supervision office (督查室) (overdue) · open · 王强",
    ]
    assert window.detail.ladder.proposed.isHidden()
    # the timeline names the dismissal and its step too
    timeline = window.detail.timeline
    rows = [[timeline.index(r, c).data() for c in range(4)] for r in range(timeline.rowCount())]
    said = "Urge the unit (催办) · 单位已来电说明"
    assert any(row[2] == "Proposal dismissed" and row[3].endswith(said) for row in rows), rows
    install_translators(qapp, "zh_CN")
    try:
        window.apply_language()
        assert window.detail.ladder.title.text() == "督办阶梯"
        shown = ladder_texts(window)
        assert "驳回：催办承办单位 — 单位已来电说明 · 王强" in shown
        assert "10-08 10:00  督办至市政府督查室（超期未办） · 待处理 · 王强" in shown
    finally:
        install_translators(qapp, "en")
        window.apply_language()


def test_a_ticket_that_never_climbed_shows_no_ladder(
    open_window: Opener, engine: Engine, qtbot: Any
) -> None:
    load(engine, [created("C", (NOW - timedelta(minutes=5)).isoformat(), title="咨询")])
    window = open_window(engine)
    window.show_ticket("C")
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=5000)
    assert window.detail.ladder.isHidden() and window.detail.ladder.texts() == []
