"""The layering rule: only desktop/gui imports PySide6; only desktop/storage imports tinydb."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import desktop

ROOT = Path(__file__).resolve().parents[2]


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(desktop.__path__, "desktop."))


def _check(modules: list[str], banned: str) -> list[str]:
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(','.join(sorted(m for m in sys.modules if m == {banned!r} or m.startswith({banned!r} + '.'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    return [m for m in out.stdout.strip().split(",") if m]


def test_no_pyside_outside_gui() -> None:
    core = [m for m in _modules() if not m.startswith("desktop.gui")]
    assert len(core) > 20
    assert _check(core, "PySide6") == []


def test_no_tinydb_outside_storage() -> None:
    outside = [m for m in _modules() if not m.startswith(("desktop.gui", "desktop.storage"))]
    assert _check(outside, "tinydb") == []


def test_no_tinydb_import_statement_outside_storage() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "desktop").rglob("*.py")
        if not p.is_relative_to(ROOT / "desktop" / "storage")
        and any(line.lstrip().startswith(("import tinydb", "from tinydb")) for line in p.read_text("utf-8").splitlines())
    ]
    assert offenders == []


def test_no_pyside_import_statement_outside_gui() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "desktop").rglob("*.py")
        if not p.is_relative_to(ROOT / "desktop" / "gui")
        and any(line.lstrip().startswith(("import PySide6", "from PySide6")) for line in p.read_text("utf-8").splitlines())
    ]
    assert offenders == []
