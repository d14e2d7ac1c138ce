"""The article of a web page without the site around it, by trafilatura (imported when first used).

trafilatura (Apache-2.0 since 1.8) was measured against readability-lxml and the project's own
line rules on saved Dân trí pages (scripts/measure_ingest_web.py): it alone kept every paragraph
and left no menu entry or teaser, and its precision mode returns nothing for section indexes.
"""

from __future__ import annotations

import re
from typing import Any

# Images come out as Markdown ("![alt](src)"): only their captions, on lines of their own, are text.
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")

# Below this much text the precision pass found no article: a section index, a home page.
MIN_ARTICLE_CHARS = 200


def _extract(html: str, **options: Any) -> str:
    import trafilatura

    text = trafilatura.extract(
        html,
        output_format="txt",
        include_comments=False,
        include_tables=True,
        include_images=True,  # keeps figure captions, which are part of the article
        include_links=False,
        with_metadata=False,
        deduplicate=False,
        **options,
    )
    lines = (_IMAGE.sub("", line).strip() for line in (text or "").split("\n"))
    return "\n".join(line for line in lines if line)


def main_text(html: str) -> str:
    """The article's text, one paragraph a line; "" when the page holds none."""
    return _extract(html)


def looks_like_index(html: str) -> bool:
    """A page of teasers (section, tag or home page): the strict pass finds no article in it."""
    return len(_extract(html, favor_precision=True)) < MIN_ARTICLE_CHARS
