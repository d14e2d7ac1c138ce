"""Messages: Vietnamese as text, English from a catalogue, nesting, fallback, plain arguments."""

from __future__ import annotations

import pickle
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.domain import message as message_module
from desktop.domain.errors import ImportFailure, NotFoundError, UserError
from desktop.domain.message import (
    Message,
    TemplateError,
    entry_problem,
    first_code,
    known_text,
    message_of,
    placeholders,
    render,
)

OUTER = "Không nhập được “{name}”: {reason}."
INNER = "tệp trống (0 byte)"


@pytest.fixture
def catalog(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A private English catalogue: `catalog({vi: en})` installs it for the test."""

    def install(entries: dict[str, str]) -> None:
        import json

        path = tmp_path / "messages_en.json"
        path.write_text(
            json.dumps({"messages": [{"vi": k, "en": v} for k, v in entries.items()]}, ensure_ascii=False),
            encoding="utf-8",
        )
        monkeypatch.setattr(message_module, "catalog_path", lambda language: path)
        message_module.catalog.cache_clear()

    yield install
    message_module.catalog.cache_clear()


def test_a_message_is_its_vietnamese_text() -> None:
    m = Message(OUTER, name="Báo cáo.pdf", reason=Message(INNER))
    assert m == "Không nhập được “Báo cáo.pdf”: tệp trống (0 byte)."
    assert str(m) == m and type(str(m)) is str
    assert f"{m}" == m and m + "!" == m.__str__() + "!"
    assert render(m, "vi") == m


def test_nested_messages_render_in_english(catalog) -> None:  # type: ignore[no-untyped-def]
    catalog({OUTER: "Could not import “{name}”: {reason}.", INNER: "the file is empty (0 bytes)"})
    m = Message(OUTER, name="Báo cáo.pdf", reason=Message(INNER))
    assert render(m, "en") == "Could not import “Báo cáo.pdf”: the file is empty (0 bytes)."
    assert str(m) == "Không nhập được “Báo cáo.pdf”: tệp trống (0 byte)."  # unchanged by rendering


def test_a_missing_translation_falls_back_to_vietnamese_per_message(catalog) -> None:  # type: ignore[no-untyped-def]
    catalog({OUTER: "Could not import “{name}”: {reason}."})  # the inner reason is untranslated
    m = Message(OUTER, name="a.txt", reason=Message(INNER))
    assert render(m, "en") == "Could not import “a.txt”: tệp trống (0 byte)."
    assert render(Message("Chưa dịch {x}", x=1), "en") == "Chưa dịch 1"
    assert render(Message("Chưa dịch"), "fr") == "Chưa dịch"  # an unknown language: Vietnamese


def test_a_broken_translation_never_crashes_nor_shows_a_placeholder(catalog) -> None:  # type: ignore[no-untyped-def]
    catalog(
        {
            "Tệp “{name}” đã có.": "The file “{path}” exists.",  # a placeholder the template lacks
            "Bài “{title}”.": "Article “{title.upper}”.",  # attribute access: refused
            "Hỏng {a}": "Broken {a",  # bad syntax
        }
    )
    for m in (Message("Tệp “{name}” đã có.", name="x"), Message("Bài “{title}”.", title="t"), Message("Hỏng {a}", a=1)):
        assert render(m, "en") == str(m)
        assert "{" not in render(m, "en")


def test_arguments_are_plain_text_never_interpreted(catalog) -> None:  # type: ignore[no-untyped-def]
    catalog({"Tệp “{name}”.": "File “{name}”."})
    tricky = "{name} {0} {__class__} <b>đậm</b> %s"
    m = Message("Tệp “{name}”.", name=tricky)
    assert m == f"Tệp “{tricky}”."
    assert render(m, "en") == f"File “{tricky}”."
    assert render(tricky, "en") == tricky  # plain text given to render stays as it is
    assert render("Quan trọng", "en") == "Quan trọng"  # even when it equals a catalogue key


def test_templates_accept_plain_names_only() -> None:
    with pytest.raises(TemplateError):
        Message("{a.b}", a=1)
    with pytest.raises(TemplateError):
        Message("{a!r}", a=1)
    with pytest.raises(TemplateError):
        placeholders("{")
    with pytest.raises(KeyError):
        Message("{missing}")
    assert placeholders("{a} {b:n} {a:plural:x|y}") == {"a", "b"}


def test_placeholder_mismatch_is_detected() -> None:
    assert entry_problem("Có {count} bài", "{count} {count:plural:article|articles}") == ""
    assert "missing: count" in entry_problem("Có {count} bài", "Some articles")
    assert "unknown: total" in entry_problem("Có {count} bài", "{count} of {total}")
    assert entry_problem("Có {count} bài", "Broken {count") != ""


def test_numbers_and_dates_keep_their_language_look(catalog) -> None:  # type: ignore[no-untyped-def]
    template = "{n:n} bài, {size:.1n} MB, ngày {day:date}, lúc {when:datetime}"
    catalog({template: "{n:n} articles, {size:.1n} MB, on {day:date}, at {when:datetime}"})
    m = Message(template, n=1_500_000, size=2.5, day=date(2021, 8, 9), when=datetime(2024, 3, 15, 14, 5))
    assert m == "1.500.000 bài, 2,5 MB, ngày 09/08/2021, lúc 14:05 ngày 15/03/2024"
    assert render(m, "en") == "1,500,000 articles, 2.5 MB, on 9 August 2021, at 14:05, 15 March 2024"
    assert Message("{d:date}", d="2021-08-09T10:00:00Z") == "09/08/2021"  # ISO text is a date too
    assert Message("{d:date}", d="không rõ") == "không rõ"  # not a date: shown as given


def test_english_plurals_follow_the_count(catalog) -> None:  # type: ignore[no-untyped-def]
    catalog({"Đã nhập {count} bài viết": "Imported {count} {count:plural:article|articles}"})
    assert render(Message("Đã nhập {count} bài viết", count=1), "en") == "Imported 1 article"
    assert render(Message("Đã nhập {count} bài viết", count=7), "en") == "Imported 7 articles"
    assert render(Message("Đã nhập {count} bài viết", count=0), "en") == "Imported 0 articles"


def test_lists_join_and_render_each_item(catalog) -> None:  # type: ignore[no-untyped-def]
    catalog({"Màu: {choices}.": "Colours: {choices}.", "vàng": "yellow", "{lines:lines}": "{lines:lines}"})
    m = Message("Màu: {choices}.", choices=[Message("vàng"), "đỏ"])
    assert m == "Màu: vàng, đỏ."
    assert render(m, "en") == "Colours: yellow, đỏ."
    assert Message("{lines:lines}", lines=["a", "b"]) == "a\nb"


def test_codes_come_from_the_outermost_message_that_has_one() -> None:
    m = Message(OUTER, name="a", reason=Message(INNER, code="empty_file"))
    assert m.codes() == ["empty_file"] and first_code(m) == "empty_file"
    assert first_code("plain text", "fallback") == "fallback"
    assert ImportFailure(m).code == "empty_file"
    assert NotFoundError("Không có bài.").code == "not_found"  # no message code: the error's kind
    assert UserError(Message("x", code="bad_limit")).code == "bad_limit"


def test_errors_carry_the_message_and_keep_str_working(catalog) -> None:  # type: ignore[no-untyped-def]
    catalog({"Không có bài viết mã “{id}”.": "There is no article with id “{id}”."})
    error = NotFoundError(Message("Không có bài viết mã “{id}”.", id="abc"))
    assert str(error) == error.message == "Không có bài viết mã “abc”."
    assert type(str(error)) is str
    assert render(error, "en") == error.render("en") == "There is no article with id “abc”."
    assert render(UserError("Đã dịch sẵn bởi giao diện"), "en") == "Đã dịch sẵn bởi giao diện"


def test_messages_and_errors_survive_pickling_for_worker_processes(catalog) -> None:  # type: ignore[no-untyped-def]
    catalog({OUTER: "Could not import “{name}”: {reason}."})
    m = Message(OUTER, name="{a}.txt", reason=Message(INNER, code="empty_file"))
    again = pickle.loads(pickle.dumps(ImportFailure(m, detail="/tmp/x")))
    assert isinstance(again.message, Message) and again.message == m
    assert again.message.code == "" and again.code == "empty_file"
    assert render(again, "en") == "Could not import “{a}.txt”: tệp trống (0 byte)."


def test_message_of_reads_the_sentence_an_exception_carries() -> None:
    m = Message(INNER)
    assert message_of(ValueError(m)) is m
    assert message_of(UserError(m)) is m
    assert message_of(ValueError("plain")) == "plain"


def test_known_text_translates_a_stored_label_only_when_it_is_one(catalog) -> None:  # type: ignore[no-untyped-def]
    catalog({"Quan trọng": "Important", "Có {n} bài": "{n} articles"})
    assert known_text("Quan trọng", "en") == "Important"
    assert known_text("Quan trọng", "vi") == "Quan trọng"
    assert known_text("Việc của tôi", "en") == "Việc của tôi"
    assert known_text("Có {n} bài", "en") == "Có {n} bài"  # a template is never a stored label
