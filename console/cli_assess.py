"""Command line of the assessment (统一考核): ``assess`` and ``bulletin`` (supervision.md §7).

The bulletin's PDF and chart are Qt's work: main.py hands in the PDF writer and the
chart renderer (console/ never loads Qt); the CSV needs neither.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from console.policy import load_policy

if TYPE_CHECKING:  # loaded by the commands: not for every command line (issue 12)
    from console.assessment import Assessment, Period
    from console.bulletin import ChartRenderer, PdfWriter


def add_parsers(sub: Any, shared: argparse.ArgumentParser) -> None:
    ass = sub.add_parser(
        "assess", parents=[shared], help="the units' assessment (统一考核) over a period"
    )
    ass.add_argument("--from", dest="first", required=True, metavar="DATE", help="YYYY-MM-DD")
    ass.add_argument("--to", dest="end", required=True, metavar="DATE",
                     help="YYYY-MM-DD, not included")  # fmt: skip
    ass.add_argument("--json", action="store_true", help="machine-readable JSON")
    bul = sub.add_parser(
        "bulletin", parents=[shared], help="the supervision bulletin (督办通报), PDF or CSV"
    )
    bul.add_argument("--from", dest="first", required=True, metavar="DATE", help="YYYY-MM-DD")
    bul.add_argument("--to", dest="end", required=True, metavar="DATE",
                     help="YYYY-MM-DD, not included")  # fmt: skip
    bul.add_argument("--out", required=True, type=Path, metavar="FILE",
                     help="FILE.pdf (printable) or FILE.csv (the ranking)")  # fmt: skip


def bulletin_language(asked: str | None) -> str:
    """``--lang``, else the system's language (LC_ALL, LC_MESSAGES, LANG): zh_CN or en."""
    for value in (asked, os.environ.get("LC_ALL"), os.environ.get("LC_MESSAGES"),
                  os.environ.get("LANG")):  # fmt: skip
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    return "zh_CN"


def _period(args: argparse.Namespace) -> Period | None:
    from console.assessment import Period, PeriodError

    try:
        return Period.parse(args.first, args.end)
    except PeriodError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None


def cmd_assess(args: argparse.Namespace) -> int:
    from console.assessment import assess
    from db.engine import make_engine

    policy = load_policy(args.policy)
    period = _period(args)
    if period is None:
        return 2
    engine = make_engine(args.db, create=False)  # only import and the console make one
    result = assess(engine, policy, period, now=datetime.now(UTC))
    try:
        if args.json:
            sys.stdout.buffer.write(orjson.dumps(result.as_json(), option=orjson.OPT_INDENT_2))
            sys.stdout.buffer.write(b"\n")
        else:
            sys.stdout.write(render_table(result))
        sys.stdout.flush()
    except BrokenPipeError:
        sys.stderr.close()
    return 0


def render_table(a: Assessment) -> str:
    lines = [f"assessment {a.period.first} – {a.period.end} (to not included)", ""]
    head = ("rank", "unit", "score", "disp", "sign", "late", "reply", "late", "closed", "late",
            "ret", "rated", "sat", "esc", "overdue")  # fmt: skip
    lines.append("  ".join(f"{h:>6}" for h in head))
    for u in a.units:
        f = u.figures
        values = (u.rank, u.unit, f"{u.score:.2f}", f.dispatched, f.signed, f.signed_late,
                  f.replied, f.replied_late, f.closed, f.closed_late, f.returns, f.rated,
                  f.satisfied, f.escalations, f.overdue_at_end)  # fmt: skip
        lines.append("  ".join(f"{v!s:>6}" for v in values))
    c = a.center
    lines += ["", f"center: score {a.center_score:.2f}, dispatched {c.dispatched}, "
              f"closed {c.closed} (late {c.closed_late}), rated {c.rated} "
              f"(satisfied {c.satisfied}), overdue at end {c.overdue_at_end}"]  # fmt: skip
    return "\n".join(lines) + "\n"


def cmd_bulletin(
    args: argparse.Namespace, pdf_writer: PdfWriter | None, chart: ChartRenderer | None
) -> int:
    from console.bulletin import EXTENSIONS, gather, write_bulletin
    from db.engine import make_engine

    out: Path = args.out
    ext = out.suffix.lower()
    if ext not in EXTENSIONS:
        print(f"error: --out must end in .pdf or .csv, not {out.name!r}", file=sys.stderr)
        return 2
    period = _period(args)
    if period is None:
        return 2
    folder = out.resolve().parent
    if not folder.is_dir() or not os.access(folder, os.W_OK) or out.is_dir():
        print(f"error: cannot write {out}: no such folder or not writable", file=sys.stderr)
        return 2
    if ext == ".pdf" and (pdf_writer is None or chart is None):
        print("error: PDF output needs Qt, which this program was started without",
              file=sys.stderr)  # fmt: skip
        return 2
    policy = load_policy(args.policy)
    lang = bulletin_language(getattr(args, "lang", None))
    engine = make_engine(args.db, create=False)  # only import and the console make one
    bulletin = gather(engine, policy, period, now=datetime.now(UTC))
    write_bulletin(bulletin, out, lang, pdf_writer=pdf_writer, chart=chart)
    print(f"{out}: bulletin {period.first} – {period.end}, {len(bulletin.assessment.units)} units")
    return 0
