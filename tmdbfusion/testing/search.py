"""What FakeTMDB's search operations answer: results named after the query.

Every result of ``/3/search/{movie,tv,person,multi,collection,company,keyword}`` has a
title or name that contains the query (case-insensitively), and the query
``NO_RESULTS_QUERY`` finds nothing, so a test can reach its "no match" branch without
``set_response``.
"""

from __future__ import annotations

import random
from typing import Any

NO_RESULTS_QUERY = "tmdbfusion-no-results"
"""The query FakeTMDB's search operations find nothing for: page 1 (or the page asked
for), ``results`` ``[]``, ``total_results`` 0 and ``total_pages`` 1, as TMDB answers an
empty search. Leading and trailing spaces are ignored; case is not."""

SEARCH_KINDS: dict[str, str] = {
    f"/3/search/{kind}": kind
    for kind in ("movie", "tv", "person", "multi", "collection", "company", "keyword")
}

# Where a result's displayed name lives, by the kind of result.
_NAME_FIELDS = {
    "movie": ("title", "original_title"),
    "tv": ("name", "original_name"),
    "person": ("name", "original_name"),
    "collection": ("name", "original_name"),
    "company": ("name",),
    "keyword": ("name",),
}
_TEMPLATES = {
    "movie": (
        "{q}",
        "The {q}",
        "{q} II",
        "{q}: The Beginning",
        "Return of {q}",
        "{q} Forever",
        "Beyond {q}",
        "{q} Rising",
        "Night of {q}",
        "{q} Reloaded",
    ),
    "tv": (
        "{q}",
        "{q}: The Series",
        "The {q} Show",
        "{q} Chronicles",
        "Tales of {q}",
        "{q} Academy",
        "Inside {q}",
    ),
    "person": ("{first} {q}", "{q} {last}", "{first} {q} {last}", "{q}"),
    "collection": ("{q} Collection", "The {q} Collection", "{q} Saga Collection"),
    "company": ("{q} Pictures", "{q} Studios", "{q} Entertainment", "{q} Films", "{q} Media"),
    "keyword": ("{q}", "{q} hero", "lost {q}", "young {q}", "{q} in love"),
}
_FIRST = ("Alex", "Sam", "Maria", "Jun", "Nadia", "Tom", "Ingrid", "Omar")
_LAST = ("Carter", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Novak", "Reyes")


def search_kind(path: str) -> str | None:
    """``"movie"`` for ``/3/search/movie`` ...; ``None`` for any other path."""
    return SEARCH_KINDS.get(path)


def finds_nothing(query: str) -> bool:
    """Whether FakeTMDB answers this search with no results."""
    return query.strip() == NO_RESULTS_QUERY


def name_results(items: list[Any], query: str, kind: str, rng: random.Random) -> None:
    """Rename each result after ``query``, in place (``multi``: by its media type)."""
    text = query.strip()
    # "star wars" reads as "Star Wars" in a title; keep what was typed when that would
    # change more than the case (and keywords, which TMDB keeps in lower case).
    shown = text.title() if text == text.lower() and text.title().lower() == text else text
    # Each kind's templates in a shuffled order: no two results of a page look alike
    # (while a page holds fewer results than there are templates).
    orders = {k: rng.sample(t, len(t)) for k, t in sorted(_TEMPLATES.items())}
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        item_kind = str(item.get("media_type", "")) if kind == "multi" else kind
        fields = _NAME_FIELDS.get(item_kind)
        if fields is None:
            continue
        order = orders[item_kind]
        template = order[index % len(order)]
        name = template.format(
            q=text if item_kind == "keyword" else shown,
            first=rng.choice(_FIRST),
            last=rng.choice(_LAST),
        )
        item[fields[0]] = name
        for other in fields[1:]:
            if item.get(other) is not None:
                item[other] = name
