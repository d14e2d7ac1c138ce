"""Run a parsed query against the index: SQL filters, BM25 ranking, confirmed hits, snippets."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial

from desktop.domain.message import Message
from desktop.search.filters import matching_numbers, matching_sources, resolve_tags
from desktop.search.fts_query import MatchPlan, plan_match
from desktop.search.index import (
    TAG_JOINER,
    SearchIndex,
)
from desktop.search.matcher import QueryMatcher, TermMatcher
from desktop.search.proximity import TOGETHER, tier_expressions
from desktop.search.query import ParsedQuery
from desktop.search.results import AnnotationHit, ArticleHit, SearchResults
from desktop.search.snippets import make_snippet

# BM25 weights: a hit in a title counts more than one in the body; quotes more than notes.
DOC_WEIGHTS = "4.0, 4.0, 1.0, 1.0"
NOTE_WEIGHTS = "2.0, 2.0, 1.0, 1.0, 1.5, 1.5"
# Results whose words stand together as typed come first, then those with the words near each
# other (proximity.py), each tier by BM25: a tier adds more to the rank than BM25 ever spans.
TIER_RANK = 1000.0


@dataclass
class _Where:
    sql: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)
    impossible: bool = False

    def add(self, sql: str, *params: object) -> None:
        self.sql.append(sql)
        self.params.extend(params)

    def text(self) -> str:
        return " AND ".join(self.sql) if self.sql else "1"


def _marks(n: int) -> str:
    return ",".join("?" * n)


class Searcher:
    def __init__(self, index: SearchIndex, query: ParsedQuery, numbers: Mapping[str, str] | None = None) -> None:
        """`numbers`: article id -> official document number, for `số:` (kept in the library's
        metadata, not in the index)."""
        self.index = index
        self.query = query
        self._numbers = numbers or {}
        self.matcher = QueryMatcher(query)
        self.notices: list[str] = []
        self._plans: dict[str, MatchPlan] = {}
        self._tiers = tier_expressions(query)
        self._keys_memo: dict[str, list[str]] = {}
        self._doc_where = _Where()
        self._note_where = _Where()
        self._build_filters()

    # --- filters -------------------------------------------------------------------
    def _build_filters(self) -> None:
        q = self.query
        for where in (self._doc_where, self._note_where):
            if q.sources or q.excluded_sources:
                sources = self.index.distinct_sources()
                if q.sources:
                    wanted = matching_sources(q.sources, sources)
                    if not wanted:
                        where.impossible = True
                    where.add(f"d.source IN ({_marks(len(wanted))})", *sorted(wanted))
                if q.excluded_sources:
                    unwanted = matching_sources(q.excluded_sources, sources)
                    where.add(f"d.source NOT IN ({_marks(len(unwanted))})", *sorted(unwanted))
            if q.numbers:
                ids = sorted(matching_numbers(q.numbers, self._numbers))
                if not ids:
                    where.impossible = True
                where.add(f"d.id IN ({_marks(len(ids))})", *ids)
            if q.excluded_numbers:
                ids = sorted(matching_numbers(q.excluded_numbers, self._numbers))
                where.add(f"d.id NOT IN ({_marks(len(ids))})", *ids)
            for r in q.dates:
                where.add("d.published IS NOT NULL")
                if r.start:
                    where.add("d.published >= ?", r.start)
                if r.end:
                    where.add("d.published < ?", r.end)
            for r in q.excluded_dates:
                inside = " AND ".join(
                    x for x in ("d.published >= ?" if r.start else "", "d.published < ?" if r.end else "") if x
                ) or "1"
                where.add(f"(d.published IS NULL OR NOT ({inside}))", *[v for v in (r.start, r.end) if v])
        if not (q.tags or q.excluded_tags):
            return
        names = self.index.tag_names()
        groups, unknown = resolve_tags(q.tags, names)
        excluded_groups, _ = resolve_tags(q.excluded_tags, names)
        for value in unknown:
            self.notices.append(Message("Không có thẻ nào tên “{name}”.", code="unknown_tag", name=value))
        tagged_notes = "SELECT note_rowid FROM note_tags WHERE tag_id IN ({})"
        tagged_docs = "SELECT n.article_id FROM notes n JOIN note_tags t ON t.note_rowid = n.rowid WHERE t.tag_id IN ({})"
        for group, negated in [(g, False) for g in groups] + [(g, True) for g in excluded_groups]:
            if not group and not negated:
                self._doc_where.impossible = self._note_where.impossible = True
            ids = sorted(group)
            op = "NOT IN" if negated else "IN"
            self._note_where.add(f"n.rowid {op} ({tagged_notes.format(_marks(len(ids)))})", *ids)
            self._doc_where.add(f"d.id {op} ({tagged_docs.format(_marks(len(ids)))})", *ids)

    # --- candidates ----------------------------------------------------------------
    def _spelling_keys(self, folded: str) -> list[str]:
        if folded not in self._keys_memo:
            self._keys_memo[folded] = self.index.spelling_keys(folded)
        return self._keys_memo[folded]

    def _plan(self, fts: str) -> MatchPlan:
        if fts not in self._plans:
            self._plans[fts] = plan_match(self.query, expand=self._spelling_keys, complete=self.index.folded_completions)
        return self._plans[fts]

    def _matching(
        self, fts: str, columns: str, where: _Where, fts_only: bool = False, match: str | None = None
    ) -> tuple[str, list[object]]:
        """SELECT `columns` of every matching row (aliases: d, t for articles, n, d for notes).
        With `fts_only` and no filter the FTS table is read alone: no row of another table
        touched (then `columns` may name only rowid and the rank). `match` narrows the
        query's own expression to one proximity tier."""
        plan = self._plan(fts)
        match = match or plan.match
        if match and fts_only and not where.sql:
            return f"SELECT {columns} FROM {fts} WHERE {fts} MATCH ?", [match]
        if match:
            sql = f"SELECT {columns} FROM {fts} JOIN {self._join(fts)} WHERE {fts} MATCH ? AND {where.text()}"
            return sql, [match, *where.params]
        extra, params = "", list(where.params)
        if plan.excluded_match:
            alias = "d" if fts == "doc_fts" else "n"
            extra = f" AND {alias}.rowid NOT IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)"
            params.append(plan.excluded_match)
        return f"SELECT {columns} FROM {self._from(fts)} WHERE {where.text()}{extra}", params

    def _tier_matches(self, fts: str) -> list[str]:
        """The query's expression narrowed to each proximity tier, best first: the words
        together as typed, near each other, anywhere. Each holds the one before it."""
        match = self._plan(fts).match or ""
        if self._tiers is None:
            return [match]
        tiers = self._tiers
        if tiers.exact:
            # The narrower expressions imply the query (and rank the same words): SQLite is
            # spared matching it beside them.
            return [tiers.together, tiers.near, match]
        return [f"({match}) AND ({tiers.together})", f"({match}) AND ({tiers.near})", match]

    def _rows(self, fts: str, base: str, weights: str, where: _Where, order: str, limit: int | None) -> list[tuple]:
        """(*base, rank) of the matching rows, best first; `base` "d.rowid"/"n.rowid" alone
        lets SQLite rank from the FTS table only."""
        if self._plan(fts).match:
            fts_only = base.count(",") == 0 and not where.sql
            columns = f"{'rowid' if fts_only else base}, bm25({fts}, {weights}) AS r"
            # Each tier is ranked only as far as the list needs: when the words together fill
            # it (the usual case for a phrase typed without quotes), the wider tiers are never
            # ranked. A tier holds the rows already taken (all of the tier before, which fell
            # short), so asking for that many more rows is enough.
            found: list[tuple] = []
            taken: set[object] = set()
            for tier, match in enumerate(self._tier_matches(fts)):
                need = None if limit is None else limit - len(found)
                if need is not None and need <= 0:
                    break
                sql, params = self._matching(fts, columns, where, fts_only, match)
                tail = f" LIMIT {int(need) + len(taken)}" if need is not None else ""
                rows = [r for r in self.index.conn.execute(f"{sql} ORDER BY r{tail}", params) if r[0] not in taken]
                rows = rows[:need] if need is not None else rows
                found += [(*row[:-1], row[-1] + tier * TIER_RANK) for row in rows]
                taken.update(row[0] for row in rows)
            return found
        tail = f" LIMIT {int(limit)}" if limit is not None else ""
        sql, params = self._matching(fts, f"{base}, 0.0", where)
        return self.index.conn.execute(f"{sql} ORDER BY {order}{tail}", params).fetchall()

    def _top_and_count(self, fts: str, rowid: str, weights: str, where: _Where, order: str, limit: int) -> tuple[list[tuple], int]:
        """The best `limit` (rowid, rank) rows and how many match. SQLite ranks and keeps the
        best in a heap: neither every match nor a sort of them leaves it."""
        plan = self._plan(fts)
        if plan.match and plan.dear and self._tiers is None:
            # Ranked matches kept in a temporary table and counted there: no second match.
            fts_only = not where.sql
            columns = f"{'rowid' if fts_only else rowid} AS id, bm25({fts}, {weights}) AS r"
            sql, params = self._matching(fts, columns, where, fts_only)
            rows = self.index.conn.execute(
                f"WITH m AS MATERIALIZED ({sql}) SELECT id, r, (SELECT count(*) FROM m) FROM m ORDER BY r LIMIT {int(limit)}",
                params,
            ).fetchall()
            return [(i, r) for i, r, _ in rows], (rows[0][2] if rows else 0)
        top = self._rows(fts, rowid, weights, where, order, limit)
        if len(top) < limit:
            return top, len(top)
        # A second pass that only counts: it scores nothing, so it costs a fraction of ranking.
        sql, params = self._matching(fts, "count(*)", where, fts_only=True)
        return top, int(self.index.conn.execute(sql, params).fetchone()[0])

    @staticmethod
    def _join(fts: str) -> str:
        if fts == "doc_fts":
            return "docs d ON d.rowid = doc_fts.rowid JOIN doc_texts t ON t.rowid = d.rowid"
        return "notes n ON n.rowid = note_fts.rowid JOIN docs d ON d.id = n.article_id"

    @staticmethod
    def _from(fts: str) -> str:
        return "docs d JOIN doc_texts t ON t.rowid = d.rowid" if fts == "doc_fts" else "notes n JOIN docs d ON d.id = n.article_id"

    def _maybe_excluded(self, fts: str, plan: MatchPlan) -> list[tuple[TermMatcher, set[int]]]:
        """For exclusions only Python can confirm: the rows that might contain them."""
        out = []
        for term, expr in plan.checked_excluded:
            rows = {r[0] for r in self.index.conn.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ?", (expr,))}
            out.append((TermMatcher(term), rows))
        return out

    def _confirmed(self, fts: str, rows: list[tuple], fields: slice) -> Iterator[tuple]:
        """Rows whose texts really satisfy the terms the index could only approximate."""
        plan = self._plan(fts)
        if not plan.needs_checks:
            yield from rows
            return
        checked = [TermMatcher(t) for t in plan.checked]
        maybe_excluded = self._maybe_excluded(fts, plan)
        for row in rows:
            texts = row[fields]
            if not all(any(m.found_in(t) for t in texts) for m in checked):
                continue
            if any(row[0] in ids and any(m.found_in(t) for t in texts) for m, ids in maybe_excluded):
                continue
            yield row

    def _counted(self, fts: str, base: str, weights: str, where: _Where, order: str, limit: int, fields: slice) -> tuple[list[tuple], int]:
        if where.impossible or not (self.query.terms or self.query.excluded or self.query.has_filters):
            return [], 0
        plan = self._plan(fts)
        if plan.needs_checks:
            rows = list(self._confirmed(fts, self._rows(fts, base, weights, where, order, None), fields))
            return rows[:limit], len(rows)
        alias = "d" if fts == "doc_fts" else "n"
        top, count = self._top_and_count(fts, f"{alias}.rowid", weights, where, order, limit)
        if not top:
            return [], 0
        # Only the shown rows are read in full.
        sql = f"SELECT {base} FROM {self._from(fts)} WHERE {alias}.rowid IN ({_marks(len(top))})"
        full = {row[0]: row for row in self.index.conn.execute(sql, [r[0] for r in top])}
        return [(*full[rowid], rank) for rowid, rank in top], count

    # --- results -------------------------------------------------------------------
    def articles(self, limit: int) -> tuple[list[ArticleHit], int]:
        base = "d.rowid, d.id, d.title, d.source, d.published, t.text"
        rows, count = self._counted(
            "doc_fts", base, DOC_WEIGHTS, self._doc_where, "d.published DESC, d.title", limit, slice(2, 6, 3)
        )
        hits = []
        for _rowid, article_id, title, source, published, text, rank in rows:
            tier = round(float(rank) / TIER_RANK) if self._tiers is not None else None
            spans, complete = self.matcher.snippet_spans(text, tier=tier)
            title_marks, title_tier = self.matcher.focused(title)
            if title_tier != TOGETHER and tier == TOGETHER:
                title_marks = []  # the words stand together in the text: no stray word in the title
            hits.append(
                ArticleHit(
                    article_id=article_id,
                    title=title,
                    source=source,
                    published=published,
                    score=float(f"{-float(rank):.6g}") + 0.0,  # + 0.0: no "-0.0"
                    snippet=make_snippet(text, spans),
                    title_marks=tuple(title_marks),
                    find_spans=partial(list, spans) if complete else partial(self.matcher.focused_spans, text),
                )
            )
        return hits, count

    def annotations(self, limit: int) -> tuple[list[AnnotationHit], int]:
        base = "n.rowid, n.quote, n.note, n.tags_text, n.id, n.article_id, d.title, n.start, n.end"
        rows, count = self._counted(
            "note_fts", base, NOTE_WEIGHTS, self._note_where, "d.published DESC, n.start", limit, slice(1, 4)
        )
        hits = []
        for _rowid, quote, note, tags_text, note_id, article_id, title, start, end, rank in rows:
            hits.append(
                AnnotationHit(
                    annotation_id=note_id,
                    article_id=article_id,
                    article_title=title,
                    score=float(f"{-float(rank):.6g}") + 0.0,  # + 0.0: no "-0.0"
                    quote=make_snippet(quote, self.matcher.focused_spans(quote), width=240),
                    note=make_snippet(note, self.matcher.focused_spans(note), width=160),
                    tags=tuple(t for t in tags_text.split(TAG_JOINER) if t),
                    start=start,
                    end=end,
                )
            )
        return hits, count

    def article_ids(self) -> list[str]:
        """Every matching article, best first, without snippets (recall checks, exports)."""
        if self._doc_where.impossible or self.query.is_empty:
            return []
        order = "d.published DESC, d.title"
        if not self._plan("doc_fts").needs_checks:
            ranked = [r[0] for r in self._rows("doc_fts", "d.rowid", DOC_WEIGHTS, self._doc_where, order, None)]
            ids = dict(self.index.conn.execute("SELECT rowid, id FROM docs"))
            return [ids[rowid] for rowid in ranked]
        base = "d.rowid, d.id, d.title, d.source, d.published, t.text"
        rows = self._rows("doc_fts", base, DOC_WEIGHTS, self._doc_where, order, None)
        return [row[1] for row in self._confirmed("doc_fts", rows, slice(2, 6, 3))]

    def run(self, limit: int) -> SearchResults:
        articles, article_count = self.articles(limit)
        annotations, annotation_count = self.annotations(limit)
        return SearchResults(
            query=self.query,
            articles=tuple(articles),
            annotations=tuple(annotations),
            article_count=article_count,
            annotation_count=annotation_count,
            notices=tuple(self.notices),
        )
