"""`@transactional("…")`: a service method whose store writes are one all-or-nothing operation."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

_F = TypeVar("_F", bound=Callable[..., Any])


def transactional(description: str = "") -> Callable[[_F], _F]:
    """Wrap a method of a service that has `self._store`: everything it writes commits together
    or not at all (also across a crash), and its events are delivered after the commit. The
    description names the operation if the next start has to finish or undo it."""

    def decorate(method: _F) -> _F:
        @functools.wraps(method)
        def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            with self._store.transaction(description):
                return method(self, *args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate
