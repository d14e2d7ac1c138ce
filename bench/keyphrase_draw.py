"""Draw the fresh held-out articles of the key-phrase set from the corpus, by topic terms and a fixed seed.

    .venv/bin/python bench/keyphrase_draw.py [--corpus /tmp/corpus/data]

Prints the drawn file names, one per line, with the group each came from (--other-subjects:
the ten articles on sport, economy and culture the generalisation check reads). The draw only reads
the corpus: it never runs an extractor, so the gold lists can be written before anything else
sees the articles (tests/data/keyphrases/README.md, "Fresh held-out set").
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from keyphrase_eval import EVAL_DIR

SEED = 2027
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


def already_in_set() -> set[str]:
    text = (EVAL_DIR / "gold.txt").read_text(encoding="utf-8")
    # the first draw's articles only: the fresh ones are what this script drew
    return set(re.findall(r"^## corpus/(\S+)(?! \[fresh\])\s*(?:\[held-out\])?$", text, flags=re.M))


def draw(corpus: Path) -> list[tuple[str, str]]:
    taken = already_in_set()
    groups: dict[str, list[str]] = {g: [] for g in GROUPS}
    for path in sorted(corpus.glob("*.txt")):
        if path.name in taken:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if not MIN_CHARS <= len(text) <= MAX_CHARS:
            continue
        if sum(term in text for term in TERMS) < 3:
            continue
        group = next((g for g in GROUPS if text.count(g) >= 2), None)
        if group is not None:
            groups[group].append(path.name)
    print("group sizes:", {g: len(p) for g, p in groups.items()}, file=sys.stderr)
    rng = random.Random(SEED)
    drawn: list[tuple[str, str]] = []
    for group in GROUPS:
        pool = groups[group]
        for name in rng.sample(pool, min(PER_GROUP, len(pool))):
            drawn.append((name, group))
    return drawn


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
        "--other-subjects",
        action="store_true",
        help="draw the ten articles on other subjects (sport, economy, culture) instead",
    )
    args = parser.parse_args()
    drawn = draw_other_subjects(args.corpus) if args.other_subjects else draw(args.corpus)
    for name, group in drawn:
        print(f"{name}\t{group}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
