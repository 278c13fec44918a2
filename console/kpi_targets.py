"""Targets for the headline figures, and the tone each value earns: green, amber or red.

A tile is green at or under its ``target`` (the goal it shows beside its value), amber over
it (or from ``amber`` where that comes first) and red from ``red`` - every figure here is
"fewer is better", and a tile over its target is never green. The
defaults suit a center of Haikou's size; a center sets its own in the settings
(``wall/targets``) as ``key=target/amber/red``, e.g. ``overdue=0/1/20;open=1500/3000/6000``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KpiTarget:
    key: str
    target: int  # the goal, shown on the tile
    amber: int  # amber from here, and always once over the target
    red: int  # red from here

    def tone(self, value: int) -> str:
        """``green`` | ``amber`` | ``red`` for ``value``."""
        if value >= self.red:
            return "red"
        # over the target is never green: "due within 30 min 17, target 10" was green
        return "amber" if value > self.target or value >= self.amber else "green"


DEFAULT_TARGETS: dict[str, KpiTarget] = {
    t.key: t
    for t in (
        KpiTarget("open", 2000, 3000, 6000),
        KpiTarget("overdue", 0, 1, 20),
        KpiTarget("due_soon", 10, 20, 50),  # due within 30 minutes
        KpiTarget("shuffled", 0, 5, 20),
        KpiTarget("disputed", 0, 5, 20),
        KpiTarget("escalations", 0, 5, 15),
        KpiTarget("overdue_today", 0, 1, 10),  # the road to zero overdue a day
        KpiTarget("proposals", 0, 20, 100),  # the ladder's steps waiting for a supervisor
    )
}


def parse_targets(text: str) -> dict[str, KpiTarget]:
    """The defaults with a center's own ``key=target/amber/red`` over them; one that does
    not read (unknown key, not three numbers, not target ≤ amber ≤ red) is logged and
    the default kept."""
    targets = dict(DEFAULT_TARGETS)
    for part in filter(None, (p.strip() for p in text.split(";"))):
        key, _, values = part.partition("=")
        key = key.strip()
        try:
            target, amber, red = (int(v) for v in values.split("/"))
        except ValueError:
            log.warning("wall target %r: expected key=target/amber/red", part)
            continue
        if key not in targets or not 0 <= target <= amber <= red:
            log.warning("wall target %r: unknown key, or not target <= amber <= red", part)
            continue
        targets[key] = replace(targets[key], target=target, amber=amber, red=red)
    return targets
