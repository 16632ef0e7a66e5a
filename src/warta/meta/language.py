"""Language identification with py3langid, restricted to the languages warta reads."""

from __future__ import annotations

from functools import lru_cache

SUPPORTED = ("id", "en", "ms")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED))
    return identifier


def detect_language(text: str) -> str:
    if not text.strip():
        return ""
    lang, _ = _identifier().classify(text[:5000])
    # Malay and Indonesian share most words; pages warta reads in Malay are rare, so a "ms" verdict means "id".
    return "id" if lang == "ms" else lang
