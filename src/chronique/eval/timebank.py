"""French TimeBank evaluation of the temporal tagger, TempEval-3 style.

Documents are the ``.tml`` files of a folder, sorted by file name; every fourth one
(``index % 4 == 3``) forms the held-out ``test`` split, the others the ``dev`` split. The tagger
sees the plain text of ``<TEXT>`` and the document creation time as its reference date; the
creation-time TIMEX3 itself is not scored.

Strict: exact span (surrounding whitespace ignored). Relaxed: any overlap, one to one, greedy in
text order. Value and type: right attribute on a relaxed match; precision over the system's
count, recall over the gold count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from .. import registry
from ..timex import tag

SPLITS = ("all", "dev", "test")
MEASURES = ("strict", "relaxed", "value", "type")


@dataclass
class Document:
    id: str
    dct: str | None
    text: str
    gold: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Scores:
    gold: int
    system: int
    counts: dict[str, int]
    errors: list[tuple[str, ...]]

    def prf(self, measure: str) -> tuple[float, float, float]:
        count = self.counts[measure]
        p = count / self.system if self.system else 0.0
        r = count / self.gold if self.gold else 0.0
        total = self.system + self.gold
        return p, r, (2 * count / total if total else 0.0)


def load(folder: Path) -> list[Document]:
    """Every ``.tml`` document under ``folder``, sorted by path."""
    return [_read(path) for path in sorted(Path(folder).rglob("*.tml"))]


def _read(path: Path) -> Document:
    root = ElementTree.parse(path).getroot()
    dct = next(
        (t.get("value") for t in root.iter("TIMEX3")
         if t.get("functionInDocument") == "CREATION_TIME"),
        None,
    )
    parts: list[str] = []
    gold: list[dict[str, Any]] = []
    length = [0]

    def walk(element: ElementTree.Element) -> None:
        if element.text:
            parts.append(element.text)
            length[0] += len(element.text)
        for child in element:
            start = length[0]
            walk(child)
            if child.tag == "TIMEX3":
                gold.append({"start": start, "end": length[0], "type": child.get("type"),
                             "value": child.get("value")})
            if child.tail:
                parts.append(child.tail)
                length[0] += len(child.tail)

    body = root.find("TEXT")
    if body is not None:
        walk(body)
    return Document(path.stem, dct, "".join(parts), gold)


def split(documents: list[Document], which: str) -> list[Document]:
    """``all``, ``dev`` (index % 4 != 3) or ``test`` (index % 4 == 3) of the sorted documents."""
    if which not in SPLITS:
        raise ValueError(f"unknown split {which!r}; valid: {', '.join(SPLITS)}")
    if which == "all":
        return documents
    test = which == "test"
    return [doc for i, doc in enumerate(documents) if (i % 4 == 3) == test]


def system_output(documents: Iterable[Document], *, lang: str = "fr") -> dict[str, list[dict]]:
    """The tagger's expressions per document, in the scorer's JSON shape."""
    return {
        doc.id: [
            {"start": t.start, "end": t.end, "type": t.type, "value": t.value}
            for t in tag(doc.text, reference=doc.dct, lang=lang)
        ]
        for doc in documents
    }


def _trim(item: dict[str, Any], text: str) -> tuple[int, int]:
    start, end = item["start"], item["end"]
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def score(documents: list[Document], system: dict[str, list[dict]]) -> Scores:
    counts = dict.fromkeys(MEASURES, 0)
    n_gold = n_system = 0
    errors: list[tuple[str, ...]] = []
    for doc in documents:
        text = doc.text
        gold = [(g, _trim(g, text)) for g in doc.gold]
        found = [(s, _trim(s, text)) for s in system.get(doc.id, [])]
        n_gold += len(gold)
        n_system += len(found)
        used: set[int] = set()
        for g, (gs, ge) in gold:
            match = next(
                (
                    i for i, (_, (ss, se)) in enumerate(found)
                    if i not in used and ss < ge and gs < se
                ),
                None,
            )
            if match is None:
                errors.append(("MISS", doc.id, str(doc.dct), text[gs:ge], str(g["value"]), ""))
                continue
            used.add(match)
            s, span = found[match]
            counts["relaxed"] += 1
            counts["strict"] += span == (gs, ge)
            counts["type"] += s.get("type") == g["type"]
            if s.get("value") == g["value"]:
                counts["value"] += 1
            else:
                got = f"{text[span[0]:span[1]]} -> {s.get('value')}"
                errors.append(("VALUE", doc.id, str(doc.dct), text[gs:ge], str(g["value"]), got))
            if span != (gs, ge):
                got = text[span[0] : span[1]]
                errors.append(("SPAN", doc.id, str(doc.dct), text[gs:ge], str(g["value"]), got))
        for i, (s, (ss, se)) in enumerate(found):
            if i not in used:
                errors.append(("EXTRA", doc.id, str(doc.dct), text[ss:se], str(s.get("value")), ""))
    return Scores(n_gold, n_system, counts, errors)


def evaluate(folder: Path, *, which: str = "all", lang: str = "fr") -> Scores:
    """Tag the documents of ``which`` split under ``folder`` and score them."""
    documents = split(load(folder), which)
    return score(documents, system_output(documents, lang=lang))


registry.evaluations.register("timebank", evaluate)
