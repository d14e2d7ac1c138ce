"""Parse the command line, open the library, run one subcommand, map errors to exit codes."""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import re
import sys
from pathlib import Path
from typing import Any

from desktop.cli import commands
from desktop.cli.language import language_from, say, set_language
from desktop.cli.output import error, fail
from desktop.domain.errors import UserError
from desktop.domain.message import LANGUAGES, Message

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_BUG = 3
# Same words as the GUI's window title for these messages (desktop.storage.recovery).
RECOVERY_TITLE = Message("Thư viện đã được khôi phục")
# Bytes of the command line that were not UTF-8 arrive as lone surrogates (PEP 383).
_UNDECODABLE = re.compile("[\ud800-\udfff]")


def _common_options(*, after_command: bool = False) -> argparse.ArgumentParser:
    """The options every command takes, before or after its name. After it, an option left out
    must not reset one given before it (argparse copies a subcommand's defaults over the
    values already parsed): `trichdan --data-dir D list` lists D, never the default library."""

    def default(value: object) -> object:
        return argparse.SUPPRESS if after_command else value

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=default(None),
        help=say(Message("thư mục thư viện (mặc định: thư mục dữ liệu người dùng)")),
    )
    common.add_argument("--json", action="store_true", default=default(False), help=say(Message("in kết quả dạng JSON")))
    common.add_argument(
        "--read-only",
        action="store_true",
        default=default(False),
        help=say(Message("mở thư viện chỉ để đọc (không thay đổi gì)")),
    )
    common.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default(None),
        help=say(Message("ngôn ngữ của lệnh: vi (mặc định) hoặc en; cũng đọc từ biến môi trường TRICHDAN_LANG")),
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(after_command=True)
    parser = argparse.ArgumentParser(
        prog="trichdan",
        description=say(Message("Trích Dẫn: đọc, đánh dấu và trích dẫn bài viết tiếng Việt.")),
        parents=[_common_options()],
    )
    sub = parser.add_subparsers(dest="command", metavar=say(Message("LỆNH")))
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub, common)
    return parser


def _undecodable_argument(args: argparse.Namespace) -> str | None:
    """The name of an argument whose bytes were not text (a console in another code page)."""
    for name, value in vars(args).items():
        values: list[Any] = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and _UNDECODABLE.search(v) for v in values):
            return name
        if any(isinstance(v, Path) and _UNDECODABLE.search(str(v)) for v in values):
            return name
    return None


def _tell(message: str) -> None:
    print(f"{say(RECOVERY_TITLE)}: {say(message)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    # The language first: the parser's help texts are written in it.
    set_language(language_from(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return EXIT_USAGE
    bad = _undecodable_argument(args)
    if bad is not None:
        option = "--" + bad.replace("_", "-") if bad not in ("paths", "id", "file", "query") else bad
        error(
            Message(
                "Giá trị của “{option}” có byte không phải chữ Unicode (UTF-8); có thể cửa sổ dòng lệnh "
                "đang dùng bảng mã khác. Hãy gõ lại giá trị đó bằng Unicode.",
                code="undecodable_argument",
                option=option,
            ),
            args,
        )
        return EXIT_USAGE
    from desktop.services import Services

    try:
        services = Services.open(args.data_dir, read_only=getattr(args, "read_only", False))
    except UserError as exc:
        fail(exc, args)
        return EXIT_USER_ERROR
    store = services.store
    if store.read_only_reason:
        print(say(store.read_only_reason), file=sys.stderr)
    for message in store.recovery.messages:
        _tell(message)
    store.recovery.listeners.append(_tell)  # files repaired while the command runs, too
    try:
        return int(args.run(args, services) or 0)
    except UserError as exc:
        fail(exc, args)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        error(Message("Đã dừng theo yêu cầu.", code="cancelled"), args)
        return 130
    except Exception as exc:  # a bug: one sentence and the cause, not a traceback
        if os.environ.get("TRICHDAN_DEBUG"):
            raise
        error(
            Message(
                "Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu vẫn an toàn; hãy báo cho bộ phận hỗ trợ kèm dòng sau: {cause}",
                code="unexpected",
                cause=f"{type(exc).__name__}: {exc}",
            ),
            args,
        )
        return EXIT_BUG
    finally:
        services.close()
