"""Vietnamese legal and Party document references ("Chỉ thị số 05-CT/TW", "Nghị định 30/2020/NĐ-CP")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.resources_path import resources_dir
from desktop.text.kind_words import KindWords, law_words
from desktop.text.normalize import fold

# Canonical keys (`DocumentRef.canonical`) are one readable string per document:
#   "<Loại> <số hiệu chuẩn hoá>"   e.g. "Chỉ thị 05-CT/TW", "Nghị định 30/2020/NĐ-CP",
#   "Quyết định 1722/QĐ-TTg", "Nghị định 06/2017", "Nghị quyết Trung ương 4 khóa XII",
#   "Luật Thủ đô", "Luật Đất đai 2013", "Hiến pháp 2013".
# The number is zero-padded to two digits ("5-CT/TW" and "05-CT/TW" are one document), "số",
# spaces and letter case are dropped, so every way of writing one document gives one key.
#
# A bare "Chỉ thị 05" is *incomplete* (`complete=False`): several documents share kind and number.
# It is completed from its own context when that is unambiguous:
#   1. "Chỉ thị 05 của Bộ Chính trị" / "Ban Bí thư" / "Trung ương" -> "Chỉ thị 05-CT/TW";
#   2. else, when the same text cites exactly one complete document of that kind and number
#      ("Chỉ thị số 05-CT/TW" earlier or later), the bare one takes that key.
# Otherwise its key stays "Chỉ thị 05"; `same_document()` relates it to every complete key of that
# kind and number, so a library lists articles that cite the document only loosely as well.

# kind as written (folded) -> (canonical kind, Party/State code letters that name it)
_KINDS: dict[str, tuple[str, str]] = {
    "thong tu lien tich": ("Thông tư liên tịch", "TTLT"),
    "nghi quyet lien tich": ("Nghị quyết liên tịch", "NQLT"),
    "chi thi": ("Chỉ thị", "CT"),
    "nghi quyet": ("Nghị quyết", "NQ"),
    "ket luan": ("Kết luận", "KL"),
    "nghi dinh": ("Nghị định", "NĐ"),
    "quyet dinh": ("Quyết định", "QĐ"),
    "thong tu": ("Thông tư", "TT"),
    "thong bao": ("Thông báo", "TB"),
    "cong van": ("Công văn", "CV"),
    "cong dien": ("Công điện", "CĐ"),
    "huong dan": ("Hướng dẫn", "HD"),
    "quy dinh": ("Quy định", "QĐi"),
    "ke hoach": ("Kế hoạch", "KH"),
    "de an": ("Đề án", "ĐA"),
    "phap lenh": ("Pháp lệnh", "PL"),
    "sac lenh": ("Sắc lệnh", "SL"),
    "bo luat": ("Bộ luật", ""),
    "luat": ("Luật", "QH"),
    # a dispatch cited by its number ("Văn bản số 339/UBND-KGVX"); a code that names a kind
    # gives the kind ("văn bản 1722/QĐ-TTg" is a Quyết định)
    "van ban": (_GENERIC_KIND := "Văn bản", ""),
}
# first code of a number written alone ("(05-CT/TW)") -> kind; "QH13" codes are laws
_KIND_OF_CODE: dict[str, str] = {code.upper(): kind for kind, code in _KINDS.values() if code}
# Kinds the Party Central Committee, Politburo and Secretariat issue with "-XX/TW" numbers.
_PARTY_KINDS = {"Chỉ thị", "Nghị quyết", "Kết luận", "Thông báo", "Hướng dẫn", "Kế hoạch"}
# Code spellings that differ from the official one only by a lost mark or case.
_CODE_FIXES = {"ND": "NĐ", "QD": "QĐ", "QDI": "QĐi", "TTG": "TTg", "TƯ": "TW", "NĐCP": "NĐ-CP"}

_NB = r"(?<![\w])"  # no letter or digit just before
_NA = r"(?![\w])"  # no letter or digit just after
_SP = r"[^\S\n]*"
_CODE = r"[a-z][a-z0-9]*"
_KIND_WORDS = KindWords(_KINDS)
_SO_RE = re.compile(r"[^\S\n]+(so|số)[^\S\n]*:?[^\S\n]*|[^\S\n]*:[^\S\n]*|[^\S\n]+")
# Complete numbers, tried in this order right after a kind (or anywhere, for the first three).
_PARTY_RE = re.compile(rf"(\d{{1,4}}){_SP}-{_SP}({_CODE})/({_CODE}(?:-{_CODE})*){_NA}")
_STATE_YEAR_RE = re.compile(
    rf"(\d{{1,5}}){_SP}/{_SP}((?:19|20)\d\d){_SP}/{_SP}({_CODE}(?:{_SP}-{_SP}{_CODE})*){_NA}"
)
_STATE_RE = re.compile(rf"(\d{{1,5}})/({_CODE}(?:-{_CODE})*){_NA}")
# Incomplete numbers, only right after a kind: "06/2017", "71 năm 2010", "05".
_NUMBER_YEAR_RE = re.compile(r"(\d{1,5})/((?:19|20)\d\d)(?![\d/.\-\w])")
_NUMBER_NAM_YEAR_RE = re.compile(r"(\d{1,5}) nam ((?:19|20)\d\d)(?!\d)")
# a bare number that is not the start of a date, fraction, decimal, percentage or quantity
_BARE_RE = re.compile(
    r"(\d{1,5})(?!\d|[/.,:\-]\d|\s*%|[^\S\n]+(?:nam|thang|tuan|gio|phut|tuoi|nguoi|trieu|ty|nghin|ngan|km|m|ha)"
    + _NA
    + r")"
    + _NA
)
_CENTRAL_RE = re.compile(
    r"[^\S\n]+(?:hoi nghi[^\S\n]+)?trung uong[^\S\n]+(\d{1,2})(?:[^\S\n]*\(?[^\S\n]*,?[^\S\n]*khoa[^\S\n]+([ivxlc]+)(?:[^\S\n]*\))?)?"
    + _NA
)
_CONSTITUTION_RE = re.compile(_NB + r"hien phap(?:[^\S\n]+nam)?[^\S\n]+((?:19|20)\d\d)(?!\d)")
_ISSUED_RE = re.compile(
    r"[^\S\n]*,?[^\S\n]*ngay[^\S\n]+(\d{1,2})(?:[^\S\n]*([/.\-])[^\S\n]*(\d{1,2})[^\S\n]*\2[^\S\n]*|[^\S\n]+thang[^\S\n]+(\d{1,2})[^\S\n]+nam[^\S\n]+)(\d{4})(?!\d)"
)
_PARTY_ISSUER_RE = re.compile(
    r"[^\S\n]*(?:\([^\S\n]*khoa[^\S\n]+[ivxlc]+[^\S\n]*\)[^\S\n]*)?,?[^\S\n]*cua[^\S\n]+"
    r"(?:bo chinh tri|ban bi thu|ban chap hanh trung uong|bch trung uong|bchtw|trung uong|tw)" + _NA
)
_LAW_YEAR_RE = re.compile(r"(?:[^\S\n]+(?:nam[^\S\n]+)?((?:19|20)\d\d))?(?![\d/])")
_NUMBER_START_RE = re.compile(r"(?<![\w/.\-])\d{1,5}[^\S\n]*[-/]")  # where a number alone may start
_DAYS_RE = re.compile(r"[^\S\n]+ngay" + _NA)
_CONTINUE_RE = re.compile(r"[^\S\n]*(?:,|;|va)[^\S\n]*(?:(?:so)[^\S\n]+)?")


@dataclass(frozen=True)
class DocumentRef:
    """One citation of a document in a text; offsets are code points of that text."""

    start: int
    end: int
    text: str  # as written, e.g. "Chỉ thị số 05-CT/TW", "Nghị quyết số 15-NQ/TW ngày 05/5/2022"
    kind: str  # canonical kind: "Chỉ thị", "Nghị định", "Luật"...
    number: str  # normalised number ("05-CT/TW", "30/2020/NĐ-CP", "05"); "" for named laws
    canonical: str  # one key per document (see the module comment)
    complete: bool = True  # False for a bare "Chỉ thị 05" left unresolved
    issued: str | None = None  # ISO date when written next to it ("ngày 05/5/2022")


def find_document_refs(text: str) -> list[DocumentRef]:
    """Every document reference in `text` (NFC), in text order, never a date or a fraction."""
    folded = fold(text)
    found: list[DocumentRef] = []
    taken = bytearray(len(text))  # 1 where a reference already lies: overlap tests stay O(length)

    def add(ref: DocumentRef) -> None:
        found.append(ref)
        taken[ref.start : ref.end] = b"\x01" * (ref.end - ref.start)

    kinds = _KIND_WORDS.find(folded)
    for ref in _named_laws(text, folded, kinds):
        add(ref)
    for m in _CONSTITUTION_RE.finditer(folded) if "hien phap" in folded else ():
        if text[m.start()].isupper() and not _overlaps(taken, m.start(), m.end()):
            add(_ref(text, m.start(), m.end(), "Hiến pháp", m.group(1), f"Hiến pháp {m.group(1)}"))
    for start, end, kind in kinds:
        if _overlaps(taken, start, end):
            continue
        for ref in _after_kind(text, folded, start, end, _KINDS[kind][0]):
            add(ref)
    for ref in _standalone_numbers(text, folded, taken):
        add(ref)
    found.sort(key=lambda r: r.start)
    return _complete_bare_refs(found)


def reference_keys(text: str) -> tuple[str, ...]:
    """The distinct canonical keys cited in `text`, sorted: what `ArticleMeta.doc_refs` holds."""
    return tuple(sorted({ref.canonical for ref in find_document_refs(text)}))


def same_document(key_a: str, key_b: str) -> bool:
    """True when two keys may name one document: equal, or one is a less specific spelling of the
    other ("Chỉ thị 05" of "Chỉ thị 05-CT/TW", "Nghị định 06/2017" of "Nghị định 06/2017/NĐ-CP",
    "Luật Đất đai" of "Luật Đất đai 2013")."""
    if key_a == key_b:
        return True
    shorter, longer = sorted((key_a, key_b), key=len)
    if not longer.startswith(shorter):
        return False
    rest = longer[len(shorter) :]
    return bool(re.match(r"^(?:[-/]\S+| (?:19|20)\d\d| khóa [IVXLC]+)$", rest))


def _overlaps(taken: bytearray, start: int, end: int) -> bool:
    return taken.find(1, start, end) != -1


def _ref(
    text: str,
    start: int,
    end: int,
    kind: str,
    number: str,
    canonical: str,
    *,
    complete: bool = True,
    issued: str | None = None,
) -> DocumentRef:
    return DocumentRef(start, end, text[start:end], kind, number, canonical, complete, issued)


def _pad(number: str) -> str:
    return f"{int(number):02d}"


def _fix_code(code: str) -> str:
    """Official spelling of a code run such as "NĐ-CP", "QĐ-TTg", "TTLT-BNV-BTC"."""
    parts = [p for p in re.split(r"\s*-\s*", code.strip()) if p]
    fixed = []
    for part in parts:
        upper = part.upper()
        fixed.append(_CODE_FIXES.get(upper, upper))
    return "-".join(fixed)


def _complete_number(
    text: str, folded: str, pos: int
) -> tuple[re.Match[str], str, str, int, bool] | None:
    """A complete number at `pos`: (match, normalised number, first code, where the codes start,
    whether the shape alone proves a document number even without a kind word before it)."""
    m = _PARTY_RE.match(folded, pos)
    if m:
        code, issuer = (
            _fix_code(text[m.start(2) : m.end(2)]),
            _fix_code(text[m.start(3) : m.end(3)]),
        )
        return m, f"{_pad(m.group(1))}-{code}/{issuer}", code, m.start(2), True
    m = _STATE_YEAR_RE.match(folded, pos)
    if m:
        codes = _fix_code(text[m.start(3) : m.end(3)])
        return m, f"{_pad(m.group(1))}/{m.group(2)}/{codes}", codes.split("-")[0], m.start(3), True
    m = _STATE_RE.match(folded, pos)
    if m:
        codes = _fix_code(text[m.start(2) : m.end(2)])
        # "1722/QĐ-TTg" alone is a number; "3/HN" alone may be anything
        return m, f"{_pad(m.group(1))}/{codes}", codes.split("-")[0], m.start(2), "-" in codes
    return None


def _issued(folded: str, pos: int) -> tuple[int, str | None]:
    """A date written right after a reference ("ngày 05/5/2022"): (new end, ISO date)."""
    m = _ISSUED_RE.match(folded, pos)
    if not m:
        return pos, None
    day, month, year = int(m.group(1)), int(m.group(3) or m.group(4)), int(m.group(5))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return pos, None
    return m.end(), f"{year:04d}-{month:02d}-{day:02d}"


def _after_kind(text: str, folded: str, start: int, kind_end: int, kind: str) -> list[DocumentRef]:
    """The reference(s) opened by a kind word at `start`, or none when no number follows."""
    capital = text[start].isupper()
    central = _CENTRAL_RE.match(folded, kind_end) if kind == "Nghị quyết" else None
    # "nghị quyết Trung ương 4" is a citation too: the capital of "Trung ương" says so
    if central and (capital or text[folded.index("trung uong", kind_end)].isupper()):
        term = text[central.start(2) : central.end(2)].upper() if central.group(2) else ""
        number = f"Trung ương {int(central.group(1))}" + (f" khóa {term}" if term else "")
        return [_ref(text, start, central.end(), kind, number, f"{kind} {number}")]
    gap = _SO_RE.match(folded, kind_end)
    if not gap:
        return []
    with_so = bool(gap.group(1))
    pos = gap.end()
    complete = _complete_number(text, folded, pos)
    if complete:
        if kind == _GENERIC_KIND:
            kind = _KIND_OF_CODE.get(complete[2].rstrip("0123456789").upper(), kind)
        return _complete_run(text, folded, start, kind, complete)
    if not (capital or with_so):  # "quyết định 2 lần": an ordinary word, not a citation
        return []
    m = _NUMBER_YEAR_RE.match(folded, pos) or _NUMBER_NAM_YEAR_RE.match(folded, pos)
    if m:
        number = f"{_pad(m.group(1))}/{m.group(2)}"
        end, issued = _issued(folded, m.end())
        return [
            _ref(text, start, end, kind, number, f"{kind} {number}", complete=False, issued=issued)
        ]
    m = _BARE_RE.match(folded, pos)
    if not m or kind in ("Luật", "Bộ luật"):  # "Luật 2 năm" is no citation; laws have names
        return []
    number = _pad(m.group(1))
    end, issued = _issued(folded, m.end())
    if issued is None and _DAYS_RE.match(folded, m.end()):
        return []  # "Quyết định 5 ngày": a duration; "Thông tư 6 ngày 15.2.2012" is a citation
    if kind in _PARTY_KINDS and _PARTY_ISSUER_RE.match(folded, m.end()):
        full = f"{number}-{_KINDS[fold(kind)][1]}/TW"
        return [_ref(text, start, end, kind, full, f"{kind} {full}", issued=issued)]
    return [_ref(text, start, end, kind, number, f"{kind} {number}", complete=False, issued=issued)]


def _complete_run(
    text: str, folded: str, start: int, kind: str, first: tuple[re.Match[str], str, str, int, bool]
) -> list[DocumentRef]:
    """ "Nghị định số 30/2020/NĐ-CP và 31/2020/NĐ-CP": one reference per number, same kind."""
    m, number = first[0], first[1]
    end, issued = _issued(folded, m.end())
    refs = [_ref(text, start, end, kind, number, f"{kind} {number}", issued=issued)]
    while True:
        sep = _CONTINUE_RE.match(folded, end)
        nxt = _complete_number(text, folded, sep.end()) if sep else None
        if not sep or not nxt:
            return refs
        m, number = nxt[0], nxt[1]
        end, issued = _issued(folded, m.end())
        refs.append(_ref(text, m.start(), end, kind, number, f"{kind} {number}", issued=issued))


def _standalone_numbers(text: str, folded: str, taken: bytearray) -> list[DocumentRef]:
    """Complete numbers written without a kind ("(05-CT/TW)"), the kind read from the code."""
    refs: list[DocumentRef] = []
    for m in _NUMBER_START_RE.finditer(folded):
        pos = m.start()
        if _overlaps(taken, pos, pos + 1) or (refs and pos < refs[-1].end):
            continue
        found = _complete_number(text, folded, pos)
        if not found:
            continue
        match, number, code, code_start, proven = found
        kind = _KIND_OF_CODE.get(code.rstrip("0123456789").upper())
        # codes are written in capitals: "5-a/b" in running text is no document number
        if kind is None or not proven or not text[code_start].isupper():
            continue
        end, issued = _issued(folded, match.end())
        refs.append(_ref(text, pos, end, kind, number, f"{kind} {number}", issued=issued))
    return refs


@lru_cache(maxsize=1)
def _law_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """A regex for the shipped law names *after* "luật " (folded), and folded full name -> canonical
    name. Matching only where "luật" is written keeps a long text cheap to scan."""
    canonical_of: dict[str, str] = {}
    path = resources_dir() / "keyphrases" / "law_names.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        names = [n.strip() for n in line.split("|")]
        for name in names:
            canonical_of[_law_key(fold(name))] = names[0]
    tails = sorted(
        {
            key.split(" ", 2)[-1] if key.startswith("bo ") else key.split(" ", 1)[1]
            for key in canonical_of
        }
    )
    tails.sort(key=len, reverse=True)
    body = "|".join(re.escape(t).replace(r"\ ", r"\s+").replace(",", r"\s*,") for t in tails)
    return re.compile("(" + body + ")" + _NA), canonical_of


def _law_key(folded_name: str) -> str:
    return " ".join(folded_name.replace(",", " ,").split()).replace(" ,", ",")


def _named_laws(text: str, folded: str, kinds: list[tuple[int, int, str]]) -> list[DocumentRef]:
    """ "Luật Thủ đô", "Bộ luật Hình sự", "Luật Đất đai năm 2013": names from the shipped list."""
    if "luat" not in folded:
        return []
    names, canonical_of = _law_names()
    refs = []
    for word in law_words(folded, kinds):
        start = word.start()
        if not text[start].isupper():  # "luật" in running text is the common noun
            continue
        m = names.match(folded, word.end())
        if not m:
            continue
        key = ("bo luat " if word.group(1) else "luat ") + _law_key(m.group(1))
        name = canonical_of.get(key) or canonical_of.get("bo " + key)  # "Luật Hình sự" for the code
        if name is None:
            continue
        kind = "Bộ luật" if name.startswith("Bộ luật") else "Luật"
        # a one-syllable name ("Luật Dược") must be capitalised, or "Luật giá..." would match
        if " " not in name[len(kind) + 1 :] and not text[m.start()].isupper():
            continue
        year = _LAW_YEAR_RE.match(folded, m.end())
        end, canonical = m.end(), name
        if year and year.group(1):
            end, canonical = year.end(), f"{name} {year.group(1)}"
        refs.append(_ref(text, start, end, kind, "", canonical))
    return refs


def _complete_bare_refs(refs: list[DocumentRef]) -> list[DocumentRef]:
    """Give a bare "Chỉ thị 05" the key of the one complete "Chỉ thị 05-..." in the same text."""
    complete_keys = {ref.canonical for ref in refs if ref.complete}
    result = []
    for ref in refs:
        if not ref.complete:
            candidates = [key for key in complete_keys if same_document(key, ref.canonical)]
            if len(candidates) == 1:
                full = candidates[0]
                number = full[len(ref.kind) + 1 :]
                ref = DocumentRef(
                    ref.start, ref.end, ref.text, ref.kind, number, full, True, ref.issued
                )
        result.append(ref)
    return result
