"""English attributions without a reporting verb: a poll or a survey as the source of what opens the sentence after
it ("In a Gallup poll released Monday, 50 percent of voters chose ..."), as PolNeAR marks them."""

from __future__ import annotations

import re

from warta.lang.en import reporting as en_reporting

# "In" only: "According to a poll, ..." is read by the according rule. Sources run up to 60 characters before and
# after the document noun ("a New York Times/CBS News survey released last Thursday"); on the first two thirds of
# PolNeAR train the content after the comma matched a gold content in 2 of 3 such sentences.
_POLL = re.compile(rf"^\W*In\s+(?P<source>(?:a|an|the|this|its|their)\s+(?:[^,]{{0,60}}?\s)?"
                   rf"(?:{'|'.join(en_reporting.SURVEY_NOUNS)})\b[^,]{{0,60}}),\s+(?P<content>\S.+?)[\s.]*$", re.S)


def poll(sentence: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(source span, content span) of a sentence opened by the poll that says it, offsets into the sentence."""
    match = _POLL.match(sentence)
    if not match or len(match.group("content").split()) < 4:
        return None
    return match.span("source"), match.span("content")
