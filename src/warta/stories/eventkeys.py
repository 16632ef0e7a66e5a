"""Keys that carry across languages and keep incidents apart, as the story index scores them.

Lexicon concepts (features' ``x:`` terms) are kept per story beside its centroid and read only when an article
meets a story in another language, together with the language-neutral keys (entities, names, numbers, dates).
The day of the week an article opens with (``w:`` terms) separates two incidents of one kind: another day's
protest, another kidnapping.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

# An article whose opening names a day of the week (features._weekdays) none of a story's members names reports
# another incident of its kind (another day's protest, another kidnapping): its score is scaled by this much, and
# two such stories never fold. xling-dev: 1.0 (folds blocked only) gives 0.741 B-cubed F1, 0.7 0.785, 0.5 0.807
# (cross-report recall 0.58); ECB+ (3 orders) 0.9225 with no day keys, 0.9243 at 0.7, 0.9072 at 0.5 (reports of
# one event name later days).
OTHER_DAY = 0.7
# Unless one of the two reports names the other's day further on ("released ... after being arrested on Sunday":
# follow_up), the other day is another incident, scaled by OTHER_DAY_UNNAMED (follow-ups keep OTHER_DAY). xling-dev
# (5 orders, with the single-article links of cluster._lone_fits): 0.7 gives 0.879 B-cubed F1 (cross-report recall
# 0.823), 0.55 0.906 (0.846), 0.4 0.901 (0.746); 0.55 for every other day, follow-ups too, 0.902 (0.792). ECB+ (10
# orders) 0.9241 against 0.9242 before (0.918 without those links).
OTHER_DAY_UNNAMED = 0.55
# Lexicon concepts (the x: terms of features) kept per story, and their share of the cross-language score against the
# language-neutral keys (see across_languages). xling-dev (5 orders): share 0.3 gives 0.772 B-cubed F1 and 0.80
# translation-pair recall, 0.5 0.785 and 0.83, 0.7 0.775 and 0.82; keys alone (0) 0.771 and 0.74.
CONCEPT = "x:"
# An opening whose figures (features._counts: "nine kidnapped", "Rp6,9 miliar") none of a story's openings states
# reports another incident of its kind (two Turkish engineers, five Chinese workers, nine released): its score is
# scaled by this much. xling-dev (5 orders): 1.0 gives 0.812 B-cubed F1, 0.8 0.825, 0.7 0.834, 0.5 0.840; ECB+ (10
# orders) 0.9247, 0.9236 at 0.8, 0.899 at 0.5 (later reports of one event give other tolls).
COUNT = "c:"
OTHER_COUNT = 0.8
WEEKDAY_KEYS = tuple(f"w:{day}" for day in range(7))  # the terms features._weekdays adds
# The month a long article's opening names first (features._months: "in February 2007", "pada Maret") is the period
# a monthly report covers: one that names another month than every member of a story is another month's report
# (Antam's exploration spending for February, March and April). Its score is scaled by OTHER_MONTH and two such
# stories never fold. Each report also names the month before ("up from Rp6.9 billion in February"), so the factor
# must be strong: xling-dev (5 orders) 1.0 gives 0.869 B-cubed F1, 0.5 0.874, 0.3 0.880, 0.2 and 0.1 0.887
# (cross-report recall 0.769 throughout). A month with a day number ("March 3") dates a day of an event that later
# reports move past and is no key: keyed too, it cost ECB+ (10 orders) 0.924 -> 0.906; without them ECB+ and the
# seeds are unchanged (headlines carry no month keys).
MONTH_KEYS = tuple(f"m:{month}" for month in range(1, 13))
OTHER_MONTH = 0.2
# The competition stage a sports report's first sentence names (features._stages: quarter-final, semi-final, final)
# is the match it reports: one that names another stage than every member of a story reports another match of the
# tournament, its score scaled by OTHER_STAGE, and two such stories never fold. The reports name one another's days
# (the quarter-final report names Thursday's semi-final), so the weekday keys let them join. xling-dev (5 orders):
# no stage keys give 0.906 B-cubed F1 (one Qatar Open story of six reports on three matches), 0.5 0.918, 0.35 and
# 0.2 0.923 (translation-pair and cross-report recall unchanged); ECB+ (10 orders) 0.9241 either way.
STAGE_KEYS = tuple(f"s:{stage}" for stage in range(1, 4))
OTHER_STAGE = 0.35
CONCEPT_TERMS = 150
CONCEPT_SHARE = 0.5
# A long article's fit to a story in another language (across_languages, best_member_fit) is scaled up by this much
# before it meets the fits within one language: with no word in common it runs lower for the same event, so a
# report's own translation lost to a same-language report of another incident of its kind. xling-dev (5 orders):
# 1.0 gives 0.829 B-cubed F1 (translation-pair recall 0.921, cross-report 0.785), 1.3 0.827 (0.933, 0.815), 1.4
# 0.835 (0.939, 0.839), 1.5 0.835 (0.939, 0.854), 1.7 0.823, 2.0 0.808 (precision falls). Headlines keep 1.0: on
# id-headline-stories-dev a few headlines read as English, and 1.4 cut cross-outlet recall 0.62 -> 0.42.
ACROSS_BOOST = 1.4


# An Indonesian headline (one with lexicon concepts, features.HEADLINE_CONCEPT) meets a story's centroid with each
# centroid weight raised to this power, and two such stories fold on their centroids so raised: a summed centroid is
# dominated by the words every headline of the topic repeats (Israel, Gaza, serangan), so without it any headline of
# the topic fits the biggest story. id-headline-stories-dev (join_short_concepts 0.2): 1.0 and 1.0 give 0.745
# B-cubed F1 (precision 0.62, one story of 90 headlines on 41 events), 0.5 alone 0.765, 0.5 and 0.7 0.772 (precision
# 0.69, cross-outlet recall 0.65), 0.5 and 0.5 0.775 (cross-outlet 0.52). On the UCI sample (English, no concepts)
# 0.5 for every headline lowered F1 0.859 -> 0.837, so English headlines keep plain centroids.
CENTROID_POWER = 0.5
MERGE_POWER = 0.7


def damped_fit(vector: dict[str, float], centroid: dict[str, float]) -> float:
    """The cosine of a headline with a centroid whose weights are raised to CENTROID_POWER."""
    dot = sum(w * centroid.get(t, 0.0) ** CENTROID_POWER for t, w in vector.items())
    norm = math.sqrt(sum(w ** (2 * CENTROID_POWER) for w in centroid.values()))
    return dot / norm if norm else 0.0


def damped_cosine(small: dict[str, float], large: dict[str, float]) -> float:
    """The cosine of two centroids with their weights raised to MERGE_POWER."""
    dot = sum(w ** MERGE_POWER * large.get(t, 0.0) ** MERGE_POWER for t, w in small.items())
    norms = [math.sqrt(sum(w ** (2 * MERGE_POWER) for w in c.values())) for c in (small, large)]
    return dot / (norms[0] * norms[1]) if norms[0] and norms[1] else 0.0


def across_languages(vector: dict[str, float], concepts: dict[str, float], centroid: dict[str, float],
                     story_concepts: dict[str, float]) -> float:
    """How an article fits a story in another language, where no word is shared: the cosine over the
    language-neutral keys (entities, names, numbers, dates) and the lexicon concepts together, each part a unit
    vector weighted by its share."""
    keys = {t: w for t, w in vector.items() if t[1:2] == ":"}
    theirs = {t: w for t, w in centroid.items() if t[1:2] == ":"}
    parts = ((keys, theirs, 1.0 - CONCEPT_SHARE), (concepts, story_concepts, CONCEPT_SHARE))
    total = 0.0
    for mine, other, share in parts:
        a = math.sqrt(sum(w * w for w in mine.values()))
        b = math.sqrt(sum(w * w for w in other.values()))
        total += share * (sum(w * other.get(t, 0.0) for t, w in mine.items()) / (a * b) if a and b else 0.0)
    return total


def days_named(terms: dict[str, float]) -> set[str]:
    """The weekday, month and stage keys among ``terms`` (22 look-ups, not a scan of every term)."""
    return {key for key in WEEKDAY_KEYS + MONTH_KEYS + STAGE_KEYS if key in terms}


def other_day(mine: set[str], centroid: dict[str, float]) -> bool:
    """``mine`` (days, months and stages named) shares no day, no month or no stage with a story that names some."""
    return any(_other_key(mine, centroid, keys) for keys in (WEEKDAY_KEYS, MONTH_KEYS, STAGE_KEYS))


def _other_key(mine: set[str], centroid: dict[str, float], keys: tuple[str, ...]) -> bool:
    named = [key for key in mine if key in keys]
    return bool(named) and not any(key in centroid for key in named) and any(key in centroid for key in keys)


def follow_up(mine: set[str], concepts: dict[str, float], centroid: dict[str, float],
              their_concepts: dict[str, float]) -> bool:
    """One of two reports opening on different days names the other's day further on (features._concepts reads
    days as concepts): a later report of the event ("arrested on Sunday"), not another incident of its kind."""
    theirs = [key for key in WEEKDAY_KEYS if key in centroid]
    return (any(f"{CONCEPT}day{key[2:]}" in their_concepts for key in mine if key in WEEKDAY_KEYS)
            or any(f"{CONCEPT}day{key[2:]}" in concepts for key in theirs))


def another_incident(days: set[str], counts: set[str], terms: dict[str, float],
                     concepts: dict[str, float] | None = None, their_concepts: dict[str, float] | None = None) -> float:
    """The factor for an opening naming another day (OTHER_DAY_UNNAMED; OTHER_DAY where one report names the
    other's day, read from ``concepts`` and ``their_concepts``), another month (OTHER_MONTH), another stage of a
    competition (OTHER_STAGE) or other figures
    (OTHER_COUNT) than ``terms`` (a story's centroid or a member's keys). A further factor for another day and
    other figures at once helped xling-dev (0.6: B-cubed F1 0.824 -> 0.836) but cost ECB+ (10 orders: 0.8 gives
    0.919 against 0.924), whose later reports name later days and tolls."""
    day = 1.0
    if _other_key(days, terms, WEEKDAY_KEYS):
        day = OTHER_DAY if follow_up(days, concepts or {}, terms, their_concepts or {}) else OTHER_DAY_UNNAMED
    month = OTHER_MONTH if _other_key(days, terms, MONTH_KEYS) else 1.0
    stage = OTHER_STAGE if _other_key(days, terms, STAGE_KEYS) else 1.0
    return day * month * stage * (OTHER_COUNT if other_count(counts, terms) else 1.0)


def counts_named(terms: dict[str, float]) -> set[str]:
    return {t for t in terms if t.startswith(COUNT)}


def other_count(mine: set[str], centroid: dict[str, float]) -> bool:
    """``mine`` (figures of an opening) shares none with a story whose openings name some."""
    if not mine or any(key in centroid for key in mine):
        return False
    return any(t.startswith(COUNT) for t in centroid)


def add_capped(total: dict[str, float], vector: dict[str, float]) -> None:
    """Add ``vector`` into ``total`` and keep its CONCEPT_TERMS strongest terms (trimmed once it holds twice as
    many, so a growing story sorts them now and then, not at every article)."""
    for term, weight in vector.items():
        total[term] = total.get(term, 0.0) + weight
    keep_strongest(total, CONCEPT_TERMS)


# Event evidence for a headline joining a headline story: it must share a term the story's members hold often
# (in at least CORE_SHARE of them) and the rest of the stream rarely (the story's share of it at least LIFT times the
# share among articles outside the story): a term the whole topic repeats (Israel, Gaza, serangan) is no evidence,
# however well it fits the centroid. Two headline stories fold only over such a term held by both.
# id-headline-stories-dev: no rule gives 0.780 B-cubed F1 (precision 0.719, cross-outlet recall 0.57); share 0.2 and
# lift 2 0.784 (0.728, 0.57), lift 3 or 4 0.785 (0.722, 0.62); share 0.3 and lift 3 0.786 (0.739, 0.51), lift 4
# 0.790 (0.748, 0.49). The figures swing with the one big hospital story, so the mildest rule that helps is kept.
CORE_SHARE = 0.2
LIFT = 3.0
SUPPORT_TERMS = 300
# Two headline stories fold only when one of them has this many members: in a story of one or two headlines every
# word is "held often", so the rule above tells an event's core from a topic word only once a story has a few. Folds
# of two such scraps built topic lumps (two singletons over "video", "korban", "presiden") that then absorbed an event.
# id-headline-stories-dev (join_short_concepts 0.27, before headline figures): no minimum gives 0.813 B-cubed F1
# (precision 0.770, cross-outlet recall 0.71), 2 0.833 (0.811, 0.71), 3 0.854 (0.853, 0.73), 4 0.854 (0.864, 0.72),
# 5 0.853 (0.864, 0.71); with figures 3 0.854, 4 0.857, 5 0.859.
FOLD_CORE = 4


def event_evidence(vector: dict[str, float], support: dict[str, int], size: int, df: Callable[[str], int],
                   docs: int) -> bool:
    """A headline holds a term of the story's core that the rest of the stream holds rarely (``df``: how many of
    the ``docs`` articles seen hold a term, this headline among them). Stories restored from the store count no
    support and skip the rule."""
    for term in vector:
        held = support.get(term, 0) / size
        if held >= CORE_SHARE and held >= LIFT * _share_outside(df(term) - 1, docs - 1, support.get(term, 0), size):
            return True
    return False


def shared_evidence(ours: dict[str, int], our_size: int, theirs: dict[str, int], their_size: int,
                    df: Callable[[str], int], docs: int) -> bool:
    """Two headline stories fold only over a term both hold often and the rest of the stream rarely, and only when
    one of them is big enough to have a core (FOLD_CORE)."""
    if max(our_size, their_size) < FOLD_CORE:
        return False
    for term, count in ours.items():
        held = min(count / our_size, theirs.get(term, 0) / their_size)
        if held >= CORE_SHARE and held >= LIFT * _share_outside(
                df(term), docs, count + theirs.get(term, 0), our_size + their_size):
            return True
    return False


def _share_outside(df: int, docs: int, held: int, size: int) -> float:
    """The share of the articles outside a story that hold a term (none when the story is all there is)."""
    return max(df - held, 0) / (docs - size) if docs > size else 0.0


def merge_support(total: dict[str, int], other: dict[str, int]) -> None:
    if not total or not other:
        total.clear()  # a story whose members are not all counted keeps no evidence rule
        return
    for term, count in other.items():
        total[term] = total.get(term, 0) + count
    trim_support(total)


def add_support(total: dict[str, int], vector: dict[str, float]) -> None:
    for term in vector:
        total[term] = total.get(term, 0) + 1
    trim_support(total)


def trim_support(total: dict[str, int]) -> None:
    """Keep the SUPPORT_TERMS most held terms once twice as many are counted: a big story's rare terms are below
    CORE_SHARE anyway, and memory stays bounded."""
    keep_strongest(total, SUPPORT_TERMS)


def keep_strongest(total: dict[str, float] | dict[str, int], kept: int) -> None:
    """Cut ``total`` to its ``kept`` largest values once it holds twice as many (sorting now and then, not at every
    article)."""
    if len(total) > 2 * kept:
        strongest = sorted(total.items(), key=lambda kv: -kv[1])[:kept]
        total.clear()
        total.update(strongest)  # type: ignore[arg-type]


# A story keeps the language-neutral keys and lexicon concepts of its first PRINTS_KEPT members, each cut to its
# PRINT_TERMS strongest, and an article in another language is also scored against each of them: a translation
# fits its original far better than it fits a story centroid that mixes both languages. xling-dev, one article
# against one other-language article (across_languages with the day and figure penalties): translations score
# 0.15-0.71 (median 0.45), different reports of one event 0.06-0.39, different events at most 0.16.
PRINTS_KEPT = 8
PRINT_TERMS = 60


@dataclass(slots=True)
class MemberPrint:
    language: str
    keys: dict[str, float]
    concepts: dict[str, float]


def keep_print(prints: list[MemberPrint], vector: dict[str, float], concepts: dict[str, float],
               language: str) -> None:
    if len(prints) >= PRINTS_KEPT or not language:
        return
    keys = sorted(((t, w) for t, w in vector.items() if t[1:2] == ":"), key=lambda kv: -kv[1])[:PRINT_TERMS]
    strongest = sorted(concepts.items(), key=lambda kv: -kv[1])[:PRINT_TERMS]
    prints.append(MemberPrint(language, dict(keys), dict(strongest)))


def best_member_fit(vector: dict[str, float], concepts: dict[str, float], language: str,
                    prints: list[MemberPrint]) -> float:
    """The best cross-language fit of an article to one of a story's kept members in another language."""
    best = 0.0
    days, counts = days_named(vector), counts_named(vector)
    for member in prints:
        if member.language == language:
            continue
        score = across_languages(vector, concepts, member.keys, member.concepts)
        best = max(best, score * another_incident(days, counts, member.keys, concepts, member.concepts))
    return best
