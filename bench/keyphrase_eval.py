"""The key-phrase evaluation set (tests/data/keyphrases) and the two baselines it is measured against."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from desktop.ingest.document_builder import build_document
from desktop.text.normalize import nfc
from desktop.text.syllables import phrase_key, runs, syllable_key, tokenize

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT / "tests" / "data" / "keyphrases"
CORPUS_DIR = Path("/tmp/corpus/data")
TOP = 10
_QUOTES_RE = re.compile("[\"“”‘’'«»]")
_SPACES_RE = re.compile(r"\s+")

Span = tuple[int, int]
# the parts of the set: tuned on; held out in the first set; the fresh held-out articles added
# later; the blind ones of the third round (see the set's README)
TUNING, HELD_OUT, FRESH, BLIND, OTHER = "tuning", "held_out", "fresh", "blind", "other_subjects"
_MARKS = {"[held-out]": HELD_OUT, "[fresh]": FRESH, "[blind]": BLIND}


@dataclass
class Article:
    name: str  # "corpus/22692924.txt" or "seeds/000_….txt"
    part: str  # TUNING | HELD_OUT | FRESH | BLIND
    title: str
    text: str
    gold: list[set[str]]  # one set of variant keys per line


@dataclass(frozen=True)
class Ranked:
    """One item of a method's ranked list: what it shows, and where it occurs."""

    text: str
    spans: tuple[Span, ...]


def match_key(text: str) -> str:
    """Equal for two spellings a reader takes for the same phrase (see the set's README)."""
    text = _SPACES_RE.sub(" ", _QUOTES_RE.sub("", nfc(text))).strip()
    return " ".join(syllable_key(w) for w in text.split(" "))


def load_articles(corpus_dir: Path = CORPUS_DIR) -> list[Article]:
    articles: list[Article] = []
    name, part, lines = "", TUNING, []

    def close() -> None:
        if not name:
            return
        folder, file = name.split("/", 1)
        path = (ROOT / "seeds" / file) if folder == "seeds" else corpus_dir / file
        title, text = reading_text(path.read_text(encoding="utf-8"))
        gold = [{match_key(v) for v in line.split(" | ")} for line in lines]
        articles.append(Article(name, part, title, text, gold))

    for raw in (EVAL_DIR / "gold.txt").read_text(encoding="utf-8").splitlines():
        if raw.startswith("## "):
            close()
            head = raw[3:].strip()
            mark = next((m for m in _MARKS if head.endswith(m)), "")
            part = _MARKS.get(mark, TUNING)
            name, lines = head.removesuffix(mark).strip() if mark else head, []
        elif raw.strip() and not raw.startswith("#"):
            lines.append(raw.strip())
    close()
    return articles


def load_other_subjects(corpus_dir: Path = CORPUS_DIR) -> list[Article]:
    """The articles on other subjects (other_subjects.txt): no gold list, judged only."""
    articles = []
    for raw in (EVAL_DIR / "other_subjects.txt").read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            name = raw.split("\t")[0]
            title, text = reading_text((corpus_dir / name.split("/", 1)[1]).read_text("utf-8"))
            articles.append(Article(name, OTHER, title, text, []))
    return articles


def reading_text(raw: str) -> tuple[str, str]:
    """The headline and the text the reader shows for a file, as import makes them: the page
    cleaned of its site's lines (the seeds are pages copied from a browser, with menus and
    related-article lists), the headline apart. Every method is run on this text."""
    document = build_document(raw, origin="evaluation", encoding="utf-8")
    return document.title, document.clean_text


def load_judged() -> dict[str, bool]:
    """Hand judgements of phrases outside the gold lists: key -> whole and meaningful."""
    judged: dict[str, bool] = {}
    path = EVAL_DIR / "judged.txt"
    if path.exists():
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw[:2] in ("+ ", "- "):
                judged[match_key(raw[2:])] = raw[0] == "+"
    return judged


def score_list(
    article: Article, ranked: list[Ranked], judged: dict[str, bool], top: int = TOP
) -> dict:
    """Precision@top, and which of the top are whole and meaningful (None: not judged yet)."""
    credited: set[int] = set()
    hits, whole, unjudged = 0, 0, []
    for item in ranked[:top]:
        forms = {match_key(item.text)} | {match_key(article.text[s:e]) for s, e in item.spans}
        line = next(
            (i for i, g in enumerate(article.gold) if i not in credited and forms & g), None
        )
        in_gold = any(forms & g for g in article.gold)
        if line is not None:
            credited.add(line)
            hits += 1
        if in_gold:
            whole += 1
            continue
        verdict = judged.get(match_key(item.text))
        if verdict is None:
            unjudged.append(item.text)
        elif verdict:
            whole += 1
    shown = min(top, len(ranked))
    return {"hits": hits, "shown": shown, "whole": whole, "unjudged": unjudged}


# --- baselines ---------------------------------------------------------------------------------
def ngram_occurrences(text: str, sizes: Iterable[int] = (2, 3, 4)) -> dict[str, list[Span]]:
    """Every syllable n-gram never crossing punctuation or a number, with where it occurs."""
    tokens = tokenize(text)
    spans: dict[str, list[Span]] = {}
    for begin, end in runs(tokens):
        for n in sizes:
            for i in range(begin, end - n + 1):
                words = tokens.words[i : i + n]
                if all(w.isalpha() for w in words):
                    key = phrase_key(words)
                    spans.setdefault(key, []).append((tokens.starts[i], tokens.ends[i + n - 1]))
    return spans


def _top_without_parts(ranked: list[str], counts: dict[str, int], top: int) -> list[str]:
    """Drop an n-gram inside a better-ranked one occurring as often ("a b" under "a b c")."""
    chosen: list[str] = []
    for key in ranked:
        if any(f" {key} " in f" {c} " and counts[c] >= counts[key] for c in chosen):
            continue
        chosen.append(key)
        if len(chosen) == top:
            break
    return chosen


def ngram_frequency(text: str, top: int = TOP) -> list[Ranked]:
    """Raw n-gram frequency (2 to 4 syllables): the simplest method."""
    spans = ngram_occurrences(text)
    counts = {k: len(v) for k, v in spans.items()}
    ranked = sorted(counts, key=lambda k: (-counts[k], -k.count(" "), k))
    return [
        Ranked(_surface(text, spans[k]), tuple(spans[k]))
        for k in _top_without_parts(ranked, counts, top)
    ]


def tfidf(text: str, df: dict[str, int], documents: int, top: int = TOP) -> list[Ranked]:
    """Plain TF-IDF over the corpus: tf · ln(N / df) for n-grams of 2 to 4 syllables."""
    spans = ngram_occurrences(text)
    counts = {k: len(v) for k, v in spans.items()}
    score = {k: c * math.log(documents / max(df.get(k, 1), 1)) for k, c in counts.items()}
    ranked = sorted(score, key=lambda k: (-score[k], k))
    return [
        Ranked(_surface(text, spans[k]), tuple(spans[k]))
        for k in _top_without_parts(ranked, counts, top)
    ]


def _surface(text: str, spans: list[Span]) -> str:
    forms = Counter(text[s:e] for s, e in spans)
    return max(forms, key=lambda f: (forms[f], f == f.lower()))


def corpus_document_frequency(
    keys: set[str], corpus_dir: Path = CORPUS_DIR
) -> tuple[dict[str, int], int]:
    """In how many corpus articles each n-gram key occurs (lower-cased text, whole syllables)."""
    finder = ahocorasick.Automaton()
    for key in keys:
        finder.add_word(key, key)
    finder.make_automaton()
    df: Counter[str] = Counter()
    documents = 0
    for text in _corpus_texts(corpus_dir):
        documents += 1
        lowered = " ".join(
            syllable_key(w) if w.isalpha() else "|" for w in re.findall(r"[^\W_]+|[^\w\s]", text)
        )
        seen = set()
        size = len(lowered)
        for last, key in finder.iter(lowered):
            start = last - len(key) + 1
            if (start == 0 or lowered[start - 1] == " ") and (
                last + 1 == size or lowered[last + 1] == " "
            ):
                seen.add(key)
        df.update(seen)
    return dict(df), documents


def _corpus_texts(corpus_dir: Path) -> Iterator[str]:
    for path in sorted(corpus_dir.glob("*.txt")):
        yield nfc(path.read_text(encoding="utf-8", errors="replace"))
