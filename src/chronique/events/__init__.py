"""Event mentions: trigger words, the clause they head, and who/where/when/how many around them.

The ``events`` stage (:mod:`chronique.stages.events`) assembles the pieces of this package:
:mod:`.lexicon` (trigger tables and typology), :mod:`.clauses` (clause heads from the parse),
:mod:`.roles` (actor1/actor2/associated actors), :mod:`.context` (place, time, figures,
attribution, modality, certainty).
"""
