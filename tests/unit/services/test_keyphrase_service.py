"""KeyphraseService on the seeded library: the three kinds, citations, the user glossary; and its CLI mirror."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.cli.main import main
from desktop.domain.errors import NotFoundError, UserError
from desktop.services import Services, events
from desktop.services.keyphrase_service import DOCUMENT_REF, GLOSSARY, KINDS, SALIENT

TITLE_000 = "Thúc đẩy tinh thần trách nhiệm"
TITLE_001 = "Hà Nội: Học và làm theo Bác bắt đầu từ nâng cao đạo đức công vụ"
TITLE_003 = "Tân An: Nâng cao tinh thần trách nhiệm, thái độ phục vụ nhân dân"
TITLE_004 = "Học tập và làm theo Bác phải gắn với nâng cao ý thức, trách nhiệm và chất lượng phục vụ nhân dân"


def _id(services: Any, title: str) -> str:
    return next(m.id for m in services.library.list_articles() if m.title == title)


def test_three_kinds_with_spans_into_the_clean_text(services: Any) -> None:
    article_id = _id(services, TITLE_000)
    text = services.library.get_article(article_id).clean_text
    phrases = services.keyphrases.keyphrases(article_id)
    assert {p.kind for p in phrases} == set(KINDS)
    for p in phrases:
        assert p.spans == tuple(sorted(p.spans))
        for start, end in p.spans:
            assert 0 <= start < end <= len(text)
    (ref,) = [p for p in phrases if p.kind == DOCUMENT_REF]
    assert (ref.text, ref.group) == ("Chỉ thị 05-CT/TW", "Chỉ thị")
    assert [text[s:e] for s, e in ref.spans] == ["Chỉ thị số 05-CT/TW"]
    terms = {p.text: p for p in phrases if p.kind == GLOSSARY}
    spirit = terms["tinh thần trách nhiệm"]
    assert all(text[s:e].lower() == "tinh thần trách nhiệm" for s, e in spirit.spans)
    assert len(spirit.spans) >= 5 and spirit.group == "Đạo đức công vụ"


def test_salient_phrases_are_whole_distinct_and_never_on_a_reference(services: Any) -> None:
    article_id = _id(services, TITLE_003)
    text = services.library.get_article(article_id).clean_text
    phrases = services.keyphrases.keyphrases(article_id)
    salient = [p for p in phrases if p.kind == SALIENT]
    assert 3 <= len(salient) <= 12
    assert [p.score for p in salient] == sorted((p.score for p in salient), reverse=True)
    term_texts = {p.text.lower() for p in phrases if p.kind == GLOSSARY}
    ref_spans = [s for p in phrases if p.kind == DOCUMENT_REF for s in p.spans]
    for p in salient:
        assert p.text.lower() not in term_texts
        assert len(p.text.split()) >= 2 or p.group == "abbreviation"
        for start, end in p.spans:
            assert text[start:end].lower() == p.text.lower()
            assert (start == 0 or not text[start - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            )
            assert not any(start < re and rs < end for rs, re in ref_spans)


def test_kinds_filter_and_cache_follow_article_changes(services: Any) -> None:
    article_id = _id(services, TITLE_000)
    only_refs = services.keyphrases.keyphrases(article_id, (DOCUMENT_REF,))
    assert {p.kind for p in only_refs} == {DOCUMENT_REF}
    first = services.keyphrases.keyphrases(article_id)
    assert services.keyphrases.keyphrases(article_id) == first


def test_articles_citing_directive_05_link_three_seeds(services: Any) -> None:
    expected = {_id(services, t) for t in (TITLE_000, TITLE_003, TITLE_004)}
    assert {m.id for m in services.keyphrases.articles_citing("Chỉ thị 05-CT/TW")} == expected
    # a loose key finds the same articles
    assert {m.id for m in services.keyphrases.articles_citing("Chỉ thị 05")} == expected
    assert services.keyphrases.articles_citing("Chỉ thị 99-CT/TW") == []
    assert services.keyphrases.citation_counts()["Chỉ thị 05-CT/TW"] == 3


def test_add_a_term_publishes_shows_it_and_survives_reopening(library_dir: Path) -> None:
    with Services.open(library_dir) as services:
        seen: list[str] = []
        services.events.subscribe(events.GLOSSARY_CHANGED, lambda: seen.append("changed"))
        article_id = _id(services, TITLE_001)
        before = services.keyphrases.keyphrases(article_id, (GLOSSARY,))
        assert not any(p.text == "Sở Nội vụ" for p in before)
        term = services.keyphrases.add_term("  Sở  Nội vụ ", "Cơ quan")
        assert (term.text, term.group, term.user) == ("Sở Nội vụ", "Cơ quan", True)
        assert seen == ["changed"]
        after = services.keyphrases.keyphrases(article_id, (GLOSSARY,))
        (mine,) = [p for p in after if p.text == "Sở Nội vụ"]
        assert mine.user and len(mine.spans) == 2
    with Services.open(library_dir) as services:
        assert [t.text for t in services.keyphrases.user_terms()] == ["Sở Nội vụ"]
        assert services.keyphrases.is_term("sở nội vụ")
        removed = services.keyphrases.remove_term("sở nội vụ")
        assert removed.group == "Cơ quan"
        assert services.keyphrases.user_terms() == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("   ", "trống"),
        ("tinh thần trách nhiệm", "đã có sẵn"),
        ("!!!", "chữ cái"),
        ("x" * 300, "quá dài"),
    ],
)
def test_bad_terms_are_refused_in_vietnamese(services: Any, text: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        services.keyphrases.add_term(text)


def test_a_user_term_twice_is_refused(services: Any) -> None:
    services.keyphrases.add_term("bộ phận một cửa liên thông")
    with pytest.raises(UserError, match="đã có trong bảng thuật ngữ của bạn"):
        services.keyphrases.add_term("Bộ phận một cửa liên thông")


def test_removing_a_shipped_term_hides_it_and_adding_it_back_restores_it(services: Any) -> None:
    article_id = _id(services, TITLE_000)
    hidden = services.keyphrases.remove_term("nêu gương")
    assert not hidden.user
    assert [t.text for t in services.keyphrases.hidden_terms()] == ["nêu gương"]
    assert not any(
        p.text == "nêu gương" for p in services.keyphrases.keyphrases(article_id, (GLOSSARY,))
    )
    with pytest.raises(NotFoundError):
        services.keyphrases.remove_term("nêu gương")
    back = services.keyphrases.add_term("nêu gương")
    assert back.group == "Học tập và làm theo Bác" and not back.user
    assert services.keyphrases.hidden_terms() == []
    assert any(
        p.text == "nêu gương" for p in services.keyphrases.keyphrases(article_id, (GLOSSARY,))
    )


def test_regroup_only_user_terms(services: Any) -> None:
    services.keyphrases.add_term("trung tâm phục vụ", "A")
    assert services.keyphrases.set_term_group("Trung tâm phục vụ", "B").group == "B"
    assert "B" in services.keyphrases.groups()
    with pytest.raises(UserError, match="Chỉ đổi được nhóm"):
        services.keyphrases.set_term_group("nêu gương", "B")


def test_export_then_import_in_another_library(services: Any, tmp_path: Path) -> None:
    services.keyphrases.add_term("phường 3", "Địa bàn")
    services.keyphrases.add_term("mô hình dân vận khéo", "Phong trào")
    path = tmp_path / "thuat-ngu.txt"
    assert services.keyphrases.export_glossary(path) == 2
    assert "## Địa bàn\nphường 3" in path.read_text(encoding="utf-8")
    with Services.open(tmp_path / "other", seed=False) as other:
        assert other.keyphrases.import_glossary(path) == (2, 0)
        assert other.keyphrases.import_glossary(path) == (0, 2)
        assert {(t.text, t.group) for t in other.keyphrases.user_terms()} == {
            ("phường 3", "Địa bàn"),
            ("mô hình dân vận khéo", "Phong trào"),
        }
    assert services.keyphrases.export_glossary(tmp_path / "all.txt", include_shipped=True) > 300


def test_import_refuses_what_is_not_a_glossary(services: Any, tmp_path: Path) -> None:
    binary = tmp_path / "anh.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    with pytest.raises(UserError, match="không phải văn bản UTF-8"):
        services.keyphrases.import_glossary(binary)
    empty = tmp_path / "trong.txt"
    empty.write_text("# chỉ có chú thích\n", encoding="utf-8")
    with pytest.raises(UserError, match="không có thuật ngữ nào"):
        services.keyphrases.import_glossary(empty)
    with pytest.raises(UserError, match="Không đọc được"):
        services.keyphrases.import_glossary(tmp_path / "khong-co.txt")
    assert services.keyphrases.user_terms() == []


def test_visible_kinds_are_remembered(library_dir: Path) -> None:
    with Services.open(library_dir) as services:
        # first start: the key phrases and the cited documents; every term underlined is noise
        assert services.keyphrases.visible_kinds() == (DOCUMENT_REF, SALIENT)
        services.keyphrases.set_visible_kinds((SALIENT, GLOSSARY))
    with Services.open(library_dir) as services:
        assert services.keyphrases.visible_kinds() == (GLOSSARY, SALIENT)


# --- the CLI mirror --------------------------------------------------------------------------


def _cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_cli_keyphrases_json_and_human(
    library_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Services.open(library_dir) as services:
        article_id = _id(services, TITLE_000)
    data = _cli_json(capsys, "keyphrases", article_id, "--data-dir", str(library_dir))
    kinds = {item["kind"] for item in data}
    assert kinds == set(KINDS)
    ref = next(item for item in data if item["kind"] == DOCUMENT_REF)
    assert (
        ref["text"] == "Chỉ thị 05-CT/TW"
        and ref["spans"]
        and all(len(s) == 2 for s in ref["spans"])
    )
    assert (
        main(["keyphrases", article_id, "--kind", "glossary", "--data-dir", str(library_dir)]) == 0
    )
    out = capsys.readouterr().out
    assert (
        out.startswith("Thuật ngữ (")
        and "tinh thần trách nhiệm" in out
        and "Cụm từ nổi bật" not in out
    )


def test_top_list_ranks_every_kind_together(services: Any) -> None:
    article_id = _id(services, TITLE_004)
    text = services.library.get_article(article_id).clean_text
    top = services.keyphrases.top_keyphrases(article_id, 10)
    assert len(top) == 10 and [p.rank for p in top] == list(range(1, 11))
    assert [p.score for p in top] == sorted((p.score for p in top), reverse=True)
    shown = {p.text for p in top}
    # the directive, the person who speaks and the body she leads, a core term
    assert {"Chỉ thị 05-CT/TW", "Lê Thị Thu Hằng", "cấp ủy"} <= shown
    assert "Đảng bộ Khối các cơ quan Thành phố" in shown  # a name whole, with its lower case
    assert not {"mang lại những kết quả", "chung của Thành phố", "phát huy hơn nữa vai trò"} & shown
    for p in top:
        assert p.count == len(p.spans) >= 1
        for start, end in p.spans:
            assert text[start:end]
    assert services.keyphrases.top_keyphrases(article_id, 3) == top[:3]
    # a long list goes on past the salient phrases the panel shows at a glance
    longer = services.keyphrases.top_keyphrases(article_id, 40)
    assert len(longer) == 40 and longer[:10] == top
    assert sum(p.kind == SALIENT for p in longer) > 12


def test_cli_top_keyphrases(library_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Services.open(library_dir) as services:
        article_id = _id(services, TITLE_004)
    d = ("--data-dir", str(library_dir))
    data = _cli_json(capsys, "keyphrases", article_id, "--top", "5", *d)
    assert [item["rank"] for item in data] == [1, 2, 3, 4, 5]
    for item in data:
        assert {"text", "kind", "score", "count", "spans"} <= item.keys()
        assert item["count"] == len(item["spans"]) and item["kind"] in KINDS
    assert main(["keyphrases", article_id, "--top", "3", *d]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Cụm từ chính của bài") and len(out.strip().splitlines()) == 4
    with pytest.raises(SystemExit) as exited:
        main(["keyphrases", article_id, "--top", "0", *d])
    assert exited.value.code == 2 and "số nguyên dương" in capsys.readouterr().err


def test_cli_citing_and_glossary(
    library_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = ("--data-dir", str(library_dir))
    assert len(_cli_json(capsys, "citing", "Chỉ thị 05-CT/TW", *d)) == 3
    assert _cli_json(capsys, "glossary", "add", "phường 3", "--group", "Địa bàn", *d) == {
        "text": "phường 3",
        "group": "Địa bàn",
    }
    assert [t["text"] for t in _cli_json(capsys, "glossary", "list", "--mine", *d)] == ["phường 3"]
    assert _cli_json(capsys, "glossary", "export", str(tmp_path / "g.txt"), *d)["written"] == 1
    assert _cli_json(capsys, "glossary", "remove", "phường 3", *d)["user"] is True
    assert _cli_json(capsys, "glossary", "import", str(tmp_path / "g.txt"), *d) == {
        "added": 1,
        "skipped": 0,
    }


def test_cli_errors_are_vietnamese_with_exit_1(
    library_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keyphrases", "khong-co", "--data-dir", str(library_dir)]) == 1
    assert "Lỗi:" in capsys.readouterr().err
    assert main(["glossary", "add", "   ", "--data-dir", str(library_dir)]) == 1
    assert "trống" in capsys.readouterr().err
