"""The CLI mirror: list, show, import, with --json and clear errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.main import main

ROOT = Path(__file__).resolve().parents[3]
SEED_TITLES = {
    "Thúc đẩy tinh thần trách nhiệm",
    "Hà Nội: Học và làm theo Bác bắt đầu từ nâng cao đạo đức công vụ",
    "Thúc đẩy trách nhiệm, tạo thêm đột phá",
    "Tân An: Nâng cao tinh thần trách nhiệm, thái độ phục vụ nhân dân",
    "Học tập và làm theo Bác phải gắn với nâng cao ý thức, trách nhiệm và chất lượng phục vụ nhân dân",
}


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_list_json_prints_the_five_seeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "list", "--data-dir", str(tmp_path / "x"))
    assert {a["title"] for a in data} == SEED_TITLES  # type: ignore[union-attr]


def test_main_py_list_json_in_a_fresh_process(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "main.py", "list", "--json", "--data-dir", str(tmp_path / "x")],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    assert {a["title"] for a in json.loads(out.stdout)} == SEED_TITLES


def test_show_prints_clean_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listed = run_json(capsys, "list", "--data-dir", str(tmp_path))
    article = next(a for a in listed if a["title"] == "Thúc đẩy tinh thần trách nhiệm")  # type: ignore[union-attr]
    shown = run_json(capsys, "show", article["id"], "--data-dir", str(tmp_path))
    assert "Như các nhà nghiên cứu đã chỉ ra" in shown["text"]  # type: ignore[index]
    assert "Tin liên quan" not in shown["text"]  # type: ignore[index]


def test_show_unknown_id_fails_clearly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "khongco", "--data-dir", str(tmp_path)]) == 1
    assert "Không có bài viết" in capsys.readouterr().err


def test_import_adds_a_file_and_reports_duplicates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "bai.txt"
    article.write_text("Cải cách hành chính năm 2024\n\nUBND tỉnh tiếp tục đẩy mạnh cải cách hành chính.\n", "utf-8")
    lib = str(tmp_path / "lib")
    data = run_json(capsys, "import", str(article), "--data-dir", lib)
    assert [a["title"] for a in data["added"]] == ["Cải cách hành chính năm 2024"]  # type: ignore[index]
    again = run_json(capsys, "import", str(article), "--data-dir", lib)
    assert again["added"] == [] and len(again["duplicates"]) == 1  # type: ignore[index]


def test_second_process_on_same_library_gets_a_clear_message(tmp_path: Path) -> None:
    from desktop.services import Services

    with Services.open(tmp_path / "lib"):
        out = subprocess.run(
            [sys.executable, "main.py", "list", "--data-dir", str(tmp_path / "lib")],
            cwd=ROOT, capture_output=True, text=True,
        )
    assert out.returncode == 1
    assert "đang được mở" in out.stderr


def test_no_subcommand_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "Trích Dẫn" in capsys.readouterr().out
