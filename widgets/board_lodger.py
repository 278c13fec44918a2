"""Readers that work beside the board reader, on its worker thread: the escalation
register's and the To act queue's. They hear the board reader's deltas there, as they
happen, and go back to the UI thread before the worker stops (a QObject must not be left
on a finished thread)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, Slot

from widgets.board_reader import BoardConnection


class Lodger(QObject):
    """A reader lodged on the board's worker thread."""

    @Slot(object)
    def changed(self, _delta: object = None) -> None:
        """The board reader wrote a delta (called on the worker thread, at once)."""

    @Slot()
    def go_home(self) -> None:
        """Back to the UI thread before the worker stops (called blocking, from there)."""
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())


class Lodging:
    """Where a lodger stays: moved onto ``connection``'s worker and told of its deltas
    until ``leave`` (idempotent) brings it home."""

    def __init__(self, lodger: Lodger, connection: BoardConnection) -> None:
        self.lodger, self.connection = lodger, connection
        lodger.moveToThread(connection.worker)
        # the board reader's delta is emitted on the worker thread: noted there at once
        connection.reader.delta.connect(lodger.changed, Qt.ConnectionType.DirectConnection)
        self.staying = True

    def leave(self) -> None:
        if not self.staying:
            return
        self.staying = False
        self.connection.reader.delta.disconnect(self.lodger.changed)
        worker = self.connection.worker
        if worker.isRunning() and self.lodger.thread() is worker:
            QMetaObject.invokeMethod(
                self.lodger, "go_home", Qt.ConnectionType.BlockingQueuedConnection
            )
