"""Article -> store -> Article is exact, for any article."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronique.store import Store, open_store
from chronique.types import (
    ActorMention,
    Article,
    DateCandidate,
    DateClaim,
    Figure,
    Place,
    Removed,
    TimeExpr,
)

texts = st.text(min_size=0, max_size=200)
spans = st.tuples(st.integers(0, 100), st.integers(0, 100), st.sampled_from(["a", "b"]), texts)
articles = st.builds(
    Article,
    id=st.text(alphabet="0123456789abcdef", min_size=16, max_size=16),
    text=texts,
    raw=st.one_of(st.none(), texts, st.binary(max_size=50)),
    title=st.one_of(st.none(), texts),
    published=st.one_of(
        st.none(),
        st.builds(
            DateClaim,
            page_date=st.one_of(st.none(), texts),
            evidence=st.lists(
                st.builds(DateCandidate, value=texts, kind=texts, weight=st.floats(0, 1)),
                max_size=2,
            ),
        ),
    ),
    removed=st.lists(st.builds(Removed, text=texts, reason=texts), max_size=3),
    times=st.lists(spans.map(lambda s: TimeExpr(*s, type="DATE", value="2016-12-08")), max_size=3),
    places=st.lists(
        spans.map(lambda s: Place(*s, lat=36.2, lon=37.1, candidates=("x", "y"))), max_size=3
    ),
    actors=st.lists(spans.map(lambda s: ActorMention(*s, actor_id="osdh")), max_size=3),
    figures=st.lists(
        spans.map(lambda s: Figure(*s, kind="killed", best=240, part_of=0)), max_size=3
    ),
    meta=st.dictionaries(st.text(max_size=5), st.one_of(st.integers(), texts), max_size=3),
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article=articles)
def test_article_roundtrip(store: Store, article: Article) -> None:
    known = store.ids()
    store.put([article])
    store.put([article])
    assert store.count() == len(known | {article.id})
    assert store.get(article.id) == article


def test_actor_acled_name_and_role_are_stored_and_old_rows_still_load(tmp_path: Path) -> None:
    """(SQLite: the rows of stores written by earlier versions are SQLite files.)"""
    import json

    mention = ActorMention(0, 4, "actors", "FAMa", actor_id="military-forces-of-mali",
                           acled="Military Forces of Mali (2021-)", how="dictionary")
    generic = ActorMention(10, 16, "actors", "civils", acled="Civilians (Mali)", how="generic",
                           role="civilians")
    article = Article(id="a" * 16, text="FAMa      civils", actors=[mention, generic])
    store = open_store(str(tmp_path / "s.db"))
    store.put([article])
    assert store.get(article.id).actors == [mention, generic]
    # a row written before mentions had these fields
    data = json.loads(store.db.execute("SELECT data FROM articles").fetchone()[0])
    for row in data["actors"]:
        del row["acled"], row["role"]
    store.db.execute("UPDATE articles SET data = ?", (json.dumps(data),))
    store.db.commit()
    old = store.get(article.id).actors
    assert [(m.actor_id, m.acled, m.role) for m in old] == [
        ("military-forces-of-mali", None, None), (None, None, None)]
    store.close()
