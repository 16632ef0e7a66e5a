"""Where an English reported content starts and ends: the clause boundaries, settings and particles that the rules
of facts/attribution.py read around a cue, as patterns."""

from __future__ import annotations

import re

from warta.lang.en import reporting as en_reporting

NAME_COLON = re.compile(r"^\s*(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}):\s+(?P<content>\S.{10,})$", re.S)
DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Where and when a source spoke, between the cue and a content without "that": "said in a statement Thursday night",
# "told reporters on Sunday".
SETTING = re.compile(rf"(?:(?:in an? (?:[\w-]+ ){{0,2}}(?:statement|interview|speech|letter|e-?mail|tweet|op-ed|post|"
                     rf"memo|call|appearance|address)|on (?:Twitter|Facebook|Instagram|television|TV|radio)|"
                     rf"(?:on|last|this|late|early) {DAYS}|{DAYS}|last (?:week|month|year|night)|"
                     rf"(?:at|during) an? (?:[\w-]+ ){{0,2}}(?:rally|event|conference|hearing|debate|briefing))"
                     rf"(?:,? (?:on )?{DAYS}(?: night| morning| afternoon| evening)?)?\s+)+")
ADVERBIAL_STARTS = frozenset(
    ["in", "at", "on", "during", "after", "before", "last", "this", "earlier", "later", "by", "from", "with",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"]
)
# Where the object of a non-speech cue ends: "criticized X as Y, during a stop ...", "endorsed X but ...".
# " and" + a verb in -ed/-ing: a second predicate of the source ("denounced X and rejected Y"), which PolNeAR train
# ends the object at in 44% of the indirect contents followed by one (vs 11% for any " and").
CLAUSE_END = re.compile(r",(?!\d)|;|\s(?:but|during|while|although|because|as well|when|after)\s"
                        r"|\s(?:and|or)\s+(?:\w+ly\s+)?\w{3,}(?:ed|ing)\b")
TRAILING_ADVERBIAL = re.compile(r"\s(?:in an? (?:statement|interview|speech|tweet|letter|op-ed)|on (?:Monday|Tuesday|"
                                r"Wednesday|Thursday|Friday|Saturday|Sunday)|last (?:week|month|year))\b")
# "of", "against", "over": the preposition after a noun cue ("criticism of X", "attacks against X") is the cue's
PARTICLES = frozenset(["for", "on", "out", "about", "off", "up", "of", "against", "over"])
# Between a cue and its "that" stand a listener, a time or a place ("told reporters on Friday that"); a conjunction
# or a punctuation mark there means the "that" opens another clause ("denounced X and rejected rumors that ...",
# where PolNeAR train marks X as the content of "denounced").
NOT_BEFORE_THAT = frozenset([",", ";", ".", ":", "and", "or", "but", '"', "“", "”", "(", "—", "-", "–"])
# A subject or a verb between a cue and "that" means the reported clause has begun and "that" is inside it ("said she
# was not going to jump to that conclusion")
OPENS_CLAUSE = frozenset(["he", "she", "they", "we", "i", "there", "is", "are", "was", "were", "will", "would", "has",
                          "have", "had", "can", "could", "should", "may", "might", "must", "not"])
# Where a reported clause ends: in PolNeAR train an indirect content followed by ", which", ", while", ", but",
# ", although" or ";" ends there in 55-70% of cases, one followed by ", <verb>ing" in 68%.
NEXT_CLAUSE = re.compile(r",\s+(?:but|although|though|whereas|which|while)\s|\s--\s|;\s|\s—\s"
                         r"|,\s+(?!including\b|according\b)\w{2,}ing\s")
# ", Mr. Manafort said" inside what follows a cue: that is a content of its own, closed by its source (in PolNeAR
# train a content followed by ", <source> said" ends there in 95% of cases)
NEXT_SOURCE = re.compile(r",\s+(?:(?:[A-Z][\w.'’-]*|he|she|they)\s+){1,4}(?:said|says|added|argued|noted|wrote)\b")
# A sentence opening with a subordinate clause ("While he says that X, he ..."): the content of a cue in it ends at
# the comma before the main clause
SUBORDINATE = re.compile(r"^\W*(?:(?:But|And|Yet)\s+)?(?:While|Although|Though|Even though|After|When|As|Because|"
                         r"Since|If|Before|Despite|Whereas|Until|Unless)\b")
MAIN_CLAUSE = re.compile(r",\s+(?=(?:he|she|they|it|we|I|the|this|[A-Z][\w’'-]+)\s+\w)")
# "... was a con and encouraged voters to ...": a second cue of the same source, coordinated, ends the first content
PAST_CUES = "|".join(sorted(w for w in en_reporting.ATTRIBUTION_CUES if w.endswith("ed") or w in ("said", "told",
                                                                                                   "wrote", "says")))
NEXT_CUE = re.compile(rf",\s+(?:saying|adding|according to|arguing|noting|citing)\b|,?\s+and\s+(?:also\s+)?"
                      rf"(?:{PAST_CUES})\b")


TOKEN = re.compile(r"\w[\w’'.-]*\w|\w|[^\w\s]")  # the words the rules of facts/attribution.py read
QUOTE_MARKS = frozenset('"“”\'‘’')


def interrupting(gap: str) -> bool:
    """Whether the text between two quotes is their source and cue (" Jane Doe, an aide, said in a statement. "), so
    that the two are one quote: PolNeAR joins "A," X said. "B." into one content."""
    words = TOKEN.findall(gap)
    if gap.strip(" ") == "":  # "“A.” “B.”": two quotes side by side, one speaker
        return True
    # 30 words: the longest source-and-cue gaps between two fragments of one content in PolNeAR train (a name, a
    # role, a "who ..." clause) run to about that; "\n" and quote marks: a new paragraph or another quote
    if not words or len(words) > 30 or "\n" in gap or any(w in QUOTE_MARKS for w in words):
        return False
    if gap.rstrip()[-1:] not in ".,:" or re.search(r"[.!?]\s+(?:[A-Z][a-z]+\s+){0,2}[a-z]+\s+[a-z]", gap.rstrip()[:-1]):
        return False  # a sentence of its own between the quotes, not a source and a cue
    return any(w.lower() in en_reporting.QUOTE_CUES or w.lower() in _INTERRUPTING_CUES for w in words[:12])


# Cues that close a quote in PolNeAR train besides the common ones ("Rubio continued.", "he recalled.").
_INTERRUPTING_CUES = frozenset(["continued", "recalled", "responded", "replied", "remembered", "mocks", "mocked",
                                "stated", "writes", "joked", "quipped", "observed", "recalls", "continues"])
