"""The time vocabulary of one language, compiled once per process into regular expressions.

The words come from the language table ``time`` (``lang/<lang>/time.toml``); this module only
knows the shapes of time expressions (a day number before a month name, a number before a unit…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..errors import ConfigError
from ..lang import table

FLAGS = re.IGNORECASE


def _key(word: str) -> str:
    parts = [re.escape(part) for part in word.lower().split()]
    return r"\s+".join(parts)


def alt(words: Any, *, lower: bool = True) -> str:
    """A non-capturing alternation of ``words`` with word boundaries, factored as a trie so
    that the regular expression engine rejects a position after one or two characters."""
    trie: dict[str, Any] = {}
    for word in {" ".join((w.lower() if lower else w).split()) for w in words if w.strip()}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True
    return r"(?<![\w-])" + _trie(trie, "")


def _trie(node: dict[str, Any], last: str) -> str:
    branches = []
    for char in sorted(k for k in node if k):
        piece = r"\s+" if char == " " else re.escape(char)
        branches.append(piece + _trie(node[char], char))
    if "" in node:
        branches.append("" if last in "-'." else r"(?![\w])")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _lower(mapping: dict[str, Any]) -> dict[str, Any]:
    return {" ".join(k.lower().split()): v for k, v in mapping.items()}


@dataclass
class Cues:
    """Tense cues: listed words and word endings that look forward or back."""

    future_words: frozenset[str]
    future_endings: tuple[str, ...]
    not_future: frozenset[str]
    past_words: frozenset[str]
    past_endings: tuple[str, ...]
    past_not_endings: tuple[str, ...]
    not_past: frozenset[str]
    auxiliaries: frozenset[str] = frozenset()
    participles: frozenset[str] = frozenset()
    participle_endings: tuple[str, ...] = ()
    not_participles: frozenset[str] = frozenset()
    adverbs: frozenset[str] = frozenset()
    # words right before a day that put it in the past whatever the tense ("depuis le 7
    # octobre")
    since: frozenset[str] = frozenset()

    def is_participle(self, word: str) -> bool:
        if word in self.participles:
            return True
        if word in self.not_participles or word in self.not_past:
            return False
        return (len(word) > 3 and word.endswith(self.participle_endings)) or self.sign(word) < 0

    def sign(self, word: str) -> int:
        if word in self.future_words:
            return 1
        if word in self.past_words:
            return -1
        if len(word) > 4 and word.endswith(self.future_endings) and word not in self.not_future:
            return 1
        if (
            len(word) > 4
            and word.endswith(self.past_endings)
            and not word.endswith(self.past_not_endings)
            and word not in self.not_past
        ):
            return -1
        return 0


@dataclass(eq=False)
class Lexicon:
    data: dict[str, Any]
    patterns: list[tuple[str, re.Pattern[str]]]
    cues: Cues
    clock: re.Pattern[str]
    number_word: re.Pattern[str]
    trigger: re.Pattern[str]
    offset_before: re.Pattern[str]
    now_before: re.Pattern[str]
    #: "deux jours plus tôt": a length counted from the day last told
    offset_after: re.Pattern[str] | None = None
    #: "le pont du", "la rue du": a day written next is part of a place's name
    name_before: re.Pattern[str] | None = None
    #: a verb of saying right before a day: the day something was said ("a indiqué lundi")
    telling: re.Pattern[str] | None = None

    def words(self, name: str) -> dict[str, Any]:
        return self.data[name]

    def lookup(self, name: str, text: str) -> Any:
        return self.data[name].get(" ".join(text.lower().split()))


def _counted_nouns(lang: str) -> list[str]:
    """The nouns of people counted in casualty figures (``casualties`` table), if any."""
    try:
        data = table(lang, "casualties")
    except ConfigError:
        return []
    words = [w for kind in data.get("kinds", {}).values() for w in kind.get("nouns", [])]
    return words + [w for group in data.get("who", {}).values() for w in group]


@cache
def lexicon(lang: str) -> Lexicon:
    raw = table(lang, "time")
    data = {k: (_lower(v) if isinstance(v, dict) else v) for k, v in raw.items()}
    wd = alt(data["weekdays"])
    mon = alt(data["months"])
    mon_free = mon.replace(r"(?<![\w-])", r"(?<![\w])", 1)
    part = alt(data["parts_of_day"])
    direction = alt(data["direction"])
    pp = alt(data["period_parts"])
    clock = (
        r"(?<![\w,.])(?:[01]?\d|2[0-4])\s*(?:h|heures?)(?:\s*[0-5]\d(?!\d))?(?![\w])|"
        + alt([k for k, v in data["fixed"].items() if v[0] == "CLOCK"])
    )
    numw = alt(data["numbers"])
    numw_inner = numw.replace(r"(?<![\w-])", "", 1)
    num_word = rf"{numw}(?:(?:-|\s+et\s+|-et-){numw_inner})*"
    number = rf"(?:\d+(?:[,.]\d+)?(?![\d])|{num_word})"
    year2 = r"(?:\d{4}(?!\d)|(?:'\d{2}|\d{2})(?!\d)(?!\s*(?:%|[a-zà-ÿ])))"
    at_clock = rf"(?:\s*,?\s*à\s+(?P<clock>{clock}))?"
    with_part = rf"(?:\s+(?:au\s+|en\s+|dans\s+la\s+)?(?P<part>{part}))?"
    ordinal = alt(data["ordinals"])
    # "dimanche 12 morts", "lundi 23 civils": the number counts people, it is no day of month
    nouns = _counted_nouns(lang)
    counted = rf"(?!\s+{alt(nouns)}(?![\w-]))" if nouns else ""
    current = data.get("current_month", {}).get("words")  # "le 12 courant"
    patterns = {
        **({"day_current": rf"(?:(?P<det>le|du|ce)\s+)?(?:(?P<wd>{wd})\s+)?"
            rf"(?P<day>1er|\d{{1,2}})(?!\d)\s+(?:{alt(current)})" + with_part}
           if current else {}),
        "date": rf"(?:(?P<det>le|ce)\s+)?(?:(?P<wd>{wd})\s+)?(?P<day>1er|premier|\d{{1,2}})(?!\d)"
        rf"\s+(?P<mon>{mon})(?:\s+(?P<year>{year2}))?(?:\s+(?P<dir>{direction}))?"
        + with_part,
        "weekday_day": rf"(?:(?P<det>le|ce)\s+)?(?P<wd>{wd})\s+(?P<day>1er|\d{{1,2}})(?!\d)"
        r"(?!\s*(?:h\b|h\d|heures?|%|[,.]\d))" + counted + with_part,
        "month_day_year": rf"(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\s+(?P<day>1er|\d{{1,2}}),?\s+"
        r"(?P<year>\d{4})(?!\d)",
        "numeric": r"(?<![\d/.-])(?:(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})|"
        r"(?P<y3>\d{4})-(?P<m3>\d{2})(?![\d-])|"
        r"(?P<d2>\d{1,2})[/.](?P<m2>\d{1,2})[/.](?P<y2>\d{4}|\d{2}))(?![\d/])",
        "weekday": rf"(?:(?P<det>ce|cet)\s+)?(?:(?P<same>même)\s+)?(?P<wd>{wd})"
        rf"(?:\s+(?P<dir>{direction}))?(?!\s+saint)" + with_part,
        "weekday_habit": rf"(?<![\w'-])le\s+(?P<wd>{wd})(?!\s+(?:{direction}|même\b))" + with_part,
        "night_of": rf"(?:la\s+)?(?P<part>{part})\s+(?:de|du)\s+(?P<wd>{wd})"
        rf"(?:\s+(?:à|au)\s+{wd})?",
        "part_of_day": rf"(?:(?:la|le|l')\s*)?(?P<part>{part})\s+(?:du\s+(?P<day>1er|\d{{1,2}})"
        rf"(?:\s+(?P<mon>{mon}))?(?:\s+(?P<year>\d{{4}}))?(?:\s+(?:au|à)\s+(?:1er|\d{{1,2}})"
        rf"(?:\s+(?P<mon2>{mon}))?(?:\s+(?P<year_end>\d{{4}}))?)?"
        rf"|(?:de\s+|d')(?P<deic>{alt(data['deictic_days'])}))",
        "range_start": rf"(?P<det>les|du|le)\s+(?P<day>1er|\d{{1,2}})"
        rf"(?=\s+(?:au|et|ou|à|-)\s+(?:le\s+)?(?:1er|\d{{1,2}})\s+(?P<mon>{mon})"
        rf"(?:\s+(?P<year>{year2}))?)",
        "part_edge": rf"(?:fin|début|milieu)\s+(?:de\s+|d')(?P<part>{part})",
        "weekday_set": r"(?:tous\s+les|chaque|les(?=\s+\w+s\b))\s+"
        rf"(?P<wd>{alt(data['weekdays'])[:-1]}|"
        + "|".join(k + "s" for k in data["weekdays"]) + "))(?![\\w])",
        "ordinal_weekday": rf"(?:(?:les|chaque)\s+{ordinal}(?:\s*(?:,|et)\s*{ordinal})*|"
        rf"le\s+{ordinal}(?=\s+{wd}\s+(?:du\s+mois\s*[,.;:)]|de\s+chaque\s+mois)))\s+"
        rf"(?P<wd>{alt(list(data['weekdays']) + [k + 's' for k in data['weekdays']])})",
        "deictic": rf"(?P<deic>{alt(data['deictic_days'])})(?:\s+(?P<wd>{wd}))?"
        rf"(?:\s+(?P<day>1er|\d{{1,2}})(?!\d)(?:\s+(?P<mon>{mon}))?)?" + with_part + at_clock,
        "this_part": rf"(?<![\w'-])(?:ce|cet|cette)\s+(?P<part>{part})",
        "the_part": rf"(?<![\w'-])(?:(?:la|le)\s+|l')(?P<part>{part})(?P<same>\s+même)?"
        rf"(?:\s+(?P<dir>{direction}))?",
        "anaphoric": rf"(?:(?P<adet>le|la|l'|au)\s*)?(?P<anaph>{alt(data['anaphoric_days'])})"
        + with_part,
        "anaphoric_period": rf"(?P<aperiod>{alt(data['anaphoric_periods'])})",
        "that_moment": r"(?<![\w'-])(?:ce|cet)\s+(?:moment|instant)[\s-]+là",
        "same_day": r"(?<![\w'-])(?:le|ce)\s+même\s+jour|ce\s+jour-là|le\s+jour\s+même",
        "month": r"(?<![\w])" + rf"(?:(?P<pp>{pp})\s*(?:du\s+(?=mois))?)?"
        r"(?:(?P<det>mois\s+d(?:e\s+|'))\s*)?"
        rf"(?P<mon>{mon_free})"
        rf"(?:\s+(?P<year>{year2}))?(?:\s+(?P<dir>{direction}))?",
        "year": r"(?<![\w])" + rf"(?:(?P<pp>{pp})\s*(?:de\s+l'|d'|de\s+)?\s*)?"
        r"(?:(?P<det>l'an|l'année|année)\s+)?(?<![\w'])(?P<year>1[0-9]\d\d|20\d\d)"
        r"(?![\d])(?![,.]\d)(?!\s*%)",
        "short_year": r"(?<=(?<![\w'])en\s)(?P<year>'?\d{2})(?![\d,.]\d|\s*%)",
        "decade": rf"(?:(?P<pp>{pp})\s*)?(?:(?:les|des)\s+)?(?<![\w'-])années\s+"
        rf"(?:(?P<dec>(?:19|20)?\d0)(?![\d])|(?P<decw>{alt(data['decade_words'])}))",
        "century": rf"(?:(?P<pp>{pp})\s*(?:du\s+|de\s+)?)?(?:le\s+|au\s+)?(?<![\w'-])"
        r"(?P<cent>[IVXL]+|\d{1,2})(?:e|ème|è|eme)\s+siècle",
        "duration": rf"(?:(?P<mod>{alt(data['modifiers'])})\s*)?(?:(?P<vague>"
        rf"{alt(data['vague_quantities'])})|(?P<frac>{alt(data['fractions'])})|"
        rf"(?:(?P<ndet>les|ces|des)\s+)?(?P<num>{number})|"
        rf"(?:une\s+)?(?P<approx>{alt(data['approximate_numbers'])})\s+d(?:e\s+|'))\s*"
        rf"(?:(?P<adj>{alt(data['span_adjectives'])})\s+)?(?P<unit>{alt(data['units'])})"
        r"(?:\s+et\s+(?P<half>demie?)(?![\w-]))?",
        "duration_word": rf"(?:(?P<mod>{alt(data['modifiers'])})\s+)?(?:un\s+|une\s+)?"
        rf"(?P<dw>{alt(data['duration_words'])})",
        "fixed": rf"(?P<fixed>{alt(k for k, v in data['fixed'].items() if v[0] != 'CLOCK')})",
        "quarter": rf"(?:le\s+)?(?P<ord>{alt(data['ordinals'])})\s+(?P<q>{alt(data['quarters'])})"
        r"(?:\s+(?:de\s+l'année\s+)?(?P<year>\d{4})(?!\d))?",
        "ref_adjective": rf"(?P<adj>{alt(data['ref_adjectives'])})(?=\s+[^\W\d])",
        "set": rf"(?P<set>{alt(data['sets'])})",
        "set_every": rf"(?:tous|toutes)\s+les\s+(?P<num>{number})\s*(?P<unit>{alt(data['units'])})",
        "period": rf"(?:(?P<pp>{pp})\s*(?:de\s+|du\s+)?)?(?P<period>{alt(data['periods'])})",
        "period_part": rf"(?P<pp>{pp})\s*(?:de\s+|du\s+|d')?"
        rf"(?P<period>{alt(data['periods_after_part'])})",
        "holiday": r"(?:(?:cette|la)\s+fête\s+de\s+|(?:le|la|l')\s*)?"
        rf"(?P<hol>{alt(data['holidays'])})(?:\s+(?P<year>\d{{4}}))?",
        "season": rf"(?:(?P<det>l'|cet|ce|les\s+mois\s+d')\s*)?(?P<season>{alt(data['seasons'])})"
        rf"(?:\s+(?P<year>\d{{4}}))?(?:\s+(?P<dir>{direction}))?",
        "clock": r"(?<![\w])(?<!\d-)(?:(?P<approx>vers|aux\s+alentours\s+de)\s+)?"
        rf"(?P<clock>{clock})(?:\s+(?P<dpart>du\s+matin|du\s+soir|de\s+l'après-midi|de\s+la\s+nuit))?"
        r"(?:\s+(?P<loc>locales?|heure\s+locale|GMT))?",
    }
    compiled = [
        (name, re.compile(pattern if pattern.startswith("(?<") else r"(?<![\w-])" + pattern, FLAGS))
        for name, pattern in patterns.items()
    ]
    cues = data["cues"]
    trigger_words: set[str] = {"siècle", "siècles", "années", "jour", "mois", "mi-", "moment",
                               "instant"}
    for name in ("months", "weekdays", "units", "duration_words", "fixed", "sets", "periods",
                 "periods_after_part", "holidays", "seasons", "deictic_days", "anaphoric_days",
                 "anaphoric_periods", "ref_adjectives",
                 "parts_of_day"):
        trigger_words.update(k for k in data[name] if k[:1].isalpha())
    trigger_words.update(k + "s" for k in data["weekdays"])
    trigger = re.compile(r"\d|" + alt(trigger_words), FLAGS)
    return Lexicon(
        data=data,
        patterns=compiled,
        cues=Cues(
            frozenset(cues["future_words"]), tuple(cues["future_endings"]),
            frozenset(cues["not_future"]), frozenset(cues["past_words"]),
            tuple(cues["past_endings"]), tuple(cues["past_not_endings"]),
            frozenset(cues["not_past"]), frozenset(cues["auxiliaries"]),
            frozenset(cues["participles"]), tuple(cues["participle_endings"]),
            frozenset(cues["not_participles"]), frozenset(cues["adverbs"]),
            frozenset(cues.get("since", [])),
        ),
        clock=re.compile(r"(\d{1,2})\s*(?:heures?|h)\s*(\d{2})?", FLAGS),
        number_word=re.compile(numw, FLAGS),
        trigger=trigger,
        offset_before=re.compile(
            r"(?<![\w'])(" + "|".join(_key(k) for k in data["offsets"]) + r")\s+$", FLAGS
        ),
        offset_after=re.compile(
            r"\s+(" + "|".join(_key(k) for k in data["offsets_after"]) + r")(?![\w'’])"
            r"(?!\s+(?:que|qu'|qu’|de|d'|d’)(?![\w]))", FLAGS
        ) if data.get("offsets_after") else None,
        now_before=re.compile(
            r"(?<![\w'])(" + "|".join(_key(k) for k in data["now_before"])
            + r")\s+(?:à\s+|au\s+)?$",
            FLAGS,
        ),
        name_before=re.compile(
            alt(data["named_after_days"]["nouns"]) + r"\s+(?:du|de\s+la|de\s+l')\s*$", FLAGS
        ) if data.get("named_after_days") else None,
        # "a indiqué lundi", "a-t-on appris mardi": the day something was said
        telling=re.compile(alt(data["telling"]["words"]) + r"(?:\s+\w+)?\s+(?:le\s+|ce\s+)?$",
                           FLAGS) if data.get("telling") else None,
    )
