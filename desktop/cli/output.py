"""Printing results for people (in the CLI's language) or machines (--json)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.cli.language import say
from desktop.domain.errors import UserError
from desktop.domain.message import Message, first_code


def emit(args: argparse.Namespace, human: str, data: Any) -> None:
    """Print `data` as JSON with --json, else the human text (a Message is said in the CLI's
    language)."""
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        if human:
            print(say(human))


def error(message: str, args: argparse.Namespace | None = None, *, kind: str = "user_error") -> None:
    """The sentence on standard error ("Lỗi: …"); with --json also {"error": {code, kind,
    message}} on standard output, so a program reading it needs no sentence to parse."""
    print(say(Message("Lỗi: {message}", message=message)), file=sys.stderr)
    if args is not None and getattr(args, "json", False):
        data = {"code": first_code(message, kind), "kind": kind, "message": say(message)}
        json.dump({"error": data}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")


def fail(exc: UserError, args: argparse.Namespace | None = None) -> None:
    """A UserError, told as `error` tells it (its kind: not_found, storage, import_failed…)."""
    error(exc.message, args, kind=exc.kind)
