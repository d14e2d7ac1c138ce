"""Which of the two faces a command line opens: the window or the CLI."""

from __future__ import annotations

import pytest

from desktop.app import wants_cli


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["import", "a.docx"],
        ["--data-dir", "thư viện", "list"],  # common options before the command (the help's order)
        ["--data-dir=thư viện", "--read-only", "search", "đạo đức"],
        ["--lang", "en", "list"],
        ["--json"],
        ["--help"],
        ["list", "--data-dir", "D"],
    ],
)
def test_a_command_anywhere_opens_the_cli(args: list[str]) -> None:
    assert wants_cli(args)


@pytest.mark.parametrize("args", [[], ["--data-dir", "list"], ["--data-dir", "D", "--read-only"], ["--quit-after-ms", "500"]])
def test_window_options_alone_open_the_window(args: list[str]) -> None:
    """"list" here is the value of --data-dir (a folder named so), not a command."""
    assert not wants_cli(args)
