"""Errors a user may see: each carries one clear Vietnamese sentence."""

from __future__ import annotations


class UserError(Exception):
    """An error whose message is written for the user (Vietnamese), not for a programmer.

    `detail` keeps the technical cause for logs; the GUI and the CLI show `message`.
    """

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class NotFoundError(UserError):
    """Something the user named (an article, an annotation, a tag) does not exist."""


class StorageError(UserError):
    """The library folder could not be read or written."""


class LibraryLockedError(StorageError):
    """Another running copy of the app holds this library."""


class ImportFailure(UserError):
    """One file could not be imported; the rest of a batch goes on."""
