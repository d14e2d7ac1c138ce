"""Worker processes of an import or an index rebuild end when their parent is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and /proc are POSIX-only")

INDEX_PARENT = """
import multiprocessing, sys, time
from desktop.search.bulk_load import prepared_batches
from desktop.search.index import IndexedArticle

def batches():
    for n in range(8):  # enough to fill the window of batches in flight
        yield [IndexedArticle(f"a{n}", "Tiêu đề", "", None, "Nội dung bài viết", "s")]
    time.sleep(600)  # the rebuild goes on; the parent is killed meanwhile

prepared = prepared_batches(batches(), 2)
next(prepared)
print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
time.sleep(600)
"""

IMPORT_PARENT = """
import multiprocessing, sys, time
from pathlib import Path
from desktop.services.library_service import LibraryService

files = sorted(Path("seeds").glob("*.txt")) * 40
documents = LibraryService._read_all(files, 2, None)
next(documents)
print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in state


@pytest.mark.parametrize("script", [INDEX_PARENT, IMPORT_PARENT], ids=["index-rebuild", "import"])
def test_workers_end_when_their_parent_is_killed(script: str) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT))
    )
    assert parent.stdout is not None
    try:
        pids = [int(p) for p in parent.stdout.readline().split()]
    except BaseException:
        parent.kill()
        raise
    assert len(pids) >= 2 and all(_alive(p) for p in pids)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 20
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    survivors = [p for p in pids if _alive(p)]
    for pid in survivors:  # never leave them behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert survivors == []
