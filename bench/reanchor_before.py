"""Selectors-only re-anchoring as another version of this repository does it, for
bench/bench_reanchor.py --before DIR: the same cases, in the same run, in a child process.

DIR is a copy of the repository at the version compared with (e.g. `git archive main | tar -x
-C DIR`); its `desktop` package is imported instead of this one. Reads one JSON batch per line
on stdin, {"text": "...", "cases": [[start, end, exact, prefix, suffix], ...]} (code points),
and writes one line per batch, {"results": [[start, end] | null, ...], "ms": [...]}.

Usage: python bench/reanchor_before.py DIR
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> None:
    folder = Path(sys.argv[1]).resolve()
    if not (folder / "desktop" / "anchoring").is_dir():
        raise SystemExit(f"{folder} holds no desktop/anchoring package")
    sys.path.insert(0, str(folder))
    from desktop.anchoring import AnchorText  # the other version's, found first
    from desktop.anchoring.reanchor import reanchor
    from desktop.domain.annotation import TextPositionSelector, TextQuoteSelector

    for line in sys.stdin:
        if not line.strip():
            continue
        batch = json.loads(line)
        target = AnchorText(batch["text"])
        results: list[list[int] | None] = []
        ms: list[float] = []
        for start, end, exact, prefix, suffix in batch["cases"]:
            t0 = time.perf_counter()
            found = reanchor(TextPositionSelector(start, end), TextQuoteSelector(exact, prefix, suffix), target)
            ms.append((time.perf_counter() - t0) * 1000)
            results.append([found.start, found.end] if found.found else None)
        sys.stdout.write(json.dumps({"results": results, "ms": ms}) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
