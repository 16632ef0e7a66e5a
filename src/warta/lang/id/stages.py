"""Indonesian names of a knockout competition's late stages, as a sports report's first sentence names the match it
reports ("melaju ke perempatfinal", "tempat di semifinal", "memenangi gelar").

Stage numbers are shared with the English list (lang/en/stages.py): 1 quarter-final, 2 semi-final, 3 final.
Matching as there: whole words, lower-cased, a space also matching a hyphen or nothing. A bare "final" is left out
("keputusan final" is a final decision).
"""

STAGES = {
    "perempat final": 1, "delapan besar": 1,
    "semi final": 2, "empat besar": 2,
    "babak final": 3, "partai final": 3, "laga final": 3, "ke final": 3, "di final": 3, "gelar": 3,
}
