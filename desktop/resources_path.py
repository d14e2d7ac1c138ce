"""Where the shipped resources and seeds are, from a checkout or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def seeds_dir() -> Path:
    return project_root() / "seeds"
