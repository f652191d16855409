"""Sentence starts forced after line breaks, before the parser sees the text."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from chronique.nlp import _line_breaks  # noqa: E402


def _starts(text: str) -> list[str]:
    doc = _line_breaks(spacy.blank("fr").make_doc(text))
    return [token.text for token in doc[1:] if token.is_sent_start]  # the first is always one


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Alep sous les bombes\nDes frappes ont visé la ville.", ["Des"]),
        ("Titre\n\nPremier paragraphe.\n \nSecond paragraphe", ["Premier", "Second"]),
        ("Une seule phrase, sans retour à la ligne.", []),
        ("\nAlep", ["Alep"]),
        ("Fin du texte\n", []),
        ("Damas \nHoms\r\nHama", ["Homs", "Hama"]),
    ],
)
def test_a_sentence_starts_after_each_line_break(text: str, starts: list[str]) -> None:
    assert _starts(text) == starts


def test_other_sentence_starts_are_kept() -> None:
    doc = spacy.blank("fr").make_doc("Alep\nDamas Homs Hama")
    doc[3].is_sent_start = False
    doc[4].is_sent_start = True
    _line_breaks(doc)
    assert [token.is_sent_start for token in doc] == [True, False, True, False, True]


def test_inside_a_line_a_sentence_starts_only_after_an_end_mark() -> None:
    doc = _line_breaks(spacy.blank("fr").make_doc("Les troupes avancent. Elles tirent : feu"))
    # after "." and ":" the parser decides; after any other word no sentence starts
    assert [(token.text, token.is_sent_start) for token in doc][1:] == [
        ("troupes", False), ("avancent", False), (".", False), ("Elles", None),
        ("tirent", False), (":", False), ("feu", None)]


def test_a_sentence_starts_after_a_dateline_s_dash() -> None:
    assert _starts("Bangui, le 18 janvier 2021 - Des combattants ont attaqué Bambari.") == [
        "Des"]
    assert _starts("Titre\nBAMAKO (AFP) - Huit soldats ont été tués.") == ["BAMAKO", "Huit"]
    # a dash inside a sentence opens nothing, nor does a hyphen
    assert _starts("Les rebelles - selon l'armée - ont attaqué Bambari.") == []
    assert _starts("Syrie : les soldats de Bachar el-Assad avancent vers Idleb") == []


def test_the_parser_does_not_cut_a_sentence_inside_a_name() -> None:
    from chronique.nlp import load

    text = "La ville est tombée alors que les soldats de Bachar Al-Assad progressent vers Idleb."
    assert [s.text for s in load()(text).sents] == [text]


@pytest.mark.parametrize(("text", "token"), [
    ("Les insurgés ont pris la ville d'Al-Kharba, selon des témoins.", "Al-Kharba"),
    ("Des tirs ont visé El-Daein, dans le Darfour.", "El-Daein"),
    ("Trois civils ont été tués à Tanwalbougou, dans le Centre-Est.", "Centre-Est"),
])
def test_a_hyphenated_name_is_one_token_and_no_sentence_break(text: str, token: str) -> None:
    from chronique.nlp import load

    doc = load()(text)
    assert token in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


def test_lowercase_hyphen_words_split_as_the_model_does() -> None:
    from chronique.nlp import load

    assert [t.text for t in load()("a-t-il dit")] == ["a", "-t", "-il", "dit"]


@pytest.mark.parametrize(("text", "verb", "subject", "obj"), [
    ("Des avions ont visé le marché et l'artillerie lourde pilonne plusieurs quartiers de "
     "l'est.", "pilonne", "artillerie", "quartiers"),
    ("Le régime bombarde plusieurs villages du sud.", "bombarde", "régime", "villages"),
    ("Les milices attaquent deux villages de la région.", "attaquent", "milices", "villages"),
])
def test_a_present_verb_read_as_an_adjective_is_parsed_again_as_a_verb(
        text: str, verb: str, subject: str, obj: str) -> None:
    from chronique.nlp import load

    doc = load()(text)
    token = next(t for t in doc if t.text == verb)
    assert token.pos_ == "VERB" and token.lemma_.endswith("er")
    children = {c.text: c.dep_ for c in token.children}
    assert children.get(subject) == "nsubj" and children.get(obj) == "obj"
    assert len(list(doc.sents)) == 1 and doc.text == text


def test_a_parse_again_keeps_the_sentences_around_it() -> None:
    from chronique.nlp import load

    text = ("Offensive dans le Kivu\nLe M23 pilonne Sake depuis lundi, les habitants fuient. "
            "Une attaque rebelle a visé la ville voisine.\nFin")
    doc = load()(text)
    assert [s.text.strip() for s in doc.sents] == [
        "Offensive dans le Kivu", "Le M23 pilonne Sake depuis lundi, les habitants fuient.",
        "Une attaque rebelle a visé la ville voisine.", "Fin"]
    assert next(t for t in doc if t.text == "pilonne").pos_ == "VERB"
    # a noun with its own determiner stays a noun
    assert next(t for t in doc if t.text == "attaque").pos_ == "NOUN"


def test_a_gap_of_spaces_after_an_end_mark_starts_a_sentence() -> None:
    """A page whose paragraph breaks became runs of spaces: the subheading after them starts a
    sentence of its own (the parser may otherwise read it as the object of the sentence
    before); one space, or no end mark before the gap, leaves the parser to decide."""
    assert _starts("a déclaré la ministre à Bruxelles.   Fortes explosions à Benghazi.  Les "
                   "tirs ont repris.") == ["Fortes", "Les"]
    assert _starts("a déclaré la ministre à Bruxelles. Fortes explosions à Benghazi") == []
    assert _starts("les élus de Bruxelles   Fortes explosions") == []
    # a typographic no-break space is no paragraph's end
    assert _starts("a déclaré la ministre à Bruxelles.\u00a0 Fortes explosions") == []


def test_the_text_kept_with_a_parse_is_the_parse_s_own_text() -> None:
    """Stages read a parse's text through ``text_of``, which is set when the text is parsed:
    it must be what the parse's tokens spell, character for character (apostrophes made
    plain, as the model reads them), whether the article was parsed alone or in a batch."""
    from chronique.nlp import doc_for, prefetch, text_of
    from chronique.types import Article

    texts = ["L’armée a repris  Kidal.\n\nDes tirs ont été entendus à l’aube.",
             "Trois civils tués à Bunia\u00a0; l'ONU « condamne ».\n"]
    batched = [Article(id=f"batch-{i}", text=text, lang="fr") for i, text in enumerate(texts)]
    prefetch(batched)
    alone = [Article(id=f"alone-{i}", text=text, lang="fr") for i, text in enumerate(texts)]
    for article in [*batched, *alone]:
        doc = doc_for(article)
        assert text_of(doc) == doc.text == article.text.replace("’", "'")


def test_the_lemmatizer_asks_a_set_and_gives_the_model_s_own_lemmas() -> None:
    """The rule lemmatizer looks every new word up in its index by part of speech; the model
    ships it as lists (a scan of 66,000 nouns per word), the loaded pipeline holds sets: the
    lemmas are the model's, in a tenth of the time."""
    from chronique.nlp import DEFAULT_MODEL, load

    ours = load()
    index = ours.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())
    stock = spacy.load(DEFAULT_MODEL, exclude=["ner", "parser"])
    text = ("Les combattants ont incendié des maisons et les habitants fuyaient vers les "
            "collines, où des dizaines de familles s'étaient réfugiées après les pillages.")
    tokens = [t for t in ours(text) if not t.is_space]
    assert [t.lemma_ for t in tokens] == [t.lemma_ for t in stock(text) if not t.is_space]
