"""Update the English catalogue from the GUI sources and compile every `.ts` to `.qm`.

    .venv/bin/python scripts/build_translations.py            # update .ts, compile .qm
    .venv/bin/python scripts/build_translations.py --check    # exit 1 if anything is stale or untranslated
    .venv/bin/python scripts/build_translations.py --unfinished > todo.json
    .venv/bin/python scripts/build_translations.py --apply done.json

`--apply` takes a JSON list of {"source", "translation"} (optionally "context", "comment", or
"forms": [singular, plural] for plurals) and marks those strings finished.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.gui.i18n.source_strings import SourceString, extract  # noqa: E402
from desktop.gui.i18n.ts_file import FINISHED, VANISHED, TsFile, merge, read_ts, write_ts  # noqa: E402

GUI_DIR = ROOT / "desktop" / "gui"
TRANSLATIONS = ROOT / "resources" / "translations"
APP_TS = TRANSLATIONS / "trichdan_en.ts"


def lrelease_command() -> list[str]:
    """pyside6-lrelease from the interpreter's own environment, else from PATH."""
    for candidate in (Path(sys.executable).with_name("pyside6-lrelease"), Path(sys.executable).with_name("pyside6-lrelease.exe")):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6 in this environment")
    return [found]


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run([*lrelease_command(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)


def source_strings() -> list[SourceString]:
    strings, problems = extract(GUI_DIR, relative_to=ROOT)
    for p in problems:
        print(f"{p.filename}:{p.line}: {p.reason}", file=sys.stderr)
    # Only the file is kept as location: line numbers would make the catalogue churn on every edit.
    return [replace(s, locations=tuple(sorted({(f, 0) for f, _ in s.locations}))) for s in strings]


def updated_catalog() -> TsFile:
    existing = read_ts(APP_TS) if APP_TS.exists() else TsFile(language="en")
    return merge(existing, source_strings())


def apply_translations(ts: TsFile, items: list[dict[str, object]]) -> int:
    done = 0
    for i, message in enumerate(ts.messages):
        for item in items:
            if item.get("source") != message.source:
                continue
            if "context" in item and item["context"] != message.context:
                continue
            if str(item.get("comment", "")) != message.comment:
                continue
            if message.plural:
                raw_forms = item.get("forms") or [item.get("translation", "")] * 2
                forms = tuple(str(f) for f in raw_forms) if isinstance(raw_forms, list) else ()
                ts.messages[i] = replace(message, plural_forms=forms, state=FINISHED)
            else:
                ts.messages[i] = replace(message, translation=str(item["translation"]), state=FINISHED)
            done += 1
            break
    return done


def qm_matches(ts_path: Path, qm_path: Path) -> bool:
    """Every finished translation of the .ts is what Qt reads from the .qm (compared by meaning,
    not bytes: another lrelease version may lay the file out differently)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not qm_path.exists() or not translator.load(str(qm_path)):
        return False
    for m in read_ts(ts_path).messages:
        if not m.finished or m.plural:
            continue
        if translator.translate(m.context, m.source, m.comment or None) != m.translation:
            return False
    return True


def stale_reasons() -> list[str]:
    """Why the committed catalogues do not match the code (empty when all is well)."""
    reasons = []
    fresh = updated_catalog()
    committed = read_ts(APP_TS) if APP_TS.exists() else TsFile(language="en")
    def live(catalog: TsFile) -> list[tuple[object, ...]]:
        # Vanished strings are kept in the file for later reuse; they never make it stale.
        return [(m.key, m.translation, m.plural_forms, m.state) for m in catalog.messages if m.state != VANISHED]

    if live(fresh) != live(committed):
        reasons.append(f"{APP_TS.name} is not up to date with desktop/gui: run scripts/build_translations.py")
    for m in fresh.unfinished():
        reasons.append(f"untranslated [{m.context}] {m.source!r}")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm_matches(ts, qm):
            reasons.append(f"{qm.name} does not hold what {ts.name} says: run scripts/build_translations.py")
    return reasons


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale or untranslated")
    parser.add_argument("--unfinished", action="store_true", help="print the untranslated strings as JSON")
    parser.add_argument("--apply", type=Path, help="JSON file of translations to record")
    args = parser.parse_args(argv)
    if args.check:
        reasons = stale_reasons()
        for r in reasons:
            print(r)
        return 1 if reasons else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    catalog = updated_catalog()
    if args.apply:
        count = apply_translations(catalog, json.loads(args.apply.read_text(encoding="utf-8")))
        print(f"recorded {count} translation(s)", file=sys.stderr)
    write_ts(catalog, APP_TS)
    if args.unfinished:
        todo = [{"context": m.context, "source": m.source, "comment": m.comment, "plural": m.plural} for m in catalog.unfinished()]
        print(json.dumps(todo, ensure_ascii=False, indent=1))
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        compile_ts(ts, ts.with_suffix(".qm"))
    left = len(catalog.unfinished())
    print(f"{len(catalog.messages)} strings, {left} untranslated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
