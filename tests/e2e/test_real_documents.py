"""Real documents (tests/data/ingest-real) imported through the library service, as a user would."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.article import ArticleMeta

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest-real"
EXPECTATIONS: list[dict[str, Any]] = json.loads((DATA / "expectations.json").read_text(encoding="utf-8"))["files"]

# Official-document metadata (number and symbol, issuer, document date, title) is read by the
# ingest-web branch; until it is merged the readers' text is checked and the metadata is not.
HAS_OFFICIAL_METADATA = "doc_number" in ArticleMeta.__dataclass_fields__

# Expectations that cannot be met yet, each with its precise reason (strict: a fix must remove it).
TEXT_XFAIL: dict[str, str] = {}
METADATA_XFAIL: dict[str, str] = {}

_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?\d{1,3}(?:\s*-)?$")


def _lines(text: str) -> list[str]:
    return [_SPACES.sub(" ", line).strip() for line in unicodedata.normalize("NFC", text).split("\n")]


def _exact(text: str) -> str:
    """Compared exactly, white space aside (NFC, runs of spaces collapsed, ends stripped)."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _folded(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


@dataclass
class Imported:
    meta: ArticleMeta | None
    text: str
    failure: str = ""


def text_problems(expect: dict[str, Any], got: Imported) -> list[str]:
    """What the reading text gets wrong against one file's expectations."""
    if got.meta is None:
        return [f"not imported: {got.failure}"]
    # The line taken as the title leaves the body and is shown above it: it is read all the same.
    lines = _lines(got.meta.title) + _lines(got.text)
    folded_lines = [line.casefold() for line in lines]
    whole = "\n".join(lines)
    problems = [f"missing in one paragraph: {p!r}" for p in expect.get("must", []) if not any(p in line for line in lines)]
    problems += [
        f"missing (case aside): {p!r}"
        for p in expect.get("must_ci", [])
        if not any(p.casefold() in line for line in folded_lines)
    ]
    problems += [f"should not appear: {p!r}" for p in expect.get("must_not", []) if p in whole]
    if expect.get("no_page_numbers"):
        bare = [line for line in lines if _PAGE_NUMBER.match(line)]
        if bare:
            problems.append(f"bare page numbers: {bare[:5]}")
    if "encoding" in expect and not got.meta.encoding.startswith(expect["encoding"]):
        problems.append(f"encoding {got.meta.encoding!r}, expected {expect['encoding']!r}")
    return problems


def metadata_problems(expect: dict[str, Any], got: Imported) -> list[str]:
    """What the title, number, issuer, date and author get wrong."""
    meta = got.meta
    if meta is None:
        return [f"not imported: {got.failure}"]
    problems = []
    if "title" in expect and _exact(meta.title) != _exact(expect["title"]):
        problems.append(f"title {meta.title!r}, expected {expect['title']!r}")
    title = _folded(meta.title)
    problems += [f"title {meta.title!r} lacks {p!r}" for p in expect.get("title_has", []) if _folded(p) not in title]
    problems += [f"title {meta.title!r} has {p!r}" for p in expect.get("title_not", []) if _folded(p) in title]
    if any(title == _folded(p) for p in expect.get("title_not_exactly", [])):
        problems.append(f"title is just {meta.title!r}")
    if "number" in expect:
        number = getattr(meta, "doc_number", "")
        if re.sub(r"\s", "", number).casefold() != re.sub(r"\s", "", expect["number"]).casefold():
            problems.append(f"number {number!r}, expected {expect['number']!r}")
    if "issuer" in expect and _exact(meta.source) != _exact(expect["issuer"]):
        problems.append(f"source {meta.source!r}, expected {expect['issuer']!r}")
    if "issuer_any" in expect and not any(_folded(p) in _folded(meta.source) for p in expect["issuer_any"]):
        problems.append(f"source {meta.source!r}, expected one of {expect['issuer_any']}")
    if "date" in expect:
        date = (meta.published or "")[:10]
        if date != expect["date"]:
            problems.append(f"date {meta.published!r}, expected {expect['date']!r}")
    if "author" in expect and _exact(meta.author) != _exact(expect["author"]):
        problems.append(f"author {meta.author!r}, expected {expect['author']!r}")
    problems += [f"author is {meta.author!r}" for p in expect.get("author_not", []) if _folded(p) in _folded(meta.author)]
    return problems


def import_all(root: Path, data: Path = DATA, expectations: list[dict[str, Any]] = EXPECTATIONS) -> dict[str, Imported]:
    """Import every file through Services; the plain-text copies of documents that are also in
    the set go to a second library, where they are not taken for duplicates."""
    from desktop.services import Services

    results: dict[str, Imported] = {}
    groups = {
        "documents": [e["file"] for e in expectations if e["kind"] != "txt"],
        "texts": [e["file"] for e in expectations if e["kind"] == "txt"],
    }
    for name, files in groups.items():
        with Services.open(root / name, seed=False) as services:
            report = services.library.import_paths([data / f for f in files], hold_unsure=True, workers=1)
            by_origin = {meta.origin: meta for meta in report.added}
            failures = dict(report.failures)
            unsure = {p.name for p in report.unsure}
            for f in files:
                meta = by_origin.get(f)
                if meta is not None:
                    results[f] = Imported(meta, services.library.get_article(meta.id).clean_text)
                elif f in unsure:
                    results[f] = Imported(None, "", "encoding held as unsure")
                else:
                    reason = next((r for origin, r in failures.items() if Path(origin).name == f), "duplicate")
                    results[f] = Imported(None, "", reason)
    return results


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Imported]]:
    yield import_all(tmp_path_factory.mktemp("real-documents"))


def expectation_params(expectations: list[dict[str, Any]], xfails: dict[str, str]) -> list[Any]:
    """One pytest case per file, strictly expected to fail where `xfails` gives a reason."""
    return [
        pytest.param(e, id=e["file"], marks=[pytest.mark.xfail(strict=True, reason=xfails[e["file"]])] if e["file"] in xfails else [])
        for e in expectations
    ]


def _params(xfails: dict[str, str]) -> list[Any]:
    return expectation_params(EXPECTATIONS, xfails)


@pytest.mark.parametrize("expect", _params(TEXT_XFAIL))
def test_text_reads_whole_and_right(expect: dict[str, Any], imported: dict[str, Imported]) -> None:
    problems = text_problems(expect, imported[expect["file"]])
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(not HAS_OFFICIAL_METADATA, reason="official-document metadata comes with the ingest-web branch")
@pytest.mark.parametrize("expect", _params(METADATA_XFAIL))
def test_metadata_is_the_documents_own(expect: dict[str, Any], imported: dict[str, Imported]) -> None:
    problems = metadata_problems(expect, imported[expect["file"]])
    assert not problems, "\n".join(problems)
