"""`backup`, `backups` and `restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.output import emit
from desktop.domain.errors import UserError
from desktop.services import Services


def _run_backup(args: argparse.Namespace, services: Services) -> int:
    path = services.backups.backup_now()
    emit(args, f"Đã sao lưu thư viện vào {path}", {"path": str(path)})
    return 0


def _run_list(args: argparse.Namespace, services: Services) -> int:
    found = services.backups.list()
    lines = [f"{b.label}  {b.reason or '-':<16}  {b.path}" for b in found] or ["Chưa có bản sao lưu nào."]
    emit(
        args,
        "\n".join(lines),
        [{"path": str(b.path), "created": b.created.isoformat(timespec="seconds"), "reason": b.reason} for b in found],
    )
    return 0


def _run_restore(args: argparse.Namespace, services: Services) -> int:
    archive = Path(args.file)
    if not archive.is_file():
        named = [b.path for b in services.backups.list() if b.path.name == args.file]
        if not named:
            raise UserError(f"Không tìm thấy bản sao lưu “{args.file}”.")
        archive = named[0]
    safety = services.backups.restore(archive)
    emit(
        args,
        f"Đã khôi phục thư viện từ {archive.name}. Trạng thái trước đó được giữ trong {safety.name}.",
        {"restored": str(archive), "safety_backup": str(safety)},
    )
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common], help="sao lưu thư viện ngay")
    p.set_defaults(run=_run_backup)
    p = sub.add_parser("backups", parents=[common], help="liệt kê các bản sao lưu")
    p.set_defaults(run=_run_list)
    p = sub.add_parser("restore", parents=[common], help="khôi phục thư viện từ một bản sao lưu")
    p.add_argument("file", help="tệp .zip sao lưu hoặc tên của nó (xem lệnh backups)")
    p.set_defaults(run=_run_restore)
