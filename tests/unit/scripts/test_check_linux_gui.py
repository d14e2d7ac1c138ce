"""`make run`'s check on Linux: every missing library named at once, with its Debian package."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "check_linux_gui.py"
_spec = importlib.util.spec_from_file_location("check_linux_gui", SCRIPT)
assert _spec is not None and _spec.loader is not None
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)

# What ldd printed for Qt's xcb plugin on a fresh Debian 12 (three libraries missing).
LDD = """\
\tlinux-vdso.so.1 (0x00007ffd1b5f4000)
\tlibQt6XcbQpa.so.6 => /opt/app/.venv/lib/python3.11/site-packages/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0a1c400000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f0a1c3f0000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-cursor.so.0 => not found
\tlibX11-xcb.so.1 => /lib/x86_64-linux-gnu/libX11-xcb.so.1 (0x00007f0a1c3e0000)
"""


def test_every_missing_library_is_named_once_in_order() -> None:
    assert check.missing_libraries(LDD) == ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_sonames_become_the_packages_that_ship_them() -> None:
    assert [check.debian_package(s) for s in check.missing_libraries(LDD)] == [
        "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
    ]
    assert check.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert check.debian_package("libxcb-render-util.so.0") == "libxcb-render-util0"
    assert check.debian_package("libX11-xcb.so.1") == "libx11-xcb1"
    assert check.debian_package("libEGL.so.1") == "libegl1"


def test_the_message_names_all_and_the_install_command(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(check.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    monkeypatch.setattr(check, "_platform_plugin", lambda _name: Path("/opt/libqxcb.so"))
    monkeypatch.setattr(check.shutil, "which", lambda _name: "/usr/bin/ldd")
    monkeypatch.setattr(check.subprocess, "run", lambda *a, **k: type("Done", (), {"stdout": LDD})())
    assert check.main([]) == 1
    err = capsys.readouterr().err
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in err
    monkeypatch.setattr(check.subprocess, "run", lambda *a, **k: type("Done", (), {"stdout": "\tlibc.so.6 => /lib/libc.so.6"})())
    assert check.main([]) == 0
    monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")
    assert check.main([]) == 0  # not opening an X11 window: nothing to check
