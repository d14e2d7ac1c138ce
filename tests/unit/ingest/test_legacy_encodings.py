"""Legacy fonts told by name; PDF forms of TCVN3 text."""

from __future__ import annotations

import pytest

from desktop.ingest.legacy_encodings import (
    convert_legacy_run,
    encode_tcvn3,
    font_legacy_encoding,
    tcvn3_pdf_to_unicode,
)


@pytest.mark.parametrize(
    ("font", "expected"),
    [
        (".VnTime", ("tcvn3", False)),
        (".VnTimeH", ("tcvn3", True)),
        (".VnArialH", ("tcvn3", True)),
        (".VnCentury Schoolbook", ("tcvn3", False)),
        ("ABCDEF+VnTimeH", ("tcvn3", True)),
        ("VnTime,Bold", ("tcvn3", False)),
        ("VNI-Times", ("vni", False)),
        ("VNI-Helve-Condense", ("vni", False)),
        ("Times New Roman", ("", False)),
        ("Verdana", ("", False)),
        (None, ("", False)),
    ],
)
def test_font_names(font: str | None, expected: tuple[str, bool]) -> None:
    assert font_legacy_encoding(font) == expected


def test_upper_case_font_gives_capitals_with_marks() -> None:
    assert convert_legacy_run(encode_tcvn3("ủy ban nhân dân").decode("cp1252"), "tcvn3", upper=True) == "ỦY BAN NHÂN DÂN"


def test_pdf_hyphen_is_the_u_horn_only_where_it_makes_a_syllable() -> None:
    assert tcvn3_pdf_to_unicode("n-íc m-¬i tr-ëng x∙ Gi¬-ne-v¬ Mü - Ph¸p") == "nước mươi trưởng xã Giơ-ne-vơ Mỹ - Pháp"
