"""The parts of a Word 97–2003 binary file (.doc) a reader needs: text, notes, fonts of runs.

Layout from Microsoft's published [MS-DOC] specification: the FIB at the start of the
WordDocument stream points into the table stream at the piece table (where each run of text
lies and whether it is stored as 8-bit or UTF-16), the footnote and endnote tables, the font
table, the style sheet's default font, and the character-property pages that name each run's
font.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from desktop.ingest.doc_styles import character_upx, fkp_runs, paragraph_styles, style_fonts

# Indexes in FibRgFcLcb97 (pairs of fc, lcb).
_STSHF, _FND_REF, _FND_TXT, _BTE_CHPX, _BTE_PAPX, _FFN, _CLX, _END_REF, _END_TXT = 1, 2, 3, 12, 13, 15, 33, 46, 47
# Character sprms naming the font of a run (ASCII slot, then the "other" slot Word uses for
# characters above 127, then the old Word 6 one).
_FONT_SPRMS = (0x4A4F, 0x4A51, 0x4A3D)
# Bytes Word stores "compressed" (8-bit) that are not Windows-1252 positions as such.
_COMPRESSED_SPECIAL = {0x80: "\u20ac", 0x82: "\u201a", 0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021",
                       0x88: "\u02c6", 0x89: "\u2030", 0x8A: "\u0160", 0x8B: "\u2039", 0x8C: "\u0152", 0x91: "\u2018",
                       0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022", 0x96: "\u2013", 0x97: "\u2014",
                       0x98: "\u02dc", 0x99: "\u2122", 0x9A: "\u0161", 0x9B: "\u203a", 0x9C: "\u0153", 0x9F: "\u0178"}


class DocFormatError(ValueError):
    """The binary structure is not one this reader understands (old Word, damaged)."""


class DocEncrypted(DocFormatError):
    """The document is protected by a password."""


@dataclass
class Piece:
    cp_start: int
    cp_end: int
    fc: int  # file offset of the first character in the WordDocument stream
    compressed: bool


@dataclass
class DocParts:
    text: str  # every subdocument's characters, in CP order
    ccp_text: int
    ccp_ftn: int
    ccp_hdd: int
    ccp_atn: int
    ccp_edn: int
    ccp_txbx: int
    fonts: list[str | None]  # font name per CP (None: the document's default)
    footnote_refs: list[int] = field(default_factory=list)
    footnote_ranges: list[tuple[int, int]] = field(default_factory=list)  # CPs in the footnote part
    endnote_refs: list[int] = field(default_factory=list)
    endnote_ranges: list[tuple[int, int]] = field(default_factory=list)


def _u16(data: bytes, offset: int) -> int:
    return struct.unpack_from("<H", data, offset)[0]


def _u32(data: bytes, offset: int) -> int:
    return struct.unpack_from("<I", data, offset)[0]


class _Fib:
    def __init__(self, word: bytes) -> None:
        if len(word) < 0x200 or _u16(word, 0) != 0xA5EC:
            raise DocFormatError("not a Word 97+ document")
        n_fib = _u16(word, 2)
        flags = _u16(word, 0x0A)
        if flags & 0x0100:
            raise DocEncrypted("encrypted")
        if n_fib < 0xC1:
            raise DocFormatError(f"Word version too old (nFib {n_fib:#x})")
        self.table_name = "1Table" if flags & 0x0200 else "0Table"
        csw = _u16(word, 32)
        lw_at = 34 + csw * 2
        cslw = _u16(word, lw_at)
        rg_lw = lw_at + 2
        self.ccp = [_u32(word, rg_lw + 4 * i) for i in range(min(cslw, 11))]
        fc_at = rg_lw + cslw * 4
        cb = _u16(word, fc_at)
        self._pairs_at = fc_at + 2
        self._pairs = cb
        self._word = word

    def pair(self, index: int) -> tuple[int, int]:
        if index >= self._pairs:
            return 0, 0
        at = self._pairs_at + index * 8
        return _u32(self._word, at), _u32(self._word, at + 4)


def _pieces(table: bytes, fc: int, lcb: int) -> list[Piece]:
    clx = table[fc : fc + lcb]
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # Prc: property modifiers, skipped
        at += 3 + _u16(clx, at + 1)
    if at >= len(clx) or clx[at] != 0x02:
        raise DocFormatError("no piece table")
    size = _u32(clx, at + 1)
    plc = clx[at + 5 : at + 5 + size]
    count = (len(plc) - 4) // 12
    cps = [_u32(plc, 4 * i) for i in range(count + 1)]
    pieces = []
    for i in range(count):
        fc_raw = _u32(plc, 4 * (count + 1) + 8 * i + 2)
        compressed = bool(fc_raw & 0x40000000)
        offset = (fc_raw & 0x3FFFFFFF) // 2 if compressed else fc_raw & 0x3FFFFFFF
        pieces.append(Piece(cps[i], cps[i + 1], offset, compressed))
    return pieces


def _decode_piece(word: bytes, piece: Piece) -> str:
    length = piece.cp_end - piece.cp_start
    if piece.compressed:
        raw = word[piece.fc : piece.fc + length]
        text = raw.decode("latin-1")
        if any(0x80 <= b <= 0x9F for b in raw):
            text = "".join(_COMPRESSED_SPECIAL.get(b, chr(b)) for b in raw)
        return text
    return word[piece.fc : piece.fc + 2 * length].decode("utf-16-le", errors="replace")


def _font_names(table: bytes, fc: int, lcb: int) -> list[str]:
    if not lcb:
        return []
    sttb = table[fc : fc + lcb]
    count = _u16(sttb, 0)
    at = 2 if count != 0xFFFF else 4
    if count == 0xFFFF:
        count = _u16(sttb, 2)
    at += 2  # cbExtra
    names = []
    for _ in range(count):
        if at >= len(sttb):
            break
        size = sttb[at] + 1
        entry = sttb[at : at + size]
        name_bytes = entry[40:]
        name = name_bytes.decode("utf-16-le", errors="replace").split("\x00", 1)[0]
        names.append(name)
        at += size
    return names


def _sprm_operand_size(grpprl: bytes, at: int, sprm: int) -> int:
    spra = sprm >> 13
    if spra in (0, 1):
        return 1
    if spra in (2, 4, 5):
        return 2
    if spra == 3:
        return 4
    if spra == 7:
        return 3
    if sprm == 0xD608:  # sprmTDefTable: a two-byte size
        return _u16(grpprl, at) + 1 if at + 1 < len(grpprl) else 1
    return grpprl[at] + 1 if at < len(grpprl) else 1


def font_in_grpprl(grpprl: bytes) -> int | None:
    at, found = 0, None
    while at + 2 <= len(grpprl):
        sprm = _u16(grpprl, at)
        at += 2
        size = _sprm_operand_size(grpprl, at, sprm)
        if sprm in _FONT_SPRMS and at + 2 <= len(grpprl) and found is None:
            found = _u16(grpprl, at)
        at += size
    return found


def _default_font(table: bytes, fc: int, lcb: int) -> int | None:
    """The style sheet's standard font, then the Normal style's own font if it names one."""
    if lcb < 20:
        return None
    stsh = table[fc : fc + lcb]
    cb_stshi = _u16(stsh, 0)
    standard = _u16(stsh, 2 + 12) if cb_stshi >= 14 else None
    cb_base = _u16(stsh, 2 + 2)
    at = 2 + cb_stshi
    if at + 2 > len(stsh):
        return standard
    cb_std = _u16(stsh, at)
    std = stsh[at + 2 : at + 2 + cb_std]
    if len(std) < cb_base + 2:
        return standard
    body = character_upx(std, cb_base, paragraph_style=True)  # Normal is a paragraph style
    named = font_in_grpprl(body) if body is not None else None
    if named is not None:
        return named
    return standard


def _run_fonts(word: bytes, table: bytes, fc: int, lcb: int) -> list[tuple[int, int, int | None]]:
    """(fc start, fc end, font index) for each character run in the file."""
    if not lcb:
        return []
    runs = []
    for start_fc, end_fc, page, offset in fkp_runs(word, table[fc : fc + lcb], 1):
        font = None
        if offset:
            size = page[offset]
            font = font_in_grpprl(page[offset + 1 : offset + 1 + size])
        runs.append((start_fc, end_fc, font))
    return runs


def _plc_cps(table: bytes, fc: int, lcb: int, data_size: int) -> list[int]:
    if not lcb:
        return []
    count = (lcb - 4) // (4 + data_size)
    return [_u32(table, fc + 4 * i) for i in range(count + 1)]


def read_parts(word: bytes, table_for: dict[str, bytes]) -> DocParts:
    fib = _Fib(word)
    table = table_for.get(fib.table_name)
    if table is None:
        raise DocFormatError("table stream missing")
    pieces = _pieces(table, *fib.pair(_CLX))
    ccp = fib.ccp + [0] * (11 - len(fib.ccp))
    texts = [_decode_piece(word, piece) for piece in pieces]
    text = "".join(texts)
    names = _font_names(table, *fib.pair(_FFN))
    default_index = _default_font(table, *fib.pair(_STSHF))
    default = names[default_index] if default_index is not None and default_index < len(names) else None
    runs = sorted(_run_fonts(word, table, *fib.pair(_BTE_CHPX)))
    # A run that names no font takes its paragraph style's font (".VnTimeH" in "Heading 2").
    stsh_fc, stsh_lcb = fib.pair(_STSHF)
    by_style = style_fonts(table[stsh_fc : stsh_fc + stsh_lcb], font_in_grpprl)
    papx_fc, papx_lcb = fib.pair(_BTE_PAPX)
    paragraphs = paragraph_styles(word, table[papx_fc : papx_fc + papx_lcb]) if by_style and papx_lcb else []
    fonts: list[str | None] = []
    for piece, piece_text in zip(pieces, texts, strict=True):
        width = 1 if piece.compressed else 2
        position = piece.fc
        run_index = _first_run(runs, position)
        para_index = _first_run(paragraphs, position)
        for _ in piece_text:
            while run_index < len(runs) and runs[run_index][1] <= position:
                run_index += 1
            while para_index < len(paragraphs) and paragraphs[para_index][1] <= position:
                para_index += 1
            font = default
            if para_index < len(paragraphs) and paragraphs[para_index][0] <= position:
                styled = by_style.get(paragraphs[para_index][2])
                if styled is not None and styled < len(names):
                    font = names[styled]
            if run_index < len(runs) and runs[run_index][0] <= position and runs[run_index][2] is not None:
                found = runs[run_index][2]
                font = names[found] if found is not None and found < len(names) else default
            fonts.append(font)
            position += width
    parts = DocParts(text, ccp[3], ccp[4], ccp[5], ccp[7], ccp[8], ccp[9], fonts)
    refs = _plc_cps(table, *fib.pair(_FND_REF), 2)
    parts.footnote_refs = refs[:-1]
    texts_cp = _plc_cps(table, *fib.pair(_FND_TXT), 0)
    parts.footnote_ranges = list(zip(texts_cp, texts_cp[1:], strict=False))
    refs = _plc_cps(table, *fib.pair(_END_REF), 2)
    parts.endnote_refs = refs[:-1]
    texts_cp = _plc_cps(table, *fib.pair(_END_TXT), 0)
    parts.endnote_ranges = list(zip(texts_cp, texts_cp[1:], strict=False))
    return parts


def _first_run(runs: list[tuple[int, int, int | None]] | list[tuple[int, int, int]], position: int) -> int:
    low, high = 0, len(runs)
    while low < high:
        middle = (low + high) // 2
        if runs[middle][1] <= position:
            low = middle + 1
        else:
            high = middle
    return low
