"""Import against real public material and the expectations written before (tests/data/ingest-web)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.domain.errors import ImportFailure
from desktop.ingest import read_document
from desktop.ingest.text_decoding import decode_bytes
from desktop.ingest.viscii import decode_viscii, encode_viscii
from desktop.text.normalize import fold

DATA = Path(__file__).resolve().parents[2] / "data" / "ingest-web"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED["official"]))
def test_official_document_number_issuer_date_title(name: str) -> None:
    expected = EXPECTED["official"][name]
    doc = read_document(DATA / "official" / name)
    assert doc.doc_number == expected["number"]
    assert doc.source == expected["issuer"]
    assert (doc.published or "")[:10] == expected["published"]
    assert doc.author == ""  # "Chương I" and the like are structure, never a byline
    if "title" in expected:
        assert doc.title == expected["title"]
    if "title_folded" in expected:
        assert fold(doc.title) == fold(expected["title_folded"])
    if "title_starts" in expected:
        assert doc.title.startswith(expected["title_starts"])
    if "title_folded_contains" in expected:
        assert fold(expected["title_folded_contains"]) in fold(doc.title)
    # The document is kept whole from its header on.
    assert "Điều 1" in doc.clean_text or "Chương" in doc.clean_text or len(doc.clean_text) > 400


@pytest.mark.parametrize("name", sorted(EXPECTED["pages"]))
def test_saved_news_page(name: str) -> None:
    expected = EXPECTED["pages"][name]
    path = DATA / "pages" / name
    if expected.get("not_article"):
        with pytest.raises(ImportFailure) as caught:
            read_document(path)
        assert "không phải một bài viết" in caught.value.message
        assert name in caught.value.message
        return
    doc = read_document(path)
    lines = {line.strip() for line in doc.clean_text.split("\n")}
    assert (doc.title, doc.source, doc.published) == (expected["title"], expected["source"], expected["published"])
    for phrase in expected["must"]:
        assert phrase in doc.clean_text
    for phrase in expected["must_not"]:
        assert phrase not in doc.clean_text
    for line in expected["must_not_lines"]:
        assert line not in lines


@pytest.mark.parametrize("name", sorted(EXPECTED["encodings"]))
def test_legacy_encoded_file(name: str) -> None:
    expected = EXPECTED["encodings"][name]
    decoded = decode_bytes((DATA / "encodings" / name).read_bytes())
    truth = (DATA / "encodings" / expected["same_as"]).read_text(encoding="utf-8")
    if decoded.confident:  # never a wrong decoding marked sure
        assert decoded.text.strip() == truth.strip()
        assert decoded.encoding == expected["encoding"]
    else:
        assert expected.get("or_unsure")


def test_viscii_table_is_the_one_iconv_knows() -> None:
    for row in (DATA / "encodings" / "viscii-iconv-table.tsv").read_text().splitlines():
        byte, code = row.split("\t")
        expected = chr(int(code.split()[0][2:], 16))
        assert decode_viscii(bytes([int(byte, 16)])) == expected
        assert encode_viscii(expected) == bytes([int(byte, 16)])


@pytest.mark.parametrize("name", sorted(EXPECTED["text"]))
def test_hard_wrapped_text_keeps_its_first_line(name: str) -> None:
    expected = EXPECTED["text"][name]
    doc = read_document(DATA / "text" / name)
    start = expected.get("clean_starts") or expected["first_paragraph_starts"]
    assert doc.clean_text.startswith(start)
    if "title" in expected:
        assert doc.title == expected["title"]
    # No paragraph is cut at the wrapping width any more.
    assert all(len(line) > 90 or line.rstrip().endswith((".", ")", "!", "?", "…", ":")) for line in doc.clean_text.split("\n") if line)


def test_blank_separated_hard_wrapped_paragraphs_are_exact() -> None:
    doc = read_document(DATA / "text" / "t3-wrapped-72.txt")
    assert len([p for p in doc.clean_text.split("\n") if p.strip()]) == EXPECTED["text"]["t3-wrapped-72.txt"]["paragraphs"]
