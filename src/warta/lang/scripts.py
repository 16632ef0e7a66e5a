"""Writing systems and the language a page written in one is taken to be in.

warta reads Indonesian and English; its n-gram model knows only those and Malay, so a Korean or Russian page was
called Indonesian and went through the Indonesian tagger and rules (8 of the 181 scrapinghub pages). A page mostly
in another script is in a language warta does not read; the code given here names it for the reader.
"""

from __future__ import annotations

# (first, last code point, script name, its usual language). Letters outside every range count as Latin or other.
RANGES: tuple[tuple[int, int, str, str], ...] = (
    (0x0370, 0x03FF, "Greek", "el"),
    (0x0400, 0x052F, "Cyrillic", "ru"),
    (0x0530, 0x058F, "Armenian", "hy"),
    (0x0590, 0x05FF, "Hebrew", "he"),
    (0x0600, 0x06FF, "Arabic", "ar"),
    (0x0750, 0x077F, "Arabic", "ar"),
    (0x0900, 0x097F, "Devanagari", "hi"),
    (0x0980, 0x09FF, "Bengali", "bn"),
    (0x0B80, 0x0BFF, "Tamil", "ta"),
    (0x0E00, 0x0E7F, "Thai", "th"),
    (0x0E80, 0x0EFF, "Lao", "lo"),
    (0x1000, 0x109F, "Myanmar", "my"),
    (0x10A0, 0x10FF, "Georgian", "ka"),
    (0x1100, 0x11FF, "Hangul", "ko"),
    (0x1780, 0x17FF, "Khmer", "km"),
    (0x3040, 0x309F, "Kana", "ja"),
    (0x30A0, 0x30FF, "Kana", "ja"),
    (0x3130, 0x318F, "Hangul", "ko"),
    (0x3400, 0x4DBF, "Han", "zh"),
    (0x4E00, 0x9FFF, "Han", "zh"),
    (0xAC00, 0xD7AF, "Hangul", "ko"),
)

# Letters that only some languages of a shared script write: the language whose letters a page holds most is its
# language; a page holding none of them takes the script's usual language.
LANGUAGE_LETTERS: dict[str, tuple[tuple[str, str], ...]] = {
    "Cyrillic": (("uk", "їєґі"), ("sr", "ђјљњћџ"), ("ru", "ыэъё")),
    "Arabic": (("ur", "ٹڈڑںے"), ("fa", "پچژگ")),
}

# Japanese writes Han characters between its kana: a page with kana is Japanese, however many Han characters.
KANA_WINS_OVER = "Han"
