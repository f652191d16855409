"""Merging seeds-like mentions: reprints add sources, tolls stay claims, hypotheticals apart."""

from __future__ import annotations

from pathlib import Path

import builders
import pytest
from builders import (
    ALEP,
    DAMAS,
    HOMS,
    article,
    figure,
    reprint_001,
    seed_000,
    seed_001,
    seed_002,
)

from chronique.merge import merge_store
from chronique.merge.store import load_events
from chronique.store import open_store
from chronique.store.base import Store


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return open_store(str(tmp_path / "m.db"))


def by_kind(store: Store) -> dict[str, list]:
    events: dict[str, list] = {}
    for event in load_events(store):
        events.setdefault(event.kind, []).append(event)
    return events


@pytest.mark.parametrize("flagged", [True, False], ids=["duplicate_of set", "not flagged"])
def test_reprint_merges_into_the_same_events_with_two_sources(store: Store, flagged: bool) -> None:
    store.put([seed_001(), reprint_001(flagged=flagged), seed_000(), seed_002()])
    merge_store(store)
    events = by_kind(store)
    (clash,) = [e for e in events["armed_clash"] if e.date == "2016-12-08"]
    assert clash.sources == ["afp.example", "reprint.example"]
    assert sorted(clash.mentions) == ["a001#0", "a001r#0"]
    (toll,) = events["attack"]
    assert sorted(toll.mentions) == ["a001#1", "a001r#1"]
    assert toll.independent_sources == (1 if flagged else 2)


def test_conflicting_tolls_stay_separate_claims(store: Store) -> None:
    store.put([seed_001(), reprint_001(flagged=False)])
    merge_store(store)
    (toll,) = by_kind(store)["attack"]
    killed = sorted((c.best, c.source, c.nested) for c in toll.claims if c.kind == "killed")
    assert killed == [(45, "OSDH", True), (384, "OSDH", False), (390, "Casques blancs", False)]
    # two independent sources: low is the lower toll, best the lower median, high the higher;
    # the 45 children are part of the 384, never added
    assert (toll.fatalities_low, toll.fatalities_best, toll.fatalities_high) == (384, 384, 390)


def test_reprint_toll_counts_once_when_flagged_duplicate(store: Store) -> None:
    store.put([seed_001(), reprint_001(flagged=True)])
    merge_store(store)
    (toll,) = by_kind(store)["attack"]
    assert len([c for c in toll.claims if c.kind == "killed" and not c.nested]) == 2
    assert (toll.fatalities_low, toll.fatalities_best, toll.fatalities_high) == (384, 384, 384)


def test_hypothetical_is_not_merged_into_occurred_events(store: Store) -> None:
    store.put([seed_001(), reprint_001()])
    merge_store(store)
    occurred = [e for e in load_events(store) if e.modality == "asserted"]
    hypothetical = [e for e in load_events(store) if e.modality == "hypothetical"]
    assert {e.kind for e in occurred} == {"armed_clash", "attack"}
    assert len(hypothetical) == 1 and hypothetical[0].kind == "non_state_actor_overtakes_territory"


def test_different_events_same_day_stay_apart(store: Store) -> None:
    store.put([seed_000()])
    merge_store(store)
    events = load_events(store)
    assert sorted(e.kind for e in events) == ["armed_clash", "suicide_bomb"]
    assert all(e.date == "2017-03-19" for e in events)


def test_ids_are_stable_and_come_from_the_earliest_mention(store: Store) -> None:
    store.put([seed_001()])
    merge_store(store)
    before = {e.kind: e.id for e in load_events(store)}
    store.put([reprint_001()])
    merge_store(store)
    after = {e.kind: e.id for e in load_events(store)}
    assert before == after


def test_mention_without_place_takes_its_article_country(store: Store) -> None:
    from builders import ALEP, place

    bare = seed_001()
    bare.id, bare.source = "bare", "other.example"
    for mention in bare.events:
        mention.place = None
    bare.places = [place("Alep", 0, **ALEP)]
    store.put([seed_001(), bare])
    merge_store(store)
    (clash,) = by_kind(store)["armed_clash"]
    assert sorted(clash.mentions) == ["a001#0", "bare#0"]
    assert clash.place is not None and clash.place.name == "Alep"


def test_an_event_without_a_place_is_in_its_articles_country(store: Store) -> None:
    from builders import ALEP, place

    bare = seed_001()
    for mention in bare.events:
        mention.place = None
    bare.places = [place("Alep", 0, **ALEP)]
    store.put([bare])
    merge_store(store)
    (clash,) = by_kind(store)["armed_clash"]
    assert clash.place is None and clash.country == "SY"


@pytest.mark.parametrize(("modality", "merged"), [
    ("asserted", True), ("alleged", True), ("hypothetical", False), ("conditional", False),
    ("negated", False), ("future", False), ("question", False),
])
def test_only_occurred_modalities_merge_into_occurred_events(
        store: Store, modality: str, merged: bool) -> None:
    other = reprint_001(flagged=False)
    other.events[0].modality = modality
    store.put([seed_001(), other])
    merge_store(store)
    clashes = by_kind(store)["armed_clash"]
    occurred = next(e for e in clashes if "a001#0" in e.mentions)
    assert ("a001r#0" in occurred.mentions) is merged
    assert occurred.modality == "asserted"
    assert len(clashes) == (1 if merged else 2)


def test_hypothetical_figures_stay_claims_but_are_not_reconciled() -> None:
    from chronique.merge.reconcile import reconcile_killed
    from chronique.types import Claim

    def claim(best: int, article: str, modality: str = "asserted") -> Claim:
        return Claim("killed", best, best, best, None, "OSDH", article, 0, 3, modality=modality)

    assert reconcile_killed([claim(240, "a"), claim(255, "b"), claim(5000, "c", "hypothetical"),
                             claim(300, "d")]) == (240, 255, 300)


def test_each_sides_dead_told_apart_add_up_within_a_source() -> None:
    """"un soldat a été tué" … "tuant trois assaillants": one source counts four dead; a toll
    restated for one side, or a total beside its parts, is not added."""
    from chronique.merge.reconcile import reconcile_killed
    from chronique.types import Claim

    def claim(best: int, who: str | None, article: str = "a") -> Claim:
        return Claim("killed", best, best, best, who, "AFP", article, 0, 3)

    assert reconcile_killed([claim(1, "soldiers"), claim(3, "fighters")]) == (4, 4, 4)
    assert reconcile_killed([claim(3, "soldiers"), claim(3, "soldiers")]) == (3, 3, 3)
    assert reconcile_killed([claim(5, None), claim(3, "rebels"), claim(2, "civilians")]) \
        == (5, 5, 5)
    # two sources: each source's own count, then the rule across sources
    assert reconcile_killed([claim(1, "soldiers"), claim(3, "fighters"),
                             claim(6, None, "b")]) == (4, 4, 6)


def test_a_feat_a_party_claims_yields_to_a_count_of_the_same_side_nobody_claims() -> None:
    """"dix soldats et une trentaine d'assaillants ont été tués, selon un officier" … "les
    insurgés ont revendiqué la mort de quarante soldats": 40 dead, not 70; the claim stays a
    claim, and counts where no other figure of that side is given."""
    from chronique.merge.reconcile import reconcile_killed
    from chronique.types import Claim

    def claim(best: int, who: str | None, certainty: str = "reported") -> Claim:
        return Claim("killed", best, best, best, who, "AFP", "a", 0, 3, certainty=certainty)

    assert reconcile_killed([claim(10, "soldiers"), claim(30, "fighters"),
                             claim(40, "soldiers", "claimed")]) == (40, 40, 40)
    assert reconcile_killed([claim(2, "civilians"), claim(15, "fighters", "claimed")]) \
        == (17, 17, 17)
    # "… avoir tué plus de 30 militaires, un bilan invérifiable" beside "nous avons perdu sept
    # soldats": the figure the text calls unconfirmed yields the same way
    assert reconcile_killed([claim(7, "soldiers"), claim(30, "soldiers", "unconfirmed")]) \
        == (7, 7, 7)
    assert reconcile_killed([claim(30, "soldiers", "unconfirmed")]) == (30, 30, 30)


def test_an_arrest_with_no_toll_has_no_dead_and_an_attack_with_none_has_no_figure(
        store: Store) -> None:
    """ACLED codes 0 for an event with no reported deaths; chronique does so only for kinds that
    kill no one by themselves, and keeps "not stated" for an attack whose toll nobody gives."""
    text = ("La police a arrêté douze manifestants à Damas. Des hommes armés ont attaqué un "
            "village près de Homs. À Alep, trois personnes ont été arrêtées puis tuées.")
    arrest = builders.mention("arrêté", "La police a arrêté douze", text, kind="arrests",
                     event_type="Strategic developments", date="2016-12-08", place_attrs=DAMAS)
    attack = builders.mention("attaqué", "Des hommes armés ont attaqué", text, kind="attack",
                     event_type="Violence against civilians", date="2016-12-08",
                     place_attrs=HOMS)
    deadly = builders.mention("arrêtées", "trois personnes ont été arrêtées", text, kind="arrests",
                     event_type="Strategic developments", date="2016-12-08", place_attrs=ALEP,
                     figures=[figure("trois personnes", text.index("trois personnes"),
                                     "killed", 3)])
    store.put([article("z1", text, "2016-12-09", [arrest, attack, deadly], source="afp.example")])
    merge_store(store)
    events = by_kind(store)
    tolls = {e.place.name: (e.fatalities_low, e.fatalities_best, e.fatalities_high)
             for e in events["arrests"] + events["attack"] if e.place}
    assert tolls == {"Damas": (0, 0, 0), "Homs": (None, None, None), "Alep": (3, 3, 3)}


def test_a_claim_told_as_denied_is_never_exported_as_occurred(store: Store) -> None:
    """A mention asserted but told as not done ("…affirme avoir pris la base, ce que l'armée a
    démenti": ``occurred=False``) is kept, merged as negated, and left out of the export."""
    from chronique.export.rows import event_rows

    text = ("Les rebelles ont attaqué Homs. Ils affirment avoir pris Damas, ce que l'armée a "
            "démenti.")
    attack = builders.mention("attaqué", "Les rebelles ont attaqué", text, kind="armed_clash",
                              event_type="Battles", date="2016-12-08", place_attrs=HOMS)
    claim = builders.mention("pris", "avoir pris Damas", text, kind="nonstate_overtakes",
                             event_type="Battles", date="2016-12-08", place_attrs=DAMAS)
    claim.occurred = False
    store.put([article("z2", text, "2016-12-09", [attack, claim], source="afp.example")])
    merge_store(store)
    modalities = {e.place.name: e.modality for e in load_events(store) if e.place}
    assert modalities == {"Homs": "asserted", "Damas": "negated"}
    exported = [row["location"] for row in event_rows(store)]
    assert exported == ["Homs"]
    assert sorted(row["location"] for row in event_rows(store, include_all=True)) == [
        "Damas", "Homs"]
