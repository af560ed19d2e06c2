"""Quotation-mark spans found on the raw text, never on the parse.

A mark never runs away: every span ends at the end of its paragraph (line) at the latest. Nested marks
stay inside their outer span (speech quoted inside a quote is not reported). In the French convention a
quotation continued over several paragraphs opens each with « and closes only the last; such spans are
linked through `continues`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

SPACES = " \t\u00a0\u202f\u2009\u2007\u200b"
HYPHENS = "-\u2010\u2011"
# A line of text (a paragraph, in scraped pages).
LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class MarkSpan:
    open_start: int
    open_end: int
    close_start: int  # == content end when unclosed
    close_end: int
    start: int  # content, marks and outer spaces excluded
    end: int
    closed: bool
    continues: int | None = None  # index of the span this one continues (multi-paragraph quotation)

    @property
    def outer_start(self) -> int:
        return self.open_start

    @property
    def outer_end(self) -> int:
        return self.close_end


def _is_word_char(c: str) -> bool:
    return c.isalnum()


def _opens_straight(line: str, k: int) -> bool:
    """A straight " opens when it follows a space, a bracket or the line start and precedes a non-space."""
    before = line[k - 1] if k > 0 else " "
    after = line[k + 1] if k + 1 < len(line) else " "
    return (before in SPACES or before in "([{—–-/:;,'’") and after not in SPACES


def _apostrophe(line: str, k: int) -> bool:
    """’ or ‘ between two letters (aujourd’hui, l’Ukraine) or after a letter before a letter is an apostrophe."""
    before = line[k - 1] if k > 0 else " "
    after = line[k + 1] if k + 1 < len(line) else " "
    return _is_word_char(before) and (_is_word_char(after) or after in "sS")


def trim_spaces(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces at its ends (its punctuation kept)."""
    while start < end and text[start] in SPACES:
        start += 1
    while end > start and text[end - 1] in SPACES:
        end -= 1
    return start, end


def find_marks(text: str, pairs: dict[str, str]) -> list[MarkSpan]:
    """Top-level quotation spans of `text`, in order. `pairs` maps an opening mark to its closers."""
    spans: list[MarkSpan] = []
    offset = 0
    for line in text.split("\n"):
        stack: list[tuple[str, int]] = []  # (opening mark, position in text)
        for k, c in enumerate(line):
            pos = offset + k
            if c in ("‘", "’", "'") and _apostrophe(line, k):
                continue
            while len(stack) > 1 and stack[-1][0] == "'" and c != "'" and c in pairs[stack[-2][0]] \
                    and not _opens_straight(line, k):
                stack.pop()  # `"… got 'em," he said`: the single quote was an apostrophe
            if not stack and _reopens(text, spans, pairs, line, k, pos):
                stack.append((text[spans[-1].open_start], pos))  # `»Je ne suis pas…`: the quotation goes on
                continue
            top = stack[-1][0] if stack else None
            if top is not None and c in pairs[top]:
                if c == top == '"' and _opens_straight(line, k) and not _closes_straight(line, k):
                    stack.append((c, pos))  # a nested straight quote opening
                    continue
                _, open_pos = stack.pop()
                if not stack:
                    start, end = trim_spaces(text, open_pos + 1, pos)
                    if end > start:
                        spans.append(MarkSpan(open_pos, open_pos + 1, pos, pos + 1, start, end, True))
                continue
            if c in pairs:
                if c in ('"', "'") and not _opens_straight(line, k):
                    continue  # a stray straight quote
                if c == "'" and k + 1 < len(line) and line[k + 1].isdigit():
                    continue  # `the '90s`
                if c == "‘" and k > 0 and _is_word_char(line[k - 1]):
                    continue
                stack.append((c, pos))
            # any other closing mark here is stray: ignored
        while stack and stack[0][0] == "'":
            stack.pop(0)  # a straight single quote left open is an apostrophe (`the players' bus`), not a quotation
        if stack:
            open_pos = stack[0][1]
            end_of_line = offset + len(line)
            start, end = trim_spaces(text, open_pos + 1, end_of_line)
            if end > start:
                spans.append(MarkSpan(open_pos, open_pos + 1, end, end, start, end, False))
        offset += len(line) + 1
    return _link_paragraphs(text, spans)


def _reopens(text: str, spans: list[MarkSpan], pairs: dict[str, str], line: str, k: int, pos: int) -> bool:
    """The closing mark opening a paragraph right after one whose quotation was left open, and set tight
    against its first word (`»Je ne suis pas…`): the older French convention for a quotation continued over
    paragraphs."""
    if line[:k].strip(SPACES) or k + 1 >= len(line) or not _is_word_char(line[k + 1]) or not spans:
        return False
    last = spans[-1]
    opener = text[last.open_start]
    return not last.closed and opener != line[k] and line[k] in pairs.get(opener, "") \
        and not text[last.close_end:pos].strip(SPACES + "\n\r")


def _closes_straight(line: str, k: int) -> bool:
    before = line[k - 1] if k > 0 else " "
    return before not in SPACES


def _link_paragraphs(text: str, spans: list[MarkSpan]) -> list[MarkSpan]:
    """Link an unclosed span to the next span when that one opens the next non-empty paragraph."""
    out: list[MarkSpan] = []
    for idx, span in enumerate(spans):
        if idx > 0:
            prev = out[idx - 1]
            between = text[prev.close_end:span.open_start]
            if not prev.closed and "\n" in between and not between.strip(SPACES + "\n\r"):
                span = MarkSpan(span.open_start, span.open_end, span.close_start, span.close_end,
                                span.start, span.end, span.closed, continues=idx - 1)
        out.append(span)
    return out


def without_titles(text: str, spans: list[MarkSpan], naming_words: frozenset[str]) -> list[MarkSpan]:
    """The spans less those enclosing a name that a naming word announces (`un essai intitulé « La ville qui
    ose »`, `a report titled "…"`): a title, no one's words. (A span of a multi-paragraph quotation stays.)"""
    linked = {s.continues for s in spans if s.continues is not None}

    def title(k: int, s: MarkSpan) -> bool:
        before = re.findall(r"[\w'’-]+", text[max(0, s.open_start - 40):s.open_start])
        return s.continues is None and k not in linked and bool(before) and before[-1].lower() in naming_words \
            and not text[s.open_start - 1:s.open_start].strip(SPACES + ",:")

    kept = [k for k, s in enumerate(spans) if not title(k, s)]
    index = {old: new for new, old in enumerate(kept)}
    return [replace(spans[k], continues=None if spans[k].continues is None else index[spans[k].continues])
            for k in kept]
