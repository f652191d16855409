"""Actors: the dictionary of who is who, generic references, and name recognition helpers."""

from .dictionary import Actor, Conflict, Dictionary, load_dictionary, normalize, slug

__all__ = ["Actor", "Conflict", "Dictionary", "load_dictionary", "normalize", "slug"]
