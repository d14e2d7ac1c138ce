"""Lines on pages -> paragraphs: joins, indents, headings, hyphens, running heads, table rows."""

from __future__ import annotations

from desktop.ingest.paragraph_rebuild import Line, Page, rebuild_paragraphs

LEFT, RIGHT, SIZE = 85.0, 530.0, 12.0


def line(text: str, top: float, *, x0: float = LEFT, x1: float = RIGHT, cells: list[str] | None = None) -> Line:
    return Line(text, x0, x1, top, top + SIZE, cells or [])


def body(start: float, texts: list[tuple[str, bool, bool]]) -> list[Line]:
    """(text, indented first line, stops short) per line, 16 pt apart."""
    return [
        line(text, start + 16 * i, x0=LEFT + 28 if indented else LEFT, x1=RIGHT - 120 if short else RIGHT)
        for i, (text, indented, short) in enumerate(texts)
    ]


def test_layout_lines_join_and_paragraph_ends_are_kept() -> None:
    lines = body(120, [
        ("Điều 5. Nguyên tắc", False, True),
        ("Công tác văn thư được thực hiện thống nhất theo quy định của pháp", True, False),
        ("luật và hướng dẫn của cơ quan có thẩm quyền.", False, True),
        ("Văn bản phải được soạn thảo và ban hành đúng thẩm quyền, trình tự,", True, False),
        ("thủ tục, đúng thể thức và kỹ thuật trình bày.", False, True),
    ])
    assert rebuild_paragraphs([Page(595, 842, lines)]) == [
        "Điều 5. Nguyên tắc",
        "Công tác văn thư được thực hiện thống nhất theo quy định của pháp luật và hướng dẫn của cơ quan có thẩm quyền.",
        "Văn bản phải được soạn thảo và ban hành đúng thẩm quyền, trình tự, thủ tục, đúng thể thức và kỹ thuật trình bày.",
    ]


def test_hyphenated_word_is_rejoined_but_a_dash_is_kept() -> None:
    lines = body(120, [
        ("The records are archived according to the inter-", True, False),
        ("national standard Mác -", False, False),
        ("Lê nin.", False, True),
    ])
    assert rebuild_paragraphs([Page(595, 842, lines)]) == ["The records are archived according to the international standard Mác - Lê nin."]


def test_running_heads_and_page_numbers_are_dropped_and_paragraphs_cross_pages() -> None:
    pages = []
    for number in (1, 2, 3):
        lines = [line("CÔNG BÁO/Số 15/Ngày 10-3-2020", 40, x0=200, x1=400)]
        lines += body(120, [(f"Đoạn văn của trang {number} bắt đầu ở đây và chạy hết dòng cho đến lề", True, False),
                            ("phải rồi sang dòng sau vẫn chưa xong và còn tiếp ở trang sau nữa", False, False)])
        lines.append(line(str(number), 800, x0=290, x1=300))
        pages.append(Page(595, 842, lines))
    paragraphs = rebuild_paragraphs(pages)
    assert len(paragraphs) == 3 and all("CÔNG BÁO" not in p for p in paragraphs)
    assert not any(p.strip().isdigit() for p in paragraphs)
    # A line at a page's foot that reaches the margin continues on the next page only without an indent.
    assert paragraphs[0].endswith("còn tiếp ở trang sau nữa")


def test_centred_headings_stand_alone() -> None:
    lines = [
        line("NGHỊ ĐỊNH", 100, x0=250, x1=345),
        line("Về công tác văn thư", 116, x0=240, x1=355),
        *body(140, [("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", True, True)]),
    ]
    assert rebuild_paragraphs([Page(595, 842, lines)]) == [
        "NGHỊ ĐỊNH", "Về công tác văn thư", "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
    ]


def test_wide_gaps_make_table_rows_and_the_top_header_reads_cell_by_cell() -> None:
    header = line("BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 60, cells=["BỘ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    row = line("1 Văn thư 12", 400, cells=["1", "Văn thư", "12"])
    assert rebuild_paragraphs([Page(595, 842, [header, row])]) == ["BỘ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "1\tVăn thư\t12"]


def test_running_head_with_its_page_number_on_either_side_is_dropped() -> None:
    """Công báo prints "64 CÔNG BÁO/Số 1093 + 1094/Ngày 21-11-2020" on left pages and the number
    after the head on right pages."""
    pages = []
    for number in (64, 65, 66):
        head = (
            f"{number} CÔNG BÁO/Số 1093 + 1094/Ngày 21-11-2020"
            if number % 2 == 0
            else f"CÔNG BÁO/Số 1093 + 1094/Ngày 21-11-2020 {number}"
        )
        lines = [line(head, 40, x0=64, x1=430)]
        lines += body(
            120,
            [
                (
                    f"Điều {number}. Văn bản trang {number} chạy đến lề phải rồi sang dòng sau",
                    True,
                    False,
                ),
                ("hết.", False, True),
            ],
        )
        pages.append(Page(595, 842, lines))
    assert rebuild_paragraphs(pages) == [
        f"Điều {n}. Văn bản trang {n} chạy đến lề phải rồi sang dòng sau hết." for n in (64, 65, 66)
    ]


def test_footnote_lines_leave_the_body_and_follow_it() -> None:
    pages = []
    for number in (1, 2):
        lines = body(
            120,
            [
                (
                    "Đoạn văn dài chạy hết dòng đến lề phải và sang trang sau mới kết thúc",
                    True,
                    False,
                )
            ],
        )
        lines.append(
            Line(
                f"[{number}] Chú thích số {number} ở chân trang, dòng đầu chạy tới lề",
                LEFT + 20,
                RIGHT,
                700,
                710,
                note=True,
                label=number,
            )
        )
        lines.append(Line("và dòng sau của chú thích.", LEFT, 300, 712, 722, note=True))
        pages.append(Page(595, 842, lines))
    assert rebuild_paragraphs(pages) == [
        "Đoạn văn dài chạy hết dòng đến lề phải và sang trang sau mới kết thúc Đoạn văn dài chạy hết dòng đến lề phải và sang trang sau mới kết thúc",
        "",
        "[1] Chú thích số 1 ở chân trang, dòng đầu chạy tới lề và dòng sau của chú thích.",
        "[2] Chú thích số 2 ở chân trang, dòng đầu chạy tới lề và dòng sau của chú thích.",
    ]


def test_heading_in_capitals_carried_on_by_a_centred_line_is_one_paragraph() -> None:
    lines = [
        line("BÁO CÁO VỀ TÌNH HÌNH SẢN XUẤT KINH DOANH NGÀNH CÔNG", 70, x0=LEFT, x1=RIGHT),
        line("NGHIỆP THÁNG 02 VÀ 2 THÁNG ĐẦU NĂM 2007", 90, x0=190, x1=425),
        *body(150, [("1. Tình hình chung:", True, True)]),
    ]
    assert rebuild_paragraphs([Page(595, 842, lines)])[0] == (
        "BÁO CÁO VỀ TÌNH HÌNH SẢN XUẤT KINH DOANH NGÀNH CÔNG NGHIỆP THÁNG 02 VÀ 2 THÁNG ĐẦU NĂM 2007"
    )


def test_small_print_list_has_its_own_right_edge() -> None:
    """ "Nơi nhận" in 9 pt beside the signature: items wrap inside a narrow column."""
    small = [
        ("Nơi nhận:", 120),
        ("- Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung", 230),
        ("ương,", 90),
        ("- Các ban, cơ quan, đơn vị của Đảng ở Trung ương,", 237),
        ("- Lưu Văn phòng Trung ương Đảng.", 188),
    ]
    lines = body(
        100,
        [
            (
                "Quy định này có hiệu lực thi hành từ ngày ký và được gửi tới các chi bộ để",
                True,
                False,
            )
        ]
        + [
            (
                "các tổ chức đảng và đảng viên trong toàn Đảng nghiêm túc thực hiện, báo cáo",
                False,
                False,
            )
        ]
        * 4
        + [("kết quả.", False, True)],
    )
    lines += [
        Line(text, LEFT, LEFT + x1 - 72, 300 + 9 * i, 307 + 9 * i)
        for i, (text, x1) in enumerate(small)
    ]
    assert rebuild_paragraphs([Page(595, 842, lines)])[1:] == [
        "Nơi nhận:",
        "- Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương,",
        "- Các ban, cơ quan, đơn vị của Đảng ở Trung ương,",
        "- Lưu Văn phòng Trung ương Đảng.",
    ]
