"""Sentence boundaries the tokenizer gets wrong, repaired before tagging and parsing.

The bundled tokenizers (sentence F1 about 92) sometimes split after an opening quotation mark
(`… a-t-il dit. «` | `Nous …`), inside a clause (`D'après` | `L'Équipe, il aurait …`) or before a
quotation's closing mark and its incise (`« … ? »` | `» s'interroge-t-elle`). Each error costs the parse of
two sentences, and with it the attribution. Within one paragraph a boundary is kept only after
sentence-final punctuation; an opening mark that ends a sentence moves to the start of the next one.

A token the multi-word expander split though it is one word is joined again (English `Its` read as a
misspelt `It's`: `It` `s` leaves the sentence without its possessive, and the parser without a subject), and
so is a compound the tokenizer split at its hyphen (`le porte` `-parole`: the tagger then reads `le` as a
pronoun and `porte` as a verb).

Sentences are also capped in length: the parser's label scores grow with the square of a sentence's length
(a 10,000-word "sentence" of unpunctuated text needs tens of gigabytes), so a longer one is cut into pieces.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

# Characters a sentence can end on (closing marks and brackets after a final stop included).
TERMINAL = frozenset(".!?…:;»”\"’)]")
CLOSING = frozenset({"»", "”", '"', "’", "'"})

Token = dict  # one entry of Stanza's Document.to_dict(): a token, or a word of a multi-word token


def _word_count(sentence: list[Token]) -> int:
    return sum(1 for t in sentence if isinstance(t["id"], int))


def _shift(sentence: list[Token], by: int) -> list[Token]:
    out = []
    for t in sentence:
        t = dict(t)
        t["id"] = tuple(i + by for i in t["id"]) if isinstance(t["id"], tuple) else t["id"] + by
        out.append(t)
    return out


def _opens(token: Token, sentence: list[Token], openers: frozenset[str], symmetric: frozenset[str]) -> bool:
    """The sentence's last token opens a quotation (a symmetric mark does when it is the odd one and stands
    apart from the word before it: `Supporters'` | `Trust said` is a possessive, `before'` a closing mark)."""
    text = token["text"]
    if text in openers:
        return True
    if len(sentence) > 1 and token.get("start_char") is not None \
            and sentence[-2].get("end_char") == token["start_char"]:
        return False
    return text in symmetric and sum(t["text"] == text for t in sentence) % 2 == 1


def _final(sentence: list[Token], abbreviations: frozenset[str]) -> bool:
    """Whether the sentence ends on final punctuation, not on an abbreviation's or an initial's full stop
    (`Sen.` | `Chuck Schumer`, `J.` | `K. Rowling`)."""
    text = sentence[-1]["text"]
    if text in abbreviations:
        return False
    if text == "." and len(sentence) > 1:
        before = sentence[-2]["text"]
        if before in abbreviations or before + "." in abbreviations or (len(before) == 1 and before.isupper()):
            return False
    if text in (")", "]") and len(sentence) > 1:
        # a closing bracket ends a sentence after a final stop inside it, not after a label (`La députée (LFI)` |
        # `Anne Roux a estimé`)
        return sentence[-2]["text"][-1:] in ".!?…"
    if text in CLOSING and len(sentence) > 1:
        # so does a closing quotation mark: after a final stop, not after a quoted phrase inside the sentence
        # (`the officer "reasonably believed"` | `Bell was armed`)
        return sentence[-2]["text"][-1:] in ".!?…" or sentence[-2]["text"] in CLOSING
    return all(c in TERMINAL for c in text) or text.endswith(".")


def _tokens(sentence: list[Token]) -> list[list[Token]]:
    """Entries grouped by token: a multi-word token's entry with the words that follow it."""
    out: list[list[Token]] = []
    pending = 0
    for t in sentence:
        if pending:
            out[-1].append(t)
            pending -= 1
        else:
            out.append([t])
            if isinstance(t["id"], tuple):
                pending = t["id"][1] - t["id"][0] + 1
    return out


def _cut(sentence: list[Token], max_words: int) -> list[list[Token]]:
    if _word_count(sentence) <= max_words:
        return [sentence]
    pieces: list[list[Token]] = [[]]
    for token in _tokens(sentence):
        size = _word_count(token)
        if pieces[-1] and _word_count(pieces[-1]) + size > max_words:
            pieces.append([])
        pieces[-1].extend(token)
    return [_shift(p, 1 - _first_id(p)) for p in pieces]


def _first_id(sentence: list[Token]) -> int:
    first = sentence[0]["id"]
    return first[0] if isinstance(first, tuple) else first


def join_words(sentence: list[Token], whole: frozenset[str]) -> list[Token]:
    """The sentence with each multi-word token whose lowercased text is in `whole` made one word again."""
    out: list[Token] = []
    removed = 0
    for token in _tokens(sentence):
        head = token[0]
        if isinstance(head["id"], tuple) and head["text"].lower() in whole:
            word = {k: v for k, v in head.items() if k not in ("id", "misc")}
            word["id"] = head["id"][0] - removed
            removed += head["id"][1] - head["id"][0]
            out.append(word)
        else:
            out.extend(_shift(token, -removed) if removed else token)
    return out


def _squeezed(text: str) -> str:
    return "".join(text.lower().replace("’", "'").split())


@functools.cache
def _squeezed_labels(labels: tuple[str, ...]) -> tuple[str, ...]:
    """A language's link labels as `_squeezed` spells them, longest first (once per language)."""
    return tuple(sorted({_squeezed(label) for label in labels}, key=len, reverse=True))


def has_link_label(text: str, labels: tuple[str, ...]) -> bool:
    """Cheap test before `drop_link_labels`."""
    squeezed = _squeezed(text)
    return any(label in squeezed for label in _squeezed_labels(labels))


def drop_link_labels(sentence: list[Token], labels: tuple[str, ...]) -> list[Token]:
    """The sentence without the one-word tokens that spell a link's label (`, opens new tab`); the words left
    keep their offsets."""
    wanted = _squeezed_labels(labels)
    tokens = _tokens(sentence)
    out: list[Token] = []
    removed = 0
    k = 0
    while k < len(tokens):
        match = 0
        for label in wanted:
            spelt, n = "", k
            while n < len(tokens) and len(tokens[n]) == 1 and len(spelt) < len(label):
                spelt += _squeezed(tokens[n][0]["text"])
                n += 1
            if spelt == label and n - k < len(tokens):
                match = n - k
                break
        if match:
            removed += match
            k += match
            continue
        out.extend(_shift(tokens[k], -removed) if removed else tokens[k])
        k += 1
    return out


def _hyphen_part(token: list[Token], previous: list[Token] | None, clitics: frozenset[str]) -> bool:
    """The token is the tight `-word` end of a compound split off the one-word token before it (not a clitic:
    `dit` `-il`, `a` `-t` `-on`)."""
    if previous is None or len(token) > 1 or len(previous) > 1:
        return False
    text = token[0]["text"]
    return len(text) > 1 and text[0] == "-" and text[1].isalpha() \
        and text[1:].split("-")[0].lower() not in clitics and previous[0].get("end_char") is not None \
        and previous[0].get("end_char") == token[0].get("start_char")


def has_split_compound(texts: Iterable[str]) -> bool:
    """Cheap test before `join_compounds`: some token starts with a hyphen and a letter."""
    return any(len(t) > 1 and t[0] == "-" and t[1].isalpha() for t in texts)


def join_compounds(sentence: list[Token], clitics: frozenset[str]) -> list[Token]:
    """The sentence with each compound the tokenizer split at a hyphen made one word again."""
    out: list[list[Token]] = []
    for token in _tokens(sentence):
        if _hyphen_part(token, out[-1] if out else None, clitics):
            before = out[-1][0]
            joined = dict(before, text=before["text"] + token[0]["text"], end_char=token[0]["end_char"])
            joined.pop("misc", None)
            if token[0].get("misc"):
                joined["misc"] = token[0]["misc"]
            out[-1] = [joined]
        else:
            out.append(token)
    if len(out) == len(_tokens(sentence)):
        return sentence
    renumbered: list[Token] = []
    for token in out:
        renumbered.extend(_shift(token, _word_count(renumbered) + 1 - _first_id(token)))
    return renumbered


def _tight(a: Token, b: Token) -> bool:
    return a.get("end_char") is not None and a.get("end_char") == b.get("start_char")


def _letter_label(tokens: list[list[Token]], k: int) -> bool:
    """Tokens k..k+2 are a capital letter, a hyphen and a capitalised word written tight: one name (a US
    lawmaker's party and state, `D-N.Y.`, `R-Alaska`; `T-Mobile`), which the parser otherwise reads as a
    coordination that takes the sentence's subject away."""
    if k + 2 >= len(tokens) or any(len(t) > 1 for t in tokens[k:k + 3]):
        return False
    a, hyphen, b = (t[0] for t in tokens[k:k + 3])
    return len(a["text"]) == 1 and a["text"].isupper() and hyphen["text"] == "-" and b["text"][:1].isupper() \
        and b["text"][:1].isalpha() and _tight(a, hyphen) and _tight(hyphen, b)


def has_letter_label(texts: Iterable[str]) -> bool:
    """Cheap test before `join_letter_labels`: a capital letter, a hyphen and a capitalised word in a row."""
    texts = list(texts)
    return any(texts[k + 1] == "-" and len(texts[k]) == 1 and texts[k].isupper() and texts[k + 2][:1].isupper()
               for k in range(len(texts) - 2))


def join_letter_labels(sentence: list[Token]) -> list[Token]:
    """The sentence with each `D-N.Y.`-like label made one word."""
    tokens = _tokens(sentence)
    out: list[list[Token]] = []
    k = 0
    while k < len(tokens):
        if _letter_label(tokens, k):
            a, b = tokens[k][0], tokens[k + 2][0]
            joined = {key: v for key, v in a.items() if key != "misc"}
            joined.update(text=a["text"] + "-" + b["text"], end_char=b["end_char"])
            out.append([joined])
            k += 3
        else:
            out.append(tokens[k])
            k += 1
    if len(out) == len(tokens):
        return sentence
    renumbered: list[Token] = []
    for token in out:
        renumbered.extend(_shift(token, _word_count(renumbered) + 1 - _first_id(token)))
    return renumbered


def _fused_clitics(text: str, subjects: frozenset[str]) -> list[str] | None:
    """`a-t-on` -> [`a`, `-t`, `-on`]: a verb and the subject clitics the tokenizer left fused to it."""
    parts = text.split("-")
    if len(parts) < 2 or not parts[0].isalpha() or parts[-1].lower() not in subjects \
            or any(p.lower() != "t" for p in parts[1:-1]):
        return None
    return [parts[0]] + ["-" + p for p in parts[1:]]


def split_clitics(sentence: list[Token], subjects: frozenset[str]) -> list[Token]:
    """The sentence with each verb fused to an inverted subject clitic split as the tokenizer splits
    `a-t-il` (`a-t-on` kept whole is tagged a noun, and its verb loses its subject)."""
    return _split_tokens(sentence, lambda text: _fused_clitics(text, subjects))


def glued_marks(text: str, marks: str) -> list[str] | None:
    """`“Mon` -> [`“`, `Mon`], `ans”` -> [`ans`, `”`]: quotation marks (the characters of `marks`) the tokenizer
    left on a word (the French models never saw curly quotes, and `“Mon` is then tagged a proper noun and parsed
    as a subject)."""
    core = text.lstrip(marks)
    lead = len(text) - len(core)
    core = core.rstrip(marks)
    if not (lead or len(core) + lead < len(text)) or not any(c.isalnum() for c in core):
        return None
    return list(text[:lead]) + [core] + list(text[lead + len(core):])


def split_single_quotes(sentence: list[Token], opening: str = "‘", closing: str = "’") -> list[Token]:
    """The sentence with single curly quotation marks glued to a word made tokens of their own: an opening one
    at a word's start (`‘already`), and a closing one at a word's end while a quotation opened before it in
    the sentence is still open (`longer’`; otherwise it is an apostrophe: `players’ union`)."""
    depth = 0

    def pieces(text: str) -> list[str] | None:
        nonlocal depth
        if text == opening:
            depth += 1
            return None
        out = [text]
        if len(text) > 1 and text.startswith(opening) and text[1:2].isalnum():
            depth += 1
            out = [opening, text[1:]]
        last = out[-1]
        if depth and len(last) > 1 and last.endswith(closing) and last[-2:-1].isalnum():
            depth -= 1
            out[-1:] = [last[:-1], closing]
        elif depth and last == closing:
            depth -= 1
        return out if len(out) > 1 else None

    return _split_tokens(sentence, pieces)


def split_marks(sentence: list[Token], marks: str) -> list[Token]:
    """The sentence with quotation marks glued to a word made tokens of their own."""
    return _split_tokens(sentence, lambda text: glued_marks(text, marks))


def _split_tokens(sentence: list[Token], pieces_of) -> list[Token]:
    out: list[Token] = []
    added = 0
    for token in _tokens(sentence):
        pieces = pieces_of(token[0]["text"]) if len(token) == 1 else None
        if not pieces or token[0].get("start_char") is None:
            out.extend(_shift(token, added) if added else token)
            continue
        at = token[0]["start_char"]
        for k, piece in enumerate(pieces):
            out.append({"id": token[0]["id"] + added + k, "text": piece, "start_char": at, "end_char": at + len(piece)})
            at += len(piece)
        added += len(pieces) - 1
    return out


def has_fused_clitic(texts: Iterable[str], subjects: frozenset[str]) -> bool:
    """Cheap test before `split_clitics`."""
    return any("-" in t and _fused_clitics(t, subjects) for t in texts)


def _closes_then_incise(sentence: list[Token]) -> bool:
    """The sentence opens on a closing mark and a lowercase word: the quotation's end and its incise, split off
    after the quotation's own `?` or `!` (`« … énergétique? »` | `» s'interroge-t-elle.`)."""
    return len(sentence) > 1 and sentence[0]["text"] in ("»", "”") and sentence[1]["text"][:1].islower()


def _line_break_between(previous: list[Token], sentence: list[Token], text: str | None) -> bool:
    end, start = previous[0].get("end_char"), sentence[0].get("start_char")
    for t in previous:
        end = t.get("end_char", end)
    return text is not None and end is not None and start is not None and "\n" in text[end:start]


def _clock_before_day(previous: list[Token], sentence: list[Token], days: frozenset[str],
                      clock: frozenset[str]) -> bool:
    """`received her notice at 9:10 a.m.` | `Thursday and was told…`: a clock time's abbreviation before a day
    word ends no sentence."""
    texts = [t["text"].lower() for t in previous[-2:]]
    ends = texts[-1] in clock or (len(texts) == 2 and texts[-1] == "." and texts[0] + "." in clock)
    return ends and bool(sentence) and sentence[0]["text"].lower() in days


def repair(sentences: list[list[Token]], openers: Iterable[str], symmetric: Iterable[str] = (),
           max_words: int = 150, text: str | None = None, abbreviations: Iterable[str] = (),
           days: Iterable[str] = (), clock: Iterable[str] = ()) -> list[list[Token]] | None:
    """The sentences of a text with bad boundaries removed and none longer than max_words; None when nothing
    changes. With the text, a boundary at a line break is always kept; a full stop after one of the
    abbreviations (`Sen.`, `M.`) or an initial does not end a sentence, nor does a clock time's before a day."""
    openers, symmetric, abbreviations = frozenset(openers), frozenset(symmetric), frozenset(abbreviations)
    days, clock = frozenset(days), frozenset(clock)
    out: list[list[Token]] = []
    changed = False
    for sentence in sentences:
        previous = out[-1] if out else None
        last = previous[-1] if previous else None
        if previous is None or last is None or _line_break_between(previous, sentence, text):
            out.append(sentence)
        elif isinstance(last["id"], int) and len(previous) > 1 and _opens(last, previous, openers, symmetric):
            # `… dit. «` | `Nous …`: the mark opens the next sentence
            out[-1] = previous[:-1]
            out.append([dict(last, id=1)] + _shift(sentence, 1))
            changed = True
        elif (not _final(previous, abbreviations) or _closes_then_incise(sentence)
              or _clock_before_day(previous, sentence, days, clock)) \
                and _word_count(previous) + _word_count(sentence) <= max_words:
            out[-1] = previous + _shift(sentence, _word_count(previous))
            changed = True
        else:
            out.append(sentence)
    capped = [piece for sentence in out for piece in _cut(sentence, max_words)]
    return capped if changed or len(capped) != len(out) else None
