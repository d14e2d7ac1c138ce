"""Worker processes end with their parent, also when the parent is killed: each one watches
its parent's sentinel (a pipe end on POSIX, the parent's process handle on Windows)."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from multiprocessing.connection import wait
from typing import Any

EXIT_ORPHANED = 70  # a distinct code, for anyone looking at a worker's end


def _watch(sentinel: Any) -> None:
    wait([sentinel])  # ready once the parent has gone, however it went
    os._exit(EXIT_ORPHANED)  # no cleanup: there is nobody left to hand results to


def exit_with_parent(then: Callable[..., None] | None = None, *args: Any) -> None:
    """A ProcessPoolExecutor `initializer`: `initializer=exit_with_parent,
    initargs=(another_initializer, its, args)`."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_watch, args=(parent.sentinel,), name="parent-watch", daemon=True).start()
    if then is not None:
        then(*args)
