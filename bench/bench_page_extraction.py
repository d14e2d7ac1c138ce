"""Web page reading: trafilatura's main content beside the plain HTML walker (baseline), same run.

Usage: python bench/bench_page_extraction.py [--rounds N]
Prints JSON: cold import time of each in a fresh interpreter, per-page reading time on the saved
Dân trí pages of tests/data/ingest-web, and the installed size of trafilatura and what it adds.
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, emit, percentiles, time_each  # noqa: E402

PAGES = sorted((ROOT / "tests" / "data" / "ingest-web" / "pages").glob("*.html"))
# What trafilatura brings beyond what the app already ships (lxml, charset-normalizer).
ADDED = ("trafilatura", "htmldate", "courlan", "justext", "lxml_html_clean", "dateparser", "babel", "regex", "tld",
         "pytz", "tzlocal", "python-dateutil", "tzdata", "urllib3", "certifi")


def cold_import_ms(module: str, rounds: int) -> float:
    code = f"import time; t=time.perf_counter(); import {module}; print((time.perf_counter()-t)*1000)"
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout) for _ in range(rounds)]
    return round(statistics.median(runs), 1)


def installed_mb(names: tuple[str, ...]) -> float:
    total = 0
    for name in names:
        try:
            files = metadata.distribution(name).files or []
        except metadata.PackageNotFoundError:
            continue
        total += sum(f.size or 0 for f in files)
    return round(total / 1024 / 1024, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    from desktop.ingest.html_text import html_to_text
    from desktop.ingest.main_content import main_text

    htmls = [p.read_text(encoding="utf-8") for p in PAGES]
    main_text(htmls[0])  # warm: the first call pays the import
    walker = time_each([lambda h=h: html_to_text(h) for h in htmls * args.rounds])
    extractor = time_each([lambda h=h: main_text(h) for h in htmls * args.rounds])
    walker_p50 = percentiles(walker)["p50_ms"]
    extractor_p50 = percentiles(extractor)["p50_ms"]
    emit(
        {
            "benchmark": "page_extraction",
            "pages": len(htmls),
            "walker_ms": percentiles(walker),
            "trafilatura_ms": percentiles(extractor),
            "ratio_p50_trafilatura_to_walker": round(extractor_p50 / walker_p50, 2),
            "cold_import_ms": {
                "bs4 (walker, baseline)": cold_import_ms("bs4", args.rounds),
                "trafilatura": cold_import_ms("trafilatura", args.rounds),
            },
            "installed_mb": {"trafilatura and what it adds": installed_mb(ADDED), "lxml (already shipped)": installed_mb(("lxml",))},
        },
    )


if __name__ == "__main__":
    main()
