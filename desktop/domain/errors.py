"""Errors a user may see: each carries one clear sentence, Vietnamese by default (see message.py)."""

from __future__ import annotations

from desktop.domain.message import Message, first_code, render


class UserError(Exception):
    """An error whose message is written for the user, not for a programmer.

    `message` is a `Message` (a str reading Vietnamese; `render(error, "en")` reads English) or
    plain text already in the user's language (the GUI's own checks). `detail` keeps the
    technical cause for logs; the GUI and the CLI show `message`.
    """

    kind = "user_error"  # stable machine key of the class, for --json

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return str.__str__(self.message)

    def render(self, language: str) -> str:
        return render(self.message, language)

    @property
    def code(self) -> str:
        """The most telling machine key: the message's own, else the kind of error."""
        return first_code(self.message, self.kind)


class NotFoundError(UserError):
    """Something the user named (an article, an annotation, a tag) does not exist."""

    kind = "not_found"


class StorageError(UserError):
    """The library folder could not be read or written."""

    kind = "storage"


class LibraryLockedError(StorageError):
    """Another running copy of the app holds this library."""

    kind = "library_locked"


class ImportFailure(UserError):
    """One file could not be imported; the rest of a batch goes on."""

    kind = "import_failed"


__all__ = ["ImportFailure", "LibraryLockedError", "Message", "NotFoundError", "StorageError", "UserError"]
