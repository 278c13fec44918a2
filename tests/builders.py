"""Small builders the tests share (Qt-free): a board ticket with one deadline, a
notification."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Engine

from console.board import BoardDeadline, BoardTicket
from console.notifications import NotificationEntry


def board_ticket(
    number: str, due_in: float, *, t0: float, window: float = 1800, **kw: Any
) -> BoardTicket:
    """A ticket whose one sign deadline started ``window - due_in`` seconds before ``t0``
    and is due ``due_in`` seconds after it (warned at half the window, critical at 80 %)."""
    due = t0 + due_in
    start = due - window
    dl = BoardDeadline("sign", "U", due, start + window * 0.5, start + window * 0.8)
    fields: dict[str, Any] = dict(category="complaint", urgent=False, title=f"标题 {number}",
                                  unit="U", unit_name="单位", district="美兰区", address="",
                                  returns=0, transfers=0, shuffled=False, disputed=False,
                                  escalated=False, accepted=start)  # fmt: skip
    fields.update(kw)
    return BoardTicket(number, deadlines=(dl,), **fields)


def notification_entry(
    i: int, level: str, raised: datetime, *, unit: str = "U1", acked_by: str | None = None
) -> NotificationEntry:
    """Notification ``i``: a reply deadline of ticket ``T{i}`` at ``level``, raised (and
    for) ``raised``, acknowledged by ``acked_by`` then if given; its change sequence is ``i``."""
    return NotificationEntry(
        i, "deadline", level, f"T{i}", "reply", 1, None, unit, unit, "", raised, raised, "",
        acked_by, raised if acked_by else None, i,
    )  # fmt: skip


ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``python main.py ARGS`` in a fresh interpreter, as a script or cron job runs it."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True, text=True, cwd=ROOT, timeout=timeout,
    )  # fmt: skip


class Done(NamedTuple):
    """What a command left: its exit code and what it printed."""

    returncode: int
    stdout: str
    stderr: str


def run_in_process(db: str, *args: str) -> Done:
    """main.py's command line, in this process (as main.py runs it, without the GUI):
    quicker than ``run_cli`` where a fresh interpreter is not the point."""
    import contextlib
    import io

    from console.cli import build_parser, run_command

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = run_command(build_parser().parse_args(["--db", db, *args]))
        except SystemExit as exc:  # argparse: usage errors
            code = int(exc.code or 0)
    return Done(code, out.getvalue(), err.getvalue())


def six_escalations(engine: Engine, at: datetime) -> None:
    """E0-E5, one escalation each: open, acknowledged, resolved an hour after ``at``,
    withdrawn two hours after, resolved an hour before, made an hour after."""
    from datetime import timedelta

    from sqlalchemy import insert

    from console.supervisors import remember_supervisor
    from db.models import Escalation
    from tests.feedkit import created, load

    load(engine, [created(f"E{i}", (at - timedelta(days=1)).isoformat()) for i in range(6)])
    remember_supervisor(engine, "李娜", at - timedelta(days=1))
    hour = timedelta(hours=1)
    rows = [
        ("open", at - 3 * hour, None),
        ("acknowledged", at - 3 * hour, None),
        ("resolved", at - 3 * hour, at + hour),
        ("withdrawn", at - 3 * hour, at + 2 * hour),
        ("resolved", at - 3 * hour, at - hour),
        ("open", at + hour, None),
    ]
    with engine.begin() as conn:
        for i, (status, made, closed) in enumerate(rows):
            conn.execute(insert(Escalation).values(
                ticket=f"E{i}", office="supervision", reason="overdue", status=status,
                created_by="李娜", created_at=made, closed_at=closed,
                closed_by="李娜" if closed else None,
            ))  # fmt: skip
