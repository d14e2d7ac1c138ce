"""Opening a library: an interrupted first start still brings the seeds; transactions for callers."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import Services
from tests.unit.storage.faults import Crash, inject


def test_an_interrupted_first_start_completes_the_seeding_next_time(tmp_path: Path) -> None:
    with inject() as plan:
        Services.open(tmp_path / "reference").close()
    total = sum(plan.counts.values())
    for at in (2, total // 3, total // 2, total - 1):
        folder = tmp_path / f"k{at}"
        with pytest.raises(Crash), inject("any", at):
            Services.open(folder)
        services = _reopen(folder)
        assert services.library.count() == 5, f"seeds missing after a crash at step {at}"
        services.close()
        again = Services.open(folder)
        assert again.library.count() == 5 and not again.store.needs_seeds
        again.close()


def _reopen(folder: Path) -> Services:
    # A crashed process's lock is gone with it; in this test the crashed store object still
    # holds an open lock file handle, so release it the way the kernel would.
    import gc

    from desktop.storage.library_store import LibraryStore

    for obj in gc.get_objects():
        if isinstance(obj, LibraryStore) and obj.folder == folder:
            obj._lock.release()
    return Services.open(folder)


def test_a_library_opened_without_seeds_never_gets_them(tmp_path: Path) -> None:
    Services.open(tmp_path / "lib", seed=False).close()
    with Services.open(tmp_path / "lib") as services:
        assert services.library.count() == 0


def test_services_transaction_is_the_store_s(empty_services: Services) -> None:
    with empty_services.transaction("Hai thẻ"):
        empty_services.tags.create("Một")
        assert empty_services.store.in_transaction
    assert not empty_services.store.in_transaction
