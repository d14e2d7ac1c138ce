"""The title block of the app's own PDF, row by row, as the .docx sets it (`docx_title_block`)."""

from __future__ import annotations

from html import escape

from desktop.export.docx_title_block import (
    MOTTO,
    MOTTO_PT,
    MOTTO_WIDTH_PT,
    NATIONAL_NAME,
    NATIONAL_NAME_PT,
    PARTY_HEADING,
    PARTY_HEADING_WIDTH_PT,
    agency_lines,
    number_line,
    rule_under_unit_pt,
)
from desktop.export.export_options import BriefOptions, LayoutStyle
from desktop.export.vietnamese_dates import place_and_date
from desktop.export.xml_text import printable

# A cell's lines: (HTML, size in pt, ""), or ("", width in pt, "rule") for a solid rule.
Lines = list[tuple[str, float, str]]


def title_rows(options: BriefOptions, body_pt: float) -> list[tuple[Lines, Lines]]:
    """(left cell, right cell) for each row of the title block."""
    dated = f"<i>{escape(printable(place_and_date(options.place, options.date)))}</i>"
    lines = agency_lines(options)
    agency = "<br/>".join(
        f"<b>{escape(line)}</b>" if i == len(lines) - 1 else escape(line) for i, line in enumerate(lines)
    )
    number = escape(number_line(options))
    if options.style is LayoutStyle.HD36:
        # Two rows, as the .docx: the number beside the place and date, under the rule.
        top_left: Lines = [(agency, 14.0, "")]
        top_left += [("*", 14.0, "")] if lines else []
        return [
            (top_left, [(f"<b>{PARTY_HEADING}</b>", 15.0, ""), ("", PARTY_HEADING_WIDTH_PT, "rule")]),
            ([(number, 14.0, "")] if number else [], [(dated, 14.0, "")]),
        ]
    left: Lines = [(agency, 13.0, "")] if lines else []
    if lines:
        left.append(("", rule_under_unit_pt(lines[-1]), "rule"))
    if not lines and not number:  # a personal working paper: its place and date only
        return [(left, [(dated, body_pt, "")])]
    national: Lines = [
        (f"<b>{NATIONAL_NAME}</b>", float(NATIONAL_NAME_PT), ""),
        (f"<b>{MOTTO}</b>", float(MOTTO_PT), ""),
        ("", MOTTO_WIDTH_PT, "rule"),
    ]
    return [(left, national), ([(number, 13.0, "")] if number else [], [(dated, body_pt, "")])]
