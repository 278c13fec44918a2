"""The wall display's options, for the command line and the settings alike (no Qt):
which pages turn, in what order, and for how long each stays up."""

from __future__ import annotations

import argparse

PAGES = ("kpi", "urgent", "charts", "escalations")
INTERVAL_S = 20
MIN_INTERVAL_S, MAX_INTERVAL_S = 5, 3600


def parse_pages(text: str) -> tuple[str, ...]:
    """``kpi,urgent,charts,escalations`` — any order, any subset, at least one."""
    names = tuple(n.strip() for n in text.split(",") if n.strip())
    unknown = [n for n in names if n not in PAGES]
    if unknown or not names:
        shown = ", ".join(unknown) or "(none)"
        raise ValueError(f"unknown wall pages: {shown}; choose from {', '.join(PAGES)}")
    return names


def parse_interval(text: str) -> int:
    value = int(text)
    if not MIN_INTERVAL_S <= value <= MAX_INTERVAL_S:
        raise ValueError(f"interval must be {MIN_INTERVAL_S}–{MAX_INTERVAL_S} seconds")
    return value


def pages_arg(text: str) -> tuple[str, ...]:
    try:
        return parse_pages(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def interval_arg(text: str) -> int:
    try:
        return parse_interval(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
