"""Every action of the supervisor's window, declared once as data.

One row per action: its id, its words, its shortcut, when it is enabled, and the window
method it calls. :mod:`widgets.main_menu` builds the menus, the toolbar, the board's row
context menu and the F1 shortcut list from this table, so an action is added in one
place (in the manner of Picard's ``ui/mainwindow/actions.py`` and napari's
``_qt/_qapp_model/qactions``). Nothing here imports the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence

CTX = "Actions"
Key = str | QKeySequence.StandardKey
Marked = object  # a string marked for translation (Qt's stubs type the marker as object)


@dataclass(frozen=True)
class Situation:
    """What the enabled-when rules look at: who is on duty and what is selected."""

    can_act: bool = False  # a supervisor (not a viewer, not a read-only database)
    selected: int = 0  # tickets selected on the board
    open_selected: int = 0  # of those, still open
    detail_open_deadlines: int = 0  # open deadlines of the ticket in the detail pane
    detail_disputed: bool = False  # the ticket in the detail pane is marked disputed


When = Callable[[Situation], bool]


def always(_: Situation) -> bool:
    return True


def one_open(s: Situation) -> bool:
    """One open ticket chosen, and a supervisor on duty."""
    return s.can_act and s.selected == 1 and s.open_selected == 1


def some_open(s: Situation) -> bool:
    """At least one ticket chosen, all of them open, and a supervisor on duty."""
    return s.can_act and s.selected >= 1 and s.open_selected == s.selected


def some_tickets(s: Situation) -> bool:
    """At least one ticket chosen (open or closed: a note is kept on either)."""
    return s.can_act and s.selected >= 1


def can_extend(s: Situation) -> bool:
    return one_open(s) and s.detail_open_deadlines > 0


def can_mark(s: Situation) -> bool:
    return one_open(s) and not s.detail_disputed


def can_clear(s: Situation) -> bool:
    return one_open(s) and s.detail_disputed


def can_act(s: Situation) -> bool:
    return s.can_act


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: Marked  # QT_TRANSLATE_NOOP("Actions", …): translated when built
    slot: str  # the window's method, called with ``arg`` when there is one
    shortcut: Key | None = None
    menu: str = ""  # a key of MENUS; "" for a shortcut without a menu entry
    when: When = always
    icon: str = ""
    toolbar: bool = False  # on the window's toolbar
    context: bool = False  # on the board's row context menu
    separator: bool = False  # a separator before it, in its menu
    arg: object = None
    group: str = ""  # checkable, one of a group (themes, languages)
    keys: str = ""  # the F1 list's key text when the shortcut alone does not say it
    help: Marked = ""  # the F1 list's words when they differ from the menu's
    tip: Marked = ""  # tool tip and status tip

    @property
    def needs_ticket(self) -> bool:
        return self.when is not always and self.when is not can_act


# menus in the order of the menu bar; a "parent/child" key is a submenu
MENUS: dict[str, Marked] = {
    "file": QT_TRANSLATE_NOOP("Actions", "&File"),
    "view": QT_TRANSLATE_NOOP("Actions", "&View"),
    "view/theme": QT_TRANSLATE_NOOP("Actions", "&Theme"),
    "view/language": QT_TRANSLATE_NOOP("Actions", "&Language"),
    "ticket": QT_TRANSLATE_NOOP("Actions", "&Ticket"),
    "escalations": QT_TRANSLATE_NOOP("Actions", "&Escalations"),
    "duty": QT_TRANSLATE_NOOP("Actions", "&Duty"),
    "help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}

# the ticket actions' ids, in the order the toolbar and the context menu show them
TICKET_ACTIONS = ("urge", "escalate", "mark_disputed", "clear_disputed", "coordinate",
                  "extend", "note")  # fmt: skip

ACTIONS: tuple[ActionSpec, ...] = (
    # --- file -------------------------------------------------------------------------
    ActionSpec(
        "import",
        QT_TRANSLATE_NOOP("Actions", "&Import feed…"),
        "ask_import",
        QKeySequence.StandardKey.Open,
        "file",
        icon="import",
        help=QT_TRANSLATE_NOOP("Actions", "Import a feed file"),
    ),
    ActionSpec(
        "bulletin",
        QT_TRANSLATE_NOOP("Actions", "&Bulletin…"),
        "ask_bulletin",
        menu="file",
        help=QT_TRANSLATE_NOOP("Actions", "Write the supervision bulletin of a period"),
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "close",
        "Ctrl+Q",
        "file",
        separator=True,
        help=QT_TRANSLATE_NOOP("Actions", "Quit"),
    ),
    # --- view -------------------------------------------------------------------------
    ActionSpec(
        "search",
        QT_TRANSLATE_NOOP("Actions", "&Search"),
        "focus_search",
        QKeySequence.StandardKey.Find,
        "view",
        help=QT_TRANSLATE_NOOP("Actions", "Search tickets"),
    ),
    ActionSpec(
        "board",
        QT_TRANSLATE_NOOP("Actions", "&Board"),
        "focus_board",
        "Ctrl+L",
        "view",
        help=QT_TRANSLATE_NOOP("Actions", "Back to the board"),
    ),
    ActionSpec(
        "save_view",
        QT_TRANSLATE_NOOP("Actions", "Save filters as &view…"),
        "ask_save_view",
        QKeySequence.StandardKey.Save,
        "view",
        help=QT_TRANSLATE_NOOP("Actions", "Save the filters as a view"),
    ),
    ActionSpec(
        "all_tickets",
        QT_TRANSLATE_NOOP("Actions", "&All tickets"),
        "choose_saved_view",
        "Ctrl+0",
        "view",
        arg=0,
        help=QT_TRANSLATE_NOOP("Actions", "All tickets"),
    ),
    *(
        ActionSpec(
            f"view_{n}",
            "",
            "choose_saved_view",
            f"Ctrl+{n}",
            arg=n,
            keys="Ctrl+1 … Ctrl+9" if n == 1 else "",
            help=QT_TRANSLATE_NOOP("Actions", "Switch to saved view 1 … 9") if n == 1 else "",
        )
        for n in range(1, 10)
    ),
    ActionSpec(
        "assessment",
        QT_TRANSLATE_NOOP("Actions", "A&ssessment"),
        "show_assessment",
        "Ctrl+Shift+A",
        "view",
        help=QT_TRANSLATE_NOOP("Actions", "Units ranked for a period (assessment)"),
    ),
    ActionSpec(
        "columns",
        QT_TRANSLATE_NOOP("Actions", "&Columns…"),
        "show_column_menu",
        menu="view",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Show or hide the board's columns (also a right click on its header)"
        ),
    ),  # fmt: skip
    ActionSpec(
        "standard_widths",
        QT_TRANSLATE_NOOP("Actions", "Standard column &widths"),
        "fit_columns",
        menu="view",
    ),
    ActionSpec(
        "refresh",
        QT_TRANSLATE_NOOP("Actions", "&Refresh now"),
        "refresh_now",
        QKeySequence.StandardKey.Refresh,
        "view",
        help=QT_TRANSLATE_NOOP("Actions", "Read the board again now"),
    ),
    ActionSpec(
        "notifications",
        QT_TRANSLATE_NOOP("Actions", "&Notification center"),
        "toggle_notifications",
        "F9",
        "view",
        separator=True,
        help=QT_TRANSLATE_NOOP("Actions", "Show or hide the notification center"),
    ),
    ActionSpec(
        "proposals",
        QT_TRANSLATE_NOOP("Actions", "To &act queue"),
        "show_proposals",
        "F8",
        "view",
        help=QT_TRANSLATE_NOOP(
            "Actions", "Show the To act queue: the steps the escalation ladder proposes"
        ),
    ),
    ActionSpec(
        "notify_settings",
        QT_TRANSLATE_NOOP("Actions", "Notification &settings…"),
        "ask_notification_settings",
        menu="view",
        help=QT_TRANSLATE_NOOP("Actions", "Sound, volume and toasts"),
    ),
    ActionSpec(
        "theme_light",
        QT_TRANSLATE_NOOP("Actions", "Light"),
        "set_theme",
        menu="view/theme",
        arg="light",
        group="theme",
    ),
    ActionSpec(
        "theme_dark",
        QT_TRANSLATE_NOOP("Actions", "Dark"),
        "set_theme",
        menu="view/theme",
        arg="dark",
        group="theme",
    ),
    ActionSpec(
        "lang_system",
        QT_TRANSLATE_NOOP("Actions", "Follow the system"),
        "set_language",
        menu="view/language",
        arg="",
        group="language",
    ),
    ActionSpec(
        "lang_zh", "简体中文", "set_language", menu="view/language", arg="zh_CN", group="language"
    ),
    ActionSpec(
        "lang_en", "English", "set_language", menu="view/language", arg="en", group="language"
    ),
    # --- ticket: the supervisor acts (催办, 督办, 争议, 协调, 延期, 备注) -------------------
    ActionSpec(
        "urge",
        QT_TRANSLATE_NOOP("Actions", "&Urge (催办)…"),
        "urge",
        "Ctrl+U",
        "ticket",
        some_open,
        "act-urge",
        toolbar=True,
        context=True,
        help=QT_TRANSLATE_NOOP("Actions", "Urge the unit of the selected tickets"),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Press the current unit of the selected tickets to act (催办)"
        ),
    ),
    ActionSpec(
        "escalate",
        QT_TRANSLATE_NOOP("Actions", "&Escalate (督办)…"),
        "escalate",
        "Ctrl+E",
        "ticket",
        some_open,
        "act-escalate",
        toolbar=True,
        context=True,
        help=QT_TRANSLATE_NOOP("Actions", "Escalate the selected tickets to an office"),
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Refer the selected tickets to the discipline commission, the organization "
            "department or the supervision office (督办)",
        ),
    ),
    ActionSpec(
        "mark_disputed",
        QT_TRANSLATE_NOOP("Actions", "Mark &disputed…"),
        "mark_disputed",
        "Ctrl+D",
        "ticket",
        can_mark,
        "act-dispute",
        toolbar=True,
        context=True,
        separator=True,
        help=QT_TRANSLATE_NOOP("Actions", "Mark the ticket disputed"),
    ),
    ActionSpec(
        "clear_disputed",
        QT_TRANSLATE_NOOP("Actions", "C&lear disputed…"),
        "clear_disputed",
        "Ctrl+Shift+D",
        "ticket",
        can_clear,
        "act-undispute",
        context=True,
        help=QT_TRANSLATE_NOOP("Actions", "Clear the disputed mark"),
    ),
    ActionSpec(
        "coordinate",
        QT_TRANSLATE_NOOP("Actions", "&Coordinate (协调)…"),
        "coordinate",
        "Ctrl+K",
        "ticket",
        one_open,
        "act-coordinate",
        toolbar=True,
        context=True,
        help=QT_TRANSLATE_NOOP("Actions", "Rule on a dispute: lead unit and co-units"),
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Rule on a dispute: send the ticket to a lead unit (主办) with co-units (协办)",
        ),
    ),
    ActionSpec(
        "extend",
        QT_TRANSLATE_NOOP("Actions", "E&xtend deadline (延期)…"),
        "extend",
        "Ctrl+T",
        "ticket",
        can_extend,
        "act-extend",
        toolbar=True,
        context=True,
        help=QT_TRANSLATE_NOOP("Actions", "Extend an open deadline of the ticket"),
    ),
    ActionSpec(
        "note",
        QT_TRANSLATE_NOOP("Actions", "Add &note…"),
        "add_note",
        "Ctrl+N",
        "ticket",
        some_tickets,
        "act-note",
        toolbar=True,
        context=True,
        separator=True,
        help=QT_TRANSLATE_NOOP("Actions", "Add a note to the selected tickets"),
    ),
    # --- escalations --------------------------------------------------------------------
    ActionSpec(
        "register",
        QT_TRANSLATE_NOOP("Actions", "Escalation &register"),
        "show_register",
        "Ctrl+Shift+E",
        "escalations",
        icon="register",
        toolbar=True,
        help=QT_TRANSLATE_NOOP("Actions", "Show the escalation register"),
    ),
    # --- the chosen ticket (the board's row context menu) --------------------------------
    ActionSpec(
        "copy_number",
        QT_TRANSLATE_NOOP("Actions", "&Copy number"),
        "copy_number",
        context=True,
        tip=QT_TRANSLATE_NOOP("Actions", "Copy the chosen ticket's number"),
    ),
    ActionSpec(
        "open_detail",
        QT_TRANSLATE_NOOP("Actions", "&Open detail"),
        "open_current",
        context=True,
        tip=QT_TRANSLATE_NOOP("Actions", "Show the chosen ticket's detail (Enter)"),
    ),
    # --- duty, help -------------------------------------------------------------------
    ActionSpec(
        "duty",
        QT_TRANSLATE_NOOP("Actions", "&Change supervisor on duty…"),
        "change_supervisor",
        menu="duty",
    ),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        "show_shortcuts",
        QKeySequence.StandardKey.HelpContents,
        "help",
        help=QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"),
    ),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About"), "show_about", menu="help"),
)

# keys the board and the search box handle themselves, listed in F1 beside the table's
KEYS_ELSEWHERE: tuple[tuple[str, Marked], ...] = (
    ("↑ ↓  PgUp PgDn  Home End", QT_TRANSLATE_NOOP("Actions", "Move through the board")),
    ("Shift+↑ ↓  Ctrl+click", QT_TRANSLATE_NOOP("Actions", "Select several tickets")),
    ("Enter", QT_TRANSLATE_NOOP("Actions", "Open the selected ticket's detail")),
    ("Menu", QT_TRANSLATE_NOOP("Actions", "The selected tickets' actions")),
    ("Esc", QT_TRANSLATE_NOOP("Actions", "Clear the search (in the search box)")),
)


def spec(action_id: str) -> ActionSpec:
    for s in ACTIONS:
        if s.id == action_id:
            return s
    raise KeyError(action_id)
