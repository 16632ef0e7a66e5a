"""English names of a knockout competition's late stages, as a sports report's first sentence names the match it
reports ("reached the quarter-finals", "claim a place in the semi-finals", "won the title").

Stage numbers are shared with the Indonesian list (lang/id/stages.py): 1 quarter-final, 2 semi-final, 3 final.
Words are matched whole and lower-cased; a space in a phrase also matches a hyphen or nothing ("semi-final",
"semifinal"), and a trailing "s" is allowed. A bare "final" is left out: as an adjective ("final results",
"the final day of talks") it opens many reports that are not about sport.
"""

STAGES = {
    "quarter final": 1, "last eight": 1,
    "semi final": 2, "last four": 2,
    "in the final": 3, "into the final": 3, "reach the final": 3, "reached the final": 3, "won the final": 3,
    "title": 3,
}
