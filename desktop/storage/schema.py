"""Schema version of a library folder and the ordered migrations between versions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

SCHEMA_VERSION = 1

# MIGRATIONS[n] upgrades a library folder from version n to n + 1, in place; each step is
# run after a backup and must be idempotent (a crash mid-migration re-runs it).
MIGRATIONS: dict[int, Callable[[Path], None]] = {}


def migrate(folder: Path, from_version: int) -> int:
    """Run every migration from `from_version` up to SCHEMA_VERSION; returns the new version."""
    version = from_version
    while version < SCHEMA_VERSION:
        MIGRATIONS[version](folder)
        version += 1
    return version
