"""Evaluation of the ``actors`` stage against mentions annotated by hand.

Annotations are TSV rows ``document, surface, type, occurrences``: ``type`` is an actor id (or
PER/ORG for a name no dictionary knows), ``occurrences`` is ``*`` or the 1-based numbers of the
occurrences of ``surface`` in the document meant (whole words, typographic apostrophes folded).
Longer surfaces are placed first and an occurrence overlapping one already placed is skipped.

Two figures per corpus: mentions scored on exact spans and on overlapping spans (the type must
agree in both), plus the share of annotated actors whose every found variant got one id.

On francophone-dev (ACLED-style event annotations of conflicts from the Sahel to Haiti, see its
README), :func:`evaluate_francophone` asks, per country, whether each actor the gold events name
(``actor1``/``actor2``, several joined with "; ") is found in its article: some mention whose
``acled`` name is the gold one, regime periods ("(2022-)") aside.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .. import registry
from ..nlp import model_text
from ..types import Article, DateClaim
from .scores import Counts, Share, set_aside

REPO = Path(__file__).resolve().parents[3]
SEEDS = REPO / "samples" / "seeds"
SEED_GOLD = REPO / "tests" / "data" / "actors_seeds.tsv"
CLTLS_GOLD = REPO / "tests" / "data" / "actors_cltls" / "gold.tsv"
CLTLS_HELDOUT = CLTLS_GOLD.with_name("heldout.tsv")  # annotated after the rules were frozen

Mention = tuple[int, int, str]  # start, end, type


@dataclass
class Score(Counts):
    """Counts and the mistakes behind them."""

    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)


@dataclass
class Report:
    """Scores of one corpus."""

    name: str
    documents: int
    gold: int
    strict: Score
    relaxed: Score
    consistent: float  # share of annotated actors whose found mentions all carry one id

    def lines(self) -> list[str]:
        rows = [f"{self.name}: {self.documents} documents, {self.gold} annotated mentions"]
        for label, score in (("exact spans", self.strict), ("overlapping spans", self.relaxed)):
            rows.append(
                f"  {label:18} P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f} "
                f"(tp={score.tp} fp={score.fp} fn={score.fn})"
            )
        rows.append(f"  one id per actor (names) {self.consistent:.3f}")
        return rows


def read_gold(path: Path) -> dict[str, list[tuple[str, str, str]]]:
    """document -> [(surface, type, occurrences)]"""
    rows: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        document, surface, kind, occurrences = line.split("\t")
        rows[document].append((surface, kind, occurrences.strip()))
    return rows


def expand(text: str, rows: Iterable[tuple[str, str, str]]) -> list[Mention]:
    """The annotated mentions of ``text`` as spans."""
    folded = model_text(text)
    placed: list[Mention] = []
    for surface, kind, occurrences in sorted(rows, key=lambda row: -len(row[0])):
        pattern = re.compile(r"(?<![\w])" + re.escape(model_text(surface)) + r"(?![\w])")
        wanted = None if occurrences == "*" else {int(n) for n in occurrences.split(",")}
        for number, match in enumerate(pattern.finditer(folded), 1):
            if wanted is not None and number not in wanted:
                continue
            if any(match.start() < end and match.end() > start for start, end, _ in placed):
                continue
            placed.append((match.start(), match.end(), kind))
    return sorted(placed)


def predictions(
    article: Article, *, resolved_only: bool, names_only: bool = False
) -> list[Mention]:
    """The stage's mentions as spans (``names_only``: those found by name, not generic).
    Actors implied by an action ("une frappe russe") are not mentions in the annotations'
    sense (they name an act, not its author) and are left out."""
    found = []
    for mention in article.actors:
        kind = mention.actor_id or mention.label
        if kind is None or (resolved_only and mention.actor_id is None) or mention.how == "implied":
            continue
        if names_only and mention.how not in ("dictionary", "fuzzy"):
            continue
        found.append((mention.start, mention.end, kind))
    return found


def score(
    gold: list[Mention], found: list[Mention], text: str, *, exact: bool, into: Score
) -> None:
    """Greedy one-to-one matching of ``found`` to ``gold`` (same type, same or overlapping span)."""
    unmatched = list(found)
    for start, end, kind in gold:
        match = next(
            (item for item in unmatched if item[2] == kind and (
                (item[0], item[1]) == (start, end) if exact else item[0] < end and item[1] > start
            )),
            None,
        )
        if match is None:
            into.fn += 1
            into.misses.append(f"{text[start:end]!r}@{start}={kind}")
        else:
            into.tp += 1
            unmatched.remove(match)
    into.fp += len(unmatched)
    into.extras.extend(f"{text[s:e]!r}@{s}={k}" for s, e, k in unmatched)


def consistency(pairs: list[tuple[list[Mention], list[Mention]]]) -> float:
    """Share of annotated actor ids whose overlapping names found (every spelling, acronym
    and alias; generic phrases aside) all carry that same id."""
    seen: dict[str, set[str | None]] = defaultdict(set)
    for gold, found in pairs:
        for start, end, kind in gold:
            if kind in ("PER", "ORG"):
                continue
            for item in found:
                if item[0] < end and item[1] > start:
                    seen[kind].add(item[2])
    if not seen:
        return 0.0
    return sum(1 for kind, ids in seen.items() if ids == {kind}) / len(seen)


def analyze(text: str, name: str, *, date: str | None = None) -> Article:
    """Run the sentence and actor stages on ``text`` as the pipeline would."""
    from ..pipeline import stage_spec

    article = Article(id=name, text=text, raw=text, lang="fr",
                      published=DateClaim(page_date=date, value=date) if date else None)
    for stage_name in ("sentences", "actors"):
        article = stage_spec(stage_name).build({})(article)
    return article


def evaluate(
    name: str,
    documents: dict[str, tuple[str, str | None]],
    gold: dict[str, list[tuple[str, str, str]]],
    *, resolved_only: bool,
) -> Report:
    """Score the stage on ``documents`` (name -> (text, date)) against ``gold``."""
    strict, relaxed = Score(), Score()
    pairs = []
    total = 0
    for document, (text, date) in sorted(documents.items()):
        expected = expand(text, gold.get(document, []))
        if resolved_only:
            expected = [item for item in expected if item[2] not in ("PER", "ORG")]
        article = analyze(text, document, date=date)
        found = predictions(article, resolved_only=resolved_only)
        score(expected, found, text, exact=True, into=strict)
        score(expected, found, text, exact=False, into=relaxed)
        pairs.append((expected, predictions(article, resolved_only=True, names_only=True)))
        total += len(expected)
    return Report(name, len(documents), total, strict, relaxed, consistency(pairs))


def evaluate_seeds(seeds: Path = SEEDS, gold_path: Path = SEED_GOLD) -> Report:
    """Typed mentions (dictionary ids and unknown PER/ORG) on the five sample articles."""
    gold = read_gold(gold_path)
    documents: dict[str, tuple[str, str | None]] = {
        path.name[:3]: (path.read_text(encoding="utf-8"), None)
        for path in sorted(seeds.glob("*.txt"))
    }
    return evaluate("seeds", documents, gold, resolved_only=False)


def default_cltls() -> Path:
    """$CHRONIQUE_SHARED_DATA/cl-tls-fr, else ../shared/data/cl-tls-fr beside the repository."""
    shared = os.environ.get("CHRONIQUE_SHARED_DATA")
    if shared:
        return Path(shared) / "cl-tls-fr"
    candidates = [folder / "shared" / "data" / "cl-tls-fr" for folder in REPO.parents[:2]]
    return next((path for path in candidates if path.is_dir()), candidates[0])


def evaluate_cltls(
    root: Path | None = None, gold_path: Path = CLTLS_GOLD, *, name: str = "cl-tls-fr"
) -> Report:
    """Resolved actor mentions on the annotated cl-tls-fr articles (``fr/<topic>/<date>/x.txt``)."""
    root = root or default_cltls()
    base = root / "fr" if (root / "fr").is_dir() else root
    gold = read_gold(gold_path)
    documents = {}
    for document in gold:
        path = base / document
        date = path.parent.name if re.fullmatch(r"\d{4}-\d{2}-\d{2}", path.parent.name) else None
        documents[document] = (path.read_text(encoding="utf-8"), date)
    return evaluate(name, documents, gold, resolved_only=True)


def default_francophone() -> Path:
    """$CHRONIQUE_SHARED_DATA/francophone-dev, else ../shared/data/francophone-dev."""
    shared = os.environ.get("CHRONIQUE_SHARED_DATA")
    if shared:
        return Path(shared) / "francophone-dev"
    candidates = [folder / "shared" / "data" / "francophone-dev" for folder in REPO.parents[:2]]
    return next((path for path in candidates if path.is_dir()), candidates[0])


is_heldout = set_aside  # the articles kept unseen: one rule, in .scores


#: gold actors that name no group, force or organisation: generic ACLED actors of a country
GENERIC_ACLED = re.compile(r"(?:Civilians|Unidentified Armed Group|Protesters|Rioters) \(")
_PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")


def acled_key(name: str) -> str:
    """An ACLED name compared without its regime period and case ("Military Forces of Mali
    (2021-)" is "military forces of mali")."""
    return " ".join(_PERIOD.sub("", name).casefold().split())


@dataclass
class FrancophoneReport:
    """Per country: the gold actors found in their article, named ones and all of them."""

    name: str
    articles: int
    named: dict[str, Share] = field(default_factory=dict)
    every: dict[str, Share] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    #: mentions of a name that actors of several countries share ("ADF"), and those resolved to
    #: another country's actor when one of the article's country had the name
    homonyms: int = 0
    wrong_homonyms: list[str] = field(default_factory=list)

    def total(self, table: dict[str, Share]) -> Share:
        return Share(sum(item.found for item in table.values()),
                     sum(item.total for item in table.values()))

    def lines(self) -> list[str]:
        rows = [f"{self.name}: {self.articles} articles; gold actors found in their article "
                "(named groups, forces and organisations | with civilians and unidentified "
                "armed groups)"]
        for country in sorted(self.every):
            named = self.named.get(country, Share())
            rows.append(f"  {country:30} {named.text():17} | {self.every[country].text()}")
        rows.append(f"  {'all':30} {self.total(self.named).text():17} | "
                    f"{self.total(self.every).text()}")
        rows.append(f"  names shared across countries: {self.homonyms} mentions, "
                    f"{len(self.wrong_homonyms)} given to another country's actor")
        return rows


def gold_actors(events: list[dict[str, object]]) -> set[str]:
    """The ACLED names of the actors the gold events give words for (an actor whose text is
    only a note in brackets, "(attackers not named)", is not in the article)."""
    names: set[str] = set()
    for event in events:
        for side in ("actor1", "actor2"):
            name, words = event.get(side), event.get(f"{side}_text")
            if not isinstance(name, str) or not isinstance(words, str):
                continue
            if not words.strip() or words.strip().startswith("("):
                continue
            names.update(part.strip() for part in name.split(";") if part.strip())
    return names


def evaluate_francophone(root: Path | None = None, *, split: str = "tune") -> FrancophoneReport:
    """Per-country shares of the gold actors of francophone-dev found by the actors stage
    (``split``: "tune", the articles the data was written against, or "heldout")."""
    root = root or default_francophone()
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    part = "held-out" if split == "heldout" else "tuned on"
    report = FrancophoneReport(f"francophone-dev ({part})", 0)
    for line in (root / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        article_id = record["id"]
        if is_heldout(article_id) != (split == "heldout") or article_id not in gold:
            continue
        report.articles += 1
        article = analyze(record["text"], article_id, date=record.get("published"))
        found = {acled_key(mention.acled) for mention in article.actors if mention.acled}
        country = record.get("country") or "?"
        _check_homonyms(article, country, report, hide=split == "heldout")
        for name in sorted(gold_actors(gold[article_id].get("events", []))):
            hit = acled_key(name) in found
            tables = [report.every] if GENERIC_ACLED.match(name) else [report.every, report.named]
            for table in tables:
                share = table.setdefault(country, Share())
                share.total += 1
                share.found += hit
            if not hit and split != "heldout":
                report.misses.append(f"{article_id}: {name}")
    return report


def _check_homonyms(article: Article, country: str, report: FrancophoneReport, *,
                    hide: bool) -> None:
    """Count the mentions of names shared by actors of several countries, and those given to
    another country's actor when an actor of the article's ``country`` (English name) had it."""
    from ..actors.dictionary import load_dictionary
    from ..actors.generic import country_name

    dictionary = load_dictionary()
    for mention in article.actors:
        if mention.how != "dictionary" or mention.actor_id is None:
            continue
        candidates = [dictionary.actors[i] for i in dictionary.lookup(mention.text)
                      if i in dictionary.actors]
        if len({actor.country for actor in candidates}) < 2:
            continue
        report.homonyms += 1
        local = [actor.id for actor in candidates if country_name(actor.country) == country]
        if local and mention.actor_id not in local:
            report.wrong_homonyms.append(
                f"{article.id}: {'…' if hide else mention.text} -> {mention.actor_id}")


def run(path: str | None = None) -> list[Report]:
    """The seeds, the cl-tls-fr articles the rules were tuned on, and the held-out ones
    (``path``: the cl-tls-fr folder)."""
    root = Path(path) if path else None
    return [
        evaluate_seeds(),
        evaluate_cltls(root, CLTLS_GOLD, name="cl-tls-fr (tuned on)"),
        evaluate_cltls(root, CLTLS_HELDOUT, name="cl-tls-fr held-out"),
    ]


registry.evaluations.register("actors", run)
