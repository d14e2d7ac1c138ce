"""Build the packaged app (PyInstaller, one folder) and check that it starts.

    .venv/bin/python scripts/build_app.py            # -> dist/trichdan/trichdan (+ trichdan-cli)
    .venv/bin/python scripts/build_app.py --icons    # only redraw the PNG/ICO icons from the SVG
    .venv/bin/python scripts/build_app.py --install-linux   # build, then add it to the desktop menu

Needs `pip install pyinstaller` (the `package` extra). The same command builds on Windows
(dist\\trichdan\\trichdan.exe); build on the system you ship to, PyInstaller does not cross-compile.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "trichdan.spec"
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_icons() -> None:
    """PNG sizes (Linux, the window icon) and a Windows .ico, all drawn from the one SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "trichdan.svg"))
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"trichdan_{size}.png"))
    write_ico(ICONS / "trichdan.ico", [ICONS / f"trichdan_{s}.png" for s in ICO_SIZES])


def write_ico(target: Path, pngs: list[Path]) -> None:
    """A Windows .ico holding several sizes as PNG images (the format Windows Vista+ reads), so
    Explorer, the taskbar and the title bar each get a sharp icon."""
    images = [p.read_bytes() for p in pngs]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory = b""
    for path, data in zip(pngs, images, strict=True):
        size = int(path.stem.rsplit("_", 1)[1])
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    target.write_bytes(header + directory + b"".join(images))


def executable(dist: Path, name: str) -> Path:
    return dist / "trichdan" / (name + (".exe" if sys.platform == "win32" else ""))


def build(dist: Path, work: Path) -> Path:
    if shutil.which("pyinstaller") is None and not Path(sys.executable).with_name("pyinstaller").exists():
        try:
            import PyInstaller  # noqa: F401
        except ImportError:
            raise SystemExit("PyInstaller is missing: pip install 'trichdan[package]' (or pip install pyinstaller)") from None
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / "trichdan"


# One real file of each kind the readers' libraries handle (in a checkout; a release build
# without tests/ skips this): a PDF, a Word 97 file, a saved news page.
SMOKE_FILES = (
    "tests/data/ingest-real/an-le-56-2022.pdf",
    "tests/data/ingest-real/hien-phap-1992.doc",
    "tests/data/ingest-news/vnexpress-dau-bung-lymphoma-ruot-non.html",
)


def _smoke_import(dist: Path, data: Path) -> None:
    files = [str(ROOT / f) for f in SMOKE_FILES if (ROOT / f).exists()]
    if not files:
        return
    run = subprocess.run(
        [str(executable(dist, "trichdan-cli")), "import", "--data-dir", str(data), *files],
        capture_output=True, text=True, timeout=300, check=False,
    )
    if run.returncode != 0:
        raise SystemExit(f"the packaged CLI could not import real files ({run.returncode}):\n{run.stdout}\n{run.stderr}")
    print(f"CLI ok: {len(files)} real files imported (PDF, .doc, web page)")


def smoke_test(dist: Path, *, gui: bool = True) -> None:
    """The CLI lists the seeded library; the window opens and closes by itself."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "library"
        cli = subprocess.run(
            [str(executable(dist, "trichdan-cli")), "list", "--data-dir", str(data), "--json"],
            capture_output=True, text=True, timeout=120, check=False,
        )
        if cli.returncode != 0 or "Bác" not in cli.stdout:
            raise SystemExit(f"the packaged CLI failed ({cli.returncode}):\n{cli.stdout}\n{cli.stderr}")
        print("CLI ok: the seed library is listed")
        _smoke_import(dist, data)
        if not gui:
            return
        command = [str(executable(dist, "trichdan")), "--data-dir", str(data), "--quit-after-ms", "3000"]
        env = dict(os.environ)
        if sys.platform.startswith("linux") and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            if shutil.which("xvfb-run"):
                command = ["xvfb-run", "-a", *command]
            else:
                env["QT_QPA_PLATFORM"] = "offscreen"
        env["TRICHDAN_REPORT_STARTUP"] = "1"
        window = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env, check=False)
        if window.returncode != 0:
            raise SystemExit(f"the packaged app failed ({window.returncode}):\n{window.stdout}\n{window.stderr}")
        startup = [line for line in window.stderr.splitlines() if line.startswith("startup_seconds=")]
        print("GUI ok:", startup[0] if startup else "started and closed")


def install_linux(folder: Path, data_home: Path | None = None) -> Path:
    """Menu entry and icons for this user (freedesktop.org), pointing at the built app."""
    share = data_home or Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    for size in PNG_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "trichdan.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ICONS / f"trichdan_{size}.png", target)
    entry = (ROOT / "resources" / "trichdan.desktop").read_text(encoding="utf-8")
    app = folder / "trichdan"
    entry = entry.replace("Exec=trichdan %F", f"Exec={app} %F").replace("TryExec=trichdan", f"TryExec={app}")
    desktop = share / "applications" / "trichdan.desktop"
    desktop.parent.mkdir(parents=True, exist_ok=True)
    desktop.write_text(entry, encoding="utf-8")
    return desktop


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--icons", action="store_true", help="only redraw the icons")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-smoke", action="store_true", help="build without starting the result")
    parser.add_argument("--install-linux", action="store_true", help="add the built app to this user's menu")
    args = parser.parse_args(argv)
    render_icons()
    if args.icons:
        return 0
    folder = build(args.dist, args.work)
    print(f"built {folder}")
    if not args.no_smoke:
        smoke_test(args.dist)
    if args.install_linux:
        print(f"menu entry: {install_linux(folder)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
