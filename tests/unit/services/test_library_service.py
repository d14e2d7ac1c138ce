"""Importing into a library: seeds, batches with bad files, duplicates, cancel, restoring lines."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop.domain.errors import UserError
from desktop.ingest.legacy_encodings import encode_cp1258, encode_vni
from desktop.services import Services, events
from desktop.services.library_service import ImportReport

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Files to import, apart from the library folder (which lives in tmp_path too)."""
    path = tmp_path / "nhap"
    path.mkdir()
    return path


def seed_path(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def by_title(services: Services, title: str) -> str:
    return next(m.id for m in services.library.list_articles() if m.title == title)


def test_new_library_holds_the_five_seeds_with_metadata(services: Services) -> None:
    metas = {m.title: m for m in services.library.list_articles()}
    assert len(metas) == 5
    meta = metas["Thúc đẩy tinh thần trách nhiệm"]
    assert (meta.author, meta.published, meta.source) == ("Trần Hà", "2021-08-09T06:38", "Kinhtedothi")
    assert meta.doc_refs == ("Chỉ thị 05-CT/TW",)
    assert meta.encoding == "utf-8" and meta.origin.startswith("000_")


def test_same_article_in_other_encodings_and_names_is_a_duplicate(services: Services, folder: Path) -> None:
    text = seed_path("004").read_text(encoding="utf-8")
    (folder / "ban-vni.txt").write_bytes(encode_vni(text))
    (folder / "ban-1258.txt").write_bytes(encode_cp1258(text))
    (folder / "ban-utf16.txt").write_bytes(codecs.BOM_UTF16_LE + text.replace("\n", "\r\n").encode("utf-16-le"))
    report = services.library.import_paths([folder])
    assert report.added == []
    assert sorted(origin for origin, _ in report.duplicates) == ["ban-1258.txt", "ban-utf16.txt", "ban-vni.txt"]
    assert {existing.title for _, existing in report.duplicates} == {
        "Học tập và làm theo Bác phải gắn với nâng cao ý thức, trách nhiệm và chất lượng phục vụ nhân dân"
    }
    assert services.library.count() == 5
    assert "3 bài đã có sẵn" in report.summary()


def test_bad_files_are_reported_and_the_rest_imports(services: Services, folder: Path) -> None:
    before = {m.id: m for m in services.library.list_articles()}
    (folder / "a-rong.txt").write_bytes(b"")
    (folder / "b-anh.txt").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    (folder / "c-tot.txt").write_text("Bài mới về cải cách hành chính\n\n" + "Nội dung bài viết mới. " * 20, encoding="utf-8")
    (folder / "d-hong.docx").write_bytes(b"PK\x03\x04 broken")
    report = services.library.import_paths([folder, folder / "mat-roi.txt"])
    assert [m.title for m in report.added] == ["Bài mới về cải cách hành chính"]
    failures = dict(report.failures)
    assert set(failures) == {str(folder / "mat-roi.txt"), "a-rong.txt", "b-anh.txt", "d-hong.docx"}
    assert all(reason.startswith("Không nhập được") or "không còn tồn tại" in reason for reason in failures.values())
    after = {m.id: m for m in services.library.list_articles()}
    assert len(after) == 6 and all(after[k] == v for k, v in before.items())


def test_progress_and_cancel_leave_whole_articles(empty_services: Services, folder: Path) -> None:
    for n in range(6):
        (folder / f"{n}.txt").write_text(f"Bài số {n}\n\n" + f"Nội dung riêng của bài số {n}. " * 10, encoding="utf-8")
    seen: list[tuple[int, int, str]] = []
    report = empty_services.library.import_paths(
        [folder], progress=lambda done, total, name: seen.append((done, total, name)), cancelled=lambda: len(seen) >= 3
    )
    assert report.cancelled and len(report.added) == 3
    assert [s[:2] for s in seen] == [(1, 6), (2, 6), (3, 6)] and seen[0][2] == "0.txt"
    for meta in empty_services.library.list_articles():
        article = empty_services.library.get_article(meta.id)
        assert article.clean_text.startswith("Nội dung riêng của bài số")
    assert "Đã dừng theo yêu cầu" in report.summary()
    # The rest imports later; the three already stored are recognised.
    again = empty_services.library.import_paths([folder])
    assert len(again.added) == 3 and len(again.duplicates) == 3


def test_parallel_reading_gives_the_same_articles(empty_services: Services, folder: Path) -> None:
    for n in range(8):
        (folder / f"{n}.txt").write_text(f"Bài {n}\n\n" + f"Đoạn văn của bài {n}. " * 12, encoding="utf-8")
    (folder / "x.txt").write_bytes(b"")
    report = empty_services.library.import_paths([folder], workers=2)
    assert [m.title for m in report.added] == [f"Bài {n}" for n in range(8)]
    assert [o for o, _ in report.failures] == ["x.txt"]


def test_unsure_encoding_is_held_for_the_user_then_imported_as_chosen(empty_services: Services, folder: Path) -> None:
    path = folder / "tay-au.txt"
    path.write_bytes("Ça coûte très cher, déjà fêté à Noël. ".encode("cp1252") * 5)
    report = empty_services.library.import_paths([path], hold_unsure=True)
    assert report.unsure == [path] and report.added == [] and "cần chọn bảng mã" in report.summary()
    chosen = empty_services.library.import_file(path, encoding="windows-1252")
    assert chosen.added[0].encoding == "windows-1252"
    assert "Noël" in empty_services.library.get_article(chosen.added[0].id).clean_text


def test_forced_encoding_for_a_whole_batch(empty_services: Services, folder: Path) -> None:
    text = seed_path("001").read_text(encoding="utf-8")
    (folder / "a.txt").write_bytes(encode_vni(text))
    wrong = empty_services.library.import_paths([folder], encoding="windows-1258")
    assert wrong.added[0].encoding == "windows-1258" and wrong.added[0].title != "Hà Nội: Học và làm theo Bác bắt đầu từ nâng cao đạo đức công vụ"
    empty_services.library.delete_article(wrong.added[0].id)
    right = empty_services.library.import_paths([folder], encoding="vni", workers=2)
    assert right.added[0].title == "Hà Nội: Học và làm theo Bác bắt đầu từ nâng cao đạo đức công vụ"


def test_pasted_text(services: Services) -> None:
    meta = services.library.import_text("Ghi chép cuộc họp\n\n" + "Nội dung ghi chép. " * 10, source="Văn phòng")
    assert meta.title == "Ghi chép cuộc họp" and meta.source == "Văn phòng" and meta.origin == "clipboard"
    with pytest.raises(UserError, match="đã có trong thư viện"):
        services.library.import_text("Ghi chép cuộc họp\n\n" + "Nội dung ghi chép. " * 10)
    with pytest.raises(UserError):
        services.library.import_text("  \n ")


def test_update_meta_publishes_and_validates(services: Services) -> None:
    article_id = by_title(services, "Thúc đẩy trách nhiệm, tạo thêm đột phá")
    heard: list[tuple[str, ...]] = []
    services.events.subscribe(events.ARTICLES_CHANGED, lambda ids: heard.append(ids))
    meta = services.library.update_meta(article_id, author="Thu Hà", published="2023-08-10")
    assert (meta.author, meta.published) == ("Thu Hà", "2023-08-10")
    assert services.library.get_meta(article_id).author == "Thu Hà" and heard == [(article_id,)]
    with pytest.raises(UserError):
        services.library.update_meta(article_id, title="  ")


def test_restore_and_hide_lines_keep_annotations_anchored(services: Services) -> None:
    article_id = by_title(services, "Thúc đẩy tinh thần trách nhiệm")
    article = services.library.get_article(article_id)
    quote = "Chuyển từ nhận thức đến hành động"
    start = article.clean_text.index(quote)
    annotation = services.annotations.create(article_id, start, start + len(quote))
    removed = {r.text: r.line_no for r in services.library.removed_lines(article_id)}
    assert "Tin liên quan" in removed

    edit = services.library.restore_line(article_id, removed["Tin liên quan"])
    article = services.library.get_article(article_id)
    assert "\nTin liên quan\n" in article.clean_text
    assert "Tin liên quan" not in {r.text for r in article.text.removed_lines}
    moved = services.annotations.get(annotation.id)
    assert article.clean_text[moved.start : moved.end] == quote and not moved.needs_review
    assert services.library.line_offset(article_id, removed["Tin liên quan"]) == article.clean_text.index("Tin liên quan")

    services.text_edits.undo_text_edit(edit)  # the GUI's undo
    assert "Tin liên quan" not in services.library.get_article(article_id).clean_text

    services.library.restore_line(article_id, removed["Tin liên quan"])
    services.library.hide_line(article_id, removed["Tin liên quan"])
    assert "Tin liên quan" not in services.library.get_article(article_id).clean_text
    with pytest.raises(UserError, match="đã đánh dấu"):
        services.library.hide_line(article_id, article.text.raw_text.split("\n").index(quote))
    with pytest.raises(UserError):
        services.library.restore_line(article_id, 10_000)


def test_reclean_puts_back_the_rules_result(services: Services) -> None:
    article_id = by_title(services, "Thúc đẩy tinh thần trách nhiệm")
    original = services.library.get_article(article_id).text
    services.library.restore_line(article_id, 0)
    assert services.library.get_article(article_id).clean_text != original.clean_text
    services.library.reclean(article_id)
    assert services.library.get_article(article_id).text == original


def test_summary_wording() -> None:
    report = ImportReport()
    assert report.summary() == "Đã nhập 0 bài viết."


def test_reimport_of_a_corrected_file_keeps_annotations(services: Services, tmp_path: Path) -> None:
    article_id = by_title(services, "Thúc đẩy tinh thần trách nhiệm")
    article = services.library.get_article(article_id)
    quote = "Chuyển từ nhận thức đến hành động"
    start = article.clean_text.index(quote)
    annotation = services.annotations.create(article_id, start, start + len(quote))
    corrected = tmp_path / "ban-sua.txt"
    corrected.write_text(
        "Bản đã sửa lỗi chính tả.\n" + article.text.raw_text.replace("trách nhiệm", "trách nhiệm,", 1),
        encoding="utf-8",
    )
    edit = services.library.reimport(article_id, corrected)
    after = services.library.get_article(article_id)
    assert edit.changed and after.text.raw_text.startswith("Bản đã sửa lỗi chính tả.")
    moved = services.annotations.get(annotation.id)
    assert after.clean_text[moved.start : moved.end] == quote and not moved.needs_review
    services.text_edits.undo_text_edit(edit)
    assert services.library.get_article(article_id).text == article.text
