"""All services of one open library, built lazily so start-up pays only for what it uses."""

from __future__ import annotations

from contextlib import AbstractContextManager as ContextManager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.services import events
from desktop.services.events import EventBus
from desktop.storage.paths import default_library_dir

if TYPE_CHECKING:
    from desktop.services.annotation_service import AnnotationService
    from desktop.services.backup_service import BackupService
    from desktop.services.export_service import ExportService
    from desktop.services.keyphrase_service import KeyphraseService
    from desktop.services.library_service import LibraryService
    from desktop.services.search_service import SearchService
    from desktop.services.tag_service import TagService
    from desktop.services.text_edit_service import TextEditService
    from desktop.storage.library_store import LibraryStore


class Services:
    """Open with `Services.open(data_dir)`; `store` and `events` are for services only:
    the GUI and the CLI call the service objects."""

    def __init__(self, store: LibraryStore) -> None:
        self.store = store
        self.events = EventBus()
        # Events wait for the transaction that caused them; an undone one makes views re-read.
        self.events.hold_while = lambda: self.store.in_transaction
        self._watch(store)

    def _watch(self, store: LibraryStore) -> None:
        store.add_transaction_listeners(committed=self.events.release, rolled_back=self.events.discard)

    @classmethod
    def open(cls, data_dir: Path | None = None, *, seed: bool = True, read_only: bool = False) -> Services:
        # Imported here so that importing services (e.g. for the CLI's help) loads no TinyDB.
        from desktop.storage.library_store import LibraryStore

        store = LibraryStore.open(Path(data_dir) if data_dir else default_library_dir(), read_only=read_only)
        services = cls(store)
        if store.needs_seeds and not store.read_only:
            # Done again at the next start if this one is interrupted: seeds already stored
            # are recognised as duplicates. A library opened without seeds never gets them.
            if seed:
                services.library.import_seeds()
            store.mark_seeded()
        return services

    def transaction(self, description: str = "") -> ContextManager[None]:
        """`with services.transaction("…"):` — what the services write inside is one
        all-or-nothing operation (see LibraryStore.transaction)."""
        return self.store.transaction(description)

    @property
    def data_dir(self) -> Path:
        return self.store.folder

    _SERVICE_NAMES = ("library", "annotations", "text_edits", "tags", "search", "keyphrases", "export")

    def _drop_services(self) -> None:
        """Forget built services (they hold the old store); the backup service keeps its state."""
        for name in self._SERVICE_NAMES:
            service = self.__dict__.pop(name, None)
            if service is not None and hasattr(service, "close"):
                service.close()

    def library_replaced(self) -> None:
        """After a restore swapped the files under the open store: services are rebuilt
        lazily and every view told to read the library again."""
        self._drop_services()
        self.events.publish(events.LIBRARY_REPLACED)

    def close(self) -> None:
        self._drop_services()
        self.store.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @cached_property
    def library(self) -> LibraryService:
        from desktop.services.library_service import LibraryService

        return LibraryService(self)

    @cached_property
    def annotations(self) -> AnnotationService:
        from desktop.services.annotation_service import AnnotationService

        return AnnotationService(self)

    @cached_property
    def text_edits(self) -> TextEditService:
        from desktop.services.text_edit_service import TextEditService

        return TextEditService(self)

    @cached_property
    def tags(self) -> TagService:
        from desktop.services.tag_service import TagService

        return TagService(self)

    @cached_property
    def search(self) -> SearchService:
        from desktop.services.search_service import SearchService

        return SearchService(self)

    @cached_property
    def keyphrases(self) -> KeyphraseService:
        from desktop.services.keyphrase_service import KeyphraseService

        return KeyphraseService(self)

    @cached_property
    def export(self) -> ExportService:
        from desktop.services.export_service import ExportService

        return ExportService(self)

    @cached_property
    def backups(self) -> BackupService:
        from desktop.services.backup_service import BackupService

        return BackupService(self)
