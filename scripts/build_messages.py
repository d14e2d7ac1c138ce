"""Update the English catalogue of the core's messages (resources/translations/messages_en.json).

    .venv/bin/python scripts/build_messages.py              # add new templates, drop stale ones
    .venv/bin/python scripts/build_messages.py --check      # exit 1 if anything is missing or stale
    .venv/bin/python scripts/build_messages.py --unfinished > todo.json
    .venv/bin/python scripts/build_messages.py --apply done.json

The core's messages are `Message("Vietnamese template", name=...)` calls outside desktop/gui
(the GUI's own strings go through Qt: scripts/build_translations.py). `--apply` takes a JSON
list of {"vi", "en"} and records those translations. An entry's placeholders must be the
template's: `{name}` stays `{name}`; English may add `{count:plural:article|articles}`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.domain.message import read_catalog_entries  # noqa: E402
from desktop.domain.message_sources import Template, check_catalog, extract  # noqa: E402

PACKAGE = ROOT / "desktop"
CATALOG = ROOT / "resources" / "translations" / "messages_en.json"
LANGUAGE = "en"


def source_templates() -> list[Template]:
    templates, problems = extract(PACKAGE, relative_to=ROOT)
    for p in problems:
        print(p, file=sys.stderr)
    return templates


def committed() -> dict[str, str]:
    return {e["vi"]: str(e.get(LANGUAGE, "")) for e in read_catalog_entries(CATALOG)}


def catalog_document(templates: list[Template], translations: dict[str, str]) -> dict[str, object]:
    """The file's content: one entry per template, in the order the code holds them."""
    return {
        "language": LANGUAGE,
        "source_language": "vi",
        "about": "Translations of the core's messages; the key is the Vietnamese template. "
        "Build and check with scripts/build_messages.py.",
        "messages": [
            {"vi": t.text, LANGUAGE: translations.get(t.text, ""), "files": list(t.files)} for t in templates
        ],
    }


def write_catalog(document: dict[str, object]) -> None:
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    temp = CATALOG.with_suffix(".json.tmp")
    temp.write_text(text, encoding="utf-8")
    temp.replace(CATALOG)  # an interrupted build never leaves half a catalogue


def stale_reasons() -> list[str]:
    """Why the committed catalogue does not match the code (empty when all is well)."""
    templates, problems = extract(PACKAGE, relative_to=ROOT)
    reasons = [str(p) for p in problems]
    translations = committed()
    reasons += check_catalog(templates, translations).lines()
    if not reasons and CATALOG.read_text(encoding="utf-8") != json.dumps(
        catalog_document(templates, translations), ensure_ascii=False, indent=1
    ) + "\n":
        reasons.append(f"{CATALOG.name} is not in the code's order: run scripts/build_messages.py")
    return reasons


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale or untranslated")
    parser.add_argument("--unfinished", action="store_true", help="print the untranslated templates as JSON")
    parser.add_argument("--apply", type=Path, help="JSON list of {vi, en} to record")
    args = parser.parse_args(argv)
    if args.check:
        reasons = stale_reasons()
        for r in reasons:
            print(r)
        return 1 if reasons else 0
    templates = source_templates()
    translations = committed()
    if args.apply:
        items = json.loads(args.apply.read_text(encoding="utf-8"))
        known = {t.text for t in templates}
        recorded = 0
        for item in items:
            if item.get("vi") in known and str(item.get(LANGUAGE, "")).strip():
                translations[item["vi"]] = str(item[LANGUAGE])
                recorded += 1
        print(f"recorded {recorded} translation(s)", file=sys.stderr)
    report = check_catalog(templates, translations)
    for text in report.stale:
        print(f"dropped (no longer in the code): {text!r} -> {translations[text]!r}", file=sys.stderr)
    for text, why in report.mismatched:
        print(f"unusable translation of {text!r}: {why}", file=sys.stderr)
    write_catalog(catalog_document(templates, translations))
    if args.unfinished:
        print(json.dumps([{"vi": t, LANGUAGE: ""} for t in report.missing], ensure_ascii=False, indent=1))
    print(f"{len(templates)} templates, {len(report.missing)} untranslated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
