"""Storage benchmark: annotation create/update/delete latency at 1k/10k/100k annotations
(the durable single edit must stay under 5 ms p95 at 100k), a multi-file transaction against
the same writes made one by one, library open time and memory; baselines measured in the
same run (plain TinyDB in one JSON file; unjournaled writes).

Usage: python bench/bench_storage.py [--quick]   (quick: 1k and 10k only, fewer samples)
"""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tinydb import Query, TinyDB  # noqa: E402

from bench.common import emit, percentiles, time_each  # noqa: E402
from desktop.domain.annotation import Annotation, TextPositionSelector, TextQuoteSelector  # noqa: E402
from desktop.domain.article import ArticleMeta, ArticleText  # noqa: E402
from desktop.storage import codec  # noqa: E402
from desktop.storage.library_store import LibraryStore  # noqa: E402

ANNOTATIONS_PER_ARTICLE = 20  # a busy reader's article; 100k annotations = 5,000 annotated articles
EDIT_TARGET_P95_MS = 5.0  # one durable edit (create, change or delete one annotation)


def make_annotation(article_id: str, n: int) -> Annotation:
    return Annotation(
        id=uuid.uuid4().hex,
        article_id=article_id,
        position=TextPositionSelector(n, n + 40),
        quote=TextQuoteSelector("nâng cao tinh thần trách nhiệm của cán bộ", "Đặc biệt, từ đó ", ", chất lượng phục vụ"),
        tags=("t1", "t2"),
        color="yellow",
        note="Ghi chú cho cuộc họp chi bộ tháng này",
        created="2026-11-22T02:00:00+00:00",
        modified="2026-11-22T02:00:00+00:00",
    )


def fill_ours(folder: Path, total: int) -> tuple[LibraryStore, list[str]]:
    articles = [f"art{i:06d}" for i in range(max(1, total // ANNOTATIONS_PER_ARTICLE))]
    store = LibraryStore.open(folder)
    store.add_articles([(ArticleMeta(id=a, title=a), ArticleText("x", "x")) for a in articles])
    for article_id in articles:
        store.replace_annotations(article_id, [make_annotation(article_id, k) for k in range(ANNOTATIONS_PER_ARTICLE)])
    return store, articles


def bench_ours(total: int, samples: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        store, articles = fill_ours(Path(tmp) / "lib", total)
        targets = [articles[(i * 7919) % len(articles)] for i in range(samples)]
        created = [make_annotation(a, 5) for a in targets]
        create = time_each([lambda a=a: store.put_annotation(a) for a in created])
        update = time_each([lambda a=a: store.put_annotation(a.with_changes(note="Đã sửa")) for a in created])
        delete = time_each([lambda a=a: store.delete_annotation(a.article_id, a.id) for a in created])
        store.close()
        return {"create": percentiles(create), "update": percentiles(update), "delete": percentiles(delete)}


def bench_plain_tinydb(total: int, samples: int) -> dict[str, object]:
    """The baseline: every annotation in one TinyDB JSON file (default storage)."""
    with tempfile.TemporaryDirectory() as tmp:
        db = TinyDB(Path(tmp) / "db.json")
        table = db.table("annotations")
        table.insert_multiple(codec.annotation_to_doc(make_annotation(f"art{i // 20:06d}", i)) for i in range(total))
        created = [make_annotation("art000001", 5) for _ in range(samples)]
        q = Query()
        create = time_each([lambda a=a: table.insert(codec.annotation_to_doc(a)) for a in created])
        update = time_each([lambda a=a: table.update({"note": "Đã sửa"}, q.id == a.id) for a in created])
        delete = time_each([lambda a=a: table.remove(q.id == a.id) for a in created])
        db.close()
        return {"create": percentiles(create), "update": percentiles(update), "delete": percentiles(delete)}


def bench_transaction(touched: int, rounds: int) -> dict[str, object]:
    """Rewriting `touched` articles' annotations (a tag merge): one journaled transaction
    against the same rewrites as independent atomic writes (not all-or-nothing: the baseline)."""
    with tempfile.TemporaryDirectory() as tmp:
        store, articles = fill_ours(Path(tmp) / "lib", touched * ANNOTATIONS_PER_ARTICLE)
        lists = {a: [make_annotation(a, k) for k in range(ANNOTATIONS_PER_ARTICLE)] for a in articles}

        def one_by_one() -> None:
            for article_id, items in lists.items():
                store.replace_annotations(article_id, items)

        def journaled() -> None:
            with store.transaction("Gộp thẻ"):
                one_by_one()

        separate: list[float] = []
        together: list[float] = []
        for _ in range(rounds):  # interleaved: the machine's speed drifts from second to second
            separate += time_each([one_by_one])
            together += time_each([journaled])
        store.close()
        return {
            "articles_touched": touched,
            "journaled": percentiles(together),
            "separate_writes_baseline": percentiles(separate),
            "ratio_journaled_over_separate_p50": round(
                percentiles(together)["p50_ms"] / max(percentiles(separate)["p50_ms"], 1e-6), 2
            ),
        }


def bench_open(articles: int) -> dict[str, object]:
    """Open time and peak memory of a library of `articles` articles, in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "lib"
        store = LibraryStore.open(folder)
        body = "Nội dung bài viết về đạo đức công vụ. " * 60
        metas = [
            (ArticleMeta(id=f"a{i:06d}", title=f"Bài viết số {i} về cải cách hành chính", source="Kinhtedothi",
                         author="Trần Hà", published="2021-08-09T06:38"), ArticleText(body, body))
            for i in range(articles)
        ]
        start = time.perf_counter()
        store.add_articles(metas)
        import_s = time.perf_counter() - start
        store.close()
        del metas
        gc.collect()
        probe = (
            "import time,resource,sys; t=time.perf_counter();"
            "from desktop.storage.library_store import LibraryStore;"
            f"s=LibraryStore.open(__import__('pathlib').Path({str(folder)!r})); m=s.list_article_meta();"
            "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024, len(m))"
        )
        out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                             cwd=Path(__file__).resolve().parent.parent)
        seconds, rss, count = out.stdout.split()
        return {"articles": int(count), "bulk_import_s": round(import_s, 2),
                "open_and_list_s": round(float(seconds), 3), "peak_rss_mb": round(float(rss), 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    sizes = [1_000, 10_000] if args.quick else [1_000, 10_000, 100_000]
    samples = 30 if args.quick else 100
    results: dict[str, object] = {"benchmark": "storage", "annotations_per_article": ANNOTATIONS_PER_ARTICLE}
    for size in sizes:
        ours = bench_ours(size, samples)
        # The baseline grows linearly; fewer samples keep the run short at 100k.
        base = bench_plain_tinydb(size, max(5, samples // (10 if size >= 100_000 else 1)))
        results[f"annotations_{size}"] = {
            "ours": ours,
            "plain_tinydb_baseline": base,
            "ratio_baseline_over_ours_p95": {
                op: round(base[op]["p95_ms"] / max(ours[op]["p95_ms"], 1e-6), 1)  # type: ignore[index]
                for op in ("create", "update", "delete")
            },
        }
    largest = results[f"annotations_{sizes[-1]}"]
    edit_p95 = max(largest["ours"][op]["p95_ms"] for op in ("create", "update", "delete"))  # type: ignore[index]
    results["durable_single_edit"] = {
        "annotations": sizes[-1],
        "worst_p95_ms": edit_p95,
        "target_p95_ms": EDIT_TARGET_P95_MS,
        "met": edit_p95 < EDIT_TARGET_P95_MS,
        "plain_tinydb_baseline_worst_p95_ms": max(
            largest["plain_tinydb_baseline"][op]["p95_ms"] for op in ("create", "update", "delete")  # type: ignore[index]
        ),
    }
    results["multi_file_transaction"] = [bench_transaction(n, 5 if args.quick else 15) for n in (10, 100)]
    results["library_open"] = bench_open(2_000 if args.quick else 35_440)
    emit(results)


if __name__ == "__main__":
    main()
