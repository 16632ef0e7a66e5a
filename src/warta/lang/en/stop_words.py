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
