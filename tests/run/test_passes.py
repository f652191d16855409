"""Corpus passes: furniture scoped per site; duplicates linked, never deleted."""

from __future__ import annotations

import json
from pathlib import Path

from chronique.run.local import run_paths
from chronique.store import open_store

from .test_run import PREPARE_ONLY, config_for

WIRE = (
    "Les forces gouvernementales syriennes ont repris samedi le contrôle total de la ville "
    "de Palmyre, a annoncé l'armée dans un communiqué diffusé par la télévision d'État."
)
FOOTER = "Le point sur la situation au Levant avec notre rédaction de Beyrouth"
FOLLOW = (
    "Les secouristes ont dégagé des victimes des décombres pendant toute la nuit, selon la "
    "défense civile."
)
STORIES = [
    "Des frappes aériennes ont touché un marché d'Idleb mardi, faisant au moins douze morts.",
    "Le convoi humanitaire de l'ONU a pu entrer dans la ville assiégée de Madaya lundi soir.",
    "Les négociations de Genève ont repris jeudi sous l'égide de l'envoyé spécial des Nations unies.",
    "Un attentat à la voiture piégée a frappé un quartier de Homs, selon les médias officiels.",
]


def test_furniture_is_per_site_and_wire_text_survives(tmp_path: Path) -> None:
    lines = []
    for number, story in enumerate(STORIES):
        lines.append(
            {
                "id": f"a{number}",
                "url": f"https://site-a.fr/{number}",
                "text": f"{story}\n{FOOTER}\n{WIRE if number == 0 else STORIES[number - 1]}",
            }
        )
    for number in range(3):  # site B reprints the wire story once, among its own articles
        body = WIRE if number == 0 else STORIES[number]
        lines.append(
            {
                "id": f"b{number}",
                "url": f"https://site-b.fr/{number}",
                "text": f"{body}\n© Site B, tous droits réservés",
            }
        )
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines))
    db = tmp_path / "c.db"
    run_paths([path], config=config_for(db, **PREPARE_ONLY))
    articles = {a.external_id: a for a in open_store(str(db)).iter_articles()}
    for number in range(4):
        article = articles[f"a{number}"]
        assert FOOTER not in article.text
        assert STORIES[number] in article.text
        assert any(p.reason == "site-furniture" and p.text == FOOTER for p in article.removed)
    assert WIRE in articles["a0"].text and WIRE in articles["b0"].text
    assert all("Site B" not in articles[f"b{n}"].text for n in range(3))


def test_passes_are_idempotent(tmp_path: Path) -> None:
    lines = [
        {"id": f"a{n}", "url": f"https://site-a.fr/{n}", "text": f"{s}\n{FOOTER}\n{FOLLOW}"}
        for n, s in enumerate(STORIES)
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines))
    db = tmp_path / "c.db"
    run_paths([path], config=config_for(db, **PREPARE_ONLY))
    store = open_store(str(db))
    before = store.execute("SELECT id, text, data FROM articles ORDER BY id")
    second = run_paths([path], config=config_for(db, **PREPARE_ONLY))
    assert second.passes["site-furniture"]["changed"] == 0
    assert store.execute("SELECT id, text, data FROM articles ORDER BY id") == before


def test_duplicates_found_from_a_stream_as_from_held_texts() -> None:
    """The dedup pass streams the texts and keeps none: the same links (reprints of reprints
    lead to the first article, exact copies included) as with every text at hand."""
    import random

    from chronique.dedup import find_duplicates

    rng = random.Random(5)
    words = [w for text in [WIRE, FOLLOW, *STORIES] for w in text.split()]
    originals = [" ".join(rng.choice(words) for _ in range(120)) for _ in range(40)]
    items = [(f"o{n}", text) for n, text in enumerate(originals)]
    for n in range(60):  # reprints, some of an earlier reprint, with a few words changed
        _, text = rng.choice(items)
        changed = text.split()
        for _ in range(rng.randint(0, 5)):
            changed[rng.randrange(len(changed))] = rng.choice(words)
        items.append((f"r{n}", " ".join(changed)))
    items.append(("copy", items[3][1]))
    held = find_duplicates(items)
    texts = dict(items)
    asked: list[str] = []

    def text_of(article_id: str) -> str:
        asked.append(article_id)
        return texts[article_id]

    streamed = find_duplicates(iter(items), text_of=text_of)
    assert streamed == held
    linked = {link.article_id for link in held}
    near = {link.duplicate_of for link in held if link.similarity < 1}
    assert len(held) >= 45 and near and not linked & near  # a reprint of a reprint: its root
    assert ("copy", "o3", 1.0) in {(x.article_id, x.duplicate_of, x.similarity) for x in held}
    assert 0 < len(asked) < 3 * len(items)  # only candidates are read again
