"""In-process fault injection for the storage tests: the process "dies" (or the disk is full)
at the k-th file write, fsync or rename. After a simulated death nothing touches the disk
any more, as after a real kill: no cleanup code gets to run."""

from __future__ import annotations

import builtins
import contextlib
import errno
import io
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

KINDS = ("write", "fsync", "rename")  # and "remove", counted when every kind counts ("any")


class Crash(BaseException):
    """The simulated death of the process (a BaseException: `except Exception` cannot eat it)."""


@dataclass
class Plan:
    kind: str | None = None  # None: count only; "any": every kind counts towards `at`
    at: int = 0
    mode: str = "crash"  # or "enospc": a full disk from the at-th write on
    counts: Counter[str] = field(default_factory=Counter)
    dead: bool = False
    fired: bool = False

    def step(self, kind: str) -> None:
        """Called before an operation of `kind` happens; raises when it must not."""
        if self.dead:
            raise Crash(f"dead before {kind}")
        self.counts[kind] += 1
        total = self.counts[kind] if self.kind != "any" else sum(self.counts.values())
        if self.kind in (kind, "any") and total >= self.at > 0:
            if self.mode == "crash":
                self.dead = self.fired = True
                raise Crash(f"killed at {kind} #{total}")
            if kind in ("write", "fsync"):
                self.fired = True
                raise OSError(errno.ENOSPC, "No space left on device (injected)")


class _TornFile:
    """A file whose first write stops half-way, then the process dies."""

    def __init__(self, handle: Any, plan: Plan) -> None:
        self._handle, self._plan = handle, plan

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        self._handle.flush()
        self._plan.dead = self._plan.fired = True
        raise Crash("killed during a write")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _TornFile:
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(Exception):
            self._handle.close()


def _writing(mode: str) -> bool:
    return any(flag in mode for flag in "wax+")


@contextlib.contextmanager
def inject(kind: str | None = None, at: int = 0, mode: str = "crash") -> Iterator[Plan]:
    plan = Plan(kind, at, mode)
    real_open = io.open  # os.fdopen and Path.open go through it too
    real = {name: getattr(os, name) for name in ("replace", "rename", "fsync", "unlink", "remove", "rmdir")}

    def opener(real_fn: Any) -> Any:
        def patched(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            if not _writing(mode):
                return real_fn(file, mode, *args, **kwargs)
            try:
                plan.step("write")
            except Crash:
                if plan.dead and plan.counts["write"] and "b" in mode:
                    # A kill during a write leaves a torn file half written.
                    handle = real_fn(file, mode, *args, **kwargs)
                    return _TornFile(handle, plan)
                raise
            return real_fn(file, mode, *args, **kwargs)

        return patched

    def counted(kind_: str, fn: Any) -> Any:
        def patched(*args: Any, **kwargs: Any) -> Any:
            plan.step(kind_)
            return fn(*args, **kwargs)

        return patched

    def removal(fn: Any) -> Any:
        def patched(*args: Any, **kwargs: Any) -> Any:
            if plan.kind == "any" or plan.dead:  # a kill may come between two removals too
                plan.step("remove")
            return fn(*args, **kwargs)

        return patched

    patches = {
        (builtins, "open"): opener(real_open),
        (io, "open"): opener(real_open),
        (os, "replace"): counted("rename", real["replace"]),
        (os, "rename"): counted("rename", real["rename"]),
        (os, "fsync"): counted("fsync", real["fsync"]),
        (os, "unlink"): removal(real["unlink"]),
        (os, "remove"): removal(real["remove"]),
        (os, "rmdir"): removal(real["rmdir"]),
    }
    saved = {key: getattr(*key) for key in patches}
    for (owner, name), value in patches.items():
        setattr(owner, name, value)
    try:
        yield plan
    finally:
        for (owner, name), value in saved.items():
            setattr(owner, name, value)
