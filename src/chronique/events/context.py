"""Where, when, according to whom and how sure: the context of one event mention.

Each function takes the article, the parse and the event's trigger/clause/sentence and picks
among the spans upstream stages found: the place and time expression nearest the trigger in
its clause, else in its sentence (never elsewhere in the article); the attribution covering the
trigger; the modality of the clause (asserted, conditional, hypothetical, possible, future,
negated, question, alleged — the French reported past conditional "auraient rendu").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..figures.attribution import attribution_for, certainty_for
from ..figures.modality import modality as text_modality
from ..types import Article, Attribution, EventMention, Evidence, Place, TimeExpr
from .lexicon import context_words, event_words, verb_keys, word_keys

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

OCCURRED = frozenset({"asserted", "alleged"})
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_SINCE = re.compile(r"\b(depuis|dès|jusqu)\W*(le|la|l'|les|du|début)?\W*$", re.IGNORECASE)


def date_of(value: str | None) -> tuple[str, int, int] | None:
    """``(ISO date, ACLED time_precision, UCDP date_prec)`` of a TIMEX3-style value."""
    if not value:
        return None
    if match := _DAY.match(value):
        return match.group(0), 1, 1
    if match := _WEEK.match(value):
        weekend = value.endswith("-WE")  # "ce week-end": its Saturday, a two-day range
        try:
            day = dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)),
                                          6 if weekend else 1)
        except ValueError:
            return None
        return (day.isoformat(), 2, 2) if weekend else (day.isoformat(), 2, 3)
    if _MONTH.match(value):
        return value, 3, 4
    if _YEAR.match(value):
        return value, 3, 5
    return None


def fallback_date(article: Article) -> tuple[str, int, int] | None:
    """The article's believed date, one step coarser: the event happened around then. A range
    ("2016-12-01/2016-12-31") gives its start, as coarse as the range is wide; a range of
    months within one year gives that year; a range over several years gives nothing (an event
    is not dated by the start of a four-year window)."""
    claim = article.published
    value = claim.value if claim else None
    if value and "/" in value:
        return _range_date(value)
    found = date_of(value)
    if found is None:
        return None
    value, acled, ucdp = found
    return value, max(acled, 2), max(ucdp, 3)


def _range_date(value: str) -> tuple[str, int, int] | None:
    first, _, last = value.partition("/")
    start, end = date_of(first), date_of(last)
    if start is None:
        return None
    if end is None or start[1] > 1 or end[1] > 1:
        return start[0], 3, max(start[2], 4)
    days = (dt.date.fromisoformat(end[0][:10]) - dt.date.fromisoformat(start[0][:10])).days
    if days <= 6:
        return start[0], 2, 2 if days <= 5 else 3
    if days <= 31:
        return start[0], 3, 4
    if start[0][:4] == end[0][:4]:
        return start[0][:4], 3, 5  # months wide, within one year: the year (UCDP 5)
    return None  # years wide: the event's date is unknown, not the range's start


def latest_day(article: Article) -> dt.date | None:
    """The last day the article can tell of as past: its believed date (a range's end)."""
    claim = article.published
    value = claim.value if claim else None
    if not value:
        return None
    last = value.rpartition("/")[2]
    match = _DAY.match(last)
    if match is None:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def later_than(value: str, day: dt.date | None) -> bool:
    """Whether a time value lies wholly after ``day`` (a past event cannot be dated so)."""
    if day is None:
        return False
    found = date_of(value)
    if found is None:
        return False
    text = found[0]
    if len(text) >= 10:
        return text[:10] > day.isoformat()
    return text > day.isoformat()[:len(text)]


def within(span: Any, start: int, end: int) -> bool:
    return start <= span.start and span.end <= end


def nearest(spans: list[Any], anchor: int) -> Any:
    return min(spans, key=lambda span: (abs(span.start - anchor), span.start)) if spans else None


def dated_times(article: Article, latest: dt.date | None) -> list[TimeExpr]:
    """The article's dates and times that give a date, none wholly after ``latest``."""
    return [t for t in article.times if t.type in ("DATE", "TIME")
            and date_of(t.value) is not None and not later_than(t.value, latest)]


def pick_time(article: Article, clause: tuple[int, int], sentence: tuple[int, int],
              anchor: int, *, past: bool = True,
              said: frozenset[tuple[int, int]] = frozenset(),
              fronted: tuple[int, int] | None = None,
              later: frozenset[tuple[int, int]] = frozenset()) -> TimeExpr | None:
    """The dated time expression of the clause, else of the sentence (not "depuis …"); for an
    event that occurred (``past``), none after the article's date ("le 8 janvier prochain").
    ``said``: the spans of times that date the telling, not the event ("a annoncé lundi avoir
    neutralisé … lors de frappes menées samedi"), taken only when no other is there.
    ``fronted``: the head of the written sentence the parser cut off before ``sentence``
    ("Dimanche, une unité a été prise pour cible"), read last. ``later``: the spans of times
    that date what followed the event ("… avant d'être repoussés samedi matin"), never its
    own."""
    usable = [t for t in dated_times(article, latest_day(article) if past else None)
              if not _SINCE.search(article.text[max(0, t.start - 16):t.start])
              and (t.start, t.end) not in later]
    telling = None
    for start, end in (clause, sentence, *([fronted] if fronted else [])):
        # a time that starts in the span is its own, though the parse ends the clause inside
        # it ("ont attaqué dans la nuit du 16 au | 17 janvier")
        found = [t for t in usable if start <= t.start < end
                 and not _aside(article.text, t, anchor, sentence)]
        own = [t for t in found if (t.start, t.end) not in said]
        if own:
            return nearest(own, anchor)
        if found and telling is None:
            telling = nearest(found, anchor)
    return telling


def later_times(article: Article, doc: Doc, head: Token, sentence: tuple[int, int],
                words: dict[str, Any]) -> frozenset[tuple[int, int]]:
    """The times of the sentence inside a clause of what came after the event, hung on its
    verb with a mark of sequence ("ont pillé des magasins avant d'être repoussés samedi matin":
    `later_marks`): when that happened, not the event."""
    marks = {w.casefold() for w in words.get("later_marks", [])}
    if not marks:
        return frozenset()
    # (of a verb coordinated with another, the clause may hang on the first: "ont pillé … et
    # incendié … avant d'être repoussés")
    verbs = [head, head.head] if head.dep_ == "conj" else [head]
    clauses = [c for verb in verbs for c in verb.children if c.dep_ == "advcl"
               and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)]
    found = set()
    for clause in clauses:
        tokens = list(clause.subtree)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        found |= {(t.start, t.end) for t in article.times
                  if within(t, *sentence) and start <= t.start < end}
    return frozenset(found)


def said_times(article: Article, doc: Doc, root: Token, sentence: tuple[int, int],
               words: dict[str, Any]) -> frozenset[tuple[int, int]]:
    """The times of the sentence that a verb of speech governs while the event word ``root``
    is in what it reports ("l'armée a annoncé lundi avoir neutralisé…"): when it was said."""
    speech = {w.casefold() for w in words.get("speech_verbs", [])}
    reports = {w.casefold() for w in words.get("report_nouns", [])}
    found = set()
    for t in article.times:
        if not within(t, *sentence):
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span.root.head
        # (a time after the event word ends what is reported: "a dénoncé jeudi l'exécution de
        # 21 civils … en mars" tells when they were killed, whatever the parse hangs it on)
        spoken = head.i != root.i and bool(verb_keys(head) & speech) and t.start < root.idx \
            and any(a.i == head.i for a in root.ancestors)
        if spoken or _dates_a_report(head, root, reports):
            found.add((t.start, t.end))
    datelines = _datelines(article)
    found |= {(t.start, t.end) for t in article.times
              if any(s <= t.start and t.end <= e for s, e in datelines)}
    return frozenset(found)


def _dates_a_report(head: Token, root: Token, reports: set[str]) -> bool:
    """Whether a time hung on ``head`` dates a statement the event word ``root`` is not part
    of ("Dans un communiqué lu mercredi soir, le ministère fait état de six soldats tués", "son
    rapport du 3 mars"): the day the report was made, not the day of what it reports
    (`report_nouns`)."""
    noun = head
    for _ in range(2):  # the noun, or the participle that describes it ("un communiqué lu …")
        if noun.lemma_.casefold() in reports or noun.head.i == noun.i or noun.pos_ != "VERB":
            break
        noun = noun.head
    return noun.lemma_.casefold() in reports and noun.pos_ == "NOUN" \
        and root.i not in {t.i for t in noun.subtree}


def _datelines(article: Article) -> tuple[tuple[int, int], ...]:
    """The spans of the datelines that open the article's lines ("BAMAKO, 3 février (AFP) -"):
    their date is the dispatch's, not an event's."""
    return _dateline_spans(article.text, article.lang or "fr")


@lru_cache(maxsize=64)
def _dateline_spans(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    from ..geo.chains import agency_datelines, dateline_spans

    return tuple(dateline_spans(text, agency_datelines(lang)))


def _aside(text: str, span: Any, anchor: int, sentence: tuple[int, int]) -> bool:
    """Whether ``span`` is inside a parenthesis that does not hold ``anchor`` ("sur la place
    Tahrir (ici le 5 juin), au Caire, ont été attaquées vendredi soir")."""
    opening = text.rfind("(", sentence[0], span.start)
    if opening < 0 or text.rfind(")", opening, span.start) >= 0:
        return False
    closing = text.find(")", span.end, sentence[1])
    if closing < 0:
        return False
    return not opening < anchor < closing


#: the roles of a place named as where a source spoke or was reached, or the dispatch filed
SAID_ROLES = frozenset({"said", "dateline"})
#: the roles of a place named for what is not where an event was: where people went, where a
#: source spoke or the dispatch was filed
_ELSEWHERE = frozenset({"destination"}) | SAID_ROLES
#: those roles and a correspondent's town: what an incident's place is only when none other is
NOT_THE_SCENE = _ELSEWHERE | {"source"}


def pick_place(article: Article, doc: Doc, trigger_tokens: set[int], clause: tuple[int, int],
               sentence: tuple[int, int], anchor: int,
               places: list[Place] | None = None,
               fronted: tuple[int, int] | None = None) -> Place | None:
    """The event's own place: under the trigger, else in its clause, else in its sentence; the
    finest of them, then the nearest; none quoted or in an aside that does not hold the
    trigger ("Syrie" in « Syrie et Yémen sont un ») nor where people went ("ont fui vers
    X"), a source spoke ("joint depuis X") or the dispatch was filed, unless the sentence names
    no other. ``places``: the candidates (default: all of the article's). ``fronted``: the
    head of the written sentence the parser cut off before ``sentence`` ("À Yarou, | douze
    personnes…"), read last."""
    text = article.text
    places = article.places if places is None else places
    lang = article.lang or "fr"
    openers = _locative_quote(lang)
    reports = _report_nouns(lang)

    def told_by_whom(place: Place) -> bool:
        """Named in the phrase of a statement or of who speaks, not of the event."""
        return _in_report(doc, place, trigger_tokens, reports, lang) \
            or _in_speaker(doc, place, trigger_tokens, lang)

    in_sentence = [p for p in places if within(p, *sentence) and p.role not in _ELSEWHERE
                   and not _quoted(text, p, anchor, sentence, openers)
                   and not _aside(text, p, anchor, sentence) and not told_by_whom(p)]
    under = [p for p in in_sentence if _governed_by(doc, p, trigger_tokens, lang)
             or _relative_where(text, p, clause)]
    in_clause = [p for p in in_sentence if within(p, *clause)]
    for group in (under, in_clause, in_sentence):
        if group:
            best = _finest(group, anchor)
            if best.role in _ROLE_COST and group is under:
                # a town named to locate (an end of "l'axe X–Y") beside a finer place of the
                # clause ("…, à hauteur du village de Z"): the finer one
                finer = [p for p in in_clause if place_rank(p) < place_rank(best)]
                best = _finest(finer, anchor) if finer else best
            return best
    if fronted is not None:
        cut = [p for p in places if within(p, *fronted) and p.role not in _ELSEWHERE
               and not _quoted(text, p, anchor, fronted, openers)]
        if cut:
            return _finest(cut, anchor)
    # where a source spoke, when the sentence names nothing else ("l'envoyée spéciale à X
    # rapporte que des habitants ont manifesté", "dans un communiqué lu à X"): the incident's
    # place only if no other sentence of it names one (SAID_ROLES)
    said = [p if p.role in SAID_ROLES else replace(p, role="said") for p in places
            if within(p, *sentence) and (p.role in SAID_ROLES or told_by_whom(p))
            and not _quoted(text, p, anchor, sentence, openers)]
    return _finest(said, anchor) if said else None


@lru_cache(maxsize=8)
def _report_nouns(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in context_words(lang).get("report_nouns", []))


@lru_cache(maxsize=8)
def _speech_verbs(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in context_words(lang).get("speech_verbs", []))


def _in_speaker(doc: Doc, place: Place, trigger_tokens: set[int], lang: str) -> bool:
    """Whether ``place`` is named in the phrase of who speaks, the subject of a verb of
    speech the event word is not part of ("…, a indiqué un membre de la milice basé à X",
    "Un habitant de X affirme que…"): where the source is, not where it happened."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    speech = _speech_verbs(lang)
    for ancestor in [span.root, *list(span.root.ancestors)[:5]]:
        if ancestor.i in trigger_tokens:
            return False
        if ancestor.dep_ in ("nsubj", "nsubj:pass") and verb_keys(ancestor.head) & speech:
            # (a speaker's phrase is short: a subject the parse stretched over clauses of
            # their own tells nothing of who speaks)
            subject = {t.i for t in ancestor.subtree}
            return len(subject) <= SPEAKER_TOKENS and not trigger_tokens & subject
    return False


#: the most tokens the phrase of who speaks is read as ("un membre de la milice basé à X")
SPEAKER_TOKENS = 15


def _in_report(doc: Doc, place: Place, trigger_tokens: set[int],
               reports: frozenset[str], lang: str) -> bool:
    """Whether ``place`` is named in the phrase of a statement the event word is not part of
    ("Dans un communiqué lu mercredi à Niamey, le ministère fait état de…"): where it was
    said, not where it happened (`report_nouns`)."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or not len(span) or not reports:
        return False
    events = event_words(lang)
    for ancestor in list(span.root.ancestors)[:4]:
        if ancestor.i in trigger_tokens or word_keys(ancestor, verbal=False) & events:
            return False  # (the place of an event the report names: "le bilan de l'attaque de X")
        if ancestor.pos_ == "NOUN" and ancestor.lemma_.casefold() in reports:
            return not trigger_tokens & {t.i for t in ancestor.subtree}
    return False


#: within one UCDP precision, a place inside a town before the town
_KIND_RANK = {"neighbourhood": 0, "district": 0, "site": 0, "part": 0, "admin1": 2, "admin2": 2,
              "region": 2, "country": 2}


#: how much coarser a place tells where than its precision says, by its role: a container
#: ("commune de Y") or a point of reference ("au nord de Y", elsewhere by definition) names
#: where it happened only when nothing finer is named; a landmark ("près de Y") is near it
_ROLE_COST = {"container": 2, "reference": 2, "near": 1}


def place_rank(place: Place) -> tuple[int, int]:
    """How well a place tells where something happened, smaller first: UCDP ``where_prec``
    (a place the gazetteer lacks but the text names, "le village de X", counts as a known
    point's surroundings, 2, whatever its container, and as small as a neighbourhood; a
    quarter of a town it knows, as the town's point, 1), made
    coarser for a place named to locate another (:data:`_ROLE_COST`), then a neighbourhood or
    a site before a town, a town before a division."""
    precision = place.where_prec or 7
    kind = _KIND_RANK.get(place.kind or "", 1)
    if place.within is not None:  # a named place the gazetteer lacks: finer than a region
        # (a quarter placed at a town it knows, finer than any town: "le quartier de X, à Y")
        precision = min(precision, 1 if kind == 0 and precision <= 2 else 2)
        kind = 0
    return (precision + _ROLE_COST.get(place.role or "", 0), kind)


def _finest(places: list[Place], anchor: int) -> Place:
    """The place that best tells where (:func:`place_rank`), then the nearest to ``anchor``."""
    return min(places, key=lambda p: (place_rank(p), abs(p.start - anchor), p.start))


_QUOTES = re.compile(r"«[^»]*(?:»|$)|\"[^\"]*(?:\"|$)|“[^”]*(?:”|$)")
_WHERE = re.compile(r"\s*,?\s*(?:où|dans laquelle|dans lequel)\s*$", re.IGNORECASE)


def _quoted(text: str, span: Any, anchor: int, sentence: tuple[int, int],
            openers: re.Pattern[str] | None = None) -> bool:
    """Whether ``span`` is inside a quotation (closed or running to the sentence's end) that
    does not hold ``anchor`` and does not open on a locative (``openers``: "« à la hauteur
    du village de X »" quotes where it happened)."""
    for match in _QUOTES.finditer(text[:sentence[1]], sentence[0]):
        if match.start() <= span.start and span.end <= match.end():
            if openers is not None and openers.match(text, match.start() + 1):
                return False
            return not match.start() <= anchor < match.end()
    return False


@lru_cache(maxsize=8)
def _locative_quote(lang: str) -> re.Pattern[str] | None:
    words = context_words(lang).get("locative_quote", [])
    if not words:
        return None
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"\s*(?:{alternatives})\b", re.IGNORECASE)


def _relative_where(text: str, place: Any, clause: tuple[int, int]) -> bool:
    """"à Tadmor, où les manifestants ont scandé": the place a clause opened by "où" is in."""
    return place.end <= clause[0] and bool(_WHERE.fullmatch(text, place.end, clause[0]))


def _governed_by(doc: Doc, span: Any, tokens: set[int], lang: str = "fr") -> bool:
    piece = doc.char_span(span.start, span.end, alignment_mode="expand")
    if piece is None or not len(piece):
        return False
    # (not through a clause of what went on meanwhile: "l'embuscade a eu lieu près de X, alors
    # qu'une patrouille escortait des commerçants vers Y" tells where only of X)
    current = piece.root
    for ancestor in piece.root.ancestors:
        if _meanwhile_clause(current, lang):
            return False
        if ancestor.i in tokens:
            return True
        current = ancestor
    return False


def _meanwhile_clause(token: Token, lang: str) -> bool:
    """Whether ``token`` heads an adverbial clause opened by a conjunction of what went on
    meanwhile (`concurrent`: "alors qu'…", "tandis que…"; not "lorsque", which tells the
    event itself)."""
    if token.dep_ != "advcl":
        return False
    marks = _concurrent_marks(lang)
    for mark in token.children:
        if mark.dep_ == "mark":
            words = [mark.lower_] + [c.lower_ for c in mark.children if c.dep_ == "fixed"]
            if " ".join(words).replace("\u2019", "'") in marks:
                return True
    return False


@lru_cache(maxsize=8)
def _concurrent_marks(lang: str) -> frozenset[str]:
    return frozenset(w.casefold().replace("\u2019", "'")
                     for w in context_words(lang).get("concurrent", []))


def subordinate(doc: Doc, span: Any, lang: str = "fr") -> bool:
    """Whether ``span`` is inside a clause of what went on meanwhile (`concurrent`: "…, alors
    qu'une patrouille escortait des commerçants vers X"): what that clause tells, not its
    sentence."""
    piece = doc.char_span(span.start, span.end, alignment_mode="expand")
    if piece is None or not len(piece):
        return False
    return any(_meanwhile_clause(t, lang) for t in (piece.root, *piece.root.ancestors))


def pick_attribution(article: Article, doc: Doc, start: int, end: int,
                     sentence: tuple[int, int]) -> Attribution | None:
    """Who says the event happened: the narrowest attribution of the Attribution stage covering
    the trigger, else a local reading of the sentence. A doubt ("une information qui n'a pu
    être confirmée par l'OSDH") is no source: it only lowers the certainty."""
    found = attribution_for(article, start, end)
    if found is None:
        found = _local_attribution(article, doc, sentence, start)
    return found


#: Reporting verbs (lemmas) and the strength of what they report.
REPORTING = {
    "selon": "neutral", "d'après": "neutral", "rapporter": "neutral", "indiquer": "neutral",
    "annoncer": "neutral", "préciser": "neutral", "déclarer": "neutral", "dire": "neutral",
    "ajouter": "neutral", "estimer": "neutral", "expliquer": "neutral", "faire": "neutral",
    "affirmer": "assert", "assurer": "assert", "confirmer": "assert",
    "prétendre": "claim", "accuser": "claim", "revendiquer": "claim", "dénoncer": "claim",
    "démentir": "deny", "nier": "deny",
}


def _local_attribution(article: Article, doc: Doc, sentence: tuple[int, int],
                       anchor: int) -> Attribution | None:
    """The nearest "selon X" / "X affirme" / "…, rapporte X" of the sentence, from the parse."""
    span = doc.char_span(sentence[0], sentence[1], alignment_mode="expand")
    if span is None:
        return None
    found = [found for token in span if (found := _source_of(token)) is not None]
    if not found:
        return None
    verb, source = min(found, key=lambda pair: abs(pair[0].idx - anchor))
    start = min(verb.idx, source[0].idx)
    end = max(verb.idx + len(verb), source[-1].idx + len(source[-1]))
    lemma = _reporting_lemma(verb)
    return Attribution(start, end, "events", article.text[start:end],
                       source=article.text[source[0].idx:source[-1].idx + len(source[-1])],
                       verb=verb.lower_, strength=REPORTING.get(lemma or "", "neutral"),
                       target_start=sentence[0], target_end=sentence[1])


def _reporting_lemma(token: Token) -> str | None:
    lower = token.lower_.replace("\u2019", "'")
    if lower in ("selon", "d'après"):
        return lower
    lemma = token.lemma_.casefold()
    if lemma == "faire":  # "fait état de"
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return "faire" if following is not None and following.lower_ == "état" else None
    return lemma if lemma in REPORTING and token.pos_ in ("VERB", "AUX") else None


def _source_of(token: Token) -> tuple[Token, list[Token]] | None:
    """``(reporting word, source tokens)`` when ``token`` introduces a source."""
    lemma = _reporting_lemma(token)
    if lemma is None:
        return None
    if lemma in ("selon", "d'après"):
        noun = token.head
        return (token, _phrase(noun, skip=token)) if noun.i != token.i else None
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")
                and c.pos_ in ("NOUN", "PROPN")]
    if subjects:
        return token, _phrase(subjects[0])
    previous = token.doc[token.i - 1] if token.i else None
    inverted = [c for c in token.children if c.dep_ in ("obj", "nsubj") and c.i > token.i
                and c.pos_ in ("NOUN", "PROPN")]
    if previous is not None and previous.text == "," and inverted:  # "…, rapporte l'OSDH"
        return token, _phrase(inverted[0])
    return None


def _phrase(head: Token, skip: Token | None = None) -> list[Token]:
    """``head`` with its determiners, adjectives and complements, up to a comma or a clause."""
    first = skip.i + 1 if skip is not None else head.left_edge.i
    tokens = []
    for token in head.doc[first:head.right_edge.i + 1]:
        if token.i > head.i and (token.text == "," or token.dep_ in ("acl", "acl:relcl")
                                 or token.lower_ in ("qui", "que", "qu'", "dont")):
            break
        tokens.append(token)
    if any(t.text == "(" for t in tokens) and not any(t.text == ")" for t in tokens):
        after = head.doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(head.doc) else None
        if after is not None and after.text == ")":
            tokens.append(after)
    return tokens or [head]


def modality(article: Article, doc: Doc, trigger_token: Token, clause_head: Token,
             start: int, end: int, words: dict[str, list[str]]) -> str:
    """The event's modality: what the parse sees governing the trigger (negation, "si",
    modal verb, plan, conditional), else the reading of the text around it."""
    local = parse_modality(doc, trigger_token, clause_head, words)
    found = text_modality(article.text, start, end, lang=article.lang or "fr")
    if local == "alleged" and found in ("conditional", "asserted"):
        return "alleged"  # the journalistic past conditional reports a claimed past event
    if local not in ("asserted", "alleged"):
        return local  # the parse saw the negation, hypothesis or plan governing the trigger
    return found or local


def _path(trigger: Token, head: Token, purpose: frozenset[str] = frozenset()) -> list[Token]:
    """The trigger and its ancestors up to (and including) its clause head, then the verbs
    that clause is the complement or, after a mark of ``purpose``, the aim of."""
    path = [trigger]
    for ancestor in trigger.ancestors:
        path.append(ancestor)
        if ancestor.i == head.i:
            break
    current = path[-1]
    for _ in range(3):  # "veut coûte que coûte s'emparer": complements of a governing verb
        # (and the clause of purpose one serves: "a promis de tout faire pour libérer…")
        if current.dep_ not in ("xcomp", "ccomp") and not _purpose_clause(current, purpose) \
                or current.head.i == current.i:
            break
        current = current.head
        path.append(current)
    return path


def parse_modality(doc: Doc, trigger: Token, head: Token, words: dict[str, list[str]]) -> str:
    sentence = trigger.sent
    if sentence.text.rstrip().endswith("?"):
        return "question"
    path = _path(trigger, head, frozenset(words.get("purpose", [])))
    lemmas = {t.lemma_.casefold() for t in path}
    # intent: not a participle saying what was hit (the parser may make "visant" the head of
    # "la frappe … visant un convoi a fait trois morts")
    hitting = set(words.get("hitting_intent", []))
    intended = {t.lemma_.casefold() for t in path
                if t.i == trigger.i and not _hit(t, hitting)
                or not (_aimed_at(t) or _hit(t, hitting))}
    # "manifestation attendue", "rassemblement prévu", "une offensive visant à reprendre";
    # not a present participle saying what the act hit ("une frappe visant son véhicule")
    modifiers = {c.lemma_.casefold() for c in trigger.children if c.dep_ in ("amod", "acl")
                 and not _aimed_at(c)}
    if any(_negated(t) for t in path) or lemmas & set(words.get("deny", [])):
        return "negated"
    if any(_hypothetical(t, words) for t in path):
        return "hypothetical"
    if (lemmas | modifiers) & set(words.get("possible", [])):
        return "possible"
    for token in path:
        mood = _conditional(token)
        if mood:
            return mood
    spelled = next((m for m in map(_spelled_mood, path) if m), None)
    if spelled:
        return spelled
    purpose = set(words.get("purpose", []))
    marks = {c.lower_ for c in trigger.children if c.dep_ == "mark"}
    if trigger.lemma_.casefold() in set(words.get("protest_context", [])) | {"manifester"}:
        marks = set()  # "se rassembler pour manifester" is a protest
    if (intended | modifiers) & set(words.get("intent", [])) or any(_future(t) for t in path) \
            or marks & purpose:
        return "future"
    return "asserted"


def _purpose_clause(verb: Token, purpose: frozenset[str]) -> bool:
    """An adverbial clause of a present infinitive after a mark of purpose (``purpose``:
    "pour libérer"); not a perfect one, which says a cause ("pour avoir attaqué")."""
    return verb.dep_ == "advcl" and "Inf" in verb.morph.get("VerbForm", []) \
        and any(c.dep_ == "mark" and c.lower_ in purpose for c in verb.children) \
        and not any(c.dep_.startswith("aux") for c in verb.children)


def _hit(verb: Token, hitting: set[str]) -> bool:
    """"une voiture piégée a visé des positions de l'armée": a verb of aiming with no infinitive
    tells what was hit ("viser à reprendre la ville" is intent)."""
    return verb.lemma_.casefold() in hitting and verb.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ == "xcomp" or "Inf" in c.morph.get("VerbForm", [])
                    for c in verb.children)


def _aimed_at(participle: Token) -> bool:
    """A present participle with an object and no infinitive: "visant son véhicule"."""
    return "Part" in participle.morph.get("VerbForm", []) \
        and "Pres" in participle.morph.get("Tense", []) \
        and not any(c.dep_ == "xcomp" or "Inf" in c.morph.get("VerbForm", [])
                    for c in participle.children)


_NEGATIONS = frozenset({"pas", "jamais", "guère", "point", "plus", "aucun", "aucune", "rien",
                        "nullement"})


def _negated(verb: Token) -> bool:
    if not any(c.lower_ in ("ne", "n'", "n’") for c in verb.children):
        return False
    doc = verb.doc
    following = [doc[i] for i in range(verb.i - 3, min(len(doc), verb.i + 5)) if i >= 0]
    words = [t.lower_ for t in following]
    if "que" in words or "qu'" in words:
        return False  # "ne … que": restrictive, not negated
    return any(word in _NEGATIONS for word in words)


def _hypothetical(head: Token, words: dict[str, list[str]]) -> bool:
    marks = set(words.get("hypothetical", []))
    for clause in (head, *(c for c in head.children if c.dep_ == "advcl")):
        if any(child.dep_ == "mark" and child.lower_ in marks and not _reflexive(child)
               for child in clause.children):
            return True
    return False


def _reflexive(mark: Token) -> bool:
    """"s'" read as "si" that is the reflexive pronoun of the verb right after it and its
    "en" or "y" ("les rebelles s'en étaient emparés"), not "if"."""
    doc = mark.doc
    following = doc[mark.i + 1] if mark.i + 1 < len(doc) else None
    return mark.lower_.replace("\u2019", "'") == "s'" and following is not None \
        and following.lower_ in ("en", "y")


def _conditional(verb: Token) -> str | None:
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
    if any("Cnd" in aux.morph.get("Mood", []) for aux in auxiliaries):
        return "alleged" if "Part" in verb.morph.get("VerbForm", []) else "conditional"
    if "Cnd" in verb.morph.get("Mood", []):
        return "conditional"
    return None


def _future(verb: Token) -> bool:
    tokens = [verb, *(c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop")]
    return any("Fut" in token.morph.get("Tense", []) for token in tokens)


#: Conditional forms the tagger often reads as imperfect.
CONDITIONAL_FORMS = frozenset({
    "serait", "seraient", "aurait", "auraient", "ferait", "feraient", "pourrait", "pourraient",
    "devrait", "devraient", "voudrait", "voudraient", "faudrait", "irait", "iraient",
})


def _spelled_mood(token: Token) -> str | None:
    """Future or conditional read from a verb's ending, for mis-tagged verbs."""
    lower = token.lower_
    if lower.endswith(("erait", "eraient")) or lower in CONDITIONAL_FORMS:
        return "conditional"
    if lower.endswith(("era", "eront", "eras", "erons", "erez")) and token.pos_ != "VERB":
        return "future"
    return None


def _claimed_between(text: str, words: dict[str, list[str]]) -> bool:
    """Whether another claim is told between an event word and the denial after it
    ("X a revendiqué l'embuscade et dit s'être emparé du poste, ce que l'état-major a
    démenti": the takeover is denied, not the ambush)."""
    verbs = [w.casefold() for w in words.get("claim_verbs", [])]
    stems = {v[:-2] for v in verbs if v.endswith(("er", "re", "ir")) and len(v) > 4}
    return any(word.startswith(tuple(stems)) for word in re.findall(r"\w+", text.casefold()))


def certainty(article: Article, attribution: Attribution | None, modality_value: str,
              sentence: tuple[int, int], words: dict[str, list[str]],
              trigger: tuple[int, int] | None = None) -> str:
    """reported | claimed | unconfirmed | denied: the strongest doubt of the event's source,
    of the doubts covering its trigger ("n'a pu être confirmée") and of its sentence."""
    strength = attribution.strength if attribution else None
    text = article.text[sentence[0]:sentence[1]].replace("\u2019", "'").casefold()
    if strength == "deny":
        return "denied"
    denied_after = words.get("denied_after")
    found = re.search(str(denied_after), article.text[trigger[1]:sentence[1]], re.IGNORECASE) \
        if denied_after and trigger else None
    if found is not None and trigger is not None and not _claimed_between(
            article.text[trigger[1]:trigger[1] + found.start()], words):
        return "denied"  # "…, ce que l'armée a démenti"
    covering = certainty_for(article, *trigger) if trigger else "reported"
    if covering == "denied":
        return "denied"
    unconfirmed = any(re.search(p, text) for p in words.get("unconfirmed", []))
    if strength == "unconfirmed" or unconfirmed or covering == "unconfirmed":
        return "unconfirmed"
    denied_next = words.get("denied_next")
    if denied_next and re.match(str(denied_next), article.text[sentence[1]:sentence[1] + 200]
                                .lstrip(" .\n"), re.IGNORECASE):
        return "denied"  # "X affirme avoir attaqué … Une version démentie par l'armée."
    if strength == "claim" or modality_value == "alleged" or covering == "claimed":
        return "claimed"
    return "reported"


#: Days before the article's date in which a dated event sets the date of the next ones.
#: certainties from the firmest to the weakest
CERTAINTIES = ("reported", "claimed", "unconfirmed", "denied")


def firmest(certainties: list[str]) -> str:
    """The firmest of the certainties several mentions give (the first one when none is
    known)."""
    known = [value for value in certainties if value in CERTAINTIES]
    return min(known, key=CERTAINTIES.index) if known else certainties[0]


NEWS_WINDOW = 7
DATE_FIELDS = ("date", "date_precision", "date_prec")


def narrative_dates(article: Article, mentions: list[EventMention]) -> None:
    """An event told with no date of its own ("Au même moment, des milliers d'Egyptiens
    manifestaient", "Les manifestants de Hodeidah ont aussi scandé") happened on the day of the
    last event dated before it, when that day is one of the days the article reports on (the
    week up to its date); the precision says it is inferred."""
    latest = latest_day(article)
    if latest is None:
        return
    current: EventMention | None = None
    source: Evidence | None = None
    for mention in sorted(mentions, key=lambda m: m.start):
        told = said_that_day(mention)
        if mention.time is not None or told:
            # (a day said of what was told, "Mardi, des habitants ont signalé des
            # explosions", keeps the story on that day too)
            if mention.occurred and mention.date_precision == 1 and _recent(mention, latest):
                current, source = mention, _date_evidence(article, mention)
            continue
        if current is None or source is None or not mention.occurred:
            continue
        mention.date, mention.date_precision, mention.date_prec = current.date, 2, 2
        mention.evidence = [e for e in mention.evidence if e.field not in DATE_FIELDS]
        mention.evidence.extend(Evidence(name, article.id, source.start, source.end,
                                         source.stage, source.text) for name in DATE_FIELDS)


def _date_evidence(article: Article, mention: EventMention) -> Evidence | None:
    """Where the mention's date was read: its time expression, else its date's evidence."""
    if mention.time is not None:
        time = mention.time
        return Evidence("date", article.id, time.start, time.end, time.stage,
                        article.text[time.start:time.end])
    return next((e for e in mention.evidence if e.field == "date"), None)


def said_that_day(mention: EventMention) -> bool:
    """Whether the mention's day is the day its own sentence says it was told on ("Lundi,
    l'armée a annoncé avoir tué…", "la police a annoncé jeudi l'arrestation…"): what was
    announced that day happened then or before, and the day of the last event told is no
    better guess for it."""
    return mention.date_precision == 1 and any(
        e.field == "date" and mention.sentence_start <= e.start < mention.sentence_end
        for e in mention.evidence)


def _recent(mention: EventMention, latest: dt.date) -> bool:
    try:
        day = dt.date.fromisoformat((mention.date or "")[:10])
    except ValueError:
        return False
    return 0 <= (latest - day).days <= NEWS_WINDOW
