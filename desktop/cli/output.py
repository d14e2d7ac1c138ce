"""Printing results for people (Vietnamese text) or machines (--json)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def emit(args: argparse.Namespace, human: str, data: Any) -> None:
    """Print `data` as JSON with --json, else the human text."""
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        if human:
            print(human)


def error(message: str) -> None:
    print(f"Lỗi: {message}", file=sys.stderr)
