"""The app's own PDF sets the same title block as the .docx."""

from __future__ import annotations

from desktop.export.docx_title_block import MOTTO, NATIONAL_NAME, PARTY_HEADING
from desktop.export.export_options import BriefOptions, LayoutStyle
from desktop.export.html_title_block import title_rows


def _texts(rows: list) -> list[list[str]]:
    return [[" ".join(body for body, _, kind in cell if kind != "rule") for cell in row] for row in rows]


def test_an_agency_brief_has_the_national_name_motto_and_rule() -> None:
    rows = title_rows(BriefOptions(agency="UBND Quận 1\nVăn phòng <b>", number="15/BC-VP", date="2026-02-05"), 14)
    (left, right), (low_left, low_right) = _texts(rows)
    assert NATIONAL_NAME in right and MOTTO in right
    assert ("", 166.6, "rule") in rows[0][1]
    assert "VĂN PHÒNG &lt;B&gt;" in left  # the user's text is shown, never interpreted
    assert low_left == "Số: 15/BC-VP" and "ngày 05 tháng 02 năm 2026" in low_right


def test_a_personal_brief_has_place_and_date_only() -> None:
    rows = _texts(title_rows(BriefOptions(place="Huế", date="2026-02-05"), 14))
    assert rows == [["", "<i>Huế, ngày 05 tháng 02 năm 2026</i>"]]


def test_the_party_form_keeps_its_heading() -> None:
    rows = _texts(title_rows(BriefOptions(style=LayoutStyle.HD36, agency="Chi bộ 3", number="15-BC/CB"), 14))
    assert PARTY_HEADING in rows[0][1] and NATIONAL_NAME not in rows[0][1]
    assert rows[1][0] == "Số 15-BC/CB"
