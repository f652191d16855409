"""Language identification with lingua over a restricted set of languages.

Judged on the whole document (lingua is unreliable on short lines). Articles in a language that
has no data folder in :mod:`chronique.lang` are stored and marked ``language:<code>``, not
processed further.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..lang import supported
from ..pipeline import stage
from ..types import Article

CANDIDATES = ("fr", "en", "ar", "es", "de", "it", "pt", "nl", "ru", "tr")


@lru_cache(maxsize=4)
def _detector(codes: tuple[str, ...]) -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    isos = [getattr(IsoCode639_1, code.upper()) for code in codes]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*isos).build()


@stage("language", requires=("text",), assigns=("lang",), phase="prepare", order=30)
def make_language(
    *, candidates: tuple[str, ...] = CANDIDATES, sample_chars: int = 4000
) -> Language:
    """Detect the language among ``candidates`` on the first ``sample_chars`` characters."""
    return Language(candidates=tuple(candidates), sample_chars=sample_chars)


class Language:
    def __init__(self, *, candidates: tuple[str, ...], sample_chars: int) -> None:
        self.candidates = candidates
        self.sample_chars = sample_chars

    def __call__(self, article: Article) -> Article:
        language = _detector(self.candidates).detect_language_of(article.text[: self.sample_chars])
        code = language.iso_code_639_1.name.lower() if language is not None else "und"
        article.lang = code
        if code not in supported():
            article.rejected = f"language:{code}"
        return article
