"""12345 hotline supervisor console: argument parsing and wiring, nothing else."""

import contextlib
import gc
import logging
import os
import sys
from pathlib import Path
from typing import NoReturn

from console.cli import build_parser, run_command, setup_logging


def _write_pdf(html: str, path: Path) -> None:
    from widgets.pdf_render import write_pdf  # Qt only for the commands that print

    write_pdf(html, path)


def _end_now(code: int) -> NoReturn:
    """End the process without freeing what the command built, its output written: a
    100,000-ticket report is a million small objects, and freeing them one by one at exit
    takes a fifth of the command's time (issue 12)."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing to add
            stream.flush()
    os._exit(code)


def main() -> int:
    args = build_parser().parse_args()
    setup_logging(args.verbose)
    if args.command == "bulletin" and args.out.suffix.lower() == ".pdf":
        # the PDF and its chart are drawn by Qt, loaded only for them
        from widgets.bulletin_chart import render_overdue_chart
        from widgets.pdf_render import write_pdf

        return run_command(args, pdf_writer=write_pdf, chart_renderer=render_overdue_chart)
    if args.command == "report":
        # the process ends as soon as the report is written (_end_now): with the collector
        # on, its first pass after console.report turned it back on walked the report's
        # hundreds of thousands of new objects, a tenth of the command (issue 12)
        gc.disable()
        _end_now(run_command(args, pdf_writer=_write_pdf))
    if args.command:
        return run_command(args, pdf_writer=_write_pdf)
    from widgets.app import run_gui  # Qt is loaded only for the windows

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
