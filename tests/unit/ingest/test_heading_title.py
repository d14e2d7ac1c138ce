"""Titles of texts without an official header: headings in capitals, bylines, credits (real texts
of tests/data/ingest-real)."""

from __future__ import annotations

from desktop.ingest.document_builder import build_document
from desktop.ingest.heading_title import source_case

# tcvn3-mau-1-bk-1995.doc: a form whose name runs over two lines in capitals.
FORM = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập   - Tự do -  Hạnh phúc
_________________________________________________________________

BẢN KHAI CỦA THÂN NHÂN
NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG
Đề nghị hưởng trợ cấp một lần theo Nghị định số 59/2003/NĐ-CP
ngày 04 tháng 6 năm 2003 của Chính phủ

1/ Phần khai về thân nhân (người đứng khai):
Họ và tên:..........................................................................................Năm sinh …….........................
Quan hệ với người có công với cách mạng: Vợ (chồng, cha, mẹ, con.…)...............……...
"""
# tcvn3-bao-cao-cong-nghiep-02-2007.pdf: a ministry department's report, credited at its foot.
REPORT = """BÁO CÁO VỀ TÌNH HÌNH SẢN XUẤT KINH DOANH NGÀNH CÔNG NGHIỆP THÁNG 02 VÀ 2 THÁNG ĐẦU NĂM 2007
1. Tình hình chung:
Tháng 02 năm 2007 giá trị sản xuất công nghiệp (GTSXCN) ước đạt 39.897 tỷ đồng giảm 19% so với tháng 01 năm 2007 và tăng 11,9% so cùng kỳ, trong đó khu vực doanh nghiệp nhà nước tăng 8,4%, khu vực ngoài quốc doanh tăng 15%.
Theo vùng lãnh thổ hai tháng đầu năm 2007 các tỉnh, thành phố đạt mức tăng trưởng GTSXCN so cùng kỳ cao hơn kế hoạch toàn ngành (16%) gồm: Tp. Hồ Chí Minh tăng 16,4%, Hà Nội tăng 16,3%.
Nguồn: VỤ KINH TẾ CÔNG NGHIỆP
"""
# tcvn3-lam-phat-sbv-2004.txt: a State Bank paper with its byline set flush right, no heading.
PAPER = (
    "                                                                           TS  - Nguyễn Đại Lai\n"
    "       Theo quan điểm của các nhà kinh tế học cổ điển và cận đại thì lạm phát dưới chủ nghĩa tư bản là sự tràn "
    "ngập trên các kênh  lưu thông một khối  lượng dấu hiệu giá trị (tiền  giấy) quá thừa dẫn đến làm mất giá từng phần.\n"
    "Theo quan điểm của các nhà kinh tế học hiện đại thì lạm phát là một căn bệnh kinh niên của mọi nền kinh tế hàng hoá - "
    "tiền tệ; Nó không có bản chất giai cấp mà chỉ có bản chất kinh tế.\n"
    "                                                                                                        NĐL\n"
)


def test_a_forms_name_in_capitals_over_two_lines() -> None:
    doc = build_document(FORM, origin="mau.doc", encoding="tcvn3", web=False)
    assert doc.title == "Bản khai của thân nhân người có công với cách mạng"
    lines = doc.clean_text.split("\n")
    assert "BẢN KHAI CỦA THÂN NHÂN" in lines and "NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG" in lines  # the document keeps its heading


def test_a_reports_heading_in_sentence_case_and_its_credit_as_a_body() -> None:
    doc = build_document(REPORT, origin="02-2007.pdf", encoding="tcvn3", web=False)
    assert doc.title == "Báo cáo về tình hình sản xuất kinh doanh ngành công nghiệp tháng 02 và 2 tháng đầu năm 2007"
    assert doc.clean_text.startswith("BÁO CÁO VỀ TÌNH HÌNH")
    assert doc.source == "Vụ Kinh tế công nghiệp"


def test_a_byline_is_the_author_not_the_title() -> None:
    doc = build_document(PAPER, origin="lam-phat.txt", encoding="tcvn3", fallback_title="lam-phat")
    assert (doc.title, doc.author) == ("lam-phat", "Nguyễn Đại Lai")  # no heading: the file's name, as for any such text
    assert doc.clean_text.lstrip().startswith("Theo quan điểm của các nhà kinh tế học cổ điển")


def test_a_news_headline_in_capitals_keeps_its_proper_nouns() -> None:
    """Corpus article 22302904: "TUỔI TRẺ HỌC VÀ LÀM THEO GƯƠNG BÁC"."""
    text = "TUỔI TRẺ HỌC VÀ LÀM THEO GƯƠNG BÁC\n" + (
        "Những năm qua, tuổi trẻ thành phố đã tích cực học tập và làm theo tấm gương đạo đức của Bác Hồ, "
        "gắn với phong trào thi đua của đoàn viên thanh niên ở từng cơ sở trên địa bàn.\n"
    )
    assert build_document(text, origin="x.txt", encoding="utf-8").title == "Tuổi trẻ học và làm theo gương Bác"


def test_only_bodies_credited_in_capitals_are_rewritten() -> None:
    assert source_case("VỤ KINH TẾ CÔNG NGHIỆP") == "Vụ Kinh tế công nghiệp"
    assert source_case("TTXVN") == "TTXVN" and source_case("BÁO NHÂN DÂN") == "BÁO NHÂN DÂN"


def test_a_heading_line_ending_on_a_conjunction_goes_on() -> None:
    """TrizenX/viparse-corpus (ec9c7fdd) corpus/public-domain/tcvn3/2004-HDTMDT.doc."""
    text = (
        "HƯỚNG DẪN VIẾT THUYẾT MINH ĐỀ TÀI\nNGHIÊN CỨU KHOA HỌC VÀ\nPHÁT TRIỂN CÔNG NGHỆ\n"
        "(Kèm theo Quyết định số 16/2003/QĐ-BKHCN ngày 18/7/2003\ncủa Bộ trưởng Bộ Khoa học và Công nghệ)\n"
        "Thuyết minh đề tài là văn bản trình bày mục tiêu, nội dung, phương pháp và kinh phí thực hiện đề tài nghiên cứu "
        "khoa học và phát triển công nghệ, do chủ nhiệm đề tài lập theo mẫu.\n"
    )
    doc = build_document(text, origin="HDTMDT.doc", encoding="tcvn3", web=False)
    assert doc.title == "Hướng dẫn viết thuyết minh đề tài nghiên cứu khoa học và phát triển công nghệ"
