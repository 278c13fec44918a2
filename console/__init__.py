"""The supervisor console's domain, without Qt: feed, life cycle, policies, board, report.

Glossary — the words the code uses, and the one thing each means:

ticket (工单)
    A citizen's request, numbered. Stored: ``db.models.Ticket`` (table ``TICKETS`` in
    ``db.tables``). Rebuilt event by event: ``lifecycle.TrackedTicket``. On the board:
    ``board.BoardTicket``. In the detail pane: ``board_detail.TicketDetail``.
deadline
    One obligation of a ticket — kind sign, onsite or reply — with its due time and the
    moments its window turns warning and critical. The same deadline has four types,
    one per role:

    - ``db.models.Deadline`` — the stored row (every deadline, open or finished);
    - ``lifecycle.TrackedDeadline`` — mutable, changed by events during an import or a
      replay, remembering what to write back (``dirty``, ``new``);
    - ``board.BoardDeadline`` — an open deadline on the board, times as epoch seconds;
    - ``board_detail.DeadlineDetail`` — one line of the detail pane's deadline table.
state
    Only the urgency band of a deadline or ticket at a moment: ``states.State`` — ok,
    warning, critical, overdue (a ticket's is its worst open deadline's). Never a
    record: the mutable records are *tracked* tickets and deadlines.
status
    Where a record is in its life: a ticket open | closed; a deadline open | met | ended;
    an escalation open | acknowledged | resolved | withdrawn.
flag
    urgent (given at acceptance), shuffled (推诿: returned or moved around), disputed
    (争议: jurisdiction contested), escalated (督办). ``vocabulary.FLAGS``.
unit (承办单位)
    The department, district, grid or emergency team a ticket is sent to.
board
    Every open ticket, most urgent first. ``board.BoardStore`` reads it from the
    database; ``board_tally.BoardTally`` counts it for the KPI tiles.
KPI
    A tile above the board (``vocabulary.KPIS``): its key, colour and the filter a click
    applies.
change sequence (``seq``)
    The center-wide counter every write moves (``db.engine.bump_seq``), so a console
    reads only what changed since it last looked.

The domain's codes (categories, channels, event and deadline kinds, flags, KPI tiles)
are defined once, in :mod:`console.vocabulary`.
"""
