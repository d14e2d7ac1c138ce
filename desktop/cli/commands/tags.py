"""`tags` (list), `tags rename OLD NEW`, `tags merge SOURCE TARGET`, `tags delete TAG`."""

from __future__ import annotations

import argparse

from desktop.cli.language import color_meaning, say, say_lines
from desktop.cli.output import emit
from desktop.domain.errors import NotFoundError
from desktop.domain.message import Message
from desktop.domain.tag import Tag, normalize_tag_name
from desktop.services import Services


def _tag(services: Services, name: str) -> Tag:
    found = services.tags.find(name)
    if found is None:
        raise NotFoundError(
            Message("Không có thẻ “{name}”. Xem danh sách bằng lệnh tags.", code="tag_not_found", name=normalize_tag_name(name))
        )
    return found


def _run_list(args: argparse.Namespace, services: Services) -> int:
    counts = services.tags.counts()
    tags = services.tags.list_tags()
    lines: list[str] = [f"{t.name}  ({counts.get(t.id, 0)})  {t.color}".rstrip() for t in tags]
    lines.append(Message("({count} thẻ)", count=len(tags)))
    legend = services.tags.color_legend()
    meanings = "; ".join(f"{color_meaning(k, legend)} ({k})" for k in legend)
    lines.append(Message("Chú giải màu: {meanings}", meanings=meanings))
    data = {
        "tags": [{"id": t.id, "name": t.name, "color": t.color, "count": counts.get(t.id, 0)} for t in tags],
        "color_legend": legend,
    }
    emit(args, say_lines(lines), data)
    return 0


def _run_rename(args: argparse.Namespace, services: Services) -> int:
    tag = _tag(services, args.old)
    change = services.tags.rename(tag.id, args.new)
    after = {t.id: t.name for t in services.tags.list_tags()}
    renamed = [{"id": t.id, "from": t.name, "to": after.get(t.id, t.name)} for t in change.tags_before]
    children = len(renamed) - 1
    new_name = after.get(tag.id, tag.name)
    if not renamed:
        human = Message("Thẻ “{name}” đã có tên này: không có gì thay đổi.", name=tag.name)
    elif children > 0:
        human = Message(
            "Đã đổi tên thẻ “{old}” thành “{new}” (cùng {children} thẻ con).", old=tag.name, new=new_name, children=children
        )
    else:
        human = Message("Đã đổi tên thẻ “{old}” thành “{new}”.", old=tag.name, new=new_name)
    emit(args, say(human), {"renamed": renamed})
    return 0


def _run_merge(args: argparse.Namespace, services: Services) -> int:
    source, target = _tag(services, args.source), _tag(services, args.target)
    change = services.tags.merge(source.id, target.id)
    moved = len(change.annotations_before)
    emit(
        args,
        say(
            Message(
                "Đã gộp thẻ “{source}” vào “{target}”: {moved} ghi chú chuyển sang thẻ “{target}”.",
                source=source.name,
                target=target.name,
                moved=moved,
            )
        ),
        {"source": source.name, "target": target.name, "annotations": moved},
    )
    return 0


def _run_delete(args: argparse.Namespace, services: Services) -> int:
    tag = _tag(services, args.tag)
    change = services.tags.delete(tag.id)
    count = len(change.annotations_before)
    emit(
        args,
        say(Message("Đã xóa thẻ “{name}”: {count} ghi chú bỏ thẻ này, các ghi chú vẫn được giữ nguyên.", name=tag.name, count=count)),
        {"deleted": tag.name, "annotations": count},
    )
    return 0


def _run_tags(args: argparse.Namespace, services: Services) -> int:
    actions = {"rename": _run_rename, "merge": _run_merge, "delete": _run_delete}
    return actions.get(args.action or "", _run_list)(args, services)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("tags", parents=[common], help=say(Message("liệt kê, đổi tên, gộp hoặc xóa thẻ")))
    actions = p.add_subparsers(dest="action", metavar=say(Message("VIỆC")))
    a = actions.add_parser("rename", parents=[common], help=say(Message("đổi tên một thẻ (các thẻ con đi theo)")))
    a.add_argument("old", help=say(Message("tên thẻ hiện tại")))
    a.add_argument("new", help=say(Message("tên mới (“cha/con” để đặt làm thẻ con)")))
    a = actions.add_parser("merge", parents=[common], help=say(Message("gộp thẻ SOURCE vào thẻ TARGET")))
    a.add_argument("source", metavar="SOURCE", help=say(Message("thẻ sẽ bị gộp (mất đi)")))
    a.add_argument("target", metavar="TARGET", help=say(Message("thẻ nhận các ghi chú")))
    a = actions.add_parser("delete", parents=[common], help=say(Message("xóa một thẻ (các ghi chú vẫn được giữ)")))
    a.add_argument("tag", help=say(Message("tên thẻ")))
    p.set_defaults(run=_run_tags)
