"""Fonts a .doc's paragraph styles give their text, and which style each paragraph uses.

Old Vietnamese documents often set `.VnTimeH` in a heading style ("Heading 2", used for
"CHÍNH PHỦ") while the runs inside name no font: the style decides. Layout from [MS-DOC]: the
style sheet (STSH) holds one STD per style with its base style and its character properties; the
paragraph-property pages (PlcBtePapx -> PapxFkp) give each paragraph's style index (istd).
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator

_NO_STYLE = 0x0FFF
FontOf = Callable[[bytes], "int | None"]  # a grpprl -> the font index it sets, if any


def _u16(data: bytes, offset: int) -> int:
    return int(struct.unpack_from("<H", data, offset)[0])


def _u32(data: bytes, offset: int) -> int:
    return int(struct.unpack_from("<I", data, offset)[0])


def style_fonts(stsh: bytes, font_of: FontOf) -> dict[int, int]:
    """Font index per style index, inherited through each style's base style."""
    if len(stsh) < 4:
        return {}
    cb_stshi = _u16(stsh, 0)
    count = _u16(stsh, 2)
    cb_base = _u16(stsh, 4) if cb_stshi >= 4 else 10
    own: dict[int, int] = {}
    base: dict[int, int] = {}
    at = 2 + cb_stshi
    for istd in range(count):
        if at + 2 > len(stsh):
            break
        cb_std = _u16(stsh, at)
        std = stsh[at + 2 : at + 2 + cb_std]
        at += 2 + cb_std
        if len(std) < max(cb_base, 10) + 2:
            continue
        stk = _u16(std, 2) & 0x000F
        base[istd] = _u16(std, 2) >> 4
        body = character_upx(std, cb_base, paragraph_style=stk == 1)
        font = font_of(body) if body is not None else None
        if font is not None:
            own[istd] = font
    resolved: dict[int, int] = {}
    for istd in base:
        seen, current = set(), istd
        while current not in own and current in base and current not in seen and base[current] != _NO_STYLE:
            seen.add(current)
            current = base[current]
        if current in own:
            resolved[istd] = own[current]
    return resolved


def character_upx(std: bytes, cb_base: int, *, paragraph_style: bool) -> bytes | None:
    """The character properties (grpprl) of one style's STD: a paragraph style has a paragraph
    UPX then a character UPX, a character style only a character UPX; None when cut short."""
    name_len = _u16(std, cb_base)
    upx = cb_base + 2 + (name_len + 1) * 2
    for slot in range(2 if paragraph_style else 1):
        if upx % 2:
            upx += 1
        if upx + 2 > len(std):
            return None
        size = _u16(std, upx)
        body = std[upx + 2 : upx + 2 + size]
        upx += 2 + size
        if slot == (1 if paragraph_style else 0):
            return body
    return None


def fkp_runs(word: bytes, plc: bytes, stride: int) -> Iterator[tuple[int, int, bytes, int]]:
    """(fc start, fc end, FKP page, offset of the run's properties in that page, 0 for none)
    for every run of the formatted-disk pages a bin table `plc` points to. `stride` is the size
    of one entry after the page's fc array: 1 for character runs, 13 (BxPap) for paragraphs."""
    count = (len(plc) - 4) // 8
    for i in range(count):
        pn = _u32(plc, 4 * (count + 1) + 4 * i) & 0x3FFFFF
        page = word[pn * 512 : pn * 512 + 512]
        if len(page) < 512:
            continue
        crun = page[511]
        fcs = [_u32(page, 4 * k) for k in range(crun + 1)]
        for k in range(crun):
            yield fcs[k], fcs[k + 1], page, page[4 * (crun + 1) + stride * k] * 2


def paragraph_styles(word: bytes, plc: bytes) -> list[tuple[int, int, int]]:
    """(fc start, fc end, style index) for each paragraph run in the file."""
    runs: list[tuple[int, int, int]] = []
    for start_fc, end_fc, page, offset in fkp_runs(word, plc, 13):  # BxPap: offset then a PHE
        istd = 0
        if offset:
            cb = page[offset]
            start = offset + 1 if cb else offset + 2  # cb 0: the size is in the next byte
            if start + 2 <= 512:
                istd = _u16(page, start)
        runs.append((start_fc, end_fc, istd))
    return sorted(runs)
