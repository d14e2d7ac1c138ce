"""The header of a Vietnamese official document, however its two columns were linearised."""

from __future__ import annotations

from pathlib import Path

from desktop.ingest.line_rules import person_name
from desktop.ingest.official_document import normalize_number, parse_official_header

OFFICIAL = Path(__file__).resolve().parents[2] / "data" / "ingest-web" / "official"

CELLS = """BỘ NỘI VỤ
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 15/2023/TT-BNV

Hà Nội, ngày 12 tháng 6 năm 2023

THÔNG TƯ
QUY ĐỊNH VỀ CÔNG TÁC VĂN THƯ
Căn cứ Nghị định số 30/2020/NĐ-CP;
Bộ trưởng Bộ Nội vụ ban hành Thông tư quy định về công tác văn thư.
Chương I
QUY ĐỊNH CHUNG
"""
# The same header as PDF extraction gives it: both columns on each line.
ONE_LINE = """BỘ NỘI VỤ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
-------   Độc lập - Tự do - Hạnh phúc
Số: 15/2023/TT-BNV   Hà Nội, ngày 12 tháng 6
năm 2023
THÔNG TƯ
QUY ĐỊNH VỀ CÔNG TÁC VĂN THƯ
Căn cứ Nghị định số 30/2020/NĐ-CP;
Bộ trưởng Bộ Nội vụ ban hành Thông tư quy định về công tác văn thư.
"""
PARTY = """ĐẢNG BỘ TỈNH NGHỆ AN
HUYỆN ỦY NAM ĐÀN
*
Số 05-CT/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Nam Đàn, ngày 3 tháng 2 năm 2021
CHỈ THỊ
về tăng cường công tác tuyên truyền
"""


def test_the_same_header_in_two_linearisations() -> None:
    for text in (CELLS, ONE_LINE):
        header = parse_official_header(text)
        assert header is not None
        assert (header.kind, header.number, header.issuer, header.place, header.date) == (
            "Thông tư",
            "15/2023/TT-BNV",
            "Bộ Nội vụ",
            "Hà Nội",
            "2023-06-12",
        )
        assert header.title == "Thông tư 15/2023/TT-BNV quy định về công tác văn thư"


def test_a_party_document() -> None:
    header = parse_official_header(PARTY)
    assert header is not None
    assert (header.number, header.date, header.kind) == ("05-CT/HU", "2021-02-03", "Chỉ thị")
    assert header.issuer == "Huyện ủy Nam Đàn"
    assert header.title == "Chỉ thị 05-CT/HU về tăng cường công tác tuyên truyền"


def test_a_news_article_is_no_official_document() -> None:
    text = (
        "Hà Nội khởi công nhà ga mới\n\nChiều 24/12, Thủ tướng dự lễ khởi công. Theo Quyết định số 1768/QĐ-TTg "
        "ngày 12 tháng 6 năm 2019, dự án gồm ba hạng mục.\n"
    )
    assert parse_official_header(text) is None


def test_numbers_are_written_one_way() -> None:
    assert normalize_number("30/ 2020/nđ - cp") == "30/2020/NĐ-CP"
    assert normalize_number("1768/QD-TTG") == "1768/QĐ-TTg"
    assert normalize_number("05-ct/tw") == "05-CT/TW"


def test_structure_headings_are_never_a_byline() -> None:
    for line in ("Chương I", "Phần II", "Mục 1", "Điều 3", "CHƯƠNG IV"):
        assert person_name(line) is None
    assert person_name("Trọng Toàn") == "Trọng Toàn"


def test_number_filter_finds_official_documents(empty_services: object) -> None:
    services = empty_services
    report = services.library.import_paths(  # type: ignore[attr-defined]
        [OFFICIAL / "nd-30-2020-tracuuphapluat.txt", OFFICIAL / "luat-an-ninh-mang-2018.txt", OFFICIAL / "ct-06-2006-tw-hatinh-dcs.txt"]
    )
    assert len(report.added) == 3
    titles = {m.doc_number: m.title for m in services.library.list_articles()}  # type: ignore[attr-defined]
    assert titles["30/2020/NĐ-CP"] == "Nghị định 30/2020/NĐ-CP về công tác văn thư"

    def found(query: str) -> set[str]:
        results = services.search.search(query)  # type: ignore[attr-defined]
        return {hit.title for hit in results.articles}

    assert found("số:30/2020/nđ-cp") == {"Nghị định 30/2020/NĐ-CP về công tác văn thư"}
    assert found("so:CT/TW") == {"Chỉ thị 06-CT/TW"}
    assert found("số:QH14") == {"Luật An ninh mạng số 24/2018/QH14"}
    assert found("số:QH14 -số:2018") == set()
    assert found("số:99/2099/NĐ-CP") == set()


# --- real documents of tests/data/ingest-real, as the readers give their text ------------------
REAL = Path(__file__).resolve().parents[2] / "data" / "ingest-real"


def header_of(name: str) -> tuple[str, str, str, str | None] | None:
    from desktop.ingest.file_reading import read_document

    header = parse_official_header(read_document(REAL / name).raw_text)
    return None if header is None else (header.title, header.number, header.issuer, header.date)


def test_number_cited_after_the_type_line_is_not_the_documents() -> None:
    """A consolidated law in the Công báo prints no number of its own; its preamble cites the law
    and the law that amended it ("Luật số 63/2020/QH14 …")."""
    assert header_of("cong-bao-vbhn-23-2020-luat-ban-hanh-vbqppl.pdf") == (
        "Luật Ban hành văn bản quy phạm pháp luật", "", "Văn phòng Quốc hội", None
    )


def test_a_citation_is_never_the_number_and_a_form_is_no_official_document() -> None:
    """A MOLISA form with the national motto cites "Nghị định số 59/2003/NĐ-CP" in its text."""
    assert header_of("tcvn3-mau-1-bk-1995.doc") is None


def test_preamble_dates_are_not_the_documents_and_a_law_is_dated_when_passed() -> None:
    """The Constitution's preamble names "ngày 02 tháng 9 năm 1945"; it was passed on 28/11/2013."""
    assert header_of("cong-bao-hien-phap-2013.pdf") == ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "", "Quốc hội", "2013-11-28")


def test_gazette_heading_gives_type_issuer_number_date_and_summary() -> None:
    """"QUYẾT ĐỊNH / CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 115/2004/QĐ-TTG NGÀY 25 THÁNG 6 NĂM 2004 VỀ VIỆC …"."""
    title, number, issuer, date = header_of("tcvn3-qd-115-2004-ttg.pdf")  # type: ignore[misc]
    assert (number, issuer, date) == ("115/2004/QĐ-TTg", "Thủ tướng Chính phủ", "2004-06-25")
    assert title.startswith("Quyết định 115/2004/QĐ-TTg về việc sửa đổi, bổ sung Quy chế thành lập")
    joint = header_of("tcvn3-btc-a33.rtf")
    assert joint is not None and joint[0].startswith("Thông tư liên tịch 176/1998/TTLT-BTC-BCN-TCHQ hướng dẫn thực hiện")
    assert joint[2:] == ("Bộ Tài chính - Công nghiệp - Tổng cục Hải quan", "1998-12-25")
    # "SỐ 1141-TC/QĐ/CĐKTNGÀY 01 THÁNG 11 NĂM 1995": the number runs into "NGÀY".
    assert header_of("tcvn3-qd-1141-1995-btc.docx") == (
        "Quyết định 1141-TC/QĐ/CĐKT về việc ban hành Chế độ Kế toán doanh nghiệp", "1141-TC/QĐ/CĐKT", "Bộ trưởng Bộ Tài chính", "1995-11-01"
    )


def test_an_le_and_a_constitution_without_a_header() -> None:
    assert header_of("an-le-56-2022.pdf") == (
        "Án lệ 56/2022/AL về việc giải quyết tranh chấp di dời mồ mả", "56/2022/AL", "Hội đồng Thẩm phán Tòa án nhân dân tối cao", "2022-09-07"
    )
    title, number, issuer, date = header_of("hien-phap-1992.doc")  # type: ignore[misc]
    assert title.endswith("năm 1992") and (number, issuer, date) == ("", "Quốc hội", "1992-04-15")


def test_headers_typed_in_2003() -> None:
    """Tabs between the columns and a typist's code under the rule ("TV."); "Số:  144 /2002/QĐ/BTC"
    with a slash in the symbol; "ngày 14 tháng5 năm 2008"; a header in lower case ("chính phủ")
    over "NGHỊ ĐỊNH CỦA CHÍNH PHỦ" / "Quy định chi tiết thi hành …"."""
    assert header_of("qd-172-2004-ubnd-tphcm.rtf")[1:] == ("172/2004/QĐ-UB", "Ủy ban nhân dân thành phố Hồ Chí Minh", "2004-07-15")  # type: ignore[index]
    assert header_of("tcvn3-qd-144-2002-btc.doc")[1:] == ("144/2002/QĐ/BTC", "Bộ Tài chính", "2002-11-22")  # type: ignore[index]
    assert header_of("vni-qd-991-ubnd.doc")[1:] == ("991/QĐ-UBND", "Ủy ban nhân dân tỉnh Bình Phước", "2008-05-14")  # type: ignore[index]
    assert header_of("nd-24-2003-cp-viscii.txt") == (
        "Nghị định 24/2003/NĐ-CP quy định chi tiết thi hành Pháp lệnh Quảng cáo", "24/2003/NĐ-CP", "Chính phủ", "2003-03-13"
    )


def test_party_headers_summary_in_capitals_and_an_unnumbered_draft() -> None:
    assert header_of("quy-dinh-294-qd-tw-2025.pdf") == ("Quy định 294-QĐ/TW thi hành Điều lệ Đảng", "294-QĐ/TW", "Ban Chấp hành Trung ương", "2025-05-26")
    assert header_of("huong-dan-btctu-ha-noi-2025.pdf") == (
        "Hướng dẫn nghiệp vụ công tác tổ chức đảng và đảng viên", "", "Ban Tổ chức Thành ủy Hà Nội", None
    )
