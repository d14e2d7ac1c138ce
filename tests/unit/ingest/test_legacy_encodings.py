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
        # Acrobat Distiller names a PDF's fonts after their style (real MPI PDFs of 2004-2007).
        ("GDNPMG+VnTimeHBold", ("tcvn3", True)),
        ("FBHPHC+VnTimeItalic", ("tcvn3", False)),
        ("CCBOFB+.VnTime,BoldItalic", ("tcvn3", False)),
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


def test_pdf_minus_sign_is_the_u_horn_also_at_a_word_edge() -> None:
    """As in the State Bank's circular 01/2006/TT-NHNN: "nh− sau", "Trung −¬ng", "Th«ng t−"; a
    minus between numbers stays a minus."""
    assert (
        tcvn3_pdf_to_unicode("nh\u2212 sau, Trung \u2212\u00acng, Th\u00abng t\u2212, 5 \u2212 3")
        == "như sau, Trung ương, Thông tư, 5 \u2212 3"
    )
