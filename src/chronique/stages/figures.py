"""Stage ``figures``: casualty and displacement figures, their sources, certainty and modality.

Finds the attributions of the article (who says what, how strongly), then the figures, and
gives each figure the source of the narrowest attribution covering it, its certainty
(reported | claimed | unconfirmed | denied) and the modality of its clause. A figure that
borrows its kind from another ("dont 19 enfants", "105 civils l'ont été") borrows its source
too when it has none of its own. When the Actors stage ran before, sources are linked to the
actor mentioned in them.
"""

from __future__ import annotations

from dataclasses import replace

from ..actors.dictionary import load_dictionary
from ..figures.attribution import attribution_for, certainty_for, find_attributions
from ..figures.extract import extract_figures
from ..figures.modality import modality
from ..lang import table
from ..pipeline import stage
from ..types import ActorMention, Article, Attribution, Figure


@stage("figures", requires=("text", "sentences"), assigns=("figures", "attributions"), order=50,
       version="34")
def make_figures() -> FigureStage:
    """Casualty/displacement figures with source, certainty and modality; attributions."""
    return FigureStage()


class FigureStage:
    def __call__(self, article: Article) -> Article:
        lang = article.lang or "fr"
        attributions = find_attributions(article.text, article.sentences, lang=lang)
        article.attributions = [_link_actor(a, article.actors) for a in attributions]
        figures = extract_figures(article.text, article.sentences, lang=lang)
        article.figures = annotate(article, figures, lang=lang)
        return article


def annotate(article: Article, figures: list[Figure], *, lang: str) -> list[Figure]:
    """Each figure with its source, certainty and modality, in order (parents before parts)."""
    done: list[Figure] = []
    for figure in figures:
        end = max(figure.end, figure.cue_end)
        attribution = attribution_for(article, figure.start, figure.end)
        source = attribution.source if attribution else None
        actor_id = attribution.source_actor_id if attribution else None
        lender = _lender(figure, done)
        if source is None and lender is not None:
            source, actor_id = lender.source, lender.source_actor_id
        done.append(
            replace(
                figure,
                who=figure.who or _who_by_name(article, figure, lang),
                source=source,
                source_actor_id=actor_id,
                certainty=certainty_for(article, figure.start, end, lang=lang),
                modality=_modality(article, figure, end, lang),
            )
        )
    return done


def _who_by_name(article: Article, figure: Figure, lang: str) -> str | None:
    """Who the people a count names by their force's name are ("trois VDP", "deux FAMa"): by
    the role that force plays in its conflict (the auxiliaries of an army are on its side),
    else by its sector or kind, `who_of_actor`; None when no such actor is named in the
    figure."""
    data = table(lang, "casualties").get("who_of_actor", {})
    by_role: dict[str, str] = data.get("roles", {})
    dictionary = load_dictionary()
    for actor in article.actors or []:
        if not (figure.start < actor.start < figure.end and actor.actor_id):
            continue
        held = next((by_role[role] for role in dictionary.held_roles(actor.actor_id)
                     if role in by_role), None)
        if held is not None:
            return held
        for who, listed in data.items():
            if who != "roles" and (actor.sector in listed or actor.kind in listed):
                return str(who)
    return None


def _modality(article: Article, figure: Figure, end: int, lang: str) -> str:
    """The figure's modality; "aucune victime n'est à déplorer" is a zero said, not a toll
    denied."""
    found = modality(article.text, figure.start, end, lang=lang)
    return "asserted" if figure.kind_from == "zero" and found == "negated" else found


def _lender(figure: Figure, done: list[Figure]) -> Figure | None:
    """The figure this one took its kind from: its parent, or the antecedent of "l'ont été"."""
    if figure.part_of is not None and figure.part_of < len(done):
        return done[figure.part_of]
    if figure.kind_from == "anaphora":
        earlier = [f for f in done if f.kind == figure.kind]
        return earlier[-1] if earlier else None
    return None


def _link_actor(attribution: Attribution, actors: list[ActorMention]) -> Attribution:
    for actor in actors:
        inside = attribution.source_start <= actor.start and actor.end <= attribution.source_end
        if inside and actor.actor_id:
            return replace(attribution, source_actor_id=actor.actor_id)
    return attribution
