"""The seeds 000–003 and a reprint of 001, with event mentions written by hand from their text.

The reprint is 001 re-typeset (straight apostrophes, other page furniture) with one sentence
changed (another toll, from another source): its mentions must merge into 001's events, the
two tolls must stay two claims, and the timeline must put each seed on its day.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronique.merge import load_episodes, merge_store
from chronique.merge.store import load_events
from chronique.merge.timeline import build_timeline
from chronique.store import open_store
from chronique.store.base import Store
from chronique.types import (
    ActorMention,
    Article,
    Attribution,
    DateClaim,
    EventMention,
    Figure,
    Place,
)

SY = dict(country="SY", resolved=True)
PLACES = {
    "Damas": dict(name="Damas", admin1="Damas", kind="city", where_prec=1, **SY),
    "Djobar": dict(name="Djobar", admin2="Damas", admin1="Damas", kind="neighbourhood",
                   where_prec=1, **SY),
    "Alep": dict(name="Alep", admin1="Alep", kind="city", where_prec=1, **SY),
    "Alep-Est": dict(name="Alep-Est", admin1="Alep", kind="neighbourhood", where_prec=1, **SY),
    "Palmyre": dict(name="Palmyre", admin1="Homs", kind="town", where_prec=1, **SY),
}
ACTORS = {"régime": "SYR-GOV", "rebelles": "SYR-REBELS", "Hayet Tahrir al-Cham": "HTS",
          "État islamique": "ISIS", "insurgés": "SYR-REBELS"}


def actor(text: str, name: str) -> ActorMention:
    start = text.index(name)
    return ActorMention(start, start + len(name), "actors", name, actor_id=ACTORS[name],
                        canonical=ACTORS[name])


def found(text: str, what: str, after: int = 0) -> tuple[int, int]:
    start = text.index(what, after)
    return start, start + len(what)


def ev(text: str, trigger: str, kind: str, family: str, date: str, where: str, *,
       a1: tuple[str, ...] = (), a2: tuple[str, ...] = (), figures: tuple = (),
       modality: str = "asserted", certainty: str = "reported",
       source: str | None = None) -> EventMention:
    start, end = found(text, trigger)
    place_start = text.find(where)
    place = Place(max(place_start, 0), max(place_start, 0) + len(where), "places", where,
                  **PLACES[where])  # type: ignore[arg-type]
    figs = [Figure(*found(text, span), "figures", span, kind="killed", low=low, best=best,
                   high=best, who=who, part_of=part_of, cumulative=cumulative, source=source)
            for span, low, best, who, part_of, cumulative in figures]
    return EventMention(start, end, "events", trigger, kind=kind, event_type=family,
                        sub_event_type=kind, date=date, date_precision=1, place=place,
                        actor1=[actor(text, a) for a in a1], actor2=[actor(text, a) for a in a2],
                        figures=figs, modality=modality, certainty=certainty,
                        attribution=Attribution(0, 0, "attribution", source=source)
                        if source else None)


def make(article_id: str, text: str, published: str, source: str,
         events: list[EventMention], duplicate_of: str | None = None) -> Article:
    return Article(id=article_id, text=text, source=source, lang="fr",
                   published=DateClaim(value=published, precision="day"), events=events,
                   duplicate_of=duplicate_of)


def seed000(text: str) -> Article:
    return make("s000", text, "2017-03-19", "site-000", [
        ev(text, "violents combats", "armed_clash", "Battles", "2017-03-19", "Damas",
           a1=("Hayet Tahrir al-Cham",), a2=("régime",),
           figures=(("320.000 morts", 320000, 320000, None, None, True),), source="OSDH"),
        ev(text, "véhicules kamikazes", "suicide_bomb", "Explosions/Remote violence",
           "2017-03-19", "Damas", a1=("Hayet Tahrir al-Cham",)),
        ev(text, "ont bombardé le quartier de Djobar", "air_drone_strike",
           "Explosions/Remote violence", "2017-03-19", "Djobar", a1=("régime",)),
    ])


ALEP_TOLL = ("Depuis le début de l’offensive, 384 civils ont été tués, dont au moins 45 enfants, "
             "à Alep-Est, selon l’OSDH.")
REPRINT_TOLL = ("Depuis le début de l'offensive, 390 civils ont été tués à Alep-Est, selon les "
                "Casques blancs.")


def seed001(text: str, article_id: str = "s001", source: str = "site-001",
            duplicate_of: str | None = None) -> Article:
    reprint = article_id != "s001"
    toll = (("390 civils", 390, 390, "civilians", None, False),) if reprint else (
        ("384 civils", 384, 384, "civilians", None, False),
        ("au moins 45 enfants", 45, 45, "children", 0, False))
    return make(article_id, text, "2016-12-08", source, [
        ev(text, "aux derniers quartiers rebelles", "armed_clash", "Battles", "2016-12-08",
           "Alep", a1=("régime",), a2=("rebelles",)),
        ev(text, "ont été tués", "attack", "Violence against civilians", "2016-12-08",
           "Alep-Est", figures=toll, source="Casques blancs" if reprint else "OSDH"),
        ev(text, "représenterait", "government_regains_territory", "Strategic developments",
           "2016-12-08", "Alep", a1=("régime",), modality="hypothetical"),
    ], duplicate_of=duplicate_of)


def seed002(text: str) -> Article:
    return make("s002", text, "2016-10-04", "site-002", [
        ev(text, "les combats font rage", "armed_clash", "Battles", "2016-10-04", "Alep",
           a1=("régime",), a2=("rebelles",)),
    ])


def seed003(text: str) -> Article:
    return make("s003", text, "2016-12-11", "site-003", [
        ev(text, "tomber à nouveau aux mains", "non_state_actor_overtakes_territory", "Battles",
           "2016-12-11", "Palmyre", a1=("État islamique",)),
        ev(text, "continue de progresser dans Alep-Est", "armed_clash", "Battles", "2016-12-11",
           "Alep-Est", a1=("régime",)),
        ev(text, "auraient rendu les armes", "arrests", "Strategic developments", "2016-12-11",
           "Alep", certainty="unconfirmed", source="ministère russe de la Défense"),
    ])


def reprint_text(text: str) -> str:
    """001 re-typeset: straight apostrophes, other furniture, the toll sentence changed."""
    body = text.replace("Ne ratez pas!\n", "").replace("mercredi, avril 24, 2024\n", "")
    body = body.replace("’", "'").replace(ALEP_TOLL.replace("’", "'"), REPRINT_TOLL)
    assert REPRINT_TOLL in body
    return "ACCUEIL > MONDE > PROCHE-ORIENT\n" + body + "\nPartager sur Facebook\nImprimer\n"


@pytest.fixture(params=[True, False], ids=["reprint flagged duplicate", "reprint not flagged"])
def store(request: pytest.FixtureRequest, seeds: dict[str, str], tmp_path: Path) -> Store:
    store = open_store(str(tmp_path / "seeds.db"))
    duplicate_of = "s001" if request.param else None
    store.put([seed000(seeds["000"]), seed001(seeds["001"]), seed002(seeds["002"]),
               seed003(seeds["003"]),
               seed001(reprint_text(seeds["001"]), "s001r", "reprint-site", duplicate_of)])
    merge_store(store)
    return store


def find(store: Store, kind: str, date: str) -> list:
    return [e for e in load_events(store) if e.kind == kind and e.date == date]


def test_reprint_mentions_merge_into_the_same_events_with_two_sources(store: Store) -> None:
    (clash,) = find(store, "armed_clash", "2016-12-08")
    assert sorted(clash.mentions) == ["s001#0", "s001r#0"]
    assert clash.sources == ["reprint-site", "site-001"]
    (toll,) = find(store, "attack", "2016-12-08")
    assert sorted(toll.mentions) == ["s001#1", "s001r#1"]


def test_conflicting_tolls_stay_separate_claims(store: Store) -> None:
    (toll,) = find(store, "attack", "2016-12-08")
    claims = sorted((c.best, c.source, c.article_id, c.nested) for c in toll.claims)
    assert claims == [(45, "OSDH", "s001", True), (384, "OSDH", "s001", False),
                      (390, "Casques blancs", "s001r", False)]
    assert toll.fatalities_low == 384 and toll.fatalities_best == 384
    assert toll.fatalities_high in (384, 390)  # 390 counts only when the reprint is independent


def test_events_of_other_days_places_and_modalities_stay_apart(store: Store) -> None:
    events = load_events(store)
    clashes = sorted(e.date for e in events if e.kind == "armed_clash")
    assert clashes == ["2016-10-04", "2016-12-08", "2016-12-11", "2017-03-19"]
    assert len(find(store, "armed_clash", "2016-12-11")) == 1  # 003's Alep-Est: two days later
    (hypothetical,) = [e for e in events if e.modality == "hypothetical"]
    assert hypothetical.mentions == ["s001#2", "s001r#2"]
    (unconfirmed,) = [e for e in events if e.kind == "arrests"]
    assert unconfirmed.certainty == "unconfirmed"
    (clash_000,) = find(store, "armed_clash", "2017-03-19")
    claim = next(c for c in clash_000.claims if c.best == 320000)
    assert claim.cumulative and clash_000.fatalities_best is None


def test_timeline_of_the_seeds_is_dated_right(store: Store) -> None:
    days = {day.date: day for day in build_timeline(store)}
    assert sorted(days) == ["2016-10-04", "2016-12-08", "2016-12-11", "2017-03-19"]
    assert {e.kind for e in days["2017-03-19"].entries} == {
        "armed_clash", "suicide_bomb", "air_drone_strike"}
    assert any("Damas est en proie" in e.summary for e in days["2017-03-19"].entries)
    # one source (seed 000) for the day's three events; 001 and its reprint count once
    assert days["2017-03-19"].sources == 1
    toll = next(e for e in days["2016-12-08"].entries if e.kind == "attack")
    assert toll.summary.startswith("Depuis le début de l’offensive, 384 civils")
    assert {e.kind for e in days["2016-12-11"].entries} == {
        "non_state_actor_overtakes_territory", "armed_clash", "arrests"}


def test_alep_offensive_is_an_episode(store: Store) -> None:
    alep = [e for e in load_episodes(store) if e.area == "Alep"]
    assert [(e.start, e.end) for e in alep] == [("2016-12-08", "2016-12-11")]
