"""Documents that open with their type: a gazette's heading, a constitution."""

from __future__ import annotations

from desktop.ingest.official_heading import enclosed_by, parse_heading_first

GAZETTE = """NGHỊ ĐỊNH
CỦA CHÍNH PHỦ SỐ 29/1998/NĐ-CP NGÀY 11 THÁNG 5 NĂM 1998 VỀ VIỆC BAN HÀNH QUY CHẾ THỰC HIỆN DÂN CHỦ Ở XÃ
CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;
Điều 1. Ban hành kèm theo Nghị định này bản Quy chế thực hiện dân chủ ở xã.
"""


def test_gazette_heading_of_a_1998_decree() -> None:
    """As the Ministry of Agriculture published Nghị định 29/1998/NĐ-CP (typed in .VnTimeH)."""
    header = parse_heading_first(GAZETTE)
    assert header is not None
    assert (header.kind, header.number, header.issuer, header.date) == ("Nghị định", "29/1998/NĐ-CP", "Chính phủ", "1998-05-11")
    assert header.title == "Nghị định 29/1998/NĐ-CP về việc ban hành Quy chế thực hiện dân chủ ở xã"


def test_a_type_line_and_its_summary_before_the_preamble_make_a_title_without_a_number() -> None:
    """A copy that lost its header keeps the type and the summary; the title is both, never the
    type word alone ("THÔNG TƯ LIÊN TỊCH" was the whole title of such a file)."""
    header = parse_heading_first("QUYẾT ĐỊNH\nVề việc khen thưởng\nCăn cứ Luật Thi đua, khen thưởng;")
    assert header is not None
    assert (header.kind, header.number, header.date, header.title) == ("Quyết định", "", None, "Quyết định về việc khen thưởng")


def test_a_type_line_alone_is_not_enough() -> None:
    assert parse_heading_first("Báo cáo tình hình quý II\nNăm nay sản xuất tăng.") is None
    # No preamble follows: a heading in capitals, not a document's type line.
    assert parse_heading_first("THÔNG BÁO\nKết quả tuyển sinh năm 2024 của trường\nDanh sách thí sinh trúng tuyển") is None


# ttlt-10-utf16.txt (LibreOffice text of a real .rtf of Bình Chánh district): the header is lost,
# "THÔNG TƯ  LIÊN TỊCH" with a double space opens the file; the four ministries name themselves
# in the enacting sentence.
TTLT_10 = """THÔNG TƯ  LIÊN TỊCH
Hướng dẫn việc người Việt Nam định cư ở nước ngoài, người nước ngoài thường trú tại Việt Nam đầu tư  theo Nghị định số  51/1999/NĐ-CP  ngày 8  tháng 7 năm 1999 của Chính phủ quy định chi tiết thi hành Luật khuyến khích đầu tư trong nước (sửa đổi) số 03/1998/QH10
Căn cứ Luật Khuyến khích đầu tư trong nước (sửa đổi) số 03/1998/QH10 ngày 20 tháng 5 năm 1998;
Liên Bộ Kế hoạch và Đầu tư - Tư pháp - Ngoại giao - Công an hướng dẫn việc người Việt Nam định cư ở nước ngoài, người nước ngoài thường trú ở Việt Nam đầu tư theo Nghị định số 51 như sau:
I. NHỮNG QUY ĐỊNH CHUNG
"""
# tcvn3-qd-an-giang-2005.doc: an annex printed alone.
ANNEX = """PHỤ LỤC
Ban hành kèm theo Quyết định số 1445/2002/QĐ-UB ngày 12 tháng 6 năm 2002 của UBND tỉnh An Giang về việc sửa đổi, bổ sung địa bàn ưu đãi và Danh             mục 1 - phụ lục (Danh mục lĩnh vực, ngành, nghề) ban hành kèm theo Quyết định số 522/2002/QĐ-UB ngày 07/3/2002 của UBND tỉnh An Giang.
________________
DANH MỤC 1
Ngành, nghề thuộc các lĩnh vực được hưởng ưu đãi đầu tư
"""
# tcvn3-qd-1141-1995-btc.docx: the gazette names the Minister, who signs for the Ministry.
GAZETTE_MINISTER = """QUYẾT ĐỊNH
CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH SỐ 1141-TC/QĐ/CĐKT
NGÀY 01 THÁNG 11 NĂM 1995 VỀ VIỆC BAN HÀNH
CHẾ ĐỘ KẾ TOÁN DOANH NGHIỆP
BỘ TRƯỞNG BỘ TÀI CHÍNH
- Căn cứ Nghị định số 15/CP ngày 2-3-1993 của Chính phủ về nhiệm vụ, quyền hạn và trách nhiệm quản lý Nhà nước của Bộ, cơ quan ngang Bộ.
Điều 1. Nay ban hành hệ thống Chế độ Kế toán doanh nghiệp áp dụng cho tất cả các doanh nghiệp.
"""
# hien-phap-1992.doc: the Word file types the state's name with two words swapped and a mark misplaced.
CONSTITUTION_1992 = """HIẾN PHÁP
NƯỚC CỘNG HOÀ CHỦ NGHIÃ XÃ HỘI VIỆT NAM NĂM 1992
LỜI NÓI ĐẦU
Trải qua mấy nghìn năm lịch sử, nhân dân Việt Nam lao động cần cù.
Bản Hiến pháp này đã được Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam khoá VIII, kỳ họp thứ 11 nhất trí thông qua ngày 15 tháng 4 năm 1992.
"""


def test_a_joint_circular_that_lost_its_header() -> None:
    header = parse_heading_first(TTLT_10)
    assert header is not None
    assert header.title == (
        "Thông tư liên tịch hướng dẫn việc người Việt Nam định cư ở nước ngoài, người nước ngoài thường trú tại Việt Nam "
        "đầu tư theo Nghị định số 51/1999/NĐ-CP ngày 8 tháng 7 năm 1999 của Chính phủ quy định chi tiết thi hành Luật "
        "khuyến khích đầu tư trong nước (sửa đổi) số 03/1998/QH10"
    )
    assert (header.number, header.date) == ("", None)
    assert header.issuer == "Bộ Kế hoạch và Đầu tư - Bộ Tư pháp - Bộ Ngoại giao - Bộ Công an"


def test_an_annex_printed_alone_is_named_after_its_decision() -> None:
    header = parse_heading_first(ANNEX)
    assert header is not None
    assert header.title == "Phụ lục ban hành kèm theo Quyết định số 1445/2002/QĐ-UB ngày 12 tháng 6 năm 2002 của Ủy ban nhân dân tỉnh An Giang"
    assert (header.number, header.issuer, header.date) == ("", "Ủy ban nhân dân tỉnh An Giang", "2002-06-12")


def test_a_minister_signs_for_the_ministry() -> None:
    header = parse_heading_first(GAZETTE_MINISTER)
    assert header is not None
    assert (header.number, header.issuer, header.date) == ("1141-TC/QĐ/CĐKT", "Bộ Tài chính", "1995-11-01")


def test_a_constitution_is_titled_with_the_states_own_name() -> None:
    header = parse_heading_first(CONSTITUTION_1992)
    assert header is not None
    assert header.title == "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992"
    assert (header.issuer, header.date) == ("Quốc hội", "1992-04-15")


def test_the_decision_a_regulation_is_issued_with() -> None:
    """vni-quy-dinh-kiem-tra-ca-mau.doc fills the form's blanks with dots: "số …05…./2006/ QĐ-UBND"."""
    enclosing = enclosed_by("( Ban hành kèm theo Quyết định số …05…./2006/ QĐ-UBND,\nngày …25..tháng 01 năm 2006 của UBND tỉnh Cà Mau )")
    assert enclosing is not None
    assert (enclosing.date, enclosing.issuer) == ("2006-01-25", "Ủy ban nhân dân tỉnh Cà Mau")
    # A report carrying out a decision is not issued with it.
    assert enclosed_by("Thực hiện theo Quyết định số 12/QĐ-UBND ngày 3 tháng 4 năm 2020 của UBND tỉnh") is None


# Three more headings of TrizenX/viparse-corpus (commit ec9c7fdd), beyond tests/data/ingest-real:
# corpus/public-domain/tcvn3/2003-A37.rtf names its issuers without "CỦA"; 2004-NghiDinh114_2003.doc
# types the gazette's heading as a sentence under "Chính phủ", dated "10/10/2003"; 2003-A-15.rtf
# prints "SỐ  94 /1998/NĐ-CP" with a gap, and its summary cites the law's own number and date.
JOINT_WITHOUT_OF = """THÔNG TƯ
LIÊN TỊCH BỘ TÀI CHÍNH - CÔNG NGHIỆP - TỔNG CỤC HẢI QUAN
SỐ 120/2000/TTLT-BTC-BCN-TCHQ NGÀY 25 THÁNG 12 NĂM 2000
VỀ VIỆC BỔ SUNG, SỬA ĐỔI CHÍNH SÁCH THUẾ THEO TỶ LỆ NỘI ĐỊA HOÁ ĐỐI VỚI CÁC SẢN PHẨM, PHỤ TÙNG THUỘC NGÀNH CƠ KHÍ - ĐIỆN - ĐIỆN TỬ
Căn cứ ý kiến của Thủ tướng Chính phủ tại các Công văn số 4830/KTTH ngày 24/09/1997;
"""
GAZETTE_AS_A_SENTENCE = """Chính phủ
Nghị định của Chính phủ số 114/2003/NĐ-CP
ngày 10/10/2003 về cán bộ, công chức xã, phường, thị trấn.
Chính phủ
Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;
"""
GAZETTE_WITH_A_GAP = """NGHỊ ĐỊNH
CỦA CHÍNH PHỦ SỐ  94 /1998/NĐ-CP NGÀY 17 THÁNG 11 NĂM 1998
QUY ĐỊNH CHI TIẾT THI HÀNH LUẬT SỬA ĐỔI, BỔ SUNG MỘT
SỐ ĐIỀU CỦA LUẬT THUẾ XUẤT KHẨU, THUẾ NHẬP KHẨU
SỐ 04/1998/QH10 NGÀY 20 THÁNG 5 NĂM 1998
CHÍNH PHỦ
Căn cứ Luật Thuế xuất khẩu, thuế nhập khẩu ngày 26 tháng 12 năm 1991; Luật Sửa đổi bổ sung một số điều của Luật Thuế xuất khẩu, thuế nhập khẩu số 04/1998/QH10;
"""


def test_gazette_headings_as_agencies_typed_them() -> None:
    joint = parse_heading_first(JOINT_WITHOUT_OF)
    assert joint is not None
    assert (joint.number, joint.issuer, joint.date) == ("120/2000/TTLT-BTC-BCN-TCHQ", "Bộ Tài chính - Bộ Công nghiệp - Tổng cục Hải quan", "2000-12-25")
    sentence = parse_heading_first(GAZETTE_AS_A_SENTENCE)
    assert sentence is not None
    assert sentence.title == "Nghị định 114/2003/NĐ-CP về cán bộ, công chức xã, phường, thị trấn"
    assert (sentence.issuer, sentence.date) == ("Chính phủ", "2003-10-10")
    gap = parse_heading_first(GAZETTE_WITH_A_GAP)
    assert gap is not None
    assert (gap.number, gap.date) == ("94/1998/NĐ-CP", "1998-11-17")
    assert gap.summary.endswith("thuế nhập khẩu số 04/1998/QH10 ngày 20 tháng 5 năm 1998")  # the symbol keeps its capitals


def test_a_summary_citing_a_decree_is_no_gazette_heading() -> None:
    """ttlt-10-utf16.txt: "… đầu tư theo Nghị định số 51/1999/NĐ-CP ngày 8 tháng 7 năm 1999 …" is the summary."""
    header = parse_heading_first(TTLT_10)
    assert header is not None and header.number == "" and header.date is None


# An án lệ as the Supreme People's Court publishes it in Word (anle.toaan.gov.vn .doc/.docx): its
# heading typed in sentence case on one line with its summary, dated by the Judges' Council.
AN_LE_WORD = """Án lệ số 07/2016/AL về công nhận hợp đồng mua bán nhà được xác lập trước ngày 01-7-1991.
Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua ngày 03 tháng 10 năm 2016 và được công bố theo Quyết định số 698/QĐ-CA ngày 17 tháng 10 năm 2016 của Chánh án Tòa án nhân dân tối cao.
Nguồn án lệ:
Quyết định giám đốc thẩm số 126/2013/DS-GĐT ngày 23-9-2013 của Hội đồng Thẩm phán Tòa án nhân dân tối cao.
"""


def test_an_an_le_typed_in_sentence_case_is_read_like_one_in_capitals() -> None:
    header = parse_heading_first(AN_LE_WORD)
    assert header is not None
    assert (header.kind, header.number, header.issuer, header.date) == (
        "Án lệ", "07/2016/AL", "Hội đồng Thẩm phán Tòa án nhân dân tối cao", "2016-10-03"
    )
    assert header.title == "Án lệ 07/2016/AL về công nhận hợp đồng mua bán nhà được xác lập trước ngày 01-7-1991"


def test_an_an_le_without_a_summary_is_titled_by_its_number() -> None:
    text = "Án lệ số 02/2016/AL\n" + AN_LE_WORD.split("\n", 1)[1]
    header = parse_heading_first(text)
    assert header is not None
    assert (header.title, header.number, header.date) == ("Án lệ 02/2016/AL", "02/2016/AL", "2016-10-03")


def test_a_sentence_citing_a_number_is_no_heading() -> None:
    """Only a line that is the type, "số" and a whole number and symbol opens a document so."""
    assert parse_heading_first("Nghị định số 30/2020/NĐ-CP quy định rõ việc này, nhưng nhiều nơi chưa làm.\nBáo cáo cho biết.") is None
    assert parse_heading_first("Án lệ số 7 được áp dụng rộng rãi\nTheo đó, …") is None
