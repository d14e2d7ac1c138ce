"""Shared fixtures: Qt offscreen, a fresh library per test, the seeds, the corpus."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus" / "baomoi-35k.tar.xz"


@pytest.fixture
def seed_paths() -> list[Path]:
    return sorted(SEEDS_DIR.glob("*.txt"))


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    return tmp_path / "library"


@pytest.fixture
def services(library_dir: Path) -> Iterator[object]:
    """Services over a fresh library seeded with the five seed articles."""
    from desktop.services import Services

    opened = Services.open(library_dir)
    yield opened
    opened.close()


@pytest.fixture
def empty_services(library_dir: Path) -> Iterator[object]:
    """Services over a fresh, empty library (no seeds)."""
    from desktop.services import Services

    opened = Services.open(library_dir, seed=False)
    yield opened
    opened.close()


def corpus_sample(n: int) -> list[tuple[str, str]]:
    """The first `n` corpus articles as (file name, text); skips when the corpus is missing."""
    from tests.corpus_sample import read_sample

    if not SHARED_CORPUS.exists():
        pytest.skip(f"the corpus archive {SHARED_CORPUS} is not here")
    return read_sample(SHARED_CORPUS, n)
