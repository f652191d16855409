"""The ACLED templates of generic actors (data/acled/generic_actors.toml) and country names."""

from __future__ import annotations

from chronique.actors.generic import country_name, role_chain, template


def test_gendarmes_are_military_in_the_sahel_and_police_in_france():
    assert role_chain("gendarmerie", "ML") == ["gendarmerie", "armed-forces"]
    assert role_chain("gendarmerie", "FR") == ["gendarmerie", "police"]
    assert template("gendarmerie", "BF").name("Burkina Faso") == "Military Forces of Burkina Faso"
    assert template("gendarmerie", "FR").name("France") == "Police Forces of France"


def test_templates_of_the_roles():
    assert template("unidentified-armed-group", "NE").name("Niger") == \
        "Unidentified Armed Group (Niger)"
    assert template("jihadists", "NE").acled == "Unidentified Armed Group ({country})"
    assert template("civilians", "CD").kind == "civilians"
    assert template("auxiliaries", "BF") is None  # only a conflict file says who they are
    assert template("no-such-role", "BF") is None


def test_country_names_as_acled_writes_them():
    assert country_name("CD") == "Democratic Republic of Congo"
    assert country_name("CF") == "Central African Republic"
    assert country_name("PS") == "Palestine"
    assert country_name("BF") == "Burkina Faso"
    assert country_name(None) is None
