"""Figures against a hand annotation of seven cl-tls-fr articles (Libya, Egypt, Yemen, 2011-2013).

Each article's casualty and displacement figures were listed by reading its text: what
happened to the people counted (kind) and the number ACLED's conservative rule gives ("des
centaines" = 100, "des dizaines" = 12, "plusieurs" = 3). A predicted figure matches an
expected one with the same kind and value (one to one, per article); for matched figures the
source is right when it contains the expected words, or one of the alternatives separated by
"|" (or both are empty). Sidebar headlines
left in the raw pages count too: they are in the text the stage reads.

The rules were revised after reading the misses on these same articles (first measure:
P=0.940 R=0.653 F1=0.770; sources right on 0.892 of matched figures, before the "|"
alternatives were written), so the figures printed here are optimistic for unseen text.

Run: PYTHONPATH=src python -m pytest tests/figures/test_figures_eval.py -q -s
"""

from __future__ import annotations

from pathlib import Path

from chronique.stages.figures import FigureStage
from chronique.stages.sentences import SentenceStage
from chronique.types import Article, Figure

GOLD: dict[str, list[tuple[str, int, str | None]]] = {
    "libya/2011-03-19/ext_6.txt": [
        ("killed", 48, "régime libyen"),  # les raids aériens occidentaux ont fait 48 morts
        ("injured", 3, "président du Parlement"),  # un «grand nombre de civils ont été blessés»
        ("arrested", 4, "Al Jazeera"),  # quatre journalistes de la chaîne sont détenus
        ("casualties", 3, "haut responsable libyen"),  # fait de «nombreuses victimes»
        ("killed", 27, "rebelles libyens"),  # au prix de 27 morts dans les rangs de la rébellion
        ("killed", 26, "Al Jazeera"),  # L'hôpital de Benghazi décompte 26 morts
        ("injured", 40, "Al Jazeera"),  # et plus de 40 blessés
        ("fled", 1000, "AFP"),  # Les personnes fuyant Benghazi se comptent désormais par milliers
        ("fled", 100, "journaliste de l'AFP"),  # Des centaines de personnes fuient
    ],
    "libya/2011-04-16/ext_25.txt": [
        ("killed", 6, "hôpital d'Ajdabiyah"),  # ont fait au moins 6 morts
        ("injured", 20, "hôpital d'Ajdabiyah"),  # et 20 blessés
        ("killed", 3, None),  # Trois morts étaient carbonisés
        ("injured", 3, None),  # de nombreux blessés portaient des marques de brûlures
        ("evacuated", 3, None),  # plusieurs devaient être évacués à Benghazi
        (
            "killed",
            13,
            "sources médicales",
        ),  # Au moins 13 personnes ont été tuées vendredi à Misrata
        ("evacuated", 99, "Médecins sans frontières"),  # l'évacuation samedi de 99 blessés
        ("evacuated", 10, "Médecins sans frontières"),  # dont 10 dans un état "critique"
    ],
    "egypt/2013-07-08/ext_57.txt": [
        ("killed", 40, None),  # Plus de 40 manifestants pro-Morsi ont été tués
        ("killed", 42, "services d'urgence"),  # Ces violences ont fait 42 morts
        ("injured", 300, "services d'urgence"),  # et plus de 300 blessés
        ("killed", 12, None),  # des heurts sanglants ont fait plusieurs dizaines de morts
        ("killed", 1, "armée|communiqué militaire"),  # provoquant la mort d'un officier
        (
            "injured",
            6,
            "armée|communiqué militaire",
        ),  # laissant six conscrits dans un état critique
        ("captured", 2, "haut responsable de l'armée"),  # des islamistes ont capturé deux soldats
        ("killed", 37, None),  # les violences avaient déjà fait 37 morts
    ],
    "libya/2011-03-16/ext_38.txt": [
        ("injured", 3, None),  # sidebar: plusieurs personnes blessées dans un attentat à Djeddah
        ("injured", 1, None),  # sidebar: un lycéen gravement blessé au visage
        ("killed", 100, None),  # les violences ayant fait en un mois des centaines de morts
        ("fled", 280000, None),  # et poussé 280.000 personnes à la fuite
        ("missing", 4, None),  # quatre reporters du New York Times étant portés disparus
        ("killed", 26, "un médecin"),  # Au moins 26 personnes y ont été tuées depuis mardi
        ("killed", 22, "Abdelkarim Mohammad"),  # l'hôpital avait reçu 22 morts mardi
        ("killed", 4, "Abdelkarim Mohammad"),  # et quatre mercredi, uniquement des insurgés
        ("killed", 4, "insurgés"),  # qui a fait selon eux au moins quatre morts
        ("injured", 10, "insurgés"),  # et une dizaine de blessés
    ],
    "libya/2011-02-18/ext_83.txt": [
        ("killed", 30, None),  # qui ont fait plus de trente morts depuis mardi
        ("killed", 50, "AFP"),  # la répression a fait plus de cinquante morts depuis mardi
        ("killed", 14, None),  # où quatorze personnes ont été tuées depuis mercredi
        ("killed", 24, "Human Rights Watch"),  # HRW, évoquant vingt-quatre morts
        ("killed", 4, "source sécuritaire"),  # Quatre détenus ont, par ailleurs, été tués vendredi
        ("killed", 2, None),  # deux chiites tués la veille
        ("injured", 12, "photographe de l'AFP"),  # faisant des dizaines de blessés
        ("killed", 5, "sources officielles"),  # cinq personnes ont été tuées depuis le début
        ("injured", 200, "sources officielles"),  # et au moins 200 ont été blessées
        ("killed", 6, "opposition"),  # L'opposition fait état de six morts
        ("killed", 4, None),  # quatre manifestants ont été tués
        ("killed", 2, None),  # deux protestataires trouvaient la mort
        ("injured", 4, "correspondant de l'AFP"),  # faisant au moins quatre blessés
        ("killed", 3, "sources médicales"),  # trois personnes ont été tuées par balle
        ("killed", 2, "sources médicales"),  # tuant deux d'entre eux
        ("injured", 27, "sources médicales"),  # a également fait vingt-sept blessés
        ("killed", 11, "AFP"),  # Ces décès portent à onze le nombre de morts en une semaine
        ("killed", 9, "AFP"),  # dont neuf à Aden
    ],
    "libya/2011-03-22/ext_48.txt": [
        ("killed", 5, None),  # Cinq personnes, dont quatre enfants, ont été tuées à Misrata
        ("killed", 4, None),
        ("killed", 9, None),  # faisant neuf morts
        ("arrested", 3, "régime"),  # Les trois journalistes occidentaux, …, arrêtés en Libye
        (
            "refugees",
            100000,
            None,
        ),  # nous aurions des centaines de milliers de réfugiés (hypothetical)
        ("injured", 6, "Channel4"),  # six Libyens ont été blessés par des tirs américains
        ("killed", 9, None),  # faisant au moins 9 morts
        ("arrested", 4, "chaîne qatarie"),  # quatre de ses journalistes … étaient détenus
        (
            "killed",
            5,
            "porte-parole des rebelles",
        ),  # Cinq personnes, dont quatre enfants, ont été tuées mardi
        ("killed", 4, "porte-parole des rebelles"),
        (
            "fled",
            1000,
            "HCR|Haut commissariat",
        ),  # ont poussé des milliers de personnes à fuir leur domicile
        ("arrested", 3, None),  # trois journalistes occidentaux … ont été arrêtés samedi
        ("arrested", 4, "RSF"),  # Quatre journalistes d'al-Jezira sont toujours détenus
        ("missing", 6, "RSF"),  # sans nouvelles de six journalistes libyens
    ],
    "yemen/2011-09-18/gv_1.txt": [
        ("killed", 22, None),  # tuant au moins 22 personnes
        ("injured", 100, None),  # et en blessant des centaines d'autres
        ("injured", 1, None),  # Un manifestant blessé à la tête
        ("killed", 22, None),  # 22 tués
        ("injured", 100, None),  # "des centaines" blessés
    ],
}

# Held out: annotated after the rules were written and not used to revise them. First run:
# P=0.940 R=0.810 F1=0.870; two "cadavres" figures the first annotation had overlooked were
# then added to it (the rules were not changed).
HELD_OUT: dict[str, list[tuple[str, int]]] = {
    "egypt/2013-08-15/ext_39.txt": [  # a live blog: many tolls, several sources
        *[("killed", 75)] * 4,  # ont fait au moins 75 morts (twice, headline, lead)
        ("killed", 578),  # dénoncer la mort mercredi de 578 personnes
        ("killed", 39),  # ont compté au moins 39 corps
        ("killed", 31),  # 31 personnes avaient été tuées
        ("killed", 5),  # ont tués cinq autres personnes
        ("killed", 91),  # Reuters fait état de 91 morts,
        ("killed", 50),  # une cinquantaine au Caire
        ("killed", 40),  # et plus de quarante ailleurs
        ("killed", 70),  # L'AFP parle d'au moins 70 morts
        ("killed", 24),  # Vingt-quatre policiers ont été tués
        ("killed", 5),  # Cinq morts à Alexandrie
        ("killed", 50),  # Près de 50 morts au Caire
        ("killed", 13),  # Treize cadavres devant une mosquée (added after the first run)
        ("casualties", 27),  # Au moins 27 victimes dénombrées
        ("killed", 5),  # Cinq morts
        ("injured", 70),  # et 70 blessés dans la province de Fayoum
        ("killed", 12),  # Au moins 12 morts
        ("killed", 623),  # ont fait au moins 623 morts
        ("killed", 2),  # Deux policiers tués
        ("killed", 525),  # Le bilan officiel s'élève désormais à 525 morts
        ("killed", 464),
        ("killed", 370),
        ("killed", 278),  # le ministère de la Santé annonçait 278 morts
        ("killed", 43),  # dont 43 policiers
        ("killed", 235),  # un bilan de 235 morts
        ("injured", 2000),  # et 2000 blessés
        ("killed", 278),  # 278 morts, selon un nouveau bilan
        ("killed", 43),  # 43 policiers ont été tués
        ("killed", 41),  # 41 personnes tuées
        ("killed", 1),  # Une deuxième journaliste tuée
        ("killed", 1),  # Une journaliste de 26 ans a également été tuée
        ("injured", 1),  # Une photographe de Reuters blessée
        ("arrested", 2),  # Deux hauts dirigeants des Frères musulmans arrêtés
        ("killed", 149),
        ("killed", 4),  # Quatre policiers abattus
        ("killed", 200),  # Plus de 200 cadavres (added after the first run)
        ("killed", 60),  # Plus de 60 morts
        ("killed", 1),  # Un journaliste de Sky News tué
        ("killed", 124),  # 124 manifestants tués
        ("killed", 9),
        ("arrested", 1),  # Un cadre des Frères musulmans arrêté
        ("killed", 73),
        ("killed", 7),
        ("killed", 43),  # 43 morts recensés par l'AFP
        ("killed", 250),
        ("killed", 30),
        ("killed", 15),
    ],
    "libya/2011-07-29/ext_55.txt": [
        ("killed", 1),  # L'un des chefs des insurgés libyens a été tué
    ],
    "libya/2011-03-06/ext_71.txt": [
        ("evacuated", 4000),  # 4.000 évacués
        ("evacuated", 4000),  # 4.000 personnes évacuées de Libye
        ("evacuated", 2000),  # environ 2.000 personnes évacuées
        ("killed", 2),  # Deux personnes tuées
        ("injured", 30),  # et une trentaine blessées
        ("injured", 15),  # au moins 15 personnes ont été blessées
        ("killed", 3),  # les corps de trois Bangladais qui s'étaient noyés
        ("injured", 14),  # Quatorze personnes au moins ont été blessées,
        ("injured", 1),  # dont un journaliste français
    ],
}

FLOORS = {"precision": 0.95, "recall": 0.85, "source": 0.90}
HELD_OUT_FLOORS = {"precision": 0.90, "recall": 0.75}


def predicted(text: str) -> list[Figure]:
    article = Article(id="eval", text=text, lang="fr")
    return FigureStage()(SentenceStage()(article)).figures


def source_right(figure: Figure, expected: str | None) -> bool:
    if expected is None:
        return figure.source is None
    found = (figure.source or "").lower().replace("’", "'")
    return any(words.lower() in found for words in expected.split("|"))


def test_figures_against_hand_annotation(shared_data: Path) -> None:
    root = shared_data / "cl-tls-fr" / "fr"
    true_positive = predicted_total = expected_total = sources_right = 0
    for name, expected in GOLD.items():
        found = predicted((root / name).read_text(encoding="utf-8", errors="replace"))
        unused = list(found)
        for kind, value, source in expected:
            same = [f for f in unused if (f.kind, f.acled) == (kind, value)]
            right = [f for f in same if source_right(f, source)]
            match = (right or same or [None])[0]
            if match is not None:
                unused.remove(match)
                true_positive += 1
                sources_right += source_right(match, source)
        predicted_total += len(found)
        expected_total += len(expected)
    precision = true_positive / predicted_total
    recall = true_positive / expected_total
    f1 = 2 * precision * recall / (precision + recall)
    source_accuracy = sources_right / true_positive
    print(
        f"\nfigures (kind, value) on {len(GOLD)} cl-tls-fr articles: "
        f"P={precision:.3f} R={recall:.3f} F1={f1:.3f} "
        f"(tp={true_positive}, predicted={predicted_total}, expected={expected_total}); "
        f"source right on {source_accuracy:.3f} of the matched figures"
    )
    assert precision >= FLOORS["precision"]
    assert recall >= FLOORS["recall"]
    assert source_accuracy >= FLOORS["source"]


def test_figures_held_out(shared_data: Path) -> None:
    root = shared_data / "cl-tls-fr" / "fr"
    true_positive = predicted_total = expected_total = 0
    for name, expected in HELD_OUT.items():
        found = predicted((root / name).read_text(encoding="utf-8", errors="replace"))
        unused = [(f.kind, f.acled) for f in found]
        for pair in expected:
            if pair in unused:
                unused.remove(pair)
                true_positive += 1
        predicted_total += len(found)
        expected_total += len(expected)
    precision = true_positive / predicted_total
    recall = true_positive / expected_total
    f1 = 2 * precision * recall / (precision + recall)
    print(
        f"\nheld-out figures on {len(HELD_OUT)} cl-tls-fr articles: "
        f"P={precision:.3f} R={recall:.3f} F1={f1:.3f} "
        f"(tp={true_positive}, predicted={predicted_total}, expected={expected_total})"
    )
    assert precision >= HELD_OUT_FLOORS["precision"]
    assert recall >= HELD_OUT_FLOORS["recall"]
