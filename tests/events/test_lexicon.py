"""The French trigger table and the typology: every kind is typed, in ACLED's vocabulary."""

from __future__ import annotations

import pytest

from chronique.events.lexicon import kind_info, rules, typology
from chronique.lang import table

#: ACLED codebook: event types and their sub-event types.
ACLED = {
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack",
                                   "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"},
}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
          "FIGHT"}


@pytest.mark.parametrize("kind", sorted(typology()["kind"]))
def test_every_kind_is_spelled_as_in_acled(kind):
    info = kind_info(kind)
    assert info["sub_event_type"] in ACLED[info["event_type"]]
    assert info.get("plover") is None or info["plover"] in PLOVER


def test_every_trigger_has_a_typed_kind():
    for rule in rules("fr"):
        assert rule.words and all(rule.words)
        assert rule.kind == "territory" or kind_info(rule.kind), rule


def test_inter_codes_are_acled_actor_types():
    assert set(typology()["inter"].values()) <= set(range(1, 9))


def test_the_required_french_words_are_triggers():
    phrases = {word for entry in table("fr", "events")["trigger"]
               for word in entry["phrase"].split("|")}
    for word in ("attaquer", "offensive", "assaut", "bombarder", "raid", "pilonner", "obus",
                 "combats", "affrontements", "accrochages", "emparer", "reprendre", "conquérir",
                 "assiéger", "siège", "tuer", "exécuter", "massacre", "kamikaze", "explosion",
                 "enlever", "kidnapper", "arrêter", "évacuer", "exode", "déplacer",
                 "cessez-le-feu", "pourparlers", "manifestation", "manifestants", "piller"):
        assert any(word in phrase.split() or phrase.startswith(word) for phrase in phrases), word
