"""Per outlet, how the real saved news pages (tests/data/ingest-news) import: furniture left out,
body phrases kept, title, date, author, source right, home pages refused; --details says why not."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.test_real_news_pages import PAGES, _lines, import_pages  # noqa: E402

COLUMNS = ("pages", "no_furniture", "phrases_kept", "title", "date", "author", "source", "refused")


def _checks(page: dict[str, Any], got: Any) -> dict[str, bool]:
    if page["kind"] == "index":
        return {"refused": isinstance(got, str) and "không phải một bài viết" in got}
    if not isinstance(got, tuple):
        return dict.fromkeys(("no_furniture", "phrases_kept", "title", "date", "author", "source"), False)
    meta, text = got
    lines = _lines(meta.title) + _lines(text)
    whole = "\n".join(lines)
    return {
        "no_furniture": not any(p in whole for p in page.get("must_not", []))
        and not any(p in lines for p in page.get("not_lines", [])),
        "phrases_kept": all(any(p in line for line in lines) for p in page.get("must", [])),
        "title": meta.title == page["title"],
        "date": (meta.published or "")[:10] == page["date"],
        "author": meta.author == page["author"],
        "source": meta.source == page["source"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--details", action="store_true", help="print what each page gets wrong")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        results = import_pages(Path(tmp))
        seconds = time.perf_counter() - started
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(COLUMNS, 0))
    for page in PAGES:
        checks = _checks(page, results.get(page["file"]))
        row = counts[page["outlet"]]
        row["pages"] += 1
        for key, ok in checks.items():
            row[key] += ok
        if args.details and not all(checks.values()):
            got = results.get(page["file"])
            print(f"== {page['file']}: {[k for k, ok in checks.items() if not ok]}")
            if isinstance(got, tuple):
                meta = got[0]
                print(f"   title={meta.title!r} date={meta.published!r} author={meta.author!r} source={meta.source!r}")
            else:
                print(f"   {str(got)[:200]}")
    total = {key: sum(row[key] for row in counts.values()) for key in COLUMNS}
    if args.json:
        print(json.dumps({"outlets": counts, "total": total, "import_seconds": round(seconds, 2)}, ensure_ascii=False))
        return
    print(f"{'outlet':34}" + "".join(f"{c:>13}" for c in COLUMNS))
    for outlet, row in sorted(counts.items()):
        print(f"{outlet:34}" + "".join(f"{row[c]:13}" for c in COLUMNS))
    print(f"{'all':34}" + "".join(f"{total[c]:13}" for c in COLUMNS))
    print(f"import of {total['pages']} pages: {seconds:.1f} s")


if __name__ == "__main__":
    main()
