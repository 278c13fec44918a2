"""Importing feed files into the center's database.

Lines are taken in batches; each batch is one transaction holding the events, the
tickets and deadlines they change, and the change-sequence bump. A kill part-way leaves
whole batches or nothing, and importing the same file again finishes the job: events
already stored are recognised by their key and counted as duplicates.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import IO, Any, NamedTuple

from sqlalchemy import Engine, insert, select, text

from console.board import paused_gc
from console.feed import FeedError, FeedEvent, parse_line
from console.lifecycle import Rejected, TrackedTicket, UnitSeen, apply, create
from console.policy import Policy
from console.ticket_rows import load_tickets, load_units, save_tickets, save_units
from db.bulk import insert_rows
from db.engine import bump_seq
from db.tables import FEED_REJECTS, POLICIES, TICKET_EVENTS, in_chunks

log = logging.getLogger(__name__)
_MAX_CACHED = 250_000
_KEEP_CLOSED = 30_000  # closed tickets kept (oldest closed go first): ~1 KB each
BULK_ANALYZE = 20_000  # events imported at once past which PostgreSQL's statistics are renewed
_EVENT_COLS = (
    "ticket",
    "kind",
    "at",
    "recorded_at",
    "actor",
    "unit",
    "event_key",
    "policy",
    "payload",
    "rating",
    "seq",
)


class FeedLine(NamedTuple):
    """A non-blank line of a feed: its number, its text, and why it cannot even be read
    (not UTF-8), if so."""

    number: int
    text: str
    unreadable: str | None = None
    raw: bytes | None = None  # an unreadable line's bytes, to be kept as they came


@dataclass(slots=True)
class Rejection:
    line: int
    reason: str
    text: str
    raw: bytes | None = None

    def as_json(self) -> str:
        kept: dict[str, object] = {"line": self.line, "reason": self.reason, "text": self.text}
        if self.raw is not None:
            # JSON holds only Unicode: a line that is not UTF-8 is kept byte for byte in
            # base64 ("text" shows it with U+FFFD for a person)
            kept["raw_base64"] = base64.b64encode(self.raw).decode("ascii")
        return json.dumps(kept, ensure_ascii=False)


@dataclass
class ImportResult:
    imported: int = 0
    duplicates: int = 0
    rejected: int = 0
    rejects: list[Rejection] = field(default_factory=list)
    tickets_changed: set[str] = field(default_factory=set)

    def add(self, other: ImportResult) -> None:
        self.imported += other.imported
        self.duplicates += other.duplicates
        self.rejected += other.rejected
        self.rejects.extend(other.rejects)
        self.tickets_changed |= other.tickets_changed


def rejects_path(feed: Path) -> Path:
    """Where a feed file's rejected lines are kept: beside it."""
    return feed.with_name(feed.name + ".rejects.jsonl")


class Importer:
    """Applies feed lines to the database under ``policy``.

    The importer keeps the open tickets it has seen in memory between batches; when
    another writer (a second importer, a supervisor) changed tickets in between, the
    change sequence shows it and those tickets are read again.
    """

    def __init__(
        self, engine: Engine, policy: Policy, *, batch_size: int = 50000, actor: str = "feed"
    ) -> None:
        self.engine = engine
        self.policy = policy
        self.batch_size = batch_size
        self.actor = actor
        self._cache: dict[str, TrackedTicket] = {}
        self._closed: dict[str, None] = {}  # the closed tickets in the cache, oldest first
        self._units: dict[str, UnitSeen] | None = None
        self._last_seq: int | None = None
        # every event key in the database, while this importer is its only writer and it
        # began empty: spares a lookup per event on a first big import
        self._all_keys: set[str] | None = None
        self._all_refused: dict[str, str] = {}  # with _all_keys: every remembered reject
        self._policy_saved = False

    # --- entry points -----------------------------------------------------------
    def import_file(
        self, path: Path, progress: Callable[[int, int], None] | None = None
    ) -> ImportResult:
        """Import one feed file; its rejected lines go to :func:`rejects_path`.

        Both entry points pause the cyclic collector (counted, as the console's readers
        do): an import makes millions of objects beside a cache of up to 250,000
        tickets, and the collector's full passes walked that growing heap again and
        again, a third of the importer's CPU (issue 12). An import leaves almost no
        cycles behind (2,000 objects per 200,000 events), left to the collector after."""
        total = path.stat().st_size
        result = ImportResult()
        rejects = RejectsFile(rejects_path(path))
        try:
            with path.open("rb") as fh, paused_gc():
                lines = _numbered_lines(
                    fh, lambda done: progress(done, total) if progress else None
                )
                for parsed in _parsed_ahead(_batches(lines, self.batch_size), self.policy.tz):
                    # a batch's rejects are safe in the file before the batch commits
                    part = self._import_batch(parsed, keep=rejects.write)
                    part.rejects = part.rejects[:1000]  # counts stay exact; memory small
                    result.add(part)
            rejects.finish()
        finally:
            rejects.discard()
        self._after_bulk(result.imported)
        return result

    def import_lines(self, lines: Iterable[str]) -> ImportResult:
        """Import feed lines given as text (line numbers count from 1)."""
        result = ImportResult()
        numbered = (FeedLine(i, line) for i, line in enumerate(lines, start=1))
        with paused_gc():
            for parsed in _parsed_ahead(_batches(numbered, self.batch_size), self.policy.tz):
                result.add(self._import_batch(parsed))
        self._after_bulk(result.imported)
        return result

    def import_events(self, events: Iterable[dict[str, Any]]) -> ImportResult:
        """Import feed events given as objects (the live simulator's way in)."""
        return self.import_lines(
            json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in events
        )

    def _after_bulk(self, imported: int) -> None:
        """After a big import into PostgreSQL, fresh planner statistics: without them the
        first report plans for the tables as they were (a few rows) and reads through
        the wrong index (issue 12). SQLite plans by its indexes alone."""
        if imported < BULK_ANALYZE or self.engine.dialect.name != "postgresql":
            return
        with self.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE tickets, deadlines, ticket_events")

    # --- one batch, one transaction ---------------------------------------------
    def _import_batch(
        self, batch: ParsedBatch, keep: Callable[[list[Rejection]], None] | None = None
    ) -> ImportResult:
        try:
            return self._import_batch_once(batch, keep)
        except Exception:
            self._forget()
            raise

    def _forget(self) -> None:
        self._cache.clear()
        self._closed.clear()
        self._units = None
        self._last_seq = None
        self._all_keys = None
        self._all_refused = {}

    def _import_batch_once(
        self, batch: ParsedBatch, keep: Callable[[list[Rejection]], None] | None
    ) -> ImportResult:
        result = ImportResult()
        parsed, unusable = batch
        result.rejects.extend(unusable)
        now = datetime.now(UTC)
        with self.engine.begin() as conn:
            seq = bump_seq(conn)
            self._refresh_cache(conn, seq)
            if self._units is None:
                self._units = load_units(conn)
            stored_units = self._units
            if (
                self._last_seq is None
                and conn.execute(select(TICKET_EVENTS.c.id).limit(1)).first() is None
            ):
                self._all_keys = set()
                self._all_refused = {}
            known = self._known_keys(conn, [ev.key for _, _, ev in parsed])
            refused = self._refused_keys(
                conn, [ev.key for _, _, ev in parsed if ev.key not in known]
            )
            new_refusals: list[dict[str, Any]] = []
            needed = sorted({ev.ticket for _, _, ev in parsed if ev.ticket not in self._cache})
            self._cache.update(load_tickets(conn, needed))
            seen_units: dict[str, UnitSeen] = {}
            changed: dict[str, TrackedTicket] = {}
            rows: list[tuple[Any, ...]] = []
            pkey = self.policy.key
            for number, line, ev in parsed:
                if ev.key in known:
                    result.duplicates += 1
                    continue
                if ev.key in refused:  # judged before: judged the same again
                    result.rejects.append(Rejection(number, refused[ev.key], line))
                    continue
                try:
                    ticket = self._apply(ev, seen_units)
                except Exception as exc:  # one line never stops the rest
                    reason = str(exc) if isinstance(exc, Rejected) else _unexpected(exc)
                    result.rejects.append(Rejection(number, reason, line))
                    refused[ev.key] = reason
                    new_refusals.append(
                        {"event_key": ev.key, "ticket": ev.ticket, "reason": reason,
                         "recorded_at": now, "seq": seq}
                    )  # fmt: skip
                    continue
                known.add(ev.key)
                changed[ticket.number] = ticket
                unit = ev.data.get("unit") or ev.data.get("to")
                rating = None
                if ev.kind == "rated":  # the unit the visit judges: the ticket's last
                    unit, rating = ticket.last_unit, ev.data["rating"]
                rows.append(
                    (ev.ticket, ev.kind, ev.at, now, self.actor, unit, ev.key, pkey, line,
                     rating, seq)
                )  # fmt: skip
            if not self._policy_saved:
                self._save_policy(conn, now)
            save_units(conn, seen_units, stored_units, seq)
            save_tickets(conn, changed.values(), seq)
            insert_rows(conn, TICKET_EVENTS, _EVENT_COLS, rows)
            if new_refusals:
                conn.execute(insert(FEED_REJECTS), new_refusals)
            result.rejects.sort(key=lambda r: r.line)
            if keep is not None and result.rejects:
                keep(result.rejects)
        self._last_seq = seq
        if self._all_keys is not None:
            self._all_keys.update(row[6] for row in rows)
            self._all_refused.update((r["event_key"], r["reason"]) for r in new_refusals)
            if len(self._all_keys) > 3_000_000:  # past this, asking the database is cheaper
                self._all_keys = None
                self._all_refused = {}
        result.imported = len(rows)
        result.rejected = len(result.rejects)
        result.tickets_changed = set(changed)
        self._trim_cache()
        return result

    def _apply(self, ev: FeedEvent, seen_units: dict[str, UnitSeen]) -> TrackedTicket:
        ticket = self._cache.get(ev.ticket)
        if ev.kind == "created":
            if ticket is not None:
                raise Rejected(f"ticket {ev.ticket} was already created")
            ticket = create(ev, self.policy)
            self._cache[ev.ticket] = ticket
            return ticket
        if ticket is None:
            raise Rejected(f"ticket {ev.ticket} was never created (no created event before this)")
        apply(ticket, ev, self.policy, seen_units)
        return ticket

    def _known_keys(self, conn: Any, keys: list[str]) -> set[str]:
        if self._all_keys is not None:
            everything = self._all_keys
            return {k for k in keys if k in everything}
        known: set[str] = set()
        unique = list(dict.fromkeys(keys))
        for part in in_chunks(unique):
            known.update(
                conn.execute(
                    select(TICKET_EVENTS.c.event_key).where(TICKET_EVENTS.c.event_key.in_(part))
                ).scalars()
            )
        return known

    def _refused_keys(self, conn: Any, keys: list[str]) -> dict[str, str]:
        """The remembered rejects among ``keys``: key -> the reason given then."""
        if self._all_keys is not None:
            everything = self._all_refused
            return {k: everything[k] for k in keys if k in everything}
        refused: dict[str, str] = {}
        R = FEED_REJECTS
        for part in in_chunks(list(dict.fromkeys(keys))):
            rows = conn.execute(select(R.c.event_key, R.c.reason).where(R.c.event_key.in_(part)))
            refused.update((key, reason) for key, reason in rows)
        return refused

    def _refresh_cache(self, conn: Any, seq: int) -> None:
        """Drop cached tickets another writer changed since our last batch."""
        if self._last_seq is None:
            self._cache.clear()
            self._closed.clear()
            return
        if seq == self._last_seq + 1:
            return
        self._all_keys = None
        self._all_refused = {}
        self._units = None
        stale = conn.execute(
            text("SELECT number FROM tickets WHERE seq > :lo AND seq < :hi"),
            {"lo": self._last_seq, "hi": seq},
        ).scalars()
        for number in stale:
            self._cache.pop(number, None)

    def _trim_cache(self) -> None:
        # a closed ticket mostly comes back once, for its return visit (rated) a few days
        # later: the latest closed ones stay (reading each back cost a tenth of the
        # importer's CPU, issue 12), older ones go; an import of years of history must
        # not grow without bound either
        cache, closed = self._cache, self._closed
        for number, ticket in cache.items():
            if ticket.status == "closed" and number not in closed:
                closed[number] = None
        for number in [n for n in closed if n not in cache or cache[n].status != "closed"]:
            del closed[number]  # reopened, or read again after another writer
        while len(closed) > _KEEP_CLOSED:
            number = next(iter(closed))
            del closed[number], cache[number]
        if len(cache) > _MAX_CACHED:
            cache.clear()
            closed.clear()

    def _save_policy(self, conn: Any, now: datetime) -> None:
        exists = conn.execute(
            select(POLICIES.c.key).where(POLICIES.c.key == self.policy.key)
        ).first()
        if exists is None:
            conn.execute(
                insert(POLICIES),
                {
                    "key": self.policy.key,
                    "name": self.policy.name,
                    "source": self.policy.source,
                    "first_used_at": now,
                },
            )
        self._policy_saved = True


def _unexpected(exc: Exception) -> str:
    # the exception's own text may quote the line; the line is kept beside the reason
    log.warning("a feed line could not be judged: %s", type(exc).__name__)
    return f"the line cannot be used ({type(exc).__name__})"


def _numbered_lines(fh: IO[bytes], progress: Callable[[int], object]) -> Iterator[FeedLine]:
    """Non-blank lines with their numbers; a line that is not UTF-8 is passed on (with
    replacement characters, to be kept in the rejects file) marked unreadable."""
    done = 0
    for number, raw in enumerate(fh, start=1):
        done += len(raw)
        if number % 20000 == 0:
            progress(done)
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            kept = raw.rstrip(b"\r\n")
            text = kept.decode("utf-8", errors="replace")
            yield FeedLine(number, text, "the line is not valid UTF-8 text", kept)
            continue
        if number == 1 and line.startswith("\ufeff"):
            line = line[1:]
        if line.strip():
            yield FeedLine(number, line.rstrip("\r\n"))
    progress(done)


# a batch's lines parsed: (line number, text, event) of the usable ones, and the rejects
ParsedBatch = tuple[list[tuple[int, str, FeedEvent]], list[Rejection]]


def _parse(batch: list[FeedLine], tz: tzinfo) -> ParsedBatch:
    parsed: list[tuple[int, str, FeedEvent]] = []
    rejects: list[Rejection] = []
    for number, line, unreadable, raw in batch:
        if unreadable:
            rejects.append(Rejection(number, unreadable, line, raw))
            continue
        try:
            parsed.append((number, line, parse_line(line, tz)))
        except FeedError as exc:
            rejects.append(Rejection(number, str(exc), line))
        except Exception as exc:  # one line never stops the rest
            rejects.append(Rejection(number, _unexpected(exc), line))
    return parsed, rejects


def _parsed_ahead(batches: Iterable[list[FeedLine]], tz: tzinfo) -> Iterator[ParsedBatch]:
    """Each batch parsed, the next one on a thread while this one is written: the
    database's share of a batch (waiting on PostgreSQL, SQLite's own work) lets the
    interpreter go, and parsing is a third of an import (issue 12). Parsing is a pure
    function of the line; a single batch (a live feed's) makes no thread."""
    pending = iter(batches)
    first = next(pending, None)
    if first is None:
        return
    second = next(pending, None)
    if second is None:
        yield _parse(first, tz)
        return
    with ThreadPoolExecutor(1, thread_name_prefix="feed-parse") as pool:
        ahead = pool.submit(_parse, second, tz)
        yield _parse(first, tz)
        for batch in pending:
            current, ahead = ahead, pool.submit(_parse, batch, tz)
            yield current.result()
        yield ahead.result()


def _batches(lines: Iterable[FeedLine], size: int) -> Iterator[list[FeedLine]]:
    batch: list[FeedLine] = []
    for item in lines:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class RejectsFile:
    """A feed's rejects file, written safely: it holds the feed author's text and often
    citizens' data. Made only when a line is rejected, as a new private (0600) file beside
    the feed that is renamed over the old one at the end — a symlink planted at its name
    is replaced, never followed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[bytes] | None = None
        self._tmp: Path | None = None

    def write(self, rejects: list[Rejection]) -> None:
        if self._fh is None:
            try:
                fd, name = tempfile.mkstemp(
                    prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent
                )
            except OSError as exc:
                raise OSError(
                    exc.errno,
                    f"rejected lines cannot be kept beside the feed ({exc.strerror}); "
                    "nothing of the batch holding them was imported",
                    str(self.path),
                ) from None
            self._tmp = Path(name)
            self._fh = os.fdopen(fd, "wb")
        self._fh.write(b"".join(r.as_json().encode() + b"\n" for r in rejects))
        self._fh.flush()

    def finish(self) -> None:
        """Put the file in place; with nothing rejected, drop an earlier run's file."""
        if self._fh is None:
            try:
                if self.path.is_symlink() or self.path.is_file():
                    self.path.unlink()
            except OSError as exc:  # a clean feed imports even in a read-only folder
                log.warning("could not remove the old rejects file %s: %s", self.path, exc)
            return
        self._fh.close()
        self._fh = None
        assert self._tmp is not None
        os.replace(self._tmp, self.path)
        self._tmp = None

    def discard(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        if self._tmp is not None:
            self._tmp.unlink(missing_ok=True)
            self._tmp = None


class ProgressBar:
    """A one-line progress bar on a terminal; elsewhere (a log, a cron mail) a plain line
    every ``every`` seconds, so a long import is not silent."""

    def __init__(
        self,
        label: str,
        stream: IO[str] = sys.stderr,
        *,
        every: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label = label
        self.stream = stream
        self.active = stream.isatty()
        self.every = every
        self.clock = clock
        self._next = clock() + every

    def __call__(self, done: int, total: int) -> None:
        if total <= 0:
            return
        if not self.active:
            now = self.clock()
            if now >= self._next and done < total:
                self._next = now + self.every
                self.stream.write(f"{self.label}: {min(done / total, 1.0):.0%} read\n")
                self.stream.flush()
            return
        share = min(done / total, 1.0)
        filled = int(share * 30)
        bar = "█" * filled + "·" * (30 - filled)
        self.stream.write(f"\r{self.label} {bar} {share:6.1%}")
        self.stream.flush()

    def finish(self) -> None:
        if self.active:
            self.stream.write("\n")
            self.stream.flush()
