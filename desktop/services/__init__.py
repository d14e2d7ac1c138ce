"""Use cases the GUI and the CLI both call: the only API they use."""

from __future__ import annotations

from desktop.services.container import Services

__all__ = ["Services"]
