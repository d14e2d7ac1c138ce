"""Document formats: import time per kind beside a plain-text extraction baseline, as JSON.

    .venv/bin/python bench/bench_formats.py [--repeat 5] [--quick]

Files: the real documents in tests/data/ingest-files, plus two long ones made from them in
memory: a 102-page PDF (the six real pages 17 times) and a 64-page decree-like .docx (the
2013 constitution's body twice). For each kind: the full import (`read_document`: reader,
cleaning, metadata), the reader alone, and a baseline measured in the same run:
- PDF: PDFium's raw text call (no geometry, no paragraphs), `pdftotext` when installed, and
  pdfminer.six / pypdf when installed (the alternatives the reader was chosen against), each
  with its quality: the share of the Word file's paragraphs found whole in its text.
- .docx: python-docx paragraph texts (what the app used before); .odt: lxml itertext of
  content.xml; .doc: opening the OLE file and reading its streams; .rtf: a regex that strips
  control words.
Targets (issue 13): 100-page text PDF imported in under 3 s; a whole-.docx read of a 50-page
decree in under 1 s.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data" / "ingest-files"


def best_ms(call: Callable[[], Any], repeat: int) -> dict[str, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return {"best_ms": round(min(samples), 1), "median_ms": round(statistics.median(samples), 1)}


def long_pdf(copies: int) -> bytes:
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument((DATA / "hien-phap-2013-p1-6.pdf").read_bytes())
    target = pdfium.PdfDocument.new()
    for _ in range(copies):
        target.import_pages(source)
    buffer = io.BytesIO()
    target.save(buffer)
    return buffer.getvalue()


def long_docx(copies: int) -> bytes:
    source = zipfile.ZipFile(io.BytesIO((DATA / "hien-phap-2013.docx").read_bytes()))
    document = source.read("word/document.xml").decode("utf-8")
    start = document.index("<w:body>") + len("<w:body>")
    end = document.rindex("<w:sectPr")
    document = document[:start] + document[start:end] * copies + document[end:]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, document if info.filename == "word/document.xml" else source.read(info.filename))
    return buffer.getvalue()


def quality(text: str, paragraphs: list[str]) -> float:
    """Share of the Word file's paragraphs that the extraction holds whole (spaces collapsed,
    NFC: pdfminer.six and pypdf give some letters decomposed)."""
    import unicodedata

    flat = unicodedata.normalize("NFC", " ".join(text.split()))
    return round(sum(1 for p in paragraphs if unicodedata.normalize("NFC", p) in flat) / len(paragraphs), 3)


def pdf_alternatives(data: bytes, path: Path, paragraphs: list[str], repeat: int, quick: bool = False) -> dict[str, Any]:
    import pypdfium2 as pdfium

    def pdfium_raw() -> str:
        document = pdfium.PdfDocument(data)
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))

    out: dict[str, Any] = {"pypdfium2_raw_text": {**best_ms(pdfium_raw, repeat), "quality": quality(pdfium_raw(), paragraphs)}}
    if shutil.which("pdftotext"):
        def poppler() -> str:
            return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout.decode()

        out["pdftotext"] = {**best_ms(poppler, repeat), "quality": quality(poppler(), paragraphs)}
    if quick:
        return out
    try:
        from pdfminer.high_level import extract_text

        def miner() -> str:
            return extract_text(io.BytesIO(data))

        out["pdfminer.six"] = {**best_ms(miner, 1), "quality": quality(miner(), paragraphs)}
    except ImportError:
        out["pdfminer.six"] = "not installed"
    try:
        from pypdf import PdfReader

        def pypdf_text() -> str:
            return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)

        out["pypdf"] = {**best_ms(pypdf_text, 1), "quality": quality(pypdf_text(), paragraphs)}
    except ImportError:
        out["pypdf"] = "not installed"
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="one run each, no slow alternatives")
    args = parser.parse_args()
    if args.quick:
        args.repeat = 1

    from desktop.ingest import read_document
    from desktop.ingest.doc_text import doc_to_text
    from desktop.ingest.docx_text import docx_to_text
    from desktop.ingest.odt_text import odt_to_text
    from desktop.ingest.pdf_text import pdf_to_text
    from desktop.ingest.rtf_text import rtf_to_text

    work = Path(tempfile.mkdtemp(prefix="bench-formats-"))
    try:
        pdf_102 = work / "hien-phap-102-trang.pdf"
        pdf_102.write_bytes(long_pdf(17))
        docx_64 = work / "nghi-dinh-64-trang.docx"
        docx_64.write_bytes(long_docx(2))
        word_paragraphs = [
            " ".join(p.split()) for p in docx_to_text((DATA / "hien-phap-2013.docx").read_bytes()).text.split("\n") if len(p) > 40
        ]
        pdf_paragraphs = [p for p in word_paragraphs if p in " ".join(pdf_to_text((DATA / "hien-phap-2013-p1-6.pdf").read_bytes()).text.split())]

        def docx_baseline(path: Path) -> Callable[[], str]:
            def run() -> str:
                import docx

                return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)

            return run

        def odt_baseline(path: Path) -> Callable[[], str]:
            def run() -> str:
                from lxml import etree

                return "".join(etree.fromstring(zipfile.ZipFile(path).read("content.xml")).itertext())

            return run

        def doc_baseline(path: Path) -> Callable[[], int]:
            def run() -> int:
                import olefile

                with olefile.OleFileIO(str(path)) as ole:
                    return sum(len(ole.openstream(name).read()) for name in ("WordDocument", "1Table") if ole.exists(name))

            return run

        def rtf_baseline(path: Path) -> Callable[[], str]:
            def run() -> str:
                return re.sub(rb"\\[a-z]+-?\d* ?|[{}]", b"", path.read_bytes()).decode("latin-1")

            return run

        cases = [
            ("pdf_102_pages", pdf_102, pdf_to_text, None),
            ("pdf_6_pages_real", DATA / "hien-phap-2013-p1-6.pdf", pdf_to_text, None),
            ("pdf_legacy_tcvn3", DATA / "hien-phap-1959-tcvn3.pdf", pdf_to_text, None),
            ("docx_64_pages", docx_64, docx_to_text, docx_baseline(docx_64)),
            ("docx_32_pages_real", DATA / "hien-phap-2013.docx", docx_to_text, docx_baseline(DATA / "hien-phap-2013.docx")),
            ("doc_real_247kb", DATA / "hien-phap-2013.doc", doc_to_text, doc_baseline(DATA / "hien-phap-2013.doc")),
            ("rtf_real_196kb", DATA / "hien-phap-1959.rtf", rtf_to_text, rtf_baseline(DATA / "hien-phap-1959.rtf")),
            ("odt_real", DATA / "hien-phap-1959.odt", odt_to_text, odt_baseline(DATA / "hien-phap-1959.odt")),
        ]
        results: dict[str, Any] = {}
        for name, path, reader, baseline in cases:
            data = path.read_bytes()
            entry: dict[str, Any] = {
                "bytes": len(data),
                "import": best_ms(lambda p=path: read_document(p), args.repeat),
                "reader": best_ms(lambda d=data, r=reader: r(d), args.repeat),
            }
            if name.startswith("pdf"):
                import pypdfium2 as pdfium

                entry["pages"] = len(pdfium.PdfDocument(data))
                if name != "pdf_legacy_tcvn3":
                    entry["baselines"] = pdf_alternatives(data, path, pdf_paragraphs, args.repeat, args.quick)
                    entry["quality_reader"] = quality(pdf_to_text(data).text, pdf_paragraphs)
                    raw = entry["baselines"]["pypdfium2_raw_text"]["best_ms"]
                    entry["ratio_import_to_raw_text"] = round(entry["import"]["best_ms"] / max(raw, 0.01), 2)
            elif baseline is not None:
                entry["baseline"] = best_ms(baseline, args.repeat)
                entry["ratio_import_to_baseline"] = round(entry["import"]["best_ms"] / max(entry["baseline"]["best_ms"], 0.01), 2)
            results[name] = entry
        results["targets"] = {
            "pdf_100_pages_import_under_3s": results["pdf_102_pages"]["import"]["best_ms"] < 3000,
            "docx_50_pages_read_under_1s": results["docx_64_pages"]["reader"]["best_ms"] < 1000,
        }
        print(json.dumps(results, ensure_ascii=False, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
