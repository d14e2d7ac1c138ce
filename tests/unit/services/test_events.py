"""Events wait for the transaction that caused them; an undone one makes every view re-read."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.errors import StorageError
from desktop.ingest.document import ImportedDocument
from desktop.services import Services, events


def test_events_are_delivered_after_the_commit(empty_services: Services) -> None:
    heard: list[str] = []
    empty_services.events.subscribe(events.TAGS_CHANGED, lambda: heard.append("tags"))
    with empty_services.transaction("Hai thẻ"):
        empty_services.tags.create("Một")
        empty_services.tags.create("Hai")
        assert heard == []  # nothing is true yet for anyone else
    assert heard == ["tags"]  # and told once


def test_an_undone_transaction_drops_its_events_and_says_library_replaced(
    empty_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[str] = []
    empty_services.events.subscribe(events.TAGS_CHANGED, lambda: heard.append("tags"))
    empty_services.events.subscribe(events.LIBRARY_REPLACED, lambda: heard.append("replaced"))

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop.storage.transactions.atomic_write_bytes", full_disk)
    with pytest.raises(StorageError, match="Không lưu được"):
        empty_services.tags.create("Một")
    assert heard == []  # a one-file write that failed: nothing changed, nothing to tell
    monkeypatch.undo()
    text = "Cán bộ phải gương mẫu."
    empty_services.library.add_documents([ImportedDocument(text, text, (), "Bài", origin="a.txt")])
    article_id = empty_services.library.list_articles()[0].id
    first, second = empty_services.tags.create("Một"), empty_services.tags.create("Hai")
    empty_services.annotations.create_from_quote(article_id, "gương mẫu", tags=[first.id])
    heard.clear()
    monkeypatch.setattr("desktop.storage.journal.Journal.stage", full_disk)
    with pytest.raises(StorageError):
        empty_services.tags.merge(first.id, second.id)  # annotations and tags: two files
    assert heard == ["replaced"]
    assert sorted(t.name for t in empty_services.tags.list_tags()) == ["Hai", "Một"]
    assert empty_services.annotations.all_annotations()[0].tags == (first.id,)


def test_restore_keeps_the_services_usable(services: Services, tmp_path: Path) -> None:
    archive = services.backups.backup_now()
    tag = services.tags.create("Sau sao lưu")
    heard: list[str] = []
    services.events.subscribe(events.LIBRARY_REPLACED, lambda: heard.append("replaced"))
    services.backups.restore(archive)
    assert heard == ["replaced"]
    assert tag.id not in {t.id for t in services.tags.list_tags()}
    assert services.library.count() == 5 and services.tags.create("Mới").name == "Mới"
