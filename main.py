"""12345 hotline supervisor console: argument parsing and wiring, nothing else."""

import sys

from console.cli import build_parser, run_command, setup_logging


def main() -> int:
    args = build_parser().parse_args()
    setup_logging(args.verbose)
    if args.command:
        return run_command(args)
    from widgets.app import run_gui  # Qt is loaded only for the windows

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
