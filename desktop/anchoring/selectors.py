"""Build TextPosition + TextQuote selectors for a range of an article's clean text."""

from __future__ import annotations

from desktop.domain.annotation import TextPositionSelector, TextQuoteSelector
from desktop.domain.errors import UserError
from desktop.domain.message import Message

# Enough context to tell apart repeated phrases ("Hà Nội", "Nghị quyết") without
# making every small edit nearby look like a change of context.
CONTEXT_CHARS = 32


def trim_range(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a range so it neither starts nor ends with white space: a drag selection that
    swept up a line break must not make the quote differ from what the user meant."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def check_range(text: str, start: int, end: int) -> tuple[int, int]:
    """The trimmed range, or a UserError saying why it cannot be annotated."""
    if not (0 <= start <= end <= len(text)):
        raise UserError(Message("Đoạn đã chọn nằm ngoài nội dung bài viết. Hãy chọn lại đoạn văn."))
    start, end = trim_range(text, start, end)
    if start == end:
        raise UserError(Message("Chưa chọn đoạn văn nào: hãy bôi đen một đoạn trong bài viết rồi thử lại."))
    return start, end


def build_selectors(
    text: str, start: int, end: int, *, context: int = CONTEXT_CHARS
) -> tuple[TextPositionSelector, TextQuoteSelector]:
    """Selectors for text[start:end] (code points of the NFC clean text), as given: no trimming."""
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"bad range {start}:{end} for a text of {len(text)} characters")
    quote = TextQuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )
    return TextPositionSelector(start, end), quote
