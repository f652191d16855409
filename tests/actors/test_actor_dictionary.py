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
