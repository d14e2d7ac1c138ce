"""Document properties of the brief, and python-docx's template leftovers taken out."""

from __future__ import annotations

from datetime import UTC, datetime
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

APPLICATION = "Trích Dẫn"
# Parts the python-docx template carries that say nothing true about a brief: a blank
# thumbnail (Explorer and Finder would show an empty page), a 440 kB copy of the styles for
# Word 2010, and a bibliography data store.
_DROPPED_PACKAGE_RELS = (RT.THUMBNAIL,)
_DROPPED_DOCUMENT_RELS = (
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    RT.CUSTOM_XML,
)


def set_properties(
    document: DocxDocument,
    *,
    title: str,
    author: str,
    company: str = "",
    now: datetime | None = None,
) -> None:
    """Title, author and dates of this brief (File › Info in Word, Properties in Explorer)."""
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    core = document.core_properties
    core.title = title
    core.author = author
    core.last_modified_by = author
    core.created = moment
    core.modified = moment
    core.revision = 1
    core.comments = ""
    core.keywords = ""
    core.subject = ""
    core.category = ""
    core.language = "vi-VN"
    _drop_template_parts(document)
    _extended_properties(document, company)
    _settings(document)


# Template settings that are false for a new brief: "spelling already checked", "save a preview
# picture" (the blank thumbnail), the template's own document id and revision ids.
_DROPPED_SETTINGS = ("proofState", "savePreviewPicture", "rsids")
_W14_DOC_ID = "{http://schemas.microsoft.com/office/word/2010/wordml}docId"


def _settings(document: DocxDocument) -> None:
    settings = document.settings.element
    for name in _DROPPED_SETTINGS:
        for element in settings.findall(qn(f"w:{name}")):
            settings.remove(element)
    for element in settings.findall(_W14_DOC_ID):
        settings.remove(element)
    zoom = settings.find(qn("w:zoom"))
    if zoom is not None and zoom.get(qn("w:percent")) is None:
        zoom.set(qn("w:percent"), "100")  # required by the transitional schema's CT_Zoom
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:val"), "vi-VN")
    compat = settings.find(qn("w:compat"))
    if compat is not None and compat.find(qn("w:doNotExpandShiftReturn")) is None:
        # A note pasted from Word keeps its line breaks; justified text must not stretch the
        # words of a line that ends in one (Word and LibreOffice both honour this setting).
        # First in CT_Compat's sequence, before useFELayout.
        compat.insert(0, OxmlElement("w:doNotExpandShiftReturn"))


def _drop_template_parts(document: DocxDocument) -> None:
    package = document.part.package
    for rels, dropped in (
        (package.rels, _DROPPED_PACKAGE_RELS),
        (document.part.rels, _DROPPED_DOCUMENT_RELS),
    ):
        for r_id in [r.rId for r in rels.values() if r.reltype in dropped]:
            del rels[r_id]  # unreachable parts are not saved


def _extended_properties(document: DocxDocument, company: str) -> None:
    """docProps/app.xml as this application writes it (the template says "Microsoft Macintosh
    Word" with a Normal.dotm template and one page)."""
    part = next(
        (r.target_part for r in document.part.package.rels.values() if r.reltype == RT.EXTENDED_PROPERTIES),
        None,
    )
    if part is None:
        return
    company_xml = f"<Company>{escape(company)}</Company>" if company else ""
    part._blob = (  # noqa: SLF001 - a generic part: python-docx keeps its bytes as they are
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<TotalTime>0</TotalTime><Application>{escape(APPLICATION)}</Application>"
        f"<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>{company_xml}"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
    ).encode()
