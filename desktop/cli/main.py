"""Parse the command line, open the library, run one subcommand, map errors to exit codes."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

from desktop.cli import commands
from desktop.cli.output import error
from desktop.domain.errors import UserError

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=None, help="thư mục thư viện (mặc định: thư mục dữ liệu người dùng)")
    common.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="trichdan",
        description="Trích Dẫn: đọc, đánh dấu và trích dẫn bài viết tiếng Việt.",
        parents=[common],
    )
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return EXIT_USAGE
    from desktop.services import Services

    try:
        services = Services.open(args.data_dir, read_only=getattr(args, "read_only", False))
    except UserError as exc:
        error(exc.message)
        return EXIT_USER_ERROR
    try:
        for message in services.store.recovery.messages:
            print(message, file=sys.stderr)
        return int(args.run(args, services) or 0)
    except UserError as exc:
        error(exc.message)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        error("Đã dừng theo yêu cầu.")
        return 130
    finally:
        services.close()
