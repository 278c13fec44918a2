"""How units behave: prompt, steady, slow, overloaded at peaks, shufflers, emergency teams.

Delays are log-normal (most units act within minutes, a tail runs long), scaled by the
load of the hour, so the same unit that signs in time at 3 pm may miss its 30 minutes in
the 9–11 am rush. ``shirk`` is the chance that the unit sends a ticket that is really
its own back (退单) or passes it on (转办) instead of handling it; the center then sends
it back, which is what the console calls shuffled.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Profile:
    sign_median: float  # minutes from dispatch to signing
    sign_sigma: float
    onsite_median: float  # minutes from dispatch to the scene (urgent tickets)
    onsite_sigma: float
    reply_share: float  # typical share of the reply window the unit uses
    late_reply: float  # chance the reply misses its deadline
    shirk: float  # chance of returning / passing on a ticket that is its own
    peak_load: float  # delay multiplier in the busiest hour (1 = unaffected)


PROFILES: dict[str, Profile] = {
    "prompt": Profile(6, 0.7, 14, 0.45, 0.15, 0.02, 0.004, 1.1),
    "steady": Profile(11, 0.6, 17, 0.45, 0.3, 0.05, 0.008, 1.3),
    "slow": Profile(17, 0.6, 22, 0.45, 0.55, 0.15, 0.012, 1.3),
    "overloaded": Profile(10, 0.6, 17, 0.45, 0.4, 0.07, 0.012, 2.2),
    "shuffler": Profile(12, 0.6, 20, 0.45, 0.45, 0.10, 0.08, 1.3),
    "emergency": Profile(3, 0.6, 13, 0.5, 0.1, 0.02, 0.0, 1.15),
}

SURGE_LOAD = 1.6  # everyone is slower on a typhoon day


def load_factor(profile: Profile, busy: float, surge: bool) -> float:
    """Delay multiplier for a unit at an hour whose busyness is ``busy`` (0 quiet .. 1 peak)."""
    factor = 1.0 + (profile.peak_load - 1.0) * busy
    return factor * SURGE_LOAD if surge else factor


def minutes(rng: random.Random, median: float, sigma: float) -> float:
    """A log-normal delay in minutes around ``median``."""
    return math.exp(rng.gauss(math.log(median), sigma))
