"""Acting from the To act queue first chooses the ticket on the board (clearing a filter
that hides it) so its detail is beside the dialog, not "choose a ticket"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

from console.board import BoardFilter
from tests.guikit import OFFSCREEN_NOISE
from tests.test_gui_proposals import overdue, queue
from widgets.main_window import MainWindow
from widgets.text_dialog import TextDialog

pytestmark = OFFSCREEN_NOISE
Opener = Callable[..., MainWindow]


def test_acting_on_a_proposal_shows_its_ticket(
    open_window: Opener, engine: Engine, qtbot: Any
) -> None:
    overdue(engine)
    window = open_window(engine)
    qtbot.waitUntil(lambda: queue(window) == [("A", "urge"), ("B", "urge")], timeout=8000)
    # the board is narrowed to B, nothing chosen: A is hidden
    window.filters.set_filter(BoardFilter(text="噪音"), emit=True)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1, timeout=5000)
    window.view.clear_current()
    assert window.detail.number != "A"
    window.proposals.table.selectRow(0)
    window.proposals.act.click()
    dialog = window.acting.dialog
    assert isinstance(dialog, TextDialog) and dialog.isVisible()
    assert window.view.current_number() == "A"  # the filter gave way
    assert window.proxy.rowCount() == 2
    qtbot.waitUntil(
        lambda: window.detail.detail is not None and window.detail.detail.number == "A",
        timeout=5000,
    )
    assert window.acting.dialog is dialog  # still open beside the detail
    dialog.reject()
