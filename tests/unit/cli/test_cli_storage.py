"""CLI: tags rename/merge/delete, edit-text, --read-only, what was repaired, bad arguments."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.main import EXIT_USAGE, main
from desktop.ingest.document import ImportedDocument
from desktop.services import Services
from desktop.storage import paths
from desktop.storage.backups import create_backup

ROOT = Path(__file__).resolve().parents[3]
TEXT = "Nghị quyết nêu rõ: phải nâng cao đạo đức công vụ. Cán bộ cần gương mẫu.\nĐoạn hai nói về cải cách."


@pytest.fixture
def library(tmp_path: Path) -> str:
    folder = tmp_path / "lib"
    with Services.open(folder, seed=False) as services:
        services.library.add_documents([ImportedDocument("Bài\n" + TEXT, TEXT, (), "Bài một", origin="a.txt")])
        article_id = services.library.list_articles()[0].id
        for name, quote in (("cha", "đạo đức"), ("cha/con", "Cán bộ"), ("khác", "cải cách")):
            tag, _ = services.tags.ensure(name)
            services.annotations.create_from_quote(article_id, quote, tags=[tag.id])
    return str(folder)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def tags_of(capsys: pytest.CaptureFixture[str], folder: str) -> dict[str, int]:
    code, out, _ = run(capsys, "tags", "--data-dir", folder, "--json")
    assert code == 0
    return {t["name"]: t["count"] for t in json.loads(out)["tags"]}


def test_tags_rename_merge_and_delete(library: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "tags", "rename", "cha", "mới", "--data-dir", library)
    assert code == 0 and "“cha” thành “mới” (cùng 1 thẻ con)" in out
    assert tags_of(capsys, library) == {"mới": 1, "mới/con": 1, "khác": 1}
    code, out, _ = run(capsys, "tags", "merge", "mới/con", "khác", "--data-dir", library, "--json")
    assert code == 0 and json.loads(out) == {"source": "mới/con", "target": "khác", "annotations": 1}
    assert tags_of(capsys, library) == {"mới": 1, "khác": 2}
    code, out, _ = run(capsys, "tags", "delete", "khác", "--data-dir", library)
    assert code == 0 and "2 ghi chú bỏ thẻ này" in out
    assert tags_of(capsys, library) == {"mới": 1}
    code, out, _ = run(capsys, "annotations", "--data-dir", library, "--json")
    assert len(json.loads(out)) == 3  # deleting a tag never deletes an annotation


def test_tags_errors_are_clear(library: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "tags", "rename", "không có", "x", "--data-dir", library)
    assert code == 1 and "Không có thẻ “không có”" in err
    code, _, err = run(capsys, "tags", "rename", "cha/con", "khác", "--data-dir", library)
    assert code == 1 and "Đã có thẻ “khác”" in err
    code, _, err = run(capsys, "tags", "merge", "khác", "khác", "--data-dir", library)
    assert code == 1 and "hai thẻ khác nhau" in err


def test_edit_text_reanchors_and_reports(library: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "--data-dir", library, "--json")
    article_id = json.loads(out)[0]["id"]
    new = tmp_path / "moi.txt"
    new.write_text("Mở đầu mới.\n" + TEXT.replace("Đoạn hai nói về cải cách.", "Đoạn hai đã bỏ."), "utf-8")
    code, out, _ = run(capsys, "edit-text", article_id, str(new), "--data-dir", library, "--json")
    assert code == 0
    report = json.loads(out)
    assert report["changed"] and report["moved"] == 2 and len(report["needs_review"]) == 1
    code, out, _ = run(capsys, "show", article_id, "--data-dir", library, "--json")
    assert json.loads(out)["text"].startswith("Mở đầu mới.")
    code, out, _ = run(capsys, "annotations", "--data-dir", library, "--json")
    assert {a["exact"] for a in json.loads(out) if not a["needs_review"]} == {"đạo đức", "Cán bộ"}


def test_edit_text_errors_are_clear(library: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "edit-text", "khongco", str(tmp_path / "x.txt"), "--data-dir", library)
    assert code == 1 and "Không có bài viết" in err
    code, out, _ = run(capsys, "list", "--data-dir", library, "--json")
    article_id = json.loads(out)[0]["id"]
    code, _, err = run(capsys, "edit-text", article_id, str(tmp_path / "thiếu.txt"), "--data-dir", library)
    assert code == 1 and "Không tìm thấy tệp" in err
    empty = tmp_path / "trong.txt"
    empty.write_text("   \n", "utf-8")
    code, _, err = run(capsys, "edit-text", article_id, str(empty), "--data-dir", library)
    assert code == 1 and "không được để trống" in err


def test_read_only_option_refuses_changes_and_still_lists(library: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "--read-only", "--data-dir", library, "--json")
    assert code == 0 and len(json.loads(out)) == 1
    code, _, err = run(capsys, "tags", "delete", "khác", "--read-only", "--data-dir", library)
    assert code == 1 and "chỉ đọc" in err and "Traceback" not in err
    assert "khác" in tags_of(capsys, library)


def test_a_read_only_folder_opens_read_only_with_a_message(
    library: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.storage.library_opening._writable", lambda _folder: False)
    code, out, err = run(capsys, "list", "--data-dir", library)
    assert code == 0 and "Bài một" in out and "chế độ chỉ đọc" in err
    code, _, err = run(capsys, "annotate", "x", "--quote", "y", "--data-dir", library)
    assert code == 1 and "Traceback" not in err


def test_a_file_repaired_while_a_command_runs_is_told(library: str, capsys: pytest.CaptureFixture[str]) -> None:
    create_backup(Path(library))
    code, out, _ = run(capsys, "list", "--data-dir", library, "--json")
    article_id = json.loads(out)[0]["id"]
    (Path(library) / paths.ANNOTATIONS_DIR / f"{article_id}.json").write_text("{tệp hỏng", "utf-8")
    code, out, err = run(capsys, "annotate", article_id, "--quote", "gương mẫu", "--data-dir", library)
    assert code == 0
    assert "Thư viện đã được khôi phục" in err and "bị hỏng" in err


def test_arguments_that_are_not_text_are_a_clear_error(library: str) -> None:
    # Bytes that are not UTF-8 arrive from a console in another code page (Windows-1258 here).
    argv = [sys.executable, "main.py", "annotate", "x", "--quote", "a", "--note", "gi\xe1o", "--data-dir", library]
    env = {"PYTHONPATH": str(ROOT), "LC_ALL": "C.UTF-8", "PYTHONUTF8": "1"}
    bad = [a.encode("utf-8") if "\xe1" not in a else b"gi\xe1o" for a in argv]
    done = subprocess.run(bad, cwd=ROOT, capture_output=True, env=env)
    assert done.returncode == EXIT_USAGE
    err = done.stderr.decode("utf-8")
    assert "“--note”" in err and "UTF-8" in err and "Traceback" not in err


def test_bad_annotation_files_are_clear_errors_and_change_nothing(
    library: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "export", "-o", str(tmp_path / "a.jsonld"), "--data-dir", library)
    assert code == 0
    exported = (tmp_path / "a.jsonld").read_text("utf-8")
    huge = tmp_path / "so-lon.jsonld"
    huge.write_text(exported.replace('"start": ', '"start": ' + "9" * 5000 + ', "x": ', 1), "utf-8")
    code, _, err = run(capsys, "import-annotations", str(huge), "--data-dir", library)
    assert code == 1 and "con số dài bất thường" in err
    broken = tmp_path / "ky-tu-hong.jsonld"
    # A colleague's tag name with a lone surrogate (legal JSON, not storable text).
    spoilt = exported.replace("urn:trichdan:annotation:", "urn:trichdan:annotation:ff")
    spoilt = spoilt.replace('"purpose": "tagging",\n            "value": "', '"purpose": "tagging",\n            "value": "\\ud800')
    assert spoilt.count("\\ud800") >= 1
    broken.write_text(spoilt, "utf-8")
    before = run(capsys, "annotations", "--data-dir", library, "--json")[1]
    code, _, err = run(capsys, "import-annotations", str(broken), "--data-dir", library)
    assert code == 1 and "ký tự không hợp lệ" in err and "Traceback" not in err
    assert run(capsys, "annotations", "--data-dir", library, "--json")[1] == before


def test_common_options_before_the_command_are_kept(
    library: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The help writes `trichdan [--data-dir …] [--json] [--read-only] LỆNH`: options there must
    reach the command, never fall back to the default library (which must stay untouched)."""
    default = tmp_path / "default library"
    monkeypatch.setattr("desktop.services.container.default_library_dir", lambda: default)
    code, out, _ = run(capsys, "--data-dir", library, "--json", "list")
    assert code == 0 and [a["title"] for a in json.loads(out)] == ["Bài một"]
    code, _, err = run(capsys, "--read-only", "--data-dir", library, "tags", "delete", "khác")
    assert code == 1 and "chỉ đọc" in err
    assert "khác" in tags_of(capsys, library)
    assert not default.exists()
