"""English reporting cues, pronouns, titles and roles, and citation cues, as data."""

QUOTE_CUES = frozenset("""
said says say told tells added adds explained explains noted notes wrote writes asked asks stated states
continued argued argues insisted insists claimed claims warned warns replied recalled declared announced
acknowledged admitted suggested suggests remarked tweeted posted according
""".split())
SPEECH_VERBS = frozenset("""
said says told tells added adds explained explains noted notes wrote writes stated states argued argues insisted
insists claimed claims warned warns declared announced acknowledged admitted suggested suggests reported reports
believes believed thinks thought predicted predicts estimated estimates testified alleged alleges confirmed
confirms denied denies contended contends maintained maintains conceded concedes indicated indicates asserted
asserts stressed stresses emphasized emphasizes revealed reveals promised promises vowed vows pledged pledges
agreed agrees disputed disputes acknowledges admits countered counters predicted cautioned urged
""".split())
NEEDS_BAHWA = frozenset()
STATEMENT_NOUNS = ("the statement said", "the statement read", "the report said", "a statement said")
SPEAKER_FILLERS = frozenset("also later then again further previously has have had".split())
PERSON_PRONOUNS = frozenset("he she they i we".split())
THIRD_PERSON = frozenset("he she".split())
DOCUMENT_NOUNS = frozenset("report statement release letter document announcement".split())
DEMONSTRATIVES = frozenset("the this that".split())
INTRODUCERS = ("according to",)
TITLES = frozenset("""
president vice minister secretary spokesman spokeswoman spokesperson senator sen rep gov governor mayor chief
director chairman chairwoman chair ceo dr prof mr mrs ms general gen col lt sgt officer judge justice ambassador
prime representative leader attorney sheriff commissioner candidate nominee adviser advisor aide manager
""".split())
ORG_HEADS = frozenset("""
the ministry office department agency police government party commission council court bank university
committee campaign white house pentagon congress senate administration company army military
""".split())
LEADING_ADVERBIALS = ("on", "in", "earlier", "later", "meanwhile", "but", "however", "and", "yet", "still", "then")
CITATION_CUES = ("according to", "reported by", "as reported by", "told")
REPUBLICATION_CUES = ("this article originally appeared on", "this article was originally published on",
                      "originally published on", "this story first appeared on")
REPUBLICATION_TITLE = ("under the title", "titled", "as")
# Outlets and agencies that "according to X" and "told X" name as a source of news rather than a person.
NEWS_AGENCIES = frozenset("""
reuters afp ap bloomberg cnn bbc xinhua tass interfax yonhap kyodo antara bernama ria sputnik aljazeera
""".split())
OUTLET_WORDS = frozenset("news post times press tv journal herald tribune daily agency radio telegraph guardian "
                         "gazette wire network channel magazine online media".split())
