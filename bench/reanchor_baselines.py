"""The other re-anchorers bench/bench_reanchor.py runs on the same cases in the same run:
Hypothesis's matchQuote (through node) and another version of this repository (a child process)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bench.reanchor_cases import Case
from desktop.text.qt_offsets import OffsetMap

Found = tuple[int, int] | None


class HypothesisBaseline:
    def __init__(self, match_quote_ts: Path, npm_dir: Path) -> None:
        harness = Path(__file__).with_name("hypothesis_match.mjs")
        self._proc = subprocess.Popen(
            ["node", str(harness), str(match_quote_ts), str(npm_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def run(self, text: str, cases: list[Case]) -> tuple[list[Found], list[float]]:
        offsets = OffsetMap(text)
        rows = []
        for c in cases:
            q = c.quote
            rows.append(
                [offsets.to_utf16(c.position.start), offsets.to_utf16(c.position.end), q.exact, q.prefix, q.suffix]
            )
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write(json.dumps({"text": text, "cases": rows}, ensure_ascii=False) + "\n")
        self._proc.stdin.flush()
        reply = json.loads(self._proc.stdout.readline())
        found: list[Found] = [
            None if r is None else (offsets.to_codepoint(r[0]), offsets.to_codepoint(r[1]))
            for r in reply["results"]
        ]
        return found, reply["ms"]

    def close(self) -> None:
        if self._proc.stdin:
            self._proc.stdin.close()
        self._proc.wait(timeout=30)


class BeforeBaseline:
    """Selectors only, as the version of this repository in another folder does it."""

    def __init__(self, folder: Path) -> None:
        harness = Path(__file__).with_name("reanchor_before.py")
        self._proc = subprocess.Popen(
            [sys.executable, str(harness), str(folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def run(self, text: str, cases: list[Case]) -> tuple[list[Found], list[float]]:
        rows = [[c.position.start, c.position.end, c.quote.exact, c.quote.prefix, c.quote.suffix] for c in cases]
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write(json.dumps({"text": text, "cases": rows}, ensure_ascii=False) + "\n")
        self._proc.stdin.flush()
        reply = json.loads(self._proc.stdout.readline())
        return [None if r is None else (r[0], r[1]) for r in reply["results"]], reply["ms"]

    def close(self) -> None:
        if self._proc.stdin:
            self._proc.stdin.close()
        self._proc.wait(timeout=30)


def before_baseline(args: argparse.Namespace) -> tuple[BeforeBaseline | None, str]:
    if not args.before:
        return None, ""
    folder = Path(args.before)
    if not (folder / "desktop" / "anchoring" / "reanchor.py").is_file():
        raise SystemExit(f"--before {folder}: no desktop/anchoring/reanchor.py there")
    return BeforeBaseline(folder), f"selectors only as in {folder}"


def hypothesis_baseline(args: argparse.Namespace) -> tuple[HypothesisBaseline | None, str]:
    client = args.hypothesis_client or os.environ.get("HYPOTHESIS_CLIENT", "")
    npm_dir = args.npm_dir or os.environ.get("ANCHOR_NPM_DIR", "")
    if not shutil.which("node"):
        return None, "node is not installed: Hypothesis baseline left out"
    if not client or not npm_dir:
        return None, (
            "Hypothesis baseline left out: give --hypothesis-client (a hypothesis/client "
            "snapshot) and --npm-dir (npm install approx-string-match typescript there)"
        )
    path = Path(client)
    if path.is_dir():
        path = path / "src" / "annotator" / "anchoring" / "match-quote.ts"
    modules = Path(npm_dir) / "node_modules"
    if not path.is_file() or not (modules / "approx-string-match").is_dir() or not (modules / "typescript").is_dir():
        return None, f"Hypothesis baseline left out: {path} or {modules}/(approx-string-match, typescript) missing"
    return HypothesisBaseline(path, Path(npm_dir)), f"Hypothesis matchQuote from {path}"


