"""``chronique eval clean``: line precision/recall of the cleaner on hand labels; comments."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import eval_app

DEFAULT_LABELS = Path("tests/data/clean_labels")
DEFAULT_CORPUS = Path("../shared/data/cl-tls-fr/fr")


@eval_app.command("clean")
def eval_clean(
    labels: Annotated[
        Path, typer.Argument(help="Folder of hand-labelled .tsv pages.")
    ] = DEFAULT_LABELS,
    corpus: Annotated[
        Path, typer.Option("--corpus", help="Corpus of plain-text pages (e.g. cl-tls-fr/fr).")
    ] = DEFAULT_CORPUS,
) -> None:
    """Print line precision/recall of removal, body survival and reader-comment removal."""
    from ..eval.clean import corpus_sites, score_corpus, score_labels

    s = score_labels(labels)
    typer.echo(f"labelled articles\t{s.articles}\nlabelled lines\t{s.lines}")
    typer.echo(f"removal precision\t{s.precision:.3f}\t({s.true_pos}/{s.true_pos + s.false_pos})")
    typer.echo(f"removal recall\t{s.recall:.3f}\t({s.true_pos}/{s.true_pos + s.false_neg})")
    typer.echo(f"body-line survival\t{s.body_survival:.3f}\t({s.body_kept}/{s.body_lines})")
    typer.echo(
        f"comments removed (labels)\t{s.comment_articles_removed}/{s.comment_articles} articles"
    )
    if corpus.is_dir():
        w = score_labels(labels, sites=corpus_sites(corpus))
        typer.echo(
            f"with site furniture (sites by footer)\tprecision {w.precision:.3f}\t"
            f"recall {w.recall:.3f}\tbody survival {w.body_survival:.3f}"
        )
        c = score_corpus(corpus)
        share = c.comments_removed / max(1, c.with_comments)
        typer.echo(f"corpus articles\t{c.articles}")
        typer.echo(
            f"comments removed (marker detector)\t{share:.3f}\t"
            f"({c.comments_removed}/{c.with_comments} articles)"
        )
        typer.echo(f"articles where comments were found by the cleaner\t{c.cleaner_found}")
    else:
        typer.echo(f"corpus not found: {corpus}", err=True)
