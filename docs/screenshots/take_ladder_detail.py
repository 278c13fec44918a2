"""Take the ticket detail's Ladder section offscreen:
``python docs/screenshots/take_ladder_detail.py [OUT_DIR]``.

The city of ``take_proposals.py`` (seed 7, a week of history up to Wednesday 2024-10-09
15:20) with the supervisors' work of ``take.py``; the oldest proposed urge is dismissed
with a reason. Saves ``detail-ladder-{zh_CN,en}.png`` (urged, escalated, dismissed) and
``detail-proposed-{zh_CN,en}.png`` (urged, escalated and resolved, an urge proposed now).
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import take  # noqa: E402 - beside this file (it keeps settings and data in a temporary folder)
from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from console import actions  # noqa: E402
from console.ladder import proposals  # noqa: E402
from console.policy import load_policy  # noqa: E402
from widgets.i18n import install_translators  # noqa: E402
from widgets.settings import AppSettings  # noqa: E402
from widgets.theme import apply_theme  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    if os.environ["QT_QPA_PLATFORM"] == "offscreen":  # Qt's is 800×600: a 1080p screen
        os.environ["QT_QPA_PLATFORM"] = take.screen_platform(1920, 1080)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    policy = load_policy("haikou")
    db = take.simulated_city(take._tmp / "ladder.db", policy, days=7)
    take.supervise(db, policy)
    urges = [p for p in proposals(db, policy, take.MOMENT) if p.step == "urge"]
    dismissed, proposed = urges[0].ticket, urges[1].ticket
    actions.dismiss_proposal(db, "王强", dismissed, step="urge", note="单位已电话说明，今日内签收",
                             policy=policy, now=take.MOMENT - timedelta(minutes=40))  # fmt: skip
    for lang in ("zh_CN", "en"):
        install_translators(app, lang)
        apply_theme(app, "light")
        w = take.open_board(app, db, policy, AppSettings(take._tmp / f"ladder-{lang}.ini"), lang)
        w.show()
        w.fit_screen(QRect(0, 0, 1920, 1080))
        w.start()
        take.wait(app, 5000, lambda w=w: take.counted(w))
        for number, name in ((dismissed, "detail-ladder"), (proposed, "detail-proposed")):
            w.show_ticket(number)
            take.wait(app, 3000, lambda w=w, n=number: w.detail.detail is not None
                      and w.detail.detail.number == n)  # fmt: skip
            take.wait(app, 300)
            path = out / f"{name}-{lang}.png"
            take.save(w, path)
            print(w.detail.ladder.texts())
        w.close()
    db.dispose()


if __name__ == "__main__":
    main()
