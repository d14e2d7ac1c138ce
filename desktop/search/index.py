"""The search index: SQLite FTS5 over folded words and spelling keys; derived data only."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.search.tokens import index_forms, recorded_vocabulary, vocabulary

# Articles and annotations each have a plain table (what results show, and what a row's
# index words are recomputed from) and a contentless FTS5 table (the words). Everything
# here can be thrown away and rebuilt from the library.

# Bump when tokens, keys or the schema change: an index of another version is rebuilt.
INDEX_VERSION = "3"
INDEX_FILE = "search.sqlite3"

TAG_JOINER = " ; "  # between tag names in an annotation's tag field

_SCHEMA = """
CREATE TABLE IF NOT EXISTS info(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS docs(
    rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, title TEXT NOT NULL, source TEXT NOT NULL,
    published TEXT, sig TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS doc_texts(rowid INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS doc_fts USING fts5(
    title_f, title_s, body_f, body_s, content='', tokenize='ascii', detail=full);
CREATE TABLE IF NOT EXISTS notes(
    rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, article_id TEXT NOT NULL, quote TEXT NOT NULL,
    note TEXT NOT NULL, tags_text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS notes_by_article ON notes(article_id);
CREATE VIRTUAL TABLE IF NOT EXISTS note_fts USING fts5(
    quote_f, quote_s, note_f, note_s, tags_f, tags_s, content='', tokenize='ascii', detail=full);
CREATE TABLE IF NOT EXISTS note_tags(note_rowid INTEGER NOT NULL, tag_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS note_tags_by_tag ON note_tags(tag_id);
CREATE INDEX IF NOT EXISTS note_tags_by_note ON note_tags(note_rowid);
CREATE TABLE IF NOT EXISTS note_files(article_id TEXT PRIMARY KEY, sig TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tags(id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS vocab(folded TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY(folded, key)) WITHOUT ROWID;
"""


@dataclass(frozen=True)
class IndexedArticle:
    id: str
    title: str
    source: str
    published: str | None
    text: str  # the clean text (NFC), as the reader shows it
    sig: str = ""  # what the library looked like when indexed (for catching up)


@dataclass(frozen=True)
class IndexedNote:
    id: str
    article_id: str
    quote: str
    note: str
    tag_ids: tuple[str, ...]
    start: int
    end: int


def _doc_forms(title: str, text: str, seen: set[str] | None = None) -> tuple[str, str, str, str]:
    return (*index_forms(title, seen), *index_forms(text, seen))


@dataclass(frozen=True)
class PreparedArticles:
    """Articles with their index words computed (the slow, pure-Python part of indexing)."""

    articles: Sequence[IndexedArticle]
    forms: list[tuple[str, str, str, str]]
    vocab: set[tuple[str, str]]  # (folded word, spelling key) pairs seen


def prepare_forms(titles_and_texts: Sequence[tuple[str, str]]) -> tuple[list[tuple[str, str, str, str]], set[tuple[str, str]]]:
    """Index words of (title, text) pairs, and their vocabulary; pure, so it can run in a
    worker process."""
    seen: set[str] = set()
    forms = [_doc_forms(title, text, seen) for title, text in titles_and_texts]
    return forms, vocabulary(seen)


def prepare_forms_recorded(titles_and_texts: Sequence[tuple[str, str]]) -> tuple[list[tuple[str, str, str, str]], set[tuple[str, str]]]:
    """prepare_forms in a worker process that called tokens.start_recording(): the vocabulary
    comes from the record of new words, which spares looking at every word twice."""
    return [_doc_forms(title, text) for title, text in titles_and_texts], recorded_vocabulary()


def prepare_articles(articles: Sequence[IndexedArticle]) -> PreparedArticles:
    return PreparedArticles(articles, *prepare_forms([(a.title, a.text) for a in articles]))


def _note_forms(quote: str, note: str, tags_text: str, seen: set[str] | None = None) -> tuple[str, ...]:
    return (*index_forms(quote, seen), *index_forms(note, seen), *index_forms(tags_text, seen))


class SearchIndex:
    """One SQLite file (or memory). Not thread-safe by itself: the service serialises calls."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @classmethod
    def open(cls, path: Path | None) -> SearchIndex:
        """Open or create; an unreadable or other-version file is replaced by an empty index
        (it is derived data: the caller then rebuilds it from the library)."""
        if path is None:
            return cls._connect(":memory:")
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            index = cls._connect(str(path))
            if index.version() == INDEX_VERSION:
                return index
            index.close()
        except sqlite3.DatabaseError:
            pass
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        return cls._connect(str(path))

    @classmethod
    def _connect(cls, target: str) -> SearchIndex:
        conn = sqlite3.connect(target, check_same_thread=False, timeout=10, isolation_level=None)
        index = cls(conn)
        if target != ":memory:":
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(_SCHEMA)
        if index.version() is None:
            index._set_info("version", INDEX_VERSION)
        return index

    def close(self) -> None:
        self.conn.close()

    def interrupt(self) -> None:
        self.conn.interrupt()

    # --- info ----------------------------------------------------------------------
    def version(self) -> str | None:
        row = self.conn.execute("SELECT value FROM info WHERE key='version'").fetchone()
        if row is None and self.conn.execute("SELECT count(*) FROM docs").fetchone()[0]:
            return "unknown"
        return row[0] if row else None

    def _set_info(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO info(key, value) VALUES(?, ?)", (key, value))

    def get_info(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM info WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_info(self, key: str, value: str) -> None:
        self._set_info(key, value)

    def clear(self) -> None:
        """Empty every table (fast: a rebuild follows)."""
        with self.transaction():
            for table in ("docs", "doc_texts", "notes", "note_tags", "note_files", "tags", "vocab"):
                self.conn.execute(f"DELETE FROM {table}")
            for fts in ("doc_fts", "note_fts"):
                self.conn.execute(f"INSERT INTO {fts}({fts}) VALUES('delete-all')")

    def transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    def optimize(self) -> None:
        for fts in ("doc_fts", "note_fts"):
            self.conn.execute(f"INSERT INTO {fts}({fts}) VALUES('optimize')")

    # --- articles ------------------------------------------------------------------
    def article_signatures(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT id, sig FROM docs"))

    def article_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM docs").fetchone()[0])

    def _delete_doc_rows(self, ids: Iterable[str]) -> None:
        for article_id in ids:
            row = self.conn.execute(
                "SELECT d.rowid, d.title, t.text FROM docs d JOIN doc_texts t ON t.rowid = d.rowid WHERE d.id=?",
                (article_id,),
            ).fetchone()
            if row is None:
                continue
            # A contentless FTS5 row is deleted by giving back exactly the words it was given.
            self.conn.execute(
                "INSERT INTO doc_fts(doc_fts, rowid, title_f, title_s, body_f, body_s) VALUES('delete', ?, ?, ?, ?, ?)",
                (row[0], *_doc_forms(row[1], row[2])),
            )
            self.conn.execute("DELETE FROM docs WHERE rowid=?", (row[0],))
            self.conn.execute("DELETE FROM doc_texts WHERE rowid=?", (row[0],))

    def upsert_articles(self, articles: Sequence[IndexedArticle] | PreparedArticles) -> None:
        """Add or replace articles, in one transaction."""
        prepared = articles if isinstance(articles, PreparedArticles) else prepare_articles(articles)
        with self.transaction():
            self._delete_doc_rows(a.id for a in prepared.articles)
            first = int(self.conn.execute("SELECT coalesce(max(rowid), 0) FROM docs").fetchone()[0]) + 1
            self.conn.executemany(
                "INSERT INTO docs(rowid, id, title, source, published, sig) VALUES(?, ?, ?, ?, ?, ?)",
                [(first + i, a.id, a.title, a.source, a.published, a.sig) for i, a in enumerate(prepared.articles)],
            )
            # Texts apart: the metadata table stays small, so filters and joins stay fast.
            self.conn.executemany(
                "INSERT INTO doc_texts(rowid, text) VALUES(?, ?)",
                [(first + i, a.text) for i, a in enumerate(prepared.articles)],
            )
            self.conn.executemany(
                "INSERT INTO doc_fts(rowid, title_f, title_s, body_f, body_s) VALUES(?, ?, ?, ?, ?)",
                [(first + i, *forms) for i, forms in enumerate(prepared.forms)],
            )
            self._add_vocab(prepared.vocab)

    def _add_vocab(self, pairs: Iterable[tuple[str, str]]) -> None:
        # Only ever grows: a spelling no longer in any text just matches nothing.
        self.conn.executemany("INSERT OR IGNORE INTO vocab(folded, key) VALUES(?, ?)", list(pairs))

    def spelling_keys(self, folded: str) -> list[str]:
        """Every spelling key seen for a folded word ("giao" -> giao·, giáo·1, giảo·3…)."""
        return [r[0] for r in self.conn.execute("SELECT key FROM vocab WHERE folded=?", (folded,))]

    def folded_completions(self, prefix: str, most: int) -> list[str] | None:
        """The folded words seen that start with `prefix` (lower-case), or None if more
        than `most`. The vocabulary holds every word of every indexed text."""
        rows = self.conn.execute(
            "SELECT DISTINCT folded FROM vocab WHERE folded >= ? AND folded < ? LIMIT ?",
            (prefix, prefix + "\U0010ffff", most + 1),  # UTF-8 sorts as code points do
        ).fetchall()
        return None if len(rows) > most else [r[0] for r in rows]

    def delete_articles(self, ids: Iterable[str]) -> None:
        """Remove articles and their annotations."""
        ids = list(ids)
        with self.transaction():
            self._delete_doc_rows(ids)
            for article_id in ids:
                self._delete_notes_of(article_id)
                self.conn.execute("DELETE FROM note_files WHERE article_id=?", (article_id,))

    def article_text(self, article_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT t.text FROM docs d JOIN doc_texts t ON t.rowid = d.rowid WHERE d.id=?", (article_id,)
        ).fetchone()
        return row[0] if row else None

    def distinct_sources(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT source FROM docs WHERE source != ''")]

    # --- annotations ---------------------------------------------------------------
    def note_signatures(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT article_id, sig FROM note_files"))

    def _delete_notes_of(self, article_id: str) -> None:
        rows = self.conn.execute(
            "SELECT rowid, quote, note, tags_text FROM notes WHERE article_id=?", (article_id,)
        ).fetchall()
        for rowid, quote, note, tags_text in rows:
            self.conn.execute(
                "INSERT INTO note_fts(note_fts, rowid, quote_f, quote_s, note_f, note_s, tags_f, tags_s) "
                "VALUES('delete', ?, ?, ?, ?, ?, ?, ?)",
                (rowid, *_note_forms(quote, note, tags_text)),
            )
            self.conn.execute("DELETE FROM note_tags WHERE note_rowid=?", (rowid,))
        self.conn.execute("DELETE FROM notes WHERE article_id=?", (article_id,))

    def replace_notes(self, article_id: str, notes: Sequence[IndexedNote], sig: str) -> None:
        """All annotations of one article, replaced in one transaction."""
        names = self.tag_names()
        with self.transaction():
            self._delete_notes_of(article_id)
            for n in notes:
                tags_text = TAG_JOINER.join(names[t] for t in n.tag_ids if t in names)
                cur = self.conn.execute(
                    "INSERT INTO notes(id, article_id, quote, note, tags_text, start, end) VALUES(?, ?, ?, ?, ?, ?, ?)",
                    (n.id, article_id, n.quote, n.note, tags_text, n.start, n.end),
                )
                rowid = cur.lastrowid
                seen: set[str] = set()
                self.conn.execute(
                    "INSERT INTO note_fts(rowid, quote_f, quote_s, note_f, note_s, tags_f, tags_s) VALUES(?, ?, ?, ?, ?, ?, ?)",
                    (rowid, *_note_forms(n.quote, n.note, tags_text, seen)),
                )
                self._add_vocab(vocabulary(seen))
                self.conn.executemany(
                    "INSERT INTO note_tags(note_rowid, tag_id) VALUES(?, ?)", [(rowid, t) for t in n.tag_ids]
                )
            self.conn.execute(
                "INSERT OR REPLACE INTO note_files(article_id, sig) VALUES(?, ?)", (article_id, sig)
            )

    def notes_of(self, article_id: str) -> list[IndexedNote]:
        rows = self.conn.execute(
            "SELECT rowid, id, quote, note, start, end FROM notes WHERE article_id=? ORDER BY rowid", (article_id,)
        ).fetchall()
        out = []
        for rowid, note_id, quote, note, start, end in rows:
            tag_ids = tuple(r[0] for r in self.conn.execute("SELECT tag_id FROM note_tags WHERE note_rowid=? ORDER BY rowid", (rowid,)))
            out.append(IndexedNote(note_id, article_id, quote, note, tag_ids, start, end))
        return out

    # --- tags ----------------------------------------------------------------------
    def tag_names(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT id, name FROM tags"))

    def set_tags(self, names: dict[str, str]) -> None:
        """Store the tag names; re-index the annotations whose tags were renamed or deleted."""
        old = self.tag_names()
        changed = {t for t in old.keys() | names.keys() if old.get(t) != names.get(t)}
        if not changed:
            return
        with self.transaction():
            self.conn.execute("DELETE FROM tags")
            self.conn.executemany("INSERT INTO tags(id, name) VALUES(?, ?)", list(names.items()))
        marks = ",".join("?" * len(changed))
        articles = [
            r[0]
            for r in self.conn.execute(
                f"SELECT DISTINCT n.article_id FROM notes n JOIN note_tags t ON t.note_rowid = n.rowid WHERE t.tag_id IN ({marks})",
                tuple(changed),
            )
        ]
        sigs = self.note_signatures()
        for article_id in articles:
            self.replace_notes(article_id, self.notes_of(article_id), sigs.get(article_id, ""))


class _Transaction:
    """BEGIN … COMMIT, or ROLLBACK on error; nested uses join the outer one."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._owner = False

    def __enter__(self) -> None:
        if not self._conn.in_transaction:
            self._conn.execute("BEGIN IMMEDIATE")  # take the write lock before reading max(rowid)
            self._owner = True

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if not self._owner:
            return
        if exc_type is None:
            self._conn.execute("COMMIT")
        else:
            self._conn.execute("ROLLBACK")
