"""English titles and roles that stand before a name ("Interior Minister Marat Akhmetzhanov"). Lower-cased."""

ROLE_HEADS = frozenset(
    [
        "president",
        "vice",
        "minister",
        "prime",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "governor",
        "mayor",
        "senator",
        "sen",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "judge",
        "justice",
        "prosecutor",
        "attorney",
        "general",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "admiral",
        "commander",
        "chief",
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "cfo",
        "founder",
        "professor",
        "prof",
        "dr",
        "doctor",
        "mr",
        "mrs",
        "ms",
        "sir",
        "dame",
        "lord",
        "lady",
        "coach",
        "manager",
        "analyst",
        "economist",
        "officer",
        "deputy",
        "police",
        "inspector",
        "sheriff",
        "detective",
        "reverend",
        "rev",
        "bishop",
        "cardinal",
        "imam",
        "rabbi",
        "father",
        "sister",
    ]
)
ROLE_CONNECTORS = frozenset(
    ["of", "for", "and", "the", "foreign", "interior", "home", "affairs", "defence", "defense", "state"]
)
# Words that qualify a role before it ("Former Secretary of State ...", "Acting Mayor ...").
ROLE_MODIFIERS = frozenset(["former", "acting", "retired", "then", "late", "incoming", "outgoing", "interim",
                            "assistant", "senior"])
ROLE_PHRASES = ("prime minister", "foreign minister", "interior minister", "secretary of state", "attorney general")
# Nouns that head an unnamed source's phrase ("officials", "the researchers", "an officer", "analysts"): a speaker
# that is no name must end in one of these (or a role head) to be a role phrase. Singular forms; "-s" is stripped.
SOURCE_NOUNS = frozenset(
    [
        "official", "expert", "analyst", "researcher", "scientist", "police", "authority", "authorities", "resident",
        "witness", "source", "investor", "executive", "critic", "lawmaker", "people", "person", "doctor", "officer",
        "survivor", "passenger", "crew", "rescuer", "agency", "company", "group", "firm", "user", "fan", "voter",
        "lawyer", "attorney", "prosecutor", "aide", "adviser", "advisor", "economist", "trader", "activist", "worker",
        "employee", "student", "teacher", "parent", "official", "organizer", "organiser", "manager", "founder",
        "owner", "leader", "member", "staff", "team", "government", "ministry", "office", "department", "court",
        "council", "committee", "commission", "campaign", "administration", "army", "military", "navy", "coast",
        "guard", "spokesman", "spokeswoman", "spokesperson", "representative", "observer", "study", "report",
        "survey", "poll", "statement", "website", "family", "relative", "neighbour", "neighbor", "villager", "victim",
        "protester", "demonstrator", "farmer", "fisherman", "fishermen", "driver", "pilot", "captain", "operator",
        "nominee", "candidate", "pollster", "businessman", "businesswoman", "network", "newspaper", "paper", "ad",
        "article", "piece", "spot", "clip", "video", "post", "tweet", "narrator", "questioner", "commissioner",
        "broadcaster", "magazine", "outlet", "channel", "station", "publication", "journal", "editorial", "letter",
        "filing", "complaint", "lawsuit", "ruling", "document", "memo", "book", "speech", "announcement", "release",
        "everyone", "anyone", "someone", "chairman", "chairwoman", "chief", "director", "president", "host",
    ]
)
# Words that never name a source on their own or open a name: pronouns, articles, conjunctions, prepositions and
# auxiliaries ("and", "Among", "did not", "It", "They" were speakers on the scrapinghub pages).
SPEAKER_FUNCTION_WORDS = frozenset(
    [
        "a", "an", "the", "and", "or", "but", "so", "yet", "nor", "if", "then", "than", "that", "which", "who",
        "whom", "whose", "what", "when", "where", "while", "as", "at", "by", "for", "from", "in", "into", "of", "on",
        "onto", "to", "with", "within", "without", "among", "amid", "about", "after", "before", "since", "until",
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they",
        "them", "their", "this", "these", "those", "there", "here", "is", "are", "was", "were", "be", "been",
        "being", "do", "does", "did", "done", "have", "has", "had", "not", "no", "also", "however", "meanwhile",
        "some", "many", "most", "more", "other", "others", "all", "both", "each", "one", "two", "three", "now",
        "once", "just", "even", "still", "said", "says", "say", "told", "added", "q", "a:",
    ]
)
# Determiners and quantifiers that may open a role phrase ("the mayor", "some analysts").
SPEAKER_DETERMINERS = frozenset(["the", "a", "an", "some", "many", "several", "other", "two", "three", "most", "one"])
