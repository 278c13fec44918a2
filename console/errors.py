"""An error as a person reads it: one line."""

from __future__ import annotations


def first_line(exc: BaseException) -> str:
    """The first line of ``exc``'s message (drivers add the SQL and hints below it), or
    the exception's type name when it has no message."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
