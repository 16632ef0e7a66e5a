"""The dependency parse behind English attribution, on sentences written for these tests."""

from __future__ import annotations

from warta.evaluate import quotesets
from warta.facts import attribution_parse as parse
from warta.facts.quotes import extract


def test_the_parse_ends_a_content_where_its_clause_ends():
    sentence = "After the vote, the minister said that prices would fall, but the markets fell anyway."
    doc = parse.parse(sentence)
    end = parse.content_end(doc, sentence.index("said"), sentence.index("that"))
    assert sentence[sentence.index("that") : end] == "that prices would fall"
    assert parse.relation(doc, sentence.index("said"), sentence.index("that")) == "ccomp"


def test_a_word_before_its_cue_is_not_under_it():
    sentence = "Prices will fall, the minister said."
    doc = parse.parse(sentence)
    assert parse.content_end(doc, sentence.index("said"), 0) is None


def test_a_clause_under_a_verb_no_cue_list_holds_is_a_candidate():
    sentence = "Most farmers in the valley fear that the new dam will ruin the river."
    found = list(parse.dependents(parse.parse(sentence)))
    [(_, _, start, end, source)] = [f for f in found if sentence[f[1] :].startswith("fear")]
    assert sentence[start:end] == "that the new dam will ruin the river"
    assert sentence[source[0] : source[1]] == "Most farmers in the valley"


def test_the_judge_keeps_a_feared_outcome_with_its_holder():
    [quote] = extract(quotesets._english_article("Many Republicans fear that Trump cannot win the general election "
                                                 "in November."), "en")
    assert quote.text == "that Trump cannot win the general election in November"
    assert quote.cue == "fear" and quote.speaker == "Many Republicans"


def test_only_sentences_with_a_cue_outside_direct_quotes_or_a_clause_head_are_parsed():
    from warta.facts.attribution import parsed_sentences

    sentences = ["The river rose two metres overnight.", "The minister said the dam would hold.",
                 "Residents fear that the bridge will go.", "The minister said.",
                 'The banner on the gate read "we said no" in red letters.']
    body = " ".join(sentences)
    spans = [(body.index(s), body.index(s) + len(s)) for s in sentences]
    quoted = body.index('"we said no"')
    covered = [(quoted, quoted + len('"we said no"'))]
    # no cue word; "said" only inside a direct quote
    assert parsed_sentences(body, spans, covered) == sentences[1:4]


def test_the_cue_words_part_of_speech_is_the_whole_pipelines(shared):
    """The attribute ruler run on a word and the one before it gives what it gives on the whole sentence."""
    texts = sorted((shared / "data" / "polnear-attribution" / "dev" / "text").iterdir())[:3]
    sentences = [s for p in texts for s in p.read_text(encoding="utf-8").split("\n") if s.strip()]
    nlp = parse.parser()
    for doc in nlp.pipe(sentences, disable=["attribute_ruler"]):
        alone = [parse._pos(doc, i) for i in range(len(doc))]
        nlp.get_pipe("attribute_ruler")(doc)
        assert alone == [t.pos_ for t in doc], doc.text


def test_the_pipeline_loaded_with_a_bare_tokenizer_splits_and_parses_as_spacys_own_load(shared):
    """The tokenizer built bare at load is wholly replaced by the pipeline's saved one: the same words, tags and
    dependencies as spaCy's own load of the pipeline."""
    import spacy

    texts = sorted((shared / "data" / "polnear-attribution" / "dev" / "text").iterdir())[:3]
    sentences = [s for p in texts for s in p.read_text(encoding="utf-8").split("\n") if s.strip()]
    own = spacy.load(parse.PIPELINE, exclude=["ner", "lemmatizer", "senter"])

    def read(nlp):
        return [[(t.text, t.idx, t.tag_, t.dep_, t.head.i, t.pos_) for t in doc] for doc in nlp.pipe(sentences)]

    assert read(parse.parser()) == read(own)
