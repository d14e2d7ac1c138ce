"""Child process for the crash test: writes annotations forever, printing each acknowledged id."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

from desktop.domain.annotation import Annotation, TextPositionSelector, TextQuoteSelector
from desktop.storage.library_store import LibraryStore


def main(folder: str, article_ids: list[str]) -> None:
    store = LibraryStore.open(Path(folder))
    n = 0
    while True:
        article_id = article_ids[n % len(article_ids)]
        ann_id = uuid.uuid4().hex
        store.put_annotation(
            Annotation(ann_id, article_id, TextPositionSelector(0, 4), TextQuoteSelector("Điều", "", " 1"), note="x" * (n % 50))
        )
        # Acknowledged only once put_annotation has returned (the write is durable).
        sys.stdout.write(f"{article_id} {ann_id}\n")
        sys.stdout.flush()
        n += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
