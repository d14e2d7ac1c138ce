"""Runs built straight as WordprocessingML: python-docx's `run.text` walks text a character at a
time, which dominates a long brief; this writes each text piece as one <w:t>."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn

_R, _RPR, _T, _BR, _TAB = qn("w:r"), qn("w:rPr"), qn("w:t"), qn("w:br"), qn("w:tab")
_B, _I, _SZ, _SZCS, _U, _SHD = qn("w:b"), qn("w:i"), qn("w:sz"), qn("w:szCs"), qn("w:u"), qn("w:shd")
_VAL, _COLOR, _FILL = qn("w:val"), qn("w:color"), qn("w:fill")
_BM_START, _BM_END, _ID, _NAME = qn("w:bookmarkStart"), qn("w:bookmarkEnd"), qn("w:id"), qn("w:name")
_HYPERLINK, _ANCHOR = qn("w:hyperlink"), qn("w:anchor")
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass(frozen=True)
class Marking:
    """How a highlighted piece prints: a character shading, and for an overlap a thick
    underline in the other highlight's darker tone (so both colours show)."""

    fill: str = ""  # RRGGBB
    underline: str = ""  # RRGGBB


NO_MARKING = Marking()


def add_text_run(
    p: Any,
    text: str,
    *,
    bold: bool | None = None,
    italic: bool | None = None,
    size_pt: float | None = None,
    marking: Marking = NO_MARKING,
) -> Any:
    """Append a run to paragraph (or hyperlink) element `p`. "\\n" becomes a line break."""
    r = p.makeelement(_R, {})
    p.append(r)
    if bold is not None or italic is not None or size_pt or marking.fill or marking.underline:
        r_pr = r.makeelement(_RPR, {})
        r.append(r_pr)
        # CT_RPr is a sequence: b, i, ..., sz, szCs, ..., u, ..., shd.
        if bold is not None:
            r_pr.append(r_pr.makeelement(_B, {} if bold else {_VAL: "0"}))
        if italic is not None:
            r_pr.append(r_pr.makeelement(_I, {} if italic else {_VAL: "0"}))
        if size_pt:
            half_points = str(round(size_pt * 2))
            r_pr.append(r_pr.makeelement(_SZ, {_VAL: half_points}))
            r_pr.append(r_pr.makeelement(_SZCS, {_VAL: half_points}))
        if marking.underline:
            r_pr.append(r_pr.makeelement(_U, {_VAL: "thick", _COLOR: marking.underline}))
        if marking.fill:
            r_pr.append(r_pr.makeelement(_SHD, {_VAL: "clear", _COLOR: "auto", _FILL: marking.fill}))
    for i, line in enumerate(text.split("\n")):
        if i:
            r.append(r.makeelement(_BR, {}))
        for j, piece in enumerate(line.split("\t")):
            if j:
                r.append(r.makeelement(_TAB, {}))
            if piece:
                t = r.makeelement(_T, {_SPACE: "preserve"} if piece != piece.strip() else {})
                t.text = piece
                r.append(t)
    return r


def add_bookmark(p: Any, bookmark_id: int, name: str) -> None:
    """An empty bookmark at the start of paragraph `p`: the target of a link or a TOC entry."""
    p_pr = p.find(qn("w:pPr"))
    start = p.makeelement(_BM_START, {_ID: str(bookmark_id), _NAME: name})
    end = p.makeelement(_BM_END, {_ID: str(bookmark_id)})
    if p_pr is not None:
        p_pr.addnext(start)
    else:
        p.insert(0, start)
    start.addnext(end)


def add_internal_link(p: Any, anchor: str) -> Any:
    """A <w:hyperlink> to bookmark `anchor`, appended to `p`; add runs to it."""
    link = p.makeelement(_HYPERLINK, {_ANCHOR: anchor})
    p.append(link)
    return link
