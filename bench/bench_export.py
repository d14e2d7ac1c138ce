"""Benchmark: 1,000 excerpts to a .docx brief (goal < 3 s), against a naive python-docx writer.

Run: .venv/bin/python bench/bench_export.py [--quick]
Prints JSON figures and the ratio naive / ours, both measured in this run.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX  # noqa: E402
from docx.shared import Pt  # noqa: E402

from desktop.domain.annotation import Annotation, TextPositionSelector, TextQuoteSelector  # noqa: E402
from desktop.domain.article import ArticleMeta  # noqa: E402
from desktop.domain.colors import HIGHLIGHT_COLORS, color_by_key  # noqa: E402
from desktop.export.brief import Brief  # noqa: E402
from desktop.export.citation import citation_text  # noqa: E402
from desktop.export.csv_excerpt_writer import write_csv  # noqa: E402
from desktop.export.docx_brief_writer import write_docx  # noqa: E402
from desktop.export.excerpt import build_excerpts  # noqa: E402
from desktop.export.excerpt_grouping import group_excerpts  # noqa: E402
from desktop.export.export_options import BriefOptions, GroupBy  # noqa: E402
from desktop.export.jsonld_reader import parse_annotation_file  # noqa: E402
from desktop.export.jsonld_writer import write_jsonld  # noqa: E402
from desktop.export.markdown_brief_writer import write_markdown  # noqa: E402
from desktop.export.outline_numbering import numbered_groups  # noqa: E402
from desktop.text.normalize import nfc  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "baomoi-35k.tar.xz"
TAG_NAMES = [
    "Kinh tế",
    "Kinh tế/Đầu tư",
    "Kinh tế/Thị trường",
    "Xã hội",
    "Xã hội/Giáo dục",
    "Pháp luật",
    "Y tế",
]


def load_articles(n: int) -> tuple[list[tuple[str, str]], str]:
    """(headline, body) of the first `n` corpus articles, or the seeds when the corpus is absent."""
    if CORPUS.exists():
        out = []
        with tarfile.open(CORPUS, "r:xz") as tar:
            for member in tar:
                if member.isfile() and member.name.endswith(".txt"):
                    handle = tar.extractfile(member)
                    if handle is None:
                        continue
                    head, _, body = nfc(handle.read().decode("utf-8")).partition("\n")
                    if len(body) > 800:
                        out.append((head.strip(), body))
                    if len(out) >= n:
                        break
        return out, "corpus"
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    return [(p.stem, nfc(p.read_text(encoding="utf-8"))) for p in seeds], "seeds"


def make_brief(count: int, options: BriefOptions) -> Brief:
    rng = random.Random(7)
    articles, _ = load_articles(max(20, count // 10))
    metas, texts, annotations = {}, {}, []
    for i, (title, body) in enumerate(articles):
        article_id = f"a{i:05d}"
        metas[article_id] = ArticleMeta(
            article_id,
            title or f"Bài {i}",
            "Báo Mới",
            "Phóng viên",
            f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}",
        )
        texts[article_id] = body
    TEXTS.update(texts)
    ids = list(metas)
    tag_ids = {f"t{i}": name for i, name in enumerate(TAG_NAMES)}
    colors = [c.key for c in HIGHLIGHT_COLORS]
    for n in range(count):
        article_id = ids[n % len(ids)]
        text = texts[article_id]
        start = rng.randrange(0, max(1, len(text) - 300))
        end = start + rng.randrange(40, 260)
        annotations.append(
            Annotation(
                id=f"n{n}",
                article_id=article_id,
                position=TextPositionSelector(start, end),
                quote=TextQuoteSelector(
                    text[start:end], text[max(0, start - 32) : start], text[end : end + 32]
                ),
                tags=tuple(rng.sample(sorted(tag_ids), rng.randrange(0, 3))),
                color=rng.choice(colors),
                note="Ghi chú: cần đối chiếu số liệu với báo cáo quý." if n % 3 == 0 else "",
                created="2024-01-01T00:00:00+00:00",
                modified="2024-01-01T00:00:00+00:00",
            )
        )
    excerpts = build_excerpts(annotations, metas, texts, tag_ids)
    return Brief(options, group_excerpts(excerpts, options.group_by), excerpts)


def end_to_end(brief: Brief, repeat: int) -> dict[str, float]:
    """Through the service on a real library folder: store -> .docx file, and JSON-LD import."""
    import tempfile

    from desktop.domain.article import ArticleText
    from desktop.domain.tag import Tag
    from desktop.export.export_options import ExportFormat, ExportRequest
    from desktop.services import Services

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        by_article: dict[str, list[Annotation]] = {}
        for excerpt in brief.excerpts:
            by_article.setdefault(excerpt.article.id, []).append(excerpt.annotation)
        metas = {e.article.id: e.article for e in brief.excerpts}

        def fill(services: Services, with_annotations: bool) -> None:
            texts = {e.article.id: e for e in brief.excerpts}
            services.store.add_articles(
                (metas[i], ArticleText(TEXTS[i], TEXTS[i])) for i in metas if i in texts
            )
            for i, name in enumerate(TAG_NAMES):
                services.store.put_tag(Tag(f"t{i}", name))
            if with_annotations:
                for article_id, annotations in by_article.items():
                    services.store.replace_annotations(article_id, annotations)

        with Services.open(folder / "mine", seed=False) as services:
            fill(services, True)
            request = ExportRequest(options=brief.options.with_changes(include_toc=False))
            figures["service_export_docx_s"], _ = best_of(
                repeat, lambda: services.export.export(request, folder / "brief.docx")
            )
            from desktop.export.libreoffice import find_soffice

            if find_soffice() is not None:
                # With its contents numbered by LibreOffice: write, lay out, write again.
                from desktop.gui.export.docx_pagination import paginate_docx

                with_toc = ExportRequest(options=brief.options.with_changes(include_toc=True))
                t0 = time.perf_counter()
                services.export.export(
                    with_toc, folder / "toc.docx", docx_paginator=paginate_docx
                )
                figures["service_export_docx_toc_libreoffice_s"] = time.perf_counter() - t0
            services.export.export(ExportRequest(format=ExportFormat.JSONLD), folder / "all.jsonld")
        with Services.open(folder / "colleague", seed=False) as services:
            fill(services, False)
            t0 = time.perf_counter()
            report = services.export.import_annotations(folder / "all.jsonld")
            figures["service_import_jsonld_s"] = time.perf_counter() - t0
            figures["imported"] = len(report.added)
    return figures


TEXTS: dict[str, str] = {}


def naive_docx(brief: Brief) -> bytes:
    """What a first attempt looks like: names looked up per call, direct formatting on every run
    (and the neon highlighter the brief no longer uses)."""
    document = Document()
    document.add_paragraph(brief.options.title.upper(), style="Title")
    for group, text in numbered_groups(brief.groups):
        document.add_heading(text, level=min(group.level, 3))
        for excerpt in group.excerpts:
            para = document.add_paragraph(style="Quote")
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            run = para.add_run(f"“{excerpt.quote}”")
            run.font.name, run.font.size, run.italic = "Times New Roman", Pt(14), True
            run.font.highlight_color = WD_COLOR_INDEX[color_by_key(excerpt.color).word_index]
            for label, value in (
                ("Ghi chú: ", excerpt.note),
                ("Thẻ: ", ", ".join(excerpt.tag_names)),
            ):
                if value:
                    para = document.add_paragraph(style="Normal")
                    head = para.add_run(label)
                    head.bold, head.font.name, head.font.size = True, "Times New Roman", Pt(14)
                    body = para.add_run(value)
                    body.font.name, body.font.size = "Times New Roman", Pt(14)
            para = document.add_paragraph(style="Normal")
            run = para.add_run(citation_text(excerpt))
            run.font.name, run.font.size, run.italic = "Times New Roman", Pt(13), True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def best_of(repeat: int, fn) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="200 excerpts, one run each")
    args = parser.parse_args()
    count = 200 if args.quick else 1000
    repeat = 1 if args.quick else 3
    options = BriefOptions(
        title="Tổng hợp trích dẫn",
        agency="UBND TP\nSở Nội vụ",
        group_by=GroupBy.TAG,
        include_summary=True,
        include_toc=True,
    )
    t0 = time.perf_counter()
    brief = make_brief(count, options)
    prepare = time.perf_counter() - t0
    printed = sum(g.count() for g in brief.groups)
    ours, data = best_of(repeat, lambda: write_docx(brief))
    naive, naive_data = best_of(repeat, lambda: naive_docx(brief))
    md, _ = best_of(repeat, lambda: write_markdown(brief))
    csv_time, _ = best_of(repeat, lambda: write_csv(brief))
    jsonld_time, jsonld = best_of(repeat, lambda: write_jsonld(brief))
    parse_time, _ = best_of(repeat, lambda: parse_annotation_file(jsonld))  # type: ignore[arg-type]
    from desktop.gui.export.pdf_renderer import render_pdf

    pdf_time, pdf = best_of(1, lambda: render_pdf(brief))  # Qt layout, keep rules, painting
    service = end_to_end(brief, repeat)
    figures = {
        "excerpts": len(brief.excerpts),
        "excerpt_mentions_in_groups": printed,  # printed once, referred to in other groups
        "articles": brief.article_count(),
        "source": load_articles(1)[1],
        "prepare_excerpts_s": round(prepare, 3),
        "docx_s": round(ours, 3),
        "docx_bytes": len(data),  # type: ignore[arg-type]
        "docx_goal_s": 3.0,
        "docx_meets_goal": ours < 3.0,
        "baseline_naive_docx_s": round(naive, 3),
        "ratio_naive_over_ours": round(naive / ours, 2),
        "pdf_s": round(pdf_time, 3),
        "pdf_bytes": len(pdf),  # type: ignore[arg-type]
        "markdown_s": round(md, 3),
        "csv_s": round(csv_time, 3),
        "jsonld_s": round(jsonld_time, 3),
        "jsonld_parse_validate_s": round(parse_time, 3),
        "service_export_docx_s": round(service["service_export_docx_s"], 3),
        "service_export_docx_toc_libreoffice_s": round(
            service.get("service_export_docx_toc_libreoffice_s", -1), 3
        ),
        "service_import_jsonld_s": round(service["service_import_jsonld_s"], 3),
        "service_imported_annotations": int(service["imported"]),
        "quick": args.quick,
    }
    print(json.dumps(figures, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
