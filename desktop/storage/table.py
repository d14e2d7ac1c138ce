"""One TinyDB table in one file, addressed by our string ids instead of TinyDB's numbers."""

from __future__ import annotations

from typing import Any

from tinydb import TinyDB


class Table:
    def __init__(self, db: TinyDB, name: str) -> None:
        self._db = db
        self._name = name
        self._table = db.table(name, cache_size=0)
        self.reload()

    def reload(self) -> None:
        self._table._next_id = None  # TinyDB's own counter: the file may have been re-read
        self._doc_ids: dict[str, int] = {str(doc["id"]): int(key) for key, doc in self.raw_items()}

    def raw_items(self) -> list[tuple[str, dict[str, Any]]]:
        """The stored documents themselves, without TinyDB's per-document copies: read only."""
        tables = self._db.storage.read() or {}
        return list(tables.get(self._name, {}).items())

    def all(self) -> list[dict[str, Any]]:
        return [dict(d) for d in self._table.all()]

    def get(self, key: str) -> dict[str, Any] | None:
        doc_id = self._doc_ids.get(key)
        if doc_id is None:
            return None
        doc = self._table.get(doc_id=doc_id)
        return dict(doc) if doc is not None else None

    def __contains__(self, key: str) -> bool:
        return key in self._doc_ids

    def __len__(self) -> int:
        return len(self._doc_ids)

    def put(self, doc: dict[str, Any]) -> None:
        key = str(doc["id"])
        doc_id = self._doc_ids.get(key)
        if doc_id is None:
            self._doc_ids[key] = self._table.insert(doc)
        else:
            self._table.update(doc, doc_ids=[doc_id])

    def put_many(self, docs: list[dict[str, Any]]) -> None:
        new = [d for d in docs if str(d["id"]) not in self._doc_ids]
        for doc in docs:
            if str(doc["id"]) in self._doc_ids:
                self.put(doc)
        if new:
            ids = self._table.insert_multiple(new)
            self._doc_ids.update({str(d["id"]): i for d, i in zip(new, ids, strict=True)})

    def remove(self, key: str) -> bool:
        doc_id = self._doc_ids.pop(key, None)
        if doc_id is None:
            return False
        self._table.remove(doc_ids=[doc_id])
        return True

    def replace_all(self, docs: list[dict[str, Any]]) -> None:
        """Inside the store's transaction the truncate and the insert are one file write."""
        self._table.truncate()
        self._doc_ids = {}
        if docs:
            ids = self._table.insert_multiple(docs)
            self._doc_ids = {str(d["id"]): i for d, i in zip(docs, ids, strict=True)}
