"""What opening tells about repairs and interrupted operations reads well in both languages."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.message import Message, render
from desktop.storage.backups import RESTORE_KIND, restore_description
from desktop.storage.journal import Outcome
from desktop.storage.library_opening import describe_outcome
from desktop.storage.recovery import MISSING, _describe, annotations_label, text_label


def _said(outcome: Outcome) -> tuple[str, str]:
    message = describe_outcome(outcome)
    assert message is not None
    return str(message), render(message, "en")


def test_an_interrupted_restore_names_its_archive_in_both_languages() -> None:
    stored = str(restore_description(Path("trichdan-2024-03-15.zip")))  # as the journal keeps it
    vi, en = _said(Outcome(stored, True, RESTORE_KIND))
    assert vi.startswith("Lần khôi phục từ bản sao lưu “trichdan-2024-03-15.zip” bị ngắt giữa chừng")
    assert en.startswith("The restore from the backup “trichdan-2024-03-15.zip” was interrupted")
    _vi, en = _said(Outcome(stored, False, RESTORE_KIND))
    assert "was undone" in en


def test_an_operation_name_read_back_from_the_journal_is_translated_when_it_can_be() -> None:
    _vi, en = _said(Outcome(str(Message("Nhập ghi chú")), False))
    assert "(Import annotations)" in en and en.startswith("The operation under way")
    # A name holding a user's words is shown as it was written, never reinterpreted.
    named = str(Message("Gộp thẻ “{source}” vào “{target}”", source="{a}", target="b"))
    _vi, en = _said(Outcome(named, True))
    assert "(Gộp thẻ “{a}” vào “b”)" in en
    assert describe_outcome(Outcome("", False)) is None


def test_lost_files_are_named_and_the_sentence_opens_with_a_capital() -> None:
    rels = ["texts/a.json", "annotations/b.json", "texts/c.json", "texts/d.json", "texts/e.json"]
    labels = {"texts/a.json": text_label("Hà Nội"), "annotations/b.json": annotations_label("Tân An")}
    subject = _describe(rels, labels)
    message = Message("{files:cap} {why} và không có bản sao lưu nào chứa chúng.", files=subject, why=MISSING)
    assert str(message) == (
        "Nội dung bài “Hà Nội”, các ghi chú của bài “Tân An”, tệp “texts/c.json” và 2 tệp khác bị mất "
        "và không có bản sao lưu nào chứa chúng."
    )
    assert render(message, "en") == (
        "The text of the article “Hà Nội”, the annotations of the article “Tân An”, the file "
        "“texts/c.json” and 2 other files went missing and no backup holds them."
    )
