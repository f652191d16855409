"""spaCy, loaded lazily once per process, and a per-process cache of parsed articles.

Several stages read the same parse (entities, dependencies). :func:`doc_for` parses an article
once and hands the same ``Doc`` to every stage that asks in this process, so the analyze phase
costs one ``nlp`` call per article. The model never travels with a task: each worker process
loads its own copy on first use.

The model sees the text with typographic apostrophes replaced by ASCII ones (same length, so
offsets are unchanged) and with sentence starts forced after line breaks, since headlines
without final punctuation otherwise merge into the next sentence. Entity-ruler patterns from
every provider registered in :data:`pattern_providers` are added ahead of the NER. After the
model, the repairs registered in :data:`parse_repairs` name words it misread (a verb in the
present read as an adjective: "l'artillerie lourde pilonne les faubourgs"); their sentences
are parsed again with a stand-in word the model reads right, and take that parse.
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import ruler as ruler_lookup
from .errors import MissingDependency, SourceError
from .registry import Registry, load_plugins
from .types import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

log = logging.getLogger(__name__)

DEFAULT_MODEL = "fr_core_news_md"

#: name -> function returning a list of spaCy EntityRuler patterns (dicts with label/pattern/id)
pattern_providers: Registry[Callable[[], list[dict[str, Any]]]] = Registry("entity-ruler patterns")


@dataclass(frozen=True, slots=True)
class Misreading:
    """A word the model read as the wrong part of speech, and how to read it again: the
    sentence is parsed anew with ``stand_in`` (a word of the same function the model knows
    well) in its place, then the word takes ``pos`` and ``lemma``."""

    index: int
    stand_in: str
    pos: str
    lemma: str


#: name -> function finding the misread words of a parsed document (run on every parse, after
#: the model's components; the sentences they are in are parsed again)
parse_repairs: Registry[Callable[[Doc], list[Misreading]]] = Registry("parse repairs")

_models: dict[str, Language] = {}
_docs: OrderedDict[tuple[str, str, int], Doc] = OrderedDict()
_CACHE_SIZE = 64  # at least one batch of the runners

APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def model_text(text: str) -> str:
    """The text as the model sees it: same length, ASCII apostrophes."""
    return text.translate(APOSTROPHES)


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per document: spaCy joins every token's text anew on each
    access, and several stages ask for it."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


_TEXT_KEY = "chronique.text"


def load(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline ``model`` with chronique's components, loaded once per process."""
    if model not in _models:
        try:
            import spacy
        except ImportError as error:  # pragma: no cover - spaCy is a core dependency
            raise MissingDependency("spacy", "nlp") from error
        from spacy.language import Language

        if not Language.has_factory("chronique_line_breaks"):
            Language.component("chronique_line_breaks", func=_line_breaks)
        if not Language.has_factory("chronique_parse_repairs"):
            Language.factory("chronique_parse_repairs", func=_repairs_factory)
        log.info("loading spaCy model %s", model)
        nlp = spacy.load(model)
        _keep_hyphenated_names(nlp)
        lemma_index_as_sets(nlp)
        nlp.add_pipe(
            "chronique_line_breaks", before="parser" if "parser" in nlp.pipe_names else None
        )
        patterns = _patterns()
        if patterns and "ner" in nlp.pipe_names:
            add_ruler(nlp, patterns)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("chronique_parse_repairs")
        _models[model] = nlp
    return _models[model]


#: a capitalised name whose parts a hyphen joins ("Al-Ghazaya", "El-Fasher", "Centre-Nord",
#: "Abou-Kamal"): one token, as "Port-au-Prince" already is for the model's tokenizer
_HYPHENATED_NAME = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+)+$")


def lemma_index_as_sets(nlp: Language) -> None:
    """Make the lemmatizer's word index by part of speech a set where it is a list.

    The rule lemmatizer asks whether a word is in that index for every new word of a text; a
    list of 66,000 nouns answers in a scan, a set at once. The lemmas are the same."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for key, words in list(index.items()):
        if isinstance(words, list):
            index[key] = frozenset(words)


def _keep_hyphenated_names(nlp: Language) -> None:
    """Keep a hyphenated name one token: the model's tokenizer splits "Al-Ghazaya" into "Al",
    "-", "Ghazaya", and the parser then cuts the sentence at the hyphen."""
    tokenizer = nlp.tokenizer
    known = getattr(tokenizer, "token_match", None)

    def match(text: str) -> Any:
        return (known(text) if known is not None else None) or _HYPHENATED_NAME.match(text)

    tokenizer.token_match = match  # type: ignore[union-attr]


def add_ruler(nlp: Language, patterns: list[dict[str, Any]]) -> Any:
    """An entity ruler with ``patterns`` ahead of the NER of ``nlp``.

    Its phrase patterns are matched on ``LOWER``, which only the tokenizer gives: they are
    made with every other component disabled (the ruler would otherwise run the tagger and
    parser over each phrase and keep their output, twice the time and memory for the same
    matches)."""
    ruler = nlp.add_pipe(
        "entity_ruler",
        before="ner",
        config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"},
    )
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    ruler_lookup.install(ruler, patterns)
    return ruler


#: what may end a sentence inside a line: end marks, closing quotes and brackets; after these
#: the parser decides (a dateline's dash starts a sentence: see :func:`_after_datelines`; a
#: hyphen, "el-Assad", never does)
_ENDS = re.compile(r"[.!?…:;»\"”)\]\n]")


def _line_breaks(doc: Doc) -> Doc:
    """A sentence starts at each token after one whose text holds a line break (a token's
    trailing whitespace is a single space or nothing: line breaks are tokens of their own).

    Done on arrays: the tokens' texts are read once per distinct word, and the sentence starts
    written in one call (setting ``Token.is_sent_start`` rescans the document each time)."""
    if len(doc) < 2:
        return doc
    import numpy
    from spacy.attrs import ORTH, SENT_START

    orths = doc.to_array(ORTH)[:-1]
    strings = doc.vocab.strings
    distinct = numpy.unique(orths).tolist()
    breaking = [orth for orth in distinct if "\n" in strings[orth]]
    after = numpy.flatnonzero(numpy.isin(orths, numpy.array(breaking, dtype=orths.dtype))) + 1
    if doc.has_annotation("DEP"):
        for i in after.tolist():
            doc[i].is_sent_start = True  # refused once the document is parsed
        return doc
    starts: Any = doc.to_array(SENT_START)
    # inside a line, a sentence starts only after a sentence's end: the parser would otherwise
    # cut "les soldats de Bachar | Al-Assad progressent" where nothing ends
    ended = numpy.array([orth for orth in distinct
                         if _ENDS.search(strings[orth]) or not strings[orth].strip()],
                        dtype=orths.dtype)
    inside = numpy.flatnonzero(~numpy.isin(orths, ended)) + 1
    inside = inside[starts[inside] == 0]  # a start another component set stays
    starts[inside] = numpy.array(-1).astype(starts.dtype)  # "not a start", as spaCy stores it
    starts[after] = 1
    starts[_after_datelines(doc, [0, *after.tolist()])] = 1
    starts[_after_gaps(doc, orths, distinct)] = 1
    doc.from_array([SENT_START], starts)
    return doc


#: end marks after which a gap of several spaces before a capital is a paragraph's end
_GAP_ENDS = frozenset({".", "!", "?", "…", "»", "\""})


def _after_gaps(doc: Doc, orths: Any, distinct: list[int]) -> list[int]:
    """The tokens after an end mark and a run of two spaces or more, when they start with a
    capital ("… à Genève.   Nouveaux tirs à Syrte."): a page's paragraphs or
    subheadings run together with their breaks turned into spaces. ``distinct``: the distinct
    values of ``orths``."""
    import numpy

    strings = doc.vocab.strings
    # a space token: the spaces after a token's own trailing one (two or more in the text);
    # plain spaces and tabs, not a typographic no-break space
    gaps = [orth for orth in distinct if strings[orth] and set(strings[orth]) <= {" ", "\t"}]
    found = []
    for i in (numpy.flatnonzero(numpy.isin(orths, numpy.array(gaps, dtype=orths.dtype))) + 1
              ).tolist():
        if 2 <= i < len(doc) and doc[i - 2].text in _GAP_ENDS and doc[i].text[:1].isupper():
            found.append(i)
    return found


#: the dash closing a dispatch's dateline
_DASHES = frozenset({"-", "–", "—"})


def _after_datelines(doc: Doc, line_starts: list[int]) -> list[int]:
    """The tokens right after a dateline's dash ("Bangui, le 18 janvier 2021 - Des combattants",
    "BAMAKO (AFP) - Huit soldats"): the first spaced dash of a line, within its first twelve
    tokens, with no verb before it and a capital after it."""
    found = []
    for start in line_starts:
        for i in range(start, min(start + 12, len(doc) - 1)):
            token = doc[i]
            if "\n" in token.text or token.pos_ in ("VERB", "AUX"):
                break
            if token.text in _DASHES and i > start and token.whitespace_ \
                    and doc[i - 1].whitespace_:  # a spaced dash, not "el-Assad"
                if doc[i + 1].text[:1].isupper():
                    found.append(i + 1)
                break
    return found


def _repairs_factory(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    def repair(doc: Doc) -> Doc:
        load_plugins()
        found = [m for key in parse_repairs.names() for m in parse_repairs.get(key)(doc)]
        by_sentence: dict[int, list[Misreading]] = {}
        for misreading in found:
            by_sentence.setdefault(doc[misreading.index].sent.start, []).append(misreading)
        for misreadings in by_sentence.values():
            _parse_again(nlp, doc, doc[misreadings[0].index].sent, misreadings)
        return doc

    return repair


def _parse_again(nlp: Language, doc: Doc, sent: Span, misreadings: list[Misreading]) -> None:
    """Parse ``sent`` again with each misread word replaced by its stand-in, as one sentence,
    and give ``doc`` that parse (heads and labels) for the sentence; the misread words take
    their part of speech, lemma and the stand-in's morphology. Nothing changes when the new
    parse is not one tree."""
    from spacy.attrs import DEP, HEAD
    from spacy.tokens import Doc as SpacyDoc

    words = [token.text for token in sent]
    for misreading in misreadings:
        words[misreading.index - sent.start] = misreading.stand_in
    again = SpacyDoc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent])
    for name in ("tok2vec", "morphologizer"):
        if name in nlp.pipe_names:
            again = nlp.get_pipe(name)(again)
    for token in again:
        token.is_sent_start = token.i == 0  # one sentence, as the document has it
    again = nlp.get_pipe("parser")(again)
    if sum(1 for token in again if token.head.i == token.i) != 1:
        return
    rows: Any = doc.to_array([HEAD, DEP])
    rows[sent.start:sent.end] = again.to_array([HEAD, DEP])
    doc.from_array([HEAD, DEP], rows)
    for misreading in misreadings:
        token, stand_in = doc[misreading.index], again[misreading.index - sent.start]
        token.pos_ = misreading.pos
        token.lemma_ = misreading.lemma
        token.morph = stand_in.morph


def _patterns() -> list[dict[str, Any]]:
    load_plugins()
    patterns: list[dict[str, Any]] = []
    for name in pattern_providers.names():
        patterns.extend(pattern_providers.get(name)())
    return patterns


def prefetch(articles: Sequence[Article], model: str = DEFAULT_MODEL) -> None:
    """Parse ``articles`` in one ``nlp.pipe`` call and keep the parses for :func:`doc_for`."""
    nlp = load(model)
    todo = [article for article in articles if _key(article, model) not in _docs
            and len(article.text or "") <= nlp.max_length]  # too long: doc_for says why
    if not todo:
        return
    texts = [model_text(article.text) for article in todo]
    for article, text, doc in zip(todo, texts, nlp.pipe(texts, batch_size=len(todo)),
                                  strict=True):
        doc.user_data[_TEXT_KEY] = text  # the tokenizer loses no character: doc.text is it
        _remember(_key(article, model), doc)


def _key(article: Article, model: str) -> tuple[str, str, int]:
    return (model, article.id, hash(article.text))


def _remember(key: tuple[str, str, int], doc: Doc) -> None:
    _docs[key] = doc
    while len(_docs) > _CACHE_SIZE:
        _docs.popitem(last=False)


def doc_for(article: Article, model: str = DEFAULT_MODEL) -> Doc:
    """The parse of ``article.text``, computed at most once per process for the same text."""
    key = _key(article, model)
    doc = _docs.get(key)
    if doc is None:
        nlp = load(model)
        if len(article.text) > nlp.max_length:
            raise SourceError(
                f"text too long to parse: {len(article.text):,} characters, the model's limit "
                f"is {nlp.max_length:,} (split the document)")
        text = model_text(article.text)
        doc = nlp(text)
        doc.user_data[_TEXT_KEY] = text
        _remember(key, doc)
    else:
        _docs.move_to_end(key)
    return doc
