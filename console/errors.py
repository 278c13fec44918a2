"""An error as a person reads it: one line; a database error as a kind a supervisor can be
told in one sentence.

Driver messages ("(psycopg.OperationalError) connection failed: …") are for whoever fixes
the server; the console says what they mean (the widgets translate each kind) and keeps
the driver's words behind a "Details" button, passwords masked.
"""

from __future__ import annotations

import re


def first_line(exc: BaseException) -> str:
    """The first line of ``exc``'s message (drivers add the SQL and hints below it), or
    the exception's type name when it has no message."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


# (kind, words in the driver's message that mean it), first match wins
_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("auth", ("password authentication failed", "no password supplied",
              "role \"", "authentication failed")),
    ("no_database", ("does not exist",)),
    ("locked", ("database is locked", "database table is locked")),
    ("not_database", ("file is not a database", "database disk image is malformed")),
    ("unreadable_file", ("unable to open database file", "readonly database",
                         "attempt to write a readonly")),
    ("bad_url", ("could not parse rfc1738 url", "can't load plugin", "invalid dsn")),
    ("unreachable", ("connection failed", "could not connect", "connection refused",
                     "timeout expired", "timed out", "server closed the connection",
                     "no route to host", "name or service not known", "network is unreachable",
                     "connection is closed", "the connection is lost", "terminating connection",
                     "connection to server", "ssl syscall error")),
)  # fmt: skip
KINDS = (*(kind for kind, _ in _KINDS), "other")

_SECRETS = (
    (re.compile(r"(://[^:/@\s]+:)[^@\s]+@"), r"\1***@"),  # user:password@ in a URL
    (re.compile(r"(password\s*=\s*)\S+", re.IGNORECASE), r"\1***"),  # conninfo's password=
)


def error_kind(message: str) -> str:
    """The kind of a database error from the driver's message (``other`` when unknown)."""
    low = message.casefold()
    for kind, words in _KINDS:
        if any(w in low for w in words):
            return kind
    return "other"


def error_detail(exc: BaseException) -> str:
    """The driver's own words, for the "Details" button: the message without SQLAlchemy's
    background link and with any password masked."""
    text = str(exc).strip() or type(exc).__name__
    lines = [ln for ln in text.splitlines() if not ln.strip().startswith("(Background on")]
    return mask_secrets("\n".join(lines).strip())


def mask_secrets(text: str) -> str:
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text
