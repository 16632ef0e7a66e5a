"""Language data, one package per language warta reads, apart from the algorithms that use it."""

from __future__ import annotations

# The languages warta has data and models for. Text in another language (warta.meta.language names it) is
# cleaned, split and grouped, but not run through the stages that need a language's words.
READ = ("id", "en")


def reads(language: str) -> bool:
    """Whether warta reads text in a language; an unknown language is read as Indonesian, as before."""
    return not language or language[:2].lower() in READ
