"""Letter case for what official documents print in capitals: issuing bodies and summaries."""

from __future__ import annotations

import re

from desktop.text.normalize import fold

# Bodies whose names the rules below would get wrong, folded -> as written (Nghị định
# 30/2020/NĐ-CP, Phụ lục VI: capitals on the first word and on the names of bodies).
_KNOWN_BODIES = {
    "quoc hoi": "Quốc hội",
    "uy ban thuong vu quoc hoi": "Ủy ban Thường vụ Quốc hội",
    "chinh phu": "Chính phủ",
    "thu tuong chinh phu": "Thủ tướng Chính phủ",
    "chu tich nuoc": "Chủ tịch nước",
    "van phong chinh phu": "Văn phòng Chính phủ",
    "van phong quoc hoi": "Văn phòng Quốc hội",
    "ngan hang nha nuoc viet nam": "Ngân hàng Nhà nước Việt Nam",
    "ngan hang nha nuoc": "Ngân hàng Nhà nước",
    "toa an nhan dan toi cao": "Tòa án nhân dân tối cao",
    "vien kiem sat nhan dan toi cao": "Viện kiểm sát nhân dân tối cao",
    "kiem toan nha nuoc": "Kiểm toán nhà nước",
    "ban chap hanh trung uong": "Ban Chấp hành Trung ương",
    "bo chinh tri": "Bộ Chính trị",
    "ban bi thu": "Ban Bí thư",
    "bo cong thuong": "Bộ Công Thương",
    "bo giao duc va dao tao": "Bộ Giáo dục và Đào tạo",
    "bo lao dong - thuong binh va xa hoi": "Bộ Lao động - Thương binh và Xã hội",
    "bo van hoa, the thao va du lich": "Bộ Văn hóa, Thể thao và Du lịch",
    "bo ke hoach va dau tu": "Bộ Kế hoạch và Đầu tư",
    "bo tai nguyen va moi truong": "Bộ Tài nguyên và Môi trường",
    "bo nong nghiep va phat trien nong thon": "Bộ Nông nghiệp và Phát triển nông thôn",
    "bo thong tin va truyen thong": "Bộ Thông tin và Truyền thông",
    "bo khoa hoc va cong nghe": "Bộ Khoa học và Công nghệ",
}
_ACRONYMS = {"UBND", "HĐND", "BQL", "KCN", "MTTQ", "BCH", "BTV"}
# Party bodies under the Central Committee print the Committee above their own name.
_CENTRAL_CHILDREN = {"van phong": "Văn phòng Trung ương Đảng"}
_PLACE_WORDS = ("tinh", "thanh pho", "huyen", "quan", "thi xa", "xa", "phuong", "thi tran")
# Kinds of body whose next word starts the body's own name ("Bộ Nội vụ", "Ban Tổ chức").
_NAMED_KINDS = ("bo", "so", "cuc", "tong cuc", "vu", "ban", "uy ban", "hoi", "dang uy", "tinh uy", "thanh uy", "huyen uy")
# Proper nouns a summary in capitals may hold; the document's own running text is asked first.
_PROPER = {
    "viet nam": "Việt Nam",
    "ha noi": "Hà Nội",
    "chinh phu": "Chính phủ",
    "quoc hoi": "Quốc hội",
    "trung uong": "Trung ương",
    "thu do": "Thủ đô",
    "cong hoa xa hoi chu nghia viet nam": "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "thanh pho ho chi minh": "Thành phố Hồ Chí Minh",
    "ho chi minh": "Hồ Chí Minh",
}
_WORD = re.compile(r"\w+(?:[-–]\w+)*", re.UNICODE)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _title_words(text: str) -> str:
    return " ".join(_cap(w) for w in text.split())


def body_name(text: str) -> str:
    """"ỦY BAN NHÂN DÂN TỈNH VĨNH LONG" -> "Ủy ban nhân dân tỉnh Vĩnh Long"; "BỘ NỘI VỤ" -> "Bộ Nội vụ"."""
    text = " ".join(text.split()).strip(" .,-–*_|")
    key = fold(text).lower()
    if key in _KNOWN_BODIES:
        return _KNOWN_BODIES[key]
    if " - " in text:  # a joint document: "BỘ TÀI CHÍNH - CÔNG NGHIỆP - TỔNG CỤC HẢI QUAN"
        return " - ".join(body_name(part) for part in text.split(" - "))
    office = re.match(r"(bo truong|thu truong|chu tich|giam doc|truong ban) ", key)
    if office:  # "BỘ TRƯỞNG BỘ TÀI CHÍNH": the office, then the body it heads
        return _cap(text[: office.end() - 1].lower()) + " " + body_name(text[office.end() :])
    first, _, rest = text.partition(" ")
    if first in _ACRONYMS and rest:  # "BQL CÁC KHU CÔNG NGHIỆP", "UBND TỈNH BÌNH PHƯỚC"
        named = body_name("BAN " + rest)[len("Ban ") :]  # a body word before it, for the place rules
        return first + " " + named[:1].lower() + named[1:]
    lower = text.lower()
    committee = re.match(r"(tinh|huyen|thanh|quan|thi) uy ", key)
    if committee:  # "HUYỆN ỦY NAM ĐÀN": a Party committee named after its place
        return _cap(lower[: committee.end() - 1]) + " " + _title_words(lower[committee.end() :])
    # A place designator: what follows is a place name, every word capitalised.
    for word in _PLACE_WORDS:
        match = re.search(rf"(?<!\w){word}(?!\w)", fold(lower))
        if match and match.start() > 0 and not key.endswith("hai quan"):  # "Tổng cục Hải quan" is no place
            head, place = lower[: match.end()], lower[match.end() :]
            return body_name(head) + " " + _title_words(place) if place.strip() else _cap(lower)
    for kind in sorted(_NAMED_KINDS, key=len, reverse=True):
        if key.startswith(kind + " "):
            rest = lower[len(kind) + 1 :]
            return _cap(lower[: len(kind)]) + " " + _cap(rest)
    return _cap(lower)


def party_body(parent: str, child: str) -> str:
    """A Party body printed under its parent ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN TỔ CHỨC")."""
    child_key = fold(" ".join(child.split())).lower()
    if fold(parent).lower().strip() == "ban chap hanh trung uong":
        if child_key in _CENTRAL_CHILDREN:
            return _CENTRAL_CHILDREN[child_key]
        return body_name(child) + " Trung ương"
    return body_name(child) + " " + body_name(parent)


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _case_source(body: str) -> tuple[list[str], list[str], list[bool]]:
    """Words of the running text, folded, and whether each opens a sentence or a line."""
    words, starts = [], []
    for m in _WORD.finditer(body):
        before = body[max(0, m.start() - 3) : m.start()].rstrip(" \t\"“(")
        words.append(m.group(0))
        starts.append(not before or before[-1] in ".:;!?\n")
    return words, [w.lower() for w in words], starts


def sentence_case(summary: str, body: str, *, first_upper: bool = False) -> str:
    """A summary printed in capitals, in the case its words take in the document's own running
    text (the longest matching run of words wins), else lower case except known proper nouns."""
    summary = " ".join(summary.split())
    if not _is_upper(summary):
        return _cap(summary) if first_upper else summary[:1].lower() + summary[1:]
    words = list(_WORD.finditer(summary))
    folded = [m.group(0).lower() for m in words]  # marks kept: "NĂM" takes its case from "năm", not "Nam"
    source, source_folded, opens = _case_source(body)
    # Words in capitals in the running text (headings) say nothing about their case.
    shouting = [len(w) > 1 and w.isupper() for w in source]
    cased: list[str | None] = [None] * len(words)
    i = 0
    while i < len(words):
        best_len, best_at = 0, -1
        for j in range(len(source_folded)):
            if source_folded[j] != folded[i] or shouting[j]:
                continue
            n = 0
            while (
                i + n < len(words)
                and j + n < len(source)
                and source_folded[j + n] == folded[i + n]
                and not shouting[j + n]
            ):
                n += 1
            # A single word is taken only when it is capitalised mid-text (a proper noun).
            if n > best_len and (n > 1 or (source[j][:1].isupper() and not opens[j])):
                best_len, best_at = n, j
        if best_len:
            for k in range(best_len):
                word = source[best_at + k]
                # A capital that only opens a sentence is not the word's own.
                cased[i + k] = word[:1].lower() + word[1:] if k == 0 and opens[best_at] else word
            i += best_len
        else:
            i += 1
    out = summary.lower()
    for match, cased_word in zip(words, cased, strict=True):
        if cased_word is not None:
            out = out[: match.start()] + cased_word + out[match.end() :]
    folded_out = fold(out).lower()
    uncased = {m.start() for m, cased_word in zip(words, cased, strict=True) if cased_word is None}
    for key, proper in _PROPER.items():
        for m in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", folded_out):
            if m.start() in uncased:  # the running text's own case wins over the list
                out = out[: m.start()] + proper + out[m.end() :]
    return _cap(out) if first_upper else out[:1].lower() + out[1:]
