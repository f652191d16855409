"""Clauses from the dependency parse: each token belongs to the clause of its nearest head verb.

A clause starts at a verb attached as ROOT, ``ccomp``, ``advcl``, ``acl:relcl``, ``parataxis``,
``csubj`` or as a ``conj`` of another verb; infinitives and participles attached otherwise
(``xcomp``: "ont commencé à bombarder"; ``acl``: "offensive menée par") stay in the clause of
their head, so that a trigger and the verb that carries it are one event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "acl:relcl", "parataxis", "csubj", "conj"})
VERBAL = frozenset({"VERB", "AUX"})


def is_clause_head(token: Token) -> bool:
    if token.dep_ == "ROOT" or token.head.i == token.i:
        return True
    if token.pos_ not in VERBAL or token.dep_ not in CLAUSE_DEPS:
        return False
    if token.dep_ == "advcl" and _bare_participle(token):
        return False  # "ont tiré des obus sur le marché, suivis d'un raid": one clause
    return token.dep_ != "conj" or token.head.pos_ in VERBAL


def _bare_participle(token: Token) -> bool:
    """A past participle with no auxiliary and no subject of its own: the parse may hang the
    subject of the verb after it on it ("un détachement dépêché en soutien a été attaqué":
    "détachement" read as the subject of "dépêché"), which a verb with no subject of its own
    shows."""
    if "Part" not in token.morph.get("VerbForm", []) or "Past" not in token.morph.get("Tense", []) \
            or any(c.dep_.startswith(("aux", "mark")) for c in token.children):
        return False
    subject = any(c.dep_.startswith("nsubj") for c in token.children)
    return not subject or token.i < token.head.i and not any(
        c.dep_.startswith(("nsubj", "expl")) for c in token.head.children)


def clause_head(token: Token) -> Token:
    """The head verb (or root) of the clause ``token`` is in."""
    current = token
    for _ in range(64):
        if is_clause_head(current):
            return current
        current = current.head
    return current


def clause_tokens(doc: Doc, head: Token) -> list[Any]:
    """Tokens of ``head``'s sentence that belong to its clause."""
    sent = head.sent
    return [token for token in sent if clause_head(token).i == head.i]


def clause_span(doc: Doc, head: Token) -> tuple[int, int]:
    """Char offsets covering the clause of ``head`` (whitespace and punctuation trimmed)."""
    tokens = [t for t in clause_tokens(doc, head) if not t.is_punct and not t.is_space]
    if not tokens:
        return head.idx, head.idx + len(head)
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
