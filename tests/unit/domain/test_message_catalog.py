"""The core's messages: every template in the code is a Message with English in the catalogue,
the placeholders agree, nothing is stale, and the Vietnamese uses one spelling."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from desktop.domain.message import read_catalog_entries
from desktop.domain.message_sources import Template, check_catalog, extract

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "scripts"))
import build_messages  # noqa: E402

# Old-style tone placement and English words the GUI no longer uses (test_first_hour.py).
OLD_SPELLING = re.compile(r"[Xx]oá|[Kk]hoá|[Hh]uỷ|[Hh]oà\b|[Tt]huỷ|[Cc]lipboard|JSON-LD|Lập lại")


def _templates() -> list[Template]:
    templates, _problems = extract(ROOT / "desktop", relative_to=ROOT)
    return templates


def test_every_user_sentence_in_the_core_is_a_message() -> None:
    _templates, problems = extract(ROOT / "desktop", relative_to=ROOT)
    assert [str(p) for p in problems] == []


def test_every_template_has_english_with_the_same_placeholders() -> None:
    translations = {e["vi"]: str(e.get("en", "")) for e in read_catalog_entries(build_messages.CATALOG)}
    report = check_catalog(_templates(), translations)
    assert report.missing == []
    assert report.mismatched == []
    assert report.stale == []


def test_the_committed_catalogue_is_what_the_script_writes() -> None:
    assert build_messages.stale_reasons() == []


def test_core_messages_use_one_spelling() -> None:
    assert [t.text for t in _templates() if OLD_SPELLING.search(t.text)] == []


def test_the_check_finds_what_it_should() -> None:
    templates = [Template("Có {count} bài"), Template("Xong.")]
    report = check_catalog(templates, {"Có {count} bài": "{total} articles", "Cũ": "Old"})
    assert report.missing == ["Xong."]
    assert [t for t, _why in report.mismatched] == ["Có {count} bài"]
    assert report.stale == ["Cũ"]
    assert not report.ok


def test_the_extractor_flags_sentences_that_bypass_messages(tmp_path: Path) -> None:
    package = tmp_path / "desktop"
    package.mkdir()
    (package / "bad.py").write_text(
        "from desktop.domain.errors import UserError\n"
        "from desktop.domain.message import Message\n"
        "def f(name, template):\n"
        "    raise UserError(f'Không có “{name}”.')\n"
        "def g(template):\n"
        "    return Message(template)\n"
        "def h(name):\n"
        "    return Message('Tệp “{name}”', title=name)\n"
        "def k():\n"
        "    raise _Invalid('tệp hỏng')\n",
        encoding="utf-8",
    )
    (package / "gui").mkdir()
    (package / "gui" / "ignored.py").write_text("raise UserError('Giao diện dịch bằng Qt')\n", encoding="utf-8")
    templates, problems = extract(package, relative_to=tmp_path)
    assert [t.text for t in templates] == ["Tệp “{name}”"]
    reasons = [(p.line, p.reason.split(" ")[0]) for p in problems]
    assert reasons == [(4, "UserError(...)"), (6, "Message"), (8, "arguments"), (10, "raise")]
