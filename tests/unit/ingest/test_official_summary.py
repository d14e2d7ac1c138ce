"""Where a summary (trích yếu) ends and how it reads: headers copied from the real documents of
tests/data/ingest-real, as their readers give the text."""

from __future__ import annotations

from desktop.ingest.official_document import parse_official_header
from desktop.ingest.official_summary import body_begins, page_title_summary, tidy_summary

# tcvn3-tt-01-2006-nhnn.pdf: the preamble opens "Để triển khai …" right under the summary.
TT_01_2006 = """NGÂN HÀNG NHÀ NƯỚC
VIỆT NAM
Số : 01/2006/TT-NHNN
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 02 năm 2006
THÔNG TƯ
Hướng dẫn một số nội dung về góp vốn thành lập
Quỹ bảo lãnh tín dụng cho các doanh nghiệp nhỏ và vừa
Để triển khai Quyết định số 193/2001/QĐ-TTg ngày 20/12/2001, Quyết định số 115/2004/QĐ-TTg ngày 25/6/2004 của Thủ tướng Chính phủ về việc ban hành quy chế thành lập, tổ chức và hoạt động của Quỹ bảo lãnh tín dụng cho các doanh nghiệp nhỏ và vừa, Thống đốc Ngân hàng Nhà nước hướng dẫn một số nội dung như sau:
1. Ngân hàng Nhà nước chi nhánh tỉnh, thành phố trực thuộc Trung ương:
"""
# ct-14-2004-ubnd-tphcm.rtf: the summary ends with a full stop, a rule of asterisks under it,
# and the preamble opens "Thực hiện Chỉ thị …".
CT_14_2004 = """ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THÀNH PHỐ HỒ CHÍ MINH                          Độc lập - Tự do - Hạnh phúc
Số :  14/2004/CT-UB                    TP. Hồ Chí Minh, ngày  24 tháng 5 năm 2004

CHỈ THỊ CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ
Về triển khai thực hiện Chỉ thị số 09/2004/CT-TTg ngày 16 tháng 3
năm 2004 của Thủ tướng Chính phủ về nâng cao năng lực và hiệu quả
hoạt động của Ngân hàng chính sách xã hội.
******

Thực hiện Chỉ thị số 09/2004/CT-TTg ngày 16 tháng 3 năm 2004 của   Thủ tướng Chính phủ về nâng cao năng lực và hiệu quả hoạt động của Ngân hàng chính sách xã hội, nhằm phát huy vai trò tín dụng chính sách xã hội ; Ủy ban nhân dân thành phố Chỉ thị Thủ trưởng các sở-ngành thành phố triển khai thực hiện tốt những nội dung sau :
1.- Về nguồn vốn hoạt động của Ngân hàng chính sách xã hội :
"""
# vni-qd-144-2002-btc.docx: a header typed in lower case; the authority's line, in lower case too,
# follows the summary.
QD_144_2002_LOWER = """bộ tài chính                                cộng hoà xã hội chủ  nghĩa Việt nam
-0-                                                         Độc lập-Tự do-Hạnh phúc
SỐ:  144 /2002/QĐ/BTC                                   --------------------------------
Hà nội, ngày  22  tháng 11 năm 2002
quyết định của bộ trưởng bộ tài chính
về việc sửa đổi mức thuế suất của một số mặt hàng trong
Biểu thuế thuế nhập khẩu ưu đãi
bộ trưởng bộ tài chính
Căn cứ Nghị định số 86/2002/NĐ-CP ngày 05/11/2002 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ, cơ quan ngang Bộ;
"""
# vni-quy-che-chi-tieu-2007-ba-ria.odt: "V/v :", a blank number and date, the authority in capitals.
QUY_CHE_BA_RIA = """UBND TỈNH BÀ RỊA – VŨNG TÀU     CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
BQL CÁC KHU CÔNG NGHIỆP                Độc lập – Tự do – Hạnh phúc
BÀ RỊA – VŨNG TÀU
*****
Số :          /QĐ. BQL–VP		 Vũng Tàu , ngày      tháng     năm 2007

QUYẾT ĐỊNH
V/v : Ban hành Quy chế chi tiêu nội bộ,
quản lý và sử dụng tài sản công
của BQL các KCN. BR – VT.

TRƯỞNG BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH BÀ RỊA- VŨNG TÀU

- Căn cứ Nghị định 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ v/v quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với cơ quan nhà nước ;
QUYẾT ĐỊNH
Điều 1 : Nay ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ, quản lý và sử dụng tài sản công năm 2007 của BQL các Khu công nghiệp tỉnh Bà Rịa – Vũng Tàu.
"""


def test_the_preamble_opening_with_de_ends_the_summary() -> None:
    header = parse_official_header(TT_01_2006)
    assert header is not None
    assert header.title == "Thông tư 01/2006/TT-NHNN hướng dẫn một số nội dung về góp vốn thành lập Quỹ bảo lãnh tín dụng cho các doanh nghiệp nhỏ và vừa"
    assert header.issuer == "Ngân hàng Nhà nước Việt Nam"  # "VIỆT NAM" on its own line is no piece of the motto


def test_a_full_stop_and_a_rule_end_the_summary() -> None:
    header = parse_official_header(CT_14_2004)
    assert header is not None
    assert header.title == (
        "Chỉ thị 14/2004/CT-UB về triển khai thực hiện Chỉ thị số 09/2004/CT-TTg ngày 16 tháng 3 năm 2004 "
        "của Thủ tướng Chính phủ về nâng cao năng lực và hiệu quả hoạt động của Ngân hàng chính sách xã hội"
    )
    assert header.issuer == "Ủy ban nhân dân Thành phố Hồ Chí Minh"


def test_the_authority_typed_in_lower_case_is_no_part_of_the_summary() -> None:
    header = parse_official_header(QD_144_2002_LOWER)
    assert header is not None
    assert header.title == "Quyết định 144/2002/QĐ/BTC về việc sửa đổi mức thuế suất của một số mặt hàng trong Biểu thuế thuế nhập khẩu ưu đãi"
    assert (header.issuer, header.date) == ("Bộ Tài chính", "2002-11-22")


def test_v_v_is_written_out_and_the_authority_in_capitals_ends_a_summary_in_lower_case() -> None:
    header = parse_official_header(QUY_CHE_BA_RIA)
    assert header is not None
    assert header.title == "Quyết định về việc ban hành Quy chế chi tiêu nội bộ, quản lý và sử dụng tài sản công của BQL các KCN. BR – VT"
    assert (header.number, header.date) == ("", None)  # "Số :   /QĐ. BQL–VP", "ngày   tháng   năm 2007": blanks
    assert header.issuer == "BQL các khu công nghiệp Bà Rịa – Vũng Tàu"


def test_preamble_openers_count_only_as_sentences() -> None:
    assert body_begins("Để triển khai Quyết định số 193/2001/QĐ-TTg ngày 20/12/2001")
    assert body_begins("Thực hiện Chỉ thị số 09/2004/CT-TTg ngày 16 tháng 3 năm 2004")
    assert not body_begins("để giải quyết hồ sơ giao đất, cho thuê đất")  # a summary's second line (qd-139)
    assert not body_begins("THỰC HIỆN DÂN CHỦ Ở XÃ")


def test_tidying_a_summary() -> None:
    running = "Điều 1. Nay ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ."
    assert tidy_summary("V/v : Ban hành Quy chế chi tiêu nội bộ.", running) == "về việc ban hành Quy chế chi tiêu nội bộ"
    # tcvn3-btc-a30.rtf cites "Thông tư số 40/2000 /TT-BTC" with a stray space.
    assert tidy_summary("bổ sung Thông tư số 40/2000 /TT-BTC ngày 15/5/2000 của Bộ Tài chính", "") == (
        "bổ sung Thông tư số 40/2000/TT-BTC ngày 15/5/2000 của Bộ Tài chính"
    )
    assert tidy_summary("quy định về xử phạt trong lĩnh vực thuế ((", "") == "quy định về xử phạt trong lĩnh vực thuế"


def test_a_portals_year_after_a_number_is_not_the_summary() -> None:
    """phapluatcongdong.vn titles a decision "Quyết định 612/QĐ-UBND năm 2020 về …"."""
    line = "Quyết định 612/QĐ-UBND năm 2020 về phê duyệt quy trình nội bộ thủ tục hành chính lĩnh vực Chăn nuôi"
    assert page_title_summary([line], 1, "612/QĐ-UBND") == "về phê duyệt quy trình nội bộ thủ tục hành chính lĩnh vực Chăn nuôi"
