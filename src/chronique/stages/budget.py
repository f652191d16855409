"""The analysis budget of one article, bounded before the parser sees it.

An article longer than ``max_tokens`` words is rejected (``over-budget``) with its size: the
analysis of a text grows with its length, and a 1 MB page is no news article. A run of more
than ``max_sentence_tokens`` words with no sentence end (unpunctuated text, a list flattened
into one line) is cut: the space before every ``max_sentence_tokens``-th word becomes a line
break, which starts a sentence for the parser and every stage after it. A line break replaces a
single whitespace character, so the text keeps its length and every offset stays valid; the
number of cuts is kept in ``meta["sentence_cuts"]``.
"""

from __future__ import annotations

import re

from ..pipeline import stage
from ..types import Article

_WORD = re.compile(r"\S+")
_ENDS = (".", "!", "?", "…", ";", ":")


@stage("budget", requires=("text",), assigns=("text",), phase="prepare", order=25)
def make_budget(*, max_tokens: int = 25_000, max_sentence_tokens: int = 150) -> Budget:
    """Reject articles over ``max_tokens`` words; cut sentences at ``max_sentence_tokens``."""
    return Budget(max_tokens=max_tokens, max_sentence_tokens=max_sentence_tokens)


class Budget:
    def __init__(self, *, max_tokens: int, max_sentence_tokens: int) -> None:
        self.max_tokens = max_tokens
        self.max_sentence_tokens = max(2, max_sentence_tokens)

    def __call__(self, article: Article) -> Article:
        text = article.text
        words = sum(1 for _ in _WORD.finditer(text))
        if words > self.max_tokens:
            article.rejected = (f"over-budget: {words:,} words > {self.max_tokens:,} "
                                f"(stages.budget.max_tokens)")
            return article
        cut, cuts = cut_sentences(text, self.max_sentence_tokens)
        if cuts:
            article.text = cut
            article.meta["sentence_cuts"] = cuts
        return article


def cut_sentences(text: str, limit: int) -> tuple[str, int]:
    """``text`` with a line break in place of the space before every ``limit``-th word of a
    run without a sentence end, and the number of breaks put in."""
    chars: list[str] | None = None
    run, previous_end, cuts = 0, 0, 0
    for match in _WORD.finditer(text):
        start = match.start()
        if "\n" in text[previous_end:start]:
            run = 0
        if run >= limit and start > 0:
            if chars is None:
                chars = list(text)
            chars[start - 1] = "\n"
            cuts += 1
            run = 0
        run += 1
        if match.group().endswith(_ENDS):
            run = 0
        previous_end = match.end()
    return ("".join(chars) if chars is not None else text), cuts
