"""The cyclic garbage collector and a heap of long-lived objects.

After analysis the heap holds hundreds of thousands of objects that live until the process
ends; every older-generation collection would traverse them all again (about 18% of a PDF
render, 5-10% of building the sections). ``frozen()`` moves what exists out of the
collector's reach for a block. Frozen objects are still freed by reference counting.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def frozen() -> Iterator[None]:
    """Freeze the objects alive now for the block; nothing when the caller froze already or
    disabled the collector."""
    if not gc.isenabled() or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
