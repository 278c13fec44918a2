"""Everything Qt: the supervisor console's windows, models, views and dialogs."""

import sys

from widgets import qtfix

qtfix.install()

# How long a thread holding the interpreter's lock keeps it once another asks for it
# (Python's default 5 ms). The UI thread asks again at each event it hands to Python,
# and while the board's reader or the notification sweep ran Python it waited up to
# this each time: ~100-230 ms of a turn during an import, asleep, not working.
SWITCH_S = 0.001
sys.setswitchinterval(SWITCH_S)
