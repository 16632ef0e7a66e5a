"""English reported speech on sentences written for these tests, and the shipped judge on a PolNeAR dev slice."""

from __future__ import annotations

import shutil

import pytest

from warta.evaluate import quotesets
from warta.facts import attribution_judge
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
    judge = attribution_judge.shipped_judge()
    assert judge.weights and judge.cues > attribution_judge.Judge().cues
    assert attribution_judge.Judge().keep(["cue=said"], None)  # without weights, every rule finding is kept


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


def rule_quotes(text: str):
    """What the rules read, every finding kept (no learned judge)."""
    return extract(quotesets._english_article(text), "en", attribution_judge.Judge())


def test_object_of_a_stance_verb_may_be_one_word():
    texts = [q.text for q in rule_quotes("Both of the state's senators firmly supported him.")]
    assert "him" in texts


def test_that_after_a_second_predicate_is_not_the_first_cues_content():
    quotes = rule_quotes("The governor denounced the new levy and rejected claims that it would help farmers.")
    by_cue = {q.cue: q.text for q in quotes}
    assert by_cue["denounced"] == "the new levy"
    assert by_cue["rejected"].startswith("that it would help")


def test_source_between_a_quote_and_its_cue():
    [quote] = quotes_of("“The bridge will open in May, not a day later,” Ana Ruiz said.")
    assert quote.kind == "direct" and "Ruiz" in quote.speaker


def test_quote_interrupted_by_its_source_keeps_that_source():
    [quote] = quotes_of("“The bridge will open in May,” Ana Ruiz said. “Nobody in this office doubts it.”")
    assert quote.kind == "direct" and quote.text.endswith("doubts it.”")
    assert "Ruiz" in quote.speaker


def test_second_quote_inside_a_reported_clause_is_not_joined():
    text = ("“The bridge will open in May,” Ana Ruiz said on Monday, adding that “nobody in this office doubts "
            "it at all.”")
    quotes = rule_quotes(text)
    assert [q.kind for q in quotes] == ["direct", "indirect"]
    assert quotes[1].text.startswith("that “nobody")


def test_clause_initial_asked_takes_the_question_and_the_main_subject():
    quotes = rule_quotes("Asked whether the harbour would reopen, the mayor said she did not know yet.")
    asked = next(q for q in quotes if q.cue == "Asked")
    assert asked.text == "whether the harbour would reopen"
    assert "mayor" in asked.speaker


def test_one_content_of_two_cues_is_kept_once():
    quotes = rule_quotes("She repeated her belief that the tariffs would hurt local farmers badly.")
    assert len({(q.start, q.end) for q in quotes}) == len(quotes)
    assert any(q.text.startswith("that the tariffs") for q in quotes)


def test_content_ends_before_another_source_and_cue():
    quotes = rule_quotes("The ferry will run all winter, Pat Okafor said, adding that the fares would not change.")
    assert [q.text for q in quotes] == ["The ferry will run all winter", "that the fares would not change"]


def test_that_inside_the_reported_clause_does_not_open_it():
    quotes = rule_quotes("Asked about the levy, the mayor said she would not rush to that decision.")
    said = next(q for q in quotes if q.cue == "said")
    assert said.text == "she would not rush to that decision"


FIRST_CONTENTS = [
    pytest.param("The company said in a statement on Thursday it would close two plants in Ohio.",
                 "it would close two plants in Ohio", id="setting between the cue and its content"),
    pytest.param("Turnout rose by a third in the county, according to the election office, which counted every "
                 "ballot twice.", "Turnout rose by a third in the county", id="mid-sentence according to reads back"),
    pytest.param("A reporter asked the governor how she’s planning to pay for the bridge.",
                 "how she’s planning to pay for the bridge", id="question after the listener"),
    pytest.param("The senator told a packed school gym in the north of the county that he’s staying in the race.",
                 "that he’s staying in the race", id="long listener before that"),
    pytest.param("The mood has shifted: According to recent counts, most farmers now back the canal plan.",
                 "most farmers now back the canal plan", id="according to after a colon"),
    pytest.param("The canal will cost twice the first estimate, according to a long memo from the regional water "
                 "board obtained by a local paper.", "The canal will cost twice the first estimate",
                 id="according to with a long source"),
]


@pytest.mark.parametrize(("sentence", "content"), FIRST_CONTENTS)
def test_the_first_content_the_rules_read(sentence, content):
    assert rule_quotes(sentence)[0].text == content


def test_poll_opening_the_sentence_is_the_source():
    [quote] = rule_quotes("In a county survey released Friday, 60 percent of residents backed the new ferry line.")
    assert quote.text == "60 percent of residents backed the new ferry line"
    assert "survey" in quote.speaker or "county" in quote.speaker.lower()


def test_aside_between_the_cue_and_that():
    quotes = rule_quotes("The treasurer said, however, that the fund would last until spring.")
    assert quotes[0].text == "that the fund would last until spring"
