"""The wall display (大屏): ``window`` (placing and rotation) and one module per page."""

from widgets.wall.window import PAGES, WallWindow

__all__ = ["PAGES", "WallWindow"]
