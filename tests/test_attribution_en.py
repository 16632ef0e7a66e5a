"""English reported speech on sentences written for these tests, and the shipped judge on a PolNeAR dev slice."""

from __future__ import annotations

import shutil

from warta.evaluate import quotesets
from warta.facts import attribution
from warta.facts.quotes import extract


def quotes_of(text: str):
    return extract(quotesets._english_article(text), "en")


def test_that_clause_after_the_cue():
    [quote] = quotes_of("Senator Jane Roe said on Tuesday that the budget would pass before the winter recess.")
    assert quote.kind == "indirect"
    assert quote.text.startswith("that the budget would pass")
    assert "Roe" in quote.speaker


def test_content_before_a_closing_source_with_an_appositive():
    text = "The new ferry line will halve the crossing time, said Pat Okafor, a planner at the harbour authority."
    [quote] = quotes_of(text)
    assert quote.text == "The new ferry line will halve the crossing time"
    assert "Okafor" in quote.speaker


def test_sentence_initial_according_to():
    [quote] = quotes_of("According to the county survey, most of the wells in the valley ran dry last summer.")
    assert quote.text == "most of the wells in the valley ran dry last summer"


def test_party_tag_between_source_and_cue():
    [quote] = quotes_of("Maria Delgado (R-Ariz.) said the state would appeal the ruling within a month.")
    assert quote.text.startswith("the state would appeal")
    assert "Delgado" in quote.speaker


def test_partial_quote_is_part_of_the_reported_content():
    quotes = quotes_of('Lee said the merger was "a betrayal of every worker in this town" and would be fought hard.')
    assert [q.kind for q in quotes] == ["indirect"]
    assert "betrayal" in quotes[0].text and quotes[0].text.startswith("the merger")


def test_quote_interrupted_by_a_long_source_is_one_quote():
    text = ('“We will not give up on the plant,” Dana Fox, the union’s regional spokeswoman, said in a statement. '
            '“The vote is only the start of it.”')
    [quote] = quotes_of(text)
    assert quote.kind == "direct"
    assert quote.text.endswith("start of it.”")


def test_plain_narration_has_no_attribution():
    assert quotes_of("The storm closed three schools and flooded the main road near the river on Monday.") == []


def test_shipped_judge_adds_learned_cues_and_weights():
    judge = attribution.shipped_judge()
    assert judge.weights and judge.cues > attribution.Judge().cues
    assert attribution.Judge().keep(["cue=said"], None)  # without weights, every rule finding is kept


def test_polnear_dev_slice_with_the_judge(shared, tmp_path):
    source = shared / "data" / "polnear-attribution" / "dev"
    for folder in ("text", "attributions"):
        (tmp_path / folder).mkdir()
    for ann in sorted((source / "attributions").glob("*.ann"))[30:60]:
        shutil.copy(ann, tmp_path / "attributions" / ann.name)
        stem = ann.stem.rsplit("_", 1)[0]
        shutil.copy(source / "text" / f"{stem}.txt", tmp_path / "text" / f"{stem}.txt")
    result = quotesets.polnear(tmp_path)
    assert result["n"] > 300
    assert result["f1"] >= 0.6 and result["precision"] >= 0.68
