"""Everything Qt: the supervisor console's windows, models, views and dialogs."""

from widgets import qtfix

qtfix.install()
