"""Key phrases of an article (glossary terms, document references, salient phrases), the citation
index across the library, and the user's glossary."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.article import ArticleMeta
from desktop.domain.errors import UserError
from desktop.domain.message import Message
from desktop.services import events
from desktop.services.transactional import transactional
from desktop.text.document_refs import find_document_refs, same_document
from desktop.text.keyphrases.glossary import GlossaryTerm, format_glossary, parse_glossary, term_key
from desktop.text.keyphrases.glossary_matcher import GlossaryMatcher
from desktop.text.keyphrases.names import ABBREVIATION, BODY, PERSON, PLACE
from desktop.text.keyphrases.ranking import (
    DOCUMENT_REF,
    GLOSSARY,
    KINDS,
    SALIENT,
    RankedPhrase,
    rank_keyphrases,
)
from desktop.text.keyphrases.user_glossary import UserGlossary

if TYPE_CHECKING:
    from desktop.services.container import Services

KIND_LABELS = {
    GLOSSARY: Message("Thuật ngữ"),
    DOCUMENT_REF: Message("Văn bản được dẫn"),
    SALIENT: Message("Cụm từ nổi bật"),
}
GROUP_LABELS = {
    PERSON: Message("Tên người"),
    BODY: Message("Cơ quan, tổ chức"),
    PLACE: Message("Địa danh"),
    ABBREVIATION: Message("Viết tắt"),
}

USER_TERMS_SETTING = "keyphrases.user_terms"
HIDDEN_TERMS_SETTING = "keyphrases.hidden_terms"
VISIBLE_KINDS_SETTING = "keyphrases.visible_kinds"
SALIENT_LIMIT = 12  # phrases listed and highlighted per article: more stops being "at a glance"
TOP_DEFAULT = 10  # the article's key phrases, all kinds together
# Layers on at first start: the article's key phrases and the cited documents. Every glossary
# term underlined made a quarter of an article look marked ("Cuộc họp", "đẩy mạnh"); the
# glossary layer is one click away.
DEFAULT_VISIBLE_KINDS = (DOCUMENT_REF, SALIENT)
_CACHE_SIZE = 64
MAX_GLOSSARY_FILE_BYTES = 5_000_000


@dataclass(frozen=True)
class KeyPhrase:
    kind: str  # GLOSSARY | DOCUMENT_REF | SALIENT
    text: str  # what to show: the term, the document's canonical name, the phrase as written
    score: float  # how key to the article, comparable across kinds (text.keyphrases.ranking)
    spans: tuple[tuple[int, int], ...]  # code points of the clean text, in text order
    key: str  # canonical document key, glossary term, or salient phrase key
    group: str = ""  # glossary group, document kind ("Chỉ thị"), or a name's GROUP_LABELS key
    user: bool = False  # a glossary term the user added
    rank: int = 0  # 1 for the article's first key phrase, and so on

    @property
    def count(self) -> int:
        return len(self.spans)


class KeyphraseService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._store = services.store
        self._glossary: UserGlossary | None = None
        self._matcher: GlossaryMatcher | None = None
        self._keys_of_terms: frozenset[str] = frozenset()
        self._cache: OrderedDict[str, tuple[str, list[KeyPhrase]]] = OrderedDict()
        services.events.subscribe(events.ARTICLES_CHANGED, self._on_articles_changed)
        services.events.subscribe(events.LIBRARY_REPLACED, self._on_library_replaced)

    # --- events ------------------------------------------------------------------------------
    def _on_articles_changed(self, ids: tuple[str, ...]) -> None:
        for article_id in ids:
            self._cache.pop(article_id, None)

    def _on_library_replaced(self) -> None:
        self._glossary = None
        self._matcher = None
        self._cache.clear()

    # --- key phrases -------------------------------------------------------------------------
    def statistics_loaded(self) -> bool:
        """Whether salient phrases can be computed without first reading the background statistics."""
        from desktop.text.keyphrases import background

        return background.is_loaded()

    def load_statistics(self) -> None:
        """Read the background statistics now (thread-safe): the GUI does it off its thread."""
        from desktop.text.keyphrases.background import background_stats

        background_stats()

    def keyphrases(
        self, article_id: str, kinds: tuple[str, ...] = KINDS, *, load_statistics: bool = True
    ) -> list[KeyPhrase]:
        """The article's key phrases: document references and glossary terms in text order, then
        salient phrases best first. Salient phrases already shown as a term or a reference are left out.

        With `load_statistics=False` and the statistics not read yet, salient phrases are left out
        (and nothing is cached) rather than making the caller wait for the first read."""
        if not load_statistics and SALIENT in kinds and not self.statistics_loaded():
            article = self._services.library.get_article(article_id)
            partial = self._compute(article.clean_text, article.meta.title, with_salient=False)
            return [p for p in partial if p.kind in kinds]
        return [p for p in _shown(self._all_keyphrases(article_id)) if p.kind in kinds]

    def _all_keyphrases(self, article_id: str) -> list[KeyPhrase]:
        """Every key phrase of the article, salient ones without limit, cached per content."""
        meta = self._services.library.get_meta(article_id)
        cached = self._cache.get(article_id)
        if cached is None or cached[0] != meta.content_key:
            article = self._services.library.get_article(article_id)
            cached = (meta.content_key, self._compute(article.clean_text, meta.title))
            self._cache[article_id] = cached
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(article_id)
        return cached[1]

    def top_keyphrases(self, article_id: str, top: int = TOP_DEFAULT) -> list[KeyPhrase]:
        """The article's key phrases as a reader would name them, all kinds together, best first."""
        ranked = sorted((p for p in self._all_keyphrases(article_id) if p.rank), key=lambda p: p.rank)
        return ranked[:top]

    def keyphrases_of_text(self, text: str, title: str = "") -> list[KeyPhrase]:
        """The same for a text not (yet) in the library."""
        return _shown(self._compute(text, title))

    def _compute(self, text: str, title: str, *, with_salient: bool = True) -> list[KeyPhrase]:
        """Every reference, term, salient phrase and name, each with its rank in the one list."""
        from desktop.text.keyphrases.background import background_stats  # read on first use

        ranked = rank_keyphrases(
            text,
            title=title,
            refs=find_document_refs(text),
            terms=self._glossary_matcher().find(text),
            stats=background_stats() if with_salient else None,
        )
        users = {t.text for t in self._glossary_matcher().terms if t.user}
        phrases = [_key_phrase(p, rank, p.text in users) for rank, p in enumerate(ranked, start=1)]
        # references and terms in text order, then salient phrases and names best first
        phrases.sort(
            key=lambda p: (p.kind == SALIENT, p.rank if p.kind == SALIENT else p.spans[0][0])
        )
        return phrases

    # --- citations ---------------------------------------------------------------------------
    def articles_citing(self, canonical: str) -> list[ArticleMeta]:
        """Every article citing that document, newest first: written the same way, or loosely
        ("Chỉ thị 05" for "Chỉ thị 05-CT/TW"; see `document_refs.same_document`)."""
        citing = [
            m
            for m in self._services.library.list_articles()
            if any(same_document(canonical, k) for k in m.doc_refs)
        ]
        citing.sort(key=lambda m: (m.published or "", m.title), reverse=True)
        return citing

    def citation_counts(self) -> dict[str, int]:
        """Canonical key -> number of articles citing it exactly, over the whole library."""
        counts: dict[str, int] = {}
        for meta in self._services.library.list_articles():
            for key in set(meta.doc_refs):
                counts[key] = counts.get(key, 0) + 1
        return counts

    # --- which kinds the reader shows (remembered per library) -------------------------------
    def visible_kinds(self) -> tuple[str, ...]:
        stored = self._store.get_setting(VISIBLE_KINDS_SETTING, list(DEFAULT_VISIBLE_KINDS))
        return tuple(k for k in KINDS if k in (stored or []))

    def set_visible_kinds(self, kinds: tuple[str, ...]) -> None:
        self._store.put_setting(VISIBLE_KINDS_SETTING, [k for k in KINDS if k in kinds])

    # --- glossary ----------------------------------------------------------------------------
    def _user_glossary(self) -> UserGlossary:
        if self._glossary is None:
            self._glossary = UserGlossary.from_settings(
                self._store.get_setting(USER_TERMS_SETTING, []),
                self._store.get_setting(HIDDEN_TERMS_SETTING, []),
            )
        return self._glossary

    def _glossary_matcher(self) -> GlossaryMatcher:
        if self._matcher is None:
            self._matcher = GlossaryMatcher(self._user_glossary().effective_terms())
            self._keys_of_terms = frozenset(term_key(t.text) for t in self._matcher.terms)
        return self._matcher

    def _term_keys(self) -> frozenset[str]:
        self._glossary_matcher()
        return self._keys_of_terms

    @transactional()  # the terms and the hidden ones: one write of library.json
    def _save_glossary(self, glossary: UserGlossary) -> None:
        self._store.put_setting(USER_TERMS_SETTING, glossary.terms_setting())
        self._store.put_setting(HIDDEN_TERMS_SETTING, glossary.hidden_setting())
        self._glossary = glossary
        self._matcher = None
        self._cache.clear()
        self._services.events.publish(events.GLOSSARY_CHANGED)

    def glossary_terms(self) -> list[GlossaryTerm]:
        """Every term in use: the user's first, then the shipped ones not hidden."""
        return self._user_glossary().effective_terms()

    def user_terms(self) -> list[GlossaryTerm]:
        return list(self._user_glossary().terms)

    def hidden_terms(self) -> list[GlossaryTerm]:
        """Shipped terms the user removed (they can be added back)."""
        from desktop.text.keyphrases.glossary import load_shipped_glossary

        hidden = self._user_glossary().hidden
        return [t for t in load_shipped_glossary() if term_key(t.text) in hidden]

    def groups(self) -> list[str]:
        return list(dict.fromkeys(t.group for t in self.glossary_terms()))

    def is_term(self, text: str) -> bool:
        return term_key(text) in self._term_keys()

    def add_term(self, text: str, group: str = "") -> GlossaryTerm:
        """Add a term (or bring back a hidden shipped one); UserError if empty or already there."""
        glossary, term = self._user_glossary().with_term(text, group)
        self._save_glossary(glossary)
        return term

    def remove_term(self, text: str) -> GlossaryTerm:
        """Remove a user term or hide a shipped one; returns it, so an undo can add it back."""
        glossary, term = self._user_glossary().without_term(text)
        self._save_glossary(glossary)
        return term

    def set_term_group(self, text: str, group: str) -> GlossaryTerm:
        glossary, term = self._user_glossary().with_group(text, group)
        self._save_glossary(glossary)
        return term

    def import_glossary(self, path: Path) -> tuple[int, int]:
        """Add the terms of a glossary text file: (added, skipped as already present)."""
        path = Path(path)
        try:
            if path.stat().st_size > MAX_GLOSSARY_FILE_BYTES:
                raise UserError(Message("Tệp “{name}” quá lớn để là một bảng thuật ngữ.", code="file_too_large", name=path.name))
            data = path.read_bytes()
        except OSError as exc:
            raise UserError(Message("Không đọc được tệp “{name}”.", code="read_failed", name=path.name), detail=str(exc)) from exc
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UserError(
                Message("Tệp “{name}” không phải văn bản UTF-8.", code="not_utf8", name=path.name), detail=str(exc)
            ) from exc
        terms = parse_glossary(text)
        if not terms:
            raise UserError(
                Message("Tệp “{name}” không có thuật ngữ nào (mỗi dòng một thuật ngữ).", code="no_terms", name=path.name)
            )
        glossary, added, skipped = self._user_glossary().with_imported(terms)
        if added:
            self._save_glossary(glossary)
        return added, skipped

    def export_glossary(self, path: Path, *, include_shipped: bool = False) -> int:
        """Write the user's terms (or every term in use) as a text file `import_glossary` reads."""
        from desktop.storage.atomic_write import atomic_write_bytes

        terms = self.glossary_terms() if include_shipped else self.user_terms()
        header = (
            'Bảng thuật ngữ Trích Dẫn. "## Nhóm" mở một nhóm; mỗi dòng sau đó là một thuật ngữ.'
        )
        try:
            atomic_write_bytes(Path(path), format_glossary(terms, header=header).encode("utf-8"))
        except OSError as exc:
            raise UserError(
                Message("Không ghi được tệp “{name}”.", code="write_failed", name=Path(path).name), detail=str(exc)
            ) from exc
        return len(terms)


def _shown(phrases: list[KeyPhrase]) -> list[KeyPhrase]:
    """Every reference and term, and the first SALIENT_LIMIT salient phrases and names."""
    salient = [p for p in phrases if p.kind == SALIENT][:SALIENT_LIMIT]
    return [p for p in phrases if p.kind != SALIENT] + salient


def _key_phrase(p: RankedPhrase, rank: int, user: bool) -> KeyPhrase:
    return KeyPhrase(p.kind, p.text, p.score, p.spans, p.key, p.group, user, rank)
