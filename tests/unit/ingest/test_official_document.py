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
    # "LIÊN TỊCH CỦA BỘ TÀI CHÍNH - CÔNG NGHIỆP - TỔNG CỤC HẢI QUAN": two ministries and a department.
    assert joint[2:] == ("Bộ Tài chính - Bộ Công nghiệp - Tổng cục Hải quan", "1998-12-25")
    # "SỐ 1141-TC/QĐ/CĐKTNGÀY 01 THÁNG 11 NĂM 1995": the number runs into "NGÀY"; "CỦA BỘ TRƯỞNG BỘ
    # TÀI CHÍNH": the Minister signs for the Ministry, which is the issuer.
    assert header_of("tcvn3-qd-1141-1995-btc.docx") == (
        "Quyết định 1141-TC/QĐ/CĐKT về việc ban hành Chế độ Kế toán doanh nghiệp", "1141-TC/QĐ/CĐKT", "Bộ Tài chính", "1995-11-01"
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
    # A city named after a person keeps "Thành phố" in capitals (Nghị định 30/2020, Phụ lục II).
    assert header_of("qd-172-2004-ubnd-tphcm.rtf")[1:] == ("172/2004/QĐ-UB", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "2004-07-15")  # type: ignore[index]
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


# nd-62-2002-cp.odt (LibreOffice text of a real .rtf): the symbol and the type line were lost
# before publishing; the decree still calls itself "Nghị định này" in its closing article.
ND_62_2002 = """chính phủ
---------
cộng hoà xã hội chủ nghĩa việt nam
Độc lập - Tự do - Hạnh phúc
Số : 62/2002/
----------------------------------------------------------------------------
P.300
Hà Nội, ngày 14 tháng  6 năm 2002

Sửa đổi, bổ sung một số điều của Nghị định số 67/1999/NĐ-CP
ngày 07 tháng 8 năm 1999 quy định chi tiết
và hướng dẫn thi hành Luật Khiếu nại, tố cáo
--------

Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;

Điều 1. Nay sửa đổi, bổ sung các điều : Điều 5, Điều 12 của Nghị định số 67/1999/NĐ-CP như sau :
“Điều 5. Cơ quan Nhà nước khi nhận được đơn khiếu nại thì xử lý như sau :
Điều 3. Nghị định này có hiệu lực sau 15 ngày, kể từ ngày ký. Các quy định trước đây trái Nghị định này đều bãi bỏ ./.

TM. CHÍNH PHỦ
"""
# vni-quy-dinh-kiem-tra-ca-mau.doc: a regulation dated by the decision it is issued with.
QUY_DINH_CA_MAU = """UỶ BAN NHÂN DÂN 	    	  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH CÀ MAU			 	         Độc lập – Tự do – Hạnh phúc

QUY ĐỊNH
VỀ CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC
CỦA ĐỘI KIỂM TRA LIÊN NGÀNH 814
( Ban hành kèm theo Quyết định số …05…./2006/ QĐ-UBND,
ngày …25..tháng 01 năm 2006 của UBND tỉnh Cà Mau )

Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1 . Phạm vi điều chỉnh.
Quy chế này quy định chức năng, nhiệm vụ, quyền hạn và tổ chức hoạt động của Đội Kiểm tra liên ngành về văn hóa thông tin trên địa bàn tỉnh Cà Mau.
"""


def test_a_decree_that_lost_its_symbol_and_type_line() -> None:
    header = parse_official_header(ND_62_2002)
    assert header is not None
    assert (header.kind, header.number, header.issuer, header.date) == ("Nghị định", "62/2002/NĐ-CP", "Chính phủ", "2002-06-14")
    assert header.title.startswith("Nghị định 62/2002/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 67/1999/NĐ-CP")
    # Without a type fixing the symbol, a cut number stays unwritten.
    assert parse_official_header(ND_62_2002.replace("Nghị định này", "Văn bản này")).number == ""  # type: ignore[union-attr]


def test_a_regulation_issued_with_a_decision_takes_its_date() -> None:
    header = parse_official_header(QUY_DINH_CA_MAU)
    assert header is not None
    assert header.title == "Quy định về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Đội Kiểm tra liên ngành 814"
    assert (header.number, header.issuer, header.date) == ("", "Ủy ban nhân dân tỉnh Cà Mau", "2006-01-25")


def test_the_prime_minister_issues_in_his_own_name_under_a_government_header() -> None:
    """qd-181-2003-ttg.rtf: "chính phủ" in the header, "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ" under it."""
    assert header_of("qd-181-2003-ttg.rtf")[2] == "Thủ tướng Chính phủ"  # type: ignore[index]


def test_the_secretariat_issues_under_the_central_committees_header() -> None:
    """huong-dan-06-hd-tw-2025.pdf: "BAN CHẤP HÀNH TRUNG ƯƠNG" above, "Ban Bí thư hướng dẫn …" below."""
    assert header_of("huong-dan-06-hd-tw-2025.pdf")[2] == "Ban Bí thư"  # type: ignore[index]
    assert header_of("quy-dinh-294-qd-tw-2025.pdf")[2] == "Ban Chấp hành Trung ương"  # type: ignore[index]


def test_a_typists_gap_inside_the_number_and_a_regulation_called_ban_quy_dinh() -> None:
    """TrizenX/viparse-corpus (ec9c7fdd) corpus/public-domain/tcvn3/2003-A28.rtf prints "Số:      40   /2000/TT/BTC";
    2005-QDINHUUDAI522.doc titles its regulation "BẢN QUY ĐỊNH" above "(Ban hành kèm theo Quyết định …)"."""
    gap = parse_official_header(
        "BỘ TÀI CHÍNH                                     CỘNG HOÀ XÃ HỘI CHỦ NGHIÃ VIỆT NAM\n"
        "-*-                                                            Độc lập - Tự do - Hạnh phúc\n"
        "Số:      40   /2000/TT/BTC                                        --------------------------------\n"
        "Hà nội, ngày  15  tháng  5  năm 2000\nTHÔNG TƯ\nHướng dẫn thi hành Quyết định số 176/1999/QĐ-TTg\n"
        "ngày 26/8/1999 của Thủ tướng Chính phủ\nvề việc miễn thuế nhập khẩu đối với nguyên vật liệu\n***\n"
        "Căn cứ Nghị định số 10/1998/NĐ-CP ngày 23/1/1998 của Chính phủ;\n"
    )
    assert gap is not None and gap.number == "40/2000/TT/BTC"
    regulation = parse_official_header(
        "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH AN GIANG\n--------------------\n"
        "Độc lập - Tự do - Hạnh phúc\n_______________________\nLong Xuyên, ngày  07 tháng 3 năm  2002\nBẢN QUY ĐỊNH\n"
        "Chính sách khuyến khích và ưu đãi đầu tư đối với một số\nlĩnh vực, ngành, nghề trên địa bàn tỉnh An Giang\n"
        "(Ban hành kèm theo Quyết định số: 522/2002/QĐ.UB\nngày 07/ 3/2002 của UBND tỉnh An Giang)\n---------------------\n"
        "Chương I\nNHỮNG QUY ĐỊNH CHUNG\n"
    )
    assert regulation is not None
    assert regulation.title == (
        "Quy định chính sách khuyến khích và ưu đãi đầu tư đối với một số lĩnh vực, ngành, nghề trên địa bàn tỉnh An Giang"
    )
