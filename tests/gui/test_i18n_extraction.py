"""The string extractor finds what the app looks up at run time, through every helper style our
modules use; the .ts reader/writer round-trips and merging never loses a finished translation."""

from __future__ import annotations

from pathlib import Path

from desktop.gui.i18n.source_strings import SourceString, extract
from desktop.gui.i18n.ts_file import (
    FINISHED,
    UNFINISHED,
    VANISHED,
    TsFile,
    TsMessage,
    merge,
    read_ts,
    write_ts,
)

HELPERS = """
from functools import partial
from PySide6.QtCore import QCoreApplication

def _tr(text: str) -> str:
    return QCoreApplication.translate("Ctx", text)

_lam = lambda t: QCoreApplication.translate("Lam", t)
_part = partial(QCoreApplication.translate, "Part")
"""

USER = """
from PySide6.QtCore import QCoreApplication
from pkg.helpers import _tr as tr_helper

class Panel(QWidget):
    def build(self):
        self.tr("Trong lớp")
        def inner():
            return self.tr("Lồng trong hàm")
        tr_helper("Nhập từ mô-đun khác")

def headers():
    tr = QCoreApplication.translate
    return [tr("Bảng", "Tiêu đề"), QCoreApplication.translate("Bảng", "Nguồn", "cột")]

def broken(name):
    QCoreApplication.translate("X", f"Xin chào {name}")
    QCoreApplication.translate("X", name)  # a variable: not ours to judge
"""


def _package(tmp_path: Path) -> Path:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "helpers.py").write_text(
        HELPERS + '\n_tr("Một")\n_lam("Hai")\n_part("Ba")\n', encoding="utf-8"
    )
    (pkg / "user.py").write_text(USER, encoding="utf-8")
    return pkg


def test_extract_every_helper_style(tmp_path: Path) -> None:
    strings, problems = extract(_package(tmp_path))
    found = {(s.context, s.source, s.comment) for s in strings}
    assert found == {
        ("Ctx", "Một", ""),
        ("Lam", "Hai", ""),
        ("Part", "Ba", ""),
        ("Panel", "Trong lớp", ""),
        ("Panel", "Lồng trong hàm", ""),
        ("Ctx", "Nhập từ mô-đun khác", ""),
        ("Bảng", "Tiêu đề", ""),
        ("Bảng", "Nguồn", "cột"),
    }
    assert [(p.filename, p.line) for p in problems] == [("pkg/user.py", 17)]


def test_same_string_twice_is_one_entry_with_both_places(tmp_path: Path) -> None:
    pkg = _package(tmp_path)
    (pkg / "again.py").write_text('from pkg.helpers import _tr\n_tr("Một")\n', encoding="utf-8")
    strings, _ = extract(pkg)
    one = [s for s in strings if s.source == "Một"]
    assert len(one) == 1 and {f for f, _ in one[0].locations} == {"pkg/helpers.py", "pkg/again.py"}


def test_ts_round_trip_and_merge(tmp_path: Path) -> None:
    ts = TsFile(
        language="en",
        messages=[
            TsMessage("A", "Lưu", translation="Save", state=FINISHED),
            TsMessage("A", "Cũ", translation="Old", state=FINISHED),
            TsMessage("A", "Chưa dịch"),
        ],
    )
    path = tmp_path / "x.ts"
    write_ts(ts, path)
    again = read_ts(path)
    assert [(m.key, m.translation, m.state) for m in again.messages] == [
        (m.key, m.translation, m.state) for m in ts.messages
    ]
    merged = merge(
        again, [SourceString("A", "Lưu"), SourceString("B", "Lưu"), SourceString("A", "Mới")]
    )
    by_key = merged.by_key()
    assert (
        by_key[("A", "Lưu", "")].translation == "Save"
        and by_key[("A", "Lưu", "")].state == FINISHED
    )
    # The same words in another context reuse the finished translation.
    assert by_key[("B", "Lưu", "")].translation == "Save" and by_key[("B", "Lưu", "")].finished
    assert by_key[("A", "Mới", "")].state == UNFINISHED
    # A string gone from the code keeps its translation, marked vanished, and comes back finished.
    assert by_key[("A", "Cũ", "")].state == VANISHED
    back = merge(merged, [SourceString("A", "Cũ")]).by_key()[("A", "Cũ", "")]
    assert back.finished and back.translation == "Old"
    assert [m.source for m in merged.unfinished()] == ["Mới"]


def test_plural_messages_round_trip(tmp_path: Path) -> None:
    ts = TsFile(
        language="en",
        messages=[
            TsMessage(
                "A",
                "%n bài",
                plural=True,
                plural_forms=("%n article", "%n articles"),
                state=FINISHED,
            )
        ],
    )
    write_ts(ts, tmp_path / "p.ts")
    message = read_ts(tmp_path / "p.ts").messages[0]
    assert (
        message.plural
        and message.plural_forms == ("%n article", "%n articles")
        and message.finished
    )


def test_stale_qm_is_detected(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    import sys

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "scripts"))
    import build_translations

    committed_ts, committed_qm = build_translations.APP_TS, build_translations.APP_TS.with_suffix(".qm")
    assert build_translations.qm_matches(committed_ts, committed_qm)
    ts = read_ts(committed_ts)
    first = next(i for i, m in enumerate(ts.messages) if m.finished and not m.plural)
    ts.messages[first] = TsMessage(**{**ts.messages[first].__dict__, "translation": "Something else"})
    write_ts(ts, tmp_path / "changed.ts")
    assert not build_translations.qm_matches(tmp_path / "changed.ts", committed_qm)
    assert not build_translations.qm_matches(committed_ts, tmp_path / "missing.qm")


def test_a_wrapper_that_passes_a_count_makes_plural_messages(tmp_path: Path) -> None:
    pkg = tmp_path / "plur"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "counts.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _trn(text, n):\n"
        '    return QCoreApplication.translate("Đếm", text, "", n)\n'
        'x = _trn("%Ln bài viết", 3)\n',
        encoding="utf-8",
    )
    (pkg / "user.py").write_text('from plur.counts import _trn\ny = _trn("%Ln ghi chú", 2)\n', encoding="utf-8")
    strings, _ = extract(pkg)
    assert {(s.context, s.source, s.plural) for s in strings} == {("Đếm", "%Ln bài viết", True), ("Đếm", "%Ln ghi chú", True)}
