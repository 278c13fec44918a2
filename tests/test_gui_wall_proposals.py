"""The escalation ladder on the wall display (supervision.md §8): the To act tile counts
what ``proposals`` lists, and a repeated complaint's citizen data (name, phone, the
related tickets) never reaches the wall: not its figures, not any widget's text or
tooltip, on any page."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from sqlalchemy import Engine

from console.clock import FakeClock
from console.wall_figures import wall_proposals
from tests.builders import run_in_process
from tests.feedkit import created, ev, load
from tests.guikit import NOW, OFFSCREEN_NOISE, POLICY
from widgets.live_board import LiveBoard
from widgets.wall import PAGES, WallWindow

pytestmark = OFFSCREEN_NOISE
NAME, PHONE = "王建国", "13812345678"
# the same citizen, the same category, three times in 30 days: escalate_repeated
REPEATED = [
    ("R1", NOW - timedelta(days=20), f"{NAME}反映楼下油烟扰民，请回电{PHONE}"),
    ("R2", NOW - timedelta(days=9), f"市民{NAME}再次投诉油烟，电话{PHONE}"),
    ("R3", NOW - timedelta(hours=3), "楼下餐馆油烟扰民第三次投诉"),
]
RAW = (NAME, PHONE, "3812345", "R1", "R2", "油烟扰民，请回电")  # R3 alone is shown by number


def _city(engine: Engine) -> None:
    events = []
    for number, at, title in REPEATED:
        events.append(created(number, at.isoformat(), title=title,
                              citizen={"name": NAME, "phone": PHONE}))  # fmt: skip
        events.append(ev("dispatched", number, (at + timedelta(minutes=5)).isoformat(),
                         unit="U1", unit_name="市生态环境局"))  # fmt: skip
        if number != "R3":
            events.append(ev("closed", number, (at + timedelta(days=1)).isoformat()))
    # another ticket, overdue since yesterday morning: an urge of its unit
    events.append(created("U9", (NOW - timedelta(days=3)).isoformat(), title="路灯不亮"))
    events.append(ev("dispatched", "U9", (NOW - timedelta(days=3)).isoformat(), unit="U2",
                     unit_name="市住建局"))  # fmt: skip
    load(engine, events)


def cli_proposals(engine: Engine) -> list[dict[str, Any]]:
    url = engine.url.render_as_string(hide_password=False)
    done = run_in_process(url, "proposals", "--at", NOW.isoformat(), "--json")
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout))


def every_text(wall: WallWindow) -> list[str]:
    """Whatever any widget of the wall shows or would show: texts, tooltips, window
    titles, accessible names, and what each page paints (its texts())."""
    from PySide6.QtWidgets import QWidget

    found: list[str] = []
    for w in [wall, *wall.findChildren(QWidget)]:
        found += [w.toolTip(), w.windowTitle(), w.accessibleName(), w.accessibleDescription()]
        for getter in ("text", "toPlainText", "placeholderText"):
            if callable(value := getattr(w, getter, None)):
                found.append(str(value()))
    return found + wall.texts()


def test_the_wall_keeps_a_repeated_complaint_to_itself(
    wall_on: Any, engine: Engine, clock: FakeClock
) -> None:
    _city(engine)
    listed = cli_proposals(engine)
    assert [(p["ticket"], p["step"]) for p in listed] == [
        ("U9", "urge"),
        ("R3", "escalate_repeated"),
    ]
    wall = wall_on(engine)
    kpi = wall.pages[0]
    assert kpi.key == "kpi" and "proposals" in kpi.tiles  # a default tile
    # the tile equals what `proposals` lists at the same moment
    assert kpi.values["proposals"] == len(listed)
    assert kpi.tiles["proposals"].value.text() == f"{len(listed):,}"
    assert kpi.tiles["proposals"].title.text() == "To act"
    figures = wall.feed.figures
    assert figures is not None
    shown = [(p.ticket, p.step) for p in figures.proposals]
    assert shown == [(p["ticket"], p["step"]) for p in listed]
    # not even the wall's own figures hold the citizen's data or the related tickets
    held = repr(figures.proposals)
    for raw in RAW:
        assert raw not in held, raw
    texts: dict[str, str] = {}
    for i, page in enumerate(wall.pages):
        wall.rotation.show(i, clock.now().timestamp())
        wall.live.tick()
        texts[page.key] = "\n".join(every_text(wall))
        for raw in RAW:
            assert raw not in texts[page.key], (page.key, raw)
    assert set(texts) == set(PAGES)
    assert "escalate 1" in texts["kpi"] and "urge 1" in texts["kpi"]


def test_masked_before_it_leaves_the_reader(engine: Engine) -> None:
    """What the wall's feed reads: titles masked as the wall masks them (the caller's
    name and phone inside), nothing of the related tickets."""
    _city(engine)
    load(engine, [created("R4", (NOW - timedelta(hours=1)).isoformat(),
                          title=f"{NAME}第四次来电，手机{PHONE}",
                          citizen={"name": NAME, "phone": PHONE}),
                  ev("dispatched", "R4", (NOW - timedelta(minutes=50)).isoformat(),
                     unit="U1")])  # fmt: skip
    found = {p.ticket: p for p in wall_proposals(engine, POLICY, NOW)}
    assert found["R4"].title == "王**第四次来电，手机138****5678"
    assert found["R4"].step == "escalate_repeated" and found["R3"].step == "escalate_repeated"
    assert found["R3"].since == (NOW - timedelta(hours=3)).timestamp()
    assert set(vars(found["R4"])) == {"ticket", "step", "action", "since", "title"}
    assert wall_proposals(engine, POLICY, NOW - timedelta(days=30)) == ()


def test_the_tile_waits_for_its_first_count(
    qtbot: Any, sqlite_engine: Engine, clock: FakeClock, no_dangling: None
) -> None:
    live = LiveBoard(sqlite_engine, POLICY, clock, poll_ms=100)
    wall = WallWindow(live=live, pages=["kpi"])
    qtbot.addWidget(wall)
    kpi = wall.pages[0]
    wall.live.tick()
    assert kpi.values["proposals"] is None and kpi.tiles["proposals"].value.text() == "—"
    wall.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (3840, 2160)])
def test_the_to_act_note_keeps_its_row_level(
    wall_on: Any, sqlite_engine: Engine, qapp: Any, qtbot: Any, lang: str, size: tuple[int, int]
) -> None:
    """To act's note (target 0 · urge 1 · escalate 1) wrapped to a second line and lifted
    its tile's title and number above the rest of the row: the row's tiles keep their
    titles and numbers level, and every note is whole in its height."""
    from widgets.i18n import install_translators

    _city(sqlite_engine)
    install_translators(qapp, lang)
    try:
        wall = wall_on(sqlite_engine, pages=["kpi"])
        wall.resize(*size)
        kpi = wall.pages[0]
        qtbot.waitUntil(lambda: bool(kpi.values["proposals"]), timeout=5000)
        kpi.refresh(NOW.timestamp())
        qtbot.wait(50)  # a posted layout pass
        tiles = list(kpi.tiles.values())
        assert "·" in kpi.tiles["proposals"].note.text()
        for first in range(0, len(tiles), kpi.columns):
            row = tiles[first : first + kpi.columns]
            for part in ("title", "value", "note"):
                tops = {getattr(t, part).mapTo(kpi, QPoint(0, 0)).y() for t in row}
                assert len(tops) == 1, (part, [t.key for t in row], tops)
        for t in tiles:
            note = t.note
            assert note.heightForWidth(note.width()) <= note.height(), t.key
            assert note.geometry().bottom() <= t.contentsRect().bottom(), t.key
    finally:
        install_translators(qapp, "en")
