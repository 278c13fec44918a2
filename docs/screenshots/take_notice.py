"""The supervision notice (督办通知单) as a picture: ``python docs/screenshots/take_notice.py``.

The spec's worked example (a ticket bounced between units) is imported into a fresh
SQLite database; a supervisor urges it, escalates it to the supervision office and records
the office's reply, at fixed moments, so every run gives the same notice. Its PDF is
written as the ``notice`` command writes it, and its first page turned into
``notice-zh_CN.png`` with poppler's ``pdftoppm``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = Path(tempfile.mkdtemp(prefix="hotline-notice-"))
os.environ["XDG_DATA_HOME"] = str(_tmp / "data")

from console import actions  # noqa: E402
from console.ingest import Importer  # noqa: E402
from console.notice import notice_html  # noqa: E402
from console.policy import load_policy  # noqa: E402
from console.staff import add_staff  # noqa: E402
from db.engine import make_engine  # noqa: E402
from widgets.pdf_render import write_pdf  # noqa: E402

EXAMPLE = ROOT / "tests" / "spec_examples" / "a-haikou-bounced.jsonl"
TICKET = "HK20240930-0001"


def moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def main(out_dir: Path) -> None:
    policy = load_policy("haikou")
    engine = make_engine(f"sqlite:///{_tmp / 'notice.db'}")
    Importer(engine, policy).import_file(EXAMPLE)
    add_staff(engine, "陈督办", "supervisor", now=moment("2024-10-01T08:00:00+08:00"))
    actions.urge(engine, "陈督办", TICKET, note="请市综合行政执法局尽快签收并到现场处置",
                 now=moment("2024-09-30T14:00:00+08:00"))  # fmt: skip
    eid = actions.escalate(
        engine, "陈督办", TICKET, office="supervision", reason="shuffled",
        note="该工单两次被退回，市民王女士（13800000001）多次来电反映夜间噪音扰民，"
             "请督促市综合行政执法局依法处置并于期限内反馈。",
        now=moment("2024-09-30T16:30:00+08:00"), policy=policy,
    )  # fmt: skip
    actions.reply_escalation(engine, "陈督办", eid, text="已转市综合行政执法局，要求两日内办结",
                             now=moment("2024-10-08T10:00:00+08:00"))  # fmt: skip
    pdf = _tmp / "notice.pdf"
    write_pdf(notice_html(engine, eid, policy=policy, now=moment("2024-10-08T11:00:00+08:00")), pdf)
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm (apt poppler-utils) is needed to turn the PDF into a picture")
    stem = out_dir / "notice-zh_CN"
    subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(stem)], check=True)  # fmt: skip
    print(f"{stem}.png")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent)
