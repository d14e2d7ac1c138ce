"""`keyphrases ID`, `citing DOCUMENT` and `glossary ...`: key phrases, citations and the glossary."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.output import emit
from desktop.services import Services
from desktop.services.keyphrase_service import (
    GROUP_LABELS,
    KIND_LABELS,
    KINDS,
    SALIENT,
    KeyPhrase,
)


def phrase_json(phrase: KeyPhrase) -> dict[str, Any]:
    return {
        "kind": phrase.kind,
        "text": phrase.text,
        "score": phrase.score,
        "count": phrase.count,
        "spans": [list(span) for span in phrase.spans],
        "key": phrase.key,
        "group": phrase.group,
        "user": phrase.user,
        "rank": phrase.rank,
    }


def _kind_text(phrase: KeyPhrase) -> str:
    if phrase.kind == SALIENT:
        return GROUP_LABELS.get(phrase.group, KIND_LABELS[SALIENT])
    return KIND_LABELS[phrase.kind]


def _run_top(args: argparse.Namespace, services: Services) -> int:
    phrases = services.keyphrases.top_keyphrases(args.id, args.top)
    if not phrases:
        emit(args, "Không tìm thấy cụm từ khóa nào trong bài viết này.", [])
        return 0
    width = max(len(p.text) for p in phrases)
    kinds = max(len(_kind_text(p)) for p in phrases)
    lines = ["Cụm từ chính của bài"]
    for p in phrases:
        lines.append(
            f"{p.rank:>3}. {p.text:<{width}}  {_kind_text(p):<{kinds}}  điểm {p.score:4.2f}"
            f"  ×{p.count:<3} {_spans_text(p)}"
        )
    emit(args, "\n".join(lines), [phrase_json(p) for p in phrases])
    return 0


def _spans_text(phrase: KeyPhrase, limit: int = 6) -> str:
    shown = ", ".join(f"{s}–{e}" for s, e in phrase.spans[:limit])
    more = f" (+{len(phrase.spans) - limit})" if len(phrase.spans) > limit else ""
    return f"[{shown}{more}]"


def _run_keyphrases(args: argparse.Namespace, services: Services) -> int:
    if args.top is not None:
        return _run_top(args, services)
    kinds = tuple(args.kind) if args.kind else KINDS
    phrases = services.keyphrases.keyphrases(args.id, kinds)
    lines: list[str] = []
    for kind in kinds:
        of_kind = [p for p in phrases if p.kind == kind]
        if not of_kind:
            continue
        lines.append(f"{KIND_LABELS[kind]} ({len(of_kind)})")
        width = max(len(p.text) for p in of_kind)
        for p in of_kind:
            detail = f"điểm {p.score:.1f}" if kind == SALIENT else f"×{len(p.spans)}"
            group = f"  · {p.group}" if p.group else ""
            lines.append(f"  {p.text:<{width}}  {detail:>9}  {_spans_text(p)}{group}")
    if not lines:
        lines.append("Không tìm thấy cụm từ khóa nào trong bài viết này.")
    emit(args, "\n".join(lines), [phrase_json(p) for p in phrases])
    return 0


def _run_citing(args: argparse.Namespace, services: Services) -> int:
    metas = services.keyphrases.articles_citing(args.document)
    lines = [f"{m.id}  {m.published or '—':<16}  {m.title}" for m in metas]
    lines.append(f"({len(metas)} bài viết dẫn “{args.document}”)")
    data = [
        {"id": m.id, "title": m.title, "published": m.published, "doc_refs": list(m.doc_refs)}
        for m in metas
    ]
    emit(args, "\n".join(lines), data)
    return 0


def _run_glossary(args: argparse.Namespace, services: Services) -> int:
    service = services.keyphrases
    action = args.action
    if action == "list":
        terms = service.user_terms() if args.mine else service.glossary_terms()
        by_group: dict[str, list[str]] = {}
        for term in terms:
            by_group.setdefault(term.group, []).append(term.text + (" *" if term.user else ""))
        lines = [f"## {g}\n" + "\n".join(f"  {t}" for t in texts) for g, texts in by_group.items()]
        lines.append(f"({len(terms)} thuật ngữ; * là thuật ngữ của bạn)")
        emit(
            args,
            "\n".join(lines),
            [{"text": t.text, "group": t.group, "user": t.user} for t in terms],
        )
    elif action == "add":
        term = service.add_term(args.term, args.group or "")
        emit(
            args,
            f"Đã thêm “{term.text}” vào nhóm “{term.group}”.",
            {"text": term.text, "group": term.group},
        )
    elif action == "remove":
        term = service.remove_term(args.term)
        what = "Đã xóa" if term.user else "Đã ẩn thuật ngữ có sẵn"
        emit(
            args,
            f"{what} “{term.text}”.",
            {"text": term.text, "group": term.group, "user": term.user},
        )
    elif action == "group":
        term = service.set_term_group(args.term, args.group)
        emit(
            args,
            f"“{term.text}” giờ thuộc nhóm “{term.group}”.",
            {"text": term.text, "group": term.group},
        )
    elif action == "import":
        added, skipped = service.import_glossary(Path(args.path))
        emit(
            args,
            f"Đã thêm {added} thuật ngữ; bỏ qua {skipped} thuật ngữ đã có.",
            {"added": added, "skipped": skipped},
        )
    elif action == "export":
        count = service.export_glossary(Path(args.path), include_shipped=args.all)
        emit(
            args,
            f"Đã ghi {count} thuật ngữ vào {args.path}.",
            {"written": count, "path": str(args.path)},
        )
    return 0


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"“{value}” không phải một số nguyên dương.")
    return number


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "keyphrases",
        parents=[common],
        help="cụm từ khóa của một bài viết (thuật ngữ, văn bản, cụm nổi bật)",
    )
    p.add_argument("id", help="mã bài viết (xem bằng lệnh list)")
    p.add_argument("--kind", action="append", choices=KINDS, help="chỉ loại này (lặp lại được)")
    p.add_argument(
        "--top",
        type=_positive,
        metavar="N",
        help="chỉ N cụm từ chính của bài, mọi loại xếp chung theo điểm",
    )
    p.set_defaults(run=_run_keyphrases)

    p = sub.add_parser(
        "citing", parents=[common], help="các bài viết dẫn một văn bản, ví dụ “Chỉ thị 05-CT/TW”"
    )
    p.add_argument("document", help="tên chuẩn của văn bản, như lệnh keyphrases in ra")
    p.set_defaults(run=_run_citing)

    p = sub.add_parser("glossary", parents=[common], help="xem và sửa bảng thuật ngữ")
    actions = p.add_subparsers(dest="action", required=True, metavar="VIỆC")
    a = actions.add_parser("list", parents=[common], help="liệt kê thuật ngữ theo nhóm")
    a.add_argument("--mine", action="store_true", help="chỉ thuật ngữ của bạn")
    a = actions.add_parser("add", parents=[common], help="thêm một thuật ngữ")
    a.add_argument("term")
    a.add_argument("--group", help="nhóm (mặc định: Thuật ngữ của tôi)")
    a = actions.add_parser(
        "remove", parents=[common], help="xóa thuật ngữ của bạn hoặc ẩn thuật ngữ có sẵn"
    )
    a.add_argument("term")
    a = actions.add_parser(
        "group", parents=[common], help="chuyển thuật ngữ của bạn sang nhóm khác"
    )
    a.add_argument("term")
    a.add_argument("group")
    a = actions.add_parser(
        "import", parents=[common], help="thêm thuật ngữ từ tệp văn bản (mỗi dòng một thuật ngữ)"
    )
    a.add_argument("path")
    a = actions.add_parser("export", parents=[common], help="ghi thuật ngữ ra tệp văn bản")
    a.add_argument("path")
    a.add_argument("--all", action="store_true", help="cả thuật ngữ có sẵn")
    p.set_defaults(run=_run_glossary)
