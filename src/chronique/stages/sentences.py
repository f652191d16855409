"""Sentence splitting without a model: fast, deterministic, offsets into the cleaned text.

Line breaks always end a sentence (headlines have no final punctuation). Inside a line, a
sentence ends at ``.``, ``!``, ``?`` or ``…`` (possibly followed by closing quotes or brackets)
when the next visible character starts a new sentence (capital letter, digit, opening quote or
dash), except after common abbreviations and initials (``M.``, ``Dr.``, ``J.``) read from the
language table ``abbreviations``.
"""

from __future__ import annotations

import re

from ..lang import table
from ..pipeline import stage
from ..types import Article, Sentence

_END = re.compile(r"[.!?…]+(?:[\s\u202f\u00a0]?[»\"'”)\]])*(?=\s+[«\"“(\[\-–—]?\s*[A-ZÀ-ÖØ-Þ0-9])")
_LINE = re.compile(r"[^\n]+")


def split_sentences(
    text: str, abbreviations: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` offsets of the sentences of ``text``, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for end_match in _END.finditer(text, line.start(), line.end()):
            word = text[max(start, end_match.start() - 12) : end_match.start()].split()
            last = word[-1] if word else ""
            if last in abbreviations or (len(last) == 1 and last.isupper()):
                continue
            _add(spans, text, start, end_match.end())
            start = end_match.end()
        _add(spans, text, start, line.end())
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


@stage("sentences", requires=("text", "lang"), assigns=("sentences",), order=10)
def make_sentences() -> SentenceStage:
    """Split the cleaned text into sentences."""
    return SentenceStage()


class SentenceStage:
    def __call__(self, article: Article) -> Article:
        abbreviations = frozenset(table(article.lang or "fr", "abbreviations")["abbreviations"])
        article.sentences = [
            Sentence(start, end, "sentences", article.text[start:end])
            for start, end in split_sentences(article.text, abbreviations)
        ]
        return article
