"""The actor dictionary: content, links between entries, lookups, user files."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from chronique.actors.dictionary import builtin_files, load_dictionary
from chronique.errors import ConfigError

DATA = Path(__file__).resolve().parents[2] / "src" / "chronique" / "data" / "actors"


@pytest.fixture(scope="module")
def dictionary():
    return load_dictionary()


def test_syria_file_has_at_least_150_entries():
    entries = tomllib.loads((DATA / "syria.toml").read_text(encoding="utf-8"))["actor"]
    assert len(entries) >= 150


def test_other_conflicts_are_files_beside_it():
    names = {path.name for path in builtin_files()}
    assert {"syria.toml", "egypt.toml", "libya.toml", "yemen.toml"} <= names


def test_every_entry_is_well_formed_and_cites_a_source(dictionary):
    kinds = {"state", "government", "state-forces", "rebel-group", "jihadist-group", "militia",
             "political", "igo", "ngo", "monitor", "media", "person"}
    for actor in dictionary.actors.values():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", actor.id), actor.id
        assert actor.kind in kinds, (actor.id, actor.kind)
        assert actor.source, actor.id
        assert actor.wikidata == "" or re.fullmatch(r"Q\d+", actor.wikidata), actor.id
        assert actor.country == "" or re.fullmatch(r"[A-Z]{2}", actor.country), actor.id


def test_predecessors_and_successors_point_both_ways(dictionary):
    for actor in dictionary.actors.values():
        for other in actor.successors:
            assert actor.id in dictionary.actors[other].predecessors, (actor.id, other)
        for other in actor.predecessors:
            assert actor.id in dictionary.actors[other].successors, (actor.id, other)


def test_branches_are_entries_of_the_same_kind_with_an_acled_name(dictionary):
    branched = [a for a in dictionary.actors.values() if a.branches]
    assert branched
    for actor in branched:
        for country, branch in actor.branches:
            assert branch in dictionary.actors, (actor.id, country, branch)
            assert dictionary.actors[branch].kind == actor.kind, (actor.id, branch)
            assert dictionary.actors[branch].acled_name(), branch


def test_nusra_to_hts_chain(dictionary):
    assert dictionary.actors["al-nusra-front"].successors == ("jabhat-fatah-al-sham",)
    assert dictionary.actors["jabhat-fatah-al-sham"].successors == ("hayat-tahrir-al-sham",)


def test_conflict_roles_name_known_actors(dictionary):
    for conflict in dictionary.conflicts.values():
        for holders in conflict.roles.values():
            for holder in holders:
                assert holder.id in dictionary.actors, (conflict.id, holder.id)


@pytest.mark.parametrize(
    ("variant", "actor_id"),
    [
        ("Hayat Tahrir al-Cham", "hayat-tahrir-al-sham"),
        ("Hayet Tahrir al-Cham", "hayat-tahrir-al-sham"),
        ("Hayat Tahrir al-Sham", "hayat-tahrir-al-sham"),
        ("HTS", "hayat-tahrir-al-sham"),
        ("Bachar al-Assad", "bashar-al-assad"),
        ("Bachar el-Assad", "bashar-al-assad"),
        ("Bashar al-Assad", "bashar-al-assad"),
        ("M. Assad", "bashar-al-assad"),
        ("État islamique", "islamic-state"),
        ("Etat islamique", "islamic-state"),
        ("EI", "islamic-state"),
        ("Daech", "islamic-state"),
        ("OSDH", "sohr"),
        ("Observatoire syrien des droits de l'Homme", "sohr"),
        ("Observatoire syrien des droits de l’homme", "sohr"),
        ("Front al-Nosra", "al-nusra-front"),
        ("Al-Qaïda", "al-qaeda"),
        ("Mouammar Kadhafi", "muammar-gaddafi"),
        ("Ali Abdallah Saleh", "ali-abdullah-saleh"),
        ("Frères musulmans", "muslim-brotherhood"),
    ],
)
def test_variants_share_one_id(dictionary, variant, actor_id):
    assert dictionary.lookup(variant) == [actor_id]


def test_short_names_are_not_bent_to_an_alias(dictionary):
    assert dictionary.lookup("Sanaa") == []  # the city, not the agency SANA


def test_fuzzy_finds_a_misspelt_person(dictionary):
    assert dictionary.fuzzy("Maher akl-Assad", kinds={"person"}) == "maher-al-assad"
    assert dictionary.fuzzy("Jean Dupont", kinds={"person"}) is None


def test_user_file_adds_and_overrides(tmp_path, monkeypatch):
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[[actor]]\nid = "brigade-x"\nname = "Brigade X"\naliases = ["BX"]\nkind = "militia"\n'
        'source = "field notes"\n\n'
        '[[actor]]\nid = "afp"\nname = "AFP (mine)"\nkind = "media"\nsource = "field notes"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("CHRONIQUE_ACTORS", str(tmp_path))
    dictionary = load_dictionary()
    assert dictionary.lookup("Brigade X") == ["brigade-x"]
    assert dictionary.actors["afp"].name == "AFP (mine)"


def test_missing_user_file_is_an_error(monkeypatch):
    monkeypatch.setenv("CHRONIQUE_ACTORS", "/nonexistent/actors.toml")
    with pytest.raises(ConfigError):
        load_dictionary()


def test_bad_id_is_an_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[actor]]\nid = "Not A Slug"\nname = "x"\nkind = "person"\n', encoding="utf-8")
    with pytest.raises(ConfigError):
        load_dictionary((str(bad),))


CONFLICT_FILES = {"mali.toml": "ML", "burkina_faso.toml": "BF", "niger.toml": "NE",
                  "drc.toml": "CD", "car.toml": "CF", "cameroon.toml": "CM", "chad.toml": "TD",
                  "mozambique.toml": "MZ", "sudan.toml": "SD", "somalia.toml": "SO",
                  "haiti.toml": "HT", "ukraine.toml": "UA", "gaza.toml": "PS",
                  "lebanon.toml": "LB", "nigeria.toml": "NG",
                  "south_sudan.toml": "SS"}


@pytest.mark.parametrize(("name", "country"), sorted(CONFLICT_FILES.items()))
def test_each_country_has_a_conflict_with_cues_and_its_forces(dictionary, name, country):
    data = tomllib.loads((DATA / name).read_text(encoding="utf-8"))
    conflict = data["conflict"]
    assert conflict["country"] == country and len(conflict["cues"]) >= 10
    forces = conflict["roles"].get("armed-forces") or conflict["roles"].get("police")
    actor = dictionary.actors[forces]
    assert actor.kind == "state-forces" and actor.country == country and actor.acled
    assert len(data["actor"]) >= 5


@pytest.mark.parametrize(("actor_id", "date", "name"), [
    ("military-forces-of-burkina-faso", "2021-08-09", "Military Forces of Burkina Faso (2015-2022)"),
    ("military-forces-of-burkina-faso", "2022-01-24", "Military Forces of Burkina Faso (2022-)"),
    ("military-forces-of-burkina-faso", None, "Military Forces of Burkina Faso (2022-)"),
    ("military-forces-of-mali", "2020-12-01", "Military Forces of Mali (2020-2021)"),
    ("military-forces-of-mali", "2012-06-01", "Military Forces of Mali (2013-2020)"),
    ("police-forces-of-haiti", "2024-06-09", "Police Forces of Haiti (2021-)"),
    ("egyptian-armed-forces", "2013-01-15", "Military Forces of Egypt (2012-2013)"),
    ("jnim", "2019-05-01", "JNIM: Group for Support of Islam and Muslims"),
    ("islamic-state-sahel", "2020-01-01", "Islamic State (Greater Sahara)"),
    ("islamic-state-sahel", "2024-01-01", "Islamic State (Sahel)"),
    ("rsf", None, "RSF: Rapid Support Forces"),
    ("wagner-group", None, "Wagner Group"),
    ("afp", None, None),
])
def test_acled_names_carry_the_period_of_the_date(dictionary, actor_id, date, name):
    assert dictionary.actors[actor_id].acled_name(date) == name


def test_reporting_organisations_are_sources_not_parties(dictionary):
    for actor_id in ("radio-okapi", "aib", "acp-congo", "le-nouvelliste", "ocha", "unhcr",
                     "kivu-security-tracker", "rnddh"):
        assert dictionary.actors[actor_id].kind in {"media", "ngo", "igo", "monitor"}, actor_id


def test_acled_field_in_a_user_file(tmp_path):
    from chronique.actors.dictionary import _load

    path = tmp_path / "mine.toml"
    path.write_text('[[actor]]\nid = "x-force"\nname = "X"\nkind = "militia"\n'
                    'acled = [{ name = "X (2001-2010)", end = "2010-01-01" }, '
                    '{ name = "X (2010-)", start = "2010-01-01" }]\n', encoding="utf-8")
    actor = _load((str(path),)).actors["x-force"]
    assert actor.acled_name("2005-03-01") == "X (2001-2010)"
    assert actor.acled_name("2015-03-01") == "X (2010-)"
    broken = tmp_path / "broken.toml"
    broken.write_text('[[actor]]\nid = "y"\nname = "Y"\nkind = "militia"\n'
                      'acled = [{ start = "2010" }]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="malformed acled"):
        _load((str(broken),))


def test_founded_is_read_and_checked(tmp_path):
    from chronique.actors.dictionary import _load

    path = tmp_path / "mine.toml"
    path.write_text('[[actor]]\nid = "x-front"\nname = "Front X"\nkind = "militia"\n'
                    'founded = "2019-05"\n', encoding="utf-8")
    assert _load((str(path),)).actors["x-front"].founded == "2019-05"
    bad = tmp_path / "bad.toml"
    bad.write_text('[[actor]]\nid = "x-front"\nname = "Front X"\nkind = "militia"\n'
                   'founded = "mai 2019"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="founded 'mai 2019'"):
        _load((str(bad),))


def test_every_founded_date_is_before_the_horizon():
    from chronique.timex.dating import horizon

    dates = {a.id: a.founded for a in load_dictionary().actors.values() if a.founded}
    assert len(dates) >= 20
    assert all(value <= horizon().isoformat() for value in dates.values())
