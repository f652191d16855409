"""Figures (how many killed, injured, displaced…), who says so, and how sure the text is.

- :mod:`.numbers` reads French quantities ("plus de 240", "14 000", "une centaine") into
  UCDP-style low/best/high plus ACLED's conservative value;
- :mod:`.extract` finds casualty and displacement figures with their kind and who, nested
  ("dont", "parmi") and cumulative tolls flagged;
- :mod:`.attribution` finds the sources ("selon l'OSDH", "a annoncé la Croix-Rouge") and the
  strength of the reporting verb;
- :mod:`.modality` says whether a clause is asserted, hypothetical, conditional, possible,
  future, negated or a question, and whether it is hearsay (claimed).
"""

from __future__ import annotations

from .attribution import attribution_for, certainty_for, find_attributions
from .extract import extract_figures
from .modality import certainty, modality
from .numbers import Quantity, find_quantities, parse_quantity

__all__ = [
    "Quantity",
    "attribution_for",
    "certainty",
    "certainty_for",
    "extract_figures",
    "find_attributions",
    "find_quantities",
    "modality",
    "parse_quantity",
]
