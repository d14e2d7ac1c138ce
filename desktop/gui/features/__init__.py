"""Feature modules: each has `ORDER: int` and `install(window)`, and is found at start-up."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def discover() -> list[ModuleType]:
    modules = [importlib.import_module(f"{__name__}.{info.name}") for info in pkgutil.iter_modules(__path__)]
    return sorted(modules, key=lambda m: (getattr(m, "ORDER", 100), m.__name__))
