"""Word automatic numbering (numbering.xml): the "1.", "a)", "II." or bullet a paragraph shows."""

from __future__ import annotations

from typing import Any

from desktop.text.roman_numerals import roman

_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf076": "❖", "\uf0fc": "✓", "\uf02d": "-", "\uf0e0": "→"}


def _letters(number: int) -> str:
    # Word repeats the letter past z: a … z, aa … zz.
    number = max(number, 1)
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def format_number(number: int, fmt: str) -> str:
    if fmt in ("lowerLetter",):
        return _letters(number)
    if fmt == "upperLetter":
        return _letters(number).upper()
    if fmt == "lowerRoman":
        return roman(number).lower()
    if fmt == "upperRoman":
        return roman(number)
    if fmt == "decimalZero":
        return f"{number:02d}"
    if fmt in ("none", "bullet"):
        return ""
    return str(number)  # decimal and the many formats Vietnamese documents do not use


class Numbering:
    """Counts list paragraphs in reading order and renders each one's label."""

    def __init__(self, root: Any, w: str) -> None:
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # abstract -> level -> (fmt, text, start)
        self._abstract_of: dict[str, str] = {}
        self._start_override: dict[tuple[str, int], int] = {}
        self._counters: dict[str, list[int]] = {}
        self._w = w
        if root is None:
            return
        for abstract in root.iter(f"{w}abstractNum"):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in abstract.iter(f"{w}lvl"):
                level = int(lvl.get(f"{w}ilvl", "0") or 0)
                fmt = self._val(lvl, "numFmt") or "decimal"
                text = self._val(lvl, "lvlText")
                start = int(self._val(lvl, "start") or 1)
                levels[level] = (fmt, text if text is not None else f"%{level + 1}.", start)
            self._levels[abstract.get(f"{w}abstractNumId", "")] = levels
        for num in root.iter(f"{w}num"):
            num_id = num.get(f"{w}numId", "")
            self._abstract_of[num_id] = self._val(num, "abstractNumId") or ""
            for override in num.iter(f"{w}lvlOverride"):
                restart = self._val(override, "startOverride")
                if restart is not None:
                    self._start_override[(num_id, int(override.get(f"{w}ilvl", "0") or 0))] = int(restart)

    def _val(self, element: Any, child: str) -> str | None:
        found = element.find(f"{self._w}{child}")
        return found.get(f"{self._w}val") if found is not None else None

    def label(self, num_id: str, level: int) -> str:
        abstract = self._abstract_of.get(num_id)
        levels = self._levels.get(abstract or "")
        if not levels or level not in levels:
            return ""
        fmt, text, _ = levels[level]
        # Counters belong to the abstract list, as Word continues a list across its num ids;
        # a num with its own start override restarts it.
        key = abstract or num_id
        counters = self._counters.setdefault(key, [0] * 9)
        if (num_id, level) in self._start_override and counters[level] == 0:
            counters[level] = self._start_override[(num_id, level)] - 1
        if counters[level] == 0:
            counters[level] = levels[level][2] - 1
        counters[level] += 1
        for deeper in range(level + 1, 9):
            counters[deeper] = 0
        if fmt == "bullet":
            return "".join(_BULLETS.get(ch, "•" if "\uf000" <= ch <= "\uf0ff" else ch) for ch in text).strip() or "•"
        label = text
        for index in range(level + 1):
            lvl = levels.get(index)
            value = counters[index] if counters[index] else (lvl[2] if lvl else 1)
            label = label.replace(f"%{index + 1}", format_number(value, lvl[0] if lvl else "decimal"))
        return label.strip()
