"""Which background phrases may be salient: whole noun phrases by pyvi's tags of their news occurrences."""

from __future__ import annotations

from collections.abc import Mapping

# % noun-led, verb-led, used as a noun, clean end, phrase end, adjective-led, one word, lower case
Shape = tuple[int, int, int, int, int, int, int, int]
VERB_LED, NOMINAL, CLEAN_END, PHRASE_END, ONE_WORD, LOWER_CASE = 1, 2, 3, 4, 6, 7

# Light nouns: heads that make an event, an act or a field of what follows them ("việc kê
# khai tài sản", "nạn phá rừng", "hoạt động sản xuất", "tình hình thực tiễn"), longest first.
LIGHT_NOUNS = (
    "công tác",
    "vấn đề",
    "hoạt động",
    "nhiệm vụ",
    "tình trạng",
    "tình hình",
    "hành vi",
    "việc",
    "sự",
    "cuộc",
    "nạn",
    "vụ",
)

# A phrase must end on a content word in most of its occurrences ("mang lại những", "phát huy
# hơn nữa" do not).
MIN_CLEAN_END = 60
# Led by a noun this often (and no less often than by a verb or an adjective together), it is a
# noun phrase ("đạo đức công vụ", "tinh thần trách nhiệm").
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
# A phrase pyvi writes as one word at least this often (in whole percent) is a word; a verb
# pyvi calls an adjective this often or more is a quality, not a matter.
MIN_ONE_WORD = 50
MAX_ADJECTIVE_OF_A_VERB = 10


def is_noun_phrase(key: str, shape: Shape | None, df: Mapping[str, int]) -> bool:
    """Whether a background phrase (its syllables.phrase_key) may be shown as a salient phrase."""
    if shape is None:
        return True  # statistics built without tags: trust the phrase
    noun, verb, nominal, clean_end, _phrase_end, adjective, one_word, _lower = shape
    if clean_end < MIN_CLEAN_END:
        return False
    if noun >= MIN_NOUN_LED and noun >= verb + adjective:
        # a noun more often than a predicate: a word pyvi calls a noun, a verb and an adjective
        # by turns describes ("nữ tính", "quyết đoán", "khó khăn")
        return True
    syllables = key.split(" ")
    if len(syllables) == 2:
        # one word: a particular verb may name the matter ("kê khai", "đền bù", "suy thoái"), a
        # common one does not ("thúc đẩy", "sáng tạo", "phấn đấu"); an adjective never, nor a
        # verb pyvi ever calls an adjective ("hóm hỉnh", "quyết đoán": it describes). Two
        # words, a verb and what it does or how ("tăng nhẹ", "bán ròng", "mua nhà"), only when
        # the news names them as an event ("nạn phá rừng", "việc ...")
        if verb < 50 or df[key] > MAX_DF_OF_A_VERB:
            return False
        if one_word >= MIN_ONE_WORD:
            return adjective < MAX_ADJECTIVE_OF_A_VERB
        return nominal >= MIN_NOMINAL
    return _verb_phrase_as_term(key, syllables, nominal, df)


def _verb_phrase_as_term(
    key: str, syllables: list[str], nominal: int, df: Mapping[str, int]
) -> bool:
    if nominal >= MIN_NOMINAL:
        return True
    first_word = df.get(" ".join(syllables[:2]))
    return first_word is not None and df[key] >= MIN_SHARE_OF_FIRST_WORD * first_word
