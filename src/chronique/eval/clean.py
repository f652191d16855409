"""Evaluation of the line cleaner against hand-labelled articles and over a whole corpus.

Labels: one TSV per article (``<topic>__<date>__<file>.tsv``), one row per non-empty line of
the page: ``label<TAB>line`` with label ``body``, ``furniture``, ``comment`` or ``meta``. The
page is rebuilt from the rows (one line each), cleaned with :func:`clean_text`, and every line
is scored: a positive is a line that should go (furniture, comment, meta).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..clean.site import line_key, site_furniture
from ..clean.text import clean_text

REMOVE = frozenset({"furniture", "comment", "meta"})
# An explicit comment-section marker, independent of the cleaner's own cues.
_COMMENT_MARKER = re.compile(
    r"^(?:\d+\s+(?:commentaires?|réactions?)\b.*|(?:laisser|ajouter|écrire|poster|publier)"
    r" un commentaire|commentaires?\s*(?:\(\d+\))?\s*:?|répondre|signaler(?: un abus)?"
    r"|.{1,40}\ba écrit\s*:.*)$",
    re.IGNORECASE,
)
_WORDS_COMMENT = 8  # a line after the marker with this many words is a comment's text


@dataclass(slots=True)
class LabelScores:
    articles: int
    lines: int
    true_pos: int
    false_pos: int
    false_neg: int
    body_lines: int
    body_kept: int
    comment_articles: int
    comment_articles_removed: int

    @property
    def precision(self) -> float:
        return self.true_pos / max(1, self.true_pos + self.false_pos)

    @property
    def recall(self) -> float:
        return self.true_pos / max(1, self.true_pos + self.false_neg)

    @property
    def body_survival(self) -> float:
        return self.body_kept / max(1, self.body_lines)


@dataclass(slots=True)
class CorpusScores:
    articles: int
    with_comments: int  # by the marker detector
    comments_removed: int  # ... of which no comment line survives
    cleaner_found: int  # articles where the cleaner removed something as comments


def read_labels(path: Path) -> list[tuple[str, str]]:
    """The (label, line) rows of one label file."""
    rows = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            label, _, text = raw.partition("\t")
            rows.append((label.strip(), text))
    return rows


def kept_lines(lines: list[str]) -> list[bool]:
    """Clean the page made of ``lines`` and tell, for each line, whether it survives."""
    text = "\n".join(lines)
    cleaned = clean_text(text)
    kept = cleaned.kept
    result, pos, k = [], 0, 0
    for line in lines:
        start, end = pos, pos + len(line)
        while k < len(kept) and kept[k][1] <= start:
            k += 1
        result.append(k < len(kept) and kept[k][0] < end)
        pos = end + 1
    return result


def score_labels(folder: Path, *, sites: dict[str, set[str]] | None = None) -> LabelScores:
    """Score the cleaner on every label file of ``folder``.

    With ``sites`` (label file stem -> that page's site furniture, see :func:`corpus_sites`),
    lines of the site furniture are removed too, as the pipeline does after grouping by site.
    """
    s = LabelScores(0, 0, 0, 0, 0, 0, 0, 0, 0)
    for path in sorted(folder.glob("*.tsv")):
        rows = read_labels(path)
        survived = kept_lines([text for _, text in rows])
        furniture = (sites or {}).get(path.stem, set())
        survived = [
            a and line_key(t) not in furniture for a, (_, t) in zip(survived, rows, strict=True)
        ]
        s.articles += 1
        s.lines += len(rows)
        comments_left, has_comments = False, False
        for (label, _), alive in zip(rows, survived, strict=True):
            should_go = label in REMOVE
            s.true_pos += should_go and not alive
            s.false_pos += not should_go and not alive
            s.false_neg += should_go and alive
            if label == "body":
                s.body_lines += 1
                s.body_kept += alive
            if label == "comment":
                has_comments = True
                comments_left |= alive
        s.comment_articles += has_comments
        s.comment_articles_removed += has_comments and not comments_left
    return s


def site_of(path: Path, lines: list[str]) -> str:
    """The site of a cl-tls-fr page, which has no URL: Global Voices for ``gv_`` files, else
    the page's last line (the footer a site prints on all its pages)."""
    if path.name.startswith("gv_"):
        return "globalvoices"
    return line_key(lines[-1]) if lines else ""


def corpus_sites(corpus: Path, **options: float) -> dict[str, set[str]]:
    """Site furniture of every page of ``corpus``, keyed like label files (topic__date__file)."""
    pages: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(corpus.rglob("*_*.txt")):
        text = path.read_text(encoding="utf-8")
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        stem = f"{path.parent.parent.name}__{path.parent.name}__{path.stem}"
        pages.setdefault(site_of(path, lines), []).append((stem, text))
    result: dict[str, set[str]] = {}
    for members in pages.values():
        found = site_furniture([text for _, text in members], **options)  # type: ignore[arg-type]
        for stem, _ in members:
            result[stem] = found
    return result


def score_corpus(corpus: Path) -> CorpusScores:
    """Articles of ``corpus`` with an explicit comment section, and how many lost all of it."""
    s = CorpusScores(0, 0, 0, 0)
    for path in sorted(corpus.rglob("*_*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        s.articles += 1
        s.cleaner_found += any(r.reason == "comments" for r in clean_text("\n".join(lines)).removed)
        comments = _marked_comments(lines)
        if not comments:
            continue
        s.with_comments += 1
        survived = kept_lines(lines)
        s.comments_removed += not any(survived[i] for i in comments)
    return s


def _marked_comments(lines: list[str]) -> list[int]:
    """Indexes of comment text lines after the first explicit comment marker.

    Markers in the first fifth of the page (comment counters next to the title) do not count.
    """
    first = max(3, len(lines) // 5)
    for i, line in enumerate(lines[first:], start=first):
        if _COMMENT_MARKER.match(line):
            return [j for j in range(i + 1, len(lines)) if len(lines[j].split()) >= _WORDS_COMMENT]
    return []
