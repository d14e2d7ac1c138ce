"""KeyphraseListModel: key phrases as rows (the phrase with its kind's sample, how often it occurs)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.gui.headered_table_model import HeaderedTableModel
from desktop.gui.keyphrases.keyphrase_styles import legend_icon, tooltip
from desktop.gui.plain_text import tip
from desktop.services.keyphrase_service import DOCUMENT_REF, GLOSSARY, SALIENT, KeyPhrase

PHRASE_ROLE = Qt.ItemDataRole.UserRole + 1
# The full list reads best with what is particular to this article first.
_KIND_ORDER = {SALIENT: 0, GLOSSARY: 1, DOCUMENT_REF: 2}

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("Keyphrases", text)


class KeyphraseListModel(HeaderedTableModel):
    """`ranked`: the article's key phrases best first (all kinds together); otherwise every key
    phrase, grouped by kind. The kind is the row's sample icon and tooltip, not a column that
    would repeat one word on every row."""

    COLUMN_PHRASE, COLUMN_COUNT = range(2)

    def __init__(self, *, ranked: bool = False) -> None:
        super().__init__()
        self.ranked = ranked
        self._phrases: list[KeyPhrase] = []
        self._icons = {kind: legend_icon(kind) for kind in _KIND_ORDER}

    def set_phrases(self, phrases: list[KeyPhrase]) -> None:
        self.beginResetModel()
        if self.ranked:
            self._phrases = sorted((p for p in phrases if p.rank), key=lambda p: p.rank)
        else:
            self._phrases = sorted(
                phrases, key=lambda p: (_KIND_ORDER[p.kind], -p.score, p.spans[0])
            )
        self.endResetModel()

    def phrase(self, row: int) -> KeyPhrase:
        return self._phrases[row]

    def phrases(self) -> list[KeyPhrase]:
        return list(self._phrases)

    def row_of(self, kind: str, key: str) -> int:
        return next((i for i, p in enumerate(self._phrases) if p.kind == kind and p.key == key), -1)

    def headers(self) -> Sequence[str]:
        return (_tr("Cụm từ"), _tr("Số lần"))

    def row_count(self) -> int:
        return len(self._phrases)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        phrase = self._phrases[index.row()]
        column = index.column()
        if role == PHRASE_ROLE:
            return phrase
        if role == Qt.ItemDataRole.DisplayRole:
            return phrase.text if column == self.COLUMN_PHRASE else len(phrase.spans)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COLUMN_PHRASE:
            return self._icons[phrase.kind]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(tooltip(phrase) + "\n" + _tr("Bấm để đi lần lượt tới từng chỗ xuất hiện"))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.COLUMN_PHRASE:
            return f"{phrase.text}, {tooltip(phrase).splitlines()[0]}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COLUMN_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
