"""Import benchmark: corpus articles into a fresh library (articles/s, peak memory), as JSON.

    .venv/bin/python bench/bench_import.py [--quick] [--sizes 10000 35440]

Baseline, measured in the same run on the same files: reading and UTF-8-decoding every file
(the floor any importer pays). Each size runs in a fresh process so its peak memory is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "corpus" / "baomoi-35k.tar.xz"
UNPACKED = Path("/tmp/corpus/data")


def corpus_files(n: int) -> list[Path]:
    """The first n corpus files (sorted by name), unpacking the archive once if needed."""
    folder = UNPACKED
    if not folder.is_dir() or len(os.listdir(folder)) < 35440:
        if not ARCHIVE.exists():
            sys.exit(f"corpus missing: {ARCHIVE}")
        target = Path(tempfile.gettempdir()) / "bench_corpus"
        folder = target / "data"
        if not folder.is_dir():
            with tarfile.open(ARCHIVE, "r:xz") as tar:
                tar.extractall(target, filter="data")
    return sorted(folder.glob("*.txt"))[:n]


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)  # Linux reports KiB


def run_one(n: int, mode: str) -> dict[str, Any]:
    """In a child process: one measurement; its temporary library is removed afterwards."""
    before = set(Path(tempfile.gettempdir()).glob("bench_import_*"))
    try:
        return _run_one(n, mode)
    finally:
        import shutil

        for folder in set(Path(tempfile.gettempdir()).glob("bench_import_*")) - before:
            shutil.rmtree(folder, ignore_errors=True)


def _run_one(n: int, mode: str) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    files = corpus_files(n)
    # Each file is symlinked into a folder of its own so the import walks a real folder.
    work = Path(tempfile.mkdtemp(prefix="bench_import_"))
    source = work / "in"
    source.mkdir()
    for f in files:
        (source / f.name).symlink_to(f)
    start = time.perf_counter()
    result: dict[str, Any] = {"mode": mode, "articles": len(files)}
    if mode == "baseline_read":
        chars = sum(len(p.read_bytes().decode("utf-8")) for p in sorted(source.iterdir()))
        result["chars"] = chars
    elif mode == "parse_only":
        from desktop.ingest import iter_importable_files, read_document_or_failure

        found, _ = iter_importable_files([source])
        docs = [read_document_or_failure(p) for p in found]
        result["failures"] = sum(1 for d in docs if isinstance(d, Exception))
    else:
        from desktop.services import Services

        workers = 1 if mode == "import_serial" else None
        if mode == "import_batch_sync":
            _simulate_one_sync_per_batch()
        updates = 0

        def progress(done: int, total: int, name: str) -> None:
            nonlocal updates
            updates += 1

        with Services.open(work / "library", seed=False) as services:
            report = services.library.import_paths([source], progress=progress, workers=workers)
            result.update(
                added=len(report.added),
                duplicates=len(report.duplicates),
                failures=len(report.failures),
                progress_updates=updates,
            )
            stored = services.library.count()
        result["stored"] = stored
    seconds = time.perf_counter() - start
    result["seconds"] = round(seconds, 2)
    result["articles_per_s"] = round(len(files) / seconds, 1)
    result["peak_rss_mb"] = peak_rss_mb()
    result["cpus"] = os.cpu_count()
    return result


def _simulate_one_sync_per_batch() -> None:
    """What-if for the storage owner: texts of a batch written without a per-file fsync, then
    one os.sync() before the batch's metadata is written (texts first, metadata last, as now)."""
    from desktop.storage import atomic_write
    from desktop.storage.library_store import LibraryStore

    class _NoFsyncOs:
        def __getattr__(self, name: str) -> object:
            return getattr(os, name)

        @staticmethod
        def fsync(fd: int) -> None:
            return None

    atomic_write.os = _NoFsyncOs()  # type: ignore[assignment]
    atomic_write._fsync_dir = lambda folder: None
    original = LibraryStore.add_articles

    def add_articles(self: LibraryStore, items: Any) -> None:
        items = list(items)
        metas_before = self._articles.put_many

        def put_many_after_sync(docs: list[dict[str, object]]) -> None:
            os.sync()
            metas_before(docs)

        self._articles.put_many = put_many_after_sync  # type: ignore[method-assign]
        try:
            original(self, items)
        finally:
            self._articles.put_many = metas_before  # type: ignore[method-assign]

    LibraryStore.add_articles = add_articles  # type: ignore[method-assign]


def measure(n: int, mode: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(n), mode], capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="1,000 articles only")
    parser.add_argument("--sizes", type=int, nargs="*", default=None)
    parser.add_argument(
        "--what-if", action="store_true", help="also measure storage with one sync per batch instead of per file"
    )
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(int(args.child[0]), args.child[1])))
        return
    sizes = args.sizes or ([1000] if args.quick else [10000, 35440])
    figures = []
    for n in sizes:
        baseline = measure(n, "baseline_read")
        parse = measure(n, "parse_only")
        full = measure(n, "import")
        what_if = measure(n, "import_batch_sync") if args.what_if else None
        entry = {
            "articles": n,
            "baseline": "read + UTF-8 decode every file",
            "baseline_seconds": baseline["seconds"],
            "parse_only_seconds": parse["seconds"],
            "import": full,
            "import_articles_per_s": full["articles_per_s"],
            "import_to_baseline_time_ratio": round(float(full["seconds"]) / max(float(baseline["seconds"]), 1e-9), 1),
            "goal_35440_under_60s": (float(full["seconds"]) * 35440 / n) < 60,
        }
        if what_if is not None:
            entry["what_if_one_sync_per_batch"] = what_if
        figures.append(entry)
        print(json.dumps(entry, ensure_ascii=False), flush=True)
    print(json.dumps({"bench": "import", "results": figures}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
