"""What one import did: articles added, duplicates skipped, failures with their reasons, files
held back for an encoding choice, guesses and warnings; and its summary sentence."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.article import ArticleMeta
from desktop.domain.message import Message


@dataclass
class ImportReport:
    added: list[ArticleMeta] = field(default_factory=list)
    duplicates: list[tuple[str, ArticleMeta]] = field(default_factory=list)  # (origin, existing)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason: a Message)
    unsure: list[Path] = field(default_factory=list)  # held back: encoding detection hesitated
    guessed: list[tuple[str, str]] = field(default_factory=list)  # (origin, encoding) imported on a guess
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (origin, sentence: a Message)
    cancelled: bool = False

    def summary(self) -> str:
        parts = [Message("Đã nhập {count} bài viết", count=len(self.added))]
        if self.duplicates:
            parts.append(Message("{count} bài đã có sẵn (bỏ qua)", count=len(self.duplicates)))
        if self.failures:
            parts.append(Message("{count} tệp không nhập được", count=len(self.failures)))
        if self.unsure:
            parts.append(Message("{count} tệp cần chọn bảng mã", count=len(self.unsure)))
        if self.warnings:
            parts.append(Message("{count} tệp có chỗ không đọc được (đã thay bằng dấu �)", count=len(self.warnings)))
        if self.cancelled:
            return Message("{parts}. Đã dừng theo yêu cầu.", parts=parts)
        return Message("{parts}.", parts=parts)
