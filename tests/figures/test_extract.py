"""Casualty and displacement figures read from French sentences."""

from __future__ import annotations

import pytest

from chronique.figures.extract import extract_figures
from chronique.stages.sentences import split_sentences
from chronique.types import Figure, Sentence


def figures_of(text: str) -> list[Figure]:
    sentences = [Sentence(s, e, "sentences", text[s:e]) for s, e in split_sentences(text)]
    return extract_figures(text, sentences, lang="fr")


def rows(text: str) -> list[tuple[str, str | None, int | None, int | None, bool]]:
    return [(f.kind, f.who, f.best, f.part_of, f.cumulative) for f in figures_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'attaque a déjà fait plus de 240 morts.", [("killed", None, 240, None, False)]),
        ("Trois soldats ont été blessés.", [("injured", "soldiers", 3, None, False)]),
        (
            "Onze personnes sont mortes dans l'établissement.",
            [("killed", "people", 11, None, False)],
        ),
        (
            "80.000 personnes ont fui Alep-Est depuis le 15 novembre.",
            [("fled", "people", 80000, None, False)],
        ),
        (
            "Près de 150 civils, la plupart d'entre eux malades, ont été évacués d'un "
            "centre de santé.",
            [("evacuated", "civilians", 150, None, False)],
        ),
        (
            "La police a arrêté 12 manifestants. 30 personnes ont été arrêtées.",
            [("arrested", "protesters", 12, None, False), ("arrested", "people", 30, None, False)],
        ),
        ("Deux journalistes sont portés disparus.", [("missing", "civilians", 2, None, False)]),
        (
            "OCHA fait état de plus de 14 000 déplacés en quelques jours.",
            [("displaced", None, 14000, None, False)],
        ),
        (
            "Les frappes ont forcé le déplacement de plus de 20 000 personnes.",
            [("displaced", "people", 20000, None, False)],
        ),
        (
            "La frappe a provoqué l'exode de dizaines de milliers de civils.",
            [("fled", "civilians", None, None, False)],
        ),
        (
            "1200 combattants djihadistes auraient rendu les armes.",
            [("surrendered", "fighters", 1200, None, False)],
        ),
        ("Une centaine de rebelles ont été capturés.", [("captured", "rebels", 100, None, False)]),
        ("L'explosion a tué 7 policiers.", [("killed", "police", 7, None, False)]),
        # displaced people killed: the participle right after their noun tells what befell them
        ("Le bilan a été revu : neuf déplacés tués dans le camp.",
         [("killed", None, 9, None, False)]),
        ("La riposte a permis de neutraliser 17 assaillants.",
         [("killed", "fighters", 17, None, False)]),
        # who arrested them, between the noun and its "de"
        ("Le préfet a annoncé l'arrestation par la gendarmerie de douze suspects.",
         [("arrested", "people", 12, None, False)]),
        # fallen in the fight: dead, whoever they were
        ("Trois VDP sont tombés les armes à la main.",
         [("killed", None, 3, None, False)]),
    ],
)
def test_kind_and_who(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "L'armée contrôle désormais plus de 80% des quartiers rebelles à Alep-Est.",
        "Les rebelles tirent des dizaines de roquettes sur les quartiers gouvernementaux.",
        "Ils ont conquis une cinquantaine de villes et villages dans la région.",
        "Les combattants ne sont plus qu'à près de deux kilomètres de la ville.",
        "Des dizaines de milliers de civils sont pris au piège.",
        "Un pays déjà ravagé par plus de 10 ans de guerre.",
        "Le régime aurait repris plus de 90 % du territoire.",
        "Ce n'est pas dans leurs coutumes de célébrer une mort.",
        "Des milliers de personnes ont participé aux obsèques des manifestants tués la veille.",
    ],
)
def test_not_a_casualty_figure(text: str) -> None:
    assert figures_of(text) == []


def test_nested_figures_are_parts_not_a_sum() -> None:
    text = (
        "L'attaque a déjà fait plus de 240 morts. Parmi les 240 morts, on dénombre 24 civils "
        "dont 19 enfants, victimes de frappes aériennes."
    )
    found = figures_of(text)
    assert [(f.kind, f.who, f.best) for f in found] == [
        ("killed", None, 240),
        ("killed", None, 240),
        ("killed", "civilians", 24),
        ("killed", "children", 19),
    ]
    assert found[1].refers_to == 0  # "les 240 morts" are the 240 already given
    assert found[2].part_of == 1 and found[3].part_of == 2
    top_level = [f.best or 0 for f in found if f.part_of is None and f.refers_to is None]
    assert sum(top_level) == 240


def test_dont_and_anaphora() -> None:
    text = (
        "Depuis le début de l'offensive, 384 civils ont été tués, dont au moins 45 enfants, à "
        "Alep-Est. 105 civils, dont 35 enfants, l'ont été à Alep-Ouest."
    )
    assert rows(text) == [
        ("killed", "civilians", 384, None, False),
        ("killed", "children", 45, 0, False),
        ("killed", "civilians", 105, None, False),
        ("killed", "children", 35, 2, False),
    ]
    found = figures_of(text)
    assert found[1].estimate == "min" and found[1].high is None
    assert found[2].kind_from == "anaphora"


def test_share_of_parent() -> None:
    text = "OCHA fait état de plus de 14 000 déplacés, dont près de la moitié sont des enfants."
    parent, share = figures_of(text)
    assert share.part_of == 0 and share.who == "children" and share.kind == "displaced"
    assert share.share == 0.5 and share.best is None  # a share is never made a count


@pytest.mark.parametrize(
    ("text", "cumulative"),
    [
        ("Le conflit a fait plus de 320.000 morts depuis 2011.", True),
        (
            "Alep est le principal front du conflit qui a fait depuis mars 2011 plus de "
            "300.000 morts.",
            True,
        ),
        ("La guerre qui déchire la Syrie depuis six ans a fait plus de 320.000 morts.", True),
        ("Depuis le début de l'offensive, 384 civils ont été tués.", False),
        ("80.000 personnes ont fui Alep-Est depuis le 15 novembre.", False),
        ("Depuis le début des hostilités, plus de 400 personnes ont été tuées.", True),
        ("Plus de 300 civils ont été tués depuis janvier dans la province.", True),
        ("Depuis des mois, des dizaines de soldats ont été tués dans la zone.", True),
        ("D'après une ONG, les rafles ont fait des centaines de morts, peut-être 2.000, en "
         "six mois dans la capitale.", True),
        ("Les violences ont fait 90 morts en un an, selon le maire.", True),
        ("Sept gendarmes ont péri, la troisième attaque en un mois contre un poste.", False),
        ("Deux policiers tués pour la deuxième fois en deux semaines.", False),
        ("Plus de 900 personnes ont été tuées entre avril et juin, selon l'ONU.", True),
        ("Au dernier trimestre, 420 civils ont péri dans la province.", True),
        ("Au cours des trois derniers mois, 75 soldats sont morts.", True),
        ("Deux civils ont été tués mardi entre Gao et Ansongo.", False),
        # a span of months with their years, a series since it began, what began a month ago
        ("Plus de 2 000 civils ont été enlevés entre mars 2022 et mai 2023.", True),
        ("Une centaine de villageois ont été tués depuis le début des exactions.", True),
        ("Depuis le déclenchement de cette opération en mars, 250 rebelles sont morts.", True),
        ("Deux civils ont été tués entre le 3 et le 5 mars dans le village.", False),
        # a year's toll, the year after the count; not a day with its year
        ("Plus de 900 personnes ont été tuées dans le pays en 2023, selon l'ONU.", True),
        ("Douze soldats ont été tués le 3 mars 2024 près de la ville.", False),
        ("Les rebelles ont tué des centaines de civils depuis une vingtaine d'années.", True),
        # a conflict's toll, whatever is told of the conflict before it
        ("L'insurrection dans l'extrême-nord, qui dure depuis 2014, a fait plus de 3 000 "
         "morts.", True),
    ],
)
def test_cumulative_tolls(text: str, cumulative: bool) -> None:
    (figure,) = figures_of(text)
    assert figure.cumulative is cumulative


def test_span_covers_number_and_noun() -> None:
    text = "Depuis le début de l'offensive, 384 civils ont été tués."
    (figure,) = figures_of(text)
    assert text[figure.start : figure.end] == "384 civils" == figure.text
    assert text[figure.cue_start : figure.cue_end] == "tués"
    assert figure.stage == "figures"


def test_two_figures_joined_by_et() -> None:
    text = "Au moins 10 personnes ont été tuées et une quarantaine blessées, selon des médecins."
    assert rows(text) == [("killed", "people", 10, None, False), ("injured", None, 40, None, False)]


def test_parts_without_a_noun() -> None:
    text = "La répression a fait 6.000 morts, dont 3.000 à Tripoli et 2.000 à Benghazi."
    assert rows(text) == [
        ("killed", None, 6000, None, False),
        ("killed", None, 3000, 0, False),
        ("killed", None, 2000, 0, False),
    ]


def test_tue_before_the_number() -> None:
    text = "La police a tiré sur les manifestants, tué une personne et en a blessé six autres."
    assert rows(text) == [("killed", "people", 1, None, False), ("injured", None, 6, None, False)]


def test_who_after_the_kind_noun() -> None:
    assert rows("Il a vu plusieurs victimes civiles à l'hôpital.") == [
        ("casualties", "civilians", None, None, False)  # "plusieurs": no number written
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deux chiites tués la veille ont été enterrés.", [("killed", None, 2, None, False)]),
        ("Six Libyens ont été blessés par des tirs.", [("injured", None, 6, None, False)]),
        (
            "Cinq personnes ont été tuées et au moins 200 ont été blessées.",
            [("killed", "people", 5, None, False), ("injured", None, 200, None, False)],
        ),
        (
            "L'ONG a annoncé l'évacuation samedi de 99 blessés.",
            [("evacuated", None, 99, None, False)],
        ),
        (
            "Quatre détenus ont, par ailleurs, été tués vendredi.",
            [("killed", None, 4, None, False)],
        ),
        ("L'attaque a provoqué la mort d'un officier.", [("killed", "soldiers", 1, None, False)]),
        ("La grenade a visé la foule, tuant trois d'entre eux.", [("killed", None, 3, None, False)]),
        (
            "Les violences ont poussé 280.000 personnes à la fuite.",
            [("fled", "people", 280000, None, False)],
        ),
        ("RSF est sans nouvelles de six journalistes.", [("missing", "civilians", 6, None, False)]),
        ("Un grand nombre de civils ont été blessés.", [("injured", "civilians", None, None, False)]),
        ("Les 48 autres engins de mort peuvent être récupérés.", []),
        ("Il a été condamné à mort avec quatre autres personnes.", []),
        ("Deux avions ont été abattus au-dessus de la ville.", []),
        # a force named by its acronym, a small letter in it maybe; a verb of dying
        ("Deux FAMa ont été tués près de Boni.", [("killed", None, 2, None, False)]),
        ("Quatre Soudanais ont péri dans l'incendie.", [("killed", None, 4, None, False)]),
        # an adverb ending in "à" before the verb ("déjà") is no "à mort"
        ("Six gardes avaient déjà péri lors du premier assaut.",
         [("killed", "soldiers", 6, None, False)]),
        ("Trois VDP ont perdu la vie.", [("killed", None, 3, None, False)]),
        ("Deux ONG ont dénoncé les violences.", []),
        # a group joined to the first one a cue before them counts, past its complement
        # (a group counted by its own name, then others: the verb after them tells both)
        ("Onze VDP et quatre civils ont été tués.",
         [("killed", "mixed", 15, None, False), ("killed", None, 11, None, False),
          ("killed", "civilians", 4, None, False)]),
        # (but things so named are no people: no cue of people follows)
        ("Deux Toyota et trois motos ont été incendiés.", []),
        # (the groups of one cue add up past the first one's complement: "de la garde")
        ("La frappe a touché la voiture, tuant un officier de la garde et un civil.",
         [("killed", "mixed", 2, None, False), ("killed", "soldiers", 1, None, False),
          ("killed", "civilians", 1, None, False)]),
        ("L'armée dit avoir tué vingt assaillants, perdant elle-même quatre soldats.",
         [("killed", "fighters", 20, None, False), ("killed", "soldiers", 4, None, False)]),
    ],
)
def test_looser_shapes(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il affirme qu'un «grand nombre de civils ont été blessés».",
            [("injured", "civilians", 3)],
        ),
        ("22 tués, « des centaines » blessés.", [("killed", None, 22), ("injured", None, 100)]),
        ("Les frappes ont fait de «nombreuses victimes».", [("casualties", None, 3)]),
        # a quoted verb still says what happened to the people it governs
        ("L'armée affirme avoir « neutralisé » une quarantaine d'assaillants.",
         [("killed", "fighters", 40)]),
    ],
)
def test_quotes_inside_figures(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(f.kind, f.who, f.acled) for f in figures_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quatre sous-officiers des forces de défense ont été tués lundi.",
            [("killed", None, 4, None, False)],
        ),
        # "éléments" are members of what their complement names
        (
            "Quatre éléments des forces de défense ont été tués lundi.",
            [("killed", "members", 4, None, False)],
        ),
        (
            "Cinq membres d'une même famille ont été tués par une frappe.",
            [("killed", "members", 5, None, False)],
        ),
        (
            "Deux « auxiliaires de la brigade rurale (BR) » ont été enlevés à l'aube.",
            [("abducted", None, 2, None, False)],
        ),
        # volunteers are members of whatever their complement names (a militia, a relief body)
        (
            "Deux volontaires pour la défense de la patrie (VDP) ont perdu la vie.",
            [("killed", "members", 2, None, False)],
        ),
        # a complement is never a clause: these count no one, or only what they say
        ("Trois jours de combats ont fait 20 morts.", [("killed", None, 20, None, False)]),
        ("Deux ans de prison ont été requis contre les hommes arrêtés.", []),
        ("Deux semaines après que des civils ont été tués, le calme est revenu.", []),
        # a part set off by commas between the counted people and their verb
        ("Au moins dix-huit Soudanais, dont des femmes, ont été tués jeudi.",
         [("killed", None, 18, None, False)]),
        # killing told by its manner, the count after the verb
        ("Des miliciens ont exécuté onze villageois.", [("killed", "civilians", 11, None, False)]),
        ("Des tirs sur un bus ont tué deux passagers.", [("killed", "civilians", 2, None, False)]),
        ("Sept Haïtiens, parmi lesquels deux policiers, ont été blessés.",
         [("injured", None, 7, None, False), ("injured", "police", 2, 0, False)]),
        # parts coordinated after "dont", a complement between them: each a part of the whole,
        # and the whole counted by the verb after them
        ("Au moins onze personnes, dont huit miliciens de la CODECO et trois militaires, ont "
         "été tuées dimanche.",
         [("killed", "people", 11, None, False), ("killed", "fighters", 8, 0, False),
          ("killed", "soldiers", 3, 0, False)]),
    ],
)
def test_an_unlisted_noun_with_its_complement(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Un gendarme et quatre assaillants ont été tués dimanche.",
            [("killed", "mixed", 5, None, False), ("killed", "police", 1, None, False),
             ("killed", "fighters", 4, None, False)],
        ),
        (
            "Trois soldats, deux civils et un policier ont été blessés.",
            [("injured", "mixed", 6, None, False), ("injured", "soldiers", 3, None, False),
             ("injured", "civilians", 2, None, False), ("injured", "police", 1, None, False)],
        ),
        # the last group counted approximately, its participle with no auxiliary (a headline)
        (
            "Mali : trois soldats et une quinzaine d'assaillants tués près de Gao",
            [("killed", "mixed", 18, None, False), ("killed", "soldiers", 3, None, False),
             ("killed", "fighters", 15, None, False)],
        ),
        (
            "Deux policiers et une dizaine de bandits ont été tués lundi.",
            [("killed", "mixed", 12, None, False), ("killed", "police", 2, None, False),
             ("killed", "fighters", 10, None, False)],
        ),
        (
            "deux gendarmes ainsi que quatre gendarmes tués",  # one who: the total is theirs
            [("killed", "police", 6, None, False), ("killed", "police", 2, None, False),
             ("killed", "police", 4, None, False)],
        ),
        # different verbs, or kinds from their own nouns: nothing is added up
        ("Deux policiers ont été blessés et un assaillant tué.",
         [("injured", "police", 2, None, False), ("killed", "fighters", 1, None, False)]),
        ("Un civil a été tué et neuf rebelles blessés.",
         [("killed", "civilians", 1, None, False), ("injured", "rebels", 9, None, False)]),
        ("Trois morts et deux blessés.",
         [("killed", None, 3, None, False), ("injured", None, 2, None, False)]),
    ],
)
def test_groups_under_one_verb_are_counted_together(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert rows(text) == expected


def test_a_total_keeps_the_parts_it_was_added_from_in_place() -> None:
    """The total comes before its groups; a later "dont" still hangs on its own figure."""
    found = figures_of("Deux civils et trois soldats ont été tués. Le bilan est de 40 morts, "
                       "dont 12 enfants.")
    assert [(f.best, f.kind_from) for f in found][:3] == [(5, "sum"), (2, "after"), (3, "after")]
    child = found[-1]
    assert child.best == 12 and child.part_of is not None and found[child.part_of].best == 40


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un homme a été tué par balle à Gao.", [("killed", "people", 1, None, False)]),
        (
            "Un obus de mortier a tué dimanche soir un homme de 40 ans.",
            [("killed", "people", 1, None, False)],
        ),
        ("L'attaque a tué lundi soir trois civils.", [("killed", "civilians", 3, None, False)]),
        ("Des hommes armés ont enlevé des villageois.", []),  # no number: no figure
        ("Le commando a tué sur son passage quatre orpailleurs.",
         [("killed", "civilians", 4, None, False)]),
        ("Les combats ont fait au total neuf morts.", [("killed", None, 9, None, False)]),
        # a side counting its own dead, who were its own; nothing of things lost
        ("Le bataillon a perdu onze hommes.", [("killed", "soldiers", 11, None, False)]),
        ("Selon l'armée, les rebelles auraient perdu une vingtaine d'hommes.",
         [("killed", "rebels", 20, None, False)]),
        ("Le village a perdu trois hommes.", [("killed", "people", 3, None, False)]),
        # a word of suspicion between the number and its noun
        ("Deux présumés membres de gangs ont été abattus par la police.",
         [("killed", "members", 2, None, False)]),
        ("Trois présumés bandits ont été tués lundi.", [("killed", "fighters", 3, None, False)]),
        ("Les assaillants ont « perdu une trentaine de leurs éléments ».",
         [("killed", "fighters", 30, None, False)]),
        # prisoners set free are no arrests
        ("Les gangs ont attaqué la prison et libéré plus de 400 détenus.",
         [("released", None, 400, None, False)]),
        # what is said of some of them ("dont plusieurs") is not said of all
        ("Les militaires ont arrêté une vingtaine d'hommes, dont plusieurs ont ensuite été "
         "exécutés.", [("arrested", "people", 20, None, False)]),
        ("Ils ont encerclé le marché avant d'emmener une vingtaine d'hommes, dont plusieurs "
         "ont ensuite été exécutés.", []),
        ("Vingt personnes, dont six enfants, ont ensuite été exécutées.",
         [("killed", "people", 20, None, False), ("killed", "children", 6, 0, False)]),
        ("La milice a perdu deux pick-up et son chef de guerre.", []),
        ("Deux éleveurs et un chef de village ont été tués.",
         [("killed", "civilians", 3, None, False), ("killed", "civilians", 2, None, False),
          ("killed", "civilians", 1, None, False)]),
    ],
)
def test_one_person_and_a_day_between_the_verb_and_the_count(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Six personnes — quatre soldats et deux civils — ont été tuées.",
        "Six personnes (quatre soldats et deux civils) ont été tuées.",
    ],
)
def test_an_aside_listing_the_people_counted_is_made_of_parts(text: str) -> None:
    """The verb after the aside says what happened to the six; the people listed in it are
    parts of them, never added up."""
    assert rows(text) == [("killed", "people", 6, None, False),
                          ("killed", "soldiers", 4, 0, False),
                          ("killed", "civilians", 2, 0, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selon les secours, aucune victime n'est à déplorer.",
         [("killed", None, 0, None, False)]),
        ("Le tir a touché un entrepôt sans faire de blessés.", [("injured", None, 0, None, False)]),
        ("Les obus n'ont pas fait de victimes.", [("killed", None, 0, None, False)]),
        ("Ce bombardement n'a fait aucune perte humaine.", [("killed", None, 0, None, False)]),
        # in text order among the sentence's figures, parts still hanging on their parent
        ("Aucune victime civile n'est à déplorer, mais trois soldats ont été tués, dont un "
         "officier.",
         [("killed", None, 0, None, False), ("killed", "soldiers", 3, None, False),
          ("killed", "soldiers", 1, 1, False)]),
    ],
)
def test_no_one_killed_is_a_figure_of_zero(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une trentaine de réservistes ont été tués dimanche.",
         [("killed", None, 30, None, False)]),
        ("Une quinzaine de saisonniers ont été blessés.", [("injured", None, 15, None, False)]),
        ("Une dizaine de FDS ont été tués dans l'embuscade.", [("killed", None, 10, None, False)]),
    ],
)
def test_a_round_number_word_counts_people_no_table_names(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    """The noun after "une trentaine de" need not be listed, nor written in small letters: the
    participle about people says what the figure counts."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Au moins neuf pillards ont été « neutralisés » lors du ratissage.",
         [("killed", None, 9, None, False)]),
        ("Une embuscade semblable avait déjà coûté la vie à quatre gendarmes.",
         [("killed", "police", 4, None, False)]),
    ],
)
def test_a_quoted_participle_or_an_adverb_inside_the_verb_still_counts(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert rows(text) == expected


def test_one_person_shot_dead_counts_one() -> None:
    assert rows("Un enseignant a été abattu mardi par des hommes armés.") == [
        ("killed", "civilians", 1, None, False)]
    assert rows("Un drone a été abattu mardi par la défense aérienne.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quatre membres de la bande ont été abattus au cours de l'opération.",
         [("killed", "members", 4, None, False)]),
        # (armed criminals are an armed group's men, as ACLED codes them)
        ("Deux bandits ont été abattus par les gendarmes.",
         [("killed", "fighters", 2, None, False)]),
        ("Trois drones ont été abattus au-dessus de la ville.", []),
        ("Deux avions de reconnaissance ont été abattus.", []),
        ("Au moins douze ont été abattus.", []),
    ],
)
def test_people_no_table_names_shot_dead_count_things_shot_down_do_not(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    """"abattus" is said of people and of aircraft: after an unlisted noun it counts unless the
    noun is a thing, and after no noun at all it does not."""
    assert rows(text) == expected


def test_a_side_counting_its_own_dead_in_its_own_words() -> None:
    """"« Nous avons perdu sept soldats »": the speaker's side lost them; "nous avons perdu du
    temps" counts no one."""
    assert rows("« Nous avons perdu sept soldats », a déclaré un officier.") == [
        ("killed", "soldiers", 7, None, False)]
    assert rows("« Nous avons perdu du temps », a regretté le ministre.") == []


def test_shot_dead_by_a_verb_and_members_of_a_family_count() -> None:
    """"ont abattu trois assaillants" counts them, "ont abattu trois drones" no one; "six
    membres d'une même famille" are members, whose side their complement tells."""
    assert rows("Les soldats ont abattu trois assaillants.") == [
        ("killed", "fighters", 3, None, False)]
    assert rows("La défense a abattu trois drones.") == []
    assert rows("Une frappe a tué six membres d'une même famille.") == [
        ("killed", "members", 6, None, False)]



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Au moins 25 hommes ont été arrêtés lors d'une opération mardi, puis exécutés à la "
         "sortie du village.", [("killed", "people", 25, None, False)]),
        ("Six bergers ont été enlevés et tués par des hommes armés.",
         [("killed", "civilians", 6, None, False)]),
        ("Douze hommes ont été arrêtés avant d'être fusillés.",
         [("killed", "people", 12, None, False)]),
        # held, then freed: still held people, not dead ones
        ("Vingt personnes ont été enlevées puis libérées contre rançon.",
         [("abducted", "people", 20, None, False)]),
        ("Trente manifestants ont été arrêtés. Deux policiers ont ensuite été tués.",
         [("arrested", "protesters", 30, None, False), ("killed", "police", 2, None, False)]),
    ],
)
def test_people_held_then_killed_count_as_killed(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert rows(text) == expected


def test_the_present_of_a_headline_or_a_chronology_counts() -> None:
    assert rows("10 avril : une frappe aérienne tue au moins 20 civils à Al-Fasher.") == [
        ("killed", "civilians", 20, None, False)]


def test_the_bodies_found_count_as_killed() -> None:
    assert rows("Les corps de quinze agriculteurs ont été retrouvés dimanche dans leurs "
                "champs.") == [("killed", "civilians", 15, None, False)]


def test_those_of_them_are_the_people_named_last_before() -> None:
    text = ("Les rebelles ont été repoussés par la garnison. Une vingtaine d'entre eux ont été "
            "tués, selon l'état-major.")
    assert rows(text) == [("killed", "rebels", 20, None, False)]
    text = "Des soldats escortaient le convoi ; quatre d'entre eux ont été blessés."
    assert rows(text) == [("injured", "soldiers", 4, None, False)]
    # nobody named before: the figure says nothing of who they were
    assert rows("Neuf d'entre eux ont été tués.") == [("killed", None, 9, None, False)]


def test_the_article_of_a_complement_is_no_count() -> None:
    # "d'un minibus": the passengers' vehicle, not one more person killed
    assert rows("Au moins 14 voyageurs d'un minibus ont été tués dans l'embuscade.") == [
        ("killed", "civilians", 14, None, False)]
    assert rows("Les passagers d'un autobus ont été blessés.") == []


def test_people_coordinated_past_a_word_of_nationality_share_the_verb() -> None:
    assert rows("Un gendarme tchadien et deux assaillants ont été tués.") == [
        ("killed", "mixed", 3, None, False), ("killed", "police", 1, None, False),
        ("killed", "fighters", 2, None, False)]
