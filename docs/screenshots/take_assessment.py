"""Screenshots of the assessment: ``python docs/screenshots/take_assessment.py [OUT_DIR]``.

Four weeks of a simulated city (seed 7, 840 tickets a day, from Monday 2024-09-09) are
imported into a fresh SQLite database; with a fake clock on Monday 2024-10-07 10:00 the
assessment window is grabbed (September's range, a unit chosen, its 12-week trend) and
September's bulletin is written as a PDF whose first page is turned into a PNG (poppler's
``pdftoppm``), in Chinese and in English.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from shotkit import private_folders, save, wait  # noqa: E402 - beside this file

_tmp = private_folders("hotline-assess-shots-")

from PySide6.QtCore import QDate  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import widgets  # noqa: E402,F401 - the Signal.emit work-around first
from console.assessment import Period  # noqa: E402
from console.bulletin import gather, write_bulletin  # noqa: E402
from console.clock import FakeClock  # noqa: E402
from console.ingest import Importer  # noqa: E402
from console.policy import load_policy  # noqa: E402
from console.simulator import generate_events  # noqa: E402
from db.engine import make_engine  # noqa: E402
from widgets.assessment_view import CHOICES, AssessmentWindow  # noqa: E402
from widgets.bulletin_chart import render_overdue_chart  # noqa: E402
from widgets.i18n import install_translators  # noqa: E402
from widgets.pdf_render import write_pdf  # noqa: E402
from widgets.theme import apply_theme  # noqa: E402

MOMENT = datetime.fromisoformat("2024-10-07T10:00:00+08:00")
START, DAYS = date(2024, 9, 9), 28
SEPTEMBER = Period(date(2024, 9, 9), date(2024, 10, 1))


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    policy = load_policy("haikou")
    engine = make_engine(f"sqlite:///{_tmp / 'city.db'}")
    Importer(engine, policy).import_events(generate_events(DAYS, 840, 7, START))
    clock = FakeClock(MOMENT)
    for lang in ("zh_CN", "en"):
        install_translators(app, lang)
        apply_theme(app, "light")
        w = AssessmentWindow(engine, policy, clock)
        w.resize(1400, 820)
        w.first.setDate(QDate(2024, 9, 9))
        w.last.setDate(QDate(2024, 9, 30))
        w.period.setCurrentIndex(CHOICES.index("range"))
        w.show()
        wait(app, 20_000, lambda w=w: w.model.rowCount() > 0 and not w.jobs)
        w.table.selectRow(3)
        wait(app, 20_000, lambda w=w: len(w.chart.points) > 0 and not w.jobs)
        wait(app, 300)
        save(w.grab(), out / f"assessment-{lang}.png")
        print(out / f"assessment-{lang}.png")
        w.close()
        bulletin = gather(engine, policy, SEPTEMBER, now=MOMENT)
        pdf = _tmp / f"bulletin-{lang}.pdf"
        write_bulletin(bulletin, pdf, lang, pdf_writer=write_pdf, chart=render_overdue_chart)
        if shutil.which("pdftoppm"):
            stem = _tmp / f"bulletin-{lang}"
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(pdf),
                            str(stem)], check=True)  # fmt: skip
            page = next(_tmp.glob(f"bulletin-{lang}-*1.png"))
            shutil.copy(page, out / f"bulletin-{lang}.png")
            print(out / f"bulletin-{lang}.png")
        print(pdf)


if __name__ == "__main__":
    main()
