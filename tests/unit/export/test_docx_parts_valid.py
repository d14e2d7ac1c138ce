"""Every XML part of a brief validates against the ECMA-376 transitional schemas."""

from __future__ import annotations

import pytest

from desktop.export.export_options import (
    BriefOptions,
    ExportFormat,
    ExportRequest,
    GroupBy,
    LayoutStyle,
)
from tests.unit.export.docx_helpers import fake_paginator
from tests.unit.export.ooxml_schemas import invalid_parts


@pytest.mark.parametrize("style", list(LayoutStyle))
def test_both_layouts_with_every_part_validate(style: LayoutStyle, empty_services: object) -> None:
    from tests.unit.export.real_library import build_real_library

    build_real_library(empty_services)
    options = BriefOptions(
        agency="Đảng bộ phường Tân Định\nChi bộ khu phố 3", number="15-BC/CB", author="Nguyễn Thị Lan",
        style=style, include_toc=True, include_appendix=True, include_context=True,
    )  # fmt: skip
    for group_by in (GroupBy.TAG, GroupBy.ARTICLE):
        request = ExportRequest(options=options.with_changes(group_by=group_by), format=ExportFormat.DOCX)
        data = empty_services.export.render(request, docx_paginator=fake_paginator)  # type: ignore[attr-defined]
        assert invalid_parts(data) == {}


def test_the_validator_does_reject_a_broken_part() -> None:
    """A check that cannot fail proves nothing: a paragraph property out of order is refused."""
    import io
    import zipfile

    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    p_pr = document.add_paragraph("x")._p.get_or_add_pPr()
    p_pr.append(OxmlElement("w:jc", {qn("w:val"): "left"}))
    p_pr.append(OxmlElement("w:keepNext"))  # keepNext must come before jc
    buffer = io.BytesIO()
    document.save(buffer)
    problems = invalid_parts(buffer.getvalue())
    assert "keepNext" in " ".join(problems["word/document.xml"])
    assert zipfile.is_zipfile(io.BytesIO(buffer.getvalue()))
