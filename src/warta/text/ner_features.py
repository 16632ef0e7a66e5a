"""Token features for the NER CRF: the word and its shape, affixes, learned word classes and capitalisation rate,
gazetteer hits (places in Indonesian and English, titles and roles, institution words), names seen in training
(warta.text.entity_lexicon), POS, all in a window.

Per-word features, and what each word lends its neighbours, are computed once per distinct word and cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.lang.id import institutions, roles
from warta.text.entity_lexicon import EntityLexicon
from warta.text.gazetteer import Gazetteer
from warta.text.wordclasses import WordClasses

WINDOW = 2  # context words each side (chosen on NERP/NERGrit/IDNER valid: 1 was worse, 3 no better)
LONGEST_PHRASE = 4  # gazetteer phrases up to this many tokens ("Laut China Selatan", "Menteri Dalam Negeri")
_SHAPE = re.compile(r"(.)\1+")
_EDGE_CLASS = ("^", "^")
_NO_CLASS = ("_", "_")
_OFFSETS = tuple(d for d in range(-WINDOW, WINDOW + 1) if d)
_ROLE_PHRASES = {tuple(p.split()) for p in roles.ROLE_PHRASES}
# Word forms whose features are kept: the 469 Detik articles hold 18,656 distinct forms, about 2 KB of features
# each, so a long-running ingest keeps at most about 100 MB and starts over (clears the cache) when it is full.
CACHED_WORDS = 50_000


@dataclass(slots=True, frozen=True)
class _Word:
    own: list[str]  # the word's own features
    lent: tuple[tuple[str, ...], ...]  # what it lends each neighbour, per offset of _OFFSETS, already prefixed
    lower: str
    cls: tuple[str, str]  # (capitalisation bucket, medium word class), "_" when unknown
    place: str  # the gazetteer's kind for the word alone, "" when none


def _lower_cased(words: list[str]) -> bool:
    """No capital letter anywhere (NERP-style lower-cased text); words with only lower-case letters skip the
    per-character test."""
    return not any(not w.islower() and any(c.isupper() for c in w) for w in words)


def shape(word: str) -> str:
    s = "".join("X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c for c in word)
    return _SHAPE.sub(r"\1\1", s)


class Featurizer:
    __slots__ = ("_cache", "_scheme_cache", "_starts", "_words", "classes", "gazetteer", "lexicon")

    def __init__(self, classes: WordClasses, gazetteer: Gazetteer, lexicon: EntityLexicon | None = None) -> None:
        self.classes = classes
        self.gazetteer = gazetteer
        self.lexicon = lexicon or EntityLexicon()
        self._cache: dict[str, list[str]] = {}
        self._words: dict[str, _Word] = {}
        self._starts: frozenset[str] | None = None
        self._scheme_cache: dict[tuple[str, str], list[str]] = {}

    def word_features(self, word: str) -> list[str]:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        lower = word.lower()
        f = [
            "w=" + lower,
            "sh=" + shape(word),
            "p2=" + lower[:2],
            "p3=" + lower[:3],
            "s2=" + lower[-2:],
            "s3=" + lower[-3:],
            "s4=" + lower[-4:],
        ]
        if word[:1].isupper():
            f.append("title")
        if len(word) > 1 and word.isupper():
            f.append("upper")
        f.extend(self._lexical(word, lower))
        if len(self._cache) >= CACHED_WORDS:
            self._cache.clear()
        self._cache[word] = f
        return f

    def _lexical(self, word: str, lower: str) -> list[str]:
        f = []
        wc = self.classes.get(lower)
        if wc is None:
            f.append("oov")
        else:
            f.extend(("k1=" + wc.coarse, "k2=" + wc.medium, "k3=" + wc.fine, "cap=" + wc.cap))
        place = self.gazetteer.places.get(lower)
        if place is not None:
            f.append("gz=" + place.kind)
        if lower in roles.ROLE_HEADS:
            f.append("role")
        if lower in institutions.HEAD_WORDS:
            f.append("inst")
        return f

    def _word(self, word: str) -> _Word:
        """Everything a sentence needs of one word, built once per distinct word (not per window position)."""
        cached = self._words.get(word)
        if cached is not None:
            return cached
        full = self.word_features(word)
        keep = [full[0], full[1]] + [x for x in full if x.startswith(("k2=", "cap=", "gz=")) or x in ("role", "inst")]
        lower = word.lower()
        wc = self.classes.get(lower)
        place = self.gazetteer.places.get(lower)
        if len(self._words) >= CACHED_WORDS:
            self._words.clear()
        cached = self._words[word] = _Word(
            own=full,
            lent=tuple(tuple(f"{d}:{x}" for x in keep) for d in _OFFSETS),
            lower=lower,
            cls=(wc.cap or "_", wc.medium) if wc else _NO_CLASS,
            place=place.kind if place is not None else "",
        )
        return cached

    def sentence(
        self, words: list[str], pos: list[str] | None = None, scheme: str = "", lexicon: EntityLexicon | None = None
    ) -> list[list[str]]:
        """Features per word; with a ``scheme`` (the annotation convention, see warta.text.labels.SCHEMES), the
        word's own features are repeated under that scheme's prefix so the model learns where conventions differ.
        ``lexicon`` replaces the shipped entity lexicon (training passes each fold the lexicon of the others).
        The order of the features is part of the model's arithmetic (crfsuite adds their weights in this order)."""
        n = len(words)
        info = [self._word(w) for w in words]
        spans = self.phrases(words)
        known = (lexicon or self.lexicon).features(words)
        for i, seen in enumerate(known):
            if not seen:
                continue
            spans[i].extend(seen)
            if i < n - 1:
                spans[i + 1].extend("-1:" + x for x in seen)
            if i > 0:
                spans[i - 1].extend("1:" + x for x in seen)
        self._place_roles(info, spans)
        lead = ("bias", "lc" if _lower_cased(words) else "cased")
        # the context of position i: the words at i-2, i-1, i+1, i+2, None beyond the sentence
        before2: list[_Word | None] = [None, None, *info[:-2]] if n > 1 else [None] * n
        before1: list[_Word | None] = [None, *info[:-1]]
        after1: list[_Word | None] = [*info[1:], None]
        after2: list[_Word | None] = [*info[2:], None, None] if n > 1 else [None] * n
        copies = self._scheme_copies(scheme, words) if scheme else None
        scheme_bias = scheme + "bias"  # one string for the sentence, not a new one per word
        out: list[list[str]] = []
        for i, word in enumerate(info):
            f = [*lead, *word.own]
            if i == 0:
                f.append("BOS")
            if i == n - 1:
                f.append("EOS")
            # the window, in the order d = -2, -1, 1, 2 of _OFFSETS
            prev, nxt, far_prev, far_next = before1[i], after1[i], before2[i], after2[i]
            if far_prev is not None:
                f.extend(far_prev.lent[0])
            if prev is not None:
                f.extend(prev.lent[1])
            if nxt is not None:
                f.extend(nxt.lent[2])
            if far_next is not None:
                f.extend(far_next.lent[3])
            lower, own = word.lower, word.cls
            before = prev.cls if prev is not None else _EDGE_CLASS
            after = nxt.cls if nxt is not None else _EDGE_CLASS
            if prev is not None:
                f.append(f"bg-={prev.lower}|{lower}")
            if nxt is not None:
                f.append(f"bg+={lower}|{nxt.lower}")
            # Conjunctions of capitalisation rate and word class with the neighbours': on lower-cased text (NERP)
            # "often capitalised, after an often-capitalised word" marks a name's inside.
            f.append(f"capc-={before[0]}|{own[0]}")
            f.append(f"capc+={own[0]}|{after[0]}")
            f.append(f"kb-={before[1]}|{own[1]}")
            f.append(f"kb+={own[1]}|{after[1]}")
            f.append(f"wk-={prev.lower if prev is not None else '_'}|{own[1]}")
            if pos is not None:
                f.append("pos=" + pos[i])
                if i > 0:
                    f.append("-1:pos=" + pos[i - 1])
                if i < n - 1:
                    f.append("1:pos=" + pos[i + 1])
            extra = spans[i]
            if extra:
                f.extend(extra)
            if copies is not None:  # the word's own features only: copying the context too scored no better
                # (0.770 / 0.745 / 0.823 on NERP / NERGrit / IDNER against 0.765 / 0.755 / 0.819) at a 30%
                # larger, slower model
                f.extend(copies[i])
                if extra:
                    f.extend([scheme + x for x in extra])
                f.append(scheme_bias)
            out.append(f)
        return out

    def _scheme_copies(self, scheme: str, words: list[str]) -> list[list[str]]:
        return [self._scheme_copy(scheme, word) for word in words]

    def _scheme_copy(self, scheme: str, word: str) -> list[str]:
        cached = self._scheme_cache.get((scheme, word))
        if cached is None:
            if len(self._scheme_cache) >= CACHED_WORDS:
                self._scheme_cache.clear()
            cached = self._scheme_cache[(scheme, word)] = [scheme + x for x in self.word_features(word)]
        return cached

    def _place_roles(self, info: list[_Word], spans: list[list[str]]) -> None:
        """A known place's kind joined with the word before it and the class after it: IDNER tags a country O where
        it acts or modifies ("Suriah menolak", "turis Tiongkok"; 175 of 308 in its train split), NERP and NERGrit
        tag nearly all, so these go with the span features and their per-scheme copies."""
        n = len(info)
        for i, word in enumerate(info):
            if not word.place:
                continue
            spans[i].append("pk-=" + word.place + "|" + (info[i - 1].lower if i > 0 else "^"))
            spans[i].append("pk+=" + word.place + "|" + (info[i + 1].cls[1] if i < n - 1 else "^"))

    def phrases(self, words: list[str]) -> list[list[str]]:
        """Multi-token gazetteer hits as B/I features: places by kind, role phrases, institution names."""
        n = len(words)
        lowered = [w.lower() for w in words]
        spans: list[list[str]] = [[] for _ in range(n)]
        starts = self._phrase_starts()
        i = 0
        while i < n:
            if lowered[i] not in starts:
                i += 1
                continue
            hit = 0
            for length in range(min(LONGEST_PHRASE, n - i), 1, -1):
                key = tuple(lowered[i : i + length])
                kind = ""
                place = self.gazetteer.places.get(" ".join(key))
                if place is not None:
                    kind = place.kind
                elif key in _ROLE_PHRASES:
                    kind = "role"
                elif key in institutions.HEAD_PHRASES:
                    kind = "inst"
                if kind:
                    spans[i].append("gzB=" + kind)
                    for k in range(i + 1, i + length):
                        spans[k].append("gzI=" + kind)
                    hit = length
                    break
            i += hit or 1
        return spans

    def _phrase_starts(self) -> frozenset[str]:
        """First words of the multi-word places, roles and institutions: most words start none."""
        if self._starts is None:
            firsts = {key.split(" ", 1)[0] for key in self.gazetteer.places if " " in key}
            firsts.update(p[0] for p in _ROLE_PHRASES)
            firsts.update(p[0] for p in institutions.HEAD_PHRASES)
            self._starts = frozenset(firsts)
        return self._starts
