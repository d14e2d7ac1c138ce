"""The packaged app: PyInstaller builds the one-folder app, whose CLI lists the seeded library and
whose window starts and closes by itself. Slow (minutes): runs only with TRICHDAN_TEST_PACKAGING=1."""

from __future__ import annotations

import configparser
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))


def test_desktop_entry_and_icons_are_complete() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # desktop entry keys are case-sensitive
    entry.read(ROOT / "resources" / "trichdan.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "Trích Dẫn"
    assert section["Exec"].split()[0] == "trichdan" and section["Icon"] == "trichdan"
    icons = ROOT / "resources" / "icons"
    assert (icons / "trichdan.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in (16, 32, 48, 256):
        png = icons / f"trichdan_{size}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
    ico = (icons / "trichdan.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") >= 4  # several sizes for Windows


def test_spec_bundles_resources_seeds_and_every_module() -> None:
    spec = (ROOT / "packaging" / "trichdan.spec").read_text(encoding="utf-8")
    assert '"resources"' in spec and '"seeds"' in spec
    assert 'collect_submodules("desktop")' in spec  # features and commands are found at run time


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("TRICHDAN_TEST_PACKAGING") != "1", reason="set TRICHDAN_TEST_PACKAGING=1 to build the app (minutes)")
def test_pyinstaller_build_starts(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    import build_app

    folder = build_app.build(tmp_path / "dist", tmp_path / "work")
    assert (folder / "_internal" / "resources" / "translations" / "trichdan_en.qm").exists()
    assert any((folder / "_internal" / "seeds").glob("*.txt"))
    build_app.smoke_test(tmp_path / "dist")


def test_linux_menu_entry_points_at_the_built_app(tmp_path: Path) -> None:
    import build_app

    entry = build_app.install_linux(tmp_path / "dist" / "trichdan", data_home=tmp_path / "share")
    text = entry.read_text(encoding="utf-8")
    assert f"Exec={tmp_path / 'dist' / 'trichdan' / 'trichdan'} %F" in text
    assert (tmp_path / "share" / "icons" / "hicolor" / "48x48" / "apps" / "trichdan.png").exists()
