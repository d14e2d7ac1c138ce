"""Cut a text range into plain and highlighted pieces, overlaps included (appendix, PDF)."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.domain.annotation import Annotation


def highlight_segments(
    start: int, end: int, annotations: Sequence[Annotation]
) -> list[tuple[int, int, str | None]]:
    """(start, end, colour key or None) pieces covering [start, end). Where highlights
    overlap, the one starting last (the inner one) shows, so a nested highlight stays visible."""
    inside = [a for a in annotations if a.start < end and a.end > start and a.end > a.start]
    cuts = {start, end}
    for a in inside:
        cuts.add(max(a.start, start))
        cuts.add(min(a.end, end))
    points = sorted(cuts)
    ordered = sorted(inside, key=lambda a: (a.start, -a.end))
    pieces: list[tuple[int, int, str | None]] = []
    for left, right in zip(points, points[1:], strict=False):
        color = None
        for a in ordered:
            if a.start <= left and a.end >= right:
                color = a.color
        if pieces and pieces[-1][2] == color:
            pieces[-1] = (pieces[-1][0], right, color)
        else:
            pieces.append((left, right, color))
    return pieces
