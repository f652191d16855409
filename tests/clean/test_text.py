"""The line cleaner on the five sample articles, on tables of lines, and its accounting."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronique.clean.text import clean_text

# Furniture of the kinds the samples carry: none may survive as a line of the cleaned text.
FURNITURE = [
    "Partager :", "Retour", "Ne ratez pas!", "LAISSER UN COMMENTAIRE",
    "S'il vous plaît entrez votre commentaire!", "S'il vous plaît entrez votre nom ici",
    "The reCAPTCHA verification period has expired. Please reload the page.",
    "Articles récents", "Notre sélection pour vous", "Vidéo du jour", "Concours!",
    "Rabais de la semaine", "Plus d'articles", "Commentaires", "Toute la vérité sur la Vierge",
    "Source:: RTLMONDE", "mercredi, avril 24, 2024",
]

BODY = {
    "001": [
        "Les chefs de diplomatie américaine John Kerry et russe Sergueï Lavrov n’ont ainsi fait "
        "aucun progrès après deux brèves rencontres informelles en Allemagne.",
        "– Violentes déflagrations –",
        "Le régime syrien s’attaque au dernier carré rebelle à Alep",
    ],
    "002": ["Nouvelle passe d'armes", "Syrie: l'armée de Bachar el-Assad s’empare"],
    "003": [
        "L’armée syrienne a annoncé, samedi matin, qu’elle enverrait des renforts vers la cité.",
        "La communauté internationale inquiète",
        "Parfois en diplomatie, c'est important de montrer un peu de compassion.",
    ],
    "004": ["Une cinquantaine de localités tombent aux mains des djihadistes",
            "Un point de bascule dans le conflit syrien ?"],
}


@pytest.fixture(scope="module")
def cleaned(seeds: dict[str, str]) -> dict[str, object]:
    return {key: clean_text(text) for key, text in seeds.items()}


def _lines(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if line.strip()}


def test_no_furniture_line_survives(cleaned: dict) -> None:
    for key, result in cleaned.items():
        left = _lines(result.text) & set(FURNITURE)
        assert not left, (key, left)


@pytest.mark.parametrize(("key", "snippet"), [(k, s) for k, v in BODY.items() for s in v])
def test_body_text_survives(cleaned: dict, key: str, snippet: str) -> None:
    assert snippet in cleaned[key].text


def test_every_sentence_of_the_bodies_survives(seeds: dict[str, str], cleaned: dict) -> None:
    """Each body line of the raw sample (all but furniture and metadata) is in the text."""
    for key, raw in seeds.items():
        for line in _lines(raw) - set(FURNITURE):
            line = re.sub(r"^date \d{4}-\d{2} ", "", line)
            assert line in cleaned[key].text, (key, line[:60])


def test_000_date_prefix_becomes_metadata(seeds: dict[str, str], cleaned: dict) -> None:
    result = cleaned["000"]
    assert result.meta["page_date"] == "2017-03"
    assert result.text.startswith("Des rues désertent")
    assert "date 2017-03" not in result.text
    assert [r.text.strip() for r in result.removed] == ["date 2017-03"]


def test_001_date_and_source_become_metadata(cleaned: dict) -> None:
    meta = cleaned["001"].meta
    assert meta["page_date"] == "2024-04-24"
    assert meta["page_date_text"] == "mercredi, avril 24, 2024"
    assert meta["source"] == "RTLMONDE"


def test_004_repeated_block_appears_once(seeds: dict[str, str], cleaned: dict) -> None:
    text = cleaned["004"].text
    assert text.count("Cet assaut sur Alep constitue une escalade majeure") == 1
    assert text.count("Des dizaines de milliers de déplacés fuient les combats") == 1
    assert text.count("Les prochains jours s’annoncent donc décisifs") == 1
    assert seeds["004"].count("Les prochains jours s’annoncent donc décisifs") == 2


BODY_1 = "Les forces gouvernementales ont repris trois villages du nord mardi, selon l'OSDH."
BODY_2 = "Au moins douze civils ont été tués dans les bombardements, a indiqué une ONG locale."
BODY_3 = "Les combats se poursuivaient mercredi matin aux abords de la ville, selon des témoins."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Partagez cet article", "furniture:share-prompt"),
        ("Abonnez-vous à notre newsletter", "furniture:call-to-action"),
        ("Inscrivez-vous pour recevoir nos alertes", "furniture:call-to-action"),
        ("Veuillez saisir votre adresse e-mail", "furniture:call-to-action"),
        ("Ce site utilise des cookies pour améliorer votre expérience.", "furniture:notice"),
        ("© 2013 Le Quotidien. Tous droits réservés.", "furniture:notice"),
        ("Temps de lecture : 3 min", "furniture:notice"),
        ("Please enable JavaScript to view the comments.", "furniture:notice"),
        ("Sign up for our weekly digest and never miss the news", "furniture:foreign-language"),
        ("Publié le 12/03/2013 à 14h22", "metadata:date-line"),
        ("Par Jean Dupont, le 4 septembre 2012", "metadata:byline"),
        ("Source : AFP", "metadata:source-line"),
    ],
)
def test_line_rules(line: str, reason: str) -> None:
    result = clean_text("\n".join(["Un titre d'article", BODY_1, line, BODY_2, BODY_3]))
    assert [r.reason for r in result.removed if r.text == line] == [reason]
    assert BODY_1 in result.text and BODY_3 in result.text


@pytest.mark.parametrize(
    "heading",
    ["La riposte du régime", "– Aide russe cruciale –", "Un tournant dans la guerre ?",
     "« Nous ne partirons pas »"],
)
def test_section_headings_inside_the_body_stay(heading: str) -> None:
    result = clean_text("\n".join(["Un titre d'article", BODY_1, heading, BODY_2, BODY_3]))
    assert heading in result.text.splitlines()


def test_headline_menu_before_the_title_goes() -> None:
    menu = ["Les marchés reculent à Tokyo", "Un nouveau musée ouvre à Lyon",
            "Tour de France : la dernière étape", "Le printemps des poètes"]
    result = clean_text("\n".join(menu + ["Offensive rebelle dans le nord", BODY_1, BODY_2]))
    assert result.text.splitlines()[0] == "Offensive rebelle dans le nord"
    assert {r.reason for r in result.removed} == {"furniture:menu"}


def test_reader_comments_after_a_header_go() -> None:
    comments = ["12 commentaires", "Paul75", "Je ne suis pas d'accord avec cet article, vraiment.",
                "Répondre", "Marie", "Merci pour ces explications, c'est très clair !", "Répondre"]
    result = clean_text("\n".join(["Un titre d'article", BODY_1, BODY_2, BODY_3] + comments))
    assert result.text.splitlines() == ["Un titre d'article", BODY_1, BODY_2, BODY_3]
    assert any(r.reason == "comments" for r in result.removed)


def test_chatty_reader_lines_without_header_go() -> None:
    comments = ["Je pense que vous oubliez l'essentiel, comme toujours dans ce journal !!",
                "moi je dis que tout cela finira mal...", "Vous avez raison, je suis d'accord.",
                "bravo pour votre article, enfin quelqu'un qui ose le dire",
                "Et vous croyez vraiment à ces chiffres ?!"]
    result = clean_text("\n".join(["Un titre d'article", BODY_1, BODY_2, BODY_3] + comments))
    assert result.text.splitlines() == ["Un titre d'article", BODY_1, BODY_2, BODY_3]


def test_quoted_tweets_after_an_intro_stay() -> None:
    lines = ["Un titre d'article", BODY_1, BODY_2, "Une habitante écrit sur Twitter :",
             "je vous le dis, nous avons peur ce soir #Alep", BODY_3,
             "Un autre ajoute :", "moi je reste chez moi, vous aussi restez à l'abri !!",
             BODY_2 + " Encore."]
    assert clean_text("\n".join(lines)).text.splitlines() == lines


line_text = st.text(
    alphabet=st.sampled_from(list("abcdeéàAZ .,:!?«»'’-0123456789\n\t ")), max_size=80
)
page = st.lists(
    st.one_of(
        line_text,
        st.sampled_from(FURNITURE + [BODY_1, BODY_2, BODY_3, "date 2017-03 " + BODY_1]),
    ),
    max_size=25,
).map("\n".join)


@settings(max_examples=150, deadline=None)
@given(page)
def test_nothing_disappears_silently(text: str) -> None:
    result = clean_text(text)
    for piece in result.removed:
        assert text[piece.raw_start : piece.raw_end] == piece.text
    for start, end in result.kept:
        assert text[start:end] in result.text
    visible = Counter(ch for ch in text if not ch.isspace())
    accounted = Counter(ch for ch in result.text if not ch.isspace())
    for piece in result.removed:
        accounted.update(ch for ch in piece.text if not ch.isspace())
    assert accounted == visible


@pytest.mark.parametrize(
    ("line", "page_date", "updated", "byline"),
    [
        ("Par Hélène Sallon Publié le 02 février 2013 à 11h05 - Mis à jour le 03 février 2013 "
         "à 11h35", "2013-02-02", "2013-02-03", "Hélène Sallon"),
        ("Publié le 01/12/12 à 00h00", "2012-12-01", None, None),
        ("30-06-13 à 17h43", "2013-06-30", None, None),
        ("Joshua Keating — 3 juillet 2013 à 23h49 — mis à jour le 6 juillet 2013 à 9h07",
         "2013-07-03", "2013-07-06", "Joshua Keating"),
        ("Par Zvi Mazel, ancien ambassadeur en Egypte.", None, None, "Zvi Mazel"),
    ],
)
def test_date_and_byline_lines(line: str, page_date, updated, byline) -> None:
    result = clean_text("\n".join(["Un titre d'article", line, BODY_1, BODY_2, BODY_3]))
    assert line not in result.text
    assert result.meta.get("page_date") == page_date
    assert result.meta.get("updated") == updated
    if byline:
        assert result.meta["byline"].startswith(byline.split(",")[0])


def test_a_date_in_a_body_sentence_is_not_metadata() -> None:
    line = "Le 12 mars 2013, les rebelles ont pris la ville après trois jours de combats."
    result = clean_text("\n".join(["Un titre d'article", BODY_1, line, BODY_2]))
    assert line in result.text.splitlines()
    assert "page_date" not in result.meta


def test_a_chronology_inside_the_body_stays() -> None:
    lines = ["Un titre d'article", BODY_1, BODY_2, "6 OCTOBRE 1981",
             "Le président est assassiné lors d'un défilé militaire au Caire.", "11 FÉVRIER 2011",
             "Le président quitte le pouvoir après dix-huit jours de manifestations.", BODY_3]
    assert clean_text("\n".join(lines)).text.splitlines() == lines


def test_a_menu_of_headlines_after_the_article_goes() -> None:
    menu = ["Les marchés reculent à Tokyo", "Un nouveau musée ouvre à Lyon",
            "Tour de France : la dernière étape", "Le printemps des poètes s'ouvre à Paris"]
    result = clean_text("\n".join(["Un titre d'article", BODY_1, BODY_2, BODY_3] + menu))
    assert result.text.splitlines() == ["Un titre d'article", BODY_1, BODY_2, BODY_3]


def test_a_paragraph_cut_by_line_breaks_stays_whole() -> None:
    lines = ["Un titre d'article",
             "Des soirées sont organisées toutes les nuits aux alentours de la",
             "forteresse où se terre le dirigeant.", BODY_1, BODY_2]
    assert clean_text("\n".join(lines)).text.splitlines() == lines


def test_reasons_and_offsets_of_a_page(seeds: dict[str, str]) -> None:
    raw = seeds["003"]
    result = clean_text(raw)
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["Retour"].startswith("furniture:")
    assert reasons["Commentaires"] == "comments"
    for piece in result.removed:
        assert raw[piece.raw_start : piece.raw_end] == piece.text
