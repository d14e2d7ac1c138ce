"""`tags` (list), `tags rename OLD NEW`, `tags merge SOURCE TARGET`, `tags delete TAG`."""

from __future__ import annotations

import argparse

from desktop.cli.output import emit
from desktop.domain.errors import NotFoundError
from desktop.domain.tag import Tag, normalize_tag_name
from desktop.services import Services


def _tag(services: Services, name: str) -> Tag:
    found = services.tags.find(name)
    if found is None:
        raise NotFoundError(f"Không có thẻ “{normalize_tag_name(name)}”. Xem danh sách bằng lệnh tags.")
    return found


def _run_list(args: argparse.Namespace, services: Services) -> int:
    counts = services.tags.counts()
    tags = services.tags.list_tags()
    lines = [f"{t.name}  ({counts.get(t.id, 0)})  {t.color}".rstrip() for t in tags]
    lines.append(f"({len(tags)} thẻ)")
    legend = services.tags.color_legend()
    lines.append("Chú giải màu: " + "; ".join(f"{k} = {m}" for k, m in legend.items()))
    data = {
        "tags": [{"id": t.id, "name": t.name, "color": t.color, "count": counts.get(t.id, 0)} for t in tags],
        "color_legend": legend,
    }
    emit(args, "\n".join(lines), data)
    return 0


def _run_rename(args: argparse.Namespace, services: Services) -> int:
    tag = _tag(services, args.old)
    change = services.tags.rename(tag.id, args.new)
    after = {t.id: t.name for t in services.tags.list_tags()}
    renamed = [{"id": t.id, "from": t.name, "to": after.get(t.id, t.name)} for t in change.tags_before]
    children = len(renamed) - 1
    human = (
        f"Đã đổi tên thẻ “{tag.name}” thành “{after.get(tag.id, tag.name)}”"
        + (f" (cùng {children} thẻ con)" if children > 0 else "")
        + "."
        if renamed
        else f"Thẻ “{tag.name}” đã có tên này: không có gì thay đổi."
    )
    emit(args, human, {"renamed": renamed})
    return 0


def _run_merge(args: argparse.Namespace, services: Services) -> int:
    source, target = _tag(services, args.source), _tag(services, args.target)
    change = services.tags.merge(source.id, target.id)
    moved = len(change.annotations_before)
    emit(
        args,
        f"Đã gộp thẻ “{source.name}” vào “{target.name}”: {moved} ghi chú chuyển sang thẻ “{target.name}”.",
        {"source": source.name, "target": target.name, "annotations": moved},
    )
    return 0


def _run_delete(args: argparse.Namespace, services: Services) -> int:
    tag = _tag(services, args.tag)
    change = services.tags.delete(tag.id)
    count = len(change.annotations_before)
    emit(
        args,
        f"Đã xóa thẻ “{tag.name}”: {count} ghi chú bỏ thẻ này, các ghi chú vẫn được giữ nguyên.",
        {"deleted": tag.name, "annotations": count},
    )
    return 0


def _run_tags(args: argparse.Namespace, services: Services) -> int:
    actions = {"rename": _run_rename, "merge": _run_merge, "delete": _run_delete}
    return actions.get(args.action or "", _run_list)(args, services)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("tags", parents=[common], help="liệt kê, đổi tên, gộp hoặc xóa thẻ")
    actions = p.add_subparsers(dest="action", metavar="VIỆC")
    a = actions.add_parser("rename", parents=[common], help="đổi tên một thẻ (các thẻ con đi theo)")
    a.add_argument("old", help="tên thẻ hiện tại")
    a.add_argument("new", help="tên mới (“cha/con” để đặt làm thẻ con)")
    a = actions.add_parser("merge", parents=[common], help="gộp thẻ SOURCE vào thẻ TARGET")
    a.add_argument("source", metavar="SOURCE", help="thẻ sẽ bị gộp (mất đi)")
    a.add_argument("target", metavar="TARGET", help="thẻ nhận các ghi chú")
    a = actions.add_parser("delete", parents=[common], help="xóa một thẻ (các ghi chú vẫn được giữ)")
    a.add_argument("tag", help="tên thẻ")
    p.set_defaults(run=_run_tags)
