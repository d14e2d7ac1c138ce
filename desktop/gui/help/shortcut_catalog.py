"""Every shortcut-bearing action of a window, read live from its menus so the sheet never goes stale."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


@dataclass(frozen=True)
class ShortcutEntry:
    group: str  # the menu it lives in ("Tệp", "Sửa"...), or "Khác" for actions outside menus
    command: str  # the action's text without "&" and "…"
    keys: str  # every shortcut, in the platform's notation, joined by ", "
    action: QAction


def plain_text(text: str) -> str:
    """"&Tệp" -> "Tệp", "Cài đặt…" -> "Cài đặt", "&&" stays one "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").replace("\t", " ").strip()


def key_text(action: QAction) -> str:
    return ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty()
    )


def _walk(menu: QMenu, group: str, seen: set[int], out: list[ShortcutEntry]) -> None:
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            _walk(sub, group, seen, out)
            continue
        keys = key_text(action)
        if keys and id(action) not in seen:
            seen.add(id(action))
            out.append(ShortcutEntry(group, plain_text(action.text()), keys, action))


def collect_shortcuts(window: QMainWindow, other_group: str = "Khác") -> list[ShortcutEntry]:
    """Menu by menu in menu-bar order, then shortcut-bearing actions that are in no menu."""
    out: list[ShortcutEntry] = []
    seen: set[int] = set()
    for bar_action in window.menuBar().actions():
        menu = bar_action.menu()
        if isinstance(menu, QMenu):
            _walk(menu, plain_text(bar_action.text()), seen, out)
    for action in window.findChildren(QAction):
        keys = key_text(action)
        if keys and id(action) not in seen and action.text():
            seen.add(id(action))
            out.append(ShortcutEntry(other_group, plain_text(action.text()), keys, action))
    return out
