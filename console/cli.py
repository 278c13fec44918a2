"""The command line: ``python main.py [--db URL] [--policy P] COMMAND``."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import orjson

from console import cli_actions, cli_assess
from console.errors import first_line
from console.feed import FeedError, at_option
from console.policy import PolicyError, load_policy
from console.refusals import ActionRefused
from console.wall_options import INTERVAL_S as WALL_INTERVAL_S
from console.wall_options import PAGES as WALL_PAGES
from console.wall_options import interval_arg, pages_arg
from db.engine import DatabaseRefused, mask_secrets

if TYPE_CHECKING:
    from console.bulletin import ChartRenderer

log = logging.getLogger(__name__)


LANGUAGES = ("zh_CN", "en")


class OneLineParser(argparse.ArgumentParser):
    """A usage error is one line, as every other error (supervision.md: messages are one
    line a person understands); the usage block is what --help is for. Subcommands'
    parsers are of the same class (add_subparsers makes them of their parent's)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message} (see {self.prog} --help)\n")


def language_arg(text: str) -> str:
    """``--lang``: zh_CN or en (zh, zh-CN, en_US… read as them); anything else refused."""
    low = text.strip().lower().replace("-", "_")
    if low.startswith("zh"):
        return "zh_CN"
    if low == "en" or low.startswith("en_"):
        return "en"
    raise argparse.ArgumentTypeError(
        f"unsupported language {text!r} (supported: {', '.join(LANGUAGES)})"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="main.py",
        description="12345 hotline supervisor console. Without a command it opens the console.",
    )
    parser.add_argument("--db", help="SQLAlchemy URL (default: SQLite file in the data folder)")
    parser.add_argument(
        "--policy", default="haikou", help="haikou, national or the path of a TOML policy file"
    )
    parser.add_argument("--wall", action="store_true", help="open the wall display")
    parser.add_argument(
        "--screen", type=int, metavar="N", help="wall: the screen to fill (0 = primary)"
    )
    parser.add_argument(
        "--pages", type=pages_arg, metavar="LIST",
        help=f"wall: pages to turn, comma-separated from {','.join(WALL_PAGES)}",
    )  # fmt: skip
    parser.add_argument(
        "--interval", type=interval_arg, metavar="SECONDS",
        help=f"wall: seconds each page stays up (default {WALL_INTERVAL_S})",
    )  # fmt: skip
    parser.add_argument(
        "--demo", action="store_true", help="run on a fresh demo database with a live city"
    )
    parser.add_argument(
        "--lang", type=language_arg, help="interface language: zh_CN or en (default: system)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    # --db, --policy and --lang are also taken after the command (`report --db URL`);
    # SUPPRESS keeps a command's parser from resetting what was given before it
    shared = OneLineParser(add_help=False)
    shared.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    shared.add_argument("--policy", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    shared.add_argument("--lang", type=language_arg, default=argparse.SUPPRESS,
                        help=argparse.SUPPRESS)  # fmt: skip
    sub = parser.add_subparsers(dest="command", help="without one: the console")

    imp = sub.add_parser("import", parents=[shared], help="import feed files (JSON Lines)")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE", help="feed files to import")
    imp.add_argument(
        "--batch-size", type=int, default=50000, help="events per transaction (default 50000)"
    )

    rep = sub.add_parser("report", parents=[shared], help="the state of all open tickets")
    rep.add_argument("--at", help="ISO 8601 time (default: now)")
    rep.add_argument("--json", action="store_true", help="machine-readable JSON")

    sim = sub.add_parser("simulate", help="write a simulated city's feed")
    sim.add_argument("--days", type=int, default=7, help="days to simulate (default 7)")
    sim.add_argument(
        "--per-day", type=int, default=840, help="tickets accepted a day (default 840)"
    )
    sim.add_argument(
        "--seed", type=int, default=12345,
        help="random seed: the same seed and start give the same file (default 12345)",
    )  # fmt: skip
    sim.add_argument(
        "--start",
        help="first day, YYYY-MM-DD, for whole days from it (default: the feed ends now, "
        "its last day today)",
    )
    sim.add_argument("--out", type=Path, required=True, help="feed file to write")

    from console import cli_notify

    cli_notify.add_parsers(sub, shared)
    cli_assess.add_parsers(sub, shared)
    cli_actions.add_parsers(sub, shared)
    return parser


def setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


def run_command(
    args: argparse.Namespace,
    *,
    pdf_writer: cli_assess.PdfWriter | None = None,
    chart_renderer: ChartRenderer | None = None,
) -> int:
    """Run a command-line command; the GUI is main.py's. ``pdf_writer`` and
    ``chart_renderer`` (given by main.py, since console/ does not load Qt) make the
    bulletin's PDF and the notice (``notice``)."""
    commands = {
        "import": cmd_import,
        "report": cmd_report,
        "simulate": cmd_simulate,
        "assess": cli_assess.cmd_assess,
        "bulletin": lambda a: cli_assess.cmd_bulletin(a, pdf_writer, chart_renderer),
        "notice": lambda a: cli_actions.cmd_notice(a, pdf_writer),
    }
    try:
        # an area's module (console/cli_<area>.py) names its command's function itself
        run = getattr(args, "run", None) or commands[args.command]
        code = int(run(args))
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:  # `notifications | head`: the reader has all it wanted
        _quiet_stdout()
        return 0
    except ActionRefused as exc:
        print(f"{'error' if exc.is_usage else 'refused'}: {exc}", file=sys.stderr)
        return 2 if exc.is_usage else 1
    except (PolicyError, DatabaseRefused, FeedError) as exc:  # FeedError: a bad --at
        _error(str(exc))
    except OSError as exc:
        _error(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
    except Exception as exc:
        trouble = database_trouble(exc)
        if trouble is None:
            raise
        _error(trouble)
    return 2


def database_trouble(exc: BaseException) -> str | None:
    """The sentence for a database's error, raised through SQLAlchemy or by the driver
    itself (the report reads with the plain driver); None for any other error.

    Neither is imported here for it: an error of a module never loaded is not this one,
    and SQLAlchemy costs a third of a second to load (issue 12)."""
    if "sqlalchemy" in sys.modules:
        from sqlalchemy.exc import (
            ArgumentError,
            DBAPIError,
            InterfaceError,
            NoSuchModuleError,
            OperationalError,
            SQLAlchemyError,
        )

        if isinstance(exc, OperationalError | InterfaceError):
            return f"the database cannot be reached: {first_line(exc.orig or exc)}"
        if isinstance(exc, ArgumentError | NoSuchModuleError):
            return f"--db is not a database URL this console can use: {first_line(exc)}"
        if isinstance(exc, DBAPIError):  # a database that refuses the statement itself
            return f"the database refused it: {first_line(exc.orig or exc)}"
        if isinstance(exc, SQLAlchemyError):  # the engine hides statement parameters
            return f"the database refused the work: {first_line(exc)}"
    for name in ("sqlite3", "psycopg"):  # the DB-API's own classes, as SQLAlchemy's orig
        driver = sys.modules.get(name)
        if driver is None or not isinstance(exc, driver.Error):
            continue
        if isinstance(exc, driver.OperationalError | driver.InterfaceError):
            return f"the database cannot be reached: {first_line(exc)}"
        return f"the database refused it: {first_line(exc)}"
    return None


def _quiet_stdout() -> None:
    """Point standard output at /dev/null so that the interpreter's last flush at exit
    does not complain of the closed pipe either."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _error(message: str) -> None:
    # one line, and never a database password
    print(f"error: {mask_secrets(message)}", file=sys.stderr)


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    from console.ingest import Importer, ImportResult, ProgressBar, rejects_path
    from db.engine import make_engine

    policy = load_policy(args.policy)
    folders = [f for f in args.files if f.is_dir()]
    if folders:
        first = folders[0]
        _error(f"{first} is a folder, not a feed file; name its files (e.g. {first}/*.jsonl)")
        return 2
    missing = [f for f in args.files if not f.is_file()]
    if missing:
        print(f"error: no such file: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    engine = make_engine(args.db, on_create=_say)
    importer = Importer(engine, policy, batch_size=max(1, args.batch_size))
    total = ImportResult()
    for path in args.files:
        bar = ProgressBar(path.name)
        result = importer.import_file(path, progress=bar)
        bar.finish()
        for rej in result.rejects[:20]:
            print(f"{path}:{rej.line}: rejected: {rej.reason}", file=sys.stderr)
        if result.rejected > 20:
            print(f"{path}: … {result.rejected - 20} more rejected", file=sys.stderr)
        if result.rejected:
            print(f"{path}: rejected lines kept in {rejects_path(path)}", file=sys.stderr)
        print(
            f"{path}: imported {result.imported}, duplicates {result.duplicates}, "
            f"rejected {result.rejected}"
        )
        total.add(result)
    if len(args.files) > 1:
        print(
            f"total: imported {total.imported}, duplicates {total.duplicates}, "
            f"rejected {total.rejected}"
        )
    return 1 if total.rejected else 0


# the last report, kept alive after cmd_report returns: main.py ends the process without
# freeing its million objects one by one (see main._end_now)
_last_report: dict[str, object] | None = None


def cmd_report(args: argparse.Namespace) -> int:
    global _last_report
    from console.report import read_report
    from console.report_text import render_table

    policy = load_policy(args.policy)
    at = at_option(args.at, policy.tz)
    # a mistyped path must not read as "all quiet": a database not there is refused
    report, names = read_report(args.db, policy, at, unit_names=not args.json)
    _last_report = report
    for warning in report["warnings"]:
        log.warning("%s", warning)
    try:
        if args.json:
            # orjson: a 100,000-ticket report is tens of megabytes of JSON (written as
            # made, not copied once more to add the newline)
            sys.stdout.buffer.write(orjson.dumps(report, option=orjson.OPT_INDENT_2))
            sys.stdout.buffer.write(b"\n")
        else:
            sys.stdout.write(render_table(report, unit_names=names))
        sys.stdout.flush()
    except BrokenPipeError:  # `report | head` is fine
        sys.stderr.close()
    return 0


def cmd_simulate(args: argparse.Namespace) -> int:
    from datetime import date

    from console.simulator.feed import start_ending_now, write_feed

    if args.start:
        try:
            start, end = date.fromisoformat(args.start), None
        except ValueError:
            print(f"error: --start {args.start!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
            return 2
    else:
        end = datetime.now(UTC)
        start = start_ending_now(args.days, end)
    with args.out.open("w", encoding="utf-8") as out:
        count = write_feed(
            out, days=args.days, per_day=args.per_day, seed=args.seed, start=start, end=end
        )
    print(f"{args.out}: wrote {count} events")
    return 0
