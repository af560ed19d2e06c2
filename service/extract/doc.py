"""A Stanza document reduced to plain frozen data with character offsets into the text as sent.

Words of a multi-word token ("du" -> "de le") carry their token's span. Every later stage reads only this,
so the extractor is testable on any parse and never touches Stanza objects.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class Word:
    i: int  # index in the document
    sent: int
    text: str
    lemma: str
    upos: str
    feats: dict[str, str]
    head: int  # document index of the head; -1 for the root
    deprel: str
    start: int
    end: int
    token_text: str  # the surface token (the MWT as written for its parts)

    @property
    def rel(self) -> str:
        """The universal relation without its subtype (nsubj:pass -> nsubj)."""
        return self.deprel.split(":", 1)[0]

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class Sentence:
    index: int
    first: int  # first word index
    last: int  # last word index (inclusive)
    start: int
    end: int


@dataclass
class Doc:
    text: str
    words: list[Word]
    sentences: list[Sentence]
    children: list[list[int]] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.children = [[] for _ in self.words]
        for w in self.words:
            if w.head >= 0:
                self.children[w.head].append(w.i)

    def kids(self, i: int, *rels: str) -> list[Word]:
        """Children of word i, optionally only those whose relation (or its base) is in rels."""
        out = [self.words[c] for c in self.children[i]]
        if rels:
            out = [w for w in out if w.deprel in rels or w.rel in rels]
        return out

    def subtree(self, i: int, exclude: set[int] | None = None) -> list[int]:
        """Indices of word i and its descendants (not entering excluded nodes), sorted."""
        stack, seen = [i], []
        while stack:
            j = stack.pop()
            if exclude and j in exclude and j != i:
                continue
            seen.append(j)
            stack.extend(self.children[j])
        return sorted(seen)

    def span(self, indices: list[int]) -> tuple[int, int]:
        return self.words[indices[0]].start, self.words[indices[-1]].end

    def words_in(self, start: int, end: int) -> list[Word]:
        return [w for w in self.words if w.start >= start and w.end <= end]

    def sentence_of(self, i: int) -> Sentence:
        return self.sentences[self.words[i].sent]

    def sentence_at(self, position: int) -> int:
        """Index of the last sentence starting at or before a character offset (-1 before the first)."""
        if len(self._sentence_starts) != len(self.sentences):
            self._sentence_starts = [s.start for s in self.sentences]
        return bisect.bisect_right(self._sentence_starts, position) - 1

    def ancestors(self, i: int) -> Iterator[Word]:
        j = self.words[i].head
        while j >= 0:
            yield self.words[j]
            j = self.words[j].head

    def set_off(self, i: int) -> bool:
        """The phrase headed by word i opens right after a comma (an appositive relative clause, an aside)."""
        first = min(k for k in self.subtree(i) if self.words[k].rel != "punct")
        return first > 0 and self.words[first - 1].text == ","

    def bare(self, i: int) -> bool:
        """Word i opens its phrase: no article, possessive or adjective before it (`parti en 2025`)."""
        return min(k for k in self.subtree(i) if self.words[k].rel != "punct") == i

    def joined(self, i: int) -> bool:
        """Word i heads a conjunct that opens on its conjunction (`and Mary`), not an apposition with one inside
        (`, a Democrat and former prosecutor`)."""
        return self.words[min(k for k in self.subtree(i) if self.words[k].rel != "punct")].rel == "cc"

    def within(self, i: int, rels: tuple[str, ...]) -> bool:
        """Whether word i, or a word above it, hangs by one of these relations (`acl`, `advcl`…): i is inside
        a clause of that kind."""
        return self.words[i].rel in rels or any(a.rel in rels for a in self.ancestors(i))


def _feats(raw: str | None) -> dict[str, str]:
    if not raw:
        return {}
    return dict(part.split("=", 1) for part in raw.split("|") if "=" in part)


# A wire dateline opening a paragraph: `DOHA, Qatar (AP) — `, `KIEV, 12 mai (Reuters) - `, `PARIS (AFP) – `,
# `Oct 24 (Reuters) - `, `Bruxelles, 21 mars 2025 (AFP) - `, `Doha, Qatar – `; or a live blog's time stamp: `14h32 - `.
_AGENCIES = "AFP|AP|Reuters|Bloomberg|dpa|DPA|ANSA|EFE|Belga|ATS|Xinhua|PA|UPI|Kyodo|TASS|Yonhap|Anadolu|CNN"
DATELINE = re.compile(r"[^\W\d_a-z]{2}[^\W\d_a-z]*(?:[ -][^\W\d_a-z]{2,})*"  # `LOS ANGELES`, `PORT-AU-PRINCE`
                      r"(?:, [^()\n—–]{1,30}?)? ?(?:\([^()\n]{1,30}\))? ?[—–-]{1,2} "
                      rf"|[^\n().!?«»\"“”]{{0,40}}?\((?:{_AGENCIES})\) ?[—–-]{{1,2}} "
                      r"|\d{1,2} ?[hH:]\d{2} ?[—–-]{1,2} "
                      # (a city and its country in title case before a dash: `Doha, Qatar – `)
                      r"|[^\W\d_a-z][^\W\d_]+(?:[ -][^\W\d_]+){0,2}, [^\W\d_a-z][^\W\d_]+(?:[ -][^\W\d_]+){0,2} [—–] ")


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Non-blank lines with their offsets: scraped text puts headings, bylines and paragraphs on lines of
    their own, and a line break is always a sentence break there. A wire dateline is a part of its own:
    parsed with the sentence after it, it takes that sentence's subject and verb."""
    out = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            dateline = DATELINE.match(line)
            if dateline is not None and line[dateline.end():].strip():
                out.append((offset, line[:dateline.end()]))
                out.append((offset + dateline.end(), line[dateline.end():]))
            else:
                out.append((offset, line))
        offset += len(line) + 1
    return out


def from_stanza(parts: list[tuple[int, object]], text: str) -> Doc:
    """Merge parsed Stanza documents, each for the slice of `text` starting at its offset."""
    words: list[Word] = []
    sentences: list[Sentence] = []
    for offset, document in parts:
        for sentence in document.sentences:
            base = len(words)
            s_index = len(sentences)
            for token in sentence.tokens:
                t_start, t_end = token.start_char + offset, token.end_char + offset
                token_text = text[t_start:t_end]
                # words that spell their token (`Trump` `'s`, `do` `n't`) get their own spans; fused ones
                # (`du` = `de` `le`) share the token's
                spelled = len(token.words) > 1 and "".join(w.text for w in token.words) == token_text
                start = t_start
                for word in token.words:
                    head = (base + word.head - 1) if word.head else -1
                    w_start, w_end = (start, start + len(word.text)) if spelled else (t_start, t_end)
                    start = w_end
                    words.append(Word(
                        i=len(words), sent=s_index, text=word.text, lemma=(word.lemma or word.text),
                        upos=word.upos or "X", feats=_feats(word.feats), head=head, deprel=word.deprel or "dep",
                        start=w_start, end=w_end, token_text=token_text))
            if len(words) > base:
                sentences.append(Sentence(s_index, base, len(words) - 1, words[base].start, words[-1].end))
                _subject_taken_for_vocative(words, base)
                _clause_after_semicolon(words, base)
    return Doc(text=text, words=words, sentences=sentences)


def _subject_taken_for_vocative(words: list[Word], first: int) -> None:
    """`Sinner, the world number one, was gracious`: a name opening a sentence, a phrase set off by commas, then
    its verb; the parser made the name a vocative and the phrase the subject. News addresses no one: the name is
    the subject and the phrase its apposition."""
    name = words[first]
    if name.upos != "PROPN" or name.deprel != "vocative" or first + 1 >= len(words) or words[first + 1].text != ",":
        return
    phrase = next((w for w in words[first + 2:] if w.head == name.head and w.deprel in ("nsubj", "nsubj:pass")), None)
    if phrase is None or phrase.i > name.head or words[name.head - 1].text != ",":
        return
    words[first] = replace(name, deprel=phrase.deprel)
    words[phrase.i] = replace(phrase, head=first, deprel="appos")
    comma = words[name.head - 1]
    if comma.head == first:  # (the closing comma, hung on the name, goes with the apposition)
        words[comma.i] = replace(comma, head=phrase.i)


_OPENING_MARKS = frozenset({"«", "“", "‘", '"'})
_CLOSING_MARKS = frozenset({"»", "”", "’", '"'})


def _clause_after_semicolon(words: list[Word], first: int) -> None:
    """`…, says the Bench; Chief Minister calls verdict “…”`: a clause with its own subject after the writer's
    semicolon is a sentence of its own, which the parser made the complement of the verb before it; it stands
    beside that verb (parataxis), never as what was said. A semicolon inside quotation marks is the speaker's."""
    depth = 0
    for k in range(first, len(words)):
        w = words[k]
        if w.text in _OPENING_MARKS and not (w.text == '"' and depth):
            depth += 1
        elif w.text in _CLOSING_MARKS and depth:
            depth -= 1
        elif w.text == ";" and not depth:
            for clause in words[k + 1:]:
                if clause.deprel == "ccomp" and first <= clause.head < k and any(
                        x.head == clause.i and x.deprel in ("nsubj", "nsubj:pass") for x in words[k + 1:]) \
                        and min(x for x in _subtree(words, first, clause.i) if words[x].deprel != "punct") == k + 1:
                    words[clause.i] = replace(clause, deprel="parataxis")


def _subtree(words: list[Word], first: int, i: int) -> list[int]:
    """Word i and the words below it in the sentence opening at word `first` (the Doc is not built yet)."""
    inside = [i]
    for x in words[first:]:
        h = x.head
        while h >= first and h != i:
            h = words[h].head
        if h == i and x.i != i:
            inside.append(x.i)
    return inside
