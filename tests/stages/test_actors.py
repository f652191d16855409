"""The actors stage on French sentences: names, variants, generic references, furniture."""

from __future__ import annotations

import pytest

from chronique.eval.actors import analyze
from chronique.pipeline import stage_spec


def found(text: str, date: str | None = None) -> set[tuple[str, str | None]]:
    return {(mention.text, mention.actor_id) for mention in analyze(text, "t", date=date).actors}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le régime syrien a bombardé Alep.", {("régime syrien", "syrian-government")}),
        ("Les forces du régime ont repris le quartier, selon l'OSDH.",
         {("forces du régime", "syrian-armed-forces"), ("OSDH", "sohr")}),
        ("Hayat Tahrir al-Cham (HTS) a lancé une offensive en Syrie.",
         {("Hayat Tahrir al-Cham", "hayat-tahrir-al-sham"), ("HTS", "hayat-tahrir-al-sham")}),
        ("La Russie a bombardé Idleb.", {("Russie", "russia")}),
        ("Les Russes et les Américains ont échoué à s'entendre sur Alep.",
         {("Russes", "russia"), ("Américains", "united-states")}),
        ("Le porte-parole du Kremlin a démenti toute frappe à Alep.", {("Kremlin", "kremlin")}),
        ("Des troupes d'Ahrar al-Cham et du Front al-Nosra attaquent Damas.",
         {("Ahrar al-Cham", "ahrar-al-sham"), ("Front al-Nosra", "al-nusra-front")}),
        ("Les rebelles libyens ont pris Brega aux forces de Kadhafi.",
         {("rebelles libyens", "libyan-rebels"), ("forces de Kadhafi", "gaddafi-forces")}),
        ("En Libye, les insurgés progressent vers Tripoli, selon le CNT.",
         {("insurgés", "libyan-rebels"), ("CNT", "national-transitional-council")}),
        ("Les houthistes ont attaqué Aden, selon l'agence Saba.",
         {("houthistes", "houthis"), ("agence Saba", "saba-news-agency")}),
        ("@Donkey: #Assad, tu devrais faire comme #Kadhafi, parce que ton jour arrive.",
         {("Assad", "bashar-al-assad"), ("Kadhafi", "muammar-gaddafi")}),
    ],
)
def test_actors_in_sentences(text, expected):
    assert found(text) == expected


def test_misspelt_brother_is_fuzzy_matched_not_taken_for_bashar():
    article = analyze("Syrie : la 4e division est commandée par Maher akl-Assad.", "t")
    mentions = {mention.text: mention for mention in article.actors}
    assert mentions["Maher akl-Assad"].actor_id == "maher-al-assad"
    assert mentions["Maher akl-Assad"].how == "fuzzy"
    assert mentions["4e division"].actor_id == "fourth-armoured-division"
    assert "bashar-al-assad" not in {mention.actor_id for mention in article.actors}


def test_country_as_place_is_not_an_actor():
    assert found("Des combats ont eu lieu en Syrie et à Moscou on s'inquiète.") == set()


def test_quarters_called_rebel_are_not_rebels():
    assert found("Les bombardements sur les quartiers rebelles d'Alep continuent.") == set()


@pytest.mark.parametrize(
    ("date", "president"),
    [("2010-06-01", "hosni-mubarak"), ("2012-12-01", "mohamed-morsi"),
     ("2015-03-01", "abdel-fattah-el-sisi")],
)
def test_head_of_state_depends_on_the_date(date, president):
    text = "Au Caire, le président égyptien a reçu les Frères musulmans."
    assert ("président égyptien", president) in found(text, date)


def test_former_president_is_not_the_current_one():
    text = "L'ancien président égyptien Hosni Moubarak est jugé au Caire."
    assert found(text, "2012-12-01") == {("Hosni Moubarak", "hosni-mubarak")}


def test_djihadistes_and_assaillants_refer_to_the_group_named():
    text = ("Le groupe Hayat Tahrir al-Cham a lancé une offensive contre Alep, en Syrie. "
            "Les assaillants progressent et les djihadistes sont aux portes de la ville.")
    ids = {mention.text: (mention.actor_id, mention.how) for mention in analyze(text, "t").actors}
    assert ids["assaillants"] == ("hayat-tahrir-al-sham", "coreference")
    assert ids["djihadistes"] == ("hayat-tahrir-al-sham", "coreference")


def test_unknown_name_stays_a_typed_mention_without_id():
    text = "« Des enfants sont des cibles », s'alarme Sonia Khush, directrice de Save the Children."
    mentions = {mention.text: mention for mention in analyze(text, "t").actors}
    khush = mentions["Sonia Khush"]
    expected = (None, "PER", "ner", "sonia-khush")
    assert (khush.actor_id, khush.label, khush.how, khush.key) == expected
    assert mentions["Save the Children"].actor_id == "save-the-children"


def test_one_actor_one_id_across_articles():
    first = analyze("Syrie : l'armée de Bachar el-Assad avance à Alep.", "a")
    second = analyze(
        "Le président Bachar al-Assad a parlé. M. Assad a écarté une trêve en Syrie.", "b"
    )
    ids = {mention.actor_id for article in (first, second) for mention in article.actors
           if "Assad" in mention.text}
    assert ids == {"bashar-al-assad"}


def test_nothing_from_furniture():
    text = ("Le régime syrien bombarde Alep.\n\nSource:: RTLMONDE\n\nLAISSER UN COMMENTAIRE\n\n"
            "S'il vous plaît entrez votre commentaire!\n\n"
            "The reCAPTCHA verification period has expired. Please reload the page.\n")
    article = analyze(text, "t")
    assert {entity.text for entity in article.entities} == {"régime syrien", "Alep"}
    assert [mention.text for mention in article.actors] == ["régime syrien"]


def test_model_errors_are_fixed_on_the_seed(seeds):
    article = analyze(seeds["001"], "001")
    entities = {entity.text: entity.label for entity in article.entities}
    for junk in ("Impuissante", "Assiégés", "COMMENTAIRE", "The reCAPTCHA", "RTLMONDE"):
        assert junk not in entities
    assert entities["Bachar al-Assad"] == "PER"
    assert entities["OSDH"] == "ORG"
    labels = {entity.text: entity.label for entity in analyze(seeds["004"], "004").entities}
    assert labels["HTS"] == "ORG"
    assert labels["Al-Qaïda"] == "ORG"


def test_spans_point_into_the_text(seeds):
    article = analyze(seeds["000"], "000")
    assert article.actors and article.entities
    for span in (*article.actors, *article.entities):
        assert article.text[span.start:span.end] == span.text
        assert span.stage == "actors"


def test_stage_declares_its_place():
    spec = stage_spec("actors")
    assert (spec.order, spec.requires, spec.assigns) == (40, ("text", "sentences"),
                                                         ("actors", "entities"))


def test_ruler_patterns_come_from_the_dictionary():
    from chronique.nlp import pattern_providers

    patterns = pattern_providers.get("actors")()
    by_id = {pattern["id"] for pattern in patterns}
    assert {"hayat-tahrir-al-sham", "sohr", "al-qaeda"} <= by_id
    assert {pattern["label"] for pattern in patterns} <= {"PER", "ORG", "LOC"}


def test_stage_is_picklable_and_copes_with_empty_or_unknown_language_text():
    import pickle

    from chronique.types import Article

    stage = pickle.loads(pickle.dumps(stage_spec("actors").build({"fuzzy": True})))
    empty = stage(Article(id="e", text="", lang="fr", sentences=[]))
    assert empty.actors == [] and empty.entities == []
    other = stage(Article(id="x", text="Kofi Annan a rencontré Bachar al-Assad.", lang="xx"))
    assert {mention.actor_id for mention in other.actors} == {"kofi-annan", "bashar-al-assad"}


def test_dictionaries_option_adds_actors(tmp_path):
    from chronique.types import Article

    extra = tmp_path / "local.toml"
    extra.write_text(
        '[[actor]]\nid = "brigade-des-faucons"\nname = "Brigade des Faucons"\nkind = "militia"\n'
        'aliases = ["Faucons de Sinjar"]\nsource = "field notes"\n', encoding="utf-8")
    stage = stage_spec("actors").build({"dictionaries": [str(extra)]})
    sentences = stage_spec("sentences").build({})
    article = Article(id="u", text="Les Faucons de Sinjar ont attaqué.", lang="fr")
    article = stage(sentences(article))
    assert [(m.text, m.actor_id) for m in article.actors] == [
        ("Faucons de Sinjar", "brigade-des-faucons")]
