"""Time expressions attached to the act of saying, and their ISO value against the publication date.

Weekdays resolve to the most recent such day on or before the publication date (a week earlier with a past
marker: `mardi dernier`); relative day words use a table; absolute dates go to dateparser.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from functools import lru_cache

from service.lang import LanguageTables


def find_date(text: str, intervals: list[tuple[int, int]], tables: LanguageTables) -> tuple[int, int] | None:
    """The first date expression lying wholly inside one of the intervals (char offsets)."""
    best = None
    for a, b in intervals:
        for m in tables.date_regex.finditer(text, a, b):
            if _in_a_name(text, m.start(), m.group(), tables):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), m.end())
            break
    if best is None:
        return None
    # the whole expression, where the parse left part of it outside the clause (`Plus tôt` + `dans la journée`)
    for m in tables.date_regex.finditer(text, max(0, best[0] - 40), min(len(text), best[1] + 40)):
        if m.start() <= best[0] and best[1] <= m.end() and "\n" not in text[m.start():m.end()]:
            return m.start(), m.end()
    return best


def _in_a_name(text: str, start: int, expression: str, tables: LanguageTables) -> bool:
    """A relative day word capitalised inside a sentence names something (`the BBC's Today programme`), and so
    does any date word right after an owner's `'s` (`the BBC's Sunday with Laura Kuenssberg programme`)."""
    if not expression[:1].isupper():
        return False
    if text[:start].rstrip().endswith(("'s", "’s")) and text[:start].endswith(" "):
        return True
    if any(w[:1].isupper() and w.lower() not in tables.weekdays and w.lower() not in tables.months
           for w in expression.split()[1:]):
        return True  # a part of the day capitalised like a title's (`Monday Night Football`)
    first = expression.lower().replace("’", "'").split()[0]
    if not any(words.split()[0] == first for words in tables.relative_days):
        return False
    before = text[:start].rstrip()
    # (a paragraph's closing mark ends a sentence too: `… entende ? »` then `En mars, …`)
    return bool(before) and not before.endswith((".", "!", "?", ":", "\n", '"', "“", "«", "—", "-")) \
        and not ("\n" in text[len(before):start]
                 and before.endswith(tuple(c for closers in tables.quote_pairs.values() for c in closers)))


def resolve(expression: str, published: dt.date | None, tables: LanguageTables) -> str | None:
    """ISO date of the expression, or None when it cannot be pinned to a day."""
    low = " ".join(expression.lower().replace("’", "'").split())
    absolute = _absolute(low, tables, published)
    if absolute is not None:
        return absolute.isoformat()
    if published is None:
        return None
    for words, offset in sorted(tables.relative_days.items(), key=lambda kv: -len(kv[0])):
        if words.replace("’", "'") in low:
            return (published + dt.timedelta(days=offset)).isoformat()
    for day, weekday in tables.weekdays.items():
        if re.search(rf"\b{day}\b", low):
            back = (published.weekday() - weekday) % 7
            if any(marker in low.split() for marker in tables.past_markers) and back == 0:
                back = 7
            return (published - dt.timedelta(days=back)).isoformat()
    return None


def _absolute(low: str, tables: LanguageTables, published: dt.date | None) -> dt.date | None:
    """A day of a month: with its year, or in the publication's year."""
    for m in _DAY_MONTH.finditer(low):
        day, month, year = m.group("d1") or m.group("d2"), m.group("m1") or m.group("m2"), m.group("y")
        if month.rstrip(".") not in tables.months:
            continue
        explicit = year is not None
        year = int(year) if year else (published.year if published else None)
        if year is None:
            return None
        try:
            date = dt.date(year, tables.months[month.rstrip(".")], int(day))
        except ValueError:
            return None
        if not explicit and published is not None and date > published:  # said before it was published
            with contextlib.suppress(ValueError):  # 29 February stays
                date = date.replace(year=year - 1)
        return date
    if not re.search(r"\d", low):
        return None  # weekdays and relative words are resolved by the tables, not guessed
    return _dateparser(low, tables.dateparser_language, published)


# `3 mars 2024`, `1er mai`, `3rd of March`, `March 3, 2025`, `Sept. 3`
_DAY_MONTH = re.compile(
    r"(?:(?P<d1>\d{1,2})(?:er|st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>[^\W\d_]+\.?)"
    r"|(?P<m2>[^\W\d_]+\.?)\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b)(?:,?\s+(?P<y>\d{4}))?")


@lru_cache(maxsize=256)
def _dateparser(expression: str, language: str, published: dt.date | None) -> dt.date | None:
    """Other spellings of a day and month (abbreviations, numerals), left to dateparser."""
    import dateparser

    settings: dict = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    parsed = dateparser.parse(expression, languages=[language], settings=settings)
    return parsed.date() if parsed else None
