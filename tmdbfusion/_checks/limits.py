"""The client's copies of TMDB's rules, so that a call TMDB would refuse is refused here
first, with a message that says what is allowed. Each says where TMDB states it
(``../shared/TMDB-FACTS.md`` is the team's copy of the facts)."""

from __future__ import annotations

# TMDB answers `page` above 500 with error 22 ("Invalid page: Pages start at 1 and max at
# 500"); the API reference states the same range for every paged operation.
MAX_PAGE = 500

# "append_to_response: at most 20 parts; more gives error 27" (TMDB's API reference,
# "Append To Response" guide).
MAX_APPEND = 20

# The change lists refuse a start_date-end_date window longer than 14 days (error 20,
# "The start_date and end_date must be within 14 days"; API reference, "Changes").
MAX_CHANGE_DAYS = 14

# TMDB's ids and integer parameters are int32 in its schema: anything from here up
# cannot be one.
INT32_LIMIT = 2**31

# Years are four digits in TMDB's dates (YYYY-MM-DD).
MAX_YEAR = 9999

# Ratings: "a value between 0.5 and 10.0, in steps of 0.5" (API reference, "Add Rating").
MIN_RATING = 0.5
MAX_RATING = 10.0
