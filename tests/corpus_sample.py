"""Stream the first N articles out of the corpus archive without unpacking it all."""

from __future__ import annotations

import tarfile
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=4)
def _read(archive: str, n: int) -> tuple[tuple[str, str], ...]:
    out = []
    with tarfile.open(archive, "r:xz") as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".txt"):
                continue
            handle = tar.extractfile(member)
            if handle is None:
                continue
            out.append((Path(member.name).name, handle.read().decode("utf-8")))
            if len(out) >= n:
                break
    return tuple(out)


def read_sample(archive: Path, n: int) -> list[tuple[str, str]]:
    return list(_read(str(archive), n))
