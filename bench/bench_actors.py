"""Benchmark of the actor dictionaries: the time and memory it takes to load them and to build
the matchers that find their names (the entity ruler and the actors stage's own matcher).

    PYTHONPATH=src python bench/bench_actors.py [--rounds 5]

Measured in this process, after the spaCy model is loaded without the ruler (the model's own
memory is not the dictionaries'):
- ``load``: reading and indexing every ``data/actors/*.toml`` (best of ``--rounds`` fresh
  loads, and the RSS the first load adds);
- ``patterns``: turning the entries into entity-ruler patterns;
- ``ruler``: adding those patterns to an entity ruler ahead of the NER, as ``nlp.load`` does
  (time and RSS added);
- ``matcher``: the stage's own alias matcher, built on the first article (time and RSS added).

Run it on two trees to compare them; times are wall seconds on a possibly busy machine (the CPU
seconds of this process are given beside them, steadier on a shared machine).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def timed(function, *args):  # type: ignore[no-untyped-def]
    started, cpu = time.perf_counter(), time.process_time()
    result = function(*args)
    return result, time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="fresh loads timed (best kept)")
    args = parser.parse_args()

    import spacy

    from chronique import nlp as nlp_module
    from chronique import ruler as ruler_lookup
    from chronique.actors import dictionary as dictionary_module
    from chronique.actors.recognize import _matchers_for
    from chronique.nlp import DEFAULT_MODEL, _models

    nlp = spacy.load(DEFAULT_MODEL)
    _models[DEFAULT_MODEL] = nlp  # the stage's matcher tokenizes with the plain model
    files = tuple(str(path) for path in dictionary_module.builtin_files())
    base = rss_mb()
    dictionary, wall, cpu = timed(dictionary_module._load.__wrapped__, files)
    loaded = rss_mb()
    walls, cpus = [wall], [cpu]
    for _ in range(args.rounds - 1):
        dictionary_module.normalize.cache_clear()
        dictionary_module._exact.cache_clear()
        _, wall, cpu = timed(dictionary_module._load.__wrapped__, files)
        walls.append(wall)
        cpus.append(cpu)
    aliases = sum(1 + len(actor.aliases) for actor in dictionary.actors.values())
    print(f"dictionary: {len(files)} files, {len(dictionary)} actors, {aliases} names, "
          f"{len(dictionary.conflicts)} conflicts")
    print(f"load      {min(walls):.3f} s wall  {min(cpus):.3f} s cpu  "
          f"+{loaded - base:.1f} MB RSS")

    patterns, wall, cpu = timed(dictionary.patterns)
    print(f"patterns  {wall:.3f} s wall  {cpu:.3f} s cpu  ({len(patterns)} patterns)")

    before = rss_mb()
    if hasattr(nlp_module, "add_ruler"):
        _, wall, cpu = timed(nlp_module.add_ruler, nlp, patterns)
    else:  # a tree from before add_ruler: what its nlp.load did
        def build() -> None:
            ruler = nlp.add_pipe("entity_ruler", before="ner",
                                 config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"})
            ruler.add_patterns(patterns)
            ruler_lookup.install(ruler, patterns)

        _, wall, cpu = timed(build)
    print(f"ruler     {wall:.3f} s wall  {cpu:.3f} s cpu  +{rss_mb() - before:.1f} MB RSS")

    doc = nlp.make_doc("Les FAMa ont repoussé une attaque du JNIM près de Mopti.")
    before = rss_mb()
    _, wall, cpu = timed(_matchers_for, doc, dictionary)
    print(f"matcher   {wall:.3f} s wall  {cpu:.3f} s cpu  +{rss_mb() - before:.1f} MB RSS")
    print(f"total RSS added by the dictionaries: {rss_mb() - base:.1f} MB")


if __name__ == "__main__":
    main()
