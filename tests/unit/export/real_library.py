"""A library of real news articles (tests/data/export) marked as for a Chỉ thị 05 brief."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain.annotation import Annotation, TextPositionSelector, TextQuoteSelector
from desktop.domain.article import ArticleMeta, ArticleText
from desktop.domain.tag import Tag
from desktop.services.library_service import content_key
from desktop.text.normalize import nfc

DATA = Path(__file__).resolve().parents[2] / "data" / "export"

# (id, file, source, author, published)
ARTICLES = (
    ("r1", "22308329.txt", "Báo Tin tức (TTXVN)", "Thu Phương", "2017-05-18T10:20"),
    ("r2", "22302904.txt", "Quân đội nhân dân", "", "2017-05-17"),
    ("r3", "22455850.txt", "Báo Hà Tĩnh", "Đình Nhâm", "2017-06-09T07:15"),
    ("r4", "22701996.txt", "Báo Phú Thọ", "", "2017-07-07"),
    ("r5", "22546159.txt", "Sài Gòn Giải Phóng", "Thu Hướng", "2017-06-16T12:00"),
    ("r6", "22237604.txt", "Báo Nhân Dân", "Nguyễn Văn Thanh", None),
)
TAGS = (
    Tag("c05", "Chỉ thị 05"),
    Tag("c05-ng", "Chỉ thị 05/Nêu gương"),
    Tag("c05-kq", "Chỉ thị 05/Kết quả"),
    Tag("ddcv", "Đạo đức công vụ"),
    Tag("xdd", "Xây dựng Đảng"),
    Tag("dv", "Dân vận"),
    Tag("tn", "Thanh niên"),
    Tag("qd", "Quân đội"),
    Tag("ht", "Hạn chế, tồn tại"),
)
WORD_BREAK = "\x0b"  # what Word puts in copied text for Shift+Enter


def body(file_name: str) -> tuple[str, str]:
    headline, _, text = nfc((DATA / file_name).read_text(encoding="utf-8")).partition("\n")
    return headline.strip(), text.rstrip("\n")


def long_note() -> str:
    """About 20,000 characters pasted from Word: two articles' sentences, one per line."""
    text = " ".join([body("22443112.txt")[1], body("22237604.txt")[1]])[:20_000]
    return WORD_BREAK.join(s.strip() for s in text.split(". ") if s.strip())


# (id, article, passage, occurrence, tags, colour, note)
PASSAGES: tuple[tuple[str, str, str, int, tuple[str, ...], str, str], ...] = (
    ("p01", "r1", '"nói đi đôi với làm"', 1, ("c05-ng", "ddcv"), "yellow", "@long"),
    ("p02", "r1", '"nói ít, làm nhiều"', 1, ("c05-ng",), "yellow", ""),
    (
        "p03", "r1",
        "Nhận thức về Chỉ thị 05, về nội dung cơ bản của tư tưởng, đạo đức, phong cách Hồ Chí Minh đã được nâng lên.",
        1, ("c05", "c05-kq", "xdd", "ddcv"), "green", "Dẫn vào phần kết quả.",
    ),
    ("p04", "r1", "nội dung cơ bản của tư tưởng, đạo đức, phong cách Hồ Chí Minh", 1, ("c05",), "turquoise", ""),
    ("p05", "r2", "“dạy tốt, học tốt”", 1, ("tn", "c05", "c05-ng", "c05-kq", "dv", "ddcv"), "turquoise", ""),
    ("p06", "r2", "“tâm trong, trí sáng, hoài bão lớn”", 1, ("tn",), "pink", "Tiêu chí thanh niên thời kỳ mới."),
    (
        "p07", "r3",
        "“Đức Thọ có gần 40 ngàn thanh niên nhập ngũ và hàng chục ngàn người tham gia lực lượng dân công hỏa tuyến",
        1, ("qd", "c05-kq"), "green", "",
    ),
    ("p08", "r3", "“Ba xây và ba chống”", 1, ("qd", "c05-ng", "xdd"), "pink", ""),
    (
        "p09", "r4",
        "Ban Thường vụ Tỉnh ủy cũng nghiêm túc nhìn nhận những hạn chế, khuyết điểm",
        1, ("ht", "xdd"), "red", "",
    ),
    (
        "p10", "r5",
        "một số cán bộ, công chức, viên chức, nhất là cán bộ, công chức có quan hệ trực tiếp với dân còn cửa quyền, hách dịch, sách nhiễu",
        1, ("ht", "dv"), "red",
        f"Dòng một{WORD_BREAK}dòng hai\x00 còn ký tự lạ{WORD_BREAK}dòng ba",
    ),
    ("p11", "r5", "cửa quyền, hách dịch, sách nhiễu", 1, ("ht",), "gray", ""),
    ("p12", "r6", "“tự diễn biến”, “tự chuyển hóa”", 1, ("xdd",), "yellow", ""),
    ("p13", "r6", "@long-quote", 1, ("xdd", "ddcv"), "gray", "Trích dài: cả đoạn nhận định."),
    ("p14", "r6", "nói đi đôi với làm", 2, ("c05-ng",), "green", ""),
)


@dataclass
class RealLibrary:
    metas: dict[str, ArticleMeta]
    texts: dict[str, str]
    annotations: dict[str, Annotation]


def _find(text: str, passage: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.index(passage, start + 1)
    return start


def build_real_library(services: object) -> RealLibrary:
    store = services.store  # type: ignore[attr-defined]
    metas: dict[str, ArticleMeta] = {}
    texts: dict[str, str] = {}
    items = []
    for article_id, file_name, source, author, published in ARTICLES:
        title, text = body(file_name)
        meta = ArticleMeta(article_id, title, source, author, published, content_key=content_key(text))
        metas[article_id] = meta
        texts[article_id] = text
        items.append((meta, ArticleText(text, text)))
    store.add_articles(items)
    for tag in TAGS:
        store.put_tag(tag)
    annotations: dict[str, Annotation] = {}
    for n, (ann_id, article_id, passage, occurrence, tags, color, note) in enumerate(PASSAGES):
        text = texts[article_id]
        if passage == "@long-quote":  # 1,500 characters from the middle of the one long paragraph
            start = text.index("Nghị quyết Trung ương 4 (khóa XII) của Đảng đã thẳng thắn")
            passage = text[start : start + 1500]
        start = _find(text, passage, occurrence)
        end = start + len(passage)
        annotations[ann_id] = Annotation(
            id=ann_id,
            article_id=article_id,
            position=TextPositionSelector(start, end),
            quote=TextQuoteSelector(passage, text[max(0, start - 32) : start], text[end : end + 32]),
            tags=tags,
            color=color,
            note=long_note() if note == "@long" else note,
            created=f"2026-02-05T07:{n:02d}:00+00:00",
            modified=f"2026-02-05T07:{n:02d}:30+00:00",
        )
    for article_id in texts:
        store.replace_annotations(
            article_id, [a for a in annotations.values() if a.article_id == article_id]
        )
    return RealLibrary(metas, texts, annotations)
