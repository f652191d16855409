"""A small hand-made store: five articles and four merged events in Syria.

Coordinates (WGS84, rounded): Jobar (Djobar), Damascus 33.53 N 36.33 E; Aleppo 36.20 N 37.16 E;
Palmyra 34.56 N 38.27 E; Idlib 35.93 N 36.63 E. Fatality figures are made up for the tests.
One article carries hostile markup (a script, an onerror image, a javascript: link and URL).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from chronique.merge.store import save_events
from chronique.store import open_store
from chronique.types import (
    ActorMention,
    Article,
    DateClaim,
    Event,
    Evidence,
    Place,
    Removed,
    Sentence,
)

HOSTILE = ('Un témoin affirme : <script>window.__pwned=1</script> puis '
           '<img src=x onerror="window.__pwned=2"> et <a href="javascript:window.__pwned=3">x</a>.')

TEXTS = {
    "a-djobar": ("Combats à Djobar",
                 "Des combats ont éclaté le 19 mars 2017 dans le quartier de Djobar, à Damas. "
                 "Au moins 26 combattants ont été tués selon l'OSDH."),
    "a-alep": ("Bombardements sur Alep-Est",
               "Les quartiers est d'Alep ont été bombardés le 13 décembre 2016. "
               "L'ONU fait état de 82 civils tués."),
    "a-palmyre": ("L'EI reprend Palmyre",
                  "Le groupe Etat islamique a repris Palmyre le 11 décembre 2016. "
                  "Une cinquantaine de soldats auraient été tués."),
    "a-palmyre-2": ("<script>window.__pwned=5</script>Palmyre",
                    "Palmyre est tombée aux mains des jihadistes le 11 décembre 2016. " + HOSTILE),
    "a-idlib": ("Offensive depuis Idlib",
                "Le 27 novembre 2024, HTC a lancé une offensive depuis la région d'Idlib, dans le "
                "nord-ouest de la Syrie. Plus de 100 combattants ont été tués."),
}

#: event id -> (article ids, date, place, lat, lon, admin1, actor, fatalities, certainty)
EVENTS = {
    "ev-djobar": (["a-djobar"], "2017-03-19", "Djobar", 33.53, 36.33, "Damascus",
                  "Rebelles", 26, "reported", "Au moins 26 combattants ont été tués"),
    "ev-alep": (["a-alep"], "2016-12-13", "Alep", 36.20, 37.16, "Aleppo",
                "Forces gouvernementales", 82, "reported", "82 civils tués"),
    "ev-palmyre": (["a-palmyre", "a-palmyre-2"], "2016-12-11", "Palmyre", 34.56, 38.27,
                   "Homs", "Etat islamique", 50, "claimed",
                   "Une cinquantaine de soldats auraient été tués"),
    "ev-idlib": (["a-idlib"], "2024-11-27", "Idlib", 35.93, 36.63, "Idlib",
                 "HTC", 100, "reported", "Plus de 100 combattants ont été tués"),
}


@dataclass
class Seed:
    path: Path
    url: str
    events: list[Event]
    articles: dict[str, Article]


def _article(article_id: str) -> Article:
    title, text = TEXTS[article_id]
    sentences, start = [], 0
    for part in text.split(". "):
        end = text.find(part, start) + len(part) + (1 if not part.endswith(".") else 0)
        end = min(end, len(text))
        sentences.append(Sentence(start=text.find(part, start), end=end, stage="sentences",
                                  text=text[text.find(part, start):end]))
        start = end
    return Article(
        id=article_id, text=text, title=title, source="Agence test",
        url="javascript:window.__pwned=4" if article_id == "a-palmyre-2" else
        f"https://example.org/{article_id}",
        lang="fr", published=DateClaim(value="2024-11-28" if "idlib" in article_id else None),
        removed=[Removed(text="Partager sur Facebook", reason="boilerplate")],
        sentences=sentences,
    )


def _evidence(article: Article, field: str, needle: str) -> Evidence:
    start = article.text.index(needle)
    return Evidence(field=field, article_id=article.id, start=start, end=start + len(needle),
                    stage="events", text=needle, source=article.source)


def _event(event_id: str, articles: dict[str, Article]) -> Event:
    ids, date, name, lat, lon, admin1, actor, deaths, certainty, figure = EVENTS[event_id]
    first = articles[ids[0]]
    evidence = [_evidence(first, "fatalities_best", figure),
                _evidence(first, "place", name if name in first.text else name[:5])]
    for other in ids[1:]:
        evidence.append(_evidence(articles[other], "place", name))
    start = first.text.index(name) if name in first.text else 0
    return Event(
        id=event_id, kind="armed_clash" if event_id != "ev-alep" else "air_strike",
        event_type="Battles" if event_id != "ev-alep" else "Explosions/Remote violence",
        date=date, date_precision=1,
        place=Place(start=start, end=start + len(name), stage="places", text=name, name=name,
                    lat=lat, lon=lon, country="SY", admin1=admin1, resolved=True),
        actor1=[ActorMention(start=-1, end=-1, stage="actors", text=actor, canonical=actor)],
        fatalities_best=deaths, certainty=certainty, summary=f"{name}, {date}",
        mentions=[f"{article_id}#0" for article_id in ids],
        sources=["Agence test"], evidence=evidence,
    )


def build_seed(path: Path, url: str | None = None) -> Seed:
    """Write the seed store at ``path`` (or at the store URL ``url``) and return what it
    holds."""
    store = open_store(url or str(path))
    articles = {article_id: _article(article_id) for article_id in TEXTS}
    store.put(articles.values())
    events = [_event(event_id, articles) for event_id in EVENTS]
    save_events(store, events)
    store.close()
    return Seed(path=path, url=url or str(path), events=events, articles=articles)


def rerun_merge(path: Path, events: list[Event]) -> None:
    """Save the machine's events again, as a re-run of the merge would."""
    store = open_store(str(path))
    save_events(store, events)
    store.close()
