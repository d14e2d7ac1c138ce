"""Entry point: the GUI by default, the CLI when given a subcommand."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    wants_cli = any(not a.startswith("-") for a in args[:1]) or any(a in ("-h", "--help") for a in args)
    if wants_cli:
        from desktop.cli.main import main as cli_main

        return cli_main(args)
    from desktop.gui.application import run_gui

    return run_gui(args)
