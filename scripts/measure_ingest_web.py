"""Figures for web pages, official documents, encodings and hard-wrapped text on tests/data/ingest-web.

Usage: python scripts/measure_ingest_web.py [--json] [--details]
Prints, per kind, how many real files come out right (see tests/data/ingest-web/expected.json).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.domain.errors import ImportFailure  # noqa: E402
from desktop.ingest import read_document  # noqa: E402
from desktop.ingest.text_decoding import decode_bytes  # noqa: E402
from desktop.text.normalize import fold  # noqa: E402

DATA = ROOT / "tests" / "data" / "ingest-web"


def _title_ok(expected: dict, title: str) -> bool:
    if "title" in expected:
        return title == expected["title"]
    ok = True
    if "title_folded" in expected:
        ok &= fold(title) == fold(expected["title_folded"])
    if "title_starts" in expected:
        ok &= title.startswith(expected["title_starts"])
    if "title_folded_contains" in expected:
        ok &= fold(expected["title_folded_contains"]) in fold(title)
    return ok


def official(details: bool) -> dict:
    expected = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))["official"]
    counts = {"files": 0, "number": 0, "issuer": 0, "date": 0, "title": 0, "all": 0}
    for name, exp in expected.items():
        doc = read_document(DATA / "official" / name)
        number = getattr(doc, "doc_number", "")
        checks = {
            "number": number == exp["number"],
            "issuer": doc.source == exp["issuer"],
            "date": (doc.published or "")[:10] == exp["published"],
            "title": _title_ok(exp, doc.title),
        }
        counts["files"] += 1
        for key, ok in checks.items():
            counts[key] += ok
        counts["all"] += all(checks.values())
        if details and not all(checks.values()):
            print(f"  {name}: number={number!r} issuer={doc.source!r} date={doc.published!r} title={doc.title!r}")
    return counts


def _lines(text: str) -> set[str]:
    return {line.strip() for line in text.split("\n")}


def pages(details: bool) -> dict:
    expected = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))["pages"]
    counts = {"articles": 0, "clean": 0, "kept": 0, "title": 0, "source": 0, "date": 0, "not_article_refused": 0, "not_article": 0}
    for name, exp in expected.items():
        path = DATA / "pages" / name
        if exp.get("not_article"):
            counts["not_article"] += 1
            try:
                read_document(path)
            except ImportFailure:
                counts["not_article_refused"] += 1
            continue
        counts["articles"] += 1
        try:
            doc = read_document(path)
        except ImportFailure as exc:
            if details:
                print(f"  {name}: refused: {exc.message}")
            continue
        text = doc.clean_text
        lines = _lines(text)
        clean = not any(p in text for p in exp["must_not"]) and not any(line in lines for line in exp["must_not_lines"])
        kept = all(p in text for p in exp["must"])
        checks = {
            "clean": clean,
            "kept": kept,
            "title": doc.title == exp["title"],
            "source": doc.source == exp["source"],
            "date": doc.published == exp["published"],
        }
        for key, ok in checks.items():
            counts[key] += ok
        if details and not all(checks.values()):
            bad = [p for p in exp["must_not"] if p in text] + [x for x in exp["must_not_lines"] if x in lines]
            missing = [p for p in exp["must"] if p not in text]
            print(f"  {name}: title={doc.title!r} source={doc.source!r} date={doc.published!r} left={bad} lost={missing}")
    return counts


def encodings(details: bool) -> dict:
    expected = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))["encodings"]
    counts = {"files": 0, "right_and_sure": 0, "wrong_but_sure": 0, "unsure": 0}
    for name, exp in expected.items():
        data = (DATA / "encodings" / name).read_bytes()
        truth = (DATA / "encodings" / exp["same_as"]).read_text(encoding="utf-8")
        try:
            decoded = decode_bytes(data)
            right = decoded.text.strip() == truth.strip()
            sure = decoded.confident
            label = decoded.encoding
        except Exception as exc:  # noqa: BLE001 - a figure, not a crash
            right, sure, label = False, False, type(exc).__name__
        counts["files"] += 1
        counts["right_and_sure"] += right and sure
        counts["wrong_but_sure"] += (not right) and sure
        counts["unsure"] += not sure
        if details:
            print(f"  {name}: decoded as {label}, {'right' if right else 'WRONG'}, {'sure' if sure else 'unsure'}")
    return counts


def hard_wrapped(details: bool) -> dict:
    expected = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))["text"]
    counts = {"files": 0, "first_line_kept": 0, "paragraphs_right": 0, "title_right": 0}
    for name, exp in expected.items():
        doc = read_document(DATA / "text" / name)
        paragraphs = [p for p in doc.clean_text.split("\n") if p.strip()]
        start = exp.get("clean_starts") or exp.get("first_paragraph_starts")
        counts["files"] += 1
        counts["first_line_kept"] += doc.clean_text.startswith(start)
        counts["paragraphs_right"] += len(paragraphs) == exp["paragraphs"]
        counts["title_right"] += ("title" not in exp) or doc.title == exp["title"]
        if details:
            print(f"  {name}: title={doc.title!r} paragraphs={len(paragraphs)} starts={doc.clean_text[:60]!r}")
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    figures = {
        "official": official(args.details),
        "pages": pages(args.details),
        "encodings": encodings(args.details),
        "hard_wrapped": hard_wrapped(args.details),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for kind, counts in figures.items():
            print(kind + ": " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
