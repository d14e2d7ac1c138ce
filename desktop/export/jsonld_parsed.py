"""What reading a colleague's W3C annotation file gives: the annotations it holds, the items set
aside with their reasons, and the error that refuses a file as a whole."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.errors import UserError


class AnnotationFileError(UserError):
    """The file was refused as a whole; `problems` lists what is wrong (Messages)."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


@dataclass(frozen=True)
class ArticleRef:
    iri: str
    article_id: str  # our id when the IRI is ours, else ""
    content_key: str
    title: str
    address: str = ""  # the web address the annotation was made on (Hypothesis: the page)


@dataclass(frozen=True)
class ParsedAnnotation:
    id: str  # safe internal id (ours kept, foreign ones hashed deterministically)
    article: ArticleRef
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    tag_names: tuple[str, ...]
    note: str
    color: str
    created: str
    modified: str
    has_position: bool = True  # False: start/end are only a guess (no TextPositionSelector)


@dataclass(frozen=True)
class RejectedAnnotation:
    """An item of the file that cannot become an annotation here, and why (a Message)."""

    number: int  # 1-based place in the file
    quote: str
    reason: str


@dataclass
class AnnotationFile:
    items: list[ParsedAnnotation]
    rejected: list[RejectedAnnotation]
    total: int  # items in the file
