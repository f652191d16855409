"""Dating cl-tls-fr articles from their text alone (the folder name is the true date).

Runs the dating of the whole corpus (241 articles, ~660k words): a few seconds.
"""

from __future__ import annotations

from pathlib import Path

from chronique.eval.dating import evaluate

# floors set just below the measured figures
FLOORS = {"day_share": 0.24, "day_right": 0.85, "month_share": 0.51, "month_right": 0.59}


def test_dating_floors(shared_data: Path) -> None:
    s = evaluate(shared_data / "cl-tls-fr" / "fr")
    figures = {
        "day_share": s.share(s.day, s.articles),
        "day_right": s.share(s.day_right, s.day),
        "month_share": s.share(s.month, s.articles),
        "month_right": s.share(s.month_right, s.month),
    }
    print(s.articles, " ".join(f"{k}={100 * v:.1f}%" for k, v in figures.items()))
    assert s.articles == 241
    for name, floor in FLOORS.items():
        assert figures[name] >= floor, (name, figures[name])
