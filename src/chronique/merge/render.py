"""Timeline renderings: plain text, JSON Lines, and one self-contained HTML page.

The HTML page has its CSS inline and no script, font, image or link to fetch: it opens offline.
Every piece of article-derived text is HTML-escaped.
"""

from __future__ import annotations

import json
from html import escape

from ..serde import to_dict
from .episodes import Episode
from .timeline import Day, Entry

CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1.05rem;margin:1.6rem 0 .3rem;border-bottom:1px solid #ccc}
.meta{color:#666;font-size:.85rem}.kind{font-variant:small-caps;color:#733}
ul{padding-left:1.2rem}li{margin:.35rem 0}.figs{color:#444;font-size:.9rem}
"""


def render_text(days: list[Day], *, episodes: list[Episode] | None = None) -> str:
    lines = [f"épisode : {_episode_line(episode)}" for episode in episodes or []]
    for day in days:
        lines.append(f"{day.date}  [sources {day.sources}, morts {day.fatalities}, "
                     f"références {day.references}]")
        for entry in day.entries:
            lines.append(f"  - {_label(entry)}{entry.summary}")
            if entry.figures:
                lines.append(f"      chiffres : {'; '.join(entry.figures)}")
            if entry.sources:
                lines.append(f"      sources : {', '.join(entry.sources)}")
    return "\n".join(lines) + ("\n" if lines else "")


def render_jsonl(days: list[Day], *, episodes: list[Episode] | None = None) -> str:
    rows = [{"episode": to_dict(episode)} for episode in episodes or []]
    rows += [to_dict(day) for day in days]
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def render_html(days: list[Day], *, episodes: list[Episode] | None = None,
                title: str = "Chronologie") -> str:
    parts = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">',
             f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
             f"<h1>{escape(title)}</h1>"]
    if episodes:
        parts.append("<h2>Épisodes</h2><ul>")
        parts.extend(f"<li>{escape(_episode_line(episode))}</li>" for episode in episodes)
        parts.append("</ul>")
    for day in days:
        parts.append(f'<section><h2>{escape(day.date)}</h2><p class="meta">sources '
                     f"{day.sources} · morts {day.fatalities} · références {day.references}</p>"
                     "<ul>")
        parts.extend(_html_entry(entry) for entry in day.entries)
        parts.append("</ul></section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _html_entry(entry: Entry) -> str:
    kind = f'<span class="kind">{escape(entry.kind)}</span> ' if entry.event_id else ""
    figures = (f'<div class="figs">{escape("; ".join(entry.figures))}</div>'
               if entry.figures else "")
    sources = (f'<div class="meta">{escape(", ".join(entry.sources))}</div>'
               if entry.sources else "")
    return f"<li>{kind}{escape(entry.summary)}{figures}{sources}</li>"


def _episode_line(episode: Episode) -> str:
    return (f"{episode.title} — {len(episode.events)} événements, {episode.fatalities_best} "
            f"morts, {episode.sources} sources")


def _label(entry: Entry) -> str:
    return f"[{entry.kind}] " if entry.event_id else ""


RENDERERS = {"text": render_text, "jsonl": render_jsonl, "html": render_html}
