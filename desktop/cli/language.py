"""The language the command line speaks: Vietnamese, or English with --lang en / TRICHDAN_LANG=en."""

# One command runs per process, so the language is chosen once, before the parser is built
# (its help texts are rendered in it), and every printed message goes through `say`.

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence

from desktop.domain.colors import color_by_key
from desktop.domain.message import LANGUAGES, SOURCE_LANGUAGE, Message, known_text, render

ENV_LANG = "TRICHDAN_LANG"
_chosen = [SOURCE_LANGUAGE]


def language_from(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """`--lang en` / `--lang=en` anywhere on the line, else TRICHDAN_LANG, else Vietnamese. An
    unknown value is left to the parser to refuse (with its list of choices)."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in LANGUAGES else SOURCE_LANGUAGE
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
            return value if value in LANGUAGES else SOURCE_LANGUAGE
    value = (os.environ if environ is None else environ).get(ENV_LANG, "").strip().lower()[:2]
    return value if value in LANGUAGES else SOURCE_LANGUAGE


def set_language(language: str) -> None:
    _chosen[0] = language if language in LANGUAGES else SOURCE_LANGUAGE


def current_language() -> str:
    return _chosen[0]


def say(value: object) -> str:
    """A message (or an error, or plain text) in the command line's language."""
    return render(value, _chosen[0])


def say_lines(lines: Iterable[object]) -> str:
    return "\n".join(say(line) for line in lines)


def color_meaning(key: str, legend: Mapping[str, str]) -> str:
    """What a highlight colour means, as the user named it (a default meaning in the CLI's
    language): shown instead of the stored key ("yellow")."""
    meaning = legend.get(key) or color_by_key(key).default_meaning
    return known_text(meaning, _chosen[0])


ARTICLE_ID_HELP = Message("mã bài viết (xem bằng lệnh list)")
