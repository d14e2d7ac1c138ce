"""Tags: names may be hierarchical, written "cha/con"."""

from __future__ import annotations

from dataclasses import dataclass, replace

SEPARATOR = "/"


@dataclass(frozen=True)
class Tag:
    id: str
    name: str  # "cha/con" for a child of "cha"
    color: str = ""  # "#rrggbb" or "" for none

    @property
    def parent_name(self) -> str:
        return self.name.rpartition(SEPARATOR)[0]

    @property
    def leaf_name(self) -> str:
        return self.name.rpartition(SEPARATOR)[2]

    def is_self_or_descendant_of(self, name: str) -> bool:
        return self.name == name or self.name.startswith(name + SEPARATOR)

    def with_changes(self, **changes: object) -> Tag:
        return replace(self, **changes)  # type: ignore[arg-type]


def normalize_tag_name(name: str) -> str:
    """Trim spaces around the name and each level; drop empty levels."""
    parts = [p.strip() for p in name.split(SEPARATOR)]
    return SEPARATOR.join(p for p in parts if p)
