"""How the store's methods run (one at a time; writes in a transaction) and how its file
names and contents are checked."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.domain.errors import NotFoundError
from desktop.domain.message import Message
from desktop.storage import codec, paths
from desktop.storage.file_format import Validator

if TYPE_CHECKING:
    from desktop.storage.library_store import LibraryStore

_F = TypeVar("_F", bound=Callable[..., Any])



def synchronized(method: _F) -> _F:
    """One call at a time: background work (search catch-up, backups) reads while the GUI writes."""

    @functools.wraps(method)
    def wrapper(self: LibraryStore, *args: Any, **kwargs: Any) -> Any:
        with self._mutex:
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


def writing(method: _F) -> _F:
    """A write: refused when read-only, else one transaction (or part of the caller's)."""

    @functools.wraps(method)
    def wrapper(self: LibraryStore, *args: Any, **kwargs: Any) -> Any:
        self._writable()
        with self._txn.transaction(explicit=False):
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def check_id(article_id: str) -> str:
    # Ids become file names: refuse anything that could leave the folder.
    if not isinstance(article_id, str) or not _SAFE_ID.match(article_id):
        raise NotFoundError(Message("Không có bài viết mã “{id}” trong thư viện.", code="article_not_found", id=article_id))
    return article_id


def validator_for(rel: str) -> Validator | None:
    """How a file of the library is checked when read (and when taken from a backup)."""
    if rel == paths.LIBRARY_FILE:
        return codec.check_library
    if rel == paths.ARTICLES_FILE:
        return codec.check_articles
    if rel.startswith(paths.TEXTS_DIR + "/"):
        return codec.check_text
    if rel.startswith(paths.ANNOTATIONS_DIR + "/"):
        return codec.check_annotations
    return None
