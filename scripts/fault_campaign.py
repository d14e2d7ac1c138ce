"""Fault-injection campaign over every operation that writes the library, in real processes.

For each operation (tests/e2e/fault_scenarios.py): a SIGKILL at sampled k-th write, fsync and
rename system calls (strace -e inject), a full disk from the k-th write on (strace
error=ENOSPC), a real full disk at many free-space levels (a small tmpfs, when this user may
mount one), kills at random instants, and kills during the recovery after a kill. After each
round the library must open, hold the state before or after the operation (after, if the
operation said it was done), have no unreadable or half-written file, and an operation that
failed must have said so in one sentence (no traceback) and left no trace.

Usage:
    python scripts/fault_campaign.py [--per-kind N] [--ops tag-merge,restore] [--seed S] [--json]
    python scripts/fault_campaign.py --child OPERATION LIBRARY WORK   (one operation; used above)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SYSCALLS = {
    "write": "write,pwrite64,writev",
    "fsync": "fsync,fdatasync,sync,syncfs",
    "rename": "rename,renameat,renameat2",
}
FREE_LEVELS_KB = (0, 4, 8, 16, 32, 64, 96, 128, 192, 256, 384, 512, 1024, 2048)
CHILD_TIMEOUT = 120


REPORT_FD = "TRICHDAN_CAMPAIGN_FD"  # a socket to the campaign: send(2) is never a write(2) we break


def _tell(message: str) -> None:
    fd = os.environ.get(REPORT_FD)
    if fd is None:
        print(message, flush=True)
        return
    with socket.socket(fileno=int(fd)) as channel:
        channel.sendall(message.encode("utf-8"))


def child(op_name: str, folder: str, work: str) -> int:
    """Run one operation; "ACK" means it returned (the user was told it is done), "Lỗi: …"
    is the sentence the user would read."""
    from desktop.domain.errors import UserError
    from desktop.services import Services
    from tests.e2e.fault_scenarios import BY_NAME

    try:
        with Services.open(Path(folder)) as services:
            if op_name != "open":
                BY_NAME[op_name].run(services, Path(work))
    except UserError as exc:
        _tell(f"Lỗi: {exc.message}")
        return 1
    except Exception:  # a bug; its traceback may not reach stderr when writes are failing
        import traceback

        _tell("BUG " + traceback.format_exc())
        return 2
    _tell("ACK")
    return 0


@dataclass
class Outcome:
    returncode: int | None
    said: str  # what the operation told its user (through the report socket)
    stderr: str


# --- the parent ------------------------------------------------------------------------------
@dataclass
class Tally:
    rounds: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)


class Campaign:
    def __init__(self, root: Path, seed: int) -> None:
        from desktop.services import Services
        from tests.e2e import fault_scenarios as fs

        self.fs, self.Services = fs, Services
        self.root = root
        self.rng = random.Random(seed)
        self.template, self.work = root / "template", root / "work"
        fs.build(self.template, self.work)
        with Services.open(self.template) as services:
            self.before = fs.snapshot(services)
        self.backups = fs.backups_state(self.template)
        self.after: dict[str, dict[str, object]] = {}
        self.env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
        self.tally: dict[str, Tally] = defaultdict(Tally)
        self.can_mount = os.name == "posix" and os.geteuid() == 0 and shutil.which("mount") is not None
        self.counter = 0

    # --- running ---------------------------------------------------------------------------
    def fresh(self, parent: Path | None = None) -> Path:
        self.counter += 1
        folder = (parent or self.root) / f"round-{self.counter}"
        shutil.copytree(self.template, folder)
        return folder

    def command(self, op: str, folder: Path) -> list[str]:
        return [sys.executable, str(Path(__file__).resolve()), "--child", op, str(folder), str(self.work)]

    def start(self, op: str, folder: Path, strace: list[str] | None = None) -> tuple[subprocess.Popen[str], socket.socket]:
        ours, theirs = socket.socketpair()
        env = dict(self.env, **{REPORT_FD: str(theirs.fileno())})
        proc = subprocess.Popen([*(strace or []), *self.command(op, folder)], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT, pass_fds=(theirs.fileno(),))
        theirs.close()
        return proc, ours

    @staticmethod
    def finish(proc: subprocess.Popen[str], channel: socket.socket) -> Outcome:
        _, err = proc.communicate(timeout=CHILD_TIMEOUT)
        chunks = []
        with channel:
            channel.settimeout(1)
            try:
                while chunk := channel.recv(65536):
                    chunks.append(chunk)
            except TimeoutError:
                pass
        return Outcome(proc.returncode, b"".join(chunks).decode("utf-8", "replace"), err)

    def run(self, op: str, folder: Path, strace: list[str] | None = None) -> Outcome:
        return self.finish(*self.start(op, folder, strace))

    @staticmethod
    def strace(kind: str, action: str) -> list[str]:
        calls = SYSCALLS[kind]
        return ["strace", "-f", "-qq", "-o", os.devnull, "-e", f"trace={calls}", "-e", f"inject={calls}:{action}"]

    def count(self, op: str) -> dict[str, int]:
        """How many of each system call the operation makes when nothing goes wrong."""
        folder = self.fresh()
        trace = self.root / f"trace-{op}.txt"
        calls = ",".join(SYSCALLS.values())
        done = self.run(op, folder, ["strace", "-f", "-qq", "-o", str(trace), "-e", f"trace={calls}"])
        assert done.returncode == 0 and done.said == "ACK", done.stderr
        names = Counter(line.split("(", 1)[0].split()[-1] for line in trace.read_text().splitlines() if "(" in line)
        with self.Services.open(folder) as services:
            self.after[op] = self.fs.snapshot(services)
        shutil.rmtree(folder)
        return {kind: sum(names[c] for c in calls_.split(",")) for kind, calls_ in SYSCALLS.items()}

    # --- checking --------------------------------------------------------------------------
    def check(self, op: str, kind: str, folder: Path, done: Outcome) -> None:
        tally = self.tally[op]
        tally.rounds[kind] += 1
        code = done.returncode
        problems: list[str] = []
        if "Traceback" in done.stderr or code not in (0, 1, -9):
            problems.append(f"exit {code}: {(done.stderr + done.said).strip()[-600:]}")
        if code == 0 and done.said != "ACK":
            problems.append(f"ended without saying it was done: {done.said!r}")
        if code == 1 and not done.said.startswith("Lỗi: "):
            problems.append(f"failure without a clear sentence: {done.said!r}")
        try:
            with self.Services.open(folder) as services:
                state = self.fs.snapshot(services)
                messages = list(services.store.recovery.messages)
        except Exception as exc:  # noqa: BLE001 - a library that does not open is the worst outcome
            tally.failures.append(f"{op}/{kind}: the library does not open: {exc!r}")
            return
        problems += [f"damage reported: {m}" for m in messages if any(w in m for w in self.fs.DAMAGE_WORDS)]
        problems += self.fs.check_files(folder)
        outcome = self.classify(op, state, folder)
        if outcome == "half":
            problems.append("half done")
        if done.said == "ACK" and outcome != "after":
            problems.append("acknowledged but not there")
        if code == 1 and outcome != "before":
            problems.append("reported as failed but changed the library")
        tally.outcomes[outcome] += 1
        if code == 1:
            tally.outcomes["refused with a sentence"] += 1
        if problems:
            tally.failures.append(f"{op}/{kind} in {folder.name}: " + "; ".join(problems))
        else:
            shutil.rmtree(folder, ignore_errors=True)

    def classify(self, op: str, state: object, folder: Path) -> str:
        if op == "backup":
            now = self.fs.backups_state(folder)
            intact = all(now.get(n) for n in self.backups) and all(now.values())
            if state != self.before or not intact:
                return "half"
            return "after" if len(now) > len(self.backups) else "before"
        if state == self.after[op]:
            return "after"
        return "before" if state == self.before else "half"

    # --- the kinds of fault ------------------------------------------------------------------
    def points(self, total: int, count: int) -> list[int]:
        if total <= count:
            return list(range(1, total + 1))
        chosen = {1, total, *self.rng.sample(range(2, total), count - 2)}
        return sorted(chosen)

    def kills(self, op: str, counts: dict[str, int], per_kind: int) -> None:
        for kind in SYSCALLS:
            for at in self.points(counts[kind], per_kind):
                folder = self.fresh()
                self.check(op, f"kill@{kind}", folder, self.run(op, folder, self.strace(kind, f"signal=SIGKILL:when={at}")))

    def full_disk_injected(self, op: str, counts: dict[str, int], per_kind: int) -> None:
        for at in self.points(counts["write"], per_kind):
            folder = self.fresh()
            self.check(op, "enospc@write", folder, self.run(op, folder, self.strace("write", f"error=ENOSPC:when={at}+")))

    def full_disk_tmpfs(self, op: str, levels: tuple[int, ...]) -> None:
        if not self.can_mount:
            return
        size = sum(p.stat().st_size for p in self.template.rglob("*") if p.is_file()) + len(levels) * 0
        for free_kb in levels:
            mount = Path(tempfile.mkdtemp(prefix="tmpfs-", dir=self.root))
            budget = (size + 256 * 1024) * 2 + free_kb * 1024 + (1 << 20)
            if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={budget}", "tmpfs", str(mount)], capture_output=True).returncode:
                self.can_mount = False
                return
            try:
                folder = self.fresh(mount)
                self._fill(mount, free_kb * 1024)
                done = self.run(op, folder)
                (mount / "filler").unlink(missing_ok=True)  # room to open and check, as after freeing space
                self.check(op, f"tmpfs-free-{free_kb}k", folder, done)
            finally:
                subprocess.run(["umount", str(mount)], capture_output=True)
                shutil.rmtree(mount, ignore_errors=True)

    @staticmethod
    def _fill(mount: Path, leave: int) -> None:
        stat = os.statvfs(mount)
        free = stat.f_bavail * stat.f_frsize
        with open(mount / "filler", "wb") as handle:
            remaining = max(0, free - leave)
            chunk = b"\0" * (1 << 20)
            while remaining > 0:
                try:
                    remaining -= handle.write(chunk[: min(len(chunk), remaining)])
                except OSError:
                    break

    def random_kills(self, op: str, rounds: int) -> None:
        start = time.perf_counter()
        self.run(op, self.fresh())
        duration = time.perf_counter() - start
        for _ in range(rounds):
            folder = self.fresh()
            proc, channel = self.start(op, folder)
            time.sleep(self.rng.uniform(0.2, 1.0) * duration)
            proc.send_signal(signal.SIGKILL)
            self.check(op, "kill@random", folder, self.finish(proc, channel))

    def double_kills(self, op: str, counts: dict[str, int], rounds: int) -> None:
        """A kill during the operation, then another during the next start's recovery."""
        for _ in range(rounds):
            folder = self.fresh()
            kind = self.rng.choice(["write", "rename"])
            at = self.rng.randint(1, max(1, counts[kind]))
            first = self.run(op, folder, self.strace(kind, f"signal=SIGKILL:when={at}"))
            again = self.rng.randint(1, 4)
            self.run("open", folder, self.strace("rename", f"signal=SIGKILL:when={again}"))
            self.check(op, "kill-then-kill-recovery", folder, first)


def report(campaign: Campaign, elapsed: float, as_json: bool) -> int:
    rows = {}
    for op, tally in campaign.tally.items():
        rows[op] = {
            "rounds": sum(tally.rounds.values()),
            "by_fault": dict(tally.rounds),
            "outcomes": dict(tally.outcomes),
            "unclean": len(tally.failures),
        }
    total = sum(r["rounds"] for r in rows.values())
    unclean = sum(r["unclean"] for r in rows.values())
    if as_json:
        print(json.dumps({"rounds": total, "unclean": unclean, "seconds": round(elapsed), "operations": rows,
                          "failures": [f for t in campaign.tally.values() for f in t.failures]}, ensure_ascii=False, indent=2))
    else:
        for op, row in rows.items():
            print(f"{op:20} {row['rounds']:4} rounds  {row['unclean']} unclean  outcomes {row['outcomes']}  faults {row['by_fault']}")
        print(f"total: {total} rounds, {unclean} unclean, {elapsed:.0f} s")
        for tally in campaign.tally.values():
            for failure in tally.failures:
                print("UNCLEAN", failure)
    return 1 if unclean else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--child", nargs=3, metavar=("OPERATION", "LIBRARY", "WORK"))
    parser.add_argument("--ops", default="", help="comma-separated operation names (default: all)")
    parser.add_argument("--per-kind", type=int, default=5, help="kill points per system call kind and operation")
    parser.add_argument("--random", type=int, default=4, help="random-time kills per operation")
    parser.add_argument("--double", type=int, default=2, help="kill, then kill the recovery, per operation")
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.child:
        return child(*args.child)
    if shutil.which("strace") is None:
        sys.exit("strace is needed for the campaign")
    from tests.e2e.fault_scenarios import OPERATIONS

    names = [n for n in args.ops.split(",") if n] or [op.name for op in OPERATIONS]
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="fault-campaign-") as tmp:
        campaign = Campaign(Path(tmp), args.seed)
        for name in names:
            counts = campaign.count(name)
            campaign.kills(name, counts, args.per_kind)
            campaign.full_disk_injected(name, counts, max(2, args.per_kind // 2))
            campaign.full_disk_tmpfs(name, FREE_LEVELS_KB[:: max(1, 14 // max(2, args.per_kind))])
            campaign.random_kills(name, args.random)
            campaign.double_kills(name, counts, args.double)
            print(f"# {name}: {sum(campaign.tally[name].rounds.values())} rounds, "
                  f"{len(campaign.tally[name].failures)} unclean", file=sys.stderr, flush=True)
        status = report(campaign, time.perf_counter() - start, args.json)
        failed_dirs = [f for t in campaign.tally.values() for f in t.failures]
        if failed_dirs:  # keep the evidence
            keep = Path(tempfile.mkdtemp(prefix="fault-campaign-unclean-"))
            for path in Path(tmp).glob("round-*"):
                shutil.copytree(path, keep / path.name)
            print(f"unclean libraries kept in {keep}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
