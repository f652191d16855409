"""What ``run`` tells the user about its inputs: paths that are not there, and why articles were
rejected, on stderr, with counts by reason."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HINTS = {
    "binary": "not text: PDF, Word or image files are not read; convert them to text or HTML",
    "empty": "empty input",
    "no-text": "no article text left after cleaning",
    "too-large": "larger than the input limit",
    "unreadable": "could not be read (permissions?)",
    "jsonl": "invalid JSON Lines records",
    "error": "a stage failed (see `chronique articles --json`)",
}


@dataclass
class Inputs:
    """The paths a run reads, and the given paths it cannot (with the reason)."""

    readable: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)


def check_inputs(paths: Iterable[str]) -> Inputs:
    """Split ``paths`` into those a run can read and those it cannot, saying why."""
    found = Inputs()
    for given in paths:
        if given == "-":
            found.readable.append(given)
            continue
        path = Path(given)
        if "://" in given and not path.exists():
            found.problems.append(
                (given, "a URL: pages are not fetched; save the page (HTML) and give the file"))
        elif not path.exists():
            found.problems.append((given, "no such file or folder"))
        elif path.is_dir() and not any(child.is_file() for child in path.rglob("*")):
            found.problems.append((given, "an empty folder"))
        else:
            found.readable.append(given)
    return found


def reason_label(reason: str) -> str:
    """A rejection reason as the user reads it."""
    if reason.startswith("language:"):
        code = reason.partition(":")[2]
        return f"language {code}: not supported (French is)"
    hint = HINTS.get(reason)
    return f"{reason}: {hint}" if hint else reason


def report_lines(inputs: Inputs, summary: dict[str, Any] | None) -> list[str]:
    """The lines ``run`` prints on stderr: missing paths, then rejected articles by reason."""
    lines = [f"error: {path}: {why}" for path, why in inputs.problems]
    if summary is None:
        return lines
    rejected: dict[str, int] = summary.get("rejected", {})
    total = sum(rejected.values())
    if total:
        seen = summary["cleaned"] + total
        lines.append(f"rejected {total} of {seen} articles of this run:")
        for reason, count in sorted(rejected.items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"  {count} {reason_label(reason)}")
    return lines


def usable(summary: dict[str, Any] | None) -> bool:
    """Whether the run brought at least one article that was not rejected."""
    return bool(summary and summary.get("cleaned"))
