"""The three quiet key-phrase layers of the reader: their styles, labels, tooltips and legend icons."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from desktop.gui.reader.highlight_span import HighlightSpan
from desktop.services.keyphrase_service import (
    DOCUMENT_REF,
    GLOSSARY,
    KINDS,
    SALIENT,
    KeyPhrase,
)

# Layers sit below the user's own highlights (z=100) so those always stay on top; a document
# reference (clickable) is drawn over a term, a term over a key phrase.
LAYER_NAMES = {GLOSSARY: "kp_glossary", DOCUMENT_REF: "kp_refs", SALIENT: "kp_salient"}
LAYER_Z = {SALIENT: 10, GLOSSARY: 20, DOCUMENT_REF: 30}
# The SALIENT layer shows the article's key phrases: this many of the ranked list (any kind but
# references, which have their own layer), every occurrence. More and the page is tinted again.
KEY_PHRASES_SHOWN = 10


@dataclass(frozen=True)
class KindStyle:
    background: str = ""
    underline: str = ""
    foreground: str = ""


# Quiet on purpose, and unlike Word's highlight palette the user paints with: a pale lavender
# wash, a teal underline, link-blue text.
STYLES = {
    SALIENT: KindStyle(background="#ece6f6"),
    GLOSSARY: KindStyle(underline="#1f8a7a"),
    DOCUMENT_REF: KindStyle(underline="#1a56b0", foreground="#1a4a99"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Keyphrases", text)


def kind_label(kind: str) -> str:
    """The name of a layer (toolbar toggle, View menu, legend)."""
    return {
        GLOSSARY: _tr("Thuật ngữ"),
        DOCUMENT_REF: _tr("Văn bản được dẫn"),
        SALIENT: _tr("Cụm từ chính"),
    }[kind]


def kind_help(kind: str) -> str:
    return {
        GLOSSARY: _tr("Gạch chân xanh lục: mọi thuật ngữ của bảng thuật ngữ có trong bài"),
        DOCUMENT_REF: _tr(
            "Chữ xanh gạch chân: số hiệu văn bản; bấm để xem các bài viết dẫn văn bản đó"
        ),
        SALIENT: _tr(
            "Nền tím nhạt: các cụm từ chính của bài (thuật ngữ, tên riêng, cụm từ đặc trưng)"
        ),
    }[kind]


def phrase_kind_label(phrase: KeyPhrase) -> str:
    """What a phrase is: a term, a cited document, a person's name, an abbreviation..."""
    if phrase.kind == SALIENT:
        return {
            "person": _tr("Tên người"),
            "body": _tr("Cơ quan, tổ chức"),
            "place": _tr("Địa danh"),
            "abbreviation": _tr("Viết tắt"),
        }.get(phrase.group, _tr("Cụm từ nổi bật"))
    return kind_label(phrase.kind)


def tooltip(phrase: KeyPhrase) -> str:
    if phrase.kind == GLOSSARY:
        first = _tr("Thuật ngữ · %1").replace("%1", phrase.group)
    elif phrase.kind == DOCUMENT_REF:
        first = _tr("%1\nBấm để xem các bài viết dẫn văn bản này").replace("%1", phrase.text)
    else:
        first = phrase_kind_label(phrase)
    if 0 < phrase.rank <= KEY_PHRASES_SHOWN:
        first += "\n" + _tr("Cụm từ chính thứ %1 của bài").replace("%1", str(phrase.rank))
    return first


def is_key_phrase(phrase: KeyPhrase) -> bool:
    """Drawn in the key-phrase layer: among the first of the ranked list, no reference."""
    return 0 < phrase.rank <= KEY_PHRASES_SHOWN and phrase.kind != DOCUMENT_REF


def layer_spans(phrases: list[KeyPhrase], kind: str) -> list[HighlightSpan]:
    style = STYLES[kind]
    spans = []
    for phrase in phrases:
        shown = is_key_phrase(phrase) if kind == SALIENT else phrase.kind == kind
        if not shown:
            continue
        tip = tooltip(phrase)
        for start, end in phrase.spans:
            spans.append(
                HighlightSpan(
                    start,
                    end,
                    background=style.background,
                    underline=style.underline,
                    foreground=style.foreground,
                    tooltip=tip,
                )
            )
    return spans


def legend_icon(kind: str, size: int = 20) -> QIcon:
    """A sample "Aa" drawn in the kind's style: the toolbar toggle and the legend in one."""
    style = STYLES[kind]
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(style.background) if style.background else Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(int(size * 0.6))
    painter.setFont(font)
    painter.setPen(QColor(style.foreground or "#222222"))
    painter.drawText(QRect(0, 0, size, size - 3), Qt.AlignmentFlag.AlignCenter, "Aa")
    if style.underline:
        painter.setPen(QPen(QColor(style.underline), 2))
        painter.drawLine(3, size - 3, size - 3, size - 3)
    painter.end()
    return QIcon(pixmap)


__all__ = [
    "KEY_PHRASES_SHOWN",
    "KINDS",
    "LAYER_NAMES",
    "LAYER_Z",
    "STYLES",
    "kind_help",
    "kind_label",
    "layer_spans",
    "is_key_phrase",
    "legend_icon",
    "phrase_kind_label",
    "tooltip",
]
