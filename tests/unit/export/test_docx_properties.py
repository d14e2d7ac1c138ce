"""Document properties: this brief's title, the user as author, now, no template leftovers."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime, timedelta

from tests.unit.export.docx_helpers import render_docx
from tests.unit.export.export_library import ExportLibrary


def test_core_properties_say_what_this_brief_is(
    export_library: ExportLibrary, empty_services: object
) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    document = render_docx(empty_services, title="Tổng hợp ý kiến", author="  Nguyễn   Thị Lan ")
    core = document.core_properties
    assert core.title == "Tổng hợp ý kiến"
    assert core.author == "Nguyễn Thị Lan" and core.last_modified_by == "Nguyễn Thị Lan"
    assert core.comments == "" and core.keywords == "" and core.revision == 1
    assert core.language == "vi-VN"
    for moment in (core.created, core.modified):
        assert before - timedelta(seconds=1) <= moment.replace(tzinfo=UTC) <= datetime.now(UTC)


def _package(services: object, **options: object) -> zipfile.ZipFile:
    from desktop.export.export_options import BriefOptions, ExportRequest

    data = services.export.render(ExportRequest(options=BriefOptions(**options)))  # type: ignore[attr-defined]
    return zipfile.ZipFile(io.BytesIO(data))


def test_no_python_docx_template_leftovers(
    export_library: ExportLibrary, empty_services: object
) -> None:
    package = _package(empty_services, agency="UBND Quận 1\nVăn phòng")
    names = set(package.namelist())
    assert "docProps/thumbnail.jpeg" not in names  # the blank page Explorer would show
    assert not any(n.startswith("customXml/") for n in names)
    assert "word/stylesWithEffects.xml" not in names
    for part in ("_rels/.rels", "word/_rels/document.xml.rels", "[Content_Types].xml"):
        text = package.read(part).decode()
        assert "thumbnail" not in text and "stylesWithEffects" not in text and "customXml" not in text
    core = package.read("docProps/core.xml").decode()
    assert "python-docx" not in core and "2013-12-23" not in core
    app = package.read("docProps/app.xml").decode()
    assert "<Application>Trích Dẫn</Application>" in app and "<Company>VĂN PHÒNG</Company>" in app
    assert "Macintosh" not in app and "Normal.dotm" not in app
    settings = package.read("word/settings.xml").decode()
    assert "savePreviewPicture" not in settings and "proofState" not in settings


def test_without_a_name_the_author_is_left_empty(
    export_library: ExportLibrary, empty_services: object
) -> None:
    assert render_docx(empty_services).core_properties.author == ""
