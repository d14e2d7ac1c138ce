"""Document references: the seeds' citations, the real variety of numbers, and no dates or fractions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.text.document_refs import (
    DocumentRef,
    find_document_refs,
    reference_keys,
    same_document,
)
from desktop.text.normalize import nfc

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return nfc(path.read_text(encoding="utf-8"))


def _refs(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.canonical) for r in find_document_refs(text)]


def _check_spans(text: str, refs: list[DocumentRef]) -> None:
    for ref in refs:
        assert text[ref.start : ref.end] == ref.text


def test_seed_000_cites_directive_05() -> None:
    text = _seed("000")
    refs = find_document_refs(text)
    _check_spans(text, refs)
    assert [(r.text, r.canonical, r.kind) for r in refs] == [
        ("Chỉ thị số 05-CT/TW", "Chỉ thị 05-CT/TW", "Chỉ thị")
    ]


def test_seed_001_cites_nothing() -> None:
    assert find_document_refs(_seed("001")) == []


def test_seed_002_resolution_directive_and_laws() -> None:
    text = _seed("002")
    refs = find_document_refs(text)
    _check_spans(text, refs)
    keys = [r.canonical for r in refs]
    assert keys[:4] == ["Nghị quyết 15-NQ/TW", "Luật Thủ đô", "Luật Thủ đô", "Chỉ thị 24-CT/TU"]
    assert refs[0].text == "Nghị quyết số 15-NQ/TW ngày 05/5/2022"
    assert refs[0].issued == "2022-05-05"
    assert refs[3].issued == "2023-08-07"
    assert set(keys[4:]) == {
        "Bộ luật Tố tụng dân sự",
        "Luật Tố tụng hành chính",
        "Luật Tư pháp người chưa thành niên",
        "Luật Phá sản",
        "Luật Hòa giải, đối thoại tại Tòa án",
        "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân",
    }
    # "Luật sửa đổi, bổ sung..." names no document of its own
    assert not any(r.text.startswith("Luật sửa đổi") for r in refs)


def test_seed_003_conclusion_01_including_non_breaking_space() -> None:
    text = _seed("003")
    refs = find_document_refs(text)
    _check_spans(text, refs)
    assert [r.canonical for r in refs] == [
        "Kết luận 01-KL/TW",
        "Chỉ thị 05-CT/TW",
        "Kết luận 01-KL/TW",  # written "Kết luận số\xa001-KL/TW"
        "Kết luận 01-KL/TW",
    ]
    assert refs[0].text == "Kết luận số 01-KL/TW, ngày 18/5/2021"
    assert refs[2].text == "Kết luận số\xa001-KL/TW"


def test_seed_004_bare_directive_05_resolves_through_its_issuer() -> None:
    text = _seed("004")
    refs = find_document_refs(text)
    _check_spans(text, refs)
    keys = [r.canonical for r in refs]
    assert keys.count("Chỉ thị 05-CT/TW") == 12  # every "Chỉ thị 05" and "Chỉ thị số 05"
    assert "Chỉ thị 03-CT/TW" in keys  # "Chỉ thị 03 của Bộ Chính trị (khóa XI)"
    assert "Nghị quyết 39-NQ/TW" in keys  # "Nghị quyết 39 của Bộ Chính trị"
    assert "Nghị quyết Trung ương 4 khóa XII" in keys
    assert all(r.complete for r in refs)
    # the bare "Nghị quyết" and "Chỉ thị" (no number) are words, not citations
    assert all(any(ch.isdigit() for ch in r.text) for r in refs)


def test_seed_keys_link_the_articles_citing_directive_05() -> None:
    citing = [
        p
        for p in ("000", "001", "002", "003", "004")
        if "Chỉ thị 05-CT/TW" in reference_keys(_seed(p))
    ]
    assert citing == ["000", "003", "004"]


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Chỉ thị số 05-CT/TW", "Chỉ thị 05-CT/TW"),
        ("Chỉ thị 5-CT/TW", "Chỉ thị 05-CT/TW"),
        ("chỉ thị số 05 - CT/TW", "Chỉ thị 05-CT/TW"),
        ("Kết luận số 01-KL/TW", "Kết luận 01-KL/TW"),
        ("Nghị định 30/2020/NĐ-CP", "Nghị định 30/2020/NĐ-CP"),
        ("Nghị định số 30/2020/ND-CP", "Nghị định 30/2020/NĐ-CP"),
        ("Nghị định 167/2013/ NĐ-CP", "Nghị định 167/2013/NĐ-CP"),
        ("Nghị định số 121/2003/NĐCP", "Nghị định 121/2003/NĐ-CP"),
        ("Quyết định 72/2002/QĐ-TTg", "Quyết định 72/2002/QĐ-TTg"),
        ("Quyết định số 1722/QĐ-TTg", "Quyết định 1722/QĐ-TTg"),
        ("Thông tư liên tịch số 01/2015/TTLT-BNV-BTC", "Thông tư liên tịch 01/2015/TTLT-BNV-BTC"),
        ("Luật số 29/2013/QH13", "Luật 29/2013/QH13"),
        ("Hiến pháp năm 2013", "Hiến pháp 2013"),
        ("Luật Đất đai năm 2013", "Luật Đất đai 2013"),
        ("Bộ Luật hình sự", "Bộ luật Hình sự"),
        ("Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết Trung ương 4 khóa XII"),
        ("Nghị quyết Trung ương 4 (khoá XII)", "Nghị quyết Trung ương 4 khóa XII"),
    ],
)
def test_one_key_however_it_is_written(written: str, canonical: str) -> None:
    (ref,) = find_document_refs(f"Thực hiện {written} về công tác cán bộ.")
    assert ref.text == written
    assert ref.canonical == canonical
    assert ref.complete


def test_a_number_alone_takes_its_kind_from_the_code() -> None:
    text = "Theo Chỉ thị (05-CT/TW) và văn bản 1722/QĐ-TTg ngày 2/9/2016."
    assert [(r.text, r.canonical) for r in find_document_refs(text)] == [
        ("05-CT/TW", "Chỉ thị 05-CT/TW"),
        ("văn bản 1722/QĐ-TTg ngày 2/9/2016", "Quyết định 1722/QĐ-TTg"),
    ]


def test_a_dispatch_cited_by_its_number() -> None:
    # corpus 22452630, 21492068, and a phrase "văn bản" begins without a number
    text = (
        "Bộ Văn hóa - Thể thao & Du lịch ban hành văn bản số 2383/BVHTTDL-TCDL về việc phát "
        "ngôn của ông Huỳnh Tấn Vinh. Chủ tịch UBND tỉnh Phú Thọ vừa ký ban hành Văn bản số 339 "
        "về việc thực hiện một số nhiệm vụ sau kỳ nghỉ Tết Nguyên đán Đinh Dậu năm 2017. Sửa "
        "đổi các quy định trong hệ thống văn bản quy phạm pháp luật về thanh tra."
    )
    assert [(r.text, r.canonical, r.complete) for r in find_document_refs(text)] == [
        ("văn bản số 2383/BVHTTDL-TCDL", "Văn bản 2383/BVHTTDL-TCDL", True),
        ("Văn bản số 339", "Văn bản 339", False),
    ]


def test_a_list_of_numbers_after_one_kind() -> None:
    text = "Nghị định số 30/2020/NĐ-CP và 31/2021/NĐ-CP"
    assert [r.canonical for r in find_document_refs(text)] == [
        "Nghị định 30/2020/NĐ-CP",
        "Nghị định 31/2021/NĐ-CP",
    ]


def test_bare_number_stays_incomplete_without_context() -> None:
    (ref,) = find_document_refs("Sau 1 năm thực hiện Chỉ thị 05, kết quả tốt.")
    assert (ref.text, ref.canonical, ref.number, ref.complete) == (
        "Chỉ thị 05",
        "Chỉ thị 05",
        "05",
        False,
    )


def test_bare_number_takes_the_key_of_the_one_complete_citation_in_the_text() -> None:
    text = "Chỉ thị 05 được quán triệt. Chỉ thị số 05-CT/TW của Bộ Chính trị."
    assert [r.canonical for r in find_document_refs(text)] == ["Chỉ thị 05-CT/TW"] * 2


def test_bare_number_stays_incomplete_when_two_documents_could_be_meant() -> None:
    text = "Chỉ thị 05 ... Chỉ thị số 05-CT/TW ... Chỉ thị 05/CT-TTg"
    refs = find_document_refs(text)
    assert [r.complete for r in refs] == [False, True, True]


def test_number_with_year_and_issue_date() -> None:
    assert _refs("Nghị định 71 năm 2010 và Nghị định 06/2017 về") == [
        ("Nghị định 71 năm 2010", "Nghị định 71/2010"),
        ("Nghị định 06/2017", "Nghị định 06/2017"),
    ]
    (ref,) = find_document_refs("Thông tư 6 ngày 15.2.2012 của Bộ")
    assert (ref.canonical, ref.issued) == ("Thông tư 06", "2012-02-15")
    (ref,) = find_document_refs("Quyết định số 90 ngày 18 tháng 5 năm 2021")
    assert ref.issued == "2021-05-18"


@pytest.mark.parametrize(
    "text",
    [
        "ngày 05/5/2022, tỷ lệ 3/4 và 1/2 dân số, 09-08-2021 06:38",
        "Quyết định 15/5/2022",  # a date after a kind word is still a date
        "Chỉ thị 05/5/2022",
        "Nghị quyết 3,5 điểm",
        "Quyết định 2 năm qua, Nghị quyết 30% dân số",
        "Quyết định 5 ngày trước",
        "quyết định 2 lần",  # the common noun, lower-case, without "số"
        "Luật sư Nguyễn Văn A",  # a lawyer, not the Law on Lawyers
        "luật đất đai trong câu thường",
        "mức độ 3,4 và 2.500 hồ sơ",
        "tỷ lệ 12/100",
        "Nghị quyết đi vào cuộc sống; Chỉ thị thì sẽ có tác dụng",
    ],
)
def test_never_a_date_a_fraction_or_a_plain_word(text: str) -> None:
    assert find_document_refs(text) == []


def test_same_document_relates_loose_and_complete_keys() -> None:
    assert same_document("Chỉ thị 05-CT/TW", "Chỉ thị 05")
    assert same_document("Nghị định 06/2017", "Nghị định 06/2017/NĐ-CP")
    assert same_document("Luật Đất đai", "Luật Đất đai 2013")
    assert same_document("Nghị quyết Trung ương 4", "Nghị quyết Trung ương 4 khóa XII")
    assert not same_document("Chỉ thị 05", "Chỉ thị 050-CT/TW")
    assert not same_document("Luật Đầu tư", "Luật Đầu tư công")
    assert not same_document("Chỉ thị 05-CT/TW", "Chỉ thị 05-CT/TU")


def test_offsets_are_code_points_of_the_text() -> None:
    text = "😀 Ảnh: Chỉ thị số 05-CT/TW"
    (ref,) = find_document_refs(text)
    assert text[ref.start : ref.end] == "Chỉ thị số 05-CT/TW"


@pytest.mark.corpus
def test_real_news_references_are_numbers_or_named_laws_never_dates() -> None:
    from tests.conftest import corpus_sample

    date = re.compile(r"^\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?$")
    found = 0
    for _name, raw in corpus_sample(300):
        text = nfc(raw)
        for ref in find_document_refs(text):
            found += 1
            assert text[ref.start : ref.end] == ref.text
            assert ref.kind in ("Luật", "Bộ luật", "Hiến pháp") or any(
                ch.isdigit() for ch in ref.number
            ), ref
            assert not date.match(ref.number), ref
            assert ref.canonical.startswith(ref.kind), ref
    assert found >= 20  # news cites documents often enough for this sample to mean something
