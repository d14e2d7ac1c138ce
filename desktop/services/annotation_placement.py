"""Where an annotation goes when its article's text changes: through the diff of the old and
new text when both are known, by its selectors alone otherwise; and the record of a text edit."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.anchoring import AnchorText, build_selectors, reanchor
from desktop.anchoring.diff_anchor import reanchor_after_edit
from desktop.anchoring.reanchor import AnchorResult
from desktop.domain.annotation import Annotation
from desktop.domain.article import ArticleText


@dataclass(frozen=True)
class TextEdit:
    """What `edit_article_text` did, and all `undo_text_edit` needs to put it back exactly."""

    article_id: str
    before_text: ArticleText
    before_annotations: tuple[Annotation, ...]
    before_content_key: str
    changed: bool  # False when the new text equals the old: nothing was written
    moved: int  # annotations placed somewhere else than before
    needs_review: tuple[Annotation, ...]  # could not be placed with confidence


def placed(annotation: Annotation, result: AnchorResult, text: str) -> Annotation:
    """The annotation at `result` in `text`, or waiting for review where nothing was found."""
    if not result.found:
        # Keep the old selectors: they are the evidence the user needs to re-attach it.
        return annotation.with_changes(needs_review=True, anchor_score=result.score)
    position, quote = build_selectors(text, result.start, result.end)
    return annotation.with_changes(position=position, quote=quote, needs_review=False, anchor_score=result.score)


def reanchored(annotation: Annotation, target: AnchorText) -> Annotation:
    """Placed from its selectors alone (the old text is not known)."""
    return placed(annotation, reanchor(annotation.position, annotation.quote, target), target.text)


def remap(annotations: Iterable[Annotation], old_text: str, new_text: str) -> list[Annotation]:
    """The annotations of `old_text` placed in `new_text` through the diff of the two (see
    anchoring.diff_anchor); those that cannot be placed keep their old selectors and wait
    for review. Annotations already waiting are looked for again by their selectors."""
    items = list(annotations)
    results = reanchor_after_edit(old_text, new_text, [(a.position, a.quote) for a in items])
    return [placed(a, r, new_text) for a, r in zip(items, results, strict=True)]
