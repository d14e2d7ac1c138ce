"""The index follows the library; one lost text never stops search for the rest."""

from __future__ import annotations

from desktop.services import Services
from desktop.storage import paths


def test_a_missing_text_does_not_break_search_for_the_others(services: Services) -> None:
    lost = next(m for m in services.library.list_articles() if m.title.startswith("Tân An"))
    (services.data_dir / paths.TEXTS_DIR / f"{lost.id}.json").unlink()
    results = services.search.search("đạo đức công vụ")
    assert results.articles and lost.id not in {hit.article_id for hit in results.articles}
    assert services.search.search("Tân An").articles[0].article_id == lost.id  # the title still
    told = [m for m in services.store.recovery.messages if "Tân An" in m]
    assert len(told) == 1 and "không có bản sao lưu" in told[0]
