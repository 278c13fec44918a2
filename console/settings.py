"""Every console setting declared once: key, default, meaning and allowed values.

The Qt side (``widgets.settings``) stores them with QSettings; this schema checks what
comes back (a hand-edited or older file never breaks the console) and upgrades older
layouts of the file (``upgrade``).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from console.board import BoardFilter
from console.wall_options import INTERVAL_S as WALL_INTERVAL_S
from console.wall_options import PAGES as WALL_PAGES

log = logging.getLogger(__name__)

VERSION = 1  # of the settings file's layout


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    doc: str
    choices: tuple[Any, ...] | None = None

    def coerce(self, raw: Any) -> Any:
        """``raw`` as this setting's type; the default when it does not fit."""
        if raw is None:
            return self.default
        try:
            if isinstance(self.default, bool):
                value: Any = raw if isinstance(raw, bool) else str(raw).lower() in {"1", "true"}
            elif isinstance(self.default, bytes):
                value = bytes(raw)
            else:
                value = type(self.default)(raw)
        except (TypeError, ValueError):
            log.warning("setting %s: %r is not usable, using the default", self.key, raw)
            return self.default
        if self.choices is not None and value not in self.choices:
            log.warning("setting %s: %r is not one of %s", self.key, value, self.choices)
            return self.default
        return value


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("version", VERSION, "layout version of this file"),
        Setting("duty/supervisor", "", "the supervisor on duty at this workstation"),
        Setting(
            "ui/language", "", "interface language; empty follows the system", ("", "zh_CN", "en")
        ),
        Setting("ui/theme", "light", "colour theme", ("light", "dark")),
        Setting("board/views", "[]", "saved views: JSON list of named filter sets"),
        Setting("board/view", "", "the saved view last chosen"),
        Setting("board/header", b"", "board columns: order, widths, sort (before 2026-11)"),
        # widths fit the words of a language: each keeps its own
        Setting("board/header/zh_CN", b"", "board columns in Chinese: order, widths, sort"),
        Setting("board/header/en", b"", "board columns in English: order, widths, sort"),
        Setting("board/hidden", "", "board columns the supervisor hid: numbers, commas"),
        Setting("window/geometry", b"", "main window position and size"),
        Setting("window/state", b"", "main window toolbars and docks"),
        Setting("window/splitter", b"", "board / detail split"),
        Setting("wall/pages", ",".join(WALL_PAGES), "wall display: pages to turn, in order"),
        Setting("wall/interval", WALL_INTERVAL_S, "wall display: seconds each page stays up"),
        Setting("wall/screen", 0, "wall display: the screen to fill (0 = primary)"),
        Setting("wall/tiles", "", "wall display: KPI tiles, comma-separated (3 to 8)"),
        Setting("wall/targets", "", "wall display: KPI targets as key=target/amber/red;…"),
        Setting("notify/sound", True, "sound for critical and overdue notifications"),
        Setting("notify/volume", 80, "sound volume, percent", tuple(range(101))),
        Setting("notify/toast_seconds", 8, "how long a toast stays", tuple(range(2, 61))),
    )
}


def upgrade(values: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring settings written by an older console up to :data:`VERSION`.

    Version 0 (no version key) kept saved views under ``views``.
    """
    if version < 1 and "views" in values:
        values.setdefault("board/views", values.pop("views"))
    values["version"] = VERSION
    return values


@dataclass(frozen=True)
class SavedView:
    """A named filter set (常用视图) the supervisor can switch to in one step."""

    name: str
    filter: BoardFilter


def views_from_json(text: str) -> list[SavedView]:
    """Saved views from their stored form; a damaged entry is skipped, not fatal."""
    try:
        raw = json.loads(text or "[]")
    except ValueError:
        log.warning("saved views are not valid JSON; starting without them")
        return []
    views: list[SavedView] = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict) and str(item.get("name", "")).strip():
            filt = item.get("filter")
            views.append(
                SavedView(
                    str(item["name"]).strip(),
                    BoardFilter.from_dict(filt if isinstance(filt, dict) else {}),
                )
            )
    return views


def views_to_json(views: list[SavedView]) -> str:
    return json.dumps(
        [{"name": v.name, "filter": v.filter.to_dict()} for v in views], ensure_ascii=False
    )


def put_view(views: list[SavedView], view: SavedView) -> list[SavedView]:
    """Add ``view``, replacing one of the same name, keeping the order otherwise."""
    out = [v for v in views if v.name != view.name]
    at = next((i for i, v in enumerate(views) if v.name == view.name), len(out))
    out.insert(at, view)
    return out
