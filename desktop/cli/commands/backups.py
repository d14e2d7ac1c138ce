"""`backup`, `backups` and `restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.language import say
from desktop.cli.output import emit
from desktop.domain.errors import NotFoundError
from desktop.domain.message import Message
from desktop.services import Services

# Why a backup was made (recorded in it), in words (the GUI's restore dialog says the same).
REASONS = {
    "manual": Message("sao lưu thủ công"),
    "auto": Message("tự động"),
    "before-restore": Message("trước khi khôi phục"),
    "before-migration": Message("trước khi nâng cấp"),
    "on-close": Message("khi đóng ứng dụng"),
}


def _run_backup(args: argparse.Namespace, services: Services) -> int:
    path = services.backups.backup_now()
    emit(args, say(Message("Đã sao lưu thư viện vào {path}", path=str(path))), {"path": str(path)})
    return 0


def _run_list(args: argparse.Namespace, services: Services) -> int:
    found = services.backups.list()
    lines = [f"{say(b.label)}  {say(REASONS.get(b.reason, b.reason or '-')):<20}  {b.path}" for b in found]
    emit(
        args,
        "\n".join(lines) or say(Message("Chưa có bản sao lưu nào.")),
        [{"path": str(b.path), "created": b.created.isoformat(timespec="seconds"), "reason": b.reason} for b in found],
    )
    return 0


def _run_restore(args: argparse.Namespace, services: Services) -> int:
    archive = Path(args.file)
    if not archive.is_file():
        named = [b.path for b in services.backups.list() if b.path.name == args.file]
        if not named:
            raise NotFoundError(Message("Không tìm thấy bản sao lưu “{name}”.", code="backup_not_found", name=args.file))
        archive = named[0]
    safety = services.backups.restore(archive)
    emit(
        args,
        say(
            Message(
                "Đã khôi phục thư viện từ {archive}. Trạng thái trước đó được giữ trong {safety}.",
                archive=archive.name,
                safety=safety.name,
            )
        ),
        {"restored": str(archive), "safety_backup": str(safety)},
    )
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common], help=say(Message("sao lưu thư viện ngay")))
    p.set_defaults(run=_run_backup)
    p = sub.add_parser("backups", parents=[common], help=say(Message("liệt kê các bản sao lưu")))
    p.set_defaults(run=_run_list)
    p = sub.add_parser("restore", parents=[common], help=say(Message("khôi phục thư viện từ một bản sao lưu")))
    p.add_argument("file", help=say(Message("tệp .zip sao lưu hoặc tên của nó (xem lệnh backups)")))
    p.set_defaults(run=_run_restore)
