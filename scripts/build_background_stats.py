"""Build resources/keyphrases/background_phrases.tsv.gz: whole Vietnamese phrases and their news document frequency.

Reproducible: the same corpus gives the same file byte for byte (sorted output, gzip without a
timestamp). Run from the repository root:

    python scripts/build_background_stats.py [--corpus ../shared/corpus/baomoi-35k.tar.xz]

How a syllable n-gram (2 to 6 syllables, never across punctuation or a digit) becomes a phrase:
  * it is common enough in the news (document frequency >= --min-df) to have trustworthy statistics;
  * it is cohesive: at every split point one half nearly implies the other
    (max(df(g)/df(left), df(g)/df(right)) >= --cohesion), so "tập trung thực hiện" (two words that
    merely meet) is out while "tinh thần trách nhiệm" and "bộ phận một cửa" are in;
  * it is not a fragment: no single syllable before or after it follows it most of the time
    (max cf(x g)/cf(g) and max cf(g x)/cf(g) <= --max-extension, counted in occurrences), and
    the three commonest together not nearly always (<= 0.8), so "nâng cao tinh" (almost always
    "... tinh thần"), "Chí Minh" (almost always "Hồ Chí Minh") and "siết chặt kỷ" ("... cương"
    or "... luật") are out;
  * it neither starts nor ends with a stopword from resources/keyphrases/stopwords_vi.txt, nor ends
    with a syllable of resources/keyphrases/stop_endings_vi.txt.
Beside its document frequency each phrase keeps in how many articles it occurs twice or more
(its "repeats": a subject is taken up again, filler is said once; see background.topicality).

Then pyvi tags the corpus once (scripts/background_tagging.py says what is counted) and each
phrase gets eight shares of its occurrences, in tenths (0-10): noun-led, verb-led, used as a
noun, ending cleanly, ending where its noun phrase ends, adjective-led, written by pyvi as one
word, starting in lower case. pyvi (MIT, offline) is a build-time tool only:
install it in the interpreter that runs this script (`pip install pyvi`); the app never imports
it. `--no-tags` writes the document frequencies alone (the run-time then trusts every phrase).
"""

from __future__ import annotations

import argparse
import gzip
import lzma
import pickle
import sys
import tarfile
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from background_tagging import shares  # noqa: E402

from desktop.text.keyphrases.stopwords import load_stop_endings, load_stopwords  # noqa: E402
from desktop.text.syllables import syllable_key, tokenize  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "baomoi-35k.tar.xz"
DEFAULT_OUT = ROOT / "resources" / "keyphrases" / "background_phrases.tsv.gz"
MAX_N = 6
COUNT_FLOOR = 3  # n-grams rarer than this are never counted further (Apriori pruning)
TOP_EXTENSIONS = 3
TOP_SHARE = 0.8  # the three commonest continuations may not account for more than this


def iter_corpus(path: Path, limit: int | None) -> Iterator[str]:
    """Article texts (headline + body, NFC) from a .tar.xz archive or a folder of .txt files, in name order."""
    if path.is_dir():
        for n, file in enumerate(sorted(path.glob("*.txt"))):
            if limit is not None and n >= limit:
                return
            yield unicodedata.normalize("NFC", file.read_text(encoding="utf-8", errors="replace"))
        return
    with lzma.open(path) as xz, tarfile.open(fileobj=xz, mode="r|") as tar:
        n = 0
        for member in tar:
            if not member.isfile() or not member.name.endswith(".txt"):
                continue
            if limit is not None and n >= limit:
                return
            handle = tar.extractfile(member)
            if handle is None:
                continue
            n += 1
            raw = handle.read().decode("utf-8", errors="replace")
            yield unicodedata.normalize("NFC", raw)


def document_runs(text: str, ids: dict[str, int]) -> list[tuple[int, ...]]:
    """Runs of syllable ids a phrase may lie in: split at punctuation, line breaks and numbers."""
    tokens = tokenize(text)
    result: list[tuple[int, ...]] = []
    current: list[int] = []
    for word, joined in zip(tokens.words, tokens.joined, strict=True):
        if not joined or not word.isalpha():
            if len(current) >= 2:
                result.append(tuple(current))
            current = []
            if not word.isalpha():
                continue
        key = syllable_key(word)
        current.append(ids.setdefault(key, len(ids)))
    if len(current) >= 2:
        result.append(tuple(current))
    return result


@dataclass
class NgramCounts:
    """Per n: in how many articles each n-gram occurs (df), how often in all (cf), and in how
    many articles twice or more (repeats)."""

    df: dict[int, Counter[tuple[int, ...]]]
    cf: dict[int, Counter[tuple[int, ...]]]
    repeats: dict[int, Counter[tuple[int, ...]]]


def count_ngrams(docs: list[list[tuple[int, ...]]], log: bool) -> NgramCounts:
    """Counts of every n-gram (1 <= n <= MAX_N + 1) whose sub-grams all reach COUNT_FLOOR articles."""
    counts = NgramCounts({}, {}, {})
    for n in range(1, MAX_N + 2):
        started = time.monotonic()
        df: Counter[tuple[int, ...]] = Counter()
        cf: Counter[tuple[int, ...]] = Counter()
        repeats: Counter[tuple[int, ...]] = Counter()
        previous = counts.df.get(n - 1)
        for runs in docs:
            grams: Counter[tuple[int, ...]] = Counter()
            for run in runs:
                for i in range(len(run) - n + 1):
                    gram = run[i : i + n]
                    if previous is None or (
                        previous.get(gram[:-1], 0) >= COUNT_FLOOR
                        and previous.get(gram[1:], 0) >= COUNT_FLOOR
                    ):
                        grams[gram] += 1
            df.update(grams.keys())
            cf.update(grams)
            repeats.update(g for g, c in grams.items() if c >= 2)
        kept = {g for g, c in df.items() if c >= COUNT_FLOOR}
        counts.df[n] = Counter({g: df[g] for g in kept})
        counts.cf[n] = Counter({g: cf[g] for g in kept})
        counts.repeats[n] = Counter({g: repeats[g] for g in kept if g in repeats})
        if log:
            print(
                f"  {n}-grams: {len(kept):,} kept in {time.monotonic() - started:.0f} s",
                file=sys.stderr,
            )
    return counts


def extension_tops(
    cf: dict[int, Counter[tuple[int, ...]]],
) -> tuple[dict[tuple[int, ...], list[int]], dict[tuple[int, ...], list[int]]]:
    """For each n-gram, how often its three most frequent one-syllable continuations follow it,
    left and right, counted in occurrences: an article that names a subject ten times meets it
    in many contexts, so counted in articles a subject looked like a fragment of all of them
    ("bộ chính trị", "thẩm quyền", "chức năng" were left out that way)."""
    left: dict[tuple[int, ...], list[int]] = {}
    right: dict[tuple[int, ...], list[int]] = {}
    for n in range(2, MAX_N + 2):
        for gram, count in cf[n].items():
            for side, key in ((left, gram[1:]), (right, gram[:-1])):
                tops = side.setdefault(key, [])
                tops.append(count)
                if len(tops) > TOP_EXTENSIONS:
                    tops.sort(reverse=True)
                    del tops[TOP_EXTENSIONS:]
    return left, right


def _is_fragment(tops: list[int], count: int, max_extension: float) -> bool:
    """A run is a fragment when one continuation follows it most of the time ("nâng cao tinh" ->
    "thần"), or a handful share nearly all of it ("siết chặt kỷ" -> "cương" or "luật")."""
    tops = sorted(tops, reverse=True)
    return bool(tops) and (tops[0] > max_extension * count or sum(tops) > TOP_SHARE * count)


def select_phrases(
    counts: NgramCounts,
    words: list[str],
    stop_edges: frozenset[str],
    stop_endings: frozenset[str],
    min_df: int,
    cohesion: float,
    max_extension: float,
) -> dict[str, tuple[int, int]]:
    """phrase -> (df, repeats)."""
    df, cf = counts.df, counts.cf
    left, right = extension_tops(cf)
    selected: dict[str, tuple[int, int]] = {}
    for n in range(2, MAX_N + 1):
        for gram, count in df[n].items():
            if count < min_df:
                continue
            text = [words[i] for i in gram]
            if text[-1] in stop_endings or _has_stop_edge(text, stop_edges):
                continue
            occurrences = cf[n][gram]
            if _is_fragment(left.get(gram, []), occurrences, max_extension) or _is_fragment(
                right.get(gram, []), occurrences, max_extension
            ):
                continue
            if not all(
                max(count / df[k][gram[:k]], count / df[n - k][gram[k:]]) >= cohesion
                for k in range(1, n)
            ):
                continue
            selected[" ".join(text)] = (count, counts.repeats[n].get(gram, 0))
    return selected


def _has_stop_edge(words: list[str], stop_edges: frozenset[str]) -> bool:
    for k in range(1, len(words)):
        if " ".join(words[:k]) in stop_edges or " ".join(words[-k:]) in stop_edges:
            return True
    return " ".join(words) in stop_edges


def write_resource(
    path: Path,
    phrases: dict[str, tuple[int, int]],
    documents: int,
    args: argparse.Namespace,
    tags: dict[str, list[int]] | None = None,
    lexicon: dict[str, int] | None = None,
) -> None:
    lines = [
        f"# documents\t{documents}",
        f"# built by scripts/build_background_stats.py --min-df {args.min_df} --cohesion {args.cohesion} "
        f"--max-extension {args.max_extension} from {Path(args.corpus).name}",
        "# columns\tphrase, df, repeats (articles having it twice or more)"
        + (
            ", then in tenths of its occurrences: noun-led, verb-led, used as a noun, clean end,"
            " phrase end, adjective-led, one word, lower case"
            if tags is not None
            else ""
        ),
    ]
    if tags is not None:
        lines.append(
            "# a df of 0: a word of pyvi's lexicon, no phrase (see scripts/background_tagging.py)"
        )
    rows: dict[str, tuple[int, int] | None] = {
        **{w: None for w in (lexicon or {}) if w not in phrases},
        **phrases,
    }
    for phrase, counted in sorted(rows.items()):
        if counted is None:
            lines.append(f"{phrase}\t0")
            continue
        count, repeats = counted
        row = (tags or {}).get(phrase)
        if row and row[0]:
            lines.append(f"{phrase}\t{count}\t{repeats}\t" + "\t".join(map(str, shares(row))))
        else:
            lines.append(f"{phrase}\t{count}\t{repeats}")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(".tmp")
    with (
        open(temp, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz,
    ):
        gz.write(data)
    temp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", default=str(DEFAULT_CORPUS), help=".tar.xz archive or folder of .txt files"
    )
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    parser.add_argument(
        "--limit", type=int, default=None, help="only the first N articles (for trials)"
    )
    parser.add_argument("--min-df", type=int, default=8)
    parser.add_argument("--cohesion", type=float, default=0.02)
    parser.add_argument("--max-extension", type=float, default=0.6)
    parser.add_argument(
        "--min-word-df", type=int, default=20, help="pyvi words kept from this many articles on"
    )
    parser.add_argument(
        "--no-tags", action="store_true", help="skip the pyvi pass (no part-of-speech shares)"
    )
    parser.add_argument(
        "--counts-cache",
        default=None,
        help="pickle of the n-gram counts, reused when present (to tune thresholds)",
    )
    parser.add_argument(
        "--tags-cache",
        default=None,
        help="file of pyvi's output per article, reused when present (to tune thresholds)",
    )
    args = parser.parse_args(argv)

    started = time.monotonic()
    corpus = Path(args.corpus)
    cache = Path(args.counts_cache) if args.counts_cache else None
    if cache is not None and cache.exists():
        with open(cache, "rb") as handle:
            documents, words, counts = pickle.load(handle)
    else:
        ids: dict[str, int] = {}
        docs = [document_runs(text, ids) for text in iter_corpus(corpus, args.limit)]
        documents = len(docs)
        words = [""] * len(ids)
        for word, i in ids.items():
            words[i] = word
        print(
            f"{documents:,} articles, {len(ids):,} syllables in {time.monotonic() - started:.0f} s",
            file=sys.stderr,
        )
        counts = count_ngrams(docs, log=True)
        del docs
        if cache is not None:
            with open(cache, "wb") as handle:
                pickle.dump((documents, words, counts), handle, protocol=pickle.HIGHEST_PROTOCOL)

    tags, lexicon = None, None
    with tempfile.TemporaryDirectory() as temp:
        tagged = Path(args.tags_cache) if args.tags_cache else Path(temp) / "pyvi.pickles"
        if not args.no_tags:
            # needs pyvi: a build-time tool only
            from background_tagging import pyvi_pass, read_lexicon, read_tagged, tag_counts

            if tagged.exists():
                seen = read_lexicon(tagged)
            else:
                seen = pyvi_pass(iter_corpus(corpus, args.limit), tagged)
            lexicon = {w: n for w, n in seen.items() if n >= args.min_word_df}
        phrases = select_phrases(
            counts,
            words,
            load_stopwords(),
            load_stop_endings(),
            args.min_df,
            args.cohesion,
            args.max_extension,
        )
        if not args.no_tags:
            tags = tag_counts(iter_corpus(corpus, args.limit), read_tagged(tagged), phrases)
    write_resource(Path(args.out), phrases, documents, args, tags, lexicon)
    print(
        f"{len(phrases):,} phrases written to {args.out} in {time.monotonic() - started:.0f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
