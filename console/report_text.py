"""The report as a table a person reads in a terminal."""

from __future__ import annotations

import unicodedata
from typing import Any


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(width - _width(text), 0)


def _countdown(seconds: int) -> str:
    sign = "-" if seconds < 0 else ""
    s = abs(seconds)
    days, rest = divmod(s, 86400)
    h, rest = divmod(rest, 3600)
    m, _ = divmod(rest, 60)
    return f"{sign}{days}d{h:02d}:{m:02d}" if days else f"{sign}{h:02d}:{m:02d}"


def render_table(
    report: dict[str, Any], limit: int = 200, unit_names: dict[str, str] | None = None
) -> str:
    """The report for a person: units by name (``unit_names``: code to name; a unit
    without a name shows its code)."""
    names = unit_names or {}

    def unit(code: str | None) -> str:
        return names.get(code, code) if code else "-"

    k = report["kpis"]
    lines = [
        f"Open tickets at {report['at']} (policy {report.get('policy', '?')})",
        f"  open {k['open']}  ok {k['ok']}  warning {k['warning']}  critical {k['critical']}"
        f"  overdue {k['overdue']}  shuffled {k['shuffled']}  disputed {k['disputed']}"
        f"  escalations open {k['escalations_open']}",
        "",
    ]
    header = ["ticket", "state", "next", "left", "due", "unit", "cat", "flags", "title"]
    rows = [header]
    for t in report["tickets"][:limit]:
        nd = t["next_deadline"]
        flags = (
            ("S" if t["shuffled"] else "")
            + ("D" if t["disputed"] else "")
            + ("E" if t.get("escalated") else "")
        )
        rows.append(
            [
                t["ticket"],
                t["state"],
                nd["kind"] if nd else "-",
                _countdown(nd["remaining_s"]) if nd else "-",
                nd["due"][5:16].replace("T", " ") if nd else "-",
                unit(t["unit"])[:16],
                t["category"] + ("!" if t["urgent"] else ""),
                flags or "-",
                (t.get("title") or "")[:24],
            ]
        )
    widths = [max(_width(r[i]) for r in rows) for i in range(len(header) - 1)]
    for r in rows:
        lines.append("  ".join(_pad(c, w) for c, w in zip(r, widths, strict=False)) + "  " + r[-1])
    if len(report["tickets"]) > limit:
        lines.append(f"… {len(report['tickets']) - limit} more (use --json for all)")
    if report["units"]:
        width = max(10, *(_width(unit(u["unit"])) for u in report["units"]))
        lines += [
            "",
            f"{_pad('unit', width)}  open  overdue  closed  closed late  rated  satisfied",
        ]
        for u in report["units"]:
            lines.append(
                f"{_pad(unit(u['unit']), width)}  {u['open']:>4}  {u['overdue']:>7}"
                f"  {u['closed']:>6}  {u['closed_late']:>11}  {u.get('rated', 0):>5}"
                f"  {u.get('satisfied', 0):>9}"
            )
    lines.append("")
    lines.append(
        "flags: S shuffled (推诿), D disputed (争议), E escalated; ! after a category: urgent"
    )
    for w in report["warnings"]:
        lines.append(f"warning: {w}")
    return "\n".join(lines) + "\n"
