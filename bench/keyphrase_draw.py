"""Draw the fresh and blind held-out articles of the key-phrase set from the corpus, by topic terms and a fixed seed.

    .venv/bin/python bench/keyphrase_draw.py [--corpus /tmp/corpus/data] [--blind | --other-subjects]

Prints the drawn file names, one per line, with the group each came from (--blind: the third,
blind set, drawn by another seed among the articles no part of the set or the other-subjects
check holds; --other-subjects: the ten articles on sport, economy and culture the generalisation
check reads). The draw only reads the corpus: it never runs an extractor, so the gold lists can
be written before anything else sees the articles (tests/data/keyphrases/README.md, "Fresh
held-out set", "Blind set").
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from keyphrase_eval import EVAL_DIR

SEED = 2027
BLIND_SEED = 2029
PER_GROUP = 2
MIN_CHARS, MAX_CHARS = 1_500, 5_000
# public administration and Party work, other terms than the first draw's (cải cách hành
# chính, Chỉ thị 05, chi bộ...), so the fresh set widens the subjects instead of repeating them
TERMS = (
    "tiếp công dân",
    "kiểm tra, giám sát",
    "tinh giản biên chế",
    "dân vận",
    "Mặt trận Tổ quốc",
    "tổ chức cơ sở đảng",
    "khiếu nại, tố cáo",
    "HĐND",
    "xây dựng Đảng",
    "cán bộ",
    "đảng viên",
    "UBND",
)
GROUPS = TERMS[:7]  # a group is the first of these the article repeats at least twice
# The blind set: the fresh draw's pools held 15 articles not yet used, so the blind draw takes
# the terms of both earlier draws (tests/data/keyphrases/README.md) and one article per group
# in turn, groups in this order, until ten are drawn.
BLIND_GROUPS = (
    *GROUPS,
    "cải cách hành chính",
    "thủ tục hành chính",
    "Chỉ thị 05",
    "chi bộ",
    "Đảng ủy",
    "Đảng bộ",
    "cán bộ, công chức",
)
BLIND_TERMS = (*TERMS, *BLIND_GROUPS[7:], "Nghị quyết", "công chức")
BLIND_SIZE = 10


def already_in_set() -> set[str]:
    text = (EVAL_DIR / "gold.txt").read_text(encoding="utf-8")
    # the first draw's articles only: the fresh ones are what this script drew
    return set(re.findall(r"^## corpus/(\S+)(?! \[fresh\])\s*(?:\[held-out\])?$", text, flags=re.M))


def used_before_blind() -> set[str]:
    """Every article of the set and of the other-subjects check but the blind ones (what the
    blind draw drew), so the draw gives the same list once they are in the set."""
    text = (EVAL_DIR / "gold.txt").read_text(encoding="utf-8")
    heads = re.findall(r"^## corpus/(\S+)(.*)$", text, flags=re.M)
    taken = {name for name, marks in heads if "[blind]" not in marks}
    other = (EVAL_DIR / "other_subjects.txt").read_text(encoding="utf-8")
    return taken | set(re.findall(r"^corpus/(\S+)\t", other, flags=re.M))


def draw(corpus: Path) -> list[tuple[str, str]]:
    groups = _pools(corpus, already_in_set(), TERMS, GROUPS)
    rng = random.Random(SEED)
    drawn: list[tuple[str, str]] = []
    for group in GROUPS:
        pool = groups[group]
        for name in rng.sample(pool, min(PER_GROUP, len(pool))):
            drawn.append((name, group))
    return drawn


def draw_blind(corpus: Path) -> list[tuple[str, str]]:
    groups = _pools(corpus, used_before_blind(), BLIND_TERMS, BLIND_GROUPS)
    rng = random.Random(BLIND_SEED)
    pools = {g: rng.sample(p, len(p)) for g, p in groups.items()}  # each pool in a drawn order
    drawn: list[tuple[str, str]] = []
    while len(drawn) < BLIND_SIZE and any(pools.values()):
        for group in BLIND_GROUPS:
            if pools[group] and len(drawn) < BLIND_SIZE:
                drawn.append((pools[group].pop(0), group))
    return drawn


def _pools(
    corpus: Path, taken: set[str], terms: tuple[str, ...], group_terms: tuple[str, ...]
) -> dict[str, list[str]]:
    """Articles of 1,500-5,000 characters not taken, having three of `terms`, by the first of
    `group_terms` each repeats at least twice."""
    groups: dict[str, list[str]] = {g: [] for g in group_terms}
    for path in sorted(corpus.glob("*.txt")):
        if path.name in taken:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if not MIN_CHARS <= len(text) <= MAX_CHARS:
            continue
        if sum(term in text for term in terms) < 3:
            continue
        group = next((g for g in group_terms if text.count(g) >= 2), None)
        if group is not None:
            groups[group].append(path.name)
    print("group sizes:", {g: len(p) for g, p in groups.items()}, file=sys.stderr)
    return groups


# Other subjects than public administration, to see how the method does away from its home:
# an article belongs to the first subject two of whose words it has, and has none of TERMS.
OTHER_SEED = 2028
OTHER_SUBJECTS = {
    "thể thao": ("bóng đá", "HLV", "trận đấu", "giải đấu", "cầu thủ", "vô địch"),
    "kinh tế": ("thị trường", "lãi suất", "chứng khoán", "xuất khẩu", "giá vàng", "cổ phiếu"),
    "văn hóa": ("nghệ sĩ", "ca sĩ", "bộ phim", "lễ hội", "khán giả", "triển lãm"),
}
OTHER_PER_SUBJECT = (4, 3, 3)


def draw_other_subjects(corpus: Path) -> list[tuple[str, str]]:
    taken = already_in_set()
    pools: dict[str, list[str]] = {s: [] for s in OTHER_SUBJECTS}
    for path in sorted(corpus.glob("*.txt")):
        if path.name in taken:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if not MIN_CHARS <= len(text) <= MAX_CHARS or any(t in text for t in TERMS):
            continue
        subject = next(
            (s for s, words in OTHER_SUBJECTS.items() if sum(w in text for w in words) >= 2),
            None,
        )
        if subject is not None:
            pools[subject].append(path.name)
    rng = random.Random(OTHER_SEED)
    drawn: list[tuple[str, str]] = []
    for subject, count in zip(OTHER_SUBJECTS, OTHER_PER_SUBJECT, strict=True):
        drawn += [(name, subject) for name in rng.sample(pools[subject], count)]
    return drawn


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/corpus/data"))
    parser.add_argument(
        "--blind",
        action="store_true",
        help="draw the third, blind set (seed 2029) among the articles not used before",
    )
    parser.add_argument(
        "--other-subjects",
        action="store_true",
        help="draw the ten articles on other subjects (sport, economy, culture) instead",
    )
    args = parser.parse_args()
    if args.other_subjects:
        drawn = draw_other_subjects(args.corpus)
    elif args.blind:
        drawn = draw_blind(args.corpus)
    else:
        drawn = draw(args.corpus)
    for name, group in drawn:
        print(f"{name}\t{group}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
