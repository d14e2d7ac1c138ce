"""Which background phrases may be salient: whole noun phrases by pyvi's tags of their news occurrences."""

from __future__ import annotations

from collections.abc import Mapping

Shape = tuple[
    int, int, int, int, int
]  # % noun-led, verb-led, used as a noun, clean end, phrase end

# A phrase must end on a content word in most of its occurrences ("mang lại những", "phát huy
# hơn nữa" do not).
MIN_CLEAN_END = 60
# Led by a noun this often (and no less often than by a verb), it is a noun phrase ("đạo đức
# công vụ", "tinh thần trách nhiệm").
MIN_NOUN_LED = 30
# Led by a verb or an adjective, a phrase of two words or more is a verb phrase or a fragment
# ("triển khai thực hiện", "chủ động phối hợp", "lớn của Đảng") unless it is a term: at least
# a fifth of the news having its first word has it whole (near a quarter of the news with
# "cải cách" goes on with "hành chính"; "phát huy" goes on with "hơn nữa vai trò" in one in a
# hundred), or the news uses it as a noun at least half the time ("công tác phòng chống tham
# nhũng").
MIN_SHARE_OF_FIRST_WORD = 0.2
MIN_NOMINAL = 50
# A verb alone is a key phrase only when particular: in at most this many of the 35,440 news
# articles (about 1.4 %).
MAX_DF_OF_A_VERB = 500


def is_noun_phrase(key: str, shape: Shape | None, df: Mapping[str, int]) -> bool:
    """Whether a background phrase (its syllables.phrase_key) may be shown as a salient phrase."""
    if shape is None:
        return True  # statistics built without tags: trust the phrase
    noun, verb, nominal, clean_end, _phrase_end = shape
    if clean_end < MIN_CLEAN_END:
        return False
    if noun >= MIN_NOUN_LED and noun >= verb:
        return True
    syllables = key.split(" ")
    if len(syllables) == 2:
        # one word: a particular verb may name the matter ("kê khai", "đền bù", "suy thoái"), a
        # common one does not ("thúc đẩy", "sáng tạo", "phấn đấu"); an adjective never
        return verb >= 50 and df[key] <= MAX_DF_OF_A_VERB
    return _verb_phrase_as_term(key, syllables, nominal, df)


def _verb_phrase_as_term(
    key: str, syllables: list[str], nominal: int, df: Mapping[str, int]
) -> bool:
    if nominal >= MIN_NOMINAL:
        return True
    first_word = df.get(" ".join(syllables[:2]))
    return first_word is not None and df[key] >= MIN_SHARE_OF_FIRST_WORD * first_word
