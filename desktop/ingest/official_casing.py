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
    "uy ban nhan dan": "Ủy ban nhân dân",
    "hoi dong nhan dan": "Hội đồng nhân dân",
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
# Bodies that are no "named kind" but head a joint list on their own ("Tổng cục Hải quan" after "Bộ Tài chính").
_OTHER_KINDS = ("ngan hang", "vien", "toa an", "van phong", "kiem toan", "thanh tra", "hoi dong")
# Administrative units named after a person: their designator is capitalised.
_NAMED_UNITS = {"thanh pho ho chi minh"}
# Party bodies under the Central Committee print the Committee above their own name.
_CENTRAL_CHILDREN = {"van phong": "Văn phòng Trung ương Đảng"}
# Matched with their marks: folded, "quan" would also be the "quản" of "Ban Quản lý", "xa" "xá".
_PLACE_WORDS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
# Kinds of body whose next word starts the body's own name ("Bộ Nội vụ", "Ban Tổ chức").
_NAMED_KINDS: tuple[str, ...] = ("bo", "so", "cuc", "tong cuc", "vu", "ban", "uy ban", "hoi", "dang uy", "tinh uy", "thanh uy", "huyen uy")
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
# Place names every syllable of which takes a capital (Nghị định 30/2020/NĐ-CP, Phụ lục II), even
# where a typist's running text writes "Việt nam", "Hà nội": the list wins over the text for these.
_PLACE_NAMES = ("viet nam", "ha noi", "ho chi minh")
_WORD = re.compile(r"\w+(?:[-–]\w+)*", re.UNICODE)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _title_words(text: str) -> str:
    return " ".join(_cap(w) for w in text.split())


def body_name(text: str) -> str:
    """"ỦY BAN NHÂN DÂN TỈNH VĨNH LONG" -> "Ủy ban nhân dân tỉnh Vĩnh Long"; "BỘ NỘI VỤ" -> "Bộ Nội vụ";
    "UỶ BAN" -> "Ủy ban" (the app's tone placement)."""
    return new_style_tones(_body_name(text))


def _body_name(text: str) -> str:
    text = " ".join(text.split()).strip(" .,-–*_|")
    key = fold(text).lower()
    if key in _KNOWN_BODIES:
        return _KNOWN_BODIES[key]
    if " - " in text:  # a joint document: "BỘ TÀI CHÍNH - CÔNG NGHIỆP - TỔNG CỤC HẢI QUAN"
        return " - ".join(_joint_parts(text.split(" - ")))
    office = re.match(r"(bo truong|thu truong|chu tich|giam doc|truong ban) ", key)
    if office:  # "BỘ TRƯỞNG BỘ TÀI CHÍNH": the office, then the body it heads
        return _cap(text[: office.end() - 1].lower()) + " " + _body_name(text[office.end() :])
    first, _, rest = text.partition(" ")
    if first in _ACRONYMS and rest:  # "BQL CÁC KHU CÔNG NGHIỆP", "UBND TỈNH BÌNH PHƯỚC"
        named = _body_name("BAN " + rest)[len("Ban ") :]  # a body word before it, for the place rules
        return first + " " + named[:1].lower() + named[1:]
    lower = text.lower()
    committee = re.match(r"(tinh|huyen|thanh|quan|thi) uy ", key)
    if committee:  # "HUYỆN ỦY NAM ĐÀN": a Party committee named after its place
        return _cap(lower[: committee.end() - 1]) + " " + _title_words(lower[committee.end() :])
    # A place designator: what follows is a place name, every word capitalised.
    for word in _PLACE_WORDS:
        match = re.search(rf"(?<!\w){word}(?!\w)", lower)
        if match and match.start() > 0:
            head, place = lower[: match.end()], lower[match.end() :]
            if not place.strip():
                return _cap(lower)
            if place.strip().isdigit() or fold(head[match.start() :] + place).strip() in _NAMED_UNITS:
                # "Quận 1", "Thành phố Hồ Chí Minh": a unit named by a number or after a person
                # keeps its designator in capitals (Nghị định 30/2020, Phụ lục II)
                before = _body_name(lower[: match.start()]) + " " if match.start() > 0 else ""
                return before + _cap(head[match.start() :]) + " " + _title_words(place)
            return _body_name(head) + " " + _title_words(place)
    for kind in sorted(_NAMED_KINDS, key=len, reverse=True):
        if key.startswith(kind + " "):
            rest = lower[len(kind) + 1 :]
            return _cap(lower[: len(kind)]) + " " + _cap(rest)
    return _cap(lower)


def _joint_parts(parts: list[str]) -> list[str]:
    """"BỘ TÀI CHÍNH" / "CÔNG NGHIỆP" / "TỔNG CỤC HẢI QUAN": a part that names no kind of body
    shares the one before ("Liên Bộ Tài chính - Công nghiệp" is two ministries), unless the parts
    together are one name ("Bộ Lao động - Thương binh và Xã hội")."""
    named: list[str] = []
    kind = ""
    index = 0
    while index < len(parts):
        part = parts[index].strip()
        if index + 1 < len(parts):
            together = f"{part} - {parts[index + 1].strip()}"
            for candidate in (together, f"{kind} {together}".strip()):
                if fold(candidate).lower() in _KNOWN_BODIES:
                    part, index = candidate, index + 1
                    break
        key = fold(part).lower()
        own = next((k for k in sorted(_NAMED_KINDS + _OTHER_KINDS, key=len, reverse=True) if key.startswith(k + " ")), "")
        if own or key in _KNOWN_BODIES or part.split(" ")[0] in _ACRONYMS:
            kind = part[: len(own)] if own else kind
        elif kind:
            part = f"{kind} {part}"
        named.append(_body_name(part))
        index += 1
    return named


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
        before = body[max(0, m.start() - 4) : m.start()].rstrip(" \t\"“(")
        bullet = before.rstrip("-–+•*")  # "* Đối với …": a bullet opens its line like a sentence
        if bullet != before and (not bullet.strip(" \t") or bullet.rstrip(" \t")[-1] == "\n"):
            before = ""
        words.append(m.group(0))
        starts.append(not before or before[-1] in ".:;!?\n")
    return words, [w.lower() for w in words], starts


def _heading_flags(body: str) -> list[bool]:
    """For each word of `body` (as `_case_source` lists them): written in capitals in a line in capitals."""
    flags: list[bool] = []
    for line in body.split("\n"):
        upper_line = _is_upper(line)
        flags.extend(upper_line and len(m.group(0)) > 1 and m.group(0).isupper() for m in _WORD.finditer(line))
    return flags


def _proper_words(source: list[str], opens: list[bool]) -> dict[str, str]:
    """Words the running text capitalises mid-sentence and never writes in lower case there."""
    capital: dict[str, str] = {}
    lower: set[str] = set()
    for word, opening in zip(source, opens, strict=True):
        for part in re.findall(r"\w+", word):
            if opening or (len(part) > 1 and part.isupper()):
                continue
            if part[:1].isupper():
                capital.setdefault(part.lower(), part)
            else:
                lower.add(part)
    return {key: word for key, word in capital.items() if key not in lower}


def sentence_case(summary: str, body: str, *, first_upper: bool = False) -> str:
    """A summary printed in capitals, in the case its words take in the document's own running
    text (the longest matching run of words wins), else lower case except known proper nouns."""
    summary = " ".join(summary.split())
    if not _is_upper(summary):
        return _cap(summary) if first_upper else summary[:1].lower() + summary[1:]
    words = list(_WORD.finditer(summary))
    folded = [m.group(0).lower() for m in words]  # marks kept: "NĂM" takes its case from "năm", not "Nam"
    source, source_folded, opens = _case_source(body)
    # Words of a heading in capitals say nothing about their case; one in capitals inside a line
    # in lower case is an acronym ("WTO", "UBND") and keeps its capitals.
    shouting = _heading_flags(body)
    cased: list[str | None] = [None] * len(words)
    opening: set[int] = set()  # lowered only because the text has the word at a sentence's start
    proper_alone = _proper_words(source, opens)
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
                # A capital that only opens a sentence is not the word's own, unless the text
                # capitalises the word mid-sentence too ("Việt Nam gia nhập …").
                if k == 0 and opens[best_at] and word.lower() not in proper_alone:
                    cased[i + k] = word[:1].lower() + word[1:]
                    opening.add(i + k)
                else:
                    cased[i + k] = word
            i += best_len
        else:
            i += 1
    out = summary.lower()
    for match, cased_word in zip(words, cased, strict=True):
        if cased_word is None and re.search(r"[-–]", match.group(0)):
            # "VIỆT-PHÁP": each part as the running text writes it alone ("Việt", "Pháp")
            cased_word = re.sub(r"\w+", lambda p: proper_alone.get(p.group(0).lower(), p.group(0).lower()), match.group(0))
        if cased_word is not None:
            out = out[: match.start()] + cased_word + out[match.end() :]
    folded_out = fold(out).lower()
    uncased = {m.start() for n, (m, cased_word) in enumerate(zip(words, cased, strict=True)) if cased_word is None or n in opening}
    for key, proper in _PROPER.items():
        for m in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", folded_out):
            if m.start() in uncased:  # the running text's own case wins over the list
                out = out[: m.start()] + proper + out[m.end() :]
    for key in _PLACE_NAMES:
        for m in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", folded_out):
            out = out[: m.start()] + _PROPER[key] + out[m.end() :]
    # Numbers and symbols are written as the running text writes them, else in capitals as printed
    # ("số 04/1998/QH10", "193/2001/QĐ-TTg"), never in lower case.
    for number in reversed(list(re.finditer(r"\d+(?:\s*/\s*[\w.-]+)+", summary))):
        printed = number.group(0)
        found = re.search(r"(?<![\w/])" + re.escape(printed).replace(r"\ ", r"\s*") + r"(?![\w/])", body, re.I)
        out = out[: number.start()] + (found.group(0) if found else printed) + out[number.end() :]
    return _cap(out) if first_upper else out[:1].lower() + out[1:]


# Old tone placement on "oa", "oe", "uy" ending a syllable -> the app's ("hoà" -> "hòa", "Uỷ" -> "Ủy").
_OLD_TONES = re.compile(r"(?<![qQ])([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?!\w)")
_TONE_MOVE = {"à": "ò", "á": "ó", "ả": "ỏ", "ã": "õ", "ạ": "ọ", "è": "ò", "é": "ó", "ẻ": "ỏ", "ẽ": "õ", "ẹ": "ọ",
              "ỳ": "ù", "ý": "ú", "ỷ": "ủ", "ỹ": "ũ", "ỵ": "ụ"}


def new_style_tones(text: str) -> str:
    """"Uỷ ban nhân dân tỉnh Khánh Hoà" -> "Ủy ban nhân dân tỉnh Khánh Hòa"."""

    def move(match: re.Match[str]) -> str:
        vowel, toned = match.group(1), match.group(2)
        mark = _TONE_MOVE[toned.lower()]
        base = {"ò": "a", "ó": "a", "ỏ": "a", "õ": "a", "ọ": "a"}
        if toned.lower() in "èéẻẽẹ":
            plain = "e"
        elif toned.lower() in "ỳýỷỹỵ":
            plain = "y"
            mark = _TONE_MOVE[toned.lower()]
        else:
            plain = base[mark]
        if vowel.lower() == "u":
            mark = {"ò": "ù", "ó": "ú", "ỏ": "ủ", "õ": "ũ", "ọ": "ụ"}.get(mark, mark)
        new_vowel = mark.upper() if vowel.isupper() else mark
        return new_vowel + (plain.upper() if toned.isupper() else plain)

    return _OLD_TONES.sub(move, text)


# The state's name, whatever order or misplaced mark a typist gave its words ("CỘNG HOÀ CHỦ NGHIÃ XÃ HỘI").
_STATE_WORDS = sorted(["cong", "hoa", "xa", "hoi", "chu", "nghia", "viet", "nam"])


def state_name(text: str) -> str:
    """"nước Cộng hoà Chủ nghiã xã hội Việt Nam năm 1992" -> "nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992"."""
    words = list(_WORD.finditer(text))
    for i in range(len(words) - 7):
        window = words[i : i + 8]
        if sorted(fold(w.group(0)).lower() for w in window) == _STATE_WORDS:
            return text[: window[0].start()] + "Cộng hòa xã hội chủ nghĩa Việt Nam" + text[window[-1].end() :]
    return text
