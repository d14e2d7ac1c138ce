"""The CLI speaks Vietnamese by default and English with --lang en or TRICHDAN_LANG=en; --json
carries stable machine keys beside its sentences; colours are shown by their meaning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.language import current_language, language_from
from desktop.cli.main import main


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "thư viện"
    assert main(["list", "--data-dir", str(folder), "--json"]) == 0  # seeds the library
    return folder


def _first_id(library: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["list", "--data-dir", str(library), "--json"]) == 0
    return str(json.loads(capsys.readouterr().out)[0]["id"])


def test_language_comes_from_the_option_then_the_environment() -> None:
    assert language_from([], {}) == "vi"
    assert language_from(["list", "--lang", "en"], {}) == "en"
    assert language_from(["--lang=en", "list"], {}) == "en"
    assert language_from(["list"], {"TRICHDAN_LANG": "en_GB.UTF-8"}) == "en"
    assert language_from(["list", "--lang", "vi"], {"TRICHDAN_LANG": "en"}) == "vi"
    assert language_from(["show", "--", "--lang", "en"], {}) == "vi"  # after "--" it is an argument


def test_errors_in_english_and_vietnamese(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["show", "khong-co", "--data-dir", str(library), "--lang", "en"]) == 1
    assert capsys.readouterr().err.strip() == "Error: There is no article with id “khong-co” in the library."
    assert main(["show", "khong-co", "--data-dir", str(library)]) == 1
    assert capsys.readouterr().err.strip() == "Lỗi: Không có bài viết mã “khong-co” trong thư viện."
    assert current_language() == "vi"  # each run chooses again: no English left over


def test_the_environment_chooses_english(
    library: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRICHDAN_LANG", "en")
    capsys.readouterr()
    assert main(["search", "ngày:hôm-qua", "--data-dir", str(library)]) == 1
    assert capsys.readouterr().err.startswith("Error: The date “hôm-qua” is not understood.")


def test_import_report_in_english_with_reason_codes(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "rỗng.txt").write_bytes(b"")
    (tmp_path / "ảnh.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    capsys.readouterr()
    assert main(["import", str(tmp_path / "rỗng.txt"), str(tmp_path / "ảnh.txt"), "--data-dir", str(library), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "! rỗng.txt: Could not import “rỗng.txt”: the file is empty (0 bytes)." in out
    assert "the content is really a PNG image, not text" in out
    assert out.strip().endswith("Imported 0 articles, 2 files could not be imported.")
    assert main(["import", str(tmp_path / "rỗng.txt"), "--data-dir", str(library), "--json"]) == 1
    failure = json.loads(capsys.readouterr().out)["failures"][0]
    assert failure["reason"] == "Không nhập được “rỗng.txt”: tệp trống (0 byte)."  # the key kept as it was
    assert failure["reason_code"] == "empty_file"


def test_json_errors_carry_a_code(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["show", "khong-co", "--data-dir", str(library), "--json", "--lang", "en"]) == 1
    captured = capsys.readouterr()
    error = json.loads(captured.out)["error"]
    assert error == {
        "code": "article_not_found",
        "kind": "not_found",
        "message": "There is no article with id “khong-co” in the library.",
    }
    assert captured.err.strip().startswith("Error: ")


def test_annotate_shows_the_colour_meaning_not_its_key(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _first_id(library, capsys)
    assert main(["show", article, "--data-dir", str(library), "--json"]) == 0
    text = json.loads(capsys.readouterr().out)["text"]
    quote = " ".join(text.split()[3:6])
    assert main(["annotate", article, "--quote", quote, "--color", "green", "--data-dir", str(library)]) == 0
    out = capsys.readouterr().out
    assert "[Số liệu]" in out and "[green]" not in out
    assert main(["annotations", "--data-dir", str(library), "--lang", "en", "--color", "Figures"]) == 0
    out = capsys.readouterr().out
    assert "[Figures]" in out and "(1 annotation)" in out
    assert "article: " in out and "bài:" not in out


def test_help_is_in_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help", "--lang", "en"])
    out = capsys.readouterr().out
    assert "the file to write" in out and "tệp kết quả" not in out
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "tệp kết quả" in capsys.readouterr().out
