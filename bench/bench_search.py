"""Search benchmark on the news corpus: our accent-smart FTS5 index beside SQLite FTS5
`unicode61 remove_diacritics 2` over the raw text (the baseline), both measured in this run:
build time, size, p50/p95 latency of 20 fixed queries (top 50 with snippets), and recall and
precision of each against a brute-force reference that reads every article.

Usage: python bench/bench_search.py [--quick] [--articles N] [--reps R]
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import emit, iter_corpus, peak_rss_mb, percentiles  # noqa: E402
from desktop.search import brute_force  # noqa: E402
from desktop.search.bulk_load import load_batches, workers_for  # noqa: E402
from desktop.search.index import IndexedArticle, SearchIndex  # noqa: E402
from desktop.search.library_sync import BATCH as SYNC_BATCH  # noqa: E402
from desktop.search.query import ParsedQuery, Term, parse_query  # noqa: E402
from desktop.search.searcher import Searcher  # noqa: E402

QUERIES = [
    "dao duc cong vu",
    "đạo đức công vụ",
    '"đạo đức công vụ"',
    '"dao duc cong vu"',
    "tham nhũng",
    "tham nhung lang phi",
    '"cải cách hành chính"',
    "thủ tướng chính phủ",
    "hòa bình",
    "hoà bình",
    "thuỷ lợi",
    '"xổ số điện toán"',
    'bóng đá -"ngoại hạng anh"',
    "giá vàng",
    '"thành phố hồ chí minh"',
    "bạn",
    "đường sắt cao tốc",
    '"doanh nghi*"',
    '"an toàn giao thông"',
    'công an -"giao thông"',
]
LIMIT = 50
BATCH = 500


def load(limit: int | None) -> list[IndexedArticle]:
    articles = []
    for name, text in iter_corpus(limit):
        text = unicodedata.normalize("NFC", text)
        title, _, body = text.partition("\n")
        articles.append(IndexedArticle(name, title.strip(), "", None, body.strip()))
    return articles


def _file_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


# --- ours ---------------------------------------------------------------------------
def _children_cpu() -> float:
    """CPU seconds of finished child processes (the index's worker processes)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build_ours(articles: list[IndexedArticle], folder: Path) -> tuple[SearchIndex, dict[str, float]]:
    path = folder / "search.sqlite3"
    workers = workers_for(len(articles))
    start, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    index = SearchIndex.open(path)
    # As the app's catch-up does it: batches as it reads them, worker processes for a large
    # load, one merge at the end.
    batches = (articles[i : i + SYNC_BATCH] for i in range(0, len(articles), SYNC_BATCH))
    load_batches(index, batches, workers=workers)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    children = _children_cpu() - children  # the workers have ended: their time is counted
    index.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return index, {
        "build_s": round(seconds, 2),
        "build_cpu_s": round(cpu + children, 2),  # all processes: the work itself
        "build_cpu_main_s": round(cpu, 2),
        "build_workers": workers,
        "size_mb": round(_file_size(path) / 2**20, 1),
    }


def _run_ours(index: SearchIndex, query: ParsedQuery) -> None:
    Searcher(index, query).run(LIMIT)


# --- baseline -----------------------------------------------------------------------
def _baseline_term(term: Term) -> str:
    text = " ".join(w.text for w in term.words).replace('"', '""')
    return f'"{text}"' + (" *" if term.words[-1].prefix else "")


def baseline_match(query: ParsedQuery) -> str:
    """What a plain FTS5 search box does with the same words: quoted terms, NOT for exclusions."""
    expr = " AND ".join(_baseline_term(t) for t in query.terms)
    if query.excluded:
        expr = f"({expr}) NOT ({' OR '.join(_baseline_term(t) for t in query.excluded)})"
    return expr


def build_baseline(articles: list[IndexedArticle], folder: Path) -> tuple[sqlite3.Connection, dict[str, float]]:
    path = folder / "baseline.sqlite3"
    start, cpu = time.perf_counter(), time.process_time()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE VIRTUAL TABLE b USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')")
    for i in range(0, len(articles), BATCH):
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO b(rowid, title, body) VALUES(?, ?, ?)",
            [(i + k + 1, a.title, a.text) for k, a in enumerate(articles[i : i + BATCH])],
        )
        conn.execute("COMMIT")
    conn.execute("INSERT INTO b(b) VALUES('optimize')")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return conn, {"build_s": round(seconds, 2), "build_cpu_s": round(cpu, 2), "size_mb": round(_file_size(path) / 2**20, 1)}


def baseline_search(conn: sqlite3.Connection, match: str) -> list[tuple[int, str]]:
    return conn.execute(
        "SELECT rowid, snippet(b, 1, '[', ']', '…', 24) FROM b WHERE b MATCH ? ORDER BY rank LIMIT ?", (match, LIMIT)
    ).fetchall()


# --- reference ----------------------------------------------------------------------
def reference_sets(articles: list[IndexedArticle], queries: list[ParsedQuery]) -> list[set[str]]:
    """Brute force in chunks, so its word cache never holds the whole corpus."""
    out: list[set[str]] = [set() for _ in queries]
    for i in range(0, len(articles), 2000):
        library = brute_force.BruteForceLibrary(articles[i : i + 2000])
        for k, q in enumerate(queries):
            out[k] |= library.search_articles(q)
        brute_force._tokens.cache_clear()
    return out


def _time_each(calls: list[Callable[[], object]]) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each call: on a shared machine the CPU time shows the
    work itself, the wall time what a user waits."""
    wall, cpu = [], []
    for call in calls:
        start, start_cpu = time.perf_counter(), time.process_time()
        call()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 3) if b else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="3,000 articles, 2 repetitions")
    parser.add_argument("--articles", type=int, default=None)
    parser.add_argument("--reps", type=int, default=None)
    args = parser.parse_args()
    limit = args.articles or (3000 if args.quick else None)
    reps = args.reps or (2 if args.quick else 5)

    articles = load(limit)
    queries = [parse_query(q) for q in QUERIES]
    ids_by_rowid = {i + 1: a.id for i, a in enumerate(articles)}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        index, ours = build_ours(articles, folder)
        conn, base = build_baseline(articles, folder)

        matches = [baseline_match(q) for q in queries]
        ours_calls: list[Callable[[], object]] = [partial(_run_ours, index, q) for q in queries]
        base_calls: list[Callable[[], object]] = [partial(baseline_search, conn, m) for m in matches]
        ours_ms, ours_cpu = _time_each(ours_calls * reps)
        base_ms, base_cpu = _time_each(base_calls * reps)

        reference = reference_sets(articles, queries)
        per_query = []
        totals = {"ours_found": 0, "base_found": 0, "ours_extra": 0, "base_extra": 0, "ref": 0}
        for text, q, ref in zip(QUERIES, queries, reference, strict=True):
            got = set(Searcher(index, q).article_ids())
            base_got = {ids_by_rowid[r[0]] for r in conn.execute("SELECT rowid FROM b WHERE b MATCH ?", (baseline_match(q),))}
            totals["ref"] += len(ref)
            totals["ours_found"] += len(got & ref)
            totals["base_found"] += len(base_got & ref)
            totals["ours_extra"] += len(got - ref)
            totals["base_extra"] += len(base_got - ref)
            per_query.append(
                {
                    "query": text,
                    "reference": len(ref),
                    "ours": len(got),
                    "ours_identical": got == ref,
                    "baseline": len(base_got),
                    "baseline_recall": round(len(base_got & ref) / len(ref), 3) if ref else None,
                    "baseline_extra": len(base_got - ref),
                }
            )
        index.close()
        conn.close()

    ours_p, base_p = percentiles(ours_ms), percentiles(base_ms)
    ours_c, base_c = percentiles(ours_cpu), percentiles(base_cpu)
    emit(
        {
            "benchmark": "search",
            "articles": len(articles),
            "queries": len(QUERIES),
            "repetitions": reps,
            "load_average_1min": round(os.getloadavg()[0], 2),
            "ours": {
                **ours,
                **ours_p,
                "cpu_p50_ms": ours_c["p50_ms"],
                "cpu_p95_ms": ours_c["p95_ms"],
                "recall": _ratio(totals["ours_found"], totals["ref"]),
                "precision": _ratio(totals["ours_found"], totals["ours_found"] + totals["ours_extra"]),
                "queries_identical_to_reference": sum(p["ours_identical"] for p in per_query),
            },
            "baseline_fts5_unicode61_remove_diacritics_2": {
                **base,
                **base_p,
                "cpu_p50_ms": base_c["p50_ms"],
                "cpu_p95_ms": base_c["p95_ms"],
                "recall": _ratio(totals["base_found"], totals["ref"]),
                "precision": _ratio(totals["base_found"], totals["base_found"] + totals["base_extra"]),
            },
            "ratio_to_baseline": {
                "build_s": _ratio(ours["build_s"], base["build_s"]),
                "build_cpu_s": _ratio(ours["build_cpu_s"], base["build_cpu_s"]),
                "size_mb": _ratio(ours["size_mb"], base["size_mb"]),
                "p50_ms": _ratio(ours_p["p50_ms"], base_p["p50_ms"]),
                "p95_ms": _ratio(ours_p["p95_ms"], base_p["p95_ms"]),
            },
            "goals": {
                "p50_under_20ms": ours_p["p50_ms"] < 20,
                "p95_under_60ms": ours_p["p95_ms"] < 60,
                "build_under_30s": ours["build_s"] < 30,
                "recall_100": totals["ours_found"] == totals["ref"],
            },
            "per_query": per_query,
            "peak_rss_mb": peak_rss_mb(),
        }
    )


if __name__ == "__main__":
    main()
