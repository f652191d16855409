"""Which days the timeline keeps and how it sums them up, from date references a reader sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import article, time_expr

from chronique.merge.timeline import build_timeline
from chronique.store import open_store
from chronique.types import TimeExpr


def timeline(tmp_path: Path, articles: list, **options) -> list:
    store = open_store(str(tmp_path / "r.db"))
    store.put(articles)
    return build_timeline(store, **options)


def undated(text: str, article_text: str, value: str, kind: str = "DATE") -> TimeExpr:
    """A time expression as the time stage leaves it when it cannot resolve the year."""
    expr = time_expr(text, article_text, value)
    return TimeExpr(expr.start, expr.end, "times", text, type=kind, value=value,
                    sentence_start=expr.sentence_start, sentence_end=expr.sentence_end)


@pytest.mark.parametrize(("published", "other_line", "expected"), [
    # the year of the publication date
    ("2011-03-02", "Les manifestations continuent.", ["2011-02-15"]),
    # no publication date: the year the article's own dates name
    (None, "Depuis 2011, le pays est en crise.", ["2011-02-15"]),
    # no year anywhere: the day cannot be placed
    (None, "Les manifestations continuent.", []),
])
def test_a_day_written_without_its_year_takes_the_articles_year(
        tmp_path: Path, published: str | None, other_line: str, expected: list[str]) -> None:
    text = f"Le 15 février, des manifestants ont été tués à Benghazi.\n{other_line}"
    times = [undated("15 février", text, "XXXX-02-15")]
    if "2011" in other_line:
        times.append(undated("2011", text, "2011"))
    days = timeline(tmp_path, [article("a", text, published, [], source="x", times=times)])
    assert [day.date for day in days] == expected


def test_a_day_looked_back_to_from_a_later_month_outranks_one_reported_at_the_time(
        tmp_path: Path) -> None:
    later = "Le 20 mai 2011, les rebelles avaient pris le port de Misrata."
    fresh = "Le 4 mars 2011, les insurgés ont repris Ras Lanouf."
    days = timeline(tmp_path, [
        article("l", later, "2011-06-10", [], source="x",
                times=[time_expr("20 mai 2011", later, "2011-05-20")]),
        article("f", fresh, "2011-03-05", [], source="y",
                times=[time_expr("4 mars 2011", fresh, "2011-03-04")]),
    ], top=1)
    assert [(day.date, day.reference_weight) for day in days] == [("2011-05-20", 1.5)]


def test_a_publication_date_supports_a_day_but_never_makes_one(tmp_path: Path) -> None:
    told = "Le 11 février 2011, Hosni Moubarak a quitté le pouvoir au Caire."
    lead = ("Des milliers d'Egyptiens fêtent ce soir sur la place Tahrir la chute du raïs "
            "après dix-huit jours de révolte.")
    alone = "Les marchés de la capitale ont rouvert leurs portes sans incident notable hier."
    days = timeline(tmp_path, [
        article("t", told, "2011-02-14", [], source="x",
                times=[time_expr("11 février 2011", told, "2011-02-11")]),
        article("p", lead, "2011-02-11", [], source="y"),
        article("q", alone, "2011-02-20", [], source="z"),  # published, refers to nothing
    ])
    assert [(day.date, day.references, day.published, day.reference_weight)
            for day in days] == [("2011-02-11", 1, 1, 1.5)]


def test_a_part_of_a_day_is_a_resolved_reference(tmp_path: Path) -> None:
    text = "Dimanche soir, des tirs ont visé les manifestants de Benghazi."
    expr = undated("Dimanche soir", text, "2011-02-20TEV", kind="TIME")
    days = timeline(tmp_path, [article("s", text, "2011-02-21", [], source="x", times=[expr])])
    assert [(day.date, day.reference_weight) for day in days] == [("2011-02-20", 0.5)]


def test_a_day_is_summed_up_by_what_most_articles_say_of_it(tmp_path: Path) -> None:
    lines = {
        "a": "Le 11 février 2011, le président Hosni Moubarak quitte le pouvoir.",
        "b": "Hosni Moubarak quitte le pouvoir le 11 février 2011, après dix-huit jours.",
        "c": "Le 11 février 2011, il pleuvait sur Paris et les trains étaient en retard.",
    }
    articles = [article(key, text, "2011-02-12", [], source=key,
                        times=[time_expr("11 février 2011", text, "2011-02-11")])
                for key, text in lines.items()]
    (day,) = timeline(tmp_path, articles, per_day=1)
    assert len(day.summary) == 1 and "Moubarak" in day.summary[0]


def test_a_year_less_day_that_does_not_exist_in_the_articles_year_is_no_day(
        tmp_path: Path) -> None:
    text = "Le 29 février, des manifestants ont été tués à Benghazi."
    times = [undated("29 février", text, "XXXX-02-29")]
    assert timeline(tmp_path, [article("a", text, "2011-03-02", [], source="x",
                                       times=times)]) == []


@pytest.mark.parametrize(("value", "believed", "expected"), [
    ("XXXX-11-15", "2016-11-15/2017-01-20", "2016-11-15"),  # one year puts it inside
    ("XXXX-01-10", "2016-11-15/2017-01-20", "2017-01-10"),
    ("XXXX-09-22", "2013-02-01/2017-01-20", None),  # four years fit: no day
    ("XXXX-09-22", "2016-11-15/2017-01-20", None),  # no year fits
])
def test_a_day_without_year_inside_a_believed_range(value, believed, expected) -> None:
    from types import SimpleNamespace

    from chronique.merge.timeline import reference_of

    first, last = believed.split("/")
    time = SimpleNamespace(type="DATE", value=value, text="le 15 novembre")
    assert reference_of(time, None, within=(first, last))[0] == expected


@pytest.mark.parametrize(("other", "expected"), [
    # another article of the collection writes a day of 2011: "17 mars" is 2011's
    ("Le 19 mars 2011, la coalition a frappé les blindés devant Benghazi.",
     ["2011-03-17", "2011-03-19"]),
    # nothing in the collection names a year: 2009, 2010 and 2011 all fit, no day
    ("La coalition a frappé les blindés devant Benghazi ce matin.", []),
])
def test_a_day_without_year_in_a_range_of_years_takes_the_collections_year(
        tmp_path: Path, other: str, expected: list[str]) -> None:
    text = "Le Conseil de sécurité a voté le 17 mars la résolution 1973 sur la Libye."
    times = [undated("17 mars", text, "XXXX-03-17")]
    other_times = [time_expr("19 mars 2011", other, "2011-03-19")] if "2011" in other else []
    days = timeline(tmp_path, [
        article("r", text, "2009-02-01/2011-10-20", [], source="x", times=times),
        article("o", other, "2011-03-20", [], source="y", times=other_times),
    ])
    assert [day.date for day in days] == expected


def test_an_undated_article_takes_the_year_the_collection_names_among_its_own(
        tmp_path: Path) -> None:
    review = ("Le 15 mars, début de la révolte en Syrie.\n"
              "L'année 2011 s'achève ; en 2012 des élections, prévues à l'été 2012.")
    times = [undated("15 mars", review, "XXXX-03-15"), undated("2011", review, "2011"),
             undated("2012", review, "2012"), undated("l'été 2012", review, "2012-SU")]
    other = "Le 18 mars 2011, des manifestants ont été tués à Deraa."
    days = timeline(tmp_path, [
        article("y", review, None, [], source="x", times=times),
        article("o", other, "2011-03-19", [], source="y",
                times=[time_expr("18 mars 2011", other, "2011-03-18")]),
    ])
    assert [day.date for day in days] == ["2011-03-15", "2011-03-18"]


def test_a_day_is_summed_up_by_a_sentence_that_writes_it_before_one_resolved_from_a_weekday(
        tmp_path: Path) -> None:
    lines = {
        "a": "Dimanche, des tirs ont visé les manifestants de Benghazi près du tribunal.",
        "b": "Dimanche, des tirs ont visé les manifestants de Benghazi près du port.",
        "c": "Le 20 février 2011, l'armée a tiré sur la foule à Benghazi.",
    }
    articles = []
    for key, text in lines.items():
        if key == "c":
            times = [time_expr("20 février 2011", text, "2011-02-20")]
        else:
            times = [undated("Dimanche", text, "2011-02-20")]
        articles.append(article(key, text, "2011-02-21", [], source=key, times=times))
    (day,) = timeline(tmp_path, articles, per_day=2)
    assert day.summary[0] == lines["c"]
    assert day.summary[1] in (lines["a"], lines["b"])


@pytest.mark.parametrize(("line", "date_text", "is_day"), [
    ("(6) « Egypt in year three », Merip, Washington, 10 juillet 2013.", "10 juillet 2013", False),
    ("Corinne Lesnes, « L'embarras du président Obama », Le Monde du 5 juillet 2013.",
     "5 juillet 2013", False),
    ("Tarek Osman, « In the interim », madamasr.com, 12 juillet 2013.", "12 juillet 2013",
     False),
    # direct speech followed by who said it and when: a day something happened
    ("« Un pas dans la mauvaise direction », a déclaré le ministre le 10 juillet 2013.",
     "10 juillet 2013", True),
])
def test_a_date_closing_a_source_citation_is_no_reference(
        tmp_path: Path, line: str, date_text: str, is_day: bool) -> None:
    value = {"10": "2013-07-10", "5 ": "2013-07-05", "12": "2013-07-12"}[date_text[:2]]
    days = timeline(tmp_path, [article("c", line, "2013-08-01", [], source="x",
                                       times=[time_expr(date_text, line, value)])])
    assert [day.date for day in days] == ([value] if is_day else [])


def test_an_undated_day_takes_the_year_whose_same_month_the_collection_names_most(
        tmp_path: Path) -> None:
    revolution = "Le 25 janvier 2011, la révolte commence.\nLe 28 janvier 2011, le Caire brûle."
    coup = ("Le 30 juin 2013, des millions de manifestants.\nLe 3 juillet 2013, Morsi est "
            "destitué.\nLe 8 juillet 2013, des partisans de Morsi sont tués au Caire.")
    undated_text = "Le 27 janvier, Wael Ghonim a disparu au Caire."
    days = timeline(tmp_path, [
        article("r", revolution, "2011-02-01", [], source="x",
                times=[time_expr("25 janvier 2011", revolution, "2011-01-25"),
                       time_expr("28 janvier 2011", revolution, "2011-01-28")]),
        article("c", coup, "2013-07-10", [], source="y",
                times=[time_expr("30 juin 2013", coup, "2013-06-30"),
                       time_expr("3 juillet 2013", coup, "2013-07-03"),
                       time_expr("8 juillet 2013", coup, "2013-07-08")]),
        article("u", undated_text, None, [], source="z",
                times=[undated("27 janvier", undated_text, "XXXX-01-27")]),
    ])
    # 2013 is the year named most, but January is named in 2011 only
    assert "2011-01-27" in [day.date for day in days]
    assert "2013-01-27" not in [day.date for day in days]
