"""Painting the board's cells: state as colour and icon and word, the live countdown,
flags as small tags. One Python call per cell and plain ``drawText`` — the 1 Hz tick
repaints every visible countdown, so this is the board's hot path.

A whole viewport (~250 cells at 1920×1080) is painted whenever rows come, go or move -
each new ticket, each slice of a burst, each settle. The plain text cells keep their
elided text per ticket (the ticket is immutable: a change is a new object), so a
repaint of rows already seen measures and formats nothing; the ticket comes from the
filter's rows directly, not through two ``data()`` calls across Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from console.board import BoardTicket
from console.states import State
from console.vocabulary import FLAG_TONES, PROPOSED, TAG_FLAGS
from widgets import labels, theme
from widgets.board_model import BoardModel, Col, Role
from widgets.board_proxy import BoardProxy
from widgets.i18n import current_language

Index = QModelIndex | QPersistentModelIndex
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter
_PAD = 7
_ICON = 14
ELLIPSIS = "…"
_SELECTED = QStyle.StateFlag.State_Selected
# the plain text cells' words that follow the language (and, for the due time, the year)
_WORDED = frozenset({Col.DUE, Col.CATEGORY, Col.UNIT})
SHOWN_KEPT = 20_000  # elided cell texts kept (a screen shows ~170); past it, start again


class BoardDelegate(QStyledItemDelegate):
    def __init__(self, board: BoardModel, parent: QWidget, proxy: BoardProxy | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.proxy = proxy  # the model the view shows, when it is the board's filter
        # (number, column) -> (ticket, width, words, the text as painted)
        self._shown: dict[tuple[str, int], tuple[BoardTicket, int, object, str]] = {}
        self.restyle(parent.font())

    def restyle(self, font: QFont) -> None:
        """Cache fonts, colours and icons (after a theme or font change)."""
        self.pal = theme.current()
        self.font = QFont(font)
        self.digits = QFont(font)
        self.digits.setFeature(QFont.Tag("tnum"), 1)  # digits of one width: no jitter
        self.digits_bold = QFont(self.digits)
        self.digits_bold.setWeight(QFont.Weight.DemiBold)
        self.small = QFont(font)
        self.small.setPixelSize(max(self.pal.small_px, 10))
        self.fm = QFontMetrics(self.font)
        self.small_fm = QFontMetrics(self.small)
        self._shown = {}  # measured in the old font
        self.text = QColor(self.pal.text)
        self.muted = QColor(self.pal.muted)
        self.selection = QColor(self.pal.selection)
        self.selection_text = QColor(self.pal.selection_text)
        self.strong = {s: self.pal.state_color(s) for s in State}
        self.soft = {s: self.pal.state_soft(s) for s in State}
        self.icons: dict[State, QPixmap] = {}
        ratio = 2.0  # sharp on high-density screens, scaled down on others
        for s in State:
            pm = theme.icon(theme.STATE_ICONS[s]).pixmap(QSize(_ICON, _ICON), ratio)
            self.icons[s] = pm

    @property
    def _more_w(self) -> int:
        return self.small_fm.horizontalAdvance(ELLIPSIS) + 4

    def row_height(self) -> int:
        return self.fm.height() + 12

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(80, self.row_height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        proxy = self.proxy
        t: BoardTicket | None
        t = index.data(Role.TICKET) if proxy is None else proxy.ticket_at(index.row())
        if t is None:
            return
        rect: QRect = option.rect  # type: ignore[attr-defined]
        selected = bool(option.state & _SELECTED)  # type: ignore[attr-defined]
        if selected:
            painter.fillRect(rect, self.selection)
        col = index.column()
        now = self.board.now
        if col == Col.STATE:
            self._state(painter, rect, t.state(now))
        elif col == Col.COUNTDOWN:
            self._countdown(painter, rect, t, now, selected)
        elif col == Col.URGENCY:
            if t.urgent:
                urgent = labels.tr(labels.FLAGS, "urgent")
                self._tag(painter, rect, urgent, FLAG_TONES["urgent"], 0)
        elif col == Col.FLAGS:
            tags, cut = self.flag_layout(t, rect.width())
            x = 0
            for tag, tone in tags:
                x = self._tag(painter, rect, tag, tone, x)
            if cut:  # more than the cell holds: say so (all of them in the tooltip)
                painter.setFont(self.small)
                painter.setPen(self.selection_text if selected else self.muted)
                box = QRect(rect.left() + _PAD + x, rect.top(), self._more_w, rect.height())
                painter.drawText(box, _LEFT, ELLIPSIS)
        else:
            color = self.selection_text if selected else self.text
            align = _LEFT
            if col == Col.MOVES:
                align = _CENTER
                if t.returns >= 2 and not selected:  # bounced: the shuffling signal
                    color = self.strong[State.CRITICAL]
            elif col in (Col.DUE, Col.NUMBER, Col.DISTRICT, Col.CATEGORY) and not selected:
                color = self.muted if col == Col.DUE else self.text
            painter.setFont(self.font)
            painter.setPen(color)
            inner = rect.adjusted(_PAD, 0, -_PAD, 0)
            painter.drawText(inner, align, self._shown_text(t, col, inner.width(), index))

    def _shown_text(self, t: BoardTicket, col: int, width: int, index: Index) -> str:
        """The cell's text elided to ``width``: as painted last time for this very ticket,
        width and words, else made (the model's text) and kept."""
        words = (current_language(), self.board.year()) if col in _WORDED else None
        key = (t.number, col)
        kept = self._shown.get(key)
        if kept is not None and kept[0] is t and kept[1] == width and kept[2] == words:
            return kept[3]
        if self.proxy is None:
            text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        else:
            text = self.board.text_of(col, t)
        shown = self.fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
        if len(self._shown) >= SHOWN_KEPT:
            self._shown = {}
        self._shown[key] = (t, width, words, shown)
        return shown

    def _state(self, painter: QPainter, rect: QRect, state: State) -> None:
        label = labels.tr(labels.STATES, state)
        width = min(rect.width() - 2 * _PAD + 2, _ICON + 10 + self.fm.horizontalAdvance(label))
        pill = QRect(rect.left() + _PAD - 2, rect.top() + 4, width, rect.height() - 8)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.soft[state])
        painter.drawRoundedRect(pill, 4, 4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        icon_y = pill.top() + (pill.height() - _ICON) // 2
        painter.drawPixmap(pill.left() + 4, icon_y, _ICON, _ICON, self.icons[state])
        painter.setFont(self.font)
        painter.setPen(self.strong[state])
        painter.drawText(pill.adjusted(_ICON + 7, 0, -2, 0), _LEFT, label)

    def _countdown(
        self, painter: QPainter, rect: QRect, t: BoardTicket, now: float, selected: bool
    ) -> None:
        remaining = t.remaining(now)
        state = t.state(now)
        painter.setFont(self.digits_bold if state >= State.CRITICAL else self.digits)
        # on the selection's blue a state colour is too faint to read: its text colour
        color = self.selection_text if selected else self.strong[state]
        painter.setPen(self.muted if remaining is None and not selected else color)
        text = labels.countdown(remaining, t.replied)
        painter.drawText(rect.adjusted(_PAD, 0, -_PAD, 0), _RIGHT, text)

    def flag_tags(self, t: BoardTicket) -> list[tuple[str, State]]:
        """The ticket's tags and their tones, in the order they are painted."""
        tags: list[tuple[str, State]] = []
        for name in TAG_FLAGS:
            if name == "escalated" and t.offices:
                continue  # the offices say it, each by its short name (督办)
            if getattr(t, name):
                tags.append((labels.tr(labels.FLAG_TAGS, name), FLAG_TONES[name]))
        for office in t.offices:
            tags.append((labels.tr(labels.OFFICE_TAGS, office), FLAG_TONES["escalated"]))
        if t.urges:
            tags.append((labels.urge_tag(t.urges), State.OK))
        if t.number in self.board.proposed:  # the ladder proposes a step: To act
            tags.append((labels.tr(labels.FLAG_TAGS, PROPOSED), FLAG_TONES[PROPOSED]))
        return tags

    def flag_layout(self, t: BoardTicket, width: int) -> tuple[list[tuple[str, State]], bool]:
        """The tags that fit a cell ``width`` wide, and whether some were left out - then
        with room kept for an ellipsis, so a cut never passes for the whole."""
        tags = self.flag_tags(t)
        widths = [self.small_fm.horizontalAdvance(text) + 10 + 4 for text, _ in tags]
        if sum(widths) <= width - _PAD + 2:  # _tag's own test, the last one's gap included
            return tags, False
        room = width - _PAD - self._more_w
        used = n = 0
        while n < len(tags) and used + widths[n] <= room:
            used += widths[n]
            n += 1
        return tags[:n], True

    def _tag(self, painter: QPainter, rect: QRect, text: str, tone: State, x: int) -> int:
        """A small coloured tag at ``x`` from the cell's left; returns where the next goes."""
        w = self.small_fm.horizontalAdvance(text) + 10
        h = self.small_fm.height() + 4
        box = QRect(rect.left() + _PAD + x, rect.top() + (rect.height() - h) // 2, w, h)
        if box.right() > rect.right() - 2:
            return x
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.soft[tone])
        painter.drawRoundedRect(box, 3, 3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setFont(self.small)
        painter.setPen(self.strong[tone])
        painter.drawText(box, _CENTER, text)
        return x + w + 4
