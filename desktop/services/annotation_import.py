"""Importing a colleague's W3C JSON-LD (ours or another tool's): read, place, merge, undo."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.annotation import Annotation
from desktop.domain.errors import NotFoundError, UserError
from desktop.domain.message import Message
from desktop.export.annotation_merge import AppliedImport, MergePlan, MergeReport, plan_merge
from desktop.export.jsonld_reader import (
    MAX_FILE_BYTES,
    AnnotationFileError,
    parse_annotation_file,
    too_large_message,
)

if TYPE_CHECKING:
    from desktop.services.container import Services

SEARCH_WORDS = 12  # words of a quote searched for when the file names no article we know
_WORD = re.compile(r"[^\W_]+")


Progress = Callable[[int, int], None]  # (annotations placed, of how many); may raise to stop


@dataclass
class ImportPlan:
    """What importing a file would write, worked out without writing anything (placing a
    colleague's annotations takes a while: the GUI does it off its thread), with the lists it
    was worked out from, so that applying it later can tell whether they are still current."""

    data: bytes
    merge: MergePlan
    read: dict[str, list[Annotation]]  # article id -> its annotations when the plan was made
    texts: dict[str, str]  # article id -> its text then (the places found are offsets in it)

    @property
    def report(self) -> MergeReport:
        return self.merge.report


class AnnotationImporter:
    def __init__(self, services: Services) -> None:
        self._services = services

    def _read(self, path: Path) -> bytes:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise AnnotationFileError(too_large_message())
            return path.read_bytes()
        except FileNotFoundError as exc:
            raise NotFoundError(Message("Không tìm thấy tệp “{path}”.", code="file_not_found", path=str(path))) from exc
        except IsADirectoryError as exc:
            raise UserError(Message("“{path}” là một thư mục, không phải tệp ghi chú.", code="is_folder", path=str(path))) from exc
        except PermissionError as exc:
            raise UserError(Message("Không có quyền đọc tệp “{path}”.", code="permission_denied", path=str(path))) from exc

    def _find_articles(self, quote: str) -> list[str]:
        """Articles whose words include the quote's (the search index, in ranked order)."""
        words = _WORD.findall(quote)[:SEARCH_WORDS]
        if not words:
            return []
        search = self._services.search
        try:
            results = search.search('"' + " ".join(words) + '"', limit=20)
        except UserError:
            return []
        return [hit.article_id for hit in results.articles]

    def import_file(self, path: Path | str, *, dry_run: bool = False) -> MergeReport:
        """Merge a W3C JSON-LD file. Items that are not annotations on a passage, and passages
        that cannot be placed with confidence, are listed in the report with the reason; the
        rest is written in one all-or-nothing step (nothing at all for a dry run)."""
        return self.import_bytes(self._read(Path(path)), dry_run=dry_run)

    def read_file(self, path: Path | str) -> bytes:
        """The file's bytes, or a UserError saying why it cannot be read."""
        return self._read(Path(path))

    def import_bytes(self, data: bytes, *, dry_run: bool = False, progress: Progress | None = None) -> MergeReport:
        plan = self.plan(data, progress=progress)
        return plan.report if dry_run else self.apply(plan)

    def plan(self, data: bytes, *, progress: Progress | None = None) -> ImportPlan:
        """Read, check and place everything; write nothing (safe off the GUI thread while
        nothing else writes). `progress` is told as annotations are placed."""
        parsed = parse_annotation_file(data)
        store = self._services.store
        texts: dict[str, str] = {}
        read: dict[str, list[Annotation]] = {}

        def text_of(article_id: str) -> str:
            if article_id not in texts:
                texts[article_id] = store.get_article_text(article_id).clean_text
            return texts[article_id]

        def existing_of(article_id: str) -> list[Annotation]:
            if article_id not in read:
                read[article_id] = store.list_annotations(article_id)
            return list(read[article_id])

        owners = {a.id: a.article_id for a in store.iter_all_annotations()}
        merge = plan_merge(
            parsed,
            store.list_article_meta(),
            text_of,
            existing_of,
            store.list_tags(),
            owners=owners,
            now=datetime.now(UTC).isoformat(timespec="seconds"),
            find_articles=self._find_articles,
            progress=progress,
        )
        return ImportPlan(data, merge, read, texts)

    def apply(self, plan: ImportPlan) -> MergeReport:
        """Write a plan in one all-or-nothing step. Worked out afresh first if an article it
        touches has changed since (another import, an edit): never written over stale lists."""
        store = self._services.store
        if any(
            store.list_annotations(article_id) != plan.read.get(article_id)
            or store.get_article_text(article_id).clean_text != plan.texts.get(article_id)
            for article_id in plan.merge.annotations
        ):
            plan = self.plan(plan.data)
        merge = plan.merge
        before = {article_id: store.list_annotations(article_id) for article_id in merge.annotations}
        applied = AppliedImport(tuple(merge.new_tags), before, merge.annotations)
        self._services.annotations.write_lists(applied.after, put_tags=applied.new_tags)
        merge.report.applied = applied
        return merge.report

    def revert(self, applied: AppliedImport) -> None:
        """Undo an import: the touched articles' annotations as they were, new tags gone."""
        self._services.annotations.write_lists(
            applied.before, delete_tags=tuple(t.id for t in applied.new_tags)
        )

    def reapply(self, applied: AppliedImport) -> None:
        self._services.annotations.write_lists(applied.after, put_tags=applied.new_tags)
