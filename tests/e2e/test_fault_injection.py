"""Fault injection, the CI-sized subset (`scripts/fault_campaign.py` is the full campaign):
for every operation, the process dies at sampled k-th writes, fsyncs and renames, or the disk
fills up at sampled writes. After each: the library opens, the operation is complete or left
no trace, no file is unreadable or left half written, and nothing was lost."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.errors import UserError
from desktop.services import Services
from tests.e2e import fault_scenarios as fs
from tests.unit.storage.faults import Crash, inject

pytestmark = pytest.mark.faults
CRASH_POINTS = 6  # per operation, spread over all its writes, fsyncs and renames (first and last included)
FULL_DISK_POINTS = 2  # per operation, spread over its writes


class Template:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.folder, self.work = root / "lib", root / "work"
        fs.build(self.folder, self.work)
        with Services.open(self.folder) as services:
            self.before = fs.snapshot(services)
        self.backups = fs.backups_state(self.folder)
        self.after: dict[str, dict[str, Any]] = {}
        self.counts: dict[str, dict[str, int]] = {}
        for op in fs.OPERATIONS:  # a reference run: what "done" looks like, and how many steps
            folder = self.copy(root / f"reference-{op.name}")
            with Services.open(folder) as services, inject() as plan:
                op.run(services, self.work)
            self.counts[op.name] = dict(plan.counts)
            with Services.open(folder) as services:
                self.after[op.name] = fs.snapshot(services)

    def copy(self, folder: Path) -> Path:
        shutil.copytree(self.folder, folder)
        return folder


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return Template(tmp_path_factory.mktemp("faults"))


def _points(total: int, count: int) -> list[int]:
    return sorted({1, total, *(1 + (total - 1) * n // max(1, count - 1) for n in range(count))})


def _check_reopened(template: Template, folder: Path, op: str) -> str:
    """Open as the next start would; returns "before" or "after" (nothing else is allowed)."""
    with Services.open(folder) as services:
        state = fs.snapshot(services)
        messages = services.store.recovery.messages
    assert not [m for m in messages if any(w in m for w in fs.DAMAGE_WORDS)], messages
    assert fs.check_files(folder) == []
    if op == "backup":
        assert state == template.before
        now = fs.backups_state(folder)
        assert all(now.get(name) for name in template.backups), "an existing backup was harmed"
        assert all(now.values()), "a half-written backup was left"
        return "after" if len(now) > len(template.backups) else "before"
    assert state in (template.before, template.after[op]), "half done"
    return "after" if state == template.after[op] else "before"


@pytest.mark.parametrize("op", fs.OPERATIONS, ids=[op.name for op in fs.OPERATIONS])
def test_a_crash_at_any_step_leaves_the_operation_done_or_undone(template: Template, tmp_path: Path, op: fs.Operation) -> None:
    total = sum(template.counts[op.name].values())
    seen = set()
    for at in _points(total, CRASH_POINTS):
        folder = template.copy(tmp_path / f"k{at}")
        services = Services.open(folder)
        with pytest.raises(Crash), inject("any", at):
            op.run(services, template.work)
        services.store._lock.release()  # the process died: only the kernel's lock goes away
        seen.add(_check_reopened(template, folder, op.name))
    # The points reach both sides of the commit; a backup's last step is its rename.
    assert seen == ({"before"} if op.name == "backup" else {"before", "after"})


@pytest.mark.parametrize("op", fs.OPERATIONS, ids=[op.name for op in fs.OPERATIONS])
def test_a_full_disk_undoes_the_operation_and_says_so(template: Template, tmp_path: Path, op: fs.Operation) -> None:
    writes = template.counts[op.name].get("write", 0)
    refused = 0
    for at in _points(writes, FULL_DISK_POINTS):
        folder = template.copy(tmp_path / f"w{at}")
        with Services.open(folder) as services:
            try:
                with inject("write", at, mode="enospc"):
                    op.run(services, template.work)
            except UserError:  # told in a sentence; then nothing may have changed
                refused += 1
                if op.name != "backup":
                    assert fs.snapshot(services) == template.before  # memory follows the disk
                services.close()
                assert _check_reopened(template, folder, op.name) == "before"
                continue
        # Only a write that may fail (derived data, the list of annotated articles) was refused.
        assert _check_reopened(template, folder, op.name) == "after"
    assert refused


@pytest.mark.skipif(os.name != "posix" or shutil.which("strace") is None, reason="needs strace")
def test_a_real_kill_at_a_rename_of_a_tag_merge(template: Template, tmp_path: Path) -> None:
    """The same with a real SIGKILL delivered by strace at the k-th rename system call."""
    seen = set()
    for at in (1, 3, 6):
        folder = template.copy(tmp_path / f"r{at}")
        done = subprocess.run(
            ["strace", "-f", "-qq", "-o", os.devnull, "-e", "trace=rename,renameat,renameat2",
             "-e", f"inject=rename,renameat,renameat2:signal=SIGKILL:when={at}",
             sys.executable, str(fs.ROOT / "scripts" / "fault_campaign.py"), "--child", "tag-merge", str(folder), str(template.work)],
            capture_output=True, text=True, timeout=120, cwd=fs.ROOT,
        )
        assert done.returncode in (0, -9), done.stderr[-2000:]
        state = _check_reopened(template, folder, "tag-merge")
        if done.returncode == 0:
            assert state == "after"  # acknowledged: it must be there
        seen.add(state)
    assert seen == {"before", "after"}
