"""Per kind, how many real documents (tests/data/ingest-real) import whole and right; --details lists why not."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.test_real_documents import (  # noqa: E402
    EXPECTATIONS,
    import_all,
    metadata_problems,
    text_problems,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--details", action="store_true", help="print each file's problems")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        results = import_all(Path(tmp))
        seconds = time.perf_counter() - started
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"files": 0, "text": 0, "metadata": 0, "both": 0})
    for expect in EXPECTATIONS:
        got = results[expect["file"]]
        text, meta = text_problems(expect, got), metadata_problems(expect, got)
        row = counts[expect["kind"]]
        row["files"] += 1
        row["text"] += not text
        row["metadata"] += not meta
        row["both"] += not text and not meta
        if args.details and (text or meta):
            print(f"== {expect['file']}")
            for problem in text + meta:
                print(f"   {problem[:300]}")
    total = {key: sum(row[key] for row in counts.values()) for key in ("files", "text", "metadata", "both")}
    if args.json:
        print(json.dumps({"kinds": counts, "total": total, "import_seconds": round(seconds, 2)}, indent=1))
        return
    print(f"{'kind':6} {'files':>5} {'text ok':>8} {'meta ok':>8} {'whole+right':>12}")
    for kind, row in sorted(counts.items()):
        print(f"{kind:6} {row['files']:5} {row['text']:8} {row['metadata']:8} {row['both']:12}")
    print(f"{'all':6} {total['files']:5} {total['text']:8} {total['metadata']:8} {total['both']:12}")
    print(f"import of {total['files']} files: {seconds:.1f} s")


if __name__ == "__main__":
    main()
