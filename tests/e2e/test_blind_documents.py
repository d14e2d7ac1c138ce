"""The blind set (tests/data/ingest-blind) imported and checked exactly as the acceptance set is."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.test_real_documents import (
    HAS_OFFICIAL_METADATA,
    Imported,
    expectation_params,
    import_all,
    metadata_problems,
    text_problems,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest-blind"
EXPECTATIONS: list[dict[str, Any]] = json.loads((DATA / "expectations.json").read_text(encoding="utf-8"))["files"]

# Expectations that cannot be met yet, each with its precise reason (strict: a fix must remove it).
TEXT_XFAIL: dict[str, str] = {}
METADATA_XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Imported]]:
    yield import_all(tmp_path_factory.mktemp("blind-documents"), DATA, EXPECTATIONS)


def _params(xfails: dict[str, str]) -> list[Any]:
    return expectation_params(EXPECTATIONS, xfails)


def test_the_set_is_the_one_the_readme_describes() -> None:
    """Every file in the folder has its expectations, and every expectation its file."""
    files = {p.name for p in DATA.iterdir() if p.suffix != ".json" and p.name != "README.md"}
    assert files == {e["file"] for e in EXPECTATIONS}


@pytest.mark.parametrize("expect", _params(TEXT_XFAIL))
def test_text_reads_whole_and_right(expect: dict[str, Any], imported: dict[str, Imported]) -> None:
    problems = text_problems(expect, imported[expect["file"]])
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(not HAS_OFFICIAL_METADATA, reason="official-document metadata comes with the ingest-web branch")
@pytest.mark.parametrize("expect", _params(METADATA_XFAIL))
def test_metadata_is_the_documents_own(expect: dict[str, Any], imported: dict[str, Imported]) -> None:
    problems = metadata_problems(expect, imported[expect["file"]])
    assert not problems, "\n".join(problems)
