"""Start-up benchmark: process start to main window shown, on the seed library and on a large
library, beside a bare Qt window (the floor no Qt app goes below) measured in the same run.

Usage: python bench/bench_startup.py [--quick] [--articles N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, emit, iter_corpus  # noqa: E402

BARE_QT = (
    "import time,sys; t=time.perf_counter();"
    "from PySide6.QtWidgets import QApplication, QMainWindow;"
    "app=QApplication(sys.argv[:1]); w=QMainWindow(); w.show(); app.processEvents();"
    "print(f'startup_seconds={time.perf_counter()-t:.3f}', file=sys.stderr)"
)


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", TRICHDAN_REPORT_STARTUP="1")


def _parse(stderr: str) -> float:
    for line in stderr.splitlines():
        if line.startswith("startup_seconds="):
            return float(line.split("=", 1)[1])
    raise RuntimeError(stderr[-2000:])


def time_app(library: Path, runs: int) -> dict[str, float]:
    seconds, rss = [], []
    for _ in range(runs):
        out = subprocess.run(
            ["/usr/bin/time", "-f", "maxrss_kb=%M", sys.executable, "main.py", "--data-dir", str(library),
             "--quit-after-ms", "0"],
            cwd=ROOT, env=_env(), capture_output=True, text=True, check=True,
        )
        seconds.append(_parse(out.stderr))
        rss.extend(float(line.split("=")[1]) / 1024 for line in out.stderr.splitlines() if line.startswith("maxrss_kb="))
    return {"median_s": round(statistics.median(seconds), 3), "max_s": round(max(seconds), 3),
            "peak_rss_mb": round(max(rss), 1) if rss else -1.0}


def time_bare_qt(runs: int) -> float:
    values = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", BARE_QT], env=_env(), capture_output=True, text=True, check=True)
        values.append(_parse(out.stderr))
    return round(statistics.median(values), 3)


def build_large_library(folder: Path, articles: int) -> float:
    from desktop.ingest import document_from_text
    from desktop.services import Services

    start = time.perf_counter()
    with Services.open(folder) as services:
        docs = (document_from_text(text, origin=name) for name, text in iter_corpus(articles))
        services.library.add_documents(docs, total=articles)
    return round(time.perf_counter() - start, 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--articles", type=int, default=None)
    args = parser.parse_args()
    runs = 3 if args.quick else 5
    articles = args.articles or (1_000 if args.quick else 35_440)
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        subprocess.run([sys.executable, "main.py", "list", "--data-dir", str(seeds)], cwd=ROOT, check=True,
                       capture_output=True)
        large = Path(tmp) / "large"
        build_s = build_large_library(large, articles)
        bare = time_bare_qt(runs)
        seed_result = time_app(seeds, runs)
        large_result = time_app(large, runs)
    emit({
        "benchmark": "startup (Python import + services + window shown; interpreter start excluded)",
        "bare_qt_window_baseline_s": bare,
        "seed_library": seed_result | {"ratio_to_bare_qt": round(seed_result["median_s"] / bare, 2)},
        f"library_{articles}_articles": large_result
        | {"ratio_to_bare_qt": round(large_result["median_s"] / bare, 2), "build_s": build_s},
    })


if __name__ == "__main__":
    main()
