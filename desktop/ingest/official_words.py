"""The fixed words of official documents: their types, the national motto, numbers and symbols."""

from __future__ import annotations

import re

from desktop.text.normalize import fold

_MOTTO = re.compile(r"^(cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc|dang cong san viet nam)")
_MOTTO_TEXT = "cong hoa xa hoi chu nghia viet nam doc lap - tu do - hanh phuc dang cong san viet nam"

# Document types, folded capitals -> as written; the longest first.
KINDS = {
    "nghi quyet lien tich": "Nghị quyết liên tịch",
    "thong tu lien tich": "Thông tư liên tịch",
    "hien phap": "Hiến pháp",
    "bo luat": "Bộ luật",
    "luat": "Luật",
    "phap lenh": "Pháp lệnh",
    "lenh": "Lệnh",
    "nghi dinh": "Nghị định",
    "nghi quyet": "Nghị quyết",
    "thong tu": "Thông tư",
    "quyet dinh": "Quyết định",
    "chi thi": "Chỉ thị",
    "huong dan": "Hướng dẫn",
    "ket luan": "Kết luận",
    "quy dinh": "Quy định",
    "quy che": "Quy chế",
    "ke hoach": "Kế hoạch",
    "thong bao": "Thông báo",
    "thong tri": "Thông tri",
    "bao cao": "Báo cáo",
    "to trinh": "Tờ trình",
    "cong dien": "Công điện",
    "chuong trinh": "Chương trình",
    "de an": "Đề án",
    "phuong an": "Phương án",
    "bien ban": "Biên bản",
    "an le": "Án lệ",
}
# Code letters in a number -> type ("30/2020/NĐ-CP" is a Nghị định; "22/2008/QH12" a law).
_KIND_OF_CODE = {
    "nđ": "Nghị định", "nd": "Nghị định", "tt": "Thông tư", "ttlt": "Thông tư liên tịch", "qđ": "Quyết định",
    "qd": "Quyết định", "ct": "Chỉ thị", "nq": "Nghị quyết", "nqlt": "Nghị quyết liên tịch", "hd": "Hướng dẫn",
    "kl": "Kết luận", "kh": "Kế hoạch", "tb": "Thông báo", "bc": "Báo cáo", "ttr": "Tờ trình", "cđ": "Công điện",
    "qđi": "Quy định", "qh": "Luật", "l": "Luật", "pl": "Pháp lệnh", "ubtvqh": "Pháp lệnh",
}
# The symbol a type takes from its issuer, fixed since the late 1990s (Thông tư 55/2005, Nghị
# định 30/2020 Phụ lục III): what a reader writes when a copy lost it after "Số: 62/2002/".
_SYMBOLS = {
    ("Nghị định", "Chính phủ"): "NĐ-CP",
    ("Nghị quyết", "Chính phủ"): "NQ-CP",
    ("Quyết định", "Thủ tướng Chính phủ"): "QĐ-TTg",
    ("Chỉ thị", "Thủ tướng Chính phủ"): "CT-TTg",
}
LAW_KINDS = {"Luật", "Bộ luật", "Pháp lệnh"}


def is_motto(text: str) -> bool:
    """The national motto or the Party's title, whole or a piece of it broken off a line."""
    folded = " ".join(fold(text).lower().replace("–", "-").replace("—", "-").split())  # "Độc lập – Tự do"
    return bool(_MOTTO.match(folded)) or (len(folded) >= 8 and folded in _MOTTO_TEXT)


def is_upper(text: str) -> bool:
    """Written in capitals (a few lower-case letters aside: "QĐ-TTg", "Số")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) / len(letters) > 0.85


def normalize_number(raw: str) -> str:
    """"30/ 2020/NĐ - CP" -> "30/2020/NĐ-CP"; "06-ct/tw" -> "06-CT/TW"."""
    number = re.sub(r"\s+", "", raw).upper().replace("QDI", "QĐi").replace("TTG", "TTg")
    number = re.sub(r"(?<=[/-])ND(?=[-/]|$)", "NĐ", number)
    number = re.sub(r"(?<=[/-])QD(?=[-/]|$)", "QĐ", number)
    return number


def kind_of_number(number: str) -> str:
    codes = re.split(r"[/-]", number)
    for code in codes[1:]:
        letters = re.sub(r"\d+$", "", code).lower()
        if letters in _KIND_OF_CODE:
            return _KIND_OF_CODE[letters]
    return ""


def symbol_of(kind: str, issuer: str) -> str:
    """"NĐ-CP" for a Nghị định of the Government; "" where the symbol is not fixed by the type."""
    return _SYMBOLS.get((kind, issuer), "")


def kind_prefix(text: str) -> tuple[str, str]:
    """("Nghị định", rest) if `text` starts with a document type written in capitals or as a title
    ("THÔNG TƯ  LIÊN TỊCH" with a double space is still one type)."""
    spaced = " ".join(text.split())
    if re.match(r"(?i)bản\s+(quy định|quy chế|hướng dẫn|kế hoạch)\b", spaced):
        spaced = spaced[4:]  # "BẢN QUY ĐỊNH" (issued with a decision) is a Quy định
    folded = fold(spaced).lower()
    for key in sorted(KINDS, key=len, reverse=True):
        if folded == key or folded.startswith(key + " ") or folded.startswith(key + ","):
            return KINDS[key], spaced[len(key) :].strip(" ,:-")
    return "", text
