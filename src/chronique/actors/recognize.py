"""Finding actor names in a parsed article: dictionary matches, cleaned NER entities, fuzzy names.

Works on the spaCy ``Doc`` of :func:`chronique.nlp.doc_for`, whose character offsets are those of
``Article.text``. Furniture lines (comment forms, captcha notices, share buttons) are fenced off
first: nothing found there is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..ruler import lookup_matcher
from .dictionary import Dictionary, normalize

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span

PERSON_KINDS = frozenset({"person"})

#: per (vocab, dictionary): the token Matcher for multi-token patterns, the phrase matcher,
#: the forms by match id and the one-token patterns indexed by lowercase text
_matchers: dict[tuple[int, int], tuple[Any, PhraseMatcher, list[str], HashedIndex]] = {}

#: lowercase token text -> (form number, exact text or None, whether the token must not be
#: all lowercase), in the order the patterns were added
TokenIndex = dict[str, list[tuple[int, "str | None", bool]]]
#: the same with string ids (of the lowercase text, of the exact text)
HashedIndex = dict[int, list[tuple[int, "int | None", bool]]]

@dataclass(slots=True)
class Hit:
    """A name found in the text, before it becomes an ActorMention."""

    start: int
    end: int
    text: str
    ids: list[str]
    how: str  # dictionary | fuzzy | ner
    label: str | None = None
    note: str = ""


def boilerplate_ranges(text: str, patterns: list[str]) -> list[tuple[int, int]]:
    """Character ranges of the lines that match one of the furniture ``patterns``."""
    regexes = [re.compile(pattern) for pattern in patterns]
    ranges: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        if any(regex.search(line.group()) for regex in regexes):
            ranges.append((line.start(), line.end()))
    return ranges


def inside(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start < stop and end > begin for begin, stop in ranges)


def _matchers_for(
    doc: Doc, dictionary: Dictionary
) -> tuple[Any, PhraseMatcher, list[str], HashedIndex]:
    from spacy.matcher import Matcher, PhraseMatcher

    from ..nlp import load

    key = (id(doc.vocab), id(dictionary))
    if key not in _matchers:
        tokenizer = load().tokenizer
        forms: list[str] = []
        matcher = Matcher(doc.vocab)
        phrases = PhraseMatcher(doc.vocab, attr="LOWER")
        index: TokenIndex = {}
        longer: list[tuple[int, list[dict[str, Any]]]] = []
        for form, pattern in dictionary.match_patterns():
            forms.append(form)
            name = f"a{len(forms) - 1}"
            if isinstance(pattern, str):
                phrases.add(name, [tokenizer(pattern)])
            elif not _index_token_pattern(index, len(forms) - 1, pattern):
                matcher.add(name, [pattern])
                longer.append((matcher._normalize_key(name), pattern))
        quick = lookup_matcher(matcher, longer)  # the same matches, looked up
        _matchers[key] = (quick or matcher, phrases, forms, _hashed(index, doc.vocab.strings))
    return _matchers[key]


def _hashed(index: TokenIndex, strings: Any) -> HashedIndex:
    """The index keyed by the string ids of the lowercase texts, exact texts as ids too."""
    return {strings.add(lower): [(number, None if orth is None else strings.add(orth), not_lower)
                                 for number, orth, not_lower in entries]
            for lower, entries in index.items()}


def _index_token_pattern(index: TokenIndex, number: int, pattern: list[dict[str, Any]]) -> bool:
    """File a one-token pattern ({"ORTH": x}, {"LOWER": x}, {"LOWER": x, "IS_LOWER": False})
    under its lowercase text; False for any other pattern (left to the spaCy matcher)."""
    if len(pattern) != 1:
        return False
    spec = pattern[0]
    if set(spec) == {"ORTH"}:
        index.setdefault(spec["ORTH"].lower(), []).append((number, spec["ORTH"], False))
    elif set(spec) == {"LOWER"} or (set(spec) == {"LOWER", "IS_LOWER"}
                                     and spec["IS_LOWER"] is False):
        index.setdefault(spec["LOWER"], []).append((number, None, "IS_LOWER" in spec))
    else:
        return False
    return True


def _token_matches(doc: Doc, index: HashedIndex) -> list[tuple[int, int, int]]:
    """(form number, start, end) of the one-token patterns, as the spaCy matcher lists them:
    by token, then in the order the patterns were added."""
    import numpy
    from spacy.attrs import IS_LOWER, LOWER, ORTH

    found: list[tuple[int, int, int]] = []
    if not len(doc) or not index:
        return found
    table = doc.to_array([LOWER, ORTH, IS_LOWER])
    keys = numpy.array(list(index), dtype=table.dtype)
    for i in numpy.flatnonzero(numpy.isin(table[:, 0], keys)).tolist():
        _, orth_id, is_lower = table[i].tolist()
        for number, orth, not_lower in index[int(table[i, 0])]:
            if (orth is None or orth_id == orth) and not (not_lower and is_lower):
                found.append((number, i, i + 1))
    return found


def dictionary_hits(doc: Doc, dictionary: Dictionary, blocked: list[tuple[int, int]]) -> list[Hit]:
    """Alias matches in ``doc``, longest first where they overlap, furniture left out."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    matcher, phrases, forms, index = _matchers_for(doc, dictionary)
    strings = doc.vocab.strings
    matches = [(int(strings[match_id][1:]), start, end) for match_id, start, end in matcher(doc)]
    matches += _token_matches(doc, index)
    matches += [(int(strings[match_id][1:]), start, end) for match_id, start, end in phrases(doc)]
    spans = [Span(doc, start, end, label=f"a{number}") for number, start, end in matches]
    hits = []
    for span in filter_spans(spans):
        if inside(span.start_char, span.end_char, blocked) or "\n" in span.text:
            continue
        form = forms[int(span.label_[1:])]
        ids = dictionary.lookup(form)
        hits.append(Hit(span.start_char, span.end_char, span.text, ids, "dictionary"))
    return hits


def clean_entities(doc: Doc, dictionary: Dictionary, blocked: list[tuple[int, int]]) -> list[Span]:
    """The entities of ``doc`` minus furniture, shouting, capitalised sentence openers and
    single letters."""
    kept = []
    for ent in doc.ents:
        if inside(ent.start_char, ent.end_char, blocked) or not re.search(r"[^\W\d_]", ent.text):
            continue
        if dictionary.lookup(ent.text) or ent.ent_id_:
            kept.append(ent)
            continue
        if _is_opener(ent) or _is_shouting(ent) or _is_common_phrase(ent) \
                or len(ent.text.strip()) < 2:
            continue  # (nor a single letter the dictionary does not know: "le réseau social X")
        trimmed = _trim_line(ent)
        if len(trimmed) and re.search(r"[^\W\d_]", trimmed.text):
            kept.append(trimmed)
    return kept


def _is_opener(ent: Span) -> bool:
    """'Impuissante, l'opposition…', 'Assiégés, les rebelles…': an adjective, not a name."""
    if len(ent) != 1:
        return False
    token = ent[0]
    doc = token.doc
    first = token.i == 0 or token.is_sent_start or "\n" in doc[token.i - 1].text_with_ws
    following = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    common = doc.vocab.has_vector(token.lower_)
    return first and common and (following in {",", ":"} or token.pos_ != "PROPN")


def _is_shouting(ent: Span) -> bool:
    """'COMMENTAIRE', 'RTLMONDE': a long all-capitals word the dictionary does not know."""
    return all(token.is_upper and len(token) >= 6 for token in ent if token.is_alpha)


def _is_common_phrase(ent: Span) -> bool:
    """'Violentes déflagrations': a miscellaneous entity with no proper noun in it."""
    return ent.label_ == "MISC" and not any(
        token.pos_ == "PROPN" or (token.is_upper and len(token) > 1) for token in ent
    )


def _trim_line(ent: Span) -> Span:
    """An entity stops at the end of its line."""
    from spacy.tokens import Span

    start, end = ent.start, ent.end
    for token in ent:
        if "\n" in token.text_with_ws[len(token.text):] and token.i + 1 < ent.end:
            end = token.i + 1
            break
    doc = ent.doc
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    while start < end and (doc[start].is_space or doc[start].is_punct):
        start += 1
    return Span(doc, start, end, label=ent.label_, span_id=ent.id_)


def ner_hits(entities: list[Span], taken: list[Hit], dictionary: Dictionary) -> list[Hit]:
    """Named entities the dictionary matcher did not cover, resolved exactly or fuzzily."""
    hits = []
    for ent in entities:
        if any(ent.start_char < hit.end and ent.end_char > hit.start for hit in taken):
            continue
        hit = resolve_name(ent.text, ent.label_, dictionary)
        if hit is None:
            continue
        hit.start, hit.end = ent.start_char, ent.end_char
        hits.append(hit)
    return hits


def resolve_name(text: str, label: str, dictionary: Dictionary) -> Hit | None:
    """A name as the dictionary knows it (exactly, then fuzzily), or an unknown PER/ORG."""
    ids = dictionary.lookup(text)
    if ids:
        return Hit(0, 0, text, ids, "dictionary", label)
    if label in ("PER", "ORG", "MISC"):
        kinds = set(PERSON_KINDS) if label == "PER" else None
        found = dictionary.fuzzy(text, kinds=kinds)
        if found and (label == "PER" or dictionary.actors[found].kind != "person"):
            return Hit(0, 0, text, [found], "fuzzy", label, note=f"closest alias to {text!r}")
    if label in ("PER", "ORG"):
        return Hit(0, 0, text, [], "ner", label)
    return None


def extend_surnames(
    hits: list[Hit], entities: list[Span], dictionary: Dictionary, text: str
) -> list[Hit]:
    """A lone surname inside a longer person name ('Maher akl-Assad') is that name, not the
    best-known bearer of the surname: resolve the whole name (fuzzily) or leave it unknown."""
    result = []
    for hit in hits:
        actor = dictionary.get(hit.ids[0]) if hit.ids else None
        container = _containing_person(hit, entities) if actor and actor.kind == "person" else None
        if container is None:
            container = _hyphen_compound(hit, text) if actor and actor.kind == "person" else None
        if container is None:
            result.append(hit)
            continue
        start, end = container
        name = text[start:end]
        resolved = resolve_name(name, "PER", dictionary)
        if resolved is None or (resolved.how == "dictionary" and resolved.ids == hit.ids):
            result.append(hit)
            continue
        resolved.start, resolved.end = start, end
        result.append(resolved)
    return result


def _containing_person(hit: Hit, entities: list[Span]) -> tuple[int, int] | None:
    """The person entity around ``hit`` that adds a word to it ("Maher akl-Assad" around
    "Assad"; not "#Kadhafi" around "Kadhafi")."""
    for ent in entities:
        if not ent.start_char <= hit.start or not hit.end <= ent.end_char or ent.label_ != "PER":
            continue
        extra = ent.text[: hit.start - ent.start_char] + ent.text[hit.end - ent.start_char:]
        if re.search(r"[^\W\d_]{2,}", extra) is not None:
            return ent.start_char, ent.end_char
    return None


_COMPOUND = re.compile(r"((?:[A-ZÀ-Ö][\w]+\s+)?[\w]+-)$")


def _hyphen_compound(hit: Hit, text: str) -> tuple[int, int] | None:
    """'akl-Assad' (with its first name before it) when the surname is glued to a particle."""
    match = _COMPOUND.search(text[max(0, hit.start - 40):hit.start])
    if match is None:
        return None
    particle = match.group(1).split()[-1][:-1].lower()
    if particle in {"al", "el", "ul", "ad", "ar", "as", "az", "an", "ben", "bin", "abu", "abou"}:
        return None
    return hit.start - len(match.group(1)), hit.end


def describe(
    actor_ids: list[str], dictionary: Dictionary, date: str | None = None
) -> dict[str, Any]:
    """The dictionary fields copied onto a mention of the first id (its ACLED name as of
    ``date``, the article's date)."""
    actor = dictionary.get(actor_ids[0]) if actor_ids else None
    if actor is None:
        return {}
    return {
        "actor_id": actor.id, "canonical": actor.name, "kind": actor.kind,
        "sector": actor.sector or None, "country": actor.country or None,
        "wikidata": actor.wikidata or None, "side": actor.side or None,
        "acled": actor.acled_name(date),
    }


def same_key(left: str, right: str) -> bool:
    return normalize(left) == normalize(right)
