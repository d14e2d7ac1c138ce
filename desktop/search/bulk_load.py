"""Load many articles into the index at once: words split on worker processes, SQLite tuned."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import replace

from desktop.search.index import (
    IndexedArticle,
    PreparedArticles,
    SearchIndex,
    prepare_articles,
    prepare_forms_recorded,
)
from desktop.search.tokens import start_recording
from desktop.worker_processes import exit_with_parent

# Splitting text into folded words and spelling keys is pure Python (GIL-bound); writing
# them is SQLite (C). On a full rebuild both take seconds per thousand articles, so worker
# processes split while this process writes. Threads would not do: the writer waits for
# the GIL after every row, and the two run one after the other.
PARALLEL_FROM = 2000  # articles: below this, starting interpreters (~0.3 s each) costs more
MAX_WORKERS = 4
WINDOW = 2  # batches in flight per worker: enough to keep it busy, little memory
COMMIT_EVERY = 2000  # articles per transaction: an interruption loses at most this much work
OPTIMIZE_AFTER = 1000  # articles loaded at once after which the index is merged into one segment
# FTS5 settings while loading, and FTS5's defaults restored after. No merging while loading:
# merges rewrite the same words again and again, and the pages they free bloat the file.
AUTOMERGE = 4
CRISISMERGE = 16
BULK_CRISISMERGE = 1000
HASHSIZE = 1024 * 1024  # bytes of new words held in memory before they are written
BULK_HASHSIZE = 64 * 1024 * 1024  # one write per transaction, not one per megabyte

ProgressCallback = Callable[[int], None]  # articles written in the batch just done
Forms = tuple[list[tuple[str, str, str, str]], set[tuple[str, str]]]  # see prepare_forms


def workers_for(count: int) -> int:
    """Worker processes for loading `count` articles: 0 (this process) for small loads."""
    if count < PARALLEL_FROM:
        return 0
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        cpus = os.cpu_count() or 1
    return 0 if cpus < 2 else min(cpus, MAX_WORKERS)


def prepared_batches(
    batches: Iterable[Sequence[IndexedArticle]], workers: int
) -> Generator[PreparedArticles, None, None]:
    """The batches with their index words, in order; on `workers` processes when above 0."""
    if workers <= 0:
        yield from map(prepare_articles, batches)
        return
    source = iter(batches)
    # "spawn": a fresh interpreter per worker; forking a process that runs Qt threads is unsafe.
    context = multiprocessing.get_context("spawn")
    # Workers watch this process: killed, it takes them along (else they outlive it for ever).
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=exit_with_parent, initargs=(start_recording,))
    pending: deque[tuple[Sequence[IndexedArticle], Future[Forms]]] = deque()
    try:
        while True:
            try:
                while len(pending) < workers * WINDOW:
                    batch = next(source, None)
                    if batch is None:
                        break
                    # Only titles and texts cross over: less to pickle, the metadata stays here.
                    pending.append((batch, pool.submit(prepare_forms_recorded, [(a.title, a.text) for a in batch])))
                if not pending:
                    return
                batch, future = pending[0]
                forms = future.result()
            except (BrokenProcessPool, OSError):
                # Workers could not start or died (a locked-down system, low memory): this
                # process splits the rest itself; slower, the same index.
                yield from map(prepare_articles, [b for b, _ in pending])
                yield from map(prepare_articles, source)
                return
            pending.popleft()
            yield PreparedArticles(batch, *forms)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def bulk_settings(index: SearchIndex) -> Iterator[Callable[[int], None]]:
    """No background merging and a large word buffer while loading; one merge at the end
    if much was loaded. Yields a function to report how many articles were written."""
    conn = index.conn
    written = 0

    def count(n: int) -> None:
        nonlocal written
        written += n

    settings = {
        "automerge": (0, AUTOMERGE),
        "crisismerge": (BULK_CRISISMERGE, CRISISMERGE),
        "hashsize": (BULK_HASHSIZE, HASHSIZE),
    }
    for name, (bulk, _) in settings.items():
        conn.execute(f"INSERT INTO doc_fts(doc_fts, rank) VALUES('{name}', {bulk})")
    try:
        yield count
    finally:
        for name, (_, usual) in settings.items():
            conn.execute(f"INSERT INTO doc_fts(doc_fts, rank) VALUES('{name}', {usual})")
        if written >= OPTIMIZE_AFTER:
            conn.execute("INSERT INTO doc_fts(doc_fts) VALUES('optimize')")


def load_batches(
    index: SearchIndex,
    batches: Iterable[Sequence[IndexedArticle]],
    on_batch: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int = 0,
) -> bool:
    """Add or replace articles batch by batch, committed every COMMIT_EVERY articles, so
    progress survives an interruption. False if cancelled (what was written stays)."""
    with bulk_settings(index) as count:
        prepared = prepared_batches(batches, workers)
        stored_vocab: set[tuple[str, str]] = set()
        try:
            while True:
                # Several batches per transaction: FTS5 writes its buffered words at each
                # commit, and fewer, larger writes cost less (and merge faster at the end).
                with index.transaction():
                    in_transaction = 0
                    for batch in prepared:
                        if cancelled is not None and cancelled():
                            return False
                        # Each worker reports its own new words: most are already stored.
                        fresh = batch.vocab - stored_vocab
                        stored_vocab |= fresh
                        index.upsert_articles(replace(batch, vocab=fresh))
                        count(len(batch.articles))
                        if on_batch is not None:
                            on_batch(len(batch.articles))
                        in_transaction += len(batch.articles)
                        if in_transaction >= COMMIT_EVERY:
                            break
                    else:
                        return True
        finally:
            prepared.close()  # stops the workers now, also when cancelled or failing
