"""English abbreviations that end in a period without ending a sentence: titles and ranks before a name, and
month abbreviations before a day ("Sen. Marco Rubio", "Lt. Gen. Smith", "Sept. 12")."""

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "messrs",
        "dr",
        "prof",
        "rev",
        "hon",
        "pres",
        "gov",
        "sen",
        "rep",
        "atty",
        "supt",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cmdr",
        "adm",
        "sgt",
        "cpl",
        "pvt",
        "brig",
        "gens",
        "sens",
        "reps",
        "lt.gen",
        "maj.gen",
        "jan",
        "feb",
        "aug",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vs",
        "approx",
        "est",
        "fig",
    ]
)

# Abbreviations only before a number ("No. 2", "Fig. 3"); before a capital "No." is the word ("No. We will not.").
BEFORE_NUMBERS = frozenset(["no", "nos", "fig", "figs", "vol"])

# Capitalised function words that begin sentences and never a name: after one of them a title or an initialism was
# the last word of a sentence ("... moved to the U.S. The company ...").
SENTENCE_OPENERS = frozenset(
    [
        "The", "He", "She", "It", "They", "We", "But", "And", "In", "This", "That", "There", "These", "Those", "His",
        "Her", "Their", "Its", "Our", "If", "When", "While", "After", "Before", "As", "At", "On", "For", "Also",
        "However", "Yet", "So", "What", "Why", "How", "Who", "Some", "Many", "Most", "Now", "Still", "Meanwhile",
        "According", "Then", "Even", "Since", "Although", "Though", "Because", "Instead", "Last", "Earlier",
    ]
)
