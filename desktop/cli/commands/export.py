"""`export --format docx|md|csv|pdf|jsonld --style nd30|hd36 ... -o FILE` and `import-annotations FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.language import say, say_lines
from desktop.cli.output import emit
from desktop.domain.errors import NotFoundError, UserError
from desktop.domain.message import Message, first_code
from desktop.domain.tag import normalize_tag_name
from desktop.export.export_options import (
    BriefOptions,
    ExcerptSelection,
    ExportFormat,
    ExportRequest,
    GroupBy,
    LayoutStyle,
    format_for_suffix,
)
from desktop.export.safe_output import check_target, target_exists
from desktop.export.vietnamese_dates import parse_day
from desktop.services import Services
from desktop.text.normalize import nfc

DAY_METAVAR = Message("NGÀY")


def resolve_output(raw: str, chosen: str | None) -> tuple[Path, ExportFormat]:
    """The file to write and its format. A suffix the user typed decides the format; with
    --format too, they must agree (no "brief.md.jsonld"); no suffix takes --format's."""
    if not raw.strip():
        raise UserError(Message("Hãy cho biết tệp kết quả sau -o, ví dụ -o tong-hop.docx.", code="no_output"))
    output = Path(raw).expanduser()
    if target_is_folder(output) or raw.endswith(("/", "\\")):
        raise UserError(
            Message(
                "“{folder}” là một thư mục. Hãy ghi cả tên tệp, ví dụ “{example}”.",
                code="is_folder",
                folder=str(output),
                example=str(output / "tong-hop.docx"),
            )
        )
    typed = format_for_suffix(output.suffix)
    wanted = ExportFormat(chosen) if chosen else None
    if typed and wanted and typed is not wanted:
        raise UserError(
            Message(
                "Tên tệp có đuôi {typed} nhưng --format là {format}: hãy đổi đuôi thành {suffix} hoặc bỏ --format.",
                code="format_mismatch",
                typed=output.suffix,
                format=wanted.value,
                suffix=wanted.suffix,
            )
        )
    fmt = typed or wanted
    if fmt is None:
        raise UserError(
            Message(
                "Không đoán được định dạng từ tên tệp: hãy dùng đuôi .docx, .md, .csv, .pdf, .jsonld "
                "hoặc thêm --format docx|md|csv|pdf|jsonld.",
                code="unknown_format",
            )
        )
    if typed is None:
        output = output.with_name(output.name + fmt.suffix)
    return output, fmt


def target_is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _day(value: str | None, label: Message) -> str | None:
    if value is None:
        return None
    day = parse_day(value)
    if day is None:
        raise UserError(
            Message(
                "Ngày {which} “{value}” không hợp lệ: hãy viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-03-15.",
                code="bad_date",
                which=label,
                value=value,
            )
        )
    return day.isoformat()


def _progress(args: argparse.Namespace):
    if args.json or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr)

    return show


def _font_size(args: argparse.Namespace, style: LayoutStyle) -> float:
    low, high = style.font_sizes
    if args.font_size is None:
        return 14.0
    if not low <= args.font_size <= high:
        raise UserError(
            Message(
                "Cỡ chữ {size} không hợp với thể thức {style}: hãy chọn {low:g} hoặc {high:g}.",
                code="bad_font_size",
                size=args.font_size,
                style=style.value,
                low=low,
                high=high,
            )
        )
    return float(args.font_size)


def _run_export(args: argparse.Namespace, services: Services) -> int:
    output, fmt = resolve_output(args.output, args.format)
    check_target(output)  # name, folder, rights: before anything else touches the path
    if target_exists(output) and not args.overwrite:
        raise UserError(
            Message("Tệp “{path}” đã có. Thêm --overwrite để ghi đè, hoặc chọn tên khác.", code="file_exists", path=str(output))
        )
    if args.toc:
        reason = services.export.toc_requirement(fmt)
        if reason:
            raise UserError(reason)
    selection = ExcerptSelection(
        article_ids=tuple(args.article or ()),
        tag_names=tuple(normalize_tag_name(nfc(t)) for t in args.tag or ()),
        date_from=_day(args.date_from, Message("bắt đầu")),
        date_to=_day(args.date_to, Message("kết thúc")),
        include_needs_review=not args.skip_needs_review,
    )
    known = {t.name for t in services.store.list_tags()}
    unknown = [t for t in selection.tag_names if normalize_tag_name(nfc(t)) not in known]
    if unknown:
        raise UserError(
            Message("Không có thẻ “{name}” trong thư viện (xem danh sách bằng lệnh tags).", code="tag_not_found", name=unknown[0])
        )
    missing = [a for a in selection.article_ids if not services.store.has_article(a)]
    if missing:
        raise NotFoundError(
            Message("Không có bài viết mã “{id}” trong thư viện (xem bằng lệnh list).", code="article_not_found", id=missing[0])
        )
    style = LayoutStyle(args.style)
    options = BriefOptions(
        title=nfc(args.title),
        agency=nfc(args.agency.replace("\\n", "\n")),
        number=nfc(args.number),
        place=nfc(args.place),
        date=_day(args.date, Message("của tài liệu")) or "",
        author=nfc(args.author),
        style=style,
        group_by=GroupBy(args.group_by),
        include_notes=not args.no_notes,
        include_tags=not args.no_tags,
        include_citations=not args.no_citations,
        include_context=args.context,
        include_summary=not args.no_summary,
        include_toc=args.toc,
        include_appendix=args.appendix,
        font_size_pt=_font_size(args, style),
    )
    renderer = paginator = None
    # Qt only when a PDF is asked for, or a Word TOC whose pages LibreOffice lays out.
    if fmt is ExportFormat.PDF:
        from desktop.gui.export.pdf_renderer import render_pdf

        renderer = render_pdf
    if fmt is ExportFormat.DOCX and args.toc:
        from desktop.gui.export.docx_pagination import paginate_docx

        paginator = paginate_docx
    result = services.export.export(
        ExportRequest(selection, options, fmt),
        output,
        progress=_progress(args),
        pdf_renderer=renderer,
        docx_paginator=paginator,
    )
    emit(
        args,
        say(result.summary()),
        {
            "path": str(result.path),
            "format": fmt.value,
            "style": style.value,
            "excerpts": result.excerpts,
            "articles": result.articles,
            "bytes": result.size_bytes,
        },
    )
    return 0


def _run_import(args: argparse.Namespace, services: Services) -> int:
    report = services.export.import_annotations(Path(args.file), dry_run=args.dry_run)
    if report.nothing_placed:
        raise UserError(
            Message(
                "Tệp không có ghi chú nào đặt được vào thư viện, nên không nhập gì cả.\n{lines:lines}",
                code="nothing_placed",
                lines=report.lines(),
            )
        )
    lines = report.lines()
    lines.append(Message("(Chạy thử, chưa ghi gì.) {summary}", summary=report.summary()) if args.dry_run else report.summary())
    emit(
        args,
        say_lines(lines),
        {
            "dry_run": args.dry_run,
            "added": [{"quote": e.quote, "article": e.article_title} for e in report.added],
            "updated": [{"quote": e.quote, "article": e.article_title} for e in report.updated],
            "skipped": [
                {"quote": e.quote, "article": e.article_title, "reason": say(e.reason), "reason_code": first_code(e.reason)}
                for e in report.skipped
            ],
            "created_tags": report.created_tags,
        },
    )
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "export", parents=[common], help=say(Message("xuất trích dẫn ra Word, Markdown, CSV, PDF hoặc tệp chú thích W3C (.jsonld)"))
    )
    p.add_argument("-o", "--output", required=True, help=say(Message("tệp kết quả")))
    p.add_argument(
        "--format",
        choices=[f.value for f in ExportFormat],
        help=say(Message("định dạng (mặc định: theo đuôi tệp)")),
    )
    p.add_argument(
        "--tag",
        action="append",
        metavar=say(Message("THẺ")),
        help=say(Message("chỉ xuất thẻ này và các thẻ con (lặp lại được)")),
    )
    p.add_argument(
        "--article", action="append", metavar=say(Message("MÃ")), help=say(Message("chỉ xuất bài viết này (lặp lại được)"))
    )
    p.add_argument(
        "--from", dest="date_from", metavar=say(DAY_METAVAR), help=say(Message("bài đăng từ ngày (NĂM-THÁNG-NGÀY)"))
    )
    p.add_argument(
        "--to", dest="date_to", metavar=say(DAY_METAVAR), help=say(Message("bài đăng đến ngày (NĂM-THÁNG-NGÀY)"))
    )
    p.add_argument(
        "--group-by",
        choices=[g.value for g in GroupBy],
        default=GroupBy.TAG.value,
        help=say(Message("nhóm theo")),
    )
    p.add_argument(
        "--style",
        choices=[s.value for s in LayoutStyle],
        default=LayoutStyle.ND30.value,
        help=say(Message("thể thức: nd30 (Nghị định 30/2020/NĐ-CP, mặc định) hoặc hd36 (văn bản Đảng, Hướng dẫn 36-HD/VPTW)")),
    )
    p.add_argument("--title", default=BriefOptions.title, help=say(Message("tên tài liệu")))
    p.add_argument(
        "--agency", default="", help=say(Message("tên cơ quan, đơn vị (hai dòng: viết \\n giữa hai dòng)"))
    )
    p.add_argument(
        "--number", default="", help=say(Message("số, ký hiệu: 15/BC-UBND (nd30) hoặc 15-BC/ĐU (hd36)"))
    )
    p.add_argument("--place", default=BriefOptions.place, help=say(Message("địa danh trước ngày tháng")))
    p.add_argument("--author", default="", help=say(Message("tên người lập (thuộc tính tác giả của tệp)")))
    p.add_argument("--date", help=say(Message("ngày của tài liệu (mặc định: hôm nay)")))
    p.add_argument(
        "--font-size", type=int, choices=(13, 14, 15), help=say(Message("cỡ chữ: 13-14 (nd30), 14-15 (hd36); mặc định 14"))
    )
    p.add_argument(
        "--toc",
        action="store_true",
        help=say(Message("thêm mục lục có số trang (Word: cần LibreOffice để tính số trang)")),
    )
    p.add_argument(
        "--appendix", action="store_true", help=say(Message("thêm phụ lục toàn văn bài viết có đánh dấu"))
    )
    p.add_argument("--context", action="store_true", help=say(Message("in cả câu chứa đoạn trích")))
    p.add_argument("--no-notes", action="store_true", help=say(Message("bỏ ghi chú")))
    p.add_argument("--no-tags", action="store_true", help=say(Message("bỏ dòng thẻ")))
    p.add_argument("--no-citations", action="store_true", help=say(Message("bỏ dòng nguồn")))
    p.add_argument("--no-summary", action="store_true", help=say(Message("bỏ bảng tổng hợp số lượng")))
    p.add_argument(
        "--skip-needs-review", action="store_true", help=say(Message("bỏ các ghi chú cần xem lại vị trí"))
    )
    p.add_argument("--overwrite", action="store_true", help=say(Message("ghi đè tệp đã có")))
    p.set_defaults(run=_run_export)
    p = sub.add_parser(
        "import-annotations",
        parents=[common],
        help=say(Message("nhập ghi chú từ tệp chú thích W3C (.jsonld) của đồng nghiệp")),
    )
    p.add_argument("file", help=say(Message("tệp .jsonld")))
    p.add_argument("--dry-run", action="store_true", help=say(Message("chỉ báo cáo, không ghi vào thư viện")))
    p.set_defaults(run=_run_import)
