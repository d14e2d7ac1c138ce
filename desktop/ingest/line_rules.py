"""What one line of a copied web page is: site clutter, a section marker, a byline, a caption.

Rules look at a whole line (folded: lower case, no marks), never at a word inside a sentence,
so a body paragraph that merely mentions "bình luận" or "chia sẻ" is never touched.
"""

from __future__ import annotations

import re

from desktop.text.normalize import fold

# Headings that open a block of other articles or reader interaction; what follows them to the
# end of the page is not the article. Folded text -> reason shown to the user.
SECTION_MARKERS: dict[str, str] = {}
for _reason, _phrases in {
    "Tin liên quan": (
        "tin lien quan", "bai lien quan", "bai viet lien quan", "tin bai lien quan", "cac tin lien quan",
        "co the ban quan tam", "ban co the quan tam", "xem them", "doc them", "tin cung chuyen muc",
        "bai cung chuyen muc", "cung chuyen muc",
    ),
    "Tin khác": (
        "cac tin khac", "tin khac", "bai viet khac", "cac bai viet khac", "cac bai khac", "cac bai moi dang",
        "cac bai da dang", "bai moi dang", "bai da dang", "doc nhieu", "doc nhieu nhat", "xem nhieu",
        "xem nhieu nhat", "tin doc nhieu", "tin xem nhieu", "tin moi", "tin moi nhat", "moi nhat", "tin moi cap nhat",
        "dung bo lo", "tin noi bat", "noi bat", "tin hot", "tin tieu diem", "tieu diem", "tin anh", "video",
        "tin tai tro", "tin quang cao", "quang cao", "lien ket website", "lien ket", "tin van hoa", "tin trong ngay",
    ),
    "Bình luận": (
        "phan hoi", "binh luan", "viet binh luan", "gui binh luan", "y kien ban doc", "y kien cua ban",
        "gui y kien", "gui phan hoi", "thong tin nguoi gui phan hoi", "cam nhan cua ban ve bai viet nay",
        "ban nghi gi ve bai viet nay", "danh gia bai viet", "bai viet xem",
    ),
    "Chia sẻ": ("chia se bai viet", "chia se", "share", "chia se facebook", "in bai viet", "in bai", "gui bai viet"),
}.items():
    for _phrase in _phrases:
        SECTION_MARKERS[_phrase] = _reason

# Lines that are site furniture wherever they appear (whole line, folded).
_FURNITURE = {
    "logo", "dang nhap", "dang ky", "dang xuat", "trang chu", "tim kiem", "menu", "english", "tieng viet",
    "rat hay", "thich", "giai tri", "can cai thien", "hay", "tuyet voi", "buon", "phan no", "ngac nhien",
    "hoi dap thong minh", "facebook", "zalo", "twitter", "email", "in", "gui", "huy", "luu", "luu bai",
    "theo doi", "bao loi", "lay lai ma bao mat",
    "gui bai", "top", "len dau trang", "ve dau trang",
    "xem tat ca", "xem toan bo", "tro ve", "quay lai", "doc tiep", "xem tiep", "rss", "lien he",
    "dong su kien", "su kien", "chuyen de", "thoi su", "tin tuc", "tin tuc su kien",
}
# Form field labels: "Họ tên:(*)", "Mã xác nhận:  Lấy lại mã bảo mật".
_FORM_FIELD = re.compile(
    r"(ho (va )?ten|ten cua ban|so dien thoai|dien thoai|email|e-mail|thu dien tu|dia chi email|tieu de|"
    r"noi dung|ma xac nhan|ma bao mat|dia chi)( lay lai ma bao mat| doi ma khac)?"
)
_COUNTER = re.compile(r"\s*[\(\[]\s*\d+\s*[\)\]]\s*$")  # "BÌNH LUẬN (0)"
_BULLET = re.compile(r"^\s*[•·●▪◦\-–*»›>]+\s*")
_MENU_SEPARATORS = re.compile(r"\s[*|•·»›/]\s|\|")
# The photo credit closes a caption: "… Hoàn Kiếm. Ảnh: Thanh Hải", "… (Ảnh: TTXVN)".
_CAPTION = re.compile(
    r"(?:^|[.!?…\-–|]\s*|\(\s*)(?:ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|ảnh chụp màn hình|photo)\s*:\s*"
    r"[^.:;!?]{1,40}\)?\s*$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…:;\"”'»)]\s*$")
_PUNCT = re.compile(r"[\s:;,.!?()\[\]*|\"'“”]+")


# Whole-line phrases are short; longer lines skip the folding (paragraphs are most of a text).
_SHORT = 80


def folded_key(line: str) -> str:
    """A line reduced to its words, for comparing with the rule phrases ("" for long lines)."""
    if len(line) > _SHORT:
        return ""
    key = _BULLET.sub("", fold(line))
    key = _COUNTER.sub("", key)
    return _PUNCT.sub(" ", key).strip()


def section_marker(line: str) -> str | None:
    """The reason label if the line is a heading that opens a block of other articles or comments."""
    key = folded_key(line)
    if len(key) > 40:
        return None
    return SECTION_MARKERS.get(key)


def is_menu_line(line: str) -> bool:
    """Navigation: several short items in a row separated by |, *, », / ("A | B", "X * Y * Z")."""
    stripped = line.strip()
    if len(stripped) > 250:
        return False
    parts = [p.strip() for p in _MENU_SEPARATORS.split(stripped) if p.strip()]
    if len(parts) < 2 or (_SENTENCE_END.search(stripped.rstrip(".")) and len(parts) < 3):
        return False  # "A / B." is a sentence; a menu has items, not a full stop
    if any(len(p.split()) > 12 for p in parts):
        return False
    # A sentence with one slash ("và/hoặc") is not a menu: ask for real separators.
    separators = len(_MENU_SEPARATORS.findall(stripped))
    return separators >= 2 or ("|" in stripped and all(len(p.split()) <= 5 for p in parts))


def is_furniture(line: str) -> bool:
    """A button, a reaction, a form field, a login link: site furniture, never text."""
    key = folded_key(line)
    if not key:
        return False
    if key in _FURNITURE:
        return True
    # A form label carries its colon or "(*)": a bare "Nội dung" may be a real heading.
    return bool(_FORM_FIELD.fullmatch(key)) and (":" in line or "(*)" in line)


def is_caption(line: str) -> bool:
    """A photo caption: "… Ảnh: Thanh Hải", "(Ảnh: TTXVN)"."""
    stripped = line.strip()
    return len(stripped) < 400 and bool(_CAPTION.search(stripped))


_NAME_TOKEN = re.compile(r"^(?:[A-ZĐ\u00C0-\u1EF9][a-zđ\u00E0-\u1EF9]+|[A-ZĐ]{1,4}\.?(?:[A-ZĐ]{1,3}\.?)*)$")
_NAME_SUFFIX = re.compile(r"\s*\((?:sưu tầm|tổng hợp|theo [^)]{1,40}|[^)]{1,30})\)\s*$", re.I)
_NAME_PREFIX = re.compile(r"^(?:bài\s*(?:và|,|\+)?\s*ảnh|bài|tác giả|phóng viên|pv|nhóm pv|ghi chép)\s*:\s*", re.I)


_STRUCTURE = re.compile(r"^(chuong|phan|muc|dieu|tiet|khoan|diem|phu luc)\b", re.I)


def person_name(line: str) -> str | None:
    """The name if the line is only a byline: "Trần Hà", "Trọng Toàn", "G.T", "Bài, ảnh: Minh Anh"."""
    text = line.strip()
    if not text or len(text) > 60:
        return None
    if _STRUCTURE.match(fold(text)):
        return None  # "Chương I", "Phần II", "Mục 1", "Điều 3" are a document's structure
    text = _NAME_PREFIX.sub("", text)
    text = _NAME_SUFFIX.sub("", text).strip()
    names = [n.strip() for n in re.split(r"\s*(?:[-–,&]|\bvà\b)\s*", text) if n.strip()]
    if not names or len(names) > 4:
        return None
    for name in names:
        tokens = name.split()
        if not 1 <= len(tokens) <= 5:
            return None
        if not all(_NAME_TOKEN.match(t) for t in tokens):
            return None
        if len(tokens) == 1 and not re.match(r"^[A-ZĐ]{1,4}\.?(?:[A-ZĐ]{1,3}\.?)*$", tokens[0]):
            return None  # one ordinary word ("Hay", "Logo") is not a byline; initials are
    return text


_SOURCE_LINE = re.compile(r"^\s*(?:theo|nguồn|nguồn tin|nguồn bài)\s*:?\s+(.{2,80}?)\s*[.]?\s*$", re.I)


def credited_source(line: str) -> str | None:
    """"Theo http://kinhtedothi.vn", "Nguồn: VnExpress" -> what follows, as written."""
    match = _SOURCE_LINE.match(line)
    if match is None:
        return None
    value = match.group(1)
    # "Theo đó, ..." opens a sentence, not a credit line.
    if len(value.split()) > 6 or value[:1].islower() and not re.match(r"^(https?://|www\.)", value):
        return None
    return value


def is_paragraph(line: str) -> bool:
    """Running text: long enough to be a paragraph of the article rather than a heading."""
    stripped = line.strip()
    return len(stripped) >= 160 or (len(stripped.split()) >= 25)


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))
