"""Rebuild the derived test files from the two real .doc files beside this script.

Run from the repository root: `.venv/bin/python tests/data/ingest-files/build_derived.py`.
Needs LibreOffice (`soffice`), `pdftoppm`, pypdf and pypdfium2. The derived files are committed;
this script records exactly how each was made (see README.md).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from desktop.ingest.legacy_encodings import encode_tcvn3, encode_vni  # noqa: E402


def soffice(source: Path, target_format: str, out_dir: Path) -> Path:
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
             "--convert-to", target_format, "--outdir", str(out_dir), str(source)],
            check=True, timeout=300, capture_output=True,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return out_dir / (source.stem + "." + target_format.split(":")[0])


def pdf_pages(source: Path, target: Path, pages: range, password: str | None = None) -> None:
    from pypdf import PdfReader, PdfWriter

    reader, writer = PdfReader(source), PdfWriter()
    for number in pages:
        writer.add_page(reader.pages[number])
    if password:
        writer.encrypt(user_password=password, owner_password="owner-" + password, algorithm="AES-128")
    with target.open("wb") as handle:
        writer.write(handle)


def scan_pdf(source: Path, target: Path, work: Path) -> None:
    """Page 1 as a grey JPEG inside a PDF: what a scanner makes, with no text layer."""
    import pypdfium2 as pdfium

    subprocess.run(["pdftoppm", "-r", "72", "-gray", "-jpeg", "-jpegopt", "quality=35",
                    "-f", "1", "-l", "1", str(source), str(work / "scan")], check=True)
    jpeg = next(work.glob("scan*.jpg"))
    document = pdfium.PdfDocument.new()
    image = pdfium.PdfImage.new(document)
    image.load_jpeg(str(jpeg))
    width, height = 595, 842
    image.set_matrix(pdfium.PdfMatrix().scale(width, height))
    page = document.new_page(width, height)
    page.insert_obj(image)
    page.gen_content()
    document.save(str(target))


# --- legacy-font Word files: the real 1959 text typed again as an old office would ----------
_LEGACY_FONTS = {"tcvn3": (".VnTime", ".VnTimeH", encode_tcvn3), "vni": ("VNI-Times", "VNI-Times", encode_vni)}


def _run_xml(text: str, font: str) -> str:
    from xml.sax.saxutils import escape

    parts = []
    for piece in text.split("\u00ad"):  # Word keeps a typed 0xAD (TCVN3 "ư") as <w:softHyphen/>
        if parts:
            parts.append("<w:softHyphen/>")
        if piece:
            parts.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>' if font else ""
    return f"<w:r><w:rPr>{fonts}</w:rPr>{''.join(parts)}</w:r>"


def legacy_docx(paragraphs: list[str], encoding: str, target: Path) -> None:
    """Headings in the upper-case font, the body in the legacy font, and one sentence typed
    later in Unicode Times New Roman (a re-saved old document)."""
    body_font, upper_font, encode = _LEGACY_FONTS[encoding]
    xml_paragraphs = []
    for index, text in enumerate(paragraphs):
        heading = text.isupper()
        font = upper_font if heading and encoding == "tcvn3" else body_font
        source = text.lower() if heading and encoding == "tcvn3" else text
        legacy = encode(source).decode("cp1252")
        runs = _run_xml(legacy, font)
        if index == 3:
            runs += _run_xml(" (Bản gõ lại bằng Unicode.)", "Times New Roman")
        xml_paragraphs.append(f"<w:p>{runs}</w:p>")
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{''.join(xml_paragraphs)}</w:body></w:document>"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", document)


def legacy_pdf(paragraphs: list[str], target: Path) -> None:
    """A PDF as an old PDF printer made it from a .VnTime document: the font not embedded,
    WinAnsi codes (the TCVN3 bytes) in the content, no ToUnicode map, page numbers at the foot."""
    import textwrap

    pages: list[list[str]] = [[]]
    for text in paragraphs:
        for line in textwrap.wrap(encode_tcvn3(text).decode("cp1252"), 88):
            if len(pages[-1]) >= 40:
                pages.append([])
            pages[-1].append(line)
        pages[-1].append("")
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    font_id = 3
    objects.append(b"<< /Type /Font /Subtype /TrueType /BaseFont /VnTime /Encoding /WinAnsiEncoding "
                   b"/FirstChar 32 /LastChar 255 /Widths [" + b" 500" * 224 + b"] >>")
    kids = []
    for number, lines in enumerate(pages, 1):
        ops = [b"BT /F1 12 Tf 14 TL 72 770 Td"]
        for line in lines:
            escaped = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"(" + escaped + b") Tj T*")
        ops.append(b"ET BT /F1 10 Tf 290 40 Td (" + str(number).encode() + b") Tj ET")
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>stream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (content_id, font_id))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for index, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % index + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    target.write_bytes(bytes(out))


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="ingest-files-"))
    try:
        doc2013, doc1959 = HERE / "hien-phap-2013.doc", HERE / "hien-phap-1959.doc"
        pdf2013 = soffice(doc2013, "pdf", work)
        pdf_pages(pdf2013, HERE / "hien-phap-2013-p1-6.pdf", range(6))
        pdf_pages(pdf2013, HERE / "hien-phap-2013-encrypted.pdf", range(2), password="matkhau")
        scan_pdf(pdf2013, HERE / "hien-phap-2013-scan.pdf", work)
        shutil.copy(soffice(doc2013, "docx", work), HERE / "hien-phap-2013.docx")
        # The legacy-font files retype the start of the 1959 text (preamble, chapter 1).
        text = soffice(doc1959, "txt:Text", work).read_text(encoding="utf-8-sig")
        paragraphs = [line.strip() for line in text.splitlines() if line.strip()][:40]
        legacy_docx(paragraphs[:24], "tcvn3", HERE / "hien-phap-1959-tcvn3.docx")
        legacy_docx(paragraphs[:12], "vni", HERE / "hien-phap-1959-vni.docx")
        shutil.copy(soffice(HERE / "hien-phap-1959-tcvn3.docx", "doc", work), HERE / "hien-phap-1959-tcvn3.doc")
        legacy_pdf(paragraphs[3:14], HERE / "hien-phap-1959-tcvn3.pdf")
        shutil.copy(soffice(HERE / "hien-phap-1959-tcvn3.docx", "rtf", work), HERE / "hien-phap-1959-tcvn3.rtf")
        shutil.copy(soffice(HERE / "hien-phap-1959-tcvn3.docx", "odt", work), HERE / "hien-phap-1959-tcvn3.odt")
        shutil.copy(soffice(doc1959, "rtf", work), HERE / "hien-phap-1959.rtf")
        shutil.copy(soffice(doc1959, "odt", work), HERE / "hien-phap-1959.odt")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
