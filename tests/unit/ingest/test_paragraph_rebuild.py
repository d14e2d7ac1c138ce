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
