"""Query parameters shared by the API and the pages, with their bounds; a bad value is a 422 with a message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated

from fastapi import HTTPException, Query

from warta.serve.settings import MAX_LIMIT

# Deep offsets make SQLite walk every skipped row; past this, filters are the way in.
MAX_OFFSET = 100_000
MAX_QUERY_CHARS = 300
# Article and story ids are hashes; an id prefix is looked up with LIKE, so SQL wildcards (% _) are refused here.
ID_PATTERN = r"^[0-9A-Za-z.-]+$"


@dataclass(frozen=True, slots=True)
class Paging:
    limit: int
    offset: int


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Rows per page, 1 to {MAX_LIMIT}.")] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")] = 0,
) -> Paging:
    return Paging(limit, offset)


def iso_day(name: str, value: str | None) -> str | None:
    """Accept an ISO date or date-time (what the store keeps) and return it unchanged; anything else is a 422."""
    if value is None or value == "":
        return None
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name}: not an ISO date (YYYY-MM-DD or YYYY-MM-DDTHH:MM): {value[:40]!r}") from None
    return value


@dataclass(frozen=True, slots=True)
class ArticleFilters:
    outlet: str | None
    language: str | None
    since: str | None
    until: str | None
    entity: str | None
    story: str | None

    def as_kwargs(self) -> dict:
        return {"outlet": self.outlet, "language": self.language, "since": self.since, "until": self.until,
                "entity": self.entity, "story": self.story}


def article_filters(
    outlet: Annotated[str | None, Query(max_length=200, description="Only this outlet, as named.")] = None,
    language: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$", description="ISO 639 code: id, en.")] = None,
    since: Annotated[str | None, Query(max_length=40, description="Published on or after (ISO date).")] = None,
    until: Annotated[str | None, Query(max_length=40, description="Published before (ISO date).")] = None,
    entity: Annotated[str | None, Query(max_length=200, description="Only articles mentioning this entity id.")] = None,
    story: Annotated[str | None, Query(max_length=64, description="Only articles of this story id.")] = None,
) -> ArticleFilters:
    return ArticleFilters(outlet or None, language or None, iso_day("since", since), iso_day("until", until),
                          entity or None, story or None)
