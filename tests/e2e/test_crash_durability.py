"""SIGKILL at random moments never loses an acknowledged annotation nor leaves a file unreadable."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.domain.article import ArticleMeta, ArticleText
from desktop.storage.library_store import LibraryStore

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50
ARTICLES = ["a1", "a2", "a3"]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX-only")


def test_acknowledged_annotations_survive_sigkill(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    store = LibraryStore.open(folder)
    store.add_articles([(ArticleMeta(id=a, title=a), ArticleText("Điều 1", "Điều 1")) for a in ARTICLES])
    store.close()
    rng = random.Random(20261122)
    acknowledged: dict[str, set[str]] = {a: set() for a in ARTICLES}
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "e2e" / "crash_writer.py"), str(folder), *ARTICLES],
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env=env,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # the child is writing: now kill it at a random moment
        time.sleep(rng.uniform(0, 0.05))
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()
        child.wait()
        for line in (first + rest).decode().splitlines():
            parts = line.split()
            if len(parts) == 2:  # a line cut by the kill was never acknowledged
                acknowledged[parts[0]].add(parts[1])

        reopened = LibraryStore.open(folder)
        assert not reopened.recovery, reopened.recovery.messages
        for article_id, ids in acknowledged.items():
            stored = {a.id for a in reopened.list_annotations(article_id)}
            assert ids <= stored, f"lost {len(ids - stored)} acknowledged annotations of {article_id}"
        reopened.close()
    assert sum(len(ids) for ids in acknowledged.values()) > KILLS
