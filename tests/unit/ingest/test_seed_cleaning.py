"""The five seeds read clean, with the metadata a reader of each page would write down."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.ingest import read_document
from desktop.ingest.document import ImportedDocument

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def seed(prefix: str) -> ImportedDocument:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return read_document(path)


EXPECTED = {
    "000": ("Thúc đẩy tinh thần trách nhiệm", "Trần Hà", "2021-08-09T06:38", "Kinhtedothi"),
    "001": ("Hà Nội: Học và làm theo Bác bắt đầu từ nâng cao đạo đức công vụ", "Thùy Linh", None, "Kinhtedothi"),
    "002": ("Thúc đẩy trách nhiệm, tạo thêm đột phá", "", None, "Kinhtedothi"),
    "003": ("Tân An: Nâng cao tinh thần trách nhiệm, thái độ phục vụ nhân dân", "Phạm Ngân", "2022-05-06T08:24", ""),
    "004": (
        "Học tập và làm theo Bác phải gắn với nâng cao ý thức, trách nhiệm và chất lượng phục vụ nhân dân",
        "Trọng Toàn",
        "2017-05-19T20:05",
        "HNP",
    ),
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_metadata(prefix: str) -> None:
    doc = seed(prefix)
    assert (doc.title, doc.author, doc.published, doc.source) == EXPECTED[prefix]
    assert doc.encoding == "utf-8"


# Lines of site clutter that must not be in the reading text (each seed's own).
CLUTTER = {
    "000": ["DÒNG SỰ KIỆN. * ĐẠI DỊCH COVID-19", "Tin liên quan", "09-08-2021 06:38"],
    "001": ["Phản hồi", "Thông tin người gửi phản hồi", "Các tin khác", "Mới nhất", "Liên kết website"],
    "002": [
        "Việt Nam vươn mình trong kỷ nguyên mới", "Logo", "Đăng ký ấn phẩm|Đăng nhập", "Đọc nhiều",
        "HỎI ĐÁP THÔNG MINH", "CẢM NHẬN CỦA BẠN VỀ BÀI VIẾT NÀY", "• Rất hay", "• Thích", "• Giải trí",
        "• Cần cải thiện", "BÌNH LUẬN (0)", "Đừng bỏ lỡ", "Hà Nội tiếp tục siết chặt kỷ luật, kỷ cương hành chính",
        "Quận Thanh Xuân: Cán bộ, công chức thực hiện nghiêm kỷ cương hành chính",
        "Hà Nội: đảm bảo 126 xã, phường mới", "12 May, 10:59 AM", "Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh",
        "Sửa đổi 25 điều", "Tin mới", "VIDEO", "Tin Tài Trợ",
    ],
    "003": ["Tiếng Việt | English", "06/05/2022 - 08:24", "Chia sẻ bài viết"],
    "004": [
        "(20:05 19/05/2017)", "Các bài mới đăng", "Các bài đã đăng", "Bài viết Xem", "Viết bình luận", "Họ tên:(*)",
        "Số điện thoại:", "Tiêu đề:(*)", "Nội dung:(*)", "Mã xác nhận:", "Lấy lại mã bảo mật",
    ],
}


@pytest.mark.parametrize("prefix", sorted(CLUTTER))
def test_clutter_is_gone(prefix: str) -> None:
    doc = seed(prefix)
    for clutter in CLUTTER[prefix]:
        assert clutter not in doc.clean_text, clutter


# Paragraphs, subheadings and captions that must stay, verbatim.
KEPT = {
    "000": [
        "Kinhtedothi - Từ đánh giá 5 năm triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị tại các đơn vị",
        "Làm thủ tục hành chính cho người dân tại bộ phận một cửa quận Hoàn Kiếm. Ảnh: Thanh Hải",
        "Chuyển từ nhận thức đến hành động\n",
        "\nHiệu quả công việc cao hơn\n",
        "để thúc đẩy tinh thần trách nhiệm và hiệu quả công việc cao hơn.",
    ],
    "001": [
        "Giải quyết thủ tục hành chính cho người dân tại bộ phận một cửa quận Hoàn Kiếm. Ảnh: Thanh Hải",
        "Làm nhiều hơn nói, thưởng - phạt đúng người",
        "năm 2020 được tặng Cờ Thi đua Chính phủ.",
        "Thùy Linh\nTheo http://kinhtedothi.vn",
    ],
    "002": [
        "Kinhtedothi-Trong những năm qua, chính việc học tập và làm theo Bác",
        "Ngành y tế tập trung nâng cao chất lượng, đổi mới phong cách giao tiếp ứng xử, đáp ứng sự hài lòng "
        "của người bệnh. Ảnh: Trần Dũng",
        "Tháo gỡ “điểm nghẽn” về ý thức trách nhiệm",
        "Chỉ thị số 24-CT/TU ngày 7/8/2023 của Ban Thường vụ Thành ủy",
        "dám nghĩ, dám làm ở mỗi cán bộ, mỗi đơn vị trong thực hiện nhiệm vụ chung.",
    ],
    "003": [
        "Thời gian qua, TP.Tân An, tỉnh Long An triển khai quyết liệt việc thực hiện Kết luận số 01-KL/TW",
        "Người dân được hướng dẫn, phục vụ tận tình tại bộ phận “một cửa” phường 3, TP.Tân An",
        "xây dựng hình ảnh người cán bộ, công chức luôn tận tụy, gần dân./.",
        "Phạm Ngân",
    ],
    "004": [
        "HNP - “Sau 1 năm thực hiện Chỉ thị 05 của Bộ Chính trị",
        "Bí thư Đảng ủy Khối các cơ quan TP Hà Nội Lê Thị Thu Hằng",
        "PV: Xin cảm ơn đồng chí!",
        "Trọng Toàn",
    ],
}


@pytest.mark.parametrize("prefix", sorted(KEPT))
def test_body_is_kept_verbatim(prefix: str) -> None:
    doc = seed(prefix)
    for kept in KEPT[prefix]:
        assert kept in doc.clean_text, kept


def test_reading_text_starts_with_the_lead_and_ends_with_the_article() -> None:
    starts = {
        "000": "Kinhtedothi - Từ đánh giá",
        "001": "Giải quyết thủ tục hành chính",
        "002": "Kinhtedothi-Trong những năm qua",
        "003": "Thời gian qua, TP.Tân An",
        "004": "HNP - “Sau 1 năm",
    }
    ends = {
        "000": "hiệu quả công việc cao hơn.",
        "001": "Theo http://kinhtedothi.vn",
        "002": "trong thực hiện nhiệm vụ chung.",
        "003": "Phạm Ngân",
        "004": "Trọng Toàn",
    }
    for prefix in EXPECTED:
        doc = seed(prefix)
        assert doc.clean_text.startswith(starts[prefix]), prefix
        assert doc.clean_text.endswith(ends[prefix]), prefix


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_clean_text_is_a_subsequence_of_raw_lines_and_removed_lines_add_up(prefix: str) -> None:
    doc = seed(prefix)
    raw_lines = doc.raw_text.split("\n")
    removed = {r.line_no for r in doc.removed_lines}
    for r in doc.removed_lines:
        assert raw_lines[r.line_no] == r.text
        assert r.reason and r.reason[0].isupper()
    kept_nonblank = [line for n, line in enumerate(raw_lines) if n not in removed and line.strip()]
    assert [line for line in doc.clean_text.split("\n") if line.strip()] == kept_nonblank
    assert "\n\n\n" not in doc.clean_text


def test_reasons_name_what_was_removed() -> None:
    reasons = {r.text.strip(): r.reason for r in seed("002").removed_lines}
    assert reasons["Thúc đẩy trách nhiệm, tạo thêm đột phá"] == "Tiêu đề"
    assert reasons["Logo"] == "Đầu trang"
    assert reasons["Đăng ký ấn phẩm|Đăng nhập"] == "Menu trang"
    assert reasons["Hà Nội tiếp tục siết chặt kỷ luật, kỷ cương hành chính"] == "Tin liên quan"
    assert reasons["Đọc nhiều"] == "Tin khác"
    assert reasons["BÌNH LUẬN (0)"] == "Bình luận"
    reasons = {r.text.strip(): r.reason for r in seed("000").removed_lines}
    assert reasons["Trần Hà"] == "Tác giả"
    assert reasons["09-08-2021 06:38"] == "Ngày đăng"


def test_document_references_are_found() -> None:
    assert seed("003").doc_refs == ("Kết luận 01-KL/TW", "Chỉ thị 05-CT/TW")
    assert "Chỉ thị 05-CT/TW" in seed("000").doc_refs
    assert "Nghị quyết 15-NQ/TW" in seed("002").doc_refs
