"""Guards against a Qt binding release that over-releases None (PySide6 6.12.0 on Python 3.11
aborts the app with "none_dealloc" after enough void calls: we pin below it)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QTextEdit
app = QApplication([])
edit = QTextEdit()
edit.setPlainText("đạo đức công vụ " * 100)
before = sys.getrefcount(None)
for _ in range(60_000):
    cursor = QTextCursor(edit.document())
    cursor.setPosition(5)
    edit.setReadOnly(True)
print(sys.getrefcount(None) - before)
"""


def test_void_calls_do_not_release_none() -> None:
    # In a child process: the failure mode is an abort that would take the test run with it.
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    assert int(out.stdout.strip()) > -1000  # a leak of one per call would be about -180,000
