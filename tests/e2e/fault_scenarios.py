"""The operations of the fault-injection suite and campaign, the library they start from, and
what counts as "before" and "after" each one (a normalised picture of the library)."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.services import Services
from desktop.storage import paths

ROOT = Path(__file__).resolve().parents[2]
IMPORT_DIR = ROOT / "tests" / "data" / "storage" / "import"
BASE_BACKUP = "base-backup.zip"  # kept in the work folder, restored by the "restore" operation
JSONLD = "colleague.jsonld"
NEW_TEXT = "edited.txt"
# Words the operations leave in error messages to the user; anything else is a bug.
DAMAGE_WORDS = ("bị hỏng", "bị mất", "bị thiếu")


def _article(services: Services, prefix: str) -> str:
    return next(m.id for m in services.library.list_articles() if m.title.startswith(prefix))


def _annotate(services: Services, prefix: str, quote: str, tags: list[str], note: str) -> None:
    """As the CLI's annotate and the GUI's command do: new tags and the annotation, one operation."""
    article_id = _article(services, prefix)
    with services.transaction("Đánh dấu đoạn văn"):
        tag_ids = [services.tags.ensure(name)[0].id for name in tags]
        services.annotations.create_from_quote(article_id, quote, tags=tag_ids, note=note)


def build(folder: Path, work: Path) -> None:
    """The five seed articles (real articles), tags with children, annotations on three
    articles, a backup of that state, then more work after it; plus the files the operations
    read: a colleague's JSON-LD file and a corrected article text."""
    work.mkdir(parents=True, exist_ok=True)
    with Services.open(folder) as services:
        _annotate(services, "Thúc đẩy tinh thần", "tinh thần trách nhiệm", ["Chính sách/Đạo đức"], "Ý chính")
        _annotate(services, "Thúc đẩy tinh thần", "cán bộ", ["Chính sách/Cải cách", "Nhân sự"], "")
        _annotate(services, "Hà Nội", "đạo đức công vụ", ["Chính sách/Đạo đức", "Nhân sự"], "Trích họp chi bộ")
        _annotate(services, "Tân An", "thái độ phục vụ", ["Chính sách"], "Ghi chú <b>đậm</b>")
        backup = services.backups.backup_now()
        (work / BASE_BACKUP).write_bytes(backup.read_bytes())
        _annotate(services, "Tân An", "nhân dân", ["Chính sách/Cải cách"], "Sau sao lưu")
    _colleague_file(folder, work)
    text = _seed_text(folder, "Hà Nội")
    lines = text.split("\n")
    lines.insert(2, "Đoạn thêm vào khi sửa bài.")
    (work / NEW_TEXT).write_text("\n".join(lines), "utf-8")


def _seed_text(folder: Path, prefix: str) -> str:
    with Services.open(folder, read_only=True) as services:
        return services.library.get_article(_article(services, prefix)).clean_text


def _colleague_file(folder: Path, work: Path) -> None:
    """Export, from a scratch copy, the library plus two annotations under a new tag."""
    import shutil

    from desktop.export.export_options import ExportFormat, ExportRequest

    scratch = work / "scratch"
    shutil.copytree(folder, scratch)
    with Services.open(scratch) as services:
        _annotate(services, "Học tập và làm theo", "chất lượng phục vụ", ["Đồng nghiệp"], "Từ đồng nghiệp")
        _annotate(services, "Thúc đẩy trách nhiệm", "đột phá", ["Đồng nghiệp/Ý kiến"], "Ghi chú thứ hai")
        services.export.export(ExportRequest(format=ExportFormat.JSONLD), work / JSONLD)
    shutil.rmtree(scratch)


# --- the picture of a library that "before" and "after" are compared on ------------------------
def snapshot(services: Services) -> dict[str, Any]:
    """Everything a user would miss, without what legitimately differs between two runs of
    the same operation (new ids, times of day)."""
    tags = {t.id: t.name for t in services.tags.list_tags()}
    texts = {}
    for meta in services.library.list_articles():
        text = services.library.get_article(meta.id).text
        removed = [(r.line_no, r.text, r.reason) for r in text.removed_lines]
        digest = hashlib.sha256(json.dumps([text.raw_text, text.clean_text, removed]).encode())
        texts[meta.title] = digest.hexdigest()[:16]
    notes = sorted(
        (a.quote.exact, a.start, a.end, a.note, a.color, a.needs_review, tuple(sorted(tags.get(t, "?") for t in a.tags)))
        for a in services.annotations.all_annotations()
    )
    return {"tags": sorted(tags.values()), "texts": texts, "notes": notes}


def backups_state(folder: Path) -> dict[str, bool]:
    """Each backup archive and whether it is complete."""
    found = {}
    for path in sorted((folder / paths.BACKUPS_DIR).glob("*.zip")):
        try:
            with zipfile.ZipFile(path) as zf:
                found[path.name] = zf.testzip() is None and paths.LIBRARY_FILE in zf.namelist()
        except (OSError, zipfile.BadZipFile):
            found[path.name] = False
    return found


# --- the operations --------------------------------------------------------------------------
@dataclass(frozen=True)
class Operation:
    name: str
    run: Callable[[Services, Path], object]


def _tag(services: Services, name: str) -> str:
    found = services.tags.find(name)
    assert found is not None, name
    return found.id


def _hide_last_kept_line(services: Services, prefix: str) -> object:
    """Text, removed lines and the re-anchored annotations of an article change together."""
    article_id = _article(services, prefix)
    text = services.library.get_article(article_id).text
    removed = {r.line_no for r in text.removed_lines}
    lines = text.raw_text.split("\n")
    line_no = max(n for n, line in enumerate(lines) if n not in removed and line.strip())
    return services.library.hide_line(article_id, line_no)


OPERATIONS = [
    Operation("annotate", lambda s, w: _annotate(s, "Học tập và làm theo", "nhân dân", ["Mới/Con"], "Ghi chú mới")),
    Operation("tag-rename", lambda s, w: s.tags.rename(_tag(s, "Chính sách"), "Chủ trương")),
    Operation("tag-merge", lambda s, w: s.tags.merge(_tag(s, "Chính sách/Cải cách"), _tag(s, "Nhân sự"))),
    Operation("tag-delete", lambda s, w: s.tags.delete(_tag(s, "Chính sách/Đạo đức"))),
    Operation("import-annotations", lambda s, w: s.export.import_annotations(w / JSONLD)),
    Operation(
        "edit-text",
        lambda s, w: s.text_edits.edit_article_text(_article(s, "Hà Nội"), (w / NEW_TEXT).read_text("utf-8")),
    ),
    Operation("hide-line", lambda s, w: _hide_last_kept_line(s, "Hà Nội")),
    Operation("reimport", lambda s, w: s.library.reimport(_article(s, "Hà Nội"), w / NEW_TEXT)),
    Operation("restore", lambda s, w: s.backups.restore(w / BASE_BACKUP)),
    Operation("bulk-import", lambda s, w: s.library.import_paths([IMPORT_DIR])),
    Operation("delete-article", lambda s, w: s.library.delete_article(_article(s, "Tân An"))),
    Operation("backup", lambda s, w: s.backups.backup_now()),
]
BY_NAME = {op.name: op for op in OPERATIONS}


def check_files(folder: Path) -> list[str]:
    """Every library file parses, and no leftover of an unfinished write stays behind."""
    problems = []
    for path in folder.rglob("*"):
        rel = path.relative_to(folder).as_posix()
        if path.is_dir() or rel.startswith((paths.BACKUPS_DIR, paths.DAMAGED_DIR)):
            continue
        if path.name.startswith(".") and path.name != ".lock":
            problems.append(f"leftover {rel}")
        elif path.suffix == ".json" and not rel.startswith(paths.INDEX_DIR):
            try:
                json.loads(path.read_bytes().decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                problems.append(f"unreadable {rel}")
    return problems
