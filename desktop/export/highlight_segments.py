"""Cut a text range into plain and highlighted pieces, overlaps included (appendix, PDF)."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.domain.annotation import Annotation


def highlight_layers(
    start: int, end: int, annotations: Sequence[Annotation]
) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, colour keys) pieces covering [start, end). The keys of every highlight
    over the piece, outermost first (the one starting first, then the longest), so a writer
    can show an overlap as both colours; () where nothing is highlighted."""
    inside = [a for a in annotations if a.start < end and a.end > start and a.end > a.start]
    cuts = {start, end}
    for a in inside:
        cuts.add(max(a.start, start))
        cuts.add(min(a.end, end))
    points = sorted(cuts)
    ordered = sorted(inside, key=lambda a: (a.start, -a.end, a.id))
    pieces: list[tuple[int, int, tuple[str, ...]]] = []
    for left, right in zip(points, points[1:], strict=False):
        colors = tuple(a.color for a in ordered if a.start <= left and a.end >= right)
        if pieces and pieces[-1][2] == colors:
            pieces[-1] = (pieces[-1][0], right, colors)
        else:
            pieces.append((left, right, colors))
    return pieces


def highlight_segments(
    start: int, end: int, annotations: Sequence[Annotation]
) -> list[tuple[int, int, str | None]]:
    """(start, end, colour key or None): where highlights overlap, the inner one."""
    return [(a, b, c[-1] if c else None) for a, b, c in highlight_layers(start, end, annotations)]


def marking_keys(colors: Sequence[str]) -> tuple[str | None, str | None]:
    """(inner, outer) colours to show for a piece: the innermost highlight's colour, and the
    nearest enclosing highlight of a different colour (None when there is none)."""
    if not colors:
        return None, None
    inner = colors[-1]
    outer = next((c for c in reversed(colors[:-1]) if c != inner), None)
    return inner, outer
