"""Casualty and displacement figures: how many, what happened to them, who they were.

Each quantity of a sentence (see :mod:`.numbers`) becomes a :class:`~chronique.types.Figure`
when the text says what happened to the people counted, from the language table
``casualties``:

- the number's own noun: "240 morts", "14 000 déplacés" (``kind_from="noun"``);
- a word governing it: "le déplacement de 20 000 personnes" (``"before"``);
- what the clause says of them: "384 civils ont été tués" (``"after"``);
- the figure it is a part of: "dont 19 enfants" (``"part"``), "parmi les 240 morts, on dénombre
  24 civils" (``"container"``), so nested figures are never added up;
- an anaphora: "105 civils l'ont été" takes the kind of the figure before (``"anaphora"``);
- an unlisted noun (or none) right before a participle said only of people: "deux chiites
  tués", "au moins 200 ont été blessées" (``"after"``); "tuant trois d'entre eux" (``"before"``);
- groups joined under one verb: "un gendarme et quatre assaillants ont été tués" gives each
  group and their total, five killed (``"sum"``, placed before its groups).

What the clause says of the counted people overrides their noun when it follows at once
("Quatre détenus ont été tués" is killed), and so does a governing noun ("l'évacuation de 99
blessés" is evacuated). A cue only counts in the counted people's verb group (see
``verb_group`` in the table): "des milliers de personnes ont participé aux obsèques des
manifestants tués" counts no one.

Percentages ("80 % des quartiers") and numbers of things (localités, roquettes, kilomètres)
are not figures. A toll over a whole conflict ("plus de 320.000 morts depuis 2011") is kept
with ``cumulative=True``: context, not a new event. A share ("dont près de la moitié sont des
enfants") is resolved against its parent. Figures are returned in text order; ``part_of`` and
``refers_to`` are indices into the returned list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from ..lang import demonyms, table
from ..types import Figure, Span
from .modality import unglue
from .numbers import Quantity, find_quantities

STAGE = "figures"
_WINDOW = 160  # how far after the number a clause may say what happened


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().replace("’", "'").split())


def _alt(phrases: Any) -> str:
    parts = sorted({_key(p) for p in phrases}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())).replace("'", "['’]") for p in parts)


def _before_alt(cues: Any, time_words: str, adverbs: str) -> str:
    """Cues ending in "de" also read "d'", a date between ("l'évacuation samedi de 99") and
    who did it ("l'arrestation par les forces de l'ordre de quinze personnes"); other cues a
    date after them: "ont tué dimanche soir une femme"; an adverb may follow a cue's first
    word: "avait déjà coûté la vie à cinq militaires"."""
    parts = []
    for cue in sorted({_key(c) for c in cues}, key=len, reverse=True):
        words = cue.split()
        if len(words) > 1 and words[-1] == "de":
            head = _cue_words(words[:-1], adverbs)
            parts.append(rf"{head}(?:\s+(?:{time_words}))*(?:\s+par\s+[^\W\d][^,.;:\d]{{0,40}}?)?"
                         rf"\s+d(?:e|['’])")
        else:
            head = _cue_words(words, adverbs)
            # (and an adverb after it: "perdant elle-même quinze soldats")
            parts.append(rf"{head}(?:\s+(?:{time_words}|{adverbs}))*")
    return "|".join(parts)


def _cue_words(words: list[str], adverbs: str) -> str:
    escaped = [re.escape(word).replace("'", "['’]") for word in words]
    if len(escaped) == 1:
        return escaped[0]
    return rf"{escaped[0]}(?:\s+(?:{adverbs}))?\s+" + r"\s+".join(escaped[1:])


@dataclass(frozen=True)
class _Grammar:
    noun: re.Pattern[str]
    suspected: re.Pattern[str] | None  # "deux présumés membres": a word of suspicion
    who: re.Pattern[str]
    share_who: re.Pattern[str]
    who_after_kind: re.Pattern[str]
    after: re.Pattern[str]
    before: re.Pattern[str]
    part: re.Pattern[str]
    container: re.Pattern[str]
    cumulative: tuple[re.Pattern[str], ...]
    relatives: re.Pattern[str] | None  # the relative pronouns that open an aside
    auxiliary: re.Pattern[str]
    adjacent_auxiliary: re.Pattern[str]
    # a noun of people's state right before what befell them ("onze déplacés tués")
    state_kinds: frozenset[str]
    adjacent_fate: re.Pattern[str] | None
    loose: re.Pattern[str]
    loose_cue: re.Pattern[str]  # a cue of `loose` anywhere: where there is none, it cannot match
    # a group's own name coordinated with other people counted ("six Wazalendo et deux civils")
    named_then_joined: re.Pattern[str]
    noun_required: frozenset[str]  # loose cues said of things too: a person's noun must come
    things: frozenset[str]
    others: re.Pattern[str]
    bare_next: re.Pattern[str]
    sibling: re.Pattern[str]
    coordination: re.Pattern[str]
    joining_end: re.Pattern[str]  # a coordination closing a span ("… de la CODECO et ")
    max_gap: int
    time_words: re.Pattern[str]
    not_counts: frozenset[str]
    zero: tuple[tuple[str, re.Pattern[str]], ...]  # (kind, "aucune victime"…)
    kinds: dict[str, dict[str, str]]  # slot (nouns/after/before) -> word -> kind
    whos: dict[str, str]
    anaphora: frozenset[str]
    fate: re.Pattern[str] | None  # "arrêtés …, puis exécutés": the later fate of those held
    loss: re.Pattern[str] | None  # a cue of a side's own loss ("ont perdu")
    some_of: re.Pattern[str]  # a word of a part anywhere ("dont plusieurs")
    owners: tuple[tuple[str, re.Pattern[str]], ...]  # (who, the subject's words) of a loss
    partitive: re.Pattern[str] | None  # "d'entre eux": people named before
    complement_article: re.Pattern[str] | None  # "d'un", "de une": a complement's article
    plural_whos: re.Pattern[str]  # a plural noun of the `who` table, anywhere


@cache
def _grammar(lang: str) -> _Grammar:
    data = table(lang, "casualties")
    kinds: dict[str, dict[str, str]] = {"nouns": {}, "after": {}, "before": {}}
    for kind, entry in data["kinds"].items():
        for slot in kinds:
            for word in entry.get(slot, []):
                kinds[slot].setdefault(_key(word), kind)
    whos = {_key(word): who for who, words in data["who"].items() for word in words}
    anaphora = frozenset(_key(cue) for cue in data["anaphora"]["cues"])
    de = (  # quotes may sit anywhere: "22 tués, « des centaines » blessés"
        r"[\"»”]?\s*(?:autres\s+)?(?:de\s+|d['’]\s*|des\s+|de\s+(?:ses|leurs|nos|ces)\s+)?"
        r"[«\"“]?\s*"
    )
    verb_group = data["verb_group"]
    time_words = _alt(data["time_words"]["words"])
    adverbs = _alt(verb_group["adverbs"])
    flags = re.I
    return _Grammar(
        noun=re.compile(rf"^\s*{de}(?P<w>{_alt(kinds['nouns'])})\b", flags),
        who=re.compile(rf"^\s*{de}(?P<w>{_alt(whos)})\b", flags),
        share_who=re.compile(
            rf"^\s*(?:d['’]entre\s+(?:eux|elles)\s+)?(?:sont|étaient|seraient|étant)\s+"
            rf"(?:des\s+|d['’]\s*)?(?P<w>{_alt(whos)})\b",
            flags,
        ),
        who_after_kind=re.compile(
            rf"\s*(?:(?:{_alt(data['who_after_kind']['prefixes'])})\s+)?(?P<w>{_alt(whos)})\b",
            flags,
        ),
        after=re.compile(  # not "condamné à mort", "engins de mort"; but "avaient déjà péri"
            rf"(?<!\w)(?<!\bà\s)(?<!\bde\s)(?P<w>{_alt(list(kinds['after']) + list(anaphora))})\b",
            flags,
        ),
        before=re.compile(
            rf"(?<!\w)(?P<w>{_before_alt(kinds['before'], time_words, adverbs)})\s*$", flags
        ),
        part=re.compile(rf"(?<!\w)(?:{_alt(data['nesting']['part'])})\s*,?\s*$", flags),
        container=re.compile(rf"(?<!\w)(?:{_alt(data['nesting']['container'])})\s*$", flags),
        cumulative=tuple(re.compile(p, flags) for p in data["cumulative"]["patterns"]),
        relatives=re.compile(rf"(?<!\w)(?:{_alt(rel)})(?!\w)", flags)
        if (rel := data["cumulative"].get("relatives")) else None,
        auxiliary=re.compile(rf"(?<![\w'’])(?:{_alt(verb_group['auxiliaries'])})\b", flags),
        adjacent_auxiliary=re.compile(rf"\s*(?:{_alt(verb_group['auxiliaries'])})\b", flags),
        state_kinds=frozenset(data.get("state_nouns", {}).get("kinds", [])),
        adjacent_fate=re.compile(rf"\s+(?:{_alt(fates)})\b", flags)
        if (fates := [w for kind in data.get("state_nouns", {}).get("fates", [])
                      for w in data["kinds"][kind]["after"]]) else None,
        # "deux d'entre eux," / "six autres ont été blessés", not "48 autres engins"
        others=re.compile(
            rf"\s*(?:{_alt(data['others']['words'])})(?=\s*(?:[,.;:)!?]|$)|\s+(?:"
            rf"{_alt(verb_group['auxiliaries'])}|furent|{_alt(data['loose']['cues'])})\b)",
            flags,
        ),
        loose=re.compile(
            # "une vingtaine de volontaires tués": the noun after the word of a round number
            rf"\s*[\"»”]?\s*(?:(?:{_alt(data['loose']['of'])})(?:\s+|(?<=['’])))?"
            rf"[«\"“]?\s*(?:(?P<head>[^\W\d_][\w'’-]*[sx]"
            # or an acronym, a small letter in it maybe: "trois VDP", "deux FAMa"
            rf"|(?-i:[A-Z](?=[a-z]?[A-Z])[A-Za-z]{{1,5}}(?![\w'’])))"
            # a complement of a few words, none a number or an auxiliary
            rf"(?P<tail>\s+(?:{_alt(data['loose']['complements'])})(?:\b|(?<=['’]))"
            rf"(?:\s*(?!(?:{_alt(verb_group['auxiliaries'])})\b)[^\s\d,;:.!?«»“”\"]+){{1,6}}?)?"
            rf"\s*[»”\"]?"
            # a part set off by commas: "vingt Palestiniens, dont des enfants, ont été tués"
            rf"(?:\s*,\s*(?:{_alt(data['nesting']['part'])})\s[^,;:.!?«»“”\"\d]{{1,60}}?,)?\s+)?"
            rf"(?:(?:{_alt(verb_group['auxiliaries'])})(?:\s+(?:été|être))?\s+)?"
            rf"[«\"“]?\s*(?P<w>{_alt(data['loose']['cues'])})\b",  # "ont été « neutralisés »"
            flags,
        ),
        loose_cue=re.compile(rf"(?:{_alt(data['loose']['cues'])})\b", flags),
        named_then_joined=re.compile(
            r"\s+(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+)(?=\s+(?:"
            + _alt(data["coordination"]["words"]) + r")\s+(?:au\s+moins\s+|plus\s+de\s+)?"
            r"(?:\d|[^\W\d_]+\s+[^\W\d_]+\s))", flags),
        # (past one word of nationality: "un soldat centrafricain et quatre rebelles")
        coordination=re.compile(
            rf"\s*(?:(?:{_alt(list(demonyms(lang)))})\s*)?(?:,\s*)?"
            rf"(?:(?:{_alt(data['coordination']['words'])})\s+)?", flags
        ) if demonyms(lang) else re.compile(
            rf"\s*(?:,\s*)?(?:(?:{_alt(data['coordination']['words'])})\s+)?", flags),
        joining_end=re.compile(rf"\s+(?:{_alt(data['coordination']['words'])})\s+$", flags),
        noun_required=frozenset(_key(w) for w in data["loose"].get("noun_required", [])),
        suspected=re.compile(rf"\s+(?:{_alt(data['suspected']['words'])})(?=\s)", flags)
        if data.get("suspected", {}).get("words") else None,
        things=frozenset(_key(w) for w in data["loose"].get("things", [])),
        max_gap=int(data["verb_group"]["max_gap"]),
        time_words=re.compile(rf"\s+(?:{time_words}|{adverbs})(?!\w)", flags),
        bare_next=re.compile(rf"\s*(?:[,;.)]|(?:{_alt(data['bare_parts']['next'])})\b|$)", flags),
        sibling=re.compile(
            rf"\s*(?:(?:{_alt(data['bare_parts']['places'])})\s+[^,;.()]{{1,40}}?)?\s*(?:,\s*)?(?:et\s*)?",
            flags,
        ),
        not_counts=frozenset(_key(p) for p in data["not_counts"]["phrases"]),
        zero=tuple((kind, re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)", flags))
                   for kind, words in data.get("zero", {}).items()),
        kinds=kinds,
        whos=whos,
        anaphora=anaphora,
        fate=_fate(data.get("fate", {}), kinds["after"], flags),
        some_of=re.compile(rf"(?<!\w)(?:{_alt(data['nesting']['part'])})(?!\w)", flags),
        loss=re.compile(rf"(?<!\w)(?:{_alt(loss['cues'])})(?!\w)", flags)
        if (loss := data.get("loss", {})).get("cues") else None,
        owners=tuple((who, re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)", flags))
                     for who, words in loss.items() if who != "cues" and words),
        complement_article=re.compile(
            rf"(?<!\w)(?:{_alt(data['loose']['article_after'])})\s*"
            rf"(?:{_alt(data['loose']['article_ones'])})$", flags)
        if data["loose"].get("article_after") and data["loose"].get("article_ones") else None,
        partitive=re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)", flags)
        if (words := data["others"].get("partitive")) else None,
        plural_whos=re.compile(
            rf"(?<!\w)(?P<w>{_alt([w for w in whos if w.endswith(('s', 'x'))])})(?!\w)", flags),
    )


#: kinds of people held, whose later fate ("puis exécutés") the figure counts
HELD_KINDS = frozenset({"arrested", "abducted", "captured"})


def _fate(data: dict[str, Any], after: dict[str, str], flags: re.RegexFlag,
          ) -> re.Pattern[str] | None:
    """The words after a kind of people held that tell they were then killed."""
    killed = [w for w, kind in after.items() if kind == "killed"]
    links, adjacent = data.get("links", []), data.get("adjacent", [])
    if not killed or not (links or adjacent):
        return None
    reach = int(data.get("reach", 80))
    alternatives = [rf"[^.;:!?]{{0,{reach}}}?(?<!\w)(?:{_alt(links)})"] if links else []
    if adjacent:
        alternatives.append(rf"\s*(?:{_alt(adjacent)})")
    return re.compile(rf"(?:{'|'.join(alternatives)})\s*,?\s+(?P<w>{_alt(killed)})\b", flags)


@dataclass
class _Draft:
    """A figure being read: what was found so far about one quantity."""

    quantity: Quantity
    end: int
    kind: str | None = None
    who: str | None = None
    kind_from: str = ""
    cue: tuple[int, int] = (-1, -1)
    part_of: int | None = None
    nested: str = ""  # part | container: how this quantity hangs on an earlier figure


def extract_figures(text: str, sentences: Sequence[Span], *, lang: str = "fr") -> list[Figure]:
    """The casualty and displacement figures of ``text``, in text order."""
    grammar = _grammar(lang)
    figures: list[Figure] = []
    bounds = unglue([(s.start, s.end) for s in sentences] or [(0, len(text))], text)
    for index, (start, end) in enumerate(bounds):
        quantities = [q for q in find_quantities(text, start, end, lang=lang) if not q.percent]
        container: int | None = None
        first = len(figures)
        for position, quantity in enumerate(quantities):
            draft = _read(text, quantity, end, grammar) or _bare_part(
                text, quantity, start, end, grammar, figures[first:]
            )
            if draft is None:
                continue
            _nest(text, draft, start, grammar, figures, first, container)
            if (
                draft.kind is None
                or draft.nested == "container"
                or (draft.kind_from == "noun" and grammar.adjacent_auxiliary.match(text, draft.end))
                or (draft.kind_from == "noun" and draft.kind in grammar.state_kinds
                    and grammar.adjacent_fate is not None
                    and grammar.adjacent_fate.match(text, draft.end))
            ):  # "Quatre détenus ont été tués", "onze déplacés tués": what the clause says
                # wins over the noun
                _kind_after(text, draft, quantities[position + 1 :], end, grammar, figures)
            figure = _finish(text, draft, start, end, grammar, figures, lang)
            if figure is None:
                continue
            if figure.who is None:
                figure = _of_them(text, figure, bounds[index - 1][0] if index else start,
                                  grammar)
            figures.append(figure)
            if grammar.container.search(text[start : quantity.start]):
                container = len(figures) - 1
        _add_totals(text, figures, first, grammar)
        _add_zeros(text, figures, first, start, end, grammar)
    return figures


def _add_zeros(text: str, figures: list[Figure], first: int, start: int, end: int,
               grammar: _Grammar) -> None:
    """ "aucune victime n'est à déplorer": a figure of 0 (``kind_from="zero"``), as said, in text
    order among the sentence's figures (the indices of the others follow)."""
    zeros = [Figure(match.start(), match.end(), STAGE, match.group(0), kind=kind, low=0, best=0,
                    high=0, acled=0, kind_from="zero", cue_start=match.start(),
                    cue_end=match.end())
             for kind, pattern in grammar.zero for match in pattern.finditer(text, start, end)]
    _insert(figures, first, [(zero, 1) for zero in zeros])


def _add_totals(text: str, figures: list[Figure], first: int, grammar: _Grammar) -> None:
    """ "un gendarme et quatre assaillants ont été tués": the people of one verb, counted group by
    group, are also counted together (``kind_from="sum"``), before the groups; the groups stay
    figures of their own (who they were). Only groups that take their kind from the same cue
    and are written side by side, joined by a comma or a coordination, are added up."""
    runs: list[list[int]] = []
    for index in range(first, len(figures)):
        figure = figures[index]
        if figure.part_of is not None or figure.share is not None or figure.cue_start < 0:
            continue
        run = runs[-1] if runs else None
        last = figures[run[-1]] if run else None
        if (
            run is not None and last is not None and run[-1] == index - 1
            and (last.kind, last.cue_start) == (figure.kind, figure.cue_start)
            and _parts_go_on(text, last.end, figure.start, grammar)
        ):
            run.append(index)
        else:
            runs.append([index])
    runs = [run for run in runs if len(run) > 1
            and all(figures[i].best is not None for i in run)]
    if not runs:
        return
    totals: list[Figure] = []
    for run in runs:
        parts = [figures[i] for i in run]
        whos = {part.who for part in parts}
        head = parts[0]
        totals.append(replace(
            head,
            end=parts[-1].end,
            text=text[head.start : parts[-1].end],
            low=sum(p.low if p.low is not None else p.best or 0 for p in parts),
            best=sum(p.best or 0 for p in parts),
            high=sum(p.high if p.high is not None else p.best or 0 for p in parts),
            who=head.who if len(whos) == 1 else "mixed",
            acled=sum(p.acled if p.acled is not None else p.best or 0 for p in parts),
            estimate="exact" if all(p.estimate == "exact" for p in parts) else "min",
            kind_from="sum",
            refers_to=None,
        ))
    _insert(figures, first, [(total, 0) for total in totals])


def _insert(figures: list[Figure], first: int, added: list[tuple[Figure, int]]) -> None:
    """Put ``added`` figures among the sentence's (``figures[first:]``) in text order, each
    with its rank among figures starting at the same offset (0: before them, 1: after them),
    and point the others' ``part_of`` and ``refers_to`` at their new places."""
    if not added:
        return
    old = figures[first:]
    every = [(figure, 1) for figure in old] + added
    order = sorted(range(len(every)), key=lambda i: (every[i][0].start, every[i][1]))
    moved = {first + i: first + place for place, i in enumerate(order) if i < len(old)}

    def remap(value: int | None) -> int | None:
        return moved.get(value, value) if value is not None else None

    figures[first:] = [replace(every[i][0], part_of=remap(every[i][0].part_of),
                               refers_to=remap(every[i][0].refers_to)) for i in order]


def _bare_part(
    text: str,
    quantity: Quantity,
    start: int,
    end: int,
    grammar: _Grammar,
    sentence_figures: list[Figure],
) -> _Draft | None:
    """ "6.000 morts, dont 3.000 à Tripoli et 2.000 à Benghazi": numbers without a noun that
    are parts of the figure before; the second takes the same parent as the first."""
    if (
        quantity.words
        or quantity.share is not None
        or not grammar.bare_next.match(text, quantity.end, end)
    ):
        return None
    if grammar.part.search(text[start : quantity.start]):
        return _Draft(quantity, quantity.end)
    previous = sentence_figures[-1] if sentence_figures else None
    if (
        previous is not None
        and previous.part_of is not None
        and grammar.sibling.fullmatch(text, previous.end, quantity.start)
    ):
        draft = _Draft(quantity, quantity.end)
        draft.part_of, draft.nested = previous.part_of, "part"
        return draft
    return None


def _read(text: str, quantity: Quantity, end: int, grammar: _Grammar) -> _Draft | None:
    """The number's own noun: a kind ("240 morts") or a who ("24 civils"), past a word of
    suspicion ("deux présumés membres de gangs")."""
    suspected = grammar.suspected.match(text, quantity.end, end) if grammar.suspected else None
    if suspected:
        quantity = replace(quantity, end=suspected.end(),
                           text=text[quantity.start:suspected.end()])
    after = text[quantity.end : end]
    match = grammar.noun.match(after)
    if match and _key(f"{quantity.text} {match['w']}") not in grammar.not_counts:
        draft = _Draft(
            quantity, quantity.end + match.end(), grammar.kinds["nouns"][_key(match["w"])]
        )
        draft.kind_from = "noun"
        who = grammar.who_after_kind.match(text, draft.end, end)
        if who:
            draft.who, draft.end = grammar.whos[_key(who["w"])], who.end()
        return draft
    match = grammar.who.match(after)
    if match:
        return _Draft(quantity, quantity.end + match.end(), who=grammar.whos[_key(match["w"])])
    if quantity.share is not None:
        match = grammar.share_who.match(after)
        if match:
            return _Draft(quantity, quantity.end + match.end(), who=grammar.whos[_key(match["w"])])
        return _Draft(quantity, quantity.end)
    match = grammar.others.match(text, quantity.end, end)
    if match:  # "tuant trois d'entre eux", "en blessant des centaines d'autres"
        return _Draft(quantity, match.end())
    match = grammar.named_then_joined.match(text, quantity.end, end)
    if match and grammar.loose_cue.search(text, match.end(), end):
        # "six Wazalendo et deux civils ont été tués": a group counted by its own name, then
        # others; the verb after them tells what befell both, and the stage who they were
        return _Draft(quantity, match.end())
    return _loose(text, quantity, end, grammar)


def _loose(text: str, quantity: Quantity, end: int, grammar: _Grammar) -> _Draft | None:
    """ "deux chiites tués", "six Libyens ont été blessés", "au moins 200 ont été blessées":
    an unlisted noun (or none) right before an unambiguous participle about people."""
    if grammar.loose_cue.search(text, quantity.end, end) is None:
        return None  # no cue after the number: the slower pattern below cannot match
    if grammar.complement_article is not None and grammar.complement_article.search(
            text, max(0, quantity.start - 4), quantity.end):
        return None  # "21 passagers d'un bus ont été tués": the complement's article
    match = grammar.loose.match(text, quantity.end, end)
    if match is None:
        return None
    if _key(match["w"]) in grammar.noun_required and (
            not match["head"] or _key(match["head"]) in grammar.things):
        return None  # "deux drones abattus": things shot down
    head_end = match.end("tail") if match["tail"] else match.end("head")
    draft = _Draft(quantity, head_end if match["head"] else quantity.end)
    draft.kind, draft.kind_from = grammar.kinds["after"][_key(match["w"])], "after"
    draft.cue = (match.start("w"), match.end("w"))
    return draft


def _nest(
    text: str,
    draft: _Draft,
    start: int,
    grammar: _Grammar,
    figures: list[Figure],
    first: int,
    container: int | None,
) -> None:
    """ "dont 19 enfants" is part of the figure before; "parmi les 240 morts, … 24 civils" too."""
    before = text[start : draft.quantity.start]
    if draft.kind is None or draft.kind_from == "noun":  # "l'évacuation de 99 blessés"
        # quotes read as spaces: "affirme avoir « neutralisé » une trentaine de terroristes"
        match = grammar.before.search(before.translate(_QUOTES_AS_SPACES))
        if match:
            draft.kind, draft.kind_from = (
                grammar.kinds["before"][_before_key(match["w"], grammar)],
                "before",
            )
            draft.cue = (start + match.start("w"), start + match.end("w"))
    if draft.kind is None and len(figures) > first and figures[-1].kind_from == "before" \
            and figures[-1].part_of is None \
            and _parts_go_on(text, figures[-1].end, draft.quantity.start, grammar):
        # "tuant un commandant du Hezbollah et un civil": the cue counts each group joined to
        # the first, past its complement
        draft.kind, draft.kind_from = figures[-1].kind, "before"
        draft.cue = (figures[-1].cue_start, figures[-1].cue_end)
    holder = next((i for i in range(len(figures) - 1, first - 1, -1)
                   if figures[i].part_of is None
                   and _inside_aside(text, figures[i], draft.quantity.start)), None)
    if grammar.part.search(before) and len(figures) > first:
        draft.part_of, draft.nested = len(figures) - 1, "part"
    elif len(figures) > first and figures[-1].part_of is not None \
            and _parts_go_on(text, figures[-1].end, draft.quantity.start, grammar):
        # "dont huit miliciens et trois militaires": both parts of the same whole
        draft.part_of, draft.nested = figures[-1].part_of, "part"
    elif holder is not None:
        draft.part_of, draft.nested = holder, "part"  # "Six personnes — quatre soldats, … —"
    elif container is not None and draft.kind is None and draft.part_of is None:
        draft.part_of, draft.nested = container, "container"
    if draft.part_of is not None and draft.kind is None:
        draft.kind, draft.kind_from = figures[draft.part_of].kind, draft.nested


def _parts_go_on(text: str, start: int, end: int, grammar: _Grammar) -> bool:
    """Whether ``text[start:end]`` joins a part to the next, past a complement of a few words
    ("huit miliciens de la CODECO et trois militaires")."""
    between = text[start:end]
    if grammar.coordination.fullmatch(between):
        return True
    match = grammar.joining_end.search(between)
    return match is not None and len(between) <= 50 \
        and not re.search(r"[,;:.!?\d]", between[:match.start()])


def _inside_aside(text: str, figure: Figure, position: int) -> bool:
    aside = _apposition(text, figure.end, len(text))
    return aside is not None and aside[0] <= position < aside[1]


def _kind_after(
    text: str,
    draft: _Draft,
    later: list[Quantity],
    end: int,
    grammar: _Grammar,
    figures: list[Figure],
) -> None:
    """What the clause says of the counted people: "ont été tués", "l'ont été"."""
    stop = min(end, draft.end + _WINDOW)
    previous = draft.end
    aside = _apposition(text, draft.end, end)
    parts_end = -1  # the end of the parts told after "dont", while they are coordinated
    for quantity in later:
        if aside and aside[0] <= quantity.start < aside[1]:
            continue  # "Six personnes — quatre soldats et deux civils — ont été tuées"
        counted = _read(text, quantity, end, grammar)
        if counted is None or quantity.share is not None:
            continue  # "la plupart d'entre eux", "des dizaines de roquettes": not a new subject
        if parts_end >= 0 and _parts_go_on(text, parts_end, quantity.start, grammar):
            # "onze personnes, dont huit miliciens et trois militaires, ont été tuées": the
            # parts go on; the verb after them is the draft's still
            parts_end = counted.end
            continue
        parts_end = counted.end if grammar.part.search(text[draft.end:quantity.start]) else -1
        if (counted.kind is None or counted.kind_from == "after") \
                and _parts_go_on(text, previous, quantity.start, grammar):
            # "un gendarme et quatre assaillants ont été tués": one verb for the coordinated people
            # (also when the last group's participle was read with it: "sept soldats et une
            # vingtaine d'assaillants tués"; and past the first group's complement: "onze
            # volontaires pour la défense de la patrie (VDP) et quatre civils")
            previous, stop = counted.end, min(end, counted.end + _WINDOW)
            continue
        if not grammar.part.search(text[draft.end : quantity.start]):
            stop = min(stop, quantity.start)
            break
    semicolon = text.find(";", draft.end, stop)
    stop = semicolon if semicolon >= 0 else stop
    match = grammar.after.search(text, draft.end, stop)
    # (the verb group follows the last of the people coordinated with the draft's)
    if match is None or not _in_verb_group(text, previous, match.start("w"), grammar):
        return
    part = grammar.some_of.search(text, draft.end, match.start("w"))
    if part is not None and "," not in text[part.end():match.start("w")]:
        return  # "une trentaine d'hommes, dont plusieurs ont été exécutés": said of some
    word = _key(match["w"])
    if word in grammar.anaphora:
        earlier = [figure for figure in figures if figure.kind]
        if not earlier:
            return
        draft.kind, draft.kind_from = earlier[-1].kind, "anaphora"
    else:
        draft.kind, draft.kind_from = grammar.kinds["after"][word], "after"
    draft.cue = (match.start("w"), match.end("w"))
    if draft.kind in HELD_KINDS and grammar.fate is not None:
        fate = grammar.fate.match(text, match.end(), end)
        if fate is not None and not grammar.some_of.search(text, match.end(), fate.start("w")):
            # "arrêtés lors d'une opération, puis exécutés"; not "dont plusieurs ont ensuite
            # été exécutés": some of them, a count the text does not give
            draft.kind, draft.kind_from = grammar.kinds["after"][_key(fate["w"])], "fate"
            draft.cue = (fate.start("w"), fate.end("w"))


_OPENING = {"—": "—", "–": "–", "(": ")"}
_QUOTES_AS_SPACES = str.maketrans("«»“”\"", "     ")


def _apposition(text: str, position: int, end: int) -> tuple[int, int] | None:
    """The span of a dash or bracket aside opened right after ``position`` and closed before
    ``end``: "Six personnes — quatre soldats et deux civils — ont été tuées"."""
    match = re.match(r"\s*([—–(])", text[position:end])
    if match is None:
        return None
    opened = position + match.end()
    closing = text.find(_OPENING[match.group(1)], opened, end)
    return (opened, closing) if closing > opened else None


def _before_key(words: str, grammar: _Grammar) -> str:
    """The table entry of a cue as written: "l'évacuation samedi d'" -> "l'évacuation de"."""
    key = _key(grammar.time_words.sub("", words))
    key = key[:-2] + "de" if key.endswith(" d'") else key
    return _AGENT.sub(" de", key)  # "l'arrestation par les forces de l'ordre de"


#: who did it, between a cue and its "de" (see :func:`_before_alt`)
_AGENT = re.compile(r"\s+par\s+\S.*\s+de$")


def _in_verb_group(text: str, noun_end: int, cue_start: int, grammar: _Grammar) -> bool:
    """The cue follows the counted people or their first auxiliary closely."""
    if cue_start - noun_end <= grammar.max_gap:
        return True
    auxiliary = grammar.auxiliary.search(text, noun_end, cue_start + 1)
    return auxiliary is not None and cue_start - auxiliary.start() <= grammar.max_gap


def _finish(
    text: str,
    draft: _Draft,
    start: int,
    end: int,
    grammar: _Grammar,
    figures: list[Figure],
    lang: str,
) -> Figure | None:
    quantity = draft.quantity
    if draft.kind is None:
        return None
    if quantity.share is not None and draft.part_of is None:
        return None  # a share of nothing written: no figure (a share never becomes a count)
    parent = figures[draft.part_of] if draft.part_of is not None else None
    if parent is not None and draft.who is None and draft.end == draft.quantity.end:
        draft.who = parent.who  # "dont 3.000 à Tripoli": the same people as the parent
    if draft.who in (None, "people", "members") and draft.kind_from == "before":
        draft.who = _loser(text, draft, start, grammar) or draft.who
    cumulative = (
        parent.cumulative
        if parent
        else _cumulative(text, quantity.start, draft.end, start, end, grammar)
    )
    refers_to = _refers_to(quantity, draft.kind, figures) if quantity.definite else None
    return Figure(
        quantity.start,
        draft.end,
        STAGE,
        text[quantity.start : draft.end],
        kind=draft.kind,
        low=quantity.low,
        best=quantity.best,
        high=quantity.high,
        who=draft.who,
        part_of=draft.part_of,
        cumulative=cumulative,
        acled=quantity.acled,
        estimate=quantity.mode,
        share=quantity.share,
        kind_from=draft.kind_from,
        cue_start=draft.cue[0],
        cue_end=draft.cue[1],
        refers_to=refers_to,
    )


def _of_them(text: str, figure: Figure, since: int, grammar: _Grammar) -> Figure:
    """"Une quinzaine d'entre eux": the people counted are the last plural ones of the `who`
    table named before the figure, from ``since`` (the start of the sentence before)."""
    if grammar.partitive is None or not grammar.partitive.search(figure.text):
        return figure
    found = list(grammar.plural_whos.finditer(text, since, figure.start))
    if not found:
        return figure
    return with_context(figure, who=grammar.whos[_key(found[-1]["w"])])


def _loser(text: str, draft: _Draft, start: int, grammar: _Grammar) -> str | None:
    """"les troupes gouvernementales ont perdu dix-huit hommes": who the people a side lost were,
    from the last word of the `loss` table in the clause before the cue (None when none is
    there)."""
    cue_start, cue_end = draft.cue
    if grammar.loss is None or cue_start < start \
            or not grammar.loss.search(text, cue_start, cue_end):
        return None
    clause = max(start, *(text.rfind(mark, start, cue_start) + 1 for mark in ";:."))
    found = [(match.start(), who) for who, pattern in grammar.owners
             for match in pattern.finditer(text, clause, cue_start)]
    return max(found)[1] if found else None


def _cumulative(
    text: str, start: int, end: int, floor: int, ceiling: int, grammar: _Grammar
) -> bool:
    low = max(floor, start - 120)
    window = text[low : min(ceiling, end + 80)]
    return any(not _in_aside(text, low + match.start(), start, end, grammar)
               for pattern in grammar.cumulative for match in pattern.finditer(window))


def _in_aside(text: str, position: int, start: int, end: int, grammar: _Grammar) -> bool:
    """Whether ``position`` lies in a relative clause set off by commas that the figure
    (``start``–``end``) is outside of: "À X, localité dont les rebelles se sont emparés deux
    fois depuis 2022, les FARDC ont tué six rebelles" counts no period."""
    opening = text.rfind(",", 0, position)
    closing = text.find(",", position)
    if opening < 0 or closing < 0 or grammar.relatives is None \
            or not grammar.relatives.search(text, opening, position):
        return False
    return not opening < start < closing


def _refers_to(quantity: Quantity, kind: str, figures: list[Figure]) -> int | None:
    """ "Parmi les 240 morts": the earlier figure that first gave these 240 dead."""
    for index, figure in enumerate(figures):
        if figure.kind == kind and figure.best == quantity.best and figure.refers_to is None:
            return index
    return None


def with_context(figure: Figure, **changes: Any) -> Figure:
    """A copy of ``figure`` with fields changed (figures are frozen)."""
    return replace(figure, **changes)
