"""One name per news outlet, whichever way a page credits it (see resources/ingest/outlets.json).

The rule: an outlet is named as it signs its own lead ("Kinhtedothi - …", "HNP - …"), the short
name its readers know; "Theo http://kinhtedothi.vn" and "Kinh tế & Đô thị" map to that name.
An unknown web address shows as its bare domain ("baolongan.vn"), an unknown name as written.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from urllib.parse import urlsplit

from desktop.resources_path import resources_dir
from desktop.text.normalize import collapse_spaces, fold

_GENERIC_PREFIX = re.compile(
    r"^(bao dien tu|bao dien tu cua|bao|tap chi dien tu|tap chi|trang thong tin dien tu|cong thong tin dien tu|"
    r"cong ttdt|trang tin dien tu)\s+",
    re.I,
)
_GENERIC_SUFFIX = re.compile(r"\s+(online|dien tu|news|\.vn|\.net|\.com\.vn)$", re.I)
_URL = re.compile(r"^(?:https?://)?(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})(?:[/:?#].*)?$", re.I)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    data = json.loads((resources_dir() / "ingest" / "outlets.json").read_text(encoding="utf-8"))
    by_domain: dict[str, str] = {}
    by_alias: dict[str, str] = {}
    for outlet in data["outlets"]:
        name = outlet["name"]
        by_alias[fold(name)] = name
        for alias in outlet.get("aliases", ()):
            by_alias[fold(alias)] = name
        for domain in outlet.get("domains", ()):
            by_domain[domain.lower()] = name
            by_alias[fold(domain)] = name
    return by_domain, by_alias


def _domain_of(text: str) -> str | None:
    match = _URL.match(text.strip())
    if match is None:
        return None
    host = urlsplit("//" + match.group(1)).hostname or match.group(1)
    return host.lower().removeprefix("www.")


def known_outlet(text: str) -> str | None:
    """The outlet's name if `text` names one in the table, else None."""
    by_domain, by_alias = _tables()
    domain = _domain_of(text)
    if domain is not None:
        parts = domain.split(".")
        for k in range(len(parts) - 1):  # "m.dantri.com.vn" -> "dantri.com.vn"
            name = by_domain.get(".".join(parts[k:]))
            if name:
                return name
    key = fold(collapse_spaces(text)).strip(" .()")
    if key in by_alias:
        return by_alias[key]
    # "Báo điện tử Dân Trí", "TUOI TRE ONLINE", "Báo Nhân Dân điện tử": the paper's name inside.
    bare = _GENERIC_SUFFIX.sub("", _GENERIC_PREFIX.sub("", key)).strip(" .-|")
    return by_alias.get(bare) if bare and bare != key else None


def outlet_name(text: str) -> str:
    """A credit as written -> the outlet's name; unknown web addresses as their bare domain."""
    cleaned = collapse_spaces(text).strip(" .()[]")
    known = known_outlet(cleaned)
    if known:
        return known
    domain = _domain_of(cleaned)
    return domain if domain else cleaned
