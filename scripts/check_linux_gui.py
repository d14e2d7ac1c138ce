"""Before `make run` (and `make test`) on Linux: are the system libraries Qt needs there?

Qt's xcb platform plugin needs libraries a fresh Debian or Ubuntu machine may not have
(libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, …); without them the app stops at start-up
naming only the first. This asks the dynamic linker about the plugin Qt will load (and so about
Qt's own libraries behind it) and names every missing library at once, with the command that
installs them all.

    .venv/bin/python scripts/check_linux_gui.py                      # the window (xcb)
    .venv/bin/python scripts/check_linux_gui.py --plugin offscreen   # the tests
    # exit 0: ready; exit 1: what to install was printed
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Debian names most libraries "<soname base><major>" ("libxcb-icccm.so.4" -> "libxcb-icccm4"),
# with a hyphen when the base ends in a digit; these few do not follow the rule.
_PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libICE.so.6": "libice6",
    "libSM.so.6": "libsm6",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships a library, by its soname."""
    if soname in _PACKAGES:
        return _PACKAGES[soname]
    base, _, version = soname.partition(".so.")
    major = version.split(".")[0]
    name = base.lower()
    return f"{name}-{major}" if name[-1:].isdigit() else f"{name}{major}"


def missing_libraries(ldd_output: str) -> list[str]:
    """Sonames that `ldd` reports as "not found", each once, in its order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def _platform_plugin(name: str) -> Path | None:
    try:
        from PySide6.QtCore import QLibraryInfo
    except ImportError:
        return None
    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / f"libq{name}.so"
    return plugin if plugin.exists() else None


def _uses_xcb() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    # A Wayland session runs Qt on its Wayland plugin; X11 (and Xvfb) sessions use xcb.
    return not (os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland")


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    name = args[args.index("--plugin") + 1] if "--plugin" in args else "xcb"
    if not sys.platform.startswith("linux") or (name == "xcb" and not _uses_xcb()):
        return 0
    plugin, ldd = _platform_plugin(name), shutil.which("ldd")
    if plugin is None or ldd is None:
        return 0  # nothing to ask: Qt will say what it lacks
    output = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False).stdout
    missing = missing_libraries(output)
    if not missing:
        return 0
    packages = sorted(dict.fromkeys(debian_package(m) for m in missing))
    print(
        "Qt cannot start: these system libraries are missing: " + ", ".join(missing) + ".\n"
        "Thiếu thư viện hệ thống mà Qt cần. Cài tất cả bằng lệnh (Debian, Ubuntu):\n\n"
        f"    sudo apt-get install {' '.join(packages)}\n",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
