"""What a reader hands to the library: raw and clean text plus the metadata found in it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.domain.article import RemovedLine


@dataclass(frozen=True)
class ImportedDocument:
    raw_text: str  # NFC, "\n" line breaks; exactly what was read
    clean_text: str  # NFC; the raw lines page cleaning kept, in order
    removed_lines: tuple[RemovedLine, ...]
    title: str
    author: str = ""
    source: str = ""
    published: str | None = None  # "2021-08-09T06:38" or "2021-08-09"; None when unknown
    doc_refs: tuple[str, ...] = ()
    origin: str = ""  # file name, or "clipboard"
    encoding: str = ""  # e.g. "utf-8", "windows-1258", "tcvn3", "vni"
    encoding_sure: bool = True  # False: detection hesitated; the GUI offers a preview and a choice
    source_url: str = ""  # the web address an imported page was read from
    doc_number: str = ""  # an official document's number and symbol ("30/2020/NĐ-CP")
    encoding_alternatives: tuple[str, ...] = ()  # other plausible encodings when not sure

    def with_metadata(self, **changes: object) -> ImportedDocument:
        return replace(self, **changes)  # type: ignore[arg-type]
