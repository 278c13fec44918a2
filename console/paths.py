"""Where the project's resources live (beside the code, not installed elsewhere)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
POLICIES = RESOURCES / "policies"
