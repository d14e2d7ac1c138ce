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
