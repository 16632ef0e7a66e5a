"""The language layer: sentences, tokens, part-of-speech, named entities and their normalisation."""
