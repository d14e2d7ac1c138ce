"""Helpers shared by the benchmarks: timing percentiles, peak memory, JSON output, corpus access."""

from __future__ import annotations

import json
import resource
import statistics
import sys
import tarfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS_ARCHIVE = ROOT.parent / "shared" / "corpus" / "baomoi-35k.tar.xz"
UNPACKED = Path("/tmp/corpus/data")


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)

    def pick(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 3)

    return {"p50_ms": pick(0.50), "p95_ms": pick(0.95), "max_ms": round(ordered[-1], 3), "mean_ms": round(statistics.fmean(ordered), 3)}


def time_each(calls: list[Callable[[], Any]]) -> list[float]:
    out = []
    for call in calls:
        start = time.perf_counter()
        call()
        out.append((time.perf_counter() - start) * 1000)
    return out


def peak_rss_mb() -> float:
    # ru_maxrss is KiB on Linux.
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def iter_corpus(limit: int | None = None) -> Iterator[tuple[str, str]]:
    """(file name, text) of corpus articles: from /tmp/corpus/data if unpacked, else streamed from the archive."""
    count = 0
    if UNPACKED.is_dir():
        for path in sorted(UNPACKED.glob("*.txt")):
            yield path.name, path.read_text("utf-8")
            count += 1
            if limit is not None and count >= limit:
                return
        return
    if not CORPUS_ARCHIVE.exists():
        sys.exit(f"corpus missing: {CORPUS_ARCHIVE}")
    with tarfile.open(CORPUS_ARCHIVE, "r:xz") as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(".txt"):
                handle = tar.extractfile(member)
                if handle is not None:
                    yield Path(member.name).name, handle.read().decode("utf-8")
                    count += 1
                    if limit is not None and count >= limit:
                        return


def emit(result: dict[str, Any]) -> None:
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
