"""Reporting cues on the parse: verbs of saying with their verb group, subject and complements.

Parses of news text are imperfect, so relations a parser confuses are accepted together (ccomp, advcl,
parataxis, xcomp for a complement; nsubj or a trailing nominal for an inverted subject), and inverted clitic
subjects (`-t-il`) are recognised by form as well as by relation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.extract.doc import Doc, Word
from service.lang import LanguageTables

CLITIC = re.compile(r"^-(?:t-)?([^\W\d_]+)$")
SUBJECT_RELS = ("nsubj", "nsubj:pass", "csubj")
AUX_RELS = ("aux", "aux:pass", "aux:tense", "aux:caus")
CLAUSE_RELS = ("ccomp", "xcomp", "advcl", "parataxis", "csubj")


@dataclass(frozen=True)
class Cue:
    """A reporting verb occurrence."""

    verb: int  # word index of the lexical verb
    lemma: str  # reported lemma (`s'indigner`, `faire savoir`)
    group_start: int  # verb group as written, with auxiliaries and inverted clitic
    group_end: int
    subject: int | None  # word index of the subject head (or clitic), resolved later
    inverted: bool  # subject after the verb
    controller: int | None  # verb whose subject/date the cue borrows (participle, infinitive, conj)


def clitic_pronoun(word: Word, tables: LanguageTables) -> str | None:
    """`-t-il` / `-elle` -> the pronoun, when the word is an inverted subject clitic."""
    m = CLITIC.match(word.text.lower())
    if m and m.group(1) in tables.pronouns:
        return m.group(1)
    return None


def reported_lemma(doc: Doc, w: Word, tables: LanguageTables) -> str | None:
    """The reporting lemma of word w, or None when it is not a reporting verb."""
    lemma = w.lemma.lower()
    if w.upos not in ("VERB", "AUX") and not (w.upos in ("ADJ", "NOUN") and "VerbForm" in w.feats):
        return None
    head = doc.words[w.head] if w.head >= 0 else None
    if head is not None and w.deprel in ("xcomp", "ccomp", "obj") and \
            (head.lemma.lower(), lemma) in tables.multiword_verbs:
        return tables.multiword_verbs[(head.lemma.lower(), lemma)]
    for kid in doc.kids(w.i):
        if (lemma, kid.lemma.lower()) in tables.multiword_verbs and kid.deprel in ("obj", "xcomp", "obl"):
            return tables.multiword_verbs[(lemma, kid.lemma.lower())]
    if lemma not in tables.reporting_verbs or w.upos == "AUX":
        return None
    reflexive = any(k.deprel.startswith("expl") or (k.rel in ("obj", "iobj") and k.lower in ("se", "s'", "s’"))
                    for k in doc.kids(w.i))
    if reflexive and lemma in tables.pronominal_verbs:
        return tables.pronominal_verbs[lemma]
    return lemma


def _group(doc: Doc, v: Word, tables: LanguageTables) -> tuple[int, int, Word | None]:
    """Verb group span: auxiliaries before the verb, the verb, an inverted clitic right after it."""
    start, end = v.start, v.end
    for aux in doc.kids(v.i, *AUX_RELS):
        if aux.i < v.i:
            start = min(start, aux.start)
    clitic = None
    for w in doc.words[max(0, v.i - 3):v.i + 2]:
        if w.sent == v.sent and w.start >= start and clitic_pronoun(w, tables):
            clitic = w
            end = max(end, w.end)
    # multiword: include the light verb ("a fait savoir")
    head = doc.words[v.head] if v.head >= 0 else None
    if head is not None and (head.lemma.lower(), v.lemma.lower()) in tables.multiword_verbs:
        for aux in doc.kids(head.i, *AUX_RELS):
            start = min(start, aux.start)
        start = min(start, head.start)
    return start, end, clitic


def subject_of(doc: Doc, v: Word, tables: LanguageTables) -> tuple[int | None, bool, int | None]:
    """(subject word, inverted?, controller verb) for a reporting verb, climbing to a controlling verb for
    participles, infinitives and coordinated verbs without their own subject."""
    current: Word | None = v
    controller = None
    for _ in range(4):
        if current is None:
            break
        for kid in doc.kids(current.i, *SUBJECT_RELS):
            if kid.upos == "PRON" and kid.lower in ("qui",) and current.rel == "acl":
                antecedent = doc.words[current.head]
                return antecedent.i, False, controller
            if kid.lower in tables.first_second_person and kid.upos == "PRON" and kid.lower != "on":
                return kid.i, kid.i > current.i, controller
            return kid.i, kid.i > current.i, controller
        # an inverted clitic misattached elsewhere
        for w in doc.words[current.i + 1:current.i + 3]:
            if w.sent == current.sent and clitic_pronoun(w, tables):
                return w.i, True, controller
        if current.deprel in ("xcomp", "advcl", "conj", "acl", "ccomp") and current.head >= 0:
            controller = current.head
            current = doc.words[current.head]
            if current.upos not in ("VERB", "AUX", "ADJ", "NOUN"):
                break
            continue
        break
    return None, False, controller


def find_cues(doc: Doc, tables: LanguageTables) -> list[Cue]:
    cues = []
    for w in doc.words:
        lemma = reported_lemma(doc, w, tables)
        if lemma is None:
            continue
        start, end, clitic = _group(doc, w, tables)
        subject, inverted, controller = subject_of(doc, w, tables)
        if clitic is not None and (subject is None or doc.words[subject].upos != "PRON"):
            subject, inverted = clitic.i, True
        cues.append(Cue(w.i, lemma, start, end, subject, inverted, controller))
    return cues
