"""Quantities as French news writes them, read into UCDP-style low/best/high and ACLED's value.

Handled: digits with French separators ("320.000", "14 000" with ordinary, no-break or narrow
no-break spaces, "1,5 million"), percentages ("80%", "80 pour cent"), number words read by
text2num ("trois cents", "Onze", "vingt-quatre"), approximate round numbers ("une centaine"),
vague plurals ("des dizaines de milliers", "plusieurs centaines"), shares of a larger figure
("près de la moitié"), and the qualifiers that bound a number ("plus de", "au moins", "près de",
"environ", "quelque", "moins de"). All words come from the language table ``quantities``.

``low``/``best``/``high`` follow UCDP GED (``high`` is ``None`` when unbounded); ``acled`` is the
single conservative value ACLED would code (the stated number, or the table's value for a
vague plural). A share has ``share`` set and no values: it is kept beside its parent figure,
never turned into a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from ..lang import table

_SPACES = " \u00a0\u202f\u2009"
_DIGITS = (
    rf"\d{{1,3}}(?:[.{_SPACES}]\d{{3}})+(?![\d])(?:,\d+)?"  # 320.000, 14 000
    r"|\d+(?:,\d+)?"  # 80, 1,5
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity found in a text: offsets, UCDP-style values and ACLED's conservative value."""

    start: int
    end: int
    text: str
    low: int | None = None
    best: int | None = None
    high: int | None = None
    acled: int | None = None
    mode: str = "exact"  # exact | min | max | approx | range | vague | share
    share: float | None = None
    percent: bool = False
    words: bool = False  # written in words ("onze", "une")
    definite: bool = False  # "les 240 morts": refers back to a figure already given


def _phrase(words: str) -> str:
    """A regex for a table phrase: any run of spaces (or an opening quote) between words, any
    apostrophe: "de «nombreuses victimes»", "un «grand nombre"."""
    parts = [re.escape(part) for part in words.split()]
    return r"(?:\s+[«\"“]?\s*|\s*[«\"“]\s*)".join(parts).replace("'", "['’]")


def _alternation(phrases: Any) -> str:
    return "|".join(_phrase(p) for p in sorted(phrases, key=len, reverse=True))


@cache
def _grammar(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, Any]]:
    data = table(lang, "quantities")
    multipliers = _alternation(data["multipliers"])
    percent = _alternation(data["percent"]["markers"])
    words = "|".join(sorted(map(re.escape, data["words"]["words"]), key=len, reverse=True))
    approx = _alternation(data["approximate_nouns"])
    core = (
        rf"(?P<vague>\b(?:{_alternation(data['vague'])})\b)"
        rf"|(?P<approx>\b(?:une?|quelque)\s+(?P<approx_noun>{approx})\b)"
        rf"|(?P<share>\b(?:{_alternation(data['shares'])})\b)"
        rf"|(?P<digits>(?<![\w,.])(?:{_DIGITS}))(?:\s*(?P<mult>{multipliers})\b)?"
        rf"(?:\s*(?P<percent>{percent}))?"
        rf"|(?P<words>\b(?!et\b)(?:{words})(?:[\s-]+(?:{words}))*\b)"
    )
    # "près d'une centaine", "plus d'un millier": a qualifier's "de" elided before a vowel
    elided = [phrase[:-3] for phrase in data["qualifiers"] if phrase.endswith(" de")]
    qualifier = re.compile(rf"\b(?:(?P<q>{_alternation(data['qualifiers'])})\s*(?:d['’]\s*)?"
                           rf"|(?P<elided>{_alternation(elided)})\s+d['’]\s*)$", re.I)
    core = rf"(?<![\w])(?=\w)(?:{core})"  # only try at word starts: fast on long texts
    return re.compile(core, re.I), qualifier, re.compile(r"\b(?:les|ces|ses|leurs)\s+$", re.I), data


def find_quantities(
    text: str, start: int = 0, end: int | None = None, *, lang: str = "fr"
) -> list[Quantity]:
    """Every quantity in ``text[start:end]``, offsets into ``text``, in order."""
    pattern, _, _, _ = _grammar(lang)
    end = len(text) if end is None else end
    found: list[Quantity] = []
    for match in pattern.finditer(text, start, end):
        quantity = _read(match, lang)
        if quantity is not None:
            found.append(_qualify(text, quantity, start, lang))
    return _ranges(text, found, lang)


@cache
def _range_grammar(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = _grammar(lang)[3]["ranges"]
    connector = re.compile(rf"\s*(?:{_alternation(data['connectors'])})\s*")
    return connector, re.compile(rf"\b(?:{_alternation(data['openers'])})\s+$", re.I)


def _scaled(previous: Quantity, quantity: Quantity, lang: str) -> Quantity:
    """ "0,5 à 1 million": the first number of a range takes the multiplier of the second."""
    data = _grammar(lang)[3]
    words = quantity.text.split()
    multiplier = data["multipliers"].get(_key(words[-1])) if len(words) > 1 else None
    if multiplier is None or not re.fullmatch(_DIGITS, previous.text):
        return previous
    raw = previous.text
    for space in _SPACES + ".":
        raw = raw.replace(space, "")
    number = round(float(raw.replace(",", ".")) * multiplier)
    return replace(previous, low=number, best=number, high=number, acled=number)


def _ranges(text: str, found: list[Quantity], lang: str) -> list[Quantity]:
    """ "220 à 250", "entre 30 et 40": one quantity from the first low to the second high."""
    connector, opener = _range_grammar(lang)
    merged: list[Quantity] = []
    for quantity in found:
        previous = _scaled(merged[-1], quantity, lang) if merged else None
        if (
            previous is not None
            and previous.mode == quantity.mode == "exact"
            and not previous.percent
            and (previous.best or 0) < (quantity.best or 0)
            and connector.fullmatch(text, previous.end, quantity.start)
        ):
            lead = opener.search(text, max(0, previous.start - 10), previous.start)
            begin = lead.start() if lead else previous.start
            merged[-1] = replace(
                previous,
                start=begin,
                end=quantity.end,
                text=text[begin : quantity.end],
                high=quantity.high,
                percent=quantity.percent,
                mode="range",
            )
            continue
        merged.append(quantity)
    return merged


def parse_quantity(phrase: str, *, lang: str = "fr") -> Quantity | None:
    """The first quantity in ``phrase`` (offsets into ``phrase``), or None."""
    found = find_quantities(phrase, lang=lang)
    return found[0] if found else None


def _read(match: re.Match[str], lang: str) -> Quantity | None:
    _, _, _, data = _grammar(lang)
    text = match.group(0)
    base = Quantity(match.start(), match.end(), text)
    if match.group("vague"):
        entry = data["vague"][_key(match.group("vague"))]
        high = None if entry["high"] < 0 else int(entry["high"])
        return replace(
            base,
            mode="vague",
            low=entry["low"],
            best=None,  # "des dizaines de milliers": no number is written, none is invented
            high=high,
            acled=entry["acled"],
        )
    if match.group("approx"):
        value = int(data["approximate_nouns"][_key(match.group("approx_noun"))])
        spread = data["approximate_noun_range"]
        return replace(
            base,
            mode="approx",
            low=round(value * spread["low"]),
            best=value,
            high=round(value * spread["high"]),
            acled=value,
        )
    if match.group("share"):
        return replace(base, mode="share", share=float(data["shares"][_key(match.group("share"))]))
    if match.group("digits"):
        return _digits(match, base, data)
    return _words(match, base, lang)


def _key(phrase: str) -> str:
    for mark in '«"“':
        phrase = phrase.replace(mark, " ")
    return " ".join(phrase.lower().replace("’", "'").split())


def _digits(match: re.Match[str], base: Quantity, data: dict[str, Any]) -> Quantity:
    raw = match.group("digits")
    for space in _SPACES + ".":
        raw = raw.replace(space, "")
    value = float(raw.replace(",", "."))
    if match.group("mult"):
        value *= data["multipliers"][_key(match.group("mult"))]
    number = round(value)
    return replace(
        base,
        low=number,
        best=number,
        high=number,
        acled=number,
        percent=bool(match.group("percent")),
    )


def _words(match: re.Match[str], base: Quantity, lang: str) -> Quantity | None:
    from text_to_num import text2num

    words = match.group("words")
    stripped = re.sub(r"^(?:et[\s-]+)+|(?:[\s-]+et)+$", "", words, flags=re.I)
    if not stripped or stripped.lower() == "et":
        return None
    offset = words.find(stripped)
    try:
        number = int(text2num(stripped.lower(), lang))
    except ValueError:
        return None
    start = base.start + offset
    return replace(
        base,
        start=start,
        end=start + len(stripped),
        text=stripped,
        low=number,
        best=number,
        high=number,
        acled=number,
        words=True,
    )


def _qualify(text: str, quantity: Quantity, floor: int, lang: str) -> Quantity:
    """Widen a quantity to its qualifier ("plus de", "près de") and mark "les 240" definite."""
    _, qualifier, definite, data = _grammar(lang)
    before = text[max(floor, quantity.start - 40) : quantity.start]
    match = qualifier.search(before)
    if match is None:
        return replace(quantity, definite=bool(definite.search(before)))
    rule = data["qualifiers"][_key(match.group("q") or f"{match.group('elided')} de")]
    start = quantity.start - (len(before) - match.start())
    widened = replace(quantity, start=start, text=text[start : quantity.end])
    if quantity.best is None:  # a share: the bound applies once resolved
        return replace(widened, mode=f"share:{rule['mode']}")
    return _bounded(widened, rule)


def _bounded(quantity: Quantity, rule: dict[str, Any]) -> Quantity:
    """"plus de 40" is at least 40, "près de 850" at most 850; "environ 850" is 850 as written:
    no bound is made up around it."""
    number = quantity.best or 0
    if rule["mode"] == "approx" and quantity.mode != "vague":
        return replace(quantity, low=number, high=number, mode="approx")
    low = quantity.low if quantity.mode == "vague" else round(number * rule["low"])
    high = None if rule["high"] < 0 else round((quantity.high or number) * rule["high"])
    mode = quantity.mode if quantity.mode == "vague" else rule["mode"]
    return replace(quantity, low=low, high=high, mode=mode)



def share_value(quantity: Quantity, parent_best: int | None, *, lang: str = "fr") -> Quantity:
    """What a share of ``parent_best`` would come to, for a reader who asks (never stored as a
    count)."""
    if quantity.share is None or parent_best is None:
        return quantity
    _, _, _, data = _grammar(lang)
    number = round(parent_best * quantity.share)
    resolved = replace(quantity, low=number, best=number, high=number, acled=number)
    bound = quantity.mode.partition(":")[2]
    rules = {rule["mode"]: rule for rule in data["qualifiers"].values()}
    if bound in rules:
        resolved = _bounded(resolved, rules[bound])
        return replace(resolved, mode=f"share:{bound}")
    return resolved
