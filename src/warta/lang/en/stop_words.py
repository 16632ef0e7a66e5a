"""English function words: they say nothing about which event a sentence reports (written for this project)."""

STOP_WORDS = frozenset(
    [
        "about", "above", "after", "again", "against", "also", "although", "among", "another", "because", "been",
        "before", "being", "below", "between", "both", "but", "could", "does", "doing", "down", "during", "each",
        "even", "every", "from", "further", "had", "has", "have", "having", "here", "however", "into", "just", "last",
        "more", "most", "much", "must", "only", "other", "over", "same", "should", "since", "some", "such", "than",
        "that", "their", "them", "then", "there", "these", "they", "this", "those", "through", "under", "until", "upon",
        "very", "was", "were", "what", "when", "where", "whether", "which", "while", "will", "with", "within", "would",
        "year", "years", "your"
    ]
)

# The commonest English function words, none of them an Indonesian word: a text where they are a good share of the
# words and far outnumber the Indonesian ones is English without asking the statistical identifier (meta.language).
MARKERS = frozenset(
    [
        "the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "as", "by", "it", "are", "this",
        "from", "be", "has", "have", "at", "said", "were", "will", "an", "not", "he", "she", "his", "her", "they",
        "their", "which", "would", "but", "been", "who"
    ]
)
