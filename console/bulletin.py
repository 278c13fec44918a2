"""The supervision bulletin (督办通报) of a period: its figures, as HTML and CSV.

supervision.md §7: the center's figures, units ranked with their on-time rates, overdue,
returns, satisfaction and escalations; shuffled and disputed cases; escalations and
their outcomes; a chart of overdue per day. This module gathers the figures and writes
the HTML and the CSV; turning the HTML into a PDF and drawing the chart are Qt's work
(widgets/), handed in by the caller, so this stays testable without a display.

Citizens' personal data never reaches the bulletin: a ticket's title and an escalation's
text go through :func:`console.masking.mask_text`; names and phones are not shown at all.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, case, func, or_, select

from console.assessment import Assessment, Figures, Period, assess
from console.bulletin_words import words
from console.masking import mask_text
from console.policy import Policy
from db.tables import DEADLINES, ESCALATIONS, TICKETS, UNITS

LISTED = 60  # cases and escalations printed in full (worst first); the rest are counted
_DAYS_A_QUERY = 62  # one CASE column per day; longer periods take several scans

# (series labels, values) → an image source for <img src=…> (a data: URI)
ChartRenderer = Callable[[list[str], list[int], str], str]
PdfWriter = Callable[[str, Path], None]
EXTENSIONS = (".pdf", ".csv")


@dataclass(frozen=True)
class Case:
    """A shuffled or disputed ticket active in the period."""

    ticket: str
    title: str  # masked
    category: str
    unit: str | None
    units_sent: list[str]
    returns: int
    transfers: int
    shuffled: bool
    disputed: bool
    status: str


@dataclass(frozen=True)
class EscalationLine:
    id: int
    ticket: str
    office: str
    reason: str
    status: str
    created_at: datetime
    closed_at: datetime | None
    outcome: str | None  # masked


@dataclass
class Bulletin:
    period: Period
    center_name: str
    assessment: Assessment
    accepted: int  # tickets accepted in the period
    overdue_per_day: list[tuple[date, int]]
    cases: list[Case]
    cases_total: int
    escalations: list[EscalationLine]
    escalations_total: int
    made_at: datetime
    tz: Any = field(repr=False, default=None)
    # the units the cases name, by code: paper prints the name (the CSV keeps codes)
    unit_names: dict[str, str] = field(default_factory=dict)


def gather(engine: Engine, policy: Policy, period: Period, *, now: datetime) -> Bulletin:
    """Every figure the bulletin prints."""
    start, end = period.bounds(policy)
    assessment = assess(engine, policy, period, now=now)
    with engine.connect() as conn:
        accepted = conn.execute(
            select(func.count()).where(TICKETS.c.accepted_at >= start, TICKETS.c.accepted_at < end)
        ).scalar_one()
        flagged = and_(
            or_(TICKETS.c.shuffled, TICKETS.c.disputed),
            TICKETS.c.accepted_at < end,
            TICKETS.c.last_event_at >= start,
        )
        cases_total = conn.execute(select(func.count()).where(flagged)).scalar_one()
        cases = [
            Case(r.number, mask_text(r.title or ""), r.category, r.unit, list(r.units_sent or []),
                 r.returns, r.transfers, bool(r.shuffled), bool(r.disputed), r.status)
            for r in conn.execute(
                select(*(TICKETS.c[n] for n in ("number", "title", "category", "unit",
                         "units_sent", "returns", "transfers", "shuffled", "disputed", "status")))
                .where(flagged)
                .order_by(TICKETS.c.disputed.desc(),
                          (TICKETS.c.returns + TICKETS.c.transfers).desc(), TICKETS.c.number)
                .limit(LISTED)
            )
        ]  # fmt: skip
        touched = or_(
            and_(ESCALATIONS.c.created_at >= start, ESCALATIONS.c.created_at < end),
            and_(ESCALATIONS.c.closed_at >= start, ESCALATIONS.c.closed_at < end),
        )
        escalations_total = conn.execute(select(func.count()).where(touched)).scalar_one()
        escalations = [
            EscalationLine(r.id, r.ticket, r.office, r.reason, r.status, r.created_at,
                           r.closed_at, mask_text(r.outcome) if r.outcome else None)
            for r in conn.execute(
                select(*(ESCALATIONS.c[n] for n in ("id", "ticket", "office", "reason", "status",
                         "created_at", "closed_at", "outcome")))
                .where(touched).order_by(ESCALATIONS.c.created_at, ESCALATIONS.c.id).limit(LISTED)
            )
        ]  # fmt: skip
        codes = {u for c in cases for u in (*c.units_sent, c.unit) if u}
        unit_names = {
            r.code: r.name
            for r in conn.execute(select(UNITS.c.code, UNITS.c.name).where(UNITS.c.code.in_(codes)))
        } if codes else {}  # fmt: skip
    return Bulletin(
        period=period,
        center_name=policy.name,
        assessment=assessment,
        accepted=int(accepted),
        overdue_per_day=overdue_per_day(engine, policy, period, now=now),
        cases=cases,
        cases_total=int(cases_total),
        escalations=escalations,
        escalations_total=int(escalations_total),
        made_at=now,
        tz=policy.tz,
        unit_names=unit_names,
    )


def overdue_per_day(
    engine: Engine, policy: Policy, period: Period, *, now: datetime
) -> list[tuple[date, int]]:
    """Deadlines due on each day of the period that were missed (met or ended late, or
    still open past due at ``now``) — the board's "overdue today", day by day."""
    days = period.days()
    tz = policy.tz
    missed = or_(DEADLINES.c.late, and_(DEADLINES.c.status == "open", DEADLINES.c.due_at < now))
    counts: list[int] = []
    with engine.connect() as conn:
        for i in range(0, len(days), _DAYS_A_QUERY):
            chunk = days[i : i + _DAYS_A_QUERY]
            edges = [
                datetime.combine(d, datetime.min.time(), tzinfo=tz)
                for d in (*chunk, chunk[-1] + timedelta(days=1))
            ]
            columns = [
                func.sum(
                    case((and_(DEADLINES.c.due_at >= lo, DEADLINES.c.due_at < hi), 1), else_=0)
                )
                for lo, hi in zip(edges, edges[1:], strict=False)
            ]
            row = conn.execute(
                select(*columns).where(
                    DEADLINES.c.due_at >= edges[0], DEADLINES.c.due_at < edges[-1], missed
                )
            ).one()
            counts.extend(int(v or 0) for v in row)
    return list(zip(days, counts, strict=True))


# --- the ranking, as rows -----------------------------------------------------------


def _pct(share: float | None) -> str:
    if share is None:
        return "—"
    return "100%" if share >= 1 else f"{100 * share:.1f}%"  # narrow enough for a column


def ranking_rows(
    a: Assessment, lang: str, *, short: bool = False
) -> tuple[list[str], list[list[str]]]:
    """The ranking table's header and rows, as the PDF and the CSV print them; ``short``
    headers fit the printed page's narrow columns."""
    w = words(lang)
    keys = ["rank", "unit", "name", "score", "dispatched", "sign_rate", "reply_rate",
            "close_rate", "overdue_at_end", "returns", "satisfaction", "escalations"]  # fmt: skip
    header = [w.get("short:" + k, w[k]) if short else w[k] for k in keys]
    rows = []
    for u in a.units:
        f, ind = u.figures, u.figures.indicators()
        rows.append([str(u.rank), u.unit, u.name, f"{u.score:.2f}", str(f.dispatched),
                     _pct(ind["sign"]), _pct(ind["reply"]), _pct(ind["close"]),
                     str(f.overdue_at_end), str(f.returns), _pct(ind["satisfaction"]),
                     str(f.escalations)])  # fmt: skip
    return header, rows


def ranking_csv(b: Bulletin, lang: str = "zh_CN") -> str:
    """The ranking table as CSV (UTF-8 text; the caller adds a BOM for spreadsheets)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    header, rows = ranking_rows(b.assessment, lang)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


# --- the printable page --------------------------------------------------------------

_STYLE = """
body { font-size: 9pt; }
h1 { font-size: 16pt; text-align: center; margin-bottom: 2pt; }
td, th { font-size: 8pt; }
h2 { font-size: 12pt; margin-top: 12pt; margin-bottom: 4pt; }
p.sub { text-align: center; color: #555; }
table.grid { border-collapse: collapse; }
table.grid th { background-color: #e8edf3; font-weight: bold; }
td.num { text-align: right; }
p.note { color: #555; font-size: 8pt; }
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _table(
    header: list[str],
    rows: list[list[str]],
    numeric: set[int],
    widths: list[int] | None = None,
    whole: set[int] | None = None,
) -> str:
    """A bordered table; ``widths`` in percent of the page, one per column; numbers and
    the ``whole`` columns (ticket numbers) never wrap ("100.00" on two lines, a ticket
    split at its hyphen)."""
    keep = numeric | (whole or set())
    head = "".join(
        f'<th width="{widths[i]}%">{_e(h)}</th>' if widths else f"<th>{_e(h)}</th>"
        for i, h in enumerate(header)
    )

    def cell(i: int, c: str) -> str:
        kind = ' class="num"' if i in numeric else ""
        style = ' style="white-space: nowrap"' if i in keep else ""
        return f"<td{kind}{style}>{_e(c)}</td>"

    body = "".join("<tr>" + "".join(cell(i, c) for i, c in enumerate(r)) + "</tr>" for r in rows)
    return (
        '<table class="grid" border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )


def _center_lines(b: Bulletin, w: dict[str, str]) -> list[tuple[str, str]]:
    c: Figures = b.assessment.center
    ind = c.indicators()
    return [
        (w["accepted"], str(b.accepted)),
        (w["dispatched"], str(c.dispatched)),
        (w["closed"], f"{c.closed} ({w['late']} {c.closed_late})"),
        (w["sign_rate"], _pct(ind["sign"])),
        (w["reply_rate"], _pct(ind["reply"])),
        (w["close_rate"], _pct(ind["close"])),
        (w["satisfaction"], f"{_pct(ind['satisfaction'])} ({c.satisfied}/{c.rated})"),
        (w["returns"], str(c.returns)),
        (w["escalations"], str(c.escalations)),
        (w["overdue_at_end"], str(c.overdue_at_end)),
        (w["overdue_in_period"], str(sum(n for _, n in b.overdue_per_day))),
        (w["score"], f"{b.assessment.center_score:.2f}"),
    ]


def bulletin_html(b: Bulletin, *, chart_src: str | None, lang: str = "zh_CN") -> str:
    """The bulletin as one HTML page for QTextDocument (A4 portrait when printed)."""
    w = words(lang)
    tz = b.tz
    period = f"{b.period.first.isoformat()} – {(b.period.end - timedelta(days=1)).isoformat()}"
    made = b.made_at.astimezone(tz).strftime("%Y-%m-%d %H:%M") if tz else b.made_at.isoformat()
    center = center_title(b.center_name, lang)
    parts = [
        f"<html><head><style>{_STYLE}</style></head><body>",
        f"<h1>{_e(w['title'])}</h1>",
        f'<p class="sub">{_e(center)} · {_e(period)} · {_e(w["made"])} {_e(made)}</p>',
        f"<h2>{_e(w['center'])}</h2>",
    ]
    lines = _center_lines(b, w)
    half = (len(lines) + 1) // 2
    pairs = [lines[:half], lines[half:]]
    cells = []
    for i in range(half):
        row = ""
        for col in pairs:
            if i < len(col):
                row += f"<td>{_e(col[i][0])}</td><td class='num'><b>{_e(col[i][1])}</b></td>"
            else:
                row += "<td></td><td></td>"
        cells.append(f"<tr>{row}</tr>")
    parts.append(
        '<table class="grid" border="1" cellspacing="0" cellpadding="3" width="100%">'
        + "".join(cells)
        + "</table>"
    )
    parts.append(f"<h2>{_e(w['overdue_chart'])}</h2>")
    if chart_src:
        # the page's text is 180 mm (510 pt) wide: the picture fits inside it
        parts.append(f'<p align="center"><img src="{_e(chart_src)}" width="500"></p>')
    header, rows = ranking_rows(b.assessment, lang, short=True)
    parts.append(f"<h2>{_e(w['ranking'])}</h2>")
    if rows:
        # the unit's code is in the CSV; on paper its name says it
        header, rows = header[:1] + header[2:], [r[:1] + r[2:] for r in rows]
        widths = [5, 16, 10, 8, 9, 9, 9, 8, 7, 10, 7]
        parts.append(_table(header, rows, {0, 2, 3, 4, 5, 6, 7, 8, 9, 10}, widths))
        parts.append(f'<p class="note">{_e(w["formula"])}</p>')
    else:
        parts.append(f"<p>{_e(w['none'])}</p>")
    names = b.unit_names
    case_rows = [
        [c.ticket, c.title, w.get("cat:" + c.category, c.category),
         " → ".join(names.get(u, u) for u in c.units_sent),
         str(c.returns), str(c.transfers),
         " ".join(x for x, on in ((w["shuffled"], c.shuffled), (w["disputed"], c.disputed)) if on),
         w["status:" + c.status]]
        for c in b.cases
    ]  # fmt: skip
    # widths in percent: a ticket number (HK20261124-00547) never splits
    parts += _listing(w, "cases", b.cases_total, case_rows, {4, 5},
                      ("ticket", "subject", "category", "units_sent", "returns", "transfers",
                       "flags", "status"), [21, 20, 6, 23, 5, 5, 11, 9])  # fmt: skip
    esc_rows = [
        [str(x.id), x.ticket, w.get("office:" + x.office, x.office),
         w.get("reason:" + x.reason, x.reason), w.get("esc:" + x.status, x.status),
         x.created_at.astimezone(tz).strftime("%m-%d %H:%M") if tz else str(x.created_at),
         x.outcome or "—"]
        for x in b.escalations
    ]  # fmt: skip
    parts += _listing(
        w,
        "escalation_list",
        b.escalations_total,
        esc_rows,
        {0},
        ("id", "ticket", "office", "reason", "status", "opened", "outcome"),
        [5, 17, 10, 12, 9, 11, 36],
    )
    parts.append(f'<p class="note">{_e(w["masked"])}</p>')
    parts.append("</body></html>")
    return "".join(parts)


_WHOLE = frozenset({"ticket", "flags", "status", "office", "opened"})


def _listing(
    w: dict[str, str],
    title: str,
    total: int,
    rows: list[list[str]],
    numeric: set[int],
    header: tuple[str, ...],
    widths: list[int],
) -> list[str]:
    """A listed section: its title with the total, the first rows (or "none"), and a note
    of how many more there are."""
    out = [f"<h2>{_e(w[title])} ({total})</h2>"]
    if not rows:
        return [*out, f"<p>{_e(w['none'])}</p>"]
    # a ticket's number and the short words (flags, status, office, time) are whole
    whole = {i for i, key in enumerate(header) if key in _WHOLE}
    out.append(_table([w[key] for key in header], rows, numeric, widths, whole))
    if total > len(rows):
        out.append(f'<p class="note">{_e(w["more"].format(n=total - len(rows)))}</p>')
    return out


def center_title(name: str, lang: str) -> str:
    """The center's name in the bulletin's language for a built-in policy (its key, such
    as "haikou", means nothing on paper); a center's own policy prints its own name."""
    return words(lang).get("center:" + name, name)


def chart_series(b: Bulletin) -> tuple[list[str], list[int]]:
    """The overdue-per-day chart's labels (MM-DD) and values."""
    return [d.strftime("%m-%d") for d, _ in b.overdue_per_day], [n for _, n in b.overdue_per_day]


def write_bulletin(
    b: Bulletin,
    out: Path,
    lang: str,
    *,
    pdf_writer: PdfWriter | None = None,
    chart: ChartRenderer | None = None,
) -> None:
    """Write the bulletin to ``out``: the ranking as CSV, or the whole as PDF (which needs
    the Qt writer and chart renderer). The file appears whole or not at all."""
    if out.suffix.lower() == ".csv":
        partial = out.with_name(f".{out.name}.part")
        try:
            # a BOM so that spreadsheet programs read the Chinese as UTF-8
            partial.write_text("\ufeff" + ranking_csv(b, lang), encoding="utf-8")
            partial.replace(out)
        finally:
            partial.unlink(missing_ok=True)
        return
    if pdf_writer is None or chart is None:
        raise ValueError("a PDF bulletin needs the PDF writer and the chart renderer")
    labels, values = chart_series(b)
    src = chart(labels, values, words(lang)["overdue_chart"])
    pdf_writer(bulletin_html(b, chart_src=src, lang=lang), out)
