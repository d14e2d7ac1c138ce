"""Runs built straight as WordprocessingML: python-docx's `run.text` walks text a character at a
time, which dominates a long brief; this writes each text piece as one <w:t>."""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

_R, _RPR, _T, _BR, _TAB = qn("w:r"), qn("w:rPr"), qn("w:t"), qn("w:br"), qn("w:tab")
_B, _I, _HIGHLIGHT, _VAL = qn("w:b"), qn("w:i"), qn("w:highlight"), qn("w:val")
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def add_text_run(
    p: Any, text: str, *, bold: bool | None = None, italic: bool | None = None, highlight: str = ""
) -> Any:
    """Append a run to paragraph element `p`; `highlight` is a w:highlight value ("yellow")."""
    r = p.makeelement(_R, {})
    p.append(r)
    if bold is not None or italic is not None or highlight:
        r_pr = r.makeelement(_RPR, {})
        r.append(r_pr)
        # CT_RPr's order: b, i, ... highlight.
        if bold is not None:
            r_pr.append(r_pr.makeelement(_B, {} if bold else {_VAL: "0"}))
        if italic is not None:
            r_pr.append(r_pr.makeelement(_I, {} if italic else {_VAL: "0"}))
        if highlight:
            r_pr.append(r_pr.makeelement(_HIGHLIGHT, {_VAL: highlight}))
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
