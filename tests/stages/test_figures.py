"""Stage ``figures`` on the bundled seeds: what an analyst reads in each article."""

from __future__ import annotations

import pytest

from chronique.pipeline import Pipeline
from chronique.stages.figures import FigureStage
from chronique.stages.sentences import SentenceStage
from chronique.types import Article, Figure


@pytest.fixture(scope="module")
def seed_articles(seeds: dict[str, str]) -> dict[str, Article]:
    articles = {}
    for key, text in seeds.items():
        article = Article(id=key, text=text, lang="fr")
        articles[key] = FigureStage()(SentenceStage()(article))
    return articles


def find(article: Article, words: str) -> tuple[int, Figure]:
    """The first figure whose span starts with ``words``."""
    for index, figure in enumerate(article.figures):
        if figure.text.startswith(words):
            return index, figure
    raise AssertionError(f"no figure {words!r} in {[f.text for f in article.figures]}")


def test_004_nested_toll_per_osdh(seed_articles: dict[str, Article]) -> None:
    article = seed_articles["004"]
    _, toll = find(article, "plus de 240 morts")
    assert (toll.kind, toll.low, toll.high) == ("killed", 240, None)
    assert toll.source is not None and "OSDH" in toll.source
    index, again = find(article, "240 morts")
    assert again.refers_to is not None
    civ_index, civilians = find(article, "24 civils")
    _, children = find(article, "19 enfants")
    assert (civilians.kind, civilians.who, civilians.best, civilians.part_of) == (
        "killed",
        "civilians",
        24,
        index,
    )
    assert (children.kind, children.who, children.best, children.part_of) == (
        "killed",
        "children",
        19,
        civ_index,
    )
    assert "OSDH" in (civilians.source or "") and "OSDH" in (children.source or "")
    new_dead = [
        f.best or 0
        for f in article.figures[: index + 3]
        if f.kind == "killed" and f.part_of is None and f.refers_to is None and f.who is None
    ]
    assert sum(new_dead) == 240  # never 240 + 24 + 19 = 283


def test_004_displaced_per_ocha_with_share(seed_articles: dict[str, Article]) -> None:
    article = seed_articles["004"]
    index, displaced = find(article, "plus de 14 000 déplacés")
    assert (displaced.kind, displaced.best) == ("displaced", 14000)
    assert "OCHA" in (displaced.source or "")
    _, share = find(article, "près de la moitié")
    # "près de la moitié sont des enfants": kept as a share of its parent, never made a count
    assert (share.part_of, share.who, share.share, share.best) == (index, "children", 0.5, None)


def test_004_no_casualty_figure_is_hypothetical(seed_articles: dict[str, Article]) -> None:
    article = seed_articles["004"]
    assert all(f.modality == "asserted" for f in article.figures)
    assert not any(f.cumulative for f in article.figures)


def test_001_figures(seed_articles: dict[str, Article]) -> None:
    article = seed_articles["001"]
    index, civilians = find(article, "384 civils")
    assert (civilians.kind, civilians.who, civilians.source, civilians.cumulative) == (
        "killed",
        "civilians",
        "l’OSDH",
        False,
    )
    _, children = find(article, "au moins 45 enfants")
    assert (children.part_of, children.low, children.high) == (index, 45, None)
    west, west_civilians = find(article, "105 civils")
    _, west_children = find(article, "35 enfants")
    assert (west_civilians.kind, west_civilians.part_of) == ("killed", None)
    assert (west_children.kind, west_children.best, west_children.part_of) == ("killed", 35, west)
    _, fled = find(article, "80.000 personnes")
    assert (fled.kind, fled.best, fled.source) == ("fled", 80000, "l’OSDH")
    _, evacuated = find(article, "Près de 150 civils")
    assert (evacuated.kind, evacuated.best, evacuated.estimate) == ("evacuated", 150, "approx")
    assert evacuated.source == "la Croix-Rouge internationale"
    _, dead = find(article, "Onze personnes")
    assert (dead.kind, dead.best) == ("killed", 11)
    _, toll = find(article, "plus de 300.000 morts")
    assert toll.cumulative
    assert not any(f.text.startswith("plus de 80%") for f in article.figures)


def test_003_claims(seed_articles: dict[str, Article]) -> None:
    article = seed_articles["003"]
    _, surrendered = find(article, "1200 combattants")
    assert surrendered.kind == "surrendered"
    assert surrendered.source is not None and "ministère" in surrendered.source
    assert surrendered.certainty == "unconfirmed"
    claim = next(a for a in article.attributions if a.verb == "prétendre")
    assert claim.strength == "claim"
    doubt = next(a for a in article.attributions if a.strength == "unconfirmed")
    assert "OSDH" in doubt.source
    _, displaced = find(article, "plus de 20")
    assert (displaced.kind, displaced.best, displaced.source) == ("displaced", 20000, "Moscou")
    assert not any(f.best == 90 for f in article.figures)  # "90 % du territoire"


def test_000_cumulative_toll(seed_articles: dict[str, Article]) -> None:
    article = seed_articles["000"]
    _, toll = find(article, "plus de 320.000 morts")
    assert (toll.kind, toll.best, toll.cumulative) == ("killed", 320000, True)
    assert all(f.cumulative for f in article.figures)


def test_002_has_no_figures(seed_articles: dict[str, Article]) -> None:
    assert seed_articles["002"].figures == []


def test_spans_point_into_the_text(seed_articles: dict[str, Article]) -> None:
    for article in seed_articles.values():
        for figure in article.figures:
            assert article.text[figure.start : figure.end] == figure.text
            assert figure.stage == "figures"
        for attribution in article.attributions:
            assert article.text[attribution.start : attribution.end] == attribution.text
            assert attribution.target_start <= attribution.target_end


def test_stage_runs_in_a_pipeline(seeds: dict[str, str]) -> None:
    initial = ("id", "raw", "meta", "text", "lang")
    pipeline = Pipeline(["sentences", "figures"], on_error="raise", initial=initial)
    article = pipeline(Article(id="001", text=seeds["001"], lang="fr"))
    assert article.done == ["sentences", "figures"]
    assert any(f.best == 384 for f in article.figures)


@pytest.mark.parametrize(
    ("key", "words", "expected"),
    [
        ("004", "Si Alep venait à tomber", "hypothetical"),
        ("004", "un revers majeur pour Damas", "hypothetical"),
        ("004", "qui pourraient basculer", "hypothetical"),
        ("004", "pourrait bien marquer un tournant", "possible"),
        ("004", "parviendra-t-il à endiguer", "question"),
        ("004", "risquent une fois de plus", "possible"),
        ("004", "a déjà fait plus de 240 morts", "asserted"),
        ("001", "dont la conquête représenterait", "conditional"),
        ("001", "une prise qui constituerait", "conditional"),
        ("001", "n’ont ainsi fait aucun progrès", "negated"),
        ("001", "384 civils ont été tués", "asserted"),
        ("003", "qu’elle enverrait des renforts", "future"),
        ("003", "auraient rendu les armes", "asserted"),
        ("000", "a fait plus de 320.000 morts", "asserted"),
    ],
)
def test_seed_modality(seeds: dict[str, str], key: str, words: str, expected: str) -> None:
    from chronique.figures.modality import modality

    text = seeds[key]
    start = text.index(words)
    assert modality(text, start, start + len(words), lang="fr") == expected
