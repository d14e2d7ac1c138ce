"""Entry point: the GUI by default, the CLI when given a subcommand."""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Options that take a value, so the next word is that value and not a command's name.
_OPTIONS_WITH_VALUE = ("--data-dir", "--lang", "--quit-after-ms")
# Options only the CLI has: the window has its own language setting and prints nothing.
_CLI_ONLY = ("--json", "--lang", "-h", "--help")


def wants_cli(args: Sequence[str]) -> bool:
    """True when the command line names a command (`list`, `import …`), wherever the common
    options stand (`--data-dir D list` as well as `list --data-dir D`), or asks for the CLI's
    help, JSON or language; the window otherwise (`--data-dir D`, `--read-only`)."""
    value_next = False
    for arg in args:
        if value_next:
            value_next = False
            continue
        if arg.startswith("-"):
            name, has_value, _ = arg.partition("=")
            if name in _CLI_ONLY:
                return True
            value_next = name in _OPTIONS_WITH_VALUE and not has_value
            continue
        return True
    return False


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if wants_cli(args):
        from desktop.cli.main import main as cli_main

        return cli_main(args)
    from desktop.gui.application import run_gui

    return run_gui(args)
