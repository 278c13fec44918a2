"""``python -m console.simulator --days N --per-day M --seed S --out FILE [--start DATE]``.

Writes a simulated feed (``--out -`` for standard output) and reports the count.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from console.simulator.feed import DEFAULT_START, write_feed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m console.simulator", description="Write a simulated ticket event feed."
    )
    parser.add_argument("--days", type=int, required=True, help="whole days to simulate")
    parser.add_argument("--per-day", type=int, default=840, help="tickets a day, on average")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True, help="feed file to write, or - for stdout")
    parser.add_argument(
        "--start", type=date.fromisoformat, default=DEFAULT_START, help="first day, YYYY-MM-DD"
    )
    args = parser.parse_args(argv)
    if args.days < 0 or args.per_day < 0:
        parser.error("--days and --per-day must not be negative")
    options = {"days": args.days, "per_day": args.per_day, "seed": args.seed, "start": args.start}
    if args.out == "-":
        count = write_feed(sys.stdout, **options)
    else:
        with open(args.out, "w", encoding="utf-8", newline="\n") as out:
            count = write_feed(out, **options)
    print(f"{count} events written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
