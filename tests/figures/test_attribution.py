"""Sources of statements, reporting-verb strength and unconfirmed claims."""

from __future__ import annotations

import pytest

from chronique.figures.attribution import attribution_for, certainty_for, find_attributions
from chronique.stages.sentences import split_sentences
from chronique.types import Article, Attribution, Sentence


def sentences_of(text: str) -> list[Sentence]:
    return [Sentence(s, e, "sentences", text[s:e]) for s, e in split_sentences(text)]


def attributions_of(text: str) -> list[Attribution]:
    return find_attributions(text, sentences_of(text), lang="fr")


def article_of(text: str) -> Article:
    article = Article(id="t", text=text, lang="fr", sentences=sentences_of(text))
    article.attributions = attributions_of(text)
    return article


@pytest.mark.parametrize(
    ("text", "source", "strength", "target"),
    [
        (
            "80.000 personnes ont fui Alep-Est depuis le 15 novembre, selon l'OSDH.",
            "l'OSDH",
            "neutral",
            "80.000 personnes ont fui Alep-Est depuis le 15 novembre",
        ),
        (
            "Les djihadistes ont repris les silos à grains, toujours selon l'OSDH.",
            "l'OSDH",
            "neutral",
            "Les djihadistes ont repris les silos à grains",
        ),
        (
            "Selon Moscou, qui soutient l'armée syrienne, le régime aurait repris la ville.",
            "Moscou",
            "neutral",
            "le régime aurait repris la ville.",
        ),
        (
            "L'artillerie pilonne plusieurs quartiers, rapporte l'OSDH.",
            "l'OSDH",
            "neutral",
            "L'artillerie pilonne plusieurs quartiers",
        ),
        (
            "Près de 150 civils ont été évacués, a annoncé la Croix-Rouge internationale.",
            "la Croix-Rouge internationale",
            "neutral",
            "Près de 150 civils ont été évacués",
        ),
        (
            "L'OSDH indique que l'offensive a été lancée jeudi soir.",
            "L'OSDH",
            "neutral",
            "l'offensive a été lancée jeudi soir.",
        ),
        (
            "« Ce sera une étape énorme », a affirmé M. Assad dans un entretien.",
            "M. Assad",
            "assert",
            "« Ce sera une étape énorme »",
        ),
        (
            "Le ministère prétend que 1200 combattants auraient rendu les armes.",
            "Le ministère",
            "claim",
            "1200 combattants auraient rendu les armes.",
        ),
        (
            "Le gouvernement dément que des civils aient été visés.",
            "Le gouvernement",
            "deny",
            "des civils aient été visés.",
        ),
        (
            "La Russie accuse les Etats-Unis de ne jamais avoir appliqué l'accord.",
            "La Russie",
            "claim",
            "les Etats-Unis de ne jamais avoir appliqué l'accord.",
        ),
        (
            "OCHA fait état de plus de 14 000 déplacés en quelques jours.",
            "OCHA",
            "neutral",
            "de plus de 14 000 déplacés en quelques jours.",
        ),
        (
            "Selon un responsable de la sécurité cité par les médias officiels, les "
            "combattants sont aux portes d'Alep.",
            "un responsable de la sécurité cité par les médias officiels",
            "neutral",
            "les combattants sont aux portes d'Alep.",
        ),
        (
            "Ces violences ont fait 42 morts, a indiqué à l'AFP un haut responsable.",
            "un haut responsable",
            "neutral",
            "Ces violences ont fait 42 morts",
        ),
        (
            "Selon le Yemen Post (en anglais) un manifestant a été tué.",
            "le Yemen Post (en anglais)",
            "neutral",
            "un manifestant a été tué.",
        ),
        (
            "On dénombre onze morts et, selon Amnesty International, 78 blessés.",
            "Amnesty International",
            "neutral",
            "et, selon Amnesty International, 78 blessés.",
        ),
        (
            "Les vitres tremblaient, selon un photographe de l'AFP.",
            "un photographe de l'AFP",
            "neutral",
            "Les vitres tremblaient",
        ),
        (
            "Sept civils ont été tués dans la nuit, a-t-on appris mardi auprès des autorités "
            "locales.",
            "autorités locales",
            "neutral",
            "Sept civils ont été tués dans la nuit",
        ),
        (
            "Trois soldats ont été tués samedi, a-t-on appris de sources sécuritaires.",
            "sources sécuritaires",
            "neutral",
            "Trois soldats ont été tués samedi",
        ),
    ],
)
def test_source_strength_target(text: str, source: str, strength: str, target: str) -> None:
    (attribution,) = attributions_of(text)
    assert attribution.source == source
    assert attribution.strength == strength
    assert text[attribution.target_start : attribution.target_end] == target
    assert source in text[attribution.start : attribution.end]  # the span covers the cue


def test_unconfirmed_claim() -> None:
    text = (
        "Le ministère prétend que 1200 combattants djihadistes auraient rendu les armes, "
        "une information qui n'a toutefois pu être confirmée par l'OSDH."
    )
    claim, doubt = attributions_of(text)
    assert (claim.strength, doubt.strength) == ("claim", "unconfirmed")
    assert doubt.source == "l'OSDH"
    assert text[doubt.start : doubt.end].startswith("une information qui n'a")
    assert "1200 combattants" in text[doubt.target_start : doubt.target_end]
    article = article_of(text)
    start = text.index("1200")
    end = start + len("1200 combattants")
    assert attribution_for(article, start, end) == claim  # the doubt is not the source
    assert certainty_for(article, start, end) == "unconfirmed"


def test_bare_head_takes_the_source_named_before() -> None:
    text = (
        "« Les habitants quittent la ville », a indiqué le porte-parole du ministère russe de la "
        "Défense. Le ministère prétend que 1200 combattants auraient rendu les armes."
    )
    assert attributions_of(text)[-1].source == "ministère russe de la Défense"


def test_certainty_levels() -> None:
    text = (
        "Selon l'OSDH, 20 civils ont été tués. Selon Moscou, le régime aurait repris la ville. "
        "Le gouvernement dément que 30 civils aient été tués."
    )
    article = article_of(text)

    def level(words: str) -> str:
        start = text.index(words)
        return certainty_for(article, start, start + len(words))

    assert level("20 civils") == "reported"
    assert level("repris") == "claimed"
    assert level("30 civils") == "denied"


@pytest.mark.parametrize(
    "text",
    [
        "Parmi les 240 morts, on dénombre 24 civils.",
        "Les prochains jours s'annoncent décisifs.",
        "Cette avancée éclair témoigne de la puissance des assaillants.",
        "Les rues sont désertes selon toute vraisemblance ce matin.",
        "Ces personnes, qui nous accusent d'être des terroristes, ont tué 36 personnes.",
        # "répondre par" / "répondre en" is an act: the subject acts, it says nothing
        "L'aviation a répondu par une série de frappes sur les positions rebelles.",
        "La garnison a répondu en tirant des obus de mortier sur les collines.",
    ],
)
def test_no_attribution(text: str) -> None:
    assert [a for a in attributions_of(text) if a.strength != "unconfirmed"] == []


def test_no_attribution_outside_target() -> None:
    text = "Onze personnes sont mortes. 80.000 personnes ont fui, selon l'OSDH."
    article = article_of(text)
    assert attribution_for(article, 0, len("Onze personnes")) is None


def test_inverted_pronoun_takes_the_last_named_source() -> None:
    text = (
        "« Les frappes ont touché des civils », a indiqué un haut responsable libyen. "
        "« C'est une agression barbare », a-t-il protesté. "
        "« Nous riposterons », ajoute-t-il."
    )
    found = attributions_of(text)
    assert [a.source for a in found] == ["un haut responsable libyen"] * 3
    assert text[found[1].start : found[1].end] == "a-t-il protesté"
    assert text[found[2].target_start : found[2].target_end] == "« Nous riposterons »"


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Ce départ, s'il se confirme, changerait tout.", []),
        ("« Des gens qui n'ont pas peur », a-t-il dit.", ["il"]),
        ("Lorsqu'on lui présente Kadhafi, celui-ci lui dit bonjour.", []),
    ],
)
def test_subject_readings_refused(text: str, sources: list[str]) -> None:
    assert [a.source for a in attributions_of(text)] == sources


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Le conflit a fait plus de 30.000 morts (CNT).",
            "CNT",
            "Le conflit a fait plus de 30.000 morts",
        ),
        ("Offensive sur Misrata: 21 morts et 90 blessés (médecin).", "médecin", None),
        (
            "Quinze personnes ont été tuées, ont rapporté samedi les médias du régime.",
            "les médias du régime",
            "Quinze personnes ont été tuées",
        ),
        (
            "L'ONG Human Rights Watch (HRW), évoquant vingt-quatre morts pour jeudi, "
            "a dénoncé une répression.",
            "L'ONG Human Rights Watch (HRW)",
            "vingt-quatre morts pour jeudi",
        ),
    ],
)
def test_more_shapes(text: str, source: str, target: str | None) -> None:
    (attribution,) = attributions_of(text)
    assert attribution.source == source
    if target is not None:
        assert text[attribution.target_start : attribution.target_end] == target


def test_bracketed_place_is_not_a_source() -> None:
    assert attributions_of("Les insurgés se retirent de Ben Jawad (est).") == []


def test_glued_sentences_and_pronoun_sources() -> None:
    text = (
        "Les insurgés ont déclaré tenir Misrata, malgré une offensive qui a fait selon eux "
        "quatre morts.L'hôpital a été touché par un obus, selon un médecin."
    )
    article = article_of(text)
    start = text.index("quatre morts")
    attribution = attribution_for(article, start, start + len("quatre morts"))
    assert attribution is not None and attribution.source == "Les insurgés"
    doctor = next(a for a in article.attributions if a.source == "un médecin")
    assert text[doctor.target_start : doctor.target_end] == "L'hôpital a été touché par un obus"


def test_the_source_named_before_speaks_again() -> None:
    text = (
        "« Quatre journalistes sont détenus », rappelle RSF, qui indique être sans nouvelles "
        "de six journalistes."
    )
    article = article_of(text)
    start = text.index("six journalistes")
    attribution = attribution_for(article, start, start + 5)
    assert attribution is not None and attribution.source == "RSF"


def test_answering_is_speech_unless_an_act_follows() -> None:
    said = attributions_of("Le préfet a répondu que la route restait fermée.")
    assert [(a.source, a.verb) for a in said] == [("Le préfet", "répondre")]
