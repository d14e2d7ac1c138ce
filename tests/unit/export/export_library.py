"""A small library with articles, hierarchical tags and annotations, built straight in the store."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain.annotation import Annotation, TextPositionSelector, TextQuoteSelector
from desktop.domain.article import ArticleMeta, ArticleText
from desktop.domain.tag import Tag
from desktop.services.library_service import content_key
from desktop.text.normalize import nfc

SEEDS = Path(__file__).resolve().parents[3] / "seeds"

ARTICLES = (
    (
        "a000",
        "000_b0561d0e83e9bea9.txt",
        "Thúc đẩy tinh thần trách nhiệm",
        "Kinh tế & Đô thị",
        "Trần Hà",
        "2021-08-09T06:38",
    ),
    (
        "a001",
        "001_78663cf325f9998f.txt",
        "Hà Nội: Học và làm theo Bác bắt đầu từ nâng cao đạo đức công vụ",
        "Kinh tế & Đô thị",
        "",
        "2019-05-20",
    ),
    (
        "a003",
        "003_7a5f537390f1c6ed.txt",
        "Tân An: Nâng cao tinh thần trách nhiệm, thái độ phục vụ nhân dân",
        "Báo Long An",
        "",
        "2022-05-06T08:24",
    ),
    (
        "a004",
        "004_6b382378934245e5.txt",
        "Học tập và làm theo Bác phải gắn với nâng cao ý thức, trách nhiệm",
        "Cổng thông tin Hà Nội",
        "",
        None,
    ),
)

TAGS = (
    Tag("t-ethics", "Đạo đức công vụ"),
    Tag("t-example", "Đạo đức công vụ/Nêu gương"),
    Tag("t-reform", "Cải cách hành chính"),
    Tag("t-figures", "Số liệu"),
)

# (id, article, phrase, tags, colour, note, modified)
ANNOTATIONS = (
    (
        "n1",
        "a000",
        "đạo đức công vụ không phải tự thân mà có",
        ("t-ethics",),
        "yellow",
        "Ý chính để mở đầu báo cáo.",
        "2024-01-02T10:00:00+00:00",
    ),
    (
        "n2",
        "a000",
        "Chỉ thị số 05-CT/TW",
        ("t-reform", "t-ethics"),
        "turquoise",
        "",
        "2024-01-02T10:05:00+00:00",
    ),
    (
        "n3",
        "a001",
        "Làm nhiều hơn nói, thưởng - phạt đúng người",
        ("t-example",),
        "green",
        "Khẩu hiệu của Sở Nội vụ.",
        "2024-01-03T08:00:00+00:00",
    ),
    ("n4", "a003", "Kết luận số 01-KL/TW", ("t-reform",), "pink", "", "2024-01-04T08:00:00+00:00"),
    (
        "n5",
        "a004",
        "Chỉ thị 05 của Bộ Chính trị",
        (),
        "red",
        "Chưa gắn thẻ: để xem nhóm “Chưa gắn thẻ”.",
        "2024-01-05T08:00:00+00:00",
    ),
)


@dataclass
class ExportLibrary:
    metas: dict[str, ArticleMeta]
    texts: dict[str, str]
    annotations: dict[str, Annotation]


def make_annotation(
    annotation_id: str, article_id: str, text: str, phrase: str, **fields: object
) -> Annotation:
    start = text.index(phrase)
    end = start + len(phrase)
    return Annotation(
        id=annotation_id,
        article_id=article_id,
        position=TextPositionSelector(start, end),
        quote=TextQuoteSelector(phrase, text[max(0, start - 32) : start], text[end : end + 32]),
        created="2024-01-01T00:00:00+00:00",
        **fields,  # type: ignore[arg-type]
    )


def build_library(services: object) -> ExportLibrary:
    store = services.store  # type: ignore[attr-defined]
    metas: dict[str, ArticleMeta] = {}
    texts: dict[str, str] = {}
    items = []
    for article_id, file_name, title, source, author, published in ARTICLES:
        raw = nfc((SEEDS / file_name).read_text(encoding="utf-8"))
        clean = "\n".join(line.rstrip() for line in raw.split("\n"))
        meta = ArticleMeta(
            article_id, title, source, author, published, content_key=content_key(clean)
        )
        metas[article_id] = meta
        texts[article_id] = clean
        items.append((meta, ArticleText(raw, clean)))
    store.add_articles(items)
    for tag in TAGS:
        store.put_tag(tag)
    annotations = {}
    for annotation_id, article_id, phrase, tags, color, note, modified in ANNOTATIONS:
        annotation = make_annotation(
            annotation_id,
            article_id,
            texts[article_id],
            phrase,
            tags=tags,
            color=color,
            note=note,
            modified=modified,
        )
        store.put_annotation(annotation)
        annotations[annotation_id] = annotation
    return ExportLibrary(metas, texts, annotations)
