"""SearchService: accent-smart search that keeps up with the library through events and on open."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.errors import UserError
from desktop.ingest.document import ImportedDocument
from desktop.search.index import INDEX_FILE
from desktop.services import Services, events
from desktop.storage import paths

ROOT = Path(__file__).resolve().parents[3]


def _doc(title: str, text: str, *, source: str = "Kinh tế & Đô thị", published: str | None = "2021-08-09") -> ImportedDocument:
    return ImportedDocument(raw_text=title + "\n" + text, clean_text=text, removed_lines=(), title=title, source=source, published=published, origin=title)


def _add(services: Services, title: str, text: str, **meta: object) -> str:
    return services.library.add_documents([_doc(title, text, **meta)]).added[0].id  # type: ignore[arg-type]


def _seed(services: Services) -> None:
    docs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        docs.append(_doc(path.stem, raw))
    services.library.add_documents(docs)


def _ids(services: Services, query: str) -> set[str]:
    return {h.article_id for h in services.search.search(query, limit=100).articles}


@pytest.fixture
def lib(empty_services: Services) -> Services:
    return empty_services


def test_seeds_unmarked_query_finds_at_least_what_the_marked_one_finds(lib: Services) -> None:
    _seed(lib)
    unmarked = _ids(lib, "dao duc cong vu")
    marked = _ids(lib, "đạo đức công vụ")
    assert marked and marked <= unmarked
    assert _ids(lib, '"đạo đức công vụ"') <= marked
    hit = lib.search.search("đạo đức công vụ").articles[0]
    text = lib.library.get_article(hit.article_id).clean_text
    assert all(text[s:e] for s, e in hit.spans)
    assert "đạo đức công vụ" in hit.snippet.text.lower()


def test_marks_matter_only_when_typed(lib: Services) -> None:
    a = _add(lib, "Một", "Bạn bè cùng học.")
    b = _add(lib, "Hai", "Bán hàng rong.")
    c = _add(lib, "Ba", "Hoà giải ở cơ sở, thuỷ lợi.")
    assert _ids(lib, "ban") == {a, b}
    assert _ids(lib, "bạn") == {a}
    assert _ids(lib, "hòa") == {c} and _ids(lib, "thủy") == {c}


def test_follows_imports_edits_and_deletes(lib: Services) -> None:
    first = _add(lib, "Một", "đạo đức công vụ")
    assert _ids(lib, "dao duc") == {first}  # index built and caught up
    second = _add(lib, "Hai", "Đạo đức nghề nghiệp")
    assert _ids(lib, "dao duc") == {first, second}
    lib.library.update_meta(second, title="Cải cách hành chính")
    assert _ids(lib, "cai cach") == {second}
    lib.library.delete_article(first)
    assert _ids(lib, "dao duc") == {second}


def test_follows_annotations_and_tags(lib: Services) -> None:
    article = _add(lib, "Một", "Nâng cao đạo đức công vụ của cán bộ.")
    tag = lib.tags.create("Nêu gương")
    note = lib.annotations.create(article, 9, 24, tags=[tag.id], note="Cần trao đổi")
    results = lib.search.search("trao doi")
    assert [h.annotation_id for h in results.annotations] == [note.id]
    assert results.annotations[0].tags == ("Nêu gương",)
    assert [h.annotation_id for h in lib.search.search("tag:neu-guong").annotations] == [note.id]
    assert _ids(lib, "tag:nêu-gương") == {article}
    lib.tags.rename(tag.id, "Điển hình")
    assert [h.annotation_id for h in lib.search.search("dien hinh").annotations] == [note.id]
    assert lib.search.search("neu guong").annotations == ()
    lib.annotations.delete(note.id)
    assert lib.search.search("trao doi").annotations == ()


def test_catches_up_on_open_with_changes_made_while_it_was_not_running(library_dir: Path) -> None:
    with Services.open(library_dir, seed=False) as services:
        kept = _add(services, "Một", "đạo đức công vụ")
        gone = _add(services, "Hai", "đạo đức nghề nghiệp")
        assert _ids(services, "dao duc") == {kept, gone}
    with Services.open(library_dir, seed=False) as services:  # the search service is never built here
        services.library.delete_article(gone)
        added = _add(services, "Ba", "đạo đức người thầy")
        services.library.update_meta(kept, title="Tiêu đề mới")
    with Services.open(library_dir, seed=False) as services:
        assert _ids(services, "dao duc") == {kept, added}
        assert _ids(services, "tieu de moi") == {kept}


def test_missing_or_damaged_index_is_rebuilt(library_dir: Path) -> None:
    with Services.open(library_dir, seed=False) as services:
        article = _add(services, "Một", "đạo đức công vụ")
        assert _ids(services, "dao") == {article}
    index_file = library_dir / paths.INDEX_DIR / INDEX_FILE
    for suffix in ("-wal", "-shm"):
        Path(str(index_file) + suffix).unlink(missing_ok=True)
    index_file.write_bytes(b"garbage" * 1000)
    with Services.open(library_dir, seed=False) as services:
        assert _ids(services, "dao") == {article}
    for name in list(index_file.parent.iterdir()):
        name.unlink()
    with Services.open(library_dir, seed=False) as services:
        assert _ids(services, "dao") == {article}


def test_library_replaced_triggers_a_full_catch_up(lib: Services) -> None:
    article = _add(lib, "Một", "đạo đức công vụ")
    assert _ids(lib, "dao") == {article}
    lib.store.delete_article(article)  # behind the service's back, as a restore would
    lib.events.publish(events.LIBRARY_REPLACED)
    assert _ids(lib, "dao") == set()


def test_rebuild_and_readiness(lib: Services) -> None:
    article = _add(lib, "Một", "đạo đức công vụ")
    assert not lib.search.is_ready
    assert lib.search.rebuild() is True
    assert lib.search.is_ready and lib.search.indexed_article_count() == 1
    _add(lib, "Hai", "khác")
    assert not lib.search.is_ready
    assert _ids(lib, "dao") == {article}


def test_cancelled_catch_up_keeps_what_was_done_and_finishes_later(lib: Services) -> None:
    for i in range(3):
        _add(lib, f"Bài {i}", f"đạo đức số {i}")
    assert lib.search.ensure_ready(cancelled=lambda: True) is False
    assert not lib.search.is_ready
    assert len(_ids(lib, "dao duc")) == 3


def test_find_in_text_and_spans_in_article(lib: Services) -> None:
    text = "Hòa bình. Thuỷ lợi. Hoa hồng."
    assert lib.search.find_in_text(text, "hoà") == [(0, 3)]
    assert lib.search.find_in_text(text, "hoa") == [(0, 3), (20, 23)]
    assert lib.search.find_in_text(text, "") == []
    article = _add(lib, "Một", text)
    assert lib.search.spans_in_article(article, "thủy") == [(10, 14)]


def test_empty_query_bad_date_and_bad_limit(lib: Services) -> None:
    assert lib.search.search("   ").is_empty
    with pytest.raises(UserError, match="Không hiểu ngày"):
        lib.search.search("ngày:abc")
    with pytest.raises(UserError):
        lib.search.search("dao", limit=0)


def test_close_releases_the_index(library_dir: Path) -> None:
    services = Services.open(library_dir, seed=False)
    _add(services, "Một", "đạo đức")
    search = services.search
    search.search("dao")
    services.close()
    with pytest.raises(UserError):
        search.search("dao")
    (library_dir / paths.INDEX_DIR / INDEX_FILE).unlink()  # no handle left open on it
