"""Hand-made articles with event mentions, shaped like what the analysis stages produce."""

from __future__ import annotations

from chronique.types import (
    ActorMention,
    Article,
    Attribution,
    DateClaim,
    EventMention,
    Figure,
    Place,
    Sentence,
    TimeExpr,
)

ALEP = dict(name="Alep", gazetteer_id="170063", country="SY", admin1="Alep", kind="city",
            where_prec=1, geo_precision=1, resolved=True)
ALEP_EST = dict(name="Alep-Est", country="SY", admin1="Alep", kind="neighbourhood",
                where_prec=1, geo_precision=1, resolved=True)
DAMAS = dict(name="Damas", gazetteer_id="170654", country="SY", admin1="Damas", kind="city",
             where_prec=1, geo_precision=1, resolved=True)
HOMS = dict(name="Homs", gazetteer_id="169577", country="SY", admin1="Homs", kind="city",
            where_prec=1, geo_precision=1, resolved=True)


def actor(name: str, actor_id: str) -> ActorMention:
    return ActorMention(0, 0, "actors", name, actor_id=actor_id, canonical=name)


REGIME = actor("forces du régime", "SYR-GOV")
REBELS = actor("rebelles", "SYR-REBELS")
HTS = actor("Hayat Tahrir al-Cham", "HTS")


def place(text: str, start: int, **attrs: object) -> Place:
    return Place(start, start + len(text), "places", text, **attrs)  # type: ignore[arg-type]


def figure(text: str, start: int, kind: str, best: int, **attrs: object) -> Figure:
    low = attrs.pop("low", best)
    return Figure(start, start + len(text), "figures", text, kind=kind, low=low,  # type: ignore
                  best=best, high=attrs.pop("high", best), **attrs)  # type: ignore[arg-type]


def mention(text: str, sentence: str, article_text: str, *, kind: str, event_type: str,
            date: str, place_attrs: dict, actors1=(), actors2=(), figures=(),
            modality: str = "asserted", source: str | None = None) -> EventMention:
    start = article_text.index(sentence) + sentence.index(text)
    where = place_attrs["name"]
    place_start = article_text.find(where)
    return EventMention(
        start, start + len(text), "events", text, kind=kind, event_type=event_type,
        sub_event_type=kind.replace("_", " "), date=date, date_precision=1,
        place=place(where, max(place_start, 0), **place_attrs),
        actor1=list(actors1), actor2=list(actors2), figures=list(figures), modality=modality,
        attribution=Attribution(0, 0, "attribution", source=source) if source else None,
    )


def article(article_id: str, text: str, published: str, events: list[EventMention], *,
            source: str, duplicate_of: str | None = None,
            times: list[TimeExpr] | None = None) -> Article:
    sentences, position = [], 0
    for part in text.split("\n"):
        if part.strip():
            sentences.append(Sentence(position, position + len(part), "sentences", part))
        position += len(part) + 1
    return Article(
        id=article_id, text=text, source=source, lang="fr", duplicate_of=duplicate_of,
        published=DateClaim(value=published, precision="day"), sentences=sentences,
        events=events, times=times or [],
    )


def time_expr(text: str, article_text: str, value: str) -> TimeExpr:
    start = article_text.index(text)
    sentence_start = article_text.rfind("\n", 0, start) + 1
    sentence_end = article_text.find("\n", start)
    sentence_end = len(article_text) if sentence_end < 0 else sentence_end
    return TimeExpr(start, start + len(text), "times", text, value=value,
                    sentence_start=sentence_start, sentence_end=sentence_end)


# -- seeds-like articles -------------------------------------------------------------------------
S001_CLASH = ("Les forces du régime syrien s'attaquaient jeudi aux derniers quartiers rebelles "
              "d'Alep.")
S001_TOLL = ("Depuis le début de l'offensive, 384 civils ont été tués, dont au moins 45 enfants, "
             "à Alep-Est, selon l'OSDH.")
S001_IF = "La conquête d'Alep représenterait un tournant dans la guerre."
TEXT_001 = "\n".join(["Le régime syrien s'attaque au dernier carré rebelle à Alep",
                      S001_CLASH, S001_TOLL, S001_IF])

R001_CLASH = ("Les forces du  régime syrien s'attaquaient jeudi aux derniers quartiers rebelles "
              "d'Alep.")
R001_TOLL = ("Depuis le début de l'offensive, 390 civils ont été tués à Alep-Est, selon les "
             "Casques blancs.")
TEXT_001R = "\n".join(["ALEP — Partager — Imprimer", R001_CLASH, R001_TOLL, S001_IF,
                       "Lire aussi : nos autres articles"])

S000_CLASH = ("Damas est en proie à de violents combats ce dimanche 19 à la faveur d'une "
              "offensive surprise des insurgés.")
S000_VBIED = ("Des véhicules kamikazes ont frappé des positions tenues par des loyalistes à "
              "Damas.")
TEXT_000 = "\n".join([S000_CLASH, S000_VBIED])

S002_STRIKE = "Des frappes aériennes ont tué 12 civils à Homs, selon l'OSDH."
TEXT_002 = S002_STRIKE


def alep_clash(text: str, sentence: str) -> EventMention:
    return mention(sentence[:60], sentence, text, kind="armed_clash", event_type="Battles",
                   date="2016-12-08", place_attrs=ALEP, actors1=[REGIME], actors2=[REBELS])


def alep_toll(text: str, sentence: str, toll: int, source: str, nested: int | None) -> EventMention:
    toll_text = f"{toll} civils"
    figures = [figure(toll_text, text.index(toll_text), "killed", toll, who="civilians",
                      source=source)]
    if nested is not None:
        nested_text = f"au moins {nested} enfants"
        figures.append(figure(nested_text, text.index(nested_text), "killed", nested,
                              who="children", part_of=0, source=source, high=None))
    return mention("tués", sentence, text, kind="attack", event_type="Violence against civilians",
                   date="2016-12-08", place_attrs=ALEP_EST, actors1=[REGIME], figures=figures,
                   source=source)


def alep_if(text: str) -> EventMention:
    return mention("représenterait", S001_IF, text, kind="non_state_actor_overtakes_territory",
                   event_type="Strategic developments", date="2016-12-08", place_attrs=ALEP,
                   actors1=[REGIME], modality="hypothetical")


def seed_001() -> Article:
    events = [alep_clash(TEXT_001, S001_CLASH), alep_toll(TEXT_001, S001_TOLL, 384, "OSDH", 45),
              alep_if(TEXT_001)]
    return article("a001", TEXT_001, "2016-12-08", events, source="afp.example")


def reprint_001(*, flagged: bool = True) -> Article:
    events = [alep_clash(TEXT_001R, R001_CLASH),
              alep_toll(TEXT_001R, R001_TOLL, 390, "Casques blancs", None), alep_if(TEXT_001R)]
    return article("a001r", TEXT_001R, "2016-12-08", events, source="reprint.example",
                   duplicate_of="a001" if flagged else None)


def seed_000() -> Article:
    events = [
        mention("violents combats", S000_CLASH, TEXT_000, kind="armed_clash",
                event_type="Battles", date="2017-03-19", place_attrs=DAMAS, actors1=[HTS],
                actors2=[REGIME]),
        mention("véhicules kamikazes", S000_VBIED, TEXT_000, kind="suicide_bomb",
                event_type="Explosions/Remote violence", date="2017-03-19", place_attrs=DAMAS,
                actors1=[HTS]),
    ]
    return article("a000", TEXT_000, "2017-03-19", events, source="lemonde.example")


def seed_002() -> Article:
    toll = figure("12 civils", TEXT_002.index("12 civils"), "killed", 12, who="civilians")
    events = [mention("frappes aériennes", S002_STRIKE, TEXT_002, kind="air_drone_strike",
                      event_type="Explosions/Remote violence", date="2017-02-26",
                      place_attrs=HOMS, figures=[toll], source="OSDH")]
    return article("a002", TEXT_002, "2017-02-26", events, source="france24.example")
