"""Where the shipped resources and seeds are, from a checkout or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    """A PyInstaller bundle, else the checkout this package sits in, else `pip install .`'s
    <prefix>/share/trichdan."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "resources").is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "trichdan"


def resources_dir() -> Path:
    return project_root() / "resources"


def seeds_dir() -> Path:
    return project_root() / "seeds"
