"""The places evaluation on hand-checked cl-tls-fr toponyms, with pinned floors.

Figures at the time of writing (113 toponyms of 14 Egypt, Libya and Yemen articles): 94.7 %
resolved, 100 % of the resolved within 25 km of the truth. Lowering a floor is a visible change.
The evaluation parses 14 articles with the spaCy model (~10 s of CPU), hence the ``slow`` mark.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronique.eval.places import evaluate, read_references

REFERENCE = Path(__file__).resolve().parents[1] / "data" / "places_cltls.tsv"
FLOOR_RESOLVED = 0.92
FLOOR_WITHIN_25KM = 0.97


def test_the_reference_has_enough_hand_checked_toponyms(shared_data: Path) -> None:
    references = read_references(REFERENCE)
    assert len(references) >= 100
    assert {ref.path.split("/")[0] for ref in references} == {"egypt", "libya", "yemen"}
    for ref in references:  # every span is written in its article
        text = (shared_data / "cl-tls-fr" / "fr" / ref.path).read_text(encoding="utf-8")
        assert ref.span in text, ref


@pytest.mark.slow
def test_places_evaluation_floors(shared_data: Path) -> None:
    report = evaluate(REFERENCE, shared_data / "cl-tls-fr" / "fr")
    print(f"\nplaces: {report.total} toponyms, resolved {report.share_resolved:.3f}, "
          f"within 25 km {report.share_correct:.3f}")
    for line in report.errors:
        print("  ", line)
    assert report.share_resolved >= FLOOR_RESOLVED
    assert report.share_correct >= FLOOR_WITHIN_25KM
