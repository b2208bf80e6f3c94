"""A per-user limit on checks: the check answers questions about the agency's roster, so a script asking
it thousands of times (guessing addresses, phones, names) is slowed down, and noticed in the access log.

A fixed one-minute window in Django's cache. With the default per-process cache each web process
counts on its own, so the effective limit is CHECK_RATE_LIMIT times the number of processes; a shared
cache (CACHES) makes it exact. CHECK_RATE_LIMIT=0 turns the limit off (benchmarks).
"""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache

# The clock the window is read from; tests hold it still so a run never straddles a minute boundary.
clock = time.time


def check_allowed(user_id: int) -> bool:
    """Count one check for this user; False once the user has used up this minute's checks."""
    limit = int(getattr(settings, "CHECK_RATE_LIMIT", 0))
    if limit <= 0:
        return True
    key = f"resguardo:check-rate:{user_id}:{int(clock() // 60)}"
    cache.add(key, 0, timeout=120)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=120)
        count = 1
    return count <= limit
