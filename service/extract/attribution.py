"""Attribution patterns: each pairs reported content with a cue and a speaker mention.

One function per pattern, each returning `Found` records; `pipeline.extract` runs them in order and lets
earlier, more specific patterns claim quotation marks first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from service.extract.cues import (
    AUX_RELS,
    CLAUSE_RELS,
    Cue,
    announcing_cue,
    auxiliary_cut_off,
    capitalised,
    clitic_pronoun,
    closing_mark,
    continuing_participle,
    displayed,
    incise_cue,
    inverted_subject,
    is_date,
    noun_phrase_end,
    person_like,
    place_source,
    quoted_as_saying,
    second_report,
    subject_before,
)
from service.extract.doc import DATELINE, Doc, Word
from service.extract.entities import is_source, is_title_word, statement_author, title_right
from service.extract.marks import SPACES, MarkSpan
from service.lang import LanguageTables

TRAIL = SPACES + ".,;:!?…–—-\n\r"
LEAD = SPACES + ",;:–—-\n\r"
# A translation in brackets right after a quotation (`« Nou pa té sav » (on ne savait pas), a confié…`): the
# writer's gloss, neither quoted nor part of the incise.
GLOSS = r"\([^()\n]{1,200}\)"
BULLETS = frozenset("*•·-–—▪►")  # a list item's mark opening a line


@dataclass
class Found:
    type: str
    start: int
    end: int
    pattern: str
    cue: Cue | None = None
    speaker: int | None = None  # word index of the speaker mention head
    verbless_speaker: tuple[int, int] | None = None  # char span of a name given without verb (header, tweet)
    marks: list[int] = field(default_factory=list)  # indices of mark spans this quote consumed
    date_intervals: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Context:
    doc: Doc
    tables: LanguageTables
    marks: list[MarkSpan]
    cues: list[Cue]
    full: list[bool] = field(default_factory=list)  # per mark: a statement, not a name or scare quote
    # the answers' spans when the text is an interview: the second person of its questions is the interviewee
    answers: list[tuple[int, int]] | None = None
    # the lines of an interviewer labelled by name (`Justine Calloway: What happened?`): no one's statement
    asked: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.full = [is_full_quote(self, m) for m in self.marks]

    def mark_inside(self, start: int, end: int) -> list[int]:
        return [k for k, m in enumerate(self.marks) if m.open_start >= start and m.close_end <= end]

    def mark_overlapping(self, start: int, end: int) -> list[int]:
        return [k for k, m in enumerate(self.marks) if m.open_start < end and m.close_end > start]

    def trim(self, start: int, end: int) -> tuple[int, int]:
        """Drop outer spaces and punctuation; a closing mark ends the span, a sentence's full stop does not."""
        text = self.doc.text
        while start < end and text[start] in LEAD:
            start += 1
        while end > start and text[end - 1] in TRAIL:
            end -= 1
        return start, end

    def asks_interviewee(self, i: int) -> bool:
        """Word i is the interviewer's `you` in a question (`In 2019 you told us that…`)."""
        w = self.doc.words[i]
        return self.answers is not None and w.lower in self.tables.second_person \
            and not any(a <= w.start < b for a, b in self.answers) and not self.inside_quotation(w.start)

    def inside_quotation(self, position: int) -> bool:
        """Whether a position lies inside the marks of a full quotation (speech nested in it)."""
        return any(m.start <= position < m.end and self.full[k] for k, m in enumerate(self.marks))

    def title_case_name(self, m: MarkSpan) -> bool:
        """Marks around capitalised words only, with no verb (`"Squid Game"`, `"Game of Thrones"`)."""
        words = [w for w in self.doc.words_in(m.start, m.end) if w.text[:1].isalpha()]
        long = [w for w in words if len(w.text) > 3]  # (short words may be a name's particles: `of`, `la`)
        return bool(words) and all(w.upos != "VERB" for w in words) and words[0].text[:1].isupper() \
            and all(w.text[:1].isupper() for w in long or words)  # (not `Our man, our bog`)

    def nickname(self, m: MarkSpan) -> bool:
        """Marks around the name a verb of naming gives (`que ses voisins surnommaient « le Grand »`,
        `dubbed "the Beast"`): a name, not words quoted from anyone."""
        at = self.doc.sentence_at(m.open_start)
        if at < 0:
            return False
        sentence = self.doc.sentences[at]
        before = next((w for w in reversed(self.doc.words[sentence.first:sentence.last + 1])
                       if w.end <= m.open_start), None)
        return before is not None and before.lemma.lower() in self.tables.naming_verbs \
            and not self.doc.text[before.end:m.open_start].strip(SPACES)

    def _framing(self, start: int, end: int) -> bool:
        """A verbless phrase set off by a comma before a quotation (`Pour eux, « … », reconnaît X`): it frames
        the quotation, which is then the whole statement."""
        lead = self.doc.text[start:end].rstrip()
        # (not a topic the quotation takes up with a pronoun: `juge que 212 postes, « c'est le double… »`)
        first = next((w for w in self.doc.words_in(end, end + 12) if w.upos != "PUNCT"), None)
        return lead.endswith(",") and not any(w.upos in ("VERB", "AUX") for w in self.doc.words_in(start, end)) \
            and not (first is not None and first.lower.replace("’", "'") in self.tables.resumptive_pronouns)

    def _connective(self, start: int, end: int) -> bool:
        """A coordinating conjunction opening the sentence before a quotation (`Mais « … », a-t-il insisté`,
        `And "…," she said`): it links the sentence to the one before, and is no part of what was said."""
        lead = [w for w in self.doc.words_in(start, end) if w.upos != "PUNCT"]
        if len(lead) != 1 or lead[0].upos != "CCONJ":
            return False
        sentence = self.doc.sentences[lead[0].sent]
        return lead[0].i == sentence.first or all(w.upos == "PUNCT" for w in self.doc.words[sentence.first:lead[0].i])

    def _headline_occasion(self, m: MarkSpan, end: int) -> bool:
        """`Council leader says 'we have run out of road' as bankruptcy notice issued`: in a headline (a line
        with no final punctuation), a clause of time after the quoted words is the news, not what was said."""
        text = self.doc.text
        rest = text[m.close_end:end].strip(LEAD + TRAIL).split(maxsplit=1)
        line_end = text.find("\n", m.close_end)
        line = text[m.close_end:len(text) if line_end < 0 else line_end].rstrip()
        return bool(rest) and rest[0].lower() in self.tables.adverbial_marks and line[-1:].isalnum() \
            and end <= m.close_end + len(line)

    def typed(self, start: int, end: int) -> tuple[str, int, int, list[int]]:
        """Type a content span by the marks in it: all inside one pair -> direct; some -> mixed."""
        start, end = self.trim(start, end)
        inside = self.mark_overlapping(start, end)
        # a title-case name in marks (`season of "Squid Game"`) quotes no one
        # (nor the name of a work or an operation: `l'opération « Vignes solidaires » … pourrait être réactivée`)
        names = [k for k in inside if (self.title_case_name(self.marks[k]) or self.nickname(self.marks[k])
                                       or _names_its_noun(self, self.marks[k]))
                 and self.marks[k].open_start > start and self.marks[k].close_end < end]
        inside = [k for k in inside if k not in names]
        if not inside:
            return "indirect", start, end, []
        text = self.doc.text
        if len(inside) == 1:
            m = self.marks[inside[0]]
            lead = text[start:m.open_start].strip(LEAD + TRAIL + "|")
            if (not text[m.close_end:end].strip(LEAD + TRAIL) or self._headline_occasion(m, end)) and (
                    not lead or self._framing(start, m.open_start) or self._connective(start, m.open_start)
                    or lead.casefold() in self.tables.teaser_labels):  # (`Lire aussi | « … », alerte X`)
                return "direct", m.start, m.end, inside
        for k in inside:  # a mixed span never cuts a pair of marks
            m = self.marks[k]
            if m.open_start < start < m.close_end:
                start = m.open_start
            if m.open_start < end < m.close_end:
                end = m.close_end
        return "mixed", start, end, inside


def _drop_leading(doc: Doc, indices: list[int], words: frozenset[str]) -> list[int]:
    while indices and (doc.words[indices[0]].lower in words or doc.words[indices[0]].rel == "punct"):
        indices = indices[1:]
    return indices


def _span(ctx: Context, indices: list[int]) -> tuple[int, int] | None:
    if not indices:
        return None
    return ctx.doc.words[indices[0]].start, ctx.doc.words[indices[-1]].end


def _has_mark(doc: Doc, word: Word, tables: LanguageTables) -> bool:
    """A complementizer opens the clause (not a locution of time or cause: `avant que`, `parce que`)."""
    marks = [k.lower for k in doc.kids(word.i) if k.rel == "mark"]
    if any(m in tables.adverbial_marks for m in marks):
        return False
    return any(m in tables.complementizers for m in marks) or word.lower in tables.complementizers


def _tensed(doc: Doc, head: Word) -> bool:
    """A finite verb, or one with a finite auxiliary (`will cut`); unlike `cues._finite`, an infinitive
    auxiliary does not count (`avoir subi` stays an infinitive)."""
    return head.feats.get("VerbForm") == "Fin" or any(
        a.feats.get("VerbForm") == "Fin" for a in doc.kids(head.i, "aux", "cop"))


def _finite_clause(doc: Doc, head: Word) -> bool:
    """A clause with its own subject and a finite verb or auxiliary: reported content, not a small clause."""
    # (an object before its verb is a subject the parser mislabelled: `said the team "never stopped…"`)
    has_subject = bool(doc.kids(head.i, "nsubj", "expl", "csubj")) or any(
        k.i < head.i and k.upos in ("NOUN", "PROPN", "PRON") for k in doc.kids(head.i, "obj"))
    # (a past participle with a subject and no auxiliary is a simple past the tagger misread: `said the talks
    # failed`)
    bare_past = head.feats.get("Tense") == "Past" and head.feats.get("VerbForm") == "Part" \
        and not doc.kids(head.i, "aux", "cop") and any(k.i < head.i for k in doc.kids(head.i, "nsubj"))
    # (so is a verb the tagger gave no verbal features, a form it could not tell apart: `said the nets cost $1m`,
    # `said the early shutoff cost her operation about $85,000`, tagged with a noun's number only)
    unmarked = head.upos == "VERB" and not {"VerbForm", "Tense", "Mood"} & head.feats.keys() \
        and not doc.kids(head.i, "aux", "cop") \
        and not any(k.upos == "PART" for k in doc.kids(head.i, "mark")) \
        and any(k.i < head.i for k in doc.kids(head.i, "nsubj"))
    # (and an infinitive after a noun subject, with no `to` or auxiliary: `said her weekend shifts start at 7 a.m.`)
    bare_infinitive = head.upos == "VERB" and head.feats.get("VerbForm") == "Inf" \
        and not doc.kids(head.i, "mark", "aux", "cop") \
        and any(k.i < head.i and k.upos in ("NOUN", "PROPN") for k in doc.kids(head.i, "nsubj"))
    return has_subject and (_tensed(doc, head) or bare_past or unmarked or bare_infinitive)


def _addressed_infinitive(ctx: Context, cue: Cue) -> tuple[int, int] | None:
    """`a demandé à la CNRV de publier les résultats « bureau par bureau » avant l'examen des recours`: the
    addressee, its infinitive and the phrases after them to the sentence's end (a comma ends them)."""
    doc, tables = ctx.doc, ctx.tables
    v = doc.words[cue.verb]
    if lemma_of(cue) not in tables.addressed_infinitive_verbs or v.feats.get("VerbForm") == "Inf":
        return None  # (`Il a prévu de demander à Moscou de…`: a plan, nothing said yet)
    addressee = next((k for k in doc.kids(v.i, "obl", "iobj") if k.i > v.i and k.upos in ("NOUN", "PROPN")
                      and any(c.lemma == tables.addressee_case for c in doc.kids(k.i, "case"))), None)
    if addressee is None:
        return None
    # (or hung on the addressee as its clause, `à l'État [de vérifier]`, or on its relative clause: `aux
    # consommateurs qui auraient acheté des huîtres [de ne pas les consommer]`)
    below = [doc.words[x] for x in doc.subtree(addressee.i) if doc.words[x].rel in ("acl", "advcl", "xcomp")]
    infinitive = next((k for k in sorted(doc.kids(v.i, "xcomp", "ccomp", "advcl") + below, key=lambda x: x.i)
                       if k.i > addressee.i
                       and k.feats.get("VerbForm") == "Inf"
                       and any(doc.words[x].lemma == tables.infinitive_mark for x in doc.subtree(k.i) if x < k.i)),
                      None)  # (its `de`, however hung: `de « tout mettre en œuvre »`)
    if infinitive is None:
        return None
    acts = {x for c in doc.kids(infinitive.i, "conj") if _tensed(doc, c) for x in doc.subtree(c.i)}
    indices = (set(doc.subtree(addressee.i)) | set(doc.subtree(infinitive.i))) - acts
    for k in sorted(doc.kids(v.i), key=lambda x: x.i):
        # (a second infinitive the parser coordinated with the verb is the request's: `et de « penser… »`; a
        # finite verb is a second act, `et renvoie vers…`)
        if k.i > infinitive.i and k.rel not in ("punct", "cc", "parataxis") \
                and not (k.rel == "conj" and k.feats.get("VerbForm") != "Inf") \
                and "," not in doc.text[doc.words[max(indices)].end:k.start]:
            indices |= set(doc.subtree(k.i))
    words = sorted(indices)
    closing = set(tables.quote_pairs.values())
    while words and doc.words[words[-1]].upos == "PUNCT" and doc.words[words[-1]].text not in closing:
        words.pop()
    if not words:
        return None
    last = _closing_quotation(ctx, words[-1]) or words[-1]
    return _span(ctx, list(range(min(doc.subtree(addressee.i)), last + 1)))


def _clause_content(ctx: Context, cue: Cue) -> tuple[tuple[int, int], str] | None:
    """`X a déclaré que P`, `X a déclaré : P`, `X a reconnu avoir P`."""
    doc, tables = ctx.doc, ctx.tables
    v = doc.words[cue.verb]
    addressed = _addressed_infinitive(ctx, cue)
    if addressed is not None:
        return addressed, "object-predicate"
    predicated = _object_then_quoted_predicate(ctx, cue)  # (before the quoted predicate alone is taken)
    if predicated is not None:
        return predicated
    # a clause with its complementizer first (`insisted that his plans to overhaul X will…`: not `overhaul X`)
    kids = doc.kids(v.i, *CLAUSE_RELS, "obj")
    if tables.bare_complement_clauses:  # (a bare clause the parser coordinated with the verb, no conjunction:
        # `The Edhi Foundation said its morgues … had received 94 bodies`)
        kids += [k for k in doc.kids(v.i, "conj") if k.i > v.i and not doc.kids(k.i, "cc")
                 and doc.kids(k.i, "nsubj", "nsubj:pass") and _tensed(doc, k)]
    if v.rel == "conj" and v.head >= 0:  # (a conjunct's complement the parser hung on the verb before it: `dément
        # toute négligence et dit « se tenir à la disposition de la justice »`)
        kids += [k for k in doc.kids(v.head, *CLAUSE_RELS) if k.i > v.i]
    light = doc.words[v.head] if v.head >= 0 else None
    if light is not None and v.deprel in ("xcomp", "ccomp") \
            and (light.lemma.lower(), v.lemma.lower()) in tables.multiword_verbs:
        # the clause hung on the light verb of a locution (`a fait savoir par écrit, jeudi, que P`)
        kids += [k for k in doc.kids(light.i, "ccomp", "advcl", "conj") if k.i > v.i and _has_mark(doc, k, tables)]
    if not any(_has_mark(doc, k, tables) for k in kids if k.i > v.i) and _complement_read_as_relative(doc, v, tables):
        # (`told reporters on her arrival at the summit on Friday morning that P`, the clause parsed as a
        # relative of `morning`): from the complementizer
        found = _surface_que(ctx, cue)
        if found is not None:
            return found
    for kid in sorted(kids, key=lambda k: not _has_mark(doc, k, tables)):
        if kid.i < v.i:
            continue
        second = _second_reports(ctx, kid)
        sub = [i for i in doc.subtree(kid.i) if i not in second]
        if sub[0] < v.i:  # (the verb's own subject hung on its clause: `while a group, X, said it was…`)
            sub = [i for i in sub if i > v.i]
        first = doc.words[sub[0]]
        if any(v.i < c.verb < sub[0] and (doc.text[:doc.words[c.verb].start].rstrip(SPACES).endswith(",")
                                          or (doc.words[c.verb].head == v.i and doc.words[c.verb].rel == "conj"))
               for c in ctx.cues):
            continue  # `urged the Fed to cut rates, writing … that P`, `dément X et dit « Y »`: the clause is the
            # nearer verb's
        # (not a demonstrative spelt like one: `disputes that picture`)
        if _has_mark(doc, kid, tables) or (first.lower in tables.complementizers and first.upos != "DET"):
            # (a bare clause before it is the first of the two: `said she had considered X but that Y`)
            bare = [k for k in doc.kids(v.i, "ccomp") if v.i < k.i < kid.i and _finite_clause(doc, k)
                    and not _has_mark(doc, k, tables)]
            if bare and tables.bare_complement_clauses:
                sub = sorted(set(sub) | set(range(min(doc.subtree(bare[0].i)), sub[0])))
            whole = _drop_leading(doc, sub, tables.complementizers)
            body = _without_contrasting_report(ctx, cue, whole)
            span = _span(ctx, body)
            if span:
                # the clause runs to the sentence end (parsers hang its last phrases on the reporting verb),
                # or to a verb coordinated with the reporting verb (`said P, but declined to say Q`), or it stops
                # where another's saying was cut off
                sentence_end = _coordinated_stop(ctx, cue, body[-1], doc.sentences[doc.words[body[-1]].sent].end) \
                    if len(body) == len(whole) else doc.words[body[-1]].end
                end = max(span[1], sentence_end)
                return _from_complementizer(ctx, cue, (span[0], _until(doc, end, second))), "que"
        clause = _clause_below_addressee(doc, v, kid, tables)
        if clause is not None:
            span = _span(ctx, _drop_leading(doc, doc.subtree(clause.i), tables.complementizers))
            if span:
                return span, "que"
        if kid.rel in ("ccomp", "advcl") and any(m.lower in tables.interrogative_marks
                                                 for m in doc.kids(kid.i, "mark")):
            span = _span(ctx, sub)  # `says further cuts likely if P`: a condition (a question has no cue)
            if span:
                return span, "que"
        # (a clause right after the verb, no punctuation between, is its complement however labelled: `has
        # insisted the Bill will “transform” the supply`, parsed as parataxis)
        adjacent = kid.rel in ("parataxis", "conj") and sub[0] > v.i and not doc.text[
            cue.group_end:doc.words[sub[0]].start].strip(SPACES)
        if tables.bare_complement_clauses and (kid.rel in ("ccomp", "xcomp") or adjacent or (
                kid.rel == "advcl" and _adverb_read_as_mark(doc, kid))) \
                and not _circumstantial(doc, kid, tables):  # (`told jurors Tuesday as the trial opened`)
            bare = _bare_clause(ctx, cue, kid, sub)  # `X said the plan would fail`: no complementizer
            if bare is not None:
                return (bare[0], _until(doc, bare[1], second)), "que"
        # (with an object, `appeler X à` is the object-predicate pattern below, object included)
        if _infinitive(doc, kid) and not _tensed(doc, kid) and kid.rel in ("xcomp", "ccomp", "obj", "advcl") \
                and lemma_of(cue) in tables.infinitive_verbs and not (
                    lemma_of(cue) in tables.object_predicate_verbs and doc.kids(v.i, "obj")) \
                and not _predicate_before(doc, cue, kid, tables) \
                and not (kid.rel == "advcl" and any(m.lower not in tables.infinitive_markers
                                                    for m in doc.kids(kid.i, "mark", "case"))):
            # (an adverbial infinitive of purpose is none: `a annoncé le déploiement de CRS pour « sécuriser »`)
            # a negation between the verb and its infinitive negates the infinitive (`affirme ne pas avoir…`)
            negation = [k.i for k in doc.kids(v.i, "advmod") if v.i < k.i < sub[0]
                        and (k.lower in tables.negations or k.lower in tables.negation_adverbs)]
            # a participle the parser coordinated with the infinitive is the reporting verb's own conjunct (`a
            # dit « prendre acte » de la décision et annoncé qu'elle…`): not reported; one with its own auxiliary
            # is a second infinitive (`dit ne pas avoir « … », mais « d'avoir récupéré quelque chose »`)
            stray = {i for c in doc.kids(kid.i, "conj") if c.feats.get("VerbForm") == "Part"
                     and kid.feats.get("VerbForm") == "Inf" and not doc.kids(c.i, "aux")
                     for i in doc.subtree(c.i)}
            body = negation + [i for i in _drop_leading(doc, sub, tables.infinitive_markers) if i not in stray]
            span = _span(ctx, body)
            if span:
                return span, "infinitive"
        first_word = next((doc.words[i] for i in sub if doc.words[i].upos != "PUNCT"), doc.words[sub[0]])
        between = doc.text[cue.group_end:first_word.start]
        if ":" in between and kid.rel != "obj":
            span = _span(ctx, sub)
            if span:
                return span, "colon"
    return _surface_que(ctx, cue) or _clause_below_indirect_object(ctx, cue) or _misparsed_clause(ctx, cue) \
        or _stranded_clause(ctx, cue) or _clause_after_date(ctx, cue)


def _complement_read_as_relative(doc: Doc, v: Word, tables: LanguageTables) -> bool:
    """A complementizer after the verb that the parser made the mark of a clause modifying a noun of the verb's
    own phrases (a relative has a pronoun, not a mark)."""
    own = set(doc.subtree(v.i))
    return any(w.lower in tables.complementizers and w.rel == "mark" and w.i > v.i
               and doc.words[w.head].rel == "acl" and doc.words[w.head].head in own
               and doc.words[doc.words[w.head].head].upos == "NOUN"
               for w in doc.words[v.i + 1:doc.sentence_of(v.i).last + 1])


def _object_then_quoted_predicate(ctx: Context, cue: Cue) -> tuple[tuple[int, int], str] | None:
    """`Coroner warns Lancaster junction 'will kill again' after teacher's death`: a bare clause whose subject
    the parser made the verb's object and whose quoted predicate it hung on the verb; up to the closing mark
    when a phrase of time or cause follows it."""
    doc, tables = ctx.doc, ctx.tables
    if not tables.bare_complement_clauses:
        return None
    v = doc.words[cue.verb]
    obj = next((k for k in doc.kids(v.i, "obj") if k.i > v.i and k.upos in ("NOUN", "PROPN")), None)
    if obj is None:
        return None
    opening = max(doc.subtree(obj.i)) + 1
    # (or hung on the verb above it: `RBA lifts rates as governor warns inflation 'not yet beaten'`)
    above = [k for k in doc.kids(v.head, "parataxis") if k.i > v.i] if v.head >= 0 else []
    for kid in doc.kids(v.i, "parataxis", "ccomp") + above:
        sub = [i for i in doc.subtree(kid.i) if i > opening]
        # (a subject the parser gave the predicate from further back is not its own: `…bans phones…;
        # superintendent says students ‘need…’`)
        # (a headline's predicate may drop its verb `be`: `inflation 'not yet beaten'`, all of it quoted)
        elided = (kid.feats.get("VerbForm") == "Part" or kid.upos == "ADJ") and bool(sub) \
            and closing_mark(doc.words[sub[-1]], tables)
        if not sub or sub[0] != opening + 1 or doc.words[opening].text not in tables.quote_pairs \
                or any(k.i > obj.i for k in doc.kids(kid.i, "nsubj", "nsubj:pass")) \
                or not (_tensed(doc, kid) or elided):
            continue
        close = next((i for i in sub if i > opening and closing_mark(doc.words[i], tables)), None)
        end = max(sub)
        if close is not None and close < end and doc.words[close + 1].lower in tables.adverbial_marks:
            end = close
        span = _span(ctx, list(range(min(doc.subtree(obj.i)), end + 1)))
        return (span, "que") if span else None
    return None


def _clause_below_indirect_object(ctx: Context, cue: Cue) -> tuple[tuple[int, int], str] | None:
    """`told reporters she had found…` with the addressee an indirect object: the told clause below it."""
    doc, tables = ctx.doc, ctx.tables
    v = doc.words[cue.verb]
    for kid in doc.kids(v.i, "iobj"):
        clause = _clause_below_addressee(doc, v, kid, tables) if kid.i > v.i else None
        span = _span(ctx, _drop_leading(doc, doc.subtree(clause.i), tables.complementizers)) if clause else None
        if span:
            return span, "que"
    return None


def _clause_after_date(ctx: Context, cue: Cue) -> tuple[tuple[int, int], str] | None:
    """`said last night she was "appalled" by…`: a clause right after a date that follows the verb, which the
    parser made a relative clause of the date's noun (a relative has one subject, its pronoun or none); with its
    complementizer, the date may close a longer phrase (`told reporters at a briefing Wednesday afternoon that
    P`: a relative on a time word has no complementizer and a subject of its own after it)."""
    doc, tables = ctx.doc, ctx.tables
    for o in doc.kids(cue.verb, "obl", "obl:tmod", "obl:unmarked", "obl:npmod"):
        clauses = [g for g in doc.kids(o.i, "acl") if g.i > o.i and (
            (g.deprel == "acl:relcl" and tables.bare_complement_clauses) or _has_mark(doc, g, tables))]
        if o.i < cue.verb or len(clauses) != 1:
            continue
        clause = clauses[0]
        own = [i for i in doc.subtree(o.i) if i not in doc.subtree(clause.i)]
        phrase = doc.text[doc.words[own[0]].start:doc.words[own[-1]].end]
        subjects = doc.kids(clause.i, "nsubj", "nsubj:pass")
        opening = doc.words[min(doc.subtree(clause.i))]
        if _has_mark(doc, clause, tables) and opening.lower in tables.complementizers:
            date = next((d for d in tables.date_regex.finditer(phrase) if d.end() == len(phrase)), None)
            opening_ok = len(subjects) == 1 and subjects[0].i > opening.i
        else:
            date = tables.date_regex.fullmatch(phrase)
            opening_ok = opening.feats.get("PronType") != "Rel"
        if date is None or len(subjects) != 1 or subjects[0].feats.get("PronType") == "Rel" \
                or opening.i != own[-1] + 1 or not opening_ok:
            continue
        body = _drop_leading(doc, doc.subtree(clause.i), tables.complementizers)
        span = _span(ctx, body)
        if span is not None:
            return (span[0], _coordinated_stop(ctx, cue, body[-1], max(span[1], doc.sentences[clause.sent].end))), "que"
    return None


def _clause_below_addressee(doc: Doc, v: Word, kid: Word, tables: LanguageTables) -> Word | None:
    """`told reporters that P` with `reporters` taken for a verb: the complementizer clause hangs one level
    down, on the word right after the verb."""
    # (a longer addressee phrase right after the verb: `asked the government's lawyer whether P`)
    far = kid.i - v.i > 3 and (kid.upos == "VERB" or min(doc.subtree(kid.i)) != v.i + 1)
    if far or kid.upos not in ("NOUN", "PROPN", "VERB") or kid.rel not in ("obj", "iobj", "ccomp") \
            or "," in doc.text[v.end:kid.start] or not (kid.upos == "VERB" or _addressee(kid, tables)
                                                        or (kid.upos == "NOUN" and kid.text[:1].isupper())):
        return None  # (`publish legislation that would…`: a relative clause of a thing, not a told clause; a
        # capitalised noun after the verb is a name the tagger missed: `told The Verge`)
    # (or with no complementizer, taken for a relative clause without its pronoun: `told The Verge they
    # learned…`; a personal pronoun opening it is the told clause's subject, unless a clause of its own follows:
    # `told the workers he met that P`)
    return next((g for g in doc.kids(kid.i, "ccomp", "advcl", "acl") if g.i > kid.i and (
        _has_mark(doc, g, tables) or (
            tables.bare_complement_clauses and g.deprel == "acl:relcl" and _finite_clause(doc, g)
            and doc.words[min(doc.subtree(g.i))].feats.get("PronType") == "Prs"
            and doc.words[min(doc.subtree(g.i))].rel == "nsubj"
            and not any(_has_mark(doc, c, tables) for c in doc.kids(g.i, "ccomp")))
        # (or opening on the complementizer read as a relative pronoun, the clause with a subject of its own:
        # `told CNBC's "Squawk Box" that she expected…`)
        or (g.deprel == "acl:relcl" and v.lemma.lower() in tables.addressee_verbs and _finite_clause(doc, g)
            and not any(c.i > g.i for c in doc.kids(v.i, "ccomp"))
            and doc.words[min(doc.subtree(g.i))].lower in tables.complementizers
            and any(s.i > min(doc.subtree(g.i)) for s in doc.kids(g.i, "nsubj"))))), None)


def phrase_read_as_clause(doc: Doc, kid: Word) -> bool:
    """A clause whose subject is under a preposition is a phrase the parser read as one (`said on the company's
    earnings call Thursday morning`, `call` tagged a verb): no content, but circumstances of the saying."""
    first = min(doc.subtree(kid.i))  # (the clause opening on it: not `said more than 640,000 people were…`; nor an
    # approximation of a number, `said about 600 drivers had not been paid`; nor a name tagged so, `says AI customers`)
    return any(c.upos == "ADP" and c.i == first and c.text[:1].islower() and not doc.kids(s.i, "nummod")
               for s in doc.kids(kid.i, "nsubj") for c in doc.kids(s.i, "case"))


def _bare_clause(ctx: Context, cue: Cue, kid: Word, sub: list[int]) -> tuple[int, int] | None:
    """The span of a complement clause without complementizer (`said the plan would fail`), or None.

    A subject makes a finite `xcomp` a misparsed complement clause; the verb's object right before a
    subjectless clause is that clause's subject (`insists NHS reforms will cut…` parsed as `insists [reforms]
    [will cut…]`); after a comma it is a clause of circumstance the parser misread (`said on Friday, as…`).
    """
    doc, v = ctx.doc, ctx.doc.words[cue.verb]
    if phrase_read_as_clause(doc, kid):
        return None
    # (also a second subject after the verb: `X, who…, said the job cuts, roughly 4%…, would be completed`)
    before = any(k.i < v.i for k in doc.kids(v.i, "nsubj"))
    # (and an indirect object of a verb that takes no addressee: `said Gregory Lamb, 61, had "betrayed…"`)
    addressed = lemma_of(cue) in ctx.tables.addressee_verbs
    subject = [i for o in doc.kids(v.i, "obj", "nsubj", "iobj") if v.i < o.i < kid.i
               and o.upos in ("NOUN", "PROPN", "ADJ", "NUM")  # (`said fewer than one in three services would…`)
               and (o.rel == "obj" or (o.rel == "iobj" and not addressed) or (o.rel == "nsubj" and before))
               for i in doc.subtree(o.i)] if kid.rel == "ccomp" and not doc.kids(kid.i, "nsubj", "nsubj:pass") else []
    if not subject and kid.rel == "ccomp" and not doc.kids(kid.i, "nsubj", "nsubj:pass", "csubj"):
        # (a gerund's phrase right before it, parsed as the verb's complement: `said printing the subsidy on
        # receipts would help`; or a participle modifying the clause's subject: `said laid-off workers would…`)
        subject = next((doc.subtree(g.i) for g in doc.kids(v.i, "xcomp") if v.i < g.i < kid.i
                        and (g.feats.get("VerbForm") == "Ger" or g.feats.get("Tense") == "Pres"
                             or (g.feats.get("VerbForm") == "Part" and any(
                                 doc.words[i].upos == "NOUN" and i > g.i for i in doc.subtree(g.i))))
                        and max(doc.subtree(g.i)) + 1 == min(
                            i for i in doc.subtree(kid.i) if i not in doc.subtree(g.i))), [])
    # (a verb of saying takes no bare infinitive: after such a subject it is a present the tagger misread,
    # `said drumlines "kill far more turtles…"`)
    misread = kid.feats.get("VerbForm") == "Inf" and not doc.kids(kid.i, "mark", *AUX_RELS)
    if not (_finite_clause(doc, kid) or (subject and (_tensed(doc, kid) or misread))):
        # (a quoted clause right after the verb, its subject read as a modifier: `says 'enough is enough'`)
        mark = next((m for m in ctx.marks if m.start <= kid.start < m.end
                     and not doc.text[cue.group_end:m.open_start].strip()), None) if _tensed(doc, kid) else None
        if mark is not None:
            sub = [i for i in sub if mark.open_start <= doc.words[i].start < mark.close_end]  # (the marks only:
            # not `… as CrossPennine Rail taken into public ownership` the parser hung on it)
        elif not (subject and _quoted_predicate_after(ctx, kid, doc.words[max(subject)].end)):
            return None  # (but a headline's clause without its copula, a subject then its quoted predicate,
            # is reported whole: `manager seeks 18% rate hike, says city ‘not ready’ to take back system`)
    subjects = [k.i for k in doc.kids(kid.i, "nsubj", "nsubj:pass")]
    if subjects and lemma_of(cue) in ctx.tables.addressee_verbs:
        # `told the BBC the service would need…`: the addressee hung on the clause, before its subject
        addressee = {i for o in doc.kids(kid.i, "obj", "iobj") if o.i < min(subjects) for i in doc.subtree(o.i)}
        if len(subjects) >= 2:  # (or given as a first subject: `told the court her son "was…"`)
            addressee |= set(doc.subtree(min(subjects)))
        sub = [i for i in sub if i not in addressee]
    first = next(doc.words[i] for i in subject + sub if doc.words[i].rel != "punct")
    if "," in doc.text[cue.group_end:first.start]:
        return None
    body = sorted(subject + sub)
    span = _span(ctx, body[_leading_date(ctx, body, kid):])
    if span is None:
        return None
    if not _finite_clause(doc, kid) and not subject:
        return span  # (the quoted clause alone)
    return span[0], max(span[1], _coordinated_stop(ctx, cue, sub[-1], doc.sentences[kid.sent].end))


def _quoted_predicate_after(ctx: Context, kid: Word, end: int) -> bool:
    """Marks holding the clause's head open right after offset `end` (the end of the clause's subject)."""
    return any(m.start <= kid.start < m.end and not ctx.doc.text[end:m.open_start].strip() for m in ctx.marks)


def _leading_date(ctx: Context, body: list[int], clause: Word) -> int:
    """How many words of a bare clause are a date of the saying the parser hung on the clause (`said Monday the
    state would send…`): a date expression opening it, outside its subject (not `said Monday's attack was…`)."""
    doc = ctx.doc
    m = ctx.tables.date_regex.match(doc.text, doc.words[body[0]].start)
    if m is None:
        return 0
    dated = [i for i in body if doc.words[i].end <= m.end()]
    subject = {i for k in doc.kids(clause.i, "nsubj", "nsubj:pass", "csubj") for i in doc.subtree(k.i)}
    if not dated or len(dated) == len(body) or doc.words[dated[-1]].end != m.end() or subject & set(dated):
        return 0
    return len(dated)


def _predicate_before(doc: Doc, cue: Cue, kid: Word, tables: LanguageTables) -> bool:
    """A predicate of a predicative verb before its infinitive, which then completes the predicate (`s'est
    dit « déterminé » à aller…`)."""
    return cue.lemma in tables.predicative_verbs and any(
        cue.verb < k.i < kid.i and (k.upos in ("ADJ", "NOUN") or k.feats.get("VerbForm") == "Part")
        for k in doc.kids(cue.verb, "xcomp", "obj", "obl"))


def _misparsed_clause(ctx: Context, cue: Cue) -> tuple[tuple[int, int], str] | None:
    """`Kyiv says Russian drone attack hit energy facilities`: a bare complement clause parsed as objects
    (headlines drop the words a parser leans on); a verb after the first object shows the clause."""
    doc, tables = ctx.doc, ctx.tables
    lemma = lemma_of(cue)
    if not tables.bare_complement_clauses or lemma in tables.object_predicate_verbs \
            or lemma in tables.np_claim_verbs or lemma in tables.addressee_verbs:
        return None
    v = doc.words[cue.verb]
    # (also a second subject after the verb: `Lindgren said the team adjusted for age`, `adjusted` its participle)
    # (not a day read as the object: `…, city officials said Tuesday, and families have been told…`)
    # (not the verb's own inverted subject: `…, said Rhea Gupta, a senior analyst who covers the sector`)
    objs = [k for k in doc.kids(v.i, "obj", "nsubj", "ccomp") if k.i > v.i and k.upos in ("NOUN", "PROPN", "SYM")
            and not tables.date_regex.fullmatch(doc.text, k.start, k.end) and k.i != cue.subject]
    if not objs:
        return None
    first = min(doc.subtree(objs[0].i))
    sentence = doc.sentence_of(v.i)
    rest = doc.words[first:sentence.last + 1]
    if any(w.text == "," for w in doc.words[first - 1:objs[0].i]) \
            and _apposed_noun_phrase(doc, [w for w in rest if w.upos != "PUNCT"]):
        return None  # the writer's comment after the attribution (`…, the company said on Tuesday, the latest
        # sign that big tech firms are trimming costs`)
    # (or a clause right after the object that the parser hung higher up: `refused to blame the referee,
    # insisting the decisions "were correct"`)
    # (also as a conjunct without conjunction of the verb before: `casino workers ratify contract; union says deal
    # ‘sets the bar for the Strip’`)
    stranded = [k for k in rest if (k.rel in ("ccomp", "parataxis") or (k.rel == "conj" and not doc.kids(k.i, "cc")))
                and k.head < v.i and _tensed(doc, k) and _right_after(doc, max(doc.subtree(objs[0].i)), k)]
    # (or made the root, the reporting verb its dependent: `RELATED: Owner says team 'can't wait forever'`; only
    # marks and the verb's own auxiliaries and adverbs between)
    last = max(doc.subtree(objs[0].i))
    stranded += [k for k in rest if k.deprel == "root" and k.i > last and _tensed(doc, k) and all(
        (doc.words[i].upos == "PUNCT" and doc.words[i].text not in ",;:")
        or (doc.words[i].head == k.i and doc.words[i].rel in ("aux", "advmod")) for i in range(last + 1, k.i))]
    # the verb inside the objects' phrases or a clause of the reporting verb, never one coordinated with it
    # (`declared a state of emergency and said…`)
    # (not a clause of circumstance after a comma: `…, officials said Tuesday, as an outbreak spread`)
    # a conjunct whose subject goes on the object's list after a comma (`said about 1,200 apartment buildings, 46
    # schools and three hospitals had been cut off`): the parser split one clause
    listed = [k for k in doc.kids(v.i, "conj") if k.i > objs[0].i and not doc.kids(k.i, "cc") and _tensed(doc, k)
              and any(_list_goes_on(doc, objs[0], s) for s in doc.kids(k.i, "nsubj", "nsubj:pass"))]
    # (a present conjunct without a subject of a past verb of saying cannot be its coordinate: the object is its
    # subject, `He said low-carbon fuel markets in California and elsewhere pay a premium`)
    listed += [k for k in doc.kids(v.i, "conj") if k.i > objs[0].i and v.feats.get("Tense") == "Past"
               and k.feats.get("Tense") == "Pres" and k.feats.get("VerbForm") == "Fin"
               and not doc.kids(k.i, "nsubj", "nsubj:pass") and k not in listed
               and not any(x.upos in ("VERB", "AUX") for x in doc.words[max(doc.subtree(objs[0].i)) + 1:k.i])]
    inside = {i for o in objs for i in doc.subtree(o.i)} | {
        i for k in doc.kids(v.i, "ccomp", "xcomp", "parataxis") if k.i > objs[0].i
        and not _circumstantial(doc, k, tables) for i in doc.subtree(k.i)} | {
        # (but a conjunct with no conjunction and no subject of its own, its auxiliary finite, is the clause's
        # verb: `said 60 firefighters from stations in X, Y and Z had been involved`)
        i for k in doc.kids(v.i, "conj") if k.i > objs[0].i and not doc.kids(k.i, "cc", "nsubj", "nsubj:pass")
        and _tensed(doc, k) and doc.words[min(doc.subtree(k.i))].text != "," for i in doc.subtree(k.i)} | {
        i for k in [*listed, *stranded] for i in doc.subtree(k.i)}
    # (a featureless verb modifying a noun is a noun the tagger misread, no predicate: `said Ravi Dhaliwal, a
    # professor of mining engineering`)
    # (or a past form inside the object's phrase right after its subject's noun, read as a participle modifying
    # the noun after it: `said the private sector supported road maintenance`)
    if not stranded and not any(w.upos == "VERB" and w.i > objs[0].i and w.i in inside
                                and w.feats.get("VerbForm") != "Ger"
               and not (w.rel == "amod" and not w.feats) for w in rest) and not any(
            w.upos == "VERB" and w.rel == "amod" and w.feats.get("Tense") == "Past" and w.i > first
            and doc.words[w.i - 1].upos in ("NOUN", "PROPN") and w.head > w.i for w in rest):
        return None
    span = _span(ctx, [w.i for w in rest])
    if span is None:
        return None
    # (a comma inside the first object's phrase is no comma before a coordinated verb)
    # (nor at the comma of a list the parser split: past the clause its last subject opens)
    anchor = max([max(doc.subtree(k.i)) for k in listed] + [max(doc.subtree(objs[0].i))])
    return (span[0], min(span[1], _coordinated_stop(ctx, cue, anchor, span[1]))), "que"


def _list_goes_on(doc: Doc, obj: Word, subject: Word) -> bool:
    """The subject's phrase follows the object's after a comma alone: one list split by the parser."""
    end = max(doc.subtree(obj.i))
    return end + 2 < len(doc.words) and doc.words[end + 1].text == "," \
        and min(i for i in doc.subtree(subject.i) if doc.words[i].rel != "punct") == end + 2 \
        and doc.words[end + 2].upos in ("NUM", "DET", "NOUN", "ADJ")


def _right_after(doc: Doc, last: int, clause: Word) -> bool:
    """The clause's words start right after word `last`, quotation marks aside."""
    first = min(i for i in doc.subtree(clause.i) if doc.words[i].upos != "PUNCT" or i == clause.i)
    return first > last and all(doc.words[i].upos == "PUNCT" and doc.words[i].text not in ",;:"
                                for i in range(last + 1, first))


def _time_phrases(doc: Doc, w: Word, tables: LanguageTables) -> set[int]:
    """Words of the phrases of time or cause the parser hung on noun w (`his side after Arsenal …`), with the
    clause they open (`'special' win as Arsenal go top`, the clause made the noun's modifier)."""
    phrases = {i for k in doc.kids(w.i, "nmod") if any(c.lower in tables.adverbial_marks for c in doc.kids(k.i, "case"))
               for i in doc.subtree(k.i)}
    return phrases | {i for k in doc.kids(w.i, "acl", "advcl") if k.i > w.i and _circumstantial(doc, k, tables)
                      for i in doc.subtree(k.i)}


def _quoted_topic(ctx: Context, cue: Cue) -> tuple[tuple[int, int], str] | None:
    """`UN chief warns of 'climate hell'`, `a parlé d'« un tournant »`: a prepositional complement of the
    verb holding quotation marks is what was said (without the marks, it is only its topic)."""
    doc, tables = ctx.doc, ctx.tables
    for kid in doc.kids(cue.verb, "obl", "obl:arg"):
        cases = [c for c in doc.kids(kid.i, "case") if c.lower in tables.topic_prepositions]
        if kid.i < cue.verb or not cases:
            continue
        # (without a clause of time its conjunction opens, however parsed: `'climate hell' as emissions rise`)
        timed = _time_phrases(doc, kid, tables)
        body = [i for i in doc.subtree(kid.i) if i not in {c.i for c in cases} and i not in timed]
        # (with a quoted phrase the parser gave the verb right after it: `parlent d'un chiffre d'affaires « en
        # chute libre »`)
        body += _quoted_after(ctx, doc.words[cue.verb], max(body)) if body else []
        span = _span(ctx, body)
        if span and ctx.mark_overlapping(*span):
            return span, "np-quoted"
    return None


def _apposed_quotation(ctx: Context, cue: Cue) -> tuple[tuple[int, int], str] | None:
    """`a dénoncé le 14 février, dans une lettre ouverte, « un plan comptable »`: a verb that takes a noun phrase
    it claims, with no object, and a quoted noun phrase closing its sentence after a comma, which the parser
    hung on the phrase before it (the letter's apposition): that phrase is the object."""
    doc, tables = ctx.doc, ctx.tables
    v = doc.words[cue.verb]
    if cue.lemma not in tables.np_claim_verbs:
        return None
    own = set(doc.subtree(v.i))
    for w in doc.words[v.i + 1:]:
        if w.sent != v.sent:
            return None
        if w.rel != "appos" or w.upos not in ("NOUN", "PROPN") or w.i not in own or not _wholly_quoted(ctx, w):
            continue
        sub = doc.subtree(w.i)
        first = next(i for i in sub if doc.words[i].upos != "PUNCT")
        rest = [x for x in doc.words[max(sub) + 1:] if x.sent == v.sent]
        # (with no comma after a statement noun: `a dénoncé dans une déclaration commune « un hold-up »`)
        if doc.words[first - 1].text not in tables.quote_pairs or any(x.upos != "PUNCT" for x in rest) or (
                doc.words[first - 2].text != "," and doc.words[w.head].lemma.lower() not in tables.statement_nouns):
            return None
        span = _span(ctx, [i for i in sub if i >= first])
        return (span, "np-quoted") if span and ctx.mark_overlapping(*span) else None
    return None


def _stranded_clause(ctx: Context, cue: Cue) -> tuple[tuple[int, int], str] | None:
    """`…, with Chair Jerome Powell saying the central bank was "well positioned"`: a bare clause right after
    the verb that the parser hung on a verb above it; its subject opens right after the verb group."""
    doc = ctx.doc
    if not ctx.tables.bare_complement_clauses:
        return None
    v = doc.words[cue.verb]
    first = next((w for w in doc.words[v.i + 1:] if w.end > cue.group_end), None)
    if first is None or first.sent != v.sent:
        return None
    if lemma_of(cue) in ctx.tables.addressee_verbs and first.rel == "obj" and first.head == v.i \
            and max(doc.subtree(first.i)) + 1 < len(doc.words):
        first = doc.words[max(doc.subtree(first.i)) + 1]  # past the addressee (`telling voters he is “…”`)
    own = set(doc.subtree(v.i))
    subject = _object_as_subject(ctx, cue, first)
    if subject is not None:
        return subject
    for s in doc.words[first.i:]:
        if s.sent != v.sent or s.upos in ("VERB", "AUX", "PUNCT"):
            return None
        if s.rel.startswith("nsubj") and min(i for i in doc.subtree(s.i) if i != v.i) == first.i:
            x = doc.words[s.head]
            # (the verb may be read as the subject's adjective: `Bullock warning inflation remained…`; or as the
            # clause's adverbial: `hit back, saying the pick-up in inflation had been driven by…`)
            if x.i < s.i or x.i in own or (v.i in doc.subtree(x.i) and v.head != s.i
                                           and not (v.head == x.i and v.rel == "advcl")) or not _tensed(doc, x):
                return None
            span = _span(ctx, list(range(first.i, max(doc.subtree(x.i)) + 1)))
            return (span, "que") if span else None
    return None


def _object_as_subject(ctx: Context, cue: Cue, first: Word) -> tuple[tuple[int, int], str] | None:
    """`BMA warns stoppage could be the first of many`, `has said the refusal of … in Ballycullen, south Dublin, is
    “a real setback”`: the parser made the clause's subject the verb's object, and hung its finite verb elsewhere
    or on the verb as a clause of its own; the clause runs from the object (opening at `first`) to its predicate's
    end."""
    doc = ctx.doc
    v = doc.words[cue.verb]
    obj = next((o for o in doc.kids(v.i, "obj") if min(doc.subtree(o.i)) == first.i), None)
    if obj is None or lemma_of(cue) in ctx.tables.addressee_verbs or not _tensed(doc, v):
        return None
    end = max(doc.subtree(obj.i))
    if any(w.text == "," for w in doc.words[first.i:end + 1]):  # (an apposition inside: past its closing comma)
        if end + 1 >= len(doc.words) or doc.words[end + 1].text != ",":
            return None
        end += 1
    if end + 1 >= len(doc.words):
        return None
    verb = doc.words[end + 1]
    if verb.sent != v.sent or verb.upos not in ("AUX", "VERB") or verb.feats.get("VerbForm") != "Fin":
        return None
    predicate = doc.words[verb.head] if verb.upos == "AUX" and verb.head > verb.i else verb
    if verb.i in doc.subtree(v.i) and not (predicate.head == v.i and predicate.rel in ("parataxis", "ccomp")
                                           and predicate.i > obj.i):
        return None
    span = _span(ctx, list(range(first.i, max(doc.subtree(predicate.i)) + 1)))
    return (span, "que") if span else None


def _until(doc: Doc, end: int, second: set[int]) -> int:
    """A reported clause's end, before the words of a second report (and the conjunction or comma joining it)."""
    if not second:
        return end
    k = min(second)
    while k > 0 and doc.words[k - 1].rel in ("cc", "punct") and doc.words[k - 1].text not in ("”", '"', "»", "’"):
        k -= 1
    return min(end, doc.words[k - 1].end if k > 0 else doc.words[min(second)].start)


def _second_reports(ctx: Context, content: Word) -> set[int]:
    """The words of the writer's second reports coordinated with a reported clause's verb (`cues.second_report`):
    not part of the first report."""
    doc = ctx.doc
    # (also a participle of saying after a comma, hung on the clause: `said the report was “sobering”, adding
    # that P` continues the saying, it is not part of what was said)
    return {i for kid in doc.kids(content.i, "conj") if second_report(doc, content, kid, ctx.tables)
            for i in doc.subtree(kid.i)} | {
        i for kid in doc.kids(content.i, "advcl", "xcomp", "conj") if kid.i > content.i
        and continuing_participle(doc, kid, ctx.tables.sequel_markers) and any(c.verb == kid.i for c in ctx.cues)
        for i in doc.subtree(kid.i)}


def _without_contrasting_report(ctx: Context, cue: Cue, body: list[int]) -> list[int]:
    """The clause's words before a clause of contrast after a comma that reports another's saying (`affirme que
    « … », tandis que les pilotes réclament une refonte`), however the parser hung it."""
    doc, tables = ctx.doc, ctx.tables
    for other in ctx.cues:
        v = doc.words[other.verb]
        if other.verb == cue.verb or other.verb not in body or other.subject is None or other.subject > v.i:
            continue
        mark = next((m for m in doc.kids(v.i, "mark") if m.lower in tables.adverbial_marks and m.i < other.subject),
                    None)
        if mark is not None and mark.i > 0 and doc.words[mark.i - 1].text == ",":
            return [i for i in body if i < mark.i - 1]
    return body


def _coordinated_stop(ctx: Context, cue: Cue, last: int, sentence_end: int) -> int:
    """Where the reported clause must end at the latest: before the conjunction and comma of a verb
    coordinated with the reporting verb after the clause (`said he expected a deal, but declined to say…`)."""
    doc = ctx.doc
    for kid in doc.kids(cue.verb, "ccomp", "advcl", "xcomp"):
        # a free participle after a comma (`…"within days," setting up a clash`, `…, provoquant la colère`):
        # what the saying brings about, not what was said
        first = min(i for i in doc.subtree(kid.i) if doc.words[i].rel != "punct" or i > last)
        if kid.i > last and kid.feats.get("VerbForm") in ("Part", "Ger") and kid.feats.get("Tense") != "Past" \
                and not doc.kids(kid.i, "nsubj", "mark", "aux") and first > last \
                and "," in doc.text[doc.words[last].end:kid.start]:
            return min(sentence_end, doc.words[last].end)
    for kid in doc.kids(cue.verb, "parataxis"):
        # (a second sentence after a semicolon, with its own subject: `says govt '…'; SC bench asks why…`)
        if kid.i > last and doc.kids(kid.i, "nsubj", "nsubj:pass") \
                and ";" in doc.text[doc.words[last].end:doc.words[min(doc.subtree(kid.i))].start + 1]:
            return min(sentence_end, doc.words[last].end)
    for kid in doc.kids(cue.verb, "conj"):
        opening = next((doc.words[i] for i in doc.subtree(kid.i) if doc.words[i].rel not in ("cc", "punct")), kid)
        if _has_mark(doc, kid, ctx.tables) or opening.lower in ctx.tables.complementizers:
            continue  # `told the BBC that P and that Q`: a second clause of the same saying
        if kid.upos == "VERB" and kid.i > last and not _backshifted_conjunct(doc, kid, ctx.tables):
            # (punctuation of the clause before may hang on the conjunct: `"within weeks," but declined`)
            first = min(i for i in doc.subtree(kid.i) if doc.words[i].rel != "punct" or i > last)
            lemma = kid.lemma.lower()
            if "," not in doc.text[doc.words[last].end:doc.words[first].start] \
                    and lemma not in ctx.tables.reporting_verbs and lemma not in ctx.tables.refusal_verbs \
                    and lemma not in ctx.tables.speaking_verbs:
                continue  # `said the driver appeared to be… and may have been trying…`: the clause goes on
            while first > last + 1 and doc.words[first - 1].rel in ("cc", "punct"):
                first -= 1
            return min(sentence_end, doc.words[first].start) if first > last else sentence_end
    return sentence_end


def _backshifted_conjunct(doc: Doc, w: Word, tables: LanguageTables) -> bool:
    """A verb coordinated without a subject of its own, its auxiliary shifted back as reported speech shifts it
    (`said it had opened an inquiry and would "not comment further"`, `and had asked the Auditor-General to…`):
    the reported clause's second verb, whatever the parser hung it on."""
    return w.rel == "conj" and not doc.kids(w.i, "nsubj", "nsubj:pass") \
        and any(a.lower in tables.backshift_auxiliaries for a in doc.kids(w.i, "aux"))


def _inside_date(doc: Doc, w: Word, tables: LanguageTables) -> bool:
    """Word w is part of a time expression (the demonstrative of `late that evening`)."""
    return any(m.start() <= w.start < m.end()
               for m in tables.date_regex.finditer(doc.text, max(0, w.start - 12), w.end + 12))


def _from_complementizer(ctx: Context, cue: Cue, span: tuple[int, int]) -> tuple[int, int]:
    """The reported clause starts right after the complementizer that follows the verb, even when the
    parse left the clause's first words (its subject) outside the clause."""
    for w in ctx.doc.words[cue.verb + 1:]:
        if w.start >= span[0]:
            break
        if w.lower in ctx.tables.complementizers and w.start >= cue.group_end \
                and not _inside_date(ctx.doc, w, ctx.tables):  # (`late that evening that P`)
            predicate = next((m for m in ctx.marks if cue.group_end <= m.open_start and m.close_end <= w.start
                              and not ctx.doc.text[m.close_end:w.start].strip(SPACES)), None)
            if predicate is not None and all(x.upos in ("ADJ", "ADV", "PUNCT")
                                             for x in ctx.doc.words_in(predicate.open_start, predicate.close_end)):
                return predicate.open_start, span[1]  # a quoted predicate before it: `juge « indécent » que P`
            return w.end, span[1]
    return span


def _surface_que(ctx: Context, cue: Cue) -> tuple[tuple[int, int], str] | None:
    """`X a déclaré [mardi aux journalistes] que P` when the parse misses the clause: P runs from the
    complementizer to the sentence end, or to the next attribution joined by a comma (`, ajoutant que`)."""
    doc, tables = ctx.doc, ctx.tables
    v = doc.words[cue.verb]
    sent = doc.sentence_of(v.i)
    k = v.i + 1
    while k <= sent.last and doc.words[k].end <= cue.group_end:
        k += 1
    skipped = 0
    own = set(doc.subtree(v.i))
    # (a complementizer's spelling inside a date is none: `told a news conference late that evening that P`)
    while k <= sent.last and (doc.words[k].lower not in tables.complementizers
                              or _inside_date(doc, doc.words[k], tables)):
        w = doc.words[k]
        # a mistagged addressee (`told reporters` with `reporters` a VERB) is still the verb's own argument
        argument = w.head == v.i and w.rel in ("obj", "iobj", "xcomp") and not doc.kids(w.i, "nsubj", "aux", "mark")
        # (and so is a publishing participle of one of its nouns: `argued in a lawsuit filed in September that P`)
        argument = argument or (w.rel == "acl" and w.feats.get("VerbForm") == "Part" and w.head in own
                                and w.lemma.lower() in tables.publication_verbs
                                and doc.words[w.head].upos == "NOUN" and not doc.kids(w.i, "nsubj", "aux"))
        # (commas around the verb's own circumstances: `qui avait averti la semaine dernière, devant une
        # délégation, que « … »`, the clause hung on the main verb after it)
        set_off = w.text == "," and (w.head in own or (k + 1 <= sent.last
                                                      and doc.words[k + 1].lower in tables.complementizers))
        if (w.upos in ("VERB", "AUX") and not argument) or (w.upos in ("PUNCT", "SCONJ", "CCONJ") and not set_off) \
                or skipped >= (16 if w.i in own or set_off else 6):
            return None
        skipped += 1
        k += 1
    if k <= sent.last and doc.words[k].rel == "fixed":
        return None  # a conjunction's last word (`alors que`, `so that`): no complementizer of the verb
    if k <= sent.last and any(doc.words[x].text == "," for x in range(v.i + 1, k)) and doc.words[k - 1].text != ",":
        return None  # (a set-off circumstance closes on its comma right before `que`; not `said on Tuesday, the
        # latest sign that P`, a noun's complement)
    if k > sent.last or (doc.words[k].feats.get("PronType") == "Rel" and k + 1 <= sent.last
                         and doc.words[k + 1].upos == "AUX"):
        return None  # (`published legislation that would…`: a relative pronoun, not a complementizer)
    first = k + 1
    last = sent.last
    for other in ctx.cues:
        o = doc.words[other.verb]
        if o.sent == v.sent and o.i > first and doc.text[:other.group_start].rstrip(SPACES).endswith(","):
            last = min(last, o.i - 1)
        elif o.sent == v.sent and o.i > first + 1 and o.rel == "conj" and o.head == v.i \
                and doc.words[o.i - 1].rel == "cc":
            last = min(last, o.i - 2)  # `estime que P et rappelle que Q`: a second saying of the same speaker
    if first > last:
        return None
    return (doc.words[first].start, doc.words[last].end), "que"


def _object_content(ctx: Context, cue: Cue) -> tuple[tuple[int, int], str] | None:
    """Noun-phrase claims (`a nié toute implication`) and object + predicate (`exhorter X à P`,
    `qualifier X de « … »`); any object holding quotation marks (`a réaffirmé « … »`)."""
    doc, tables = ctx.doc, ctx.tables
    v = doc.words[cue.verb]
    if cue.lemma in tables.predicative_verbs:
        # adjectives, nouns and adjectival past participles (`s'est dit déterminé à …`)
        # (a predicate right after the verb with no conjunction, parsed as a conjunct, is the predicate)
        # (also a quoted predicate whatever it was parsed as: `s'est dite « pas inquiète »`, an adjective read as
        # a verb in parataxis)
        rels = ("xcomp", "obj", "obl", "ccomp", "conj", "advcl", "parataxis")
        preds = [k for k in doc.kids(v.i, *rels) if k.i > v.i and (
            k.upos in ("ADJ", "NOUN") or (k.upos == "VERB" and k.feats.get("VerbForm") == "Part")
            or (k.rel == "parataxis" and doc.words[min(doc.subtree(k.i))].text in tables.quote_pairs))
            and (k.rel != "conj" or not doc.kids(k.i, "cc")) and not is_date(k, tables)  # (`s'est dite mardi « … »`)
            and (k.rel != "advcl" or k.i - v.i <= 2 or doc.words[k.i - 1].rel == "punct")]  # right after it
        if not preds:  # (a quoted predicate hung on an aside before it: `se dit quant à elle « déchirée »`)
            preds = [k for o in doc.kids(v.i, "obl", "obl:arg", "obl:mod") if o.i > v.i and o.upos == "PRON"
                     for k in doc.kids(o.i, "acl", "amod", "appos") if k.i > o.i and _wholly_quoted(ctx, k)
                     and (k.upos == "ADJ" or k.feats.get("VerbForm") == "Part")]
        if all(k.upos == "NOUN" and doc.kids(k.i, "case") and not _wholly_quoted(ctx, k) for k in preds):
            preds = []  # a prepositional phrase alone is no predicate (`s'était déclaré dans le hall`: a place),
            # unless quoted (`se disent « à bout »`)
        if preds:  # with the infinitive that completes the predicate, hung on the verb (`dit « déterminé » à aller…`)
            preds += [k for k in doc.kids(v.i, "xcomp", "advcl") if k.i > max(p.i for p in preds)
                      and _infinitive(doc, k) and doc.kids(k.i, "mark")]
            span = _span(ctx, sorted({i for p in preds for i in doc.subtree(p.i)}))
            return (span, "predicative") if span else None
    # (a pronoun object only with its predicate: `described him as "kind"`)
    nominal = ("NOUN", "PROPN", "NUM", "X", "ADJ") + (("PRON",) if cue.lemma in tables.object_predicate_verbs else ())
    # (any object wholly inside marks: `dit « oui à la proportionnelle, non aux bricolages »`)
    locution = _locution_noun(doc, cue)
    objs = [k for k in doc.kids(v.i, "obj") if k.i > v.i and (k.upos in nominal or _wholly_quoted(ctx, k))
            and k.i != locution]  # (`fait part`: the locution's own noun)
    if not objs:  # (an object after an aside, parsed as a bare oblique: `évoque, lui, des « arbitrages »`)
        objs = [k for k in doc.kids(v.i, "obl") if k.i > v.i and k.upos == "NOUN" and not doc.kids(k.i, "case")
                and doc.kids(k.i, "det") and ctx.mark_overlapping(
                    doc.words[min(doc.subtree(k.i))].start, doc.words[max(doc.subtree(k.i))].end)]
    if not objs and cue.lemma in tables.np_claim_verbs:  # (a quoted object hung on the statement it was made in:
        # `dénonce dans un communiqué des « écarts inexpliqués »`)
        objs = [n for o in doc.kids(v.i, "obl", "obl:arg", "obl:mod") if o.i > v.i
                and o.lemma.lower() in tables.statement_nouns for n in doc.kids(o.i, "nmod") if n.i > o.i
                and n.upos == "NOUN" and not person_like(n, tables) and not doc.kids(n.i, "nmod:poss")
                and ctx.mark_overlapping(n.start, n.end)][:1]
    if not objs and auxiliary_cut_off(doc, v, tables) is not None:  # (its object read as a predicate, the
        objs = [k for k in doc.kids(v.i, "xcomp") if k.i > v.i and k.upos == "NOUN" and doc.kids(k.i, "det")]
        # participle hung on the phrase before it: `a pour sa part dénoncé « la militarisation… »`)
    if not objs and " " in cue.lemma:  # (the object of a locution, hung on its words: `mis en avant « X »`)
        parts = set(cue.lemma.split()[1:])  # (`en avant`; the words after the verb that the parser made cases)
        objs = [k for k in doc.kids(v.i, "obl", "obl:mod") if k.i > v.i and k.upos in nominal
                and doc.kids(k.i, "case") and {c.lower for c in doc.kids(k.i, "case")} >= parts]
    if not objs and cue.lemma in tables.object_predicate_verbs:
        # an impersonal judgement, its adjective then its infinitive (`a jugé « prématuré » de parler d'accord`)
        adjective = next((k for k in doc.kids(v.i, "xcomp") if k.upos == "ADJ" and k.i > v.i), None)
        infinitive = next((k for k in doc.kids(v.i, "xcomp", "advcl", "ccomp") if k.i > adjective.i
                           and _infinitive(doc, k) and doc.kids(k.i, "mark")), None) if adjective else None
        if adjective is not None and infinitive is not None:
            span = _span(ctx, list(range(min(doc.subtree(adjective.i)), max(doc.subtree(infinitive.i)) + 1)))
            if span is not None:
                return span, "predicative"
    if not objs:
        return _quoted_topic(ctx, cue) or _prepositional_claim(ctx, cue) or _apposed_quotation(ctx, cue)
    obj = objs[0]
    if obj.upos == "PRON" and not _object_predicates(doc, cue, obj, tables):
        return None
    if cue.subject is not None and cue.subject in doc.subtree(obj.i):
        return None  # an inverted subject parsed as object: `a déclaré M. Blinken à la presse`
    indices = doc.subtree(obj.i)
    if " " in cue.lemma:  # (without the locution's own words)
        indices = [i for i in indices if not (doc.words[i].head == obj.i and doc.words[i].rel == "case"
                                              and doc.words[i].lower in cue.lemma.split())]
    date = tables.date_regex.match(doc.text, doc.words[indices[0]].start)
    if date is not None and date.end() >= obj.end:
        # `s'était alarmée la semaine dernière d'une mesure qui…`: a date taken for the object, the object
        # hung on it
        indices = [i for i in indices if doc.words[i].start >= date.end()]
        while indices and doc.words[indices[0]].upos in ("ADP", "PUNCT"):
            indices = indices[1:]
        if not indices:
            return None
    # a phrase of time the parser hung on the object is not part of it (`praised his side after Arsenal came…`),
    # nor the medium of the saying (`criticized the decision in a post on Truth Social`)
    timed = _time_phrases(doc, obj, tables) | _medium_phrases(doc, obj, tables)
    indices = [i for i in indices if i not in timed]
    lemma = cue.lemma
    predicates = _object_predicates(doc, cue, obj, tables) if lemma in tables.object_predicate_verbs else []
    # (nor is the verb that phrase's conjunction introduces: `after Arsenal` + `came from two goals down`)
    predicates = [k for k in predicates if min(doc.subtree(k.i)) - 1 not in timed]
    # (nor one after a verb coordinated with the cue, whose predicate it is: `a salué « … » et appelé les
    # plateformes à « … »`)
    conjuncts = [c.i for c in doc.kids(v.i, "conj") if c.upos == "VERB" and c.i > obj.i]
    predicates = [k for k in predicates if not any(c < k.i for c in conjuncts)]
    if predicates:  # an object alone (`told reporters`) says nothing
        for kid in predicates:
            indices = sorted(set(indices) | set(doc.subtree(kid.i)))
        # contiguous from the object, up to a following subordinate clause (`, alors que …`)
        first = min(doc.subtree(obj.i))  # with its determiner: `les Européens à aider …`
        last = obj.i
        for i in range(obj.i, max(indices) + 1):
            w = doc.words[i]
            k = i + 1
            while k < len(doc.words) and ctx.mark_overlapping(doc.words[k].start, doc.words[k].end) \
                    and doc.words[k].upos == "PUNCT":
                k += 1  # (past the closing mark after the comma: `"reckless," while`)
            nxt = doc.words[k] if k < len(doc.words) else None
            if w.text == "," and nxt is not None and (nxt.upos in ("SCONJ", "CCONJ", "ADV")
                                                      or nxt.lower in tables.adverbial_marks):
                break  # `called the move "reckless," while Rep. Jim Jordan…`
            last = i
        after = doc.words[last + 1] if last + 1 < len(doc.words) else None
        if doc.words[last].lemma.lower() in tables.auxiliary_lemmas and after is not None \
                and after.sent == doc.words[last].sent:
            # an auxiliary the parser left without its verb, the quotation after it holding it (`accused the
            # Government of having “handed the keys of the country to investment funds”`)
            m = next((m for m in ctx.marks if m.open_start == after.start), None)
            if m is not None:
                last = max(w.i for w in doc.words_in(m.open_start, m.close_end))
        last = _closing_quotation(ctx, last) or last
        span = _span(ctx, list(range(first, last + 1)))
        return (span, "object-predicate") if span else None
    quoted = _wholly_quoted(ctx, obj)
    complement = _claim_complement(ctx, cue, max(indices))
    span = _span(ctx, indices + (complement or _quoted_after(ctx, v, max(indices))
                                 or _phrases_after(ctx, v, max(indices), after_quotation=quoted)))
    if span is None:
        return None
    if complement and not (obj.upos == "NOUN" and person_like(obj, tables)):
        return span, "np-claim"  # (`blamed the delay on a dispute`; not a person blamed: `blamed him for…`)
    # a verb of judgement reports only a modified object (`condamné un ancien joueur`), and no such verb a person
    # (`criticized the minister`, `acknowledges Aboriginal peoples as …`): those are its targets
    # (nor a legislative text: `ont rejeté la loi` is a vote)
    people = obj.upos == "NOUN" and person_like(obj, tables) and obj.lemma.lower() not in tables.organization_nouns
    target = people or (lemma in tables.vote_verbs and obj.lemma.lower() in tables.legislation_nouns)
    # (nor a phrase pointing back at what was said before: `rejected such claims`, `a contesté ces chiffres`)
    anaphoric = any(d.feats.get("PronType") == "Dem" for d in doc.kids(obj.i, "det")) \
        or any(a.lower in tables.anaphoric_modifiers for a in doc.kids(obj.i, "amod", "det"))
    if anaphoric and not doc.kids(obj.i, "acl", "nmod", "appos") and not ctx.mark_overlapping(*span):
        return None  # (but `dismissed such criticism as “premature hysteria”` calls it something in marks)
    if lemma in tables.rejection_verbs and obj.lemma.lower() in tables.claim_nouns and not ctx.mark_overlapping(*span) \
            and span[1] <= doc.words[max(indices)].end \
            and not any(d.lower in tables.denial_quantifiers for d in doc.kids(obj.i, "det")) \
            and not any(doc.words[i].lower in tables.predicative_marks
                        for i in indices + [max(indices) + 1] if i < len(doc.words)):
        return None  # what others said, rejected, names none of the speaker's words (`rejected the charge`; but
        # `rejected the allegations as baseless` says what they are)
    if lemma in tables.np_claim_verbs and not target and not (lemma in tables.evaluative_verbs and (not any(
            k.rel in ("amod", "nmod", "acl", "appos", "nummod", "conj") and k.deprel != "nmod:poss"
            and not any(c.lower in tables.adverbial_marks for c in doc.kids(k.i, "case")) and k.i not in timed
            for k in doc.kids(obj.i)) or person_like(obj, tables))):
        return span, "np-claim"
    marked = ctx.mark_overlapping(*span)
    if marked and all(_names_its_noun(ctx, ctx.marks[k]) for k in marked):
        return None  # `repeated the "Stay alert, stay safe" message`
    if marked:
        return span, "np-quoted"
    return None


def _locution_noun(doc: Doc, cue: Cue) -> int | None:
    """The word of a locution's own right after its verb group, hung on the verb (`fait` `part`), if any."""
    nxt = next((w for w in doc.words[cue.verb:] if w.start >= cue.group_end), None)
    if nxt is None or nxt.lower not in cue.lemma.split()[1:] or nxt.head != cue.verb:
        return None
    return nxt.i


def _medium_phrases(doc: Doc, obj: Word, tables: LanguageTables) -> set[int]:
    """The object's prepositional phrases naming a statement (`in a post on X`, `dans un communiqué`): where the
    saying was made, not part of what was said."""
    return {i for k in doc.kids(obj.i, "nmod") if k.i > obj.i and k.lemma.lower() in tables.statement_nouns
            and any(c.lower in tables.medium_prepositions for c in doc.kids(k.i, "case")) for i in doc.subtree(k.i)}


def _prepositional_claim(ctx: Context, cue: Cue) -> tuple[tuple[int, int], str] | None:
    """`called for an urgent council sitting`, `a fait part de ses « réserves »`: the object of the table's
    preposition, right after the verb (or its locution)."""
    doc = ctx.doc
    claims = ctx.tables.prepositional_claims
    preps = claims.get(cue.lemma) or claims.get(lemma_of(cue), frozenset())
    # (the complement may hang on the locution's noun: `fait part` + `de ses réserves`)
    locution = _locution_noun(doc, cue)
    # (or a gerund's clause: `cautioned against "pointing the finger" at farmers`)
    gerunds = [k for k in doc.kids(cue.verb, "advcl") if k.feats.get("VerbForm") == "Ger"
               or (k.feats.get("VerbForm") == "Part" and k.feats.get("Tense") == "Pres")]
    for kid in doc.kids(cue.verb, "obl") + gerunds + (doc.kids(locution, "nmod") if locution is not None else []):
        cases = [c for c in doc.kids(kid.i, "case", "mark") if c.lower in preps]
        if cases and kid.i > cue.verb and kid.upos in ("NOUN", "PROPN", "ADJ", "VERB") \
                and min(doc.subtree(kid.i)) == cases[0].i \
                and doc.text[cue.group_end:cases[0].start].split() in ([], cue.lemma.split()[1:]) \
                and not ctx.tables.date_regex.match(doc.text, doc.words[cases[0].i + 1].start):  # (`called on Monday`)
            words = [i for i in doc.subtree(kid.i) if i != cases[0].i]
            # (with the infinitive that completes it, however hung: `called for the mayor to resign`)
            words += next((doc.subtree(k.i) for k in doc.kids(cue.verb, "advcl", "xcomp")
                           if min(doc.subtree(k.i)) == max(words) + 1 and _infinitive(doc, k)), [])
            span = _span(ctx, words)
            return (span, "np-claim") if span else None
    return None


def _claim_complement(ctx: Context, cue: Cue, last: int) -> list[int]:
    """The words of the verb's prepositional complement right after its object's last word, when the table
    makes it part of the claim (`blamed the delay [on a dispute over passenger numbers]`)."""
    doc = ctx.doc
    preps = ctx.tables.claim_complements.get(lemma_of(cue), frozenset())
    for kid in doc.kids(cue.verb, "obl"):
        sub = doc.subtree(kid.i)
        if min(sub) == last + 1 and any(c.lower in preps for c in doc.kids(kid.i, "case")):
            return list(range(last + 1, max(sub) + 1))
    return []


def _wholly_quoted(ctx: Context, w: Word) -> bool:
    """Word w's phrase lies inside one pair of quotation marks (a quoted complement, whatever its tag)."""
    words = [ctx.doc.words[i] for i in ctx.doc.subtree(w.i) if ctx.doc.words[i].rel != "punct"]
    return any(m.open_start < words[0].start and words[-1].end <= m.close_end for m in ctx.marks)


def _phrases_after(ctx: Context, v: Word, last: int, after_quotation: bool = False) -> list[int]:
    """Prepositional phrases of the verb right after its claimed object, no comma between, belong to the claim
    (`expects revenue of $4.1 billion to $4.3 billion for the quarter`); a date does not. After a quoted
    object, any such phrase continues the writer's paraphrase of the claim, past the closing mark
    (`a évoqué « une grosse faute » dans le mur final`, `« une gêne à l'épaule » depuis le tournoi de Rome`)."""
    doc, tables = ctx.doc, ctx.tables
    out: list[int] = []
    closing = set(tables.quote_pairs.values())
    # (and the noun's infinitive the parser gave the verb: `a réaffirmé sa détermination à mener la réforme`)
    infinitives = [k for k in doc.kids(v.i, "xcomp", "advcl") if _infinitive(doc, k)
                   and any(m.lower in tables.infinitive_markers for m in doc.kids(k.i, "mark"))]
    for kid in sorted(doc.kids(v.i, "obl") + infinitives, key=lambda k: k.i):
        sub = doc.subtree(kid.i)
        if max(sub) < last:
            continue  # (a phrase before the object: `a réaffirmé mercredi sa détermination…`)
        if kid in infinitives:
            if min(sub) != last + 1 or doc.words[last].upos not in ("NOUN", "PROPN"):
                break
            end = next((i - 1 for i in sub if doc.words[i].text == ","), max(sub))  # (to a comma)
            out += list(range(last + 1, end + 1))
            last = end
            continue
        # (a phrase of time or place is the saying's: `denied manslaughter at Leeds Crown Court`; but not the
        # end of a range of numbers: `$4.1 billion to $4.3 billion`)
        place = not after_quotation and _circumstance(
            doc, kid, tables, tables.adverbial_marks | tables.mention_stop_prepositions) \
            and not (any(w.upos in NUMERIC for w in doc.words[last - 2:last + 1])
                     and (kid.upos in NUMERIC or any(k.upos in NUMERIC for k in doc.kids(kid.i))))
        if after_quotation:
            while last + 1 < min(sub) and doc.words[last + 1].text in closing:
                last += 1
            if doc.words[min(sub)].upos == "PUNCT":
                break  # (a comma: a gapped second clause, `…, son entourage une décision « … »`)
        if kid.i < last or min(sub) != last + 1 or (kid.deprel != "obl" and not after_quotation) or place \
                or any(tables.date_regex.match(doc.text, doc.words[i].start) for i in sub):
            break
        out += list(range(last + 1, max(sub) + 1))
        last = max(sub)
    return out


NUMERIC = frozenset({"NUM", "SYM"})


def _circumstance(doc: Doc, kid: Word, tables: LanguageTables, prepositions: frozenset[str]) -> bool:
    """A phrase introduced by one of these prepositions (time, place), `as` of a predicate excepted."""
    return bool({c.lower for c in doc.kids(kid.i, "case")} & (prepositions - tables.predicative_marks))


def _closing_quotation(ctx: Context, last: int) -> int | None:
    """The last word of a quotation set off by a comma right after word `last` that closes its sentence (`de
    publier « sans délai » les résultats, « afin de lever tout soupçon »`): the end of the same claim."""
    doc = ctx.doc
    if last + 2 >= len(doc.words) or doc.words[last + 1].text != "," \
            or doc.words[last + 2].sent != doc.words[last].sent:
        return None
    at = doc.words[last + 2].start
    mark = next((m for m in ctx.marks if m.open_start == at), None)
    if mark is None:
        return None
    inside = [w.i for w in doc.words[last + 2:] if w.end <= mark.close_end]
    after = [w for w in doc.words[inside[-1] + 1:] if w.sent == doc.words[last].sent] if inside else []
    return inside[-1] if inside and all(w.upos == "PUNCT" for w in after) else None


def _quoted_after(ctx: Context, v: Word, last: int) -> list[int]:
    """A phrase of the verb right after its object and all inside quotation marks belongs to the claim
    (`promet un accord « avant l'été »`)."""
    doc = ctx.doc
    for kid in doc.kids(v.i, "obl", "advmod"):
        sub = doc.subtree(kid.i)
        words = [doc.words[i] for i in sub if doc.words[i].rel != "punct"]
        between = doc.words[last + 1:min(sub)]
        if kid.i > last and words and all(w.rel == "punct" for w in between) and any(
                m.open_start < words[0].start and words[-1].end <= m.close_end for m in ctx.marks):
            return list(range(last + 1, max(sub) + 1))
    return []


def _circumstantial(doc: Doc, clause: Word, tables: LanguageTables) -> bool:
    """A clause opened by a conjunction of time or cause, however parsed (`as the trial opened` with `as` made
    the subject's case): a circumstance of the saying, not what was said."""
    if any(doc.words[x].lower in tables.adverbial_marks and doc.words[x].rel in ("case", "mark")
           for x in doc.subtree(clause.i) if x < clause.i and not _after_subject(doc, clause, x)):
        return True
    # (or its subject hung elsewhere with the conjunction: `told jurors Tuesday as the man's trial opened`, the
    # phrase `as the man's trial` made a modifier of `jurors`)
    start = min(doc.subtree(clause.i))
    for x in range(max(0, start - 6), start):
        w = doc.words[x]
        if w.lower in tables.adverbial_marks and w.rel in ("case", "mark") and w.head >= 0:
            phrase = doc.subtree(w.head)
            if min(phrase) == x and max(phrase) == start - 1:
                return True
    return False


def _after_subject(doc: Doc, clause: Word, x: int) -> bool:
    """Word x comes after the clause's subject: an adverb the tagger took for a conjunction (`the county had
    since hired…`), since a conjunction opens its clause."""
    return any(k.i < x for k in doc.kids(clause.i, "nsubj", "nsubj:pass"))


def _adverb_read_as_mark(doc: Doc, clause: Word) -> bool:
    """An adverbial clause whose every conjunction comes after its subject: a complement clause misread."""
    marks = doc.kids(clause.i, "mark")
    return bool(marks) and all(_after_subject(doc, clause, m.i) for m in marks)


def _object_predicates(doc: Doc, cue: Cue, obj: Word, tables: LanguageTables) -> list[Word]:
    """What an object-predicate verb says of its object: clauses and phrases after it. An addressee verb's
    predicate is a clause (`told him to leave`), never a phrase (`told CNN on Friday`)."""
    # (a second object is the predicate the parser could not place: `called the deal "a game changer"`)
    rels = ("xcomp", "ccomp") if lemma_of(cue) in tables.addressee_verbs \
        else ("xcomp", "obl", "advcl", "ccomp", "conj", "obj")
    if lemma_of(cue) not in tables.addressee_verbs:
        stranded = _stranded_infinitive(doc, obj)
        if stranded is not None:
            return [stranded]
    if lemma_of(cue) in tables.directive_verbs:  # (what they are called to, hung on them: `appelle ses partisans
        called = [k for k in doc.kids(obj.i, "nmod") if k.i > obj.i  # au calme`)
                  and any(c.lemma == tables.addressee_case for c in doc.kids(k.i, "case"))
                  and max(doc.subtree(k.i)) == max(doc.subtree(obj.i))]
        if called:
            return called
    v = doc.words[cue.verb]
    # (a conjunct's predicate after it may hang on the verb it is coordinated with: `a salué « … » et appelé les
    # plateformes à « … »`)
    kids = doc.kids(cue.verb, *rels) + ([k for k in doc.kids(v.head, "xcomp", "advcl") if k.i > obj.i
                                         and _infinitive(doc, k) and doc.kids(k.i, "mark")]
                                        if v.rel == "conj" and v.head >= 0 else [])
    if lemma_of(cue) not in tables.addressee_verbs:
        # (or hung on the object itself: `described the deal as "long overdue"`)
        kids += [k for k in doc.kids(obj.i, "nmod") if any(c.lower in tables.predicative_marks
                                                          for c in doc.kids(k.i, "case"))]
        # (a quoted predicate the parser made a sentence of its own: `called the bill “a union wish list…”`)
        after = max(doc.subtree(obj.i)) + 1
        kids += [k for k in doc.kids(cue.verb, "parataxis") if min(doc.subtree(k.i)) == after
                 and doc.words[after].upos == "PUNCT" and doc.words[after].text in tables.quote_pairs]
    if lemma_of(cue) in tables.addressee_verbs:  # (a marked infinitive right after the addressee, however
        after = max(doc.subtree(obj.i)) + 1  # labelled: `advised members of the public to consider…`)
        kids += [k for k in doc.kids(cue.verb, "advcl")
                 if _infinitive(doc, k) and doc.kids(k.i, "mark") and min(doc.subtree(k.i)) == after]
        # (or hung on the addressee itself: `told agencies to prepare for a lapse`)
        kids += [k for k in doc.kids(obj.i, "acl") if k.deprel == "acl" and _infinitive(doc, k)
                 and doc.kids(k.i, "mark") and min(doc.subtree(k.i)) == obj.i + 1 and not doc.kids(k.i, "nsubj")]
    return [kid for kid in kids if kid.i > obj.i and (
        kid.rel != "conj" or (_infinitive(doc, kid) and doc.kids(kid.i, "mark"))) and not (
        # a clause of time or cause (`praised his side after Arsenal came back`) says nothing of the object
        kid.rel in ("advcl", "ccomp") and _finite_clause(doc, kid)
        and any(m.lower in tables.adverbial_marks for m in doc.kids(kid.i, "mark"))) and not (
        # (`told jurors Tuesday as the trial opened`, the conjunction parsed as the subject's case)
        kid.rel == "ccomp" and _circumstantial(doc, kid, tables)) and not (
        # nor does a phrase of time (`praised his side's "character" after Mensah's header`), place or movement
        kid.rel == "obl" and (_circumstance(doc, kid, tables, tables.adverbial_marks) or _date_phrase(doc, kid, tables)
                              or any(c.lower in tables.place_prepositions for c in doc.kids(kid.i, "case")))) and not (
        # nor does a modifier set off by a comma (`qualifié l'attaque de « lâche », au lendemain des…`)
        kid.deprel in ("obl:mod", "obl:tmod", "obl:npmod") and doc.words[min(doc.subtree(kid.i))].text == ",")]


def _date_phrase(doc: Doc, kid: Word, tables: LanguageTables) -> bool:
    """The phrase is a date, which predicates nothing of an object (`called him into a trailer on Nov. 17`)."""
    sub = [i for i in doc.subtree(kid.i) if not (doc.words[i].head == kid.i and doc.words[i].rel == "case")]
    date = tables.date_regex.match(doc.text, doc.words[sub[0]].start)
    return date is not None and date.end() >= doc.words[sub[-1]].end


def _stranded_infinitive(doc: Doc, obj: Word) -> Word | None:
    """The marked infinitive (or gerund) that ends the object's phrase, hung by the parser on a relative clause of
    the object (`urged Australians who own a power bank to stop using it`), on the object itself or on its
    prepositional phrase: the predicate of the object."""
    sub = doc.subtree(obj.i)
    for rel in doc.kids(obj.i, "acl"):
        if rel.deprel != "acl:relcl":
            continue
        for kid in doc.kids(rel.i, "advcl"):  # (not an xcomp: `people who want to leave` is whole)
            if _infinitive(doc, kid) and doc.kids(kid.i, "mark") and max(doc.subtree(kid.i)) == max(sub) \
                    and not doc.kids(kid.i, "nsubj"):
                return kid
    # (or on the object itself, a marked gerund: `accused the administration of punishing her state`)
    for kid in doc.kids(obj.i, "acl"):
        if kid.deprel == "acl" and kid.feats.get("VerbForm") in ("Ger", "Part") and doc.kids(kid.i, "mark") \
                and max(doc.subtree(kid.i)) == max(sub) and not doc.kids(kid.i, "nsubj"):
            return kid
    # (or on the noun of the object's prepositional phrase: `urged anyone with information to come forward`)
    for noun in doc.kids(obj.i, "nmod"):
        for kid in doc.kids(noun.i, "acl"):
            if kid.deprel == "acl" and _infinitive(doc, kid) and doc.kids(kid.i, "mark") \
                    and max(doc.subtree(kid.i)) == max(sub) and not doc.kids(kid.i, "nsubj"):
                return kid
    return None


def _infinitive(doc: Doc, w: Word) -> bool:
    """An infinitive, also a perfect one whose infinitive is the auxiliary (`avoir subi`, `d'avoir tardé`)."""
    return w.feats.get("VerbForm") == "Inf" or any(a.feats.get("VerbForm") == "Inf" for a in doc.kids(w.i, *AUX_RELS))


def _incise_content(ctx: Context, cue: Cue) -> tuple[tuple[int, int], str] | None:
    """`P, a déclaré X.` / `P, a-t-il ajouté.` / `P, estime-t-elle.`: content runs from the sentence start
    to the comma before the verb group."""
    doc = ctx.doc
    text = doc.text
    if cue.subject is None:
        return None
    before = text[:cue.group_start].rstrip(SPACES)
    subject_first = False
    if cue.inverted:
        if not before.endswith((",", "–", "—")):
            return None
    else:
        if cue.subject > cue.verb:
            return None  # (a verb inside the quotation, its subject the incise's after it: `‘stronger than
            # expected’, researchers say`)
        # `« P », Biden l'a déclaré`, `“P,” Mr. Biden said`: a subject between the closing mark and the verb
        before = text[:doc.words[_subject_start(ctx, cue)].start].rstrip(SPACES)
        closers = ("»", "”", '"')
        inner = "".join(ctx.tables.quote_pairs.values())  # (a quotation's own closing marks)
        # (a single closing mark too with the comma inside it, which no apostrophe has: `Bible mandate amounts to
        # 'religious coercion,' parents tell federal judge`)
        # (and a single one with the comma after it when the incise closes its line, as headlines have it:
        # `Ballycullen roads ‘already at breaking point’, residents warn planners`)
        singles = ("’", "'") if before[:-1].rstrip(SPACES).endswith(("’", "'")) \
            and len(_rest_of_line(ctx, cue)) <= 3 else ()
        quoted = (before.endswith((",", "–", "—")) and before[:-1].rstrip(SPACES).endswith((*closers, *singles))) or (
            before.endswith((*closers, "’", "'"))
            and before[:-1].rstrip(SPACES).rstrip(inner).endswith((",", "?", "!")))
        closer = len(before[:-1].rstrip(SPACES)) if before.endswith((",", "–", "—")) else len(before)
        if quoted and not any(m.close_end == closer for m in ctx.marks):
            return None  # the marks close a title, no quotation (`Dans un tract intitulé « Ligne 2 : … », le
            # syndicat réclame`)
        # (`“P,” X said`, and `“…ask, ‘When?’” X said` with a quotation nested at its end)
        if quoted and _clause_follows(ctx, cue):
            return None  # `…a "personal choice," a position critics say has fueled hesitancy`: a relative
        if not quoted:
            # `Inflation will fall, the bank said in a statement.`: the subject's phrase follows the comma
            if not (ctx.tables.subject_first_incises and before.endswith(",") and _closes_its_sentence(ctx, cue)):
                return None
            subject_first = True
    end = len(before) - 1
    gloss = re.search(rf"[»”\"][{SPACES}]*({GLOSS})[{SPACES}]*$", text[:end])
    if gloss is not None:  # (a translation in brackets after it is the writer's: `« … » (on ne savait pas),`)
        end = len(text[:gloss.start(1)].rstrip(SPACES))
    sent = doc.sentence_of(cue.verb)
    start = sent.start
    if start >= end and sent.index > 0:
        start = doc.sentences[sent.index - 1].start
    line_start = text.rfind("\n", 0, end) + 1
    start = max(start, line_start)
    for m in ctx.marks:
        if m.open_start < start < m.close_end and m.open_start >= line_start:
            start = m.open_start
    for m in ctx.marks:
        # a quotation ending its own sentence before the clause is none of it, though the tokenizer ran the two
        # together (`« … Nous reviendrons devant le Parlement. » Un projet pourrait être présenté, a-t-il indiqué`)
        if not start <= m.open_start or m.close_end >= end:
            continue
        after = text[m.close_end:end].lstrip(SPACES)
        if text[:m.close_start].rstrip(SPACES).endswith((".", "!", "?", "…")) and (
                after[:1].isupper() or after[:1] in ctx.tables.quote_pairs):
            start = end - len(after)
    start = _after_colon(ctx, after_dateline(text, start, end), end)
    if end - start < 3:
        return None
    clause = doc.words_in(start, end)
    if _connectives_only(doc, [w for w in clause if w.start < end]):
        return None  # `– parce que, dit-elle, « … »`: an incise after a conjunction is about what follows
    if subject_first and clause and clause[0].upos == "SCONJ":
        return None  # `When the war started, the minister said…`: a subordinate clause is not the statement
    opening = clause[0] if clause else None
    if subject_first and opening is not None and opening.upos == "VERB" and opening.feats.get("Tense") == "Past" \
            and opening.lemma.lower() in ctx.tables.reporting_verbs and opening.rel != "amod" \
            and not doc.kids(opening.i, "nsubj", "nsubj:pass"):
        return None  # nor the question put to the subject, whatever its tag (`Asked whether P, Kanda smiled.`): a
        # verb of saying opening a statement has a subject (a participle of its noun is no verb: `Recalled baby
        # loungers linked to 3 deaths, regulators say`)
    # (a past form with a direct object is a simple past, whatever the tagger said: `wildfires fanned by
    # winds forced thousands of people from their homes, officials said`)
    # (the verb of a relative clause set off by a comma is no statement: `Councilwoman X, who voted yes, conceded
    # the deal "…"`; a restrictive one may be: `Une hausse qui s'explique par …, indique l'institut`)
    relative = {i for w in clause if w.deprel == "acl:relcl" and doc.set_off(w.i) for i in doc.subtree(w.i)}
    main = [w for w in clause if w.i not in relative]
    finite = any(w.upos in ("VERB", "AUX") and w.feats.get("VerbForm") in ("Fin", None) for w in main) or any(
        w.upos == "VERB" and w.feats.get("Tense") == "Past" and doc.kids(w.i, "obj") for w in main)
    # a headline's future (`Boeing to cut 10% of workforce, CEO says`): a subject, then `to` + infinitive
    future = any(w.feats.get("VerbForm") == "Inf" and k > 1 and clause[k - 1].upos == "PART"
                 and clause[k - 1].rel == "mark" for k, w in enumerate(clause))
    # and a headline's passive (`Irregular sleep schedules linked to heart disease, study finds`)
    passive = (subject_first or cue.inverted) and any(w.upos == "VERB" and w.feats.get("VerbForm") == "Part"
                                    and w.feats.get("Tense") == "Past" and w.rel == "acl" for w in clause)
    # and a headline's progressive, its auxiliary dropped (`Seismic activity rising in deep mines, experts warn`)
    progressive = (subject_first or cue.inverted) and any(
        w.upos == "VERB" and (w.feats.get("VerbForm") == "Ger" or (
            w.feats.get("VerbForm") == "Part" and w.feats.get("Tense") == "Pres")) and (
            doc.kids(w.i, "nsubj") or (w.rel == "acl" and w.head == w.i - 1 and doc.words[w.head].rel == "nsubj"
                                       and doc.words[w.head].head == cue.verb))  # (hung on the subject)
        for w in clause)
    if not (finite or future or passive or progressive or (subject_first and _headline_clause(ctx, cue, clause))) \
            and not ctx.mark_overlapping(start, end):
        return None
    return (start, end), "incise"


def _connectives_only(doc: Doc, clause: list[Word]) -> bool:
    """Nothing but conjunctions since the last break (a dash, a semicolon, a closing mark, a comma)."""
    tail: list[Word] = []
    for w in reversed(clause):
        if w.upos == "PUNCT":
            if tail:
                break
            continue
        tail.append(w)
    return bool(tail) and all(_connective(w) for w in tail)


def _connective(w: Word) -> bool:
    return w.upos in ("SCONJ", "CCONJ") or w.rel in ("fixed", "cc", "mark") or w.feats.get("ExtPos") == "SCONJ"


def _clause_follows(ctx: Context, cue: Cue) -> bool:
    """The verb takes a clause right after it (no comma between): it reports that clause, not what precedes."""
    doc = ctx.doc
    return any(k.i > cue.verb and "," not in doc.text[cue.group_end:doc.words[min(doc.subtree(k.i))].start]
               for k in doc.kids(cue.verb, "ccomp", "xcomp"))


def _after_colon(ctx: Context, start: int, end: int) -> int:
    """Where a statement before its attribution starts: after the last colon outside quotation marks
    (`Incendies : « P », alerte le préfet`, `Inflation : les prix ont augmenté, selon l'Insee`)."""
    text = ctx.doc.text
    colons = [k for k in range(start, end) if text[k] == ":"
              and not any(m.open_start < k < m.close_end for m in ctx.marks)]
    if colons:
        start = colons[-1] + 1
        while start < end and text[start] in SPACES:
            start += 1
    return start


def after_dateline(text: str, start: int, end: int) -> int:
    """Where the statement starts when a paragraph opens on a wire dateline (`DOHA, Qatar (AP) — `) or a
    live blog's time stamp (`13h20 - `)."""
    if start == 0 or text[start - 1] == "\n":
        dateline = DATELINE.match(text, start, end)
        if dateline is not None:
            return dateline.end()
    return start


def _subject_start(ctx: Context, cue: Cue) -> int:
    """First word of the subject's phrase: its subtree, and an honorific or name part the parser hung on
    the verb beside it (`Mr.` `Biden` both subjects of `said`)."""
    doc = ctx.doc
    assert cue.subject is not None
    first = min(i for i in doc.subtree(cue.subject) if doc.words[i].rel != "punct")
    while first < cue.subject and doc.words[first].rel == "case":
        first += 1  # (a conjunction read as its preposition is no part of it: `…, while Rep. Jim Jordan defended`)
    marks = set(ctx.tables.quote_pairs) | set(ctx.tables.quote_pairs.values())
    first = max([first] + [i + 1 for i in range(first, cue.subject) if doc.words[i].text in marks])
    # (never across a quotation mark: `…is for," van Aalst told` with `for` hung on the name)
    while first > 0:
        prev = doc.words[first - 1]
        if prev.sent != doc.words[first].sent or prev.rel == "punct":
            break
        if prev.text in ctx.tables.honorifics or (prev.head == cue.verb and prev.rel == "nsubj"
                                                   and prev.upos == "PROPN"):
            first -= 1
        else:
            break
    # (and a title-case office coordinated before it, the parser's subject its second half: `…, NJ Transit President
    # and CEO Michael Ostrander told the board`)
    k = first - 1
    while k > 0 and doc.words[k].sent == doc.words[first].sent and (
            (capitalised(doc.words[k]) and doc.words[k].upos in ("NOUN", "PROPN"))
            or (doc.words[k].rel == "cc" and capitalised(doc.words[k - 1]))):
        k -= 1
    if k < first - 1 and doc.words[k].text == "," and any(doc.words[x].rel == "cc" for x in range(k + 1, cue.subject)):
        first = k + 1
    return first


def _addressee(w: Word, tables: LanguageTables) -> bool:
    """A noun phrase that can be told something: `told reporters`, `told Reuters`, `told him`."""
    return person_like(w, tables) or w.lower in tables.pronouns or w.lower in tables.first_second_person


def _rest_of_line(ctx: Context, cue: Cue) -> list[str]:
    """The words after the verb group to the end of its line."""
    line_end = ctx.doc.text.find("\n", cue.group_end)
    return ctx.doc.text[cue.group_end:len(ctx.doc.text) if line_end < 0 else line_end].split()


def _headline_clause(ctx: Context, cue: Cue, clause: list[Word]) -> bool:
    """A headline's statement before `, X say(s)`, its verb read as a noun (`Bible mandate amounts to religious
    coercion, parents say`): the line holds the clause and the present incise alone, with no closing stop, and the
    clause opens on its subject's words, no preposition, conjunction or adverb."""
    text, verb = ctx.doc.text, ctx.doc.words[cue.verb]
    rest = _rest_of_line(ctx, cue)
    last = rest[-1] if rest else text[cue.group_start:cue.group_end]  # (the line's last word)
    # (the incise closes the line, an addressee at most after it, and the statement says something of its subject:
    # not a caption's name, `Race winner X, Halden Racing, celebrates in parc ferme`)
    return verb.feats.get("Tense") == "Pres" and len(clause) >= 3 and len(rest) <= 3 \
        and any(w.upos in ("ADP", "NUM") or w.text in ctx.tables.quote_pairs for w in clause) \
        and clause[0].upos in ("NOUN", "PROPN", "ADJ", "DET") and any(w.upos in ("NOUN", "PROPN") for w in clause) \
        and not last.endswith((".", "!", "?", ":", ";", "…")) \
        and text.rfind("\n", 0, cue.group_start) < clause[0].start


def _closes_its_sentence(ctx: Context, cue: Cue) -> bool:
    """The saying verb takes no content of its own (no clause, no object but an addressee) and nothing
    but its own phrases follow it to the sentence end."""
    doc, tables = ctx.doc, ctx.tables
    verb = doc.words[cue.verb]
    for kid in doc.kids(verb.i):
        if kid.i < verb.i:
            continue
        first = doc.words[min((i for i in doc.subtree(kid.i) if doc.words[i].rel != "punct"), default=kid.i)]
        after_comma = "," in doc.text[cue.group_end:first.start + 1]
        if kid.rel in ("ccomp", "xcomp", "csubj") and not after_comma and not _circumstantial(doc, kid, tables):
            return False  # (after a comma, or opening on `as`, a clause of circumstance misread: `said on Friday,
            # as the firm…`, `told jurors Tuesday as the trial opened`)
        if kid.rel in ("conj", "parataxis", "advcl") and not after_comma:
            return False  # `, adding that…` after a comma is a saying of its own
        if kid.rel in ("obj", "iobj") and not _addressee(kid, tables):
            return False  # (`said nothing` with `nothing` parsed as the addressee)
    sentence = doc.sentence_of(verb.i)
    if any(w.text == ":" or w.text in tables.quote_pairs for w in doc.words[verb.i + 1:sentence.last + 1]):
        return False  # `Smith said: « … »`: the content follows the verb
    own = set(doc.subtree(verb.i, exclude={k.i for k in doc.kids(verb.i) if k.i < verb.i}))
    # and a participle clause after a comma, however attached (`Smith said, adding that…`)
    for w in doc.words[verb.i + 1:sentence.last + 1]:
        if w.i not in own and w.upos == "VERB" and w.feats.get("VerbForm") in ("Ger", "Part") \
                and doc.words[w.i - 1].text == ",":
            own |= set(doc.subtree(w.i))
    rest = [i for i in range(verb.i, sentence.last + 1) if i not in own and doc.words[i].rel != "punct"]
    # and a clause of circumstance after a comma (`…, the coffee chain said on Thursday, as its chief…`)
    return not rest or (doc.words[rest[0] - 1].text == "," and doc.words[rest[0]].lower in tables.adverbial_marks)


def _parenthetical_content(ctx: Context, cue: Cue) -> tuple[tuple[int, int], str] | None:
    """`Comme le rapporte X, P` / `P, comme l'a déclaré X`: the attribution runs from `comme` to the end of
    the speaker's noun phrase; the content is the larger rest of the sentence."""
    doc, tables = ctx.doc, ctx.tables
    v = doc.words[cue.verb]
    # (not a `comme` inside a quotation the parser hung on the incise after it: `« … comme ça », lance X`)
    marks = [k for k in doc.kids(v.i) if k.rel == "mark" and k.lower in tables.parenthetical_marks and k.i < v.i
             and ctx.inside_quotation(k.start) == ctx.inside_quotation(v.start)]
    if not marks or quoted_as_saying(doc, v, tables) is not None:
        return None
    first = marks[0].i
    if (cue.subject is not None and cue.subject < first) or (
            v.feats.get("VerbForm") == "Part" and not doc.kids(v.i, "aux", "aux:pass", "nsubj", "obl:agent")):
        return None  # `ne s'est pas allumé comme prévu`: no one of its own says it
    sent = doc.sentence_of(v.i)
    last = v.i
    if cue.subject is not None and cue.subject > v.i:
        last = max(last, noun_phrase_end(doc, cue.subject))
    # the verb's own phrases up to the comma (`Comme l'a rappelé la FNSEA dans un communiqué, P`)
    phrases = {i for k in doc.kids(v.i, "obl", "advmod") if k.i > v.i for i in doc.subtree(k.i)}
    while last + 1 <= sent.last and doc.words[last + 1].text != "," and last + 1 in phrases:
        last += 1
    before = [i for i in range(sent.first, first)]
    after = [i for i in range(last + 1, sent.last + 1)]
    part = after if len(after) >= len(before) else before
    span = _span(ctx, part)
    return (span, "parenthetical") if span else None


def _cleft_content(ctx: Context, cue: Cue) -> tuple[tuple[int, int], str] | None:
    """`C'est ce qu'a déclaré X` / `C'est le message que X a adressé`: the previous sentence."""
    doc = ctx.doc
    sent = doc.sentence_of(cue.verb)
    first = sent.first
    while first < sent.last and doc.words[first].upos == "PUNCT":
        first += 1  # `» C'est ce qu'a déclaré X`: the closing mark may open the parsed sentence
    if ctx.inside_quotation(doc.words[first].start):
        # (`« C'est une trahison » : c'est par ces mots que X a réagi`: the quotation, then the cleft after its colon)
        opening = next((m for m in ctx.marks if m.open_start <= doc.words[first].start < m.close_end), None)
        after = next((w for w in doc.words[first:cue.verb] if opening is not None and w.start >= opening.close_end
                      and w.text != ":"), None)
        if opening is None or after is None or ":" not in doc.text[opening.close_end:after.start] \
                or not cleft_opening(ctx.doc, after.i, ctx.tables):
            return None  # `« C'est un plan social… », s'insurge X`: the quotation's own words
        first = after.i
    elif not cleft_opening(ctx.doc, first, ctx.tables):
        return None
    else:
        opening = None
    focus = next((w for w in doc.words[first:cue.verb] if w.upos not in ("PRON", "AUX", "PUNCT")), None)
    noun = doc.words[focus.head] if focus is not None and focus.upos == "ADP" and focus.head >= 0 else None
    if focus is not None and focus.upos == "ADP" and any(
            k.rel in ("obj", "ccomp") and k.i > cue.verb and k.i != cue.subject for k in doc.kids(cue.verb)) \
            and not (noun is not None and {noun.lemma.lower(), noun.lower} & ctx.tables.statement_nouns):
        return None  # `C'est dans une salle comble que le Conseil a dévoilé le prix`: a cleft of circumstance, the
        # verb with its own object (not `C'est en ces termes que X a commenté la décision`: the words)
    if opening is not None:
        return (opening.start, opening.end), "cleft"
    # the nearest preceding text: a quotation ending right before, else the previous sentence
    for m in reversed(ctx.marks):
        if m.close_end <= sent.start and not doc.text[m.close_end:sent.start].strip(TRAIL + "\n"):
            return (m.start, m.end), "cleft"
    if sent.index == 0:
        return None
    prev = doc.sentences[sent.index - 1]
    colon = doc.text.find(":", doc.words[cue.verb].end, sent.end)
    if colon >= 0 and any(colon < m.open_start < sent.end for m in ctx.marks):
        return None  # `C'est ce qu'a confirmé X… : « Q »`: the quotation after the colon is what was said
    return (prev.start, prev.end), "cleft"


def _relative_in_cleft(ctx: Context, cue: Cue) -> bool:
    """The verb stands in the relative of a cleft (`C'est ainsi que X décrit …`, `C'est ce qu'a dit X`): what it
    reports is what came before, whatever its own object."""
    doc = ctx.doc
    sent = doc.sentence_of(cue.verb)
    between = [w.lower.replace("’", "'") for w in doc.words[sent.first:cue.verb]]
    return any(w in ("que", "qu'") for w in between[:6]) and cleft_opening(ctx.doc, sent.first, ctx.tables)


def cleft_opening(doc: Doc, first: int, tables: LanguageTables) -> bool:
    """Words from `first` open a cleft (`C'est … que`)."""
    while first < len(doc.words) - 1 and doc.words[first].upos == "PUNCT":
        first += 1
    opening = tuple(w.lower.replace("’", "'") for w in doc.words[first:first + 3])
    return any(opening[:len(o)] == tuple(x.replace("’", "'") for x in o) for o in tables.cleft_openings)


def _interrupting_incise(ctx: Context, cue: Cue) -> tuple[list[tuple[int, int]], int] | None:
    """`Le groupe, a-t-il fait valoir, a investi …`, `The company, he said, had invested …`: an attribution set
    off by commas inside its sentence reports the whole sentence around it, as two halves (the annotation's
    split quotation); with the speaker inside the commas, whatever the parser made the verb's subject. Only
    the verb group, its subject and its short phrases may stand between the commas."""
    doc, text, tables = ctx.doc, ctx.doc.text, ctx.tables
    v = doc.words[cue.verb]
    if cue.controller is not None:
        v = doc.words[cue.controller]  # (the light verb of `a-t-il fait valoir`)
        if not cue.group_start <= v.start < cue.group_end:
            return None
    sent = doc.sentence_of(v.i)
    group = [w for w in doc.words[sent.first:sent.last + 1] if cue.group_start <= w.start < cue.group_end]
    opening = group[0].i - 1
    while opening >= max(sent.first, group[0].i - 4) and (
            doc.words[opening].text.startswith("-") or doc.words[opening].lemma in tables.auxiliary_lemmas):
        opening -= 1  # (an auxiliary and its clitic the group left out: `a-t-il` `fait valoir`)
    subject = None
    if tables.subject_first_incises and opening >= sent.first and doc.words[opening].text != ",":
        subject = doc.words[opening]  # (`, he said,`, `, officials said on Monday,`)
        if not (subject.upos == "PRON" and subject.lower in tables.pronouns) and not (
                subject.upos in ("NOUN", "PROPN") and person_like(subject, tables)):
            return None
        opening = min(doc.subtree(subject.i)) - 1
    if opening < sent.first or doc.words[opening].text != ",":
        return None
    last = group[-1].i
    own = set(doc.subtree(v.i)) - {i for c in doc.kids(v.i, "obj", "conj", *CLAUSE_RELS) for i in doc.subtree(c.i)}
    if cue.inverted and cue.subject is not None and cue.subject > last:
        last = noun_phrase_end(doc, cue.subject)
    while last + 1 <= sent.last and doc.words[last + 1].text.startswith("-") \
            and doc.words[last + 1].start == doc.words[last].end:
        last += 1  # (the inverted clitic, whatever the parser hung it on: `explique` `-t` `-elle`)
    while last + 1 <= sent.last and doc.words[last + 1].text != "," and last + 1 in own and last - v.i < 8:
        last += 1  # (`, a-t-il dit mardi,`, `, he said on Monday,`)
    comma = last + 1
    if comma > sent.last or doc.words[comma].text != "," or opening == sent.first:
        return None
    before = opening - 1
    if doc.words[before].text == ")":  # (past the writer's translation in brackets: `« … » (ma vie…), lâche-t-il`)
        before = next((x for x in range(before - 1, max(sent.first, before - 40) - 1, -1) if doc.words[x].text == "("),
                      before + 1) - 1
    if doc.words[before].text in tables.quote_pairs.values() or ctx.inside_quotation(doc.words[comma].start):
        return None  # (`« P », a-t-il dit, « Q »`: a split quotation, found with its marks)
    inside = range(opening + 1, comma)
    if subject is not None:  # (`The company, he said, had …` parsed with `company` the subject)
        speaker = subject.i
    elif cue.subject is not None and cue.subject in inside:
        speaker = cue.subject
    else:  # (`Le gouvernement, a-t-il affirmé, …`: the clitic)
        speaker = next((i for i in inside if clitic_pronoun(doc.words[i], tables)), None)
    if speaker is None or speaker not in inside or (tables.subject_first_incises and speaker > v.i):
        return None
    start = max(sent.start, text.rfind("\n", 0, doc.words[opening].start) + 1)
    start = after_dateline(text, start, doc.words[opening].start)
    head = [w for w in doc.words[sent.first:opening] if w.start >= start]
    tail = list(doc.words[comma + 1:sent.last + 1])
    while tail and tail[-1].upos == "PUNCT" and tail[-1].text not in tables.quote_pairs.values():
        tail.pop()
    if not head or len(tail) < 3 or _connectives_only(doc, head) or any(w.text == ":" for w in head) \
            or tail[0].lower in tables.relative_subjects or tail[0].upos in ("PRON", "SCONJ", "ADP") \
            or tail[0].rel == "mark" \
            or ctx.inside_quotation(head[0].start) or ctx.inside_quotation(tail[0].start):
        return None
    if _apposed_noun_phrase(doc, tail):
        return None  # the writer's comment on the sentence, no continuation (`P, the company said on Tuesday,
        # the latest sign that…`)
    if not any(w.upos in ("VERB", "AUX") for w in tail):
        return None  # a phrase of the saying's circumstances after the speaker, no continuation (`P, a annoncé jeudi
        # le ministre du Transport terrestre, Kavish Ramdhony, lors d’une conférence de presse à Port-Louis`)
    if any(c.verb > comma and doc.words[c.verb].head == v.i and doc.words[c.verb].rel == "parataxis"
           for c in ctx.cues):
        return None  # the attribution is the reporting verb after the comma (`Still, investors worry about X,
        # Reuters reported`)
    if head[0].upos == "VERB" and head[0].lemma.lower() in tables.question_verbs and head[0].i == sent.first \
            and not doc.kids(head[0].i, "nsubj"):
        return None  # the question put to the speaker (`Asked if he would run again, Sanders replied, "…"`)
    if tail[0].feats.get("VerbForm") == "Part" and (tail[0].head in doc.subtree(speaker) or (
            tail[0].feats.get("Tense") == "Past" and not any(_tensed(doc, w) for w in tail))):
        return None  # the speaker's participle phrase (`P, a indiqué le parquet, sollicité par l'AFP`, `…, lâche-t-il,
        # assis sur une chaise`): no Q
    if not any(w.upos in ("VERB", "AUX") or w.rel in ("nsubj", "nsubj:pass", "csubj", "expl") or (
            w.upos in ("NOUN", "PROPN", "PRON") and not doc.kids(w.i, "case") and not w.rel.startswith("obl")
            and w.rel != "advmod") for w in head):
        # a phrase of circumstance before the incise, neither clause nor subject (`D'ici là, explique-t-on…, P`)
        return [(tail[0].start, tail[-1].end)], speaker
    return [(head[0].start, head[-1].end), (tail[0].start, tail[-1].end)], speaker


def _apposed_noun_phrase(doc: Doc, words: list[Word]) -> bool:
    """The words are a noun phrase, verbs only in its relative or adnominal clauses."""
    inside = {w.i for w in words}
    clauses = {i for w in words if w.rel == "acl" and w.head in inside for i in doc.subtree(w.i)}
    tops = [w for w in words if w.head not in inside and w.upos != "PUNCT"]
    return bool(tops) and all(w.upos in ("NOUN", "PROPN") for w in tops) \
        and not any(w.upos in ("VERB", "AUX") and w.i not in clauses for w in words)


def verb_attributions(ctx: Context) -> list[Found]:
    """Indirect, mixed and verb-introduced direct quotes, one per reporting cue with content."""
    out: list[Found] = []
    for cue in ctx.cues:
        if ctx.inside_quotation(ctx.doc.words[cue.verb].start):
            continue
        if cue.subject is not None and ctx.doc.words[cue.subject].lower in ctx.tables.first_second_person \
                and ctx.doc.words[cue.subject].upos == "PRON" \
                and not ctx.asks_interviewee(cue.subject) \
                and not any(ctx.doc.kids(k.i, "case") for k in ctx.doc.kids(cue.subject, "nmod")):
            continue  # the writer addressing the reader (`vous acceptez…`), not reported speech (but `One of
            # the people said`: one of some)
        if _rejects_others_claim(ctx, cue):
            continue
        interrupting = _interrupting_incise(ctx, cue)
        if interrupting is not None:
            halves, speaker = interrupting
            for start, end in halves:
                qtype, start, end, marks = ctx.typed(start, end)
                out.append(Found(qtype, start, end, "interrupted", cue=cue, speaker=speaker, marks=marks))
            continue
        before = len(ctx.doc.text[:cue.group_start].rstrip(SPACES + ","))
        after_quotation = any(m.close_end == before for m in ctx.marks)
        result = _parenthetical_content(ctx, cue) or (after_quotation and _incise_content(ctx, cue))
        if result is None and after_quotation and cue.inverted and cue.subject is not None \
                and ctx.doc.words[cue.subject].i > cue.verb:
            continue  # `'We will not back down,' says rail union leader as strikes loom`: the quotation is it
        cleft = _cleft_content(ctx, cue) if _relative_in_cleft(ctx, cue) else None
        result = result or cleft or (_clause_content(ctx, cue) or _object_content(ctx, cue)
                                     or _incise_content(ctx, cue) or _cleft_content(ctx, cue))
        if result is None:
            continue
        results = [result]
        if result[1] == "incise" and ctx.tables.bare_complement_clauses:
            # `"P," X told reporters she had found…`: the quotation before, and the clause after the verb too
            after = _clause_content(ctx, cue)
            if after is not None and after[0][0] >= cue.group_end and after[0][0] > result[0][1]:
                results.append(after)
        for (start, end), pattern in results:
            found = _verb_found(ctx, cue, start, end, pattern)
            if found is not None and found.pattern in ("np-quoted", "np-claim") \
                    and found.start <= ctx.doc.words[cue.verb].start < found.end:
                continue  # (a slogan's own verb reports nothing of it: `placards reading "Remember Juukan"`)
            if found is not None and not any((f.start, f.end) == (found.start, found.end) for f in out):
                out.append(found)  # (not two cues for one saying: `a fait savoir`)
    return _drop_reported_within(ctx, out)


def _rejects_others_claim(ctx: Context, cue: Cue) -> bool:
    """`rejected claims that P`, `a démenti les informations selon lesquelles P`: P is what others said, which the
    speaker denies, not the speaker's words (`denied that P` is); and `disputed that account.` says nothing. Read
    from the words, as the parser often takes the noun for a verb."""
    doc, tables = ctx.doc, ctx.tables
    if cue.lemma not in tables.rejection_verbs:
        return False
    k = cue.verb + 1
    if k < len(doc.words) and doc.words[k].lower in tables.denial_quantifiers:
        return False  # (`rejette toute accusation`: the speaker's own denial)
    while k < len(doc.words) and doc.words[k].upos in ("DET", "ADJ"):
        k += 1
    return k + 1 < len(doc.words) and doc.words[k].lemma.lower() in tables.claim_nouns \
        and (doc.words[k + 1].lower in tables.claim_content_openers or doc.words[k + 1].text in (".", ";"))


def _verb_found(ctx: Context, cue: Cue, start: int, end: int, pattern: str) -> Found | None:
    """The attribution of one content span of a verb cue, its span trimmed and typed."""
    if pattern != "cleft":  # (`C'est ce qu'a rapporté X`: the whole sentence before, sayings in it included)
        end = _before_next_attribution(ctx, cue, start, end)
    end = _before_consequence(ctx, start, end)
    end = _before_colon_quotation(ctx, start, end)
    if cue.group_end <= start:
        end = _before_semicolon(ctx, start, end)
    qtype, start, end, marks = ctx.typed(start, end)
    if end - start < 2:
        return None
    if pattern == "cleft" and qtype == "indirect" and ctx.mark_inside(start, end + 2):
        qtype = "direct"
    speaker = cue.subject
    if speaker is not None and (start <= ctx.doc.words[speaker].start < end
                                or ctx.inside_quotation(ctx.doc.words[speaker].start)):
        verb = ctx.doc.words[cue.verb]
        speaker = inverted_subject(ctx.doc, verb, cue.group_end, ctx.tables) \
            or subject_before(ctx.doc, verb, cue.group_start, ctx.tables)
    return Found(qtype, start, end, pattern, cue=cue, speaker=speaker, marks=marks)


def _before_semicolon(ctx: Context, start: int, end: int) -> int:
    """Content after its verb stops at the writer's semicolon, which opens a clause of its own (`Company says
    work will move to Mexico; mayor calls closure a 'gut punch'`); a semicolon inside quotation marks is the
    speaker's."""
    at = ctx.doc.text.find(";", start, end)
    while at >= 0 and ctx.mark_overlapping(at, at + 1):
        at = ctx.doc.text.find(";", at + 1, end)
    return len(ctx.doc.text[:at].rstrip(SPACES)) if at > start else end


def _before_consequence(ctx: Context, start: int, end: int) -> int:
    """Content stops before a participle of consequence set off at its end, the writer's account of what the
    saying caused (`said the service would launch in June, sending shares up 5%`)."""
    doc, tables = ctx.doc, ctx.tables
    for w in doc.words_in(start, end):
        if w.lemma.lower() in tables.consequence_verbs and w.start > start \
                and (w.feats.get("VerbForm") == "Ger" or (w.feats.get("VerbForm") == "Part"
                                                           and w.feats.get("Tense") == "Pres")) \
                and doc.text[:w.start].rstrip(SPACES).endswith(",") and not ctx.inside_quotation(w.start):
            return len(doc.text[:w.start].rstrip(SPACES)) - 1
    return end


def _before_colon_quotation(ctx: Context, start: int, end: int) -> int:
    """Reported speech stops at a colon that opens a quotation (`a reconnu que son équipe avait « manqué
    d'humilité » : « On pensait… »`): the quotation is a statement of its own."""
    for m in ctx.marks:
        if start < m.open_start < end and not any(n.open_start < start < n.close_end for n in ctx.marks):
            lead = ctx.doc.text[start:m.open_start].rstrip(SPACES)
            if lead.endswith(":") and len(lead) > 1:
                return start + len(lead[:-1].rstrip(SPACES))
    return end


def _before_next_attribution(ctx: Context, cue: Cue, start: int, end: int) -> int:
    """Content stops before a following attribution set off by a comma: `…, selon une source`,
    `…, tout en assurant que…`, `…, ajoutant que…`."""
    doc, tables = ctx.doc, ctx.tables
    cut = end
    sentence_end = max(end, doc.sentences[doc.words_in(start, end)[-1].sent].end) if doc.words_in(start, end) else end
    for w in doc.words_in(start, sentence_end):
        if w.i == cue.verb or ctx.inside_quotation(w.start):
            continue
        other = next((c for c in ctx.cues if c.verb == w.i and c is not cue), None)
        starts_attribution = (_prep_at(doc, w.i, tables) is not None and not _prep_at(doc, w.i, tables)[1]) \
            or other is not None
        if not starts_attribution:
            continue
        if other is not None and _backshifted_conjunct(doc, w, tables):
            continue  # `said it had opened an inquiry and would "not comment further"`: the clause goes on
        if other is not None and doc.words[cue.verb].head == w.i and cue.verb > w.i \
                and doc.words[cue.verb].rel in ("parataxis", "ccomp") and _closes_its_sentence(ctx, cue):
            continue  # the content's own verb, this attribution hung on it (`Still, investors worry that P, Reuters
            # reported`)
        semicolon = doc.text.rfind(";", start, w.start)
        if semicolon > start and not ctx.inside_quotation(semicolon):
            cut = min(cut, semicolon)  # `Keane says P; manager confirms Q`: a second attribution of its own
            continue
        if other is not None and other.subject is not None and not other.inverted \
                and start <= doc.words[other.subject].start < w.start \
                and "," in doc.text[doc.words[other.subject].end:w.start] \
                and not (tables.subject_first_incises and _closes_its_sentence(ctx, other)):
            continue  # `La BCE, qui se réunit jeudi, devrait maintenir ses taux, estiment…`: the content's own verb
            # (not `…, while others warned…`: a new subject after the comma)
        k = w.i - 1
        if other is not None and other.subject is not None and not other.inverted and other.subject < w.i \
                and tables.subject_first_incises and _closes_its_sentence(ctx, other):
            k = min(k, _subject_start(ctx, other) - 1)  # `…, the two officials said.`
        elif other is not None and other.subject is not None and not other.inverted \
                and start < doc.words[other.subject].start < w.start and doc.words[other.subject].head == w.i \
                and _tensed(doc, w):
            j = _subject_start(ctx, other) - 1  # `…, as its chief executive warned that…`: a clause of its own
            while j >= 0 and doc.words[j].start > start and doc.words[j].lower in tables.adverbial_marks:
                j -= 1
            if j >= 0 and doc.words[j].text == "," and doc.words[j].start > start:
                k = j
        while k >= 0 and doc.words[k].start >= start and k >= w.i - 3 and doc.words[k].text != ",":
            k -= 1
        if k >= 0 and doc.words[k].text == "," and doc.words[k].start > start:
            j = k - 1  # (`– parce que, dit-elle, « … »`: the conjunction belongs to what follows)
            while j >= 0 and doc.words[j].start > start and doc.words[j].upos != "PUNCT" and _connective(doc.words[j]):
                j -= 1
            if j < k - 1 and doc.words[j].upos == "PUNCT" and doc.words[j].start > start:
                k = j
            cut = min(cut, doc.words[k].start)
    return cut


def _drop_reported_within(ctx: Context, found: list[Found]) -> list[Found]:
    """A cue inside another quote's reported clause is part of what that speaker said
    (`a exigé que l'Ukraine se déclare neutre`): keep only the outer quote."""
    def inside(f: Found, g: Found) -> bool:
        assert f.cue is not None
        at = ctx.doc.words[f.cue.verb].start
        return g is not f and g.start <= f.start and f.end <= g.end and g.start <= at < g.end
    return [f for f in found if not any(inside(f, g) for g in found)]


def is_full_quote(ctx: Context, m: MarkSpan) -> bool:
    """Quotation marks around a statement, as opposed to a name, a title or a scare-quoted word."""
    before = ctx.doc.words_in(max(0, m.open_start - 40), m.open_start)
    # (also set off by a comma, when capitalised as a name is: not `son plan, « un tournant historique »`)
    apposed = len(before) > 1 and before[-1].text == "," and ctx.doc.text[m.start:m.start + 1].isupper()
    named = before[-2] if apposed else before[-1] if before else None
    if named is not None and named.lemma.lower() in ctx.tables.work_nouns and named.upos == "NOUN":
        return False  # `le film « Il était une fois dans l'Ouest »`, `une pétition, « Gardons nos bus »` (not
        # `…criticized the bill. "P"`): a work's name
    if before and before[-1].upos == "DET" and _names_its_noun(ctx, m):
        return False  # `the "Stay alert, stay safe" message`
    words = ctx.doc.words_in(m.start, m.end)
    # (a participle alone in a prepositional or coordinated phrase makes no statement, but a name: `pleaded
    # guilty to wire fraud and "theft concerning programs receiving funds"`)
    in_phrase = bool(before) and before[-1].upos in ("ADP", "CCONJ")
    verbs = [w for w in words if w.upos in ("VERB", "AUX")
             and (not in_phrase or w.feats.get("VerbForm") in ("Fin", "Inf", None))]
    if len(words) >= 4 and verbs:
        return True
    if len(words) >= 3 and any(w.upos == "VERB" for w in words) and words[-1].text in (".", "!", "?", "…"):
        return True  # a short sentence of its own (`"Nobody panicked."`), not a scare-quoted word
    if len(words) >= 5 and words[0].text[:1].isupper() and words[-1].text in (".", "!", "?", "…") \
            and ctx.doc.text[:m.open_start].rstrip(SPACES).endswith((".", "!", "?")):
        return True  # a sentence of its own after another, whatever the tagger made of its verbs (`“Every time a
        # company designs to the threshold, the threshold moves.”` with `designs` and `moves` read as nouns)
    line_start = ctx.doc.text.rfind("\n", 0, m.open_start) + 1
    lead = ctx.doc.text[line_start:m.open_start].rstrip(SPACES)
    if lead.endswith(":") and words and _before_cue(ctx, m) is not None:
        return True  # `Smith said: “Absolutely not.”`: announced by a reporting verb, however short
    if lead.endswith(":") and len(words) >= 3 and words[0].text[:1].isupper() \
            and words[-1].text in (".", "!", "?", "…"):
        return True  # a verbless sentence announced by a colon (`a botté en touche : « Chaque chose en son temps. »`)
    alone = not lead or _dashed_heading(ctx.doc.text, m)
    # (a whole line in marks is a sub-heading quoting someone, however short: `« Un miracle »`)
    whole_line = alone and (not _around_on_its_line(ctx.doc.text, m)[1] or _dashed_heading(ctx.doc.text, m))
    return alone and (len(words) >= 3 or (whole_line and len(words) >= 2)) and not ctx.title_case_name(m)


_INITIAL = re.compile(r"[^\W\d_]\.")

def _after_cue(ctx: Context, m: MarkSpan) -> Cue | None:
    """A reporting verb right after the closing mark: `« … », a déclaré X`, `« … », Biden l'a déclaré`."""
    text = ctx.doc.text
    end = _past_gloss(text, m.close_end)
    for cue in ctx.cues:
        if cue.group_start < end or cue.group_start - end > 80:
            continue
        between = text[end:cue.group_start]
        # full stops of abbreviations (`Mr.`, `Dr.`, initials) do not end the sentence
        bare = " ".join(w for w in between.split() if w not in ctx.tables.honorifics and not _INITIAL.fullmatch(w))
        if "\n" in between or any(c in bare for c in ".!?«“") or len(between.split()) > 10:
            continue
        # `« … », a déclaré X`, `« … », Biden l'a déclaré`, `« …, » Biden l'a déclaré`: a comma or dash on
        # either side of the closing mark; a new sentence (`« … » Il a ensuite ajouté`) has none
        comma = between.strip(SPACES).startswith((",", "–", "—")) or _comma_inside_close(text, m)
        # (the verb's reflexive clitic before it is part of the incise: `« … ? » s'interroge-t-elle`)
        rest = [w for w in between.split() if w.lower().replace("’", "'") not in ctx.tables.reflexives]
        if rest and not comma and not all(  # (so are the verb's object clitics: `« … ! » lui a lancé une habitante`)
                w.upos == "PRON" and w.head == cue.verb and w.rel in ("iobj", "obj")
                for w in ctx.doc.words_in(m.close_end, cue.group_start)):
            continue
        if ctx.doc.words[cue.verb].feats.get("VerbForm") == "Inf" \
                and text[cue.group_end:cue.group_end + 4].lstrip(SPACES).startswith(":"):
            continue  # `« … », avant de nuancer : « … »`: the infinitive announces the next quotation
        return cue
    return None


def _past_gloss(text: str, at: int) -> int:
    """Where the text goes on past a translation in brackets right after a quotation's closing mark (`« Nou pa té
    sav » (on ne savait pas), a confié hier la sexagénaire`), else `at`."""
    m = re.match(rf"[{SPACES}]*{GLOSS}", text[at:at + 210])
    return at + m.end() if m is not None else at


def _comma_inside_close(text: str, m: MarkSpan) -> bool:
    """`"…," said X`, also past a nested quotation's own closing mark (`"…said, 'Mom, that's fake,'" X said`)."""
    return text[:m.close_start].rstrip(SPACES).rstrip("'’”»\"").rstrip(SPACES).endswith(",")


def _any_verb_incise(ctx: Context, m: MarkSpan) -> Cue | None:
    """`« … », savourait le demi d'ouverture`: an incise whose verb is not in the table of verbs of saying."""
    text = ctx.doc.text
    rest = text[m.close_end:m.close_end + 80]
    lead = len(rest) - len(rest.lstrip(SPACES))
    if rest[lead:lead + 1] in (",", "–", "—"):
        start = m.close_end + lead + 1
    elif _comma_inside_close(text, m):
        start = m.close_end
    else:
        return None
    first = next((w for w in ctx.doc.words_in(start, start + 60)), None)
    if first is None or "\n" in text[m.close_end:first.start]:
        return None
    return incise_cue(ctx.doc, first, ctx.tables)


def _before_cue(ctx: Context, m: MarkSpan) -> Cue | None:
    """A reporting verb before the opening mark in the same sentence: `X a déclaré : « … »`, also in the paragraph
    before when the quotation opens its own after that one's colon (`she said:` ¶ `“…”`)."""
    doc, text = ctx.doc, ctx.doc.text
    line_start = text.rfind("\n", 0, m.open_start) + 1
    lead = text[line_start:m.open_start].rstrip(SPACES)
    before = text[:line_start].rstrip(SPACES + "\n")
    if not lead.strip(SPACES) and before.endswith(":"):
        line_start = text.rfind("\n", 0, len(before)) + 1
        lead = before[line_start:]
    best = None
    for cue in ctx.cues:
        if cue.group_end > m.open_start or cue.group_start < line_start:
            continue
        between = text[cue.group_end:m.open_start]
        if any(c in between for c in ".!?»”"):
            continue
        ends_colon = lead.endswith(":")
        ends_que = lead.lower().split()[-1] in ctx.tables.complementizers if lead.split() else False
        inner = doc.words_in(m.start, m.end)
        governs = any(cue.verb in {a.i for a in doc.ancestors(w.i)} for w in inner[:3])
        # `welcomed the figures but said "there is more to do"`, `Sanders replied, "We'll see."`
        adjacent = between.strip(SPACES) in ("", ",")
        if ends_colon or ends_que or governs or adjacent:
            best = cue
    return best


def _header_speaker(ctx: Context, m: MarkSpan) -> tuple[int, int] | None:
    """`NOM (rôle) : « … »` and `X a été clair : « … »`: a name before a colon that opens the quotation."""
    doc, text = ctx.doc, ctx.doc.text
    line_start = text.rfind("\n", 0, m.open_start) + 1
    lead = text[line_start:m.open_start].rstrip(SPACES)
    if not lead.endswith(":"):
        return None
    # the sentence the colon ends, not earlier ones of the paragraph, nor a clause a semicolon closes (`Lions hold
    # off Packers; Ray Kessler: '…'`)
    start = max(line_start, doc.sentences[doc.sentence_at(line_start + len(lead) - 1)].start,
                line_start + lead.rfind(";") + 1)
    words = doc.words_in(start, len(lead) + line_start)
    # (the possessor of a reply the main clause is about: `Asked whether…, Brennan's answer was blunt:`)
    owner = next((k for w in words if w.rel == "nsubj" and doc.words[w.head].rel == "root"
                  and w.lemma.lower() in ctx.tables.reply_nouns
                  for k in doc.kids(w.i, "nmod:poss", "nmod") if k.upos == "PROPN" and person_like(k, ctx.tables)
                  and (k.rel == "nmod:poss" or doc.kids(k.i, "case"))), None)
    if owner is not None:
        return owner.i, owner.i
    # the main clause's subject first (`Interrogé…, alors que son nom circule…, Lucas Ndiaye a botté en touche :`)
    # (a subject that can speak: not `Sa réponse : « … »`, the possessor's words)
    names = sorted((w for w in words if w.rel == "nsubj" and (w.upos == "PRON" or person_like(w, ctx.tables))),
                   key=lambda w: doc.words[w.head].rel != "root") or sorted(
        # (whose preposition, if any, is the one of a role's holder: not a topic's place, `Hausse des loyers aux
        # Sorbiers :`)
        (w for w in words if w.upos in ("PROPN", "NOUN") and person_like(w, ctx.tables)  # `Réaction du ministre :`
         and all(c.lower in ctx.tables.role_of for c in doc.kids(_name_head(doc, w).i, "case"))),
        # (a name no preposition governs first: `Venue de Tarbes avec son mari, Pascale, 61 ans, n'en revenait pas :`)
        key=lambda w: bool(doc.kids(w.i, "case")))
    if not names:
        return None
    if names[0].rel != "nsubj":  # (verbless: the name right before the colon, after what describes it: `Limogée
        comma = text.rfind(",", start, line_start + len(lead))  # du Théâtre des Docks, Clémence Varaigne :`)
        tail = [w for w in words if w.start > comma and w.text != ":"] if comma >= 0 else []
        if 2 <= len(tail) <= 4 and all(w.upos == "PROPN" and w.text[:1].isupper() for w in tail) \
                and person_like(tail[0], ctx.tables):
            return tail[0].i, tail[-1].i
    if names[0].lower in ctx.tables.indefinite_pronouns and names[0].head >= 0:
        # `Du côté de la préfecture, on se veut rassurant : « … »`: the place named is the source
        source = place_source(doc, doc.words[names[0].head], ctx.tables)
        return (source, source) if source is not None else None
    return names[0].i, names[0].i


def _name_head(doc: Doc, w: Word) -> Word:
    """The head of the name word w is part of (`sur BFM Lyon`: `BFM`)."""
    while w.rel in ("flat", "compound") and 0 <= w.head < len(doc.words) and doc.words[w.head].upos == "PROPN":
        w = doc.words[w.head]
    return w


def _name_comma_headline(ctx: Context, m: MarkSpan) -> int | None:
    """`Festival de Lodève : Ariane Lescure-Toumi, « le théâtre n’a pas à demander la permission »`: a line
    made of a name, a comma and a quotation ending it (after a kicker and its colon) gives the name's words."""
    doc, text = ctx.doc, ctx.doc.text
    line_start = text.rfind("\n", 0, m.open_start) + 1
    line_end = text.find("\n", m.close_end)
    lead = text[line_start:m.open_start].rstrip(SPACES)
    if not lead.endswith(",") or text[m.close_end:len(text) if line_end < 0 else line_end].strip(SPACES + ".!?"):
        return None
    start = line_start + lead.rfind(":") + 1
    words = doc.words_in(start, line_start + len(lead) - 1)
    if not 2 <= len(words) <= 4 or not all(w.upos == "PROPN" and w.text[:1].isupper() for w in words):
        return None
    first = words[0]
    while first.rel in ("flat", "compound") and first.head >= 0 and doc.words[first.head].start >= start:
        first = doc.words[first.head]
    return first.i if person_like(first, ctx.tables) else None


def _headline_speaker(ctx: Context, m: MarkSpan) -> int | None:
    """`« Je suis fier de mes joueurs » : Didier Deschamps savoure…`: a quotation opening its line (or a teaser's
    label: `ALSO READ: ‘…’: hydrogeologist`, `WATCH | ‘…’: …`), then a colon or a spaced dash (`'…' - fans react
    to…`) and the clause whose subject said it (the headline's convention)."""
    doc, text = ctx.doc, ctx.doc.text
    line_start = text.rfind("\n", 0, m.open_start) + 1
    lead = text[line_start:m.open_start].strip(SPACES)
    # (or a list's number: `2. ‘…’: Todmarsh pensioner scoops £1m`, or a list's bullet)
    # (a label before a pipe too: `WATCH | ‘…’: Carrick Falls workers react to plant closure`)
    # (or a teaser's label and a paywall's: `Lire aussi | Article réservé à nos abonnés « … » : X, une actrice…`)
    # (or a capitalised label before a dash: `VIDÉO - « … » : le ministre de l'Économie X défend sa copie`)
    label = lead.endswith(("-", "–", "—")) and len(lead.split()) <= 3 and lead.split()[0].isupper()
    if lead and lead not in BULLETS and not (lead.endswith((":", "|")) and len(lead.split()) <= 3) and not label \
            and not re.fullmatch(r"\d{1,2}[.)]", lead) \
            and not (lead.casefold().startswith(ctx.tables.teaser_labels) and len(lead.split()) <= 8):
        return None
    line_end = text.find("\n", m.close_end)
    rest = text[m.close_end:len(text) if line_end < 0 else line_end]
    separator = rest.lstrip(SPACES)[:2]
    if not (separator.startswith(":") or (separator[:1] in "-–—" and separator[1:].isspace())):
        return None
    colon = m.close_end + rest.index(separator[0])
    after = doc.words_in(colon + 1, colon + len(rest))
    # (past a fronted place or time set off by its comma: `« … » : à Cannes, Elise Varenne défend son film`)
    comma = next((k for k, w in enumerate(after[:6]) if w.text == ","), None)
    if comma is not None and after[0].upos == "ADP" \
            and not any(w.upos in ("VERB", "AUX") for w in after[:comma]):
        after = after[comma + 1:]
    words = [w for w in after if w.upos != "PUNCT"]
    first = next((w for w in words if w.upos != "DET"), None)
    if first is not None and not person_like(first, ctx.tables) \
            and not any(w.upos in ("VERB", "AUX") for w in words):
        # a verbless phrase naming one person (`« … » : l'entretien avec Laurent Chabanne`): that person
        # (a name's parts count once; a one-word name alone may be a place: `« … » : à Ploërven, la colère…`)
        names = {w.head if w.rel == "flat" and doc.words[w.head].upos == "PROPN" else w.i
                 for w in words if w.upos == "PROPN" and person_like(w, ctx.tables)
                 and (w.rel == "flat" or doc.kids(w.i, "flat"))}
        first = doc.words[names.pop()] if len(names) == 1 else None
    if first is None or not person_like(first, ctx.tables):
        return None
    while first.rel in ("flat", "compound") and first.head >= 0 and doc.words[first.head].start > colon:
        first = doc.words[first.head]  # the head of the name or role phrase
    if not person_like(first, ctx.tables):
        # (a verb the tagger took for a noun the role is compounded with: `Orvalis boss fumes over…`,
        # `Todmarsh pensioner scoops £1m`): the role
        first = max((k for k in doc.kids(first.i, "compound") if k.upos == "NOUN" and k.i < first.i
                     and is_title_word(k, ctx.tables, doc)), key=lambda k: k.i, default=first)
    return first.i


def direct_attributions(ctx: Context, taken: set[int], previous: list[Found]) -> list[Found]:
    """Quotations not claimed by a verb pattern: incise after, cue before, cleft after, header,
    inherited from the previous quotation, or no speaker."""
    out: list[Found] = []
    last: Found | None = None
    for k, m in enumerate(ctx.marks):
        if k in taken:
            last = next((f for f in previous if k in f.marks), last)
            continue
        if not is_full_quote(ctx, m):
            start = _heading_subject(ctx, m)
            if start is not None:  # (`Council 'should have acted'`)
                out.append(Found("mixed", start, m.close_end, "quoted-predicate", marks=[k]))
            elif last is not None and last.type == "direct" and _right_after_incise(ctx, last, m) \
                    and ctx.doc.text[m.end - 1] in ".!?…":
                # a short sentence continuing the quotation its incise just attributed (`“We’re not done,” he
                # added. “Not even close.”`)
                last = Found("direct", m.start, m.end, "interrupted", cue=last.cue, speaker=last.speaker, marks=[k])
                out.append(last)
            continue
        if _on_sign(ctx, m):
            continue
        inner = _inner_incise(ctx, m)
        if inner is not None:
            cue, first_end, second_start = inner
            first = Found("direct", m.start, first_end, "interrupted", cue=cue, speaker=cue.subject, marks=[k])
            second = Found("direct", second_start, m.end, "interrupted", cue=cue, speaker=cue.subject, marks=[k])
            out += [first, second]
            last = second
            continue
        cue = _after_cue(ctx, m) or _before_cue(ctx, m) or _any_verb_incise(ctx, m)
        if cue is not None:
            # (a verb without subject continues the one quoted before: `Et d'ajouter : « … »`)
            narrative = cue.subject is None and last is not None \
                and ctx.doc.words[cue.verb].feats.get("VerbForm") == "Inf"
            speaker = last.speaker if narrative and last is not None else cue.subject
            f = Found("direct", m.start, m.end, "marks+verb", cue=cue, speaker=speaker, marks=[k])
        elif last is not None and last.cue is not None and (
                _interrupted(ctx, last, m) or (last.type == "direct" and _right_after_incise(ctx, last, m))):
            # (also a sentence of its own right after the incise: `“…,” she says, laughing. “The spreadsheet’s
            # ready.”`)
            f = Found("direct", m.start, m.end, "interrupted", cue=last.cue, speaker=last.speaker, marks=[k])
        elif (h := _headline_speaker(ctx, m)) is not None:
            f = Found("direct", m.start, m.end, "header", speaker=h, marks=[k])
        elif (a := _answerer(ctx, m)) is not None:
            f = Found("direct", m.start, m.end, "answer", speaker=a, marks=[k])
        elif _is_subheading(ctx, m):
            f = Found("direct", m.start, m.end, "unattributed", marks=[k])
        elif (h := _name_comma_headline(ctx, m)) is not None:
            f = Found("direct", m.start, m.end, "header", speaker=h, marks=[k])
        elif (h := _header_speaker(ctx, m)) is not None:
            f = Found("direct", m.start, m.end, "header", speaker=h[0], marks=[k],
                      cue=announcing_cue(ctx.doc, ctx.doc.words[h[0]], m.open_start, ctx.tables))
        elif (s := _introduced_speaker(ctx, m)) is not None:
            f = Found("direct", m.start, m.end, "introduced", speaker=s, marks=[k])
        elif _narrated_relative(ctx, m):
            continue  # (`a rendu hommage aux pompiers, « qui ont frappé à chaque porte »`: the writer's sentence)
        elif (before := _last_before(previous, last, m)) is not None and _continues(ctx, before, m):
            # (also after reported speech without marks: `… il a rappelé que P.` | `« Q »`)
            f = Found("direct", m.start, m.end, "inherited", cue=before.cue, speaker=before.speaker, marks=[k],
                      verbless_speaker=before.verbless_speaker)
        else:
            f = Found("direct", m.start, m.end, "unattributed", marks=[k])
        out.append(f)
        last = f
    return out


def _on_sign(ctx: Context, m: MarkSpan) -> bool:
    """`sous une banderole proclamant « … »`, `a placard that read "…"`: a slogan a thing displays."""
    doc, tables = ctx.doc, ctx.tables
    before = [w for w in doc.words_in(doc.sentences[doc.sentence_at(m.open_start)].start, m.open_start)
              if w.upos != "PUNCT"]
    if not before or not tables.sign_nouns:
        return False
    w = before[-1]
    # (the next of listed slogans: `placards reading "Remember Juukan" and "Our Country…"`, `"A", "B" and "C"`)
    listed = w.start if w.upos == "CCONJ" and len(before) > 1 else m.open_start
    k = next((k for k, n in enumerate(ctx.marks) if n.close_end <= listed
              and not doc.text[n.close_end:listed].strip(SPACES + ",")), None)
    if k is not None and (w.upos == "CCONJ" or ctx.marks[k].close_end > w.end):
        return _on_sign(ctx, ctx.marks[k])
    k = len(before) - 1
    while k > 0 and len(before) - k <= 3 and before[k].upos in ("ADP", "SCONJ", "ADJ", "DET", "ADV"):
        k -= 1  # (its examples: `placards with inscriptions such as "…"`, `des pancartes comme « … »`; `une
        # banderole proclame encore « … »`)
    sign = before[k]
    if sign.upos in ("NOUN", "PROPN") and sign.rel == "nmod" and 0 <= sign.head < sign.i:
        sign = doc.words[sign.head]  # (whose sign: `derrière la banderole de l'intersyndicale « … »`)
    return displayed(doc, w, tables) or displayed(doc, before[k], tables) or (
        sign.upos == "NOUN" and sign.lemma.lower() in tables.sign_nouns)


def _introduced_speaker(ctx: Context, m: MarkSpan) -> int | None:
    """`Un optimisme que ne partage pas Me Ferrand. « Le PTZ, c'est… »`: a quotation opening a sentence right
    after a sentence about a named person (its subject, also inverted in a relative), with no quotation or
    verb of saying of its own, is that person's."""
    doc, text = ctx.doc, ctx.doc.text
    at = doc.sentence_at(m.open_start)
    if at == 0 or text[doc.sentences[at].start:m.open_start].strip(SPACES) or m.continues is not None:
        return None
    sentence = doc.sentences[at - 1]
    if "\n\n" in text[sentence.end:m.open_start] or ctx.mark_overlapping(sentence.start, sentence.end) \
            or any(sentence.start <= c.group_start < sentence.end for c in ctx.cues):
        return None
    # (the inverted subject of a relative may be parsed as a second object: `que ne partage pas Me Ferrand`)
    names = [w for w in doc.words[sentence.first:sentence.last + 1] if w.upos == "PROPN" and (
        w.rel == "nsubj" or (w.rel == "obj" and any(k.rel == "obj" and k.feats.get("PronType") == "Rel"
                                                    for k in doc.kids(w.head))))]
    # (or the name a role subject holds: `Le pilier Julien Laborde a inscrit le premier essai`)
    names += [k for w in doc.words[sentence.first:sentence.last + 1] if w.rel == "nsubj" and w.upos == "NOUN"
              for k in doc.kids(w.i, "appos", "flat", "nmod") if k.upos == "PROPN" and not doc.kids(k.i, "case")]
    people = [w for w in names if person_like(w, ctx.tables)]
    return people[-1].i if len(people) == 1 else None


def _last_before(previous: list[Found], last: Found | None, m: MarkSpan) -> Found | None:
    """The attribution ending last before the quotation: the last quotation, or reported speech after it."""
    earlier = [f for f in previous if f.end <= m.open_start and (last is None or f.end > last.end)]
    return max(earlier, key=lambda f: f.end, default=last)


def share_across_paragraphs(ctx: Context, found: list[Found]) -> list[Found]:
    """A quotation over several paragraphs opens each with its mark and closes only the last: it is one quote
    (no attribution interrupts it), with the attribution found for any of its paragraphs. The part before an
    incise inside its first paragraph stays a quote of its own (`« A, souligne-t-il. B¶« C »`: A, then B+C)."""
    by_mark = {k: f for f in found for k in f.marks}
    merged: set[int] = set()
    for k, m in enumerate(ctx.marks):
        if m.continues is None:
            continue
        earlier, later = by_mark.get(m.continues), by_mark.get(k)
        if earlier is None or later is None or earlier is later or earlier.type != "direct" \
                or later.type != "direct" or earlier.end != ctx.marks[m.continues].end:
            continue
        guessed = earlier.speaker is not None and earlier.cue is None  # (`introduced`, from the sentence before)
        if guessed and later.cue is not None and later.speaker is not None \
                and ctx.doc.words[later.speaker].upos != "PROPN":
            earlier.cue = later.cue  # the closing verb, with the name before rather than a description after
        elif (earlier.cue is None or earlier.pattern == "inherited") and (
                later.cue is not None or (not guessed and earlier.verbless_speaker is None)):
            # (a speaker inherited from the quotation before yields to the closing verb's: `"…¶"…," X told`)
            earlier.cue, earlier.speaker, earlier.verbless_speaker = later.cue, later.speaker, later.verbless_speaker
            earlier.pattern = later.pattern
        earlier.end = later.end
        earlier.marks = sorted(set(earlier.marks) | set(later.marks))
        earlier.date_intervals = earlier.date_intervals or later.date_intervals
        for j in later.marks:
            by_mark[j] = earlier
        merged.add(id(later))
    return [f for f in found if id(f) not in merged]


def _inner_incise(ctx: Context, m: MarkSpan) -> tuple[Cue, int, int] | None:
    """`« La France, a poursuivi le chef de l'État, doit rester… »`: an attribution set off by commas inside
    the marks interrupts the quotation, which is then two quotes: (cue, end of the first, start of the second)."""
    doc, text = ctx.doc, ctx.doc.text
    for cue in ctx.cues:
        group_start = _clitic_group_start(doc, cue)
        if not (m.start < group_start < m.end):
            continue
        if not text[m.start:group_start].rstrip(SPACES).endswith(","):
            continue
        # the subject after the verb, whatever the parser made of the words before the comma
        # (or a clitic inside the verb group, however parsed: `a-t-elle poursuivi`)
        inside = cue.subject is not None and group_start <= doc.words[cue.subject].start < cue.group_end
        # (not a subject past a comma, the parser's reading of a phrase set off after the speaker: `a raconté la
        # recrue, le sourire aux lèvres`, `la recrue` read as the object)
        parted = cue.subject is not None and "," in text[cue.group_end:doc.words[cue.subject].start]
        subject = cue.subject if (cue.inverted and not parted) or inside else inverted_subject(
            doc, doc.words[cue.verb], cue.group_end, ctx.tables)
        if subject is None:
            continue
        cue = Cue(cue.verb, cue.lemma, cue.group_start, cue.group_end, subject, True, cue.controller)
        # (a clitic may stand before the participle: `a-t-elle poursuivi`)
        subject_end = max(cue.group_end, doc.words[noun_phrase_end(doc, cue.subject)].end)
        tail = text[subject_end:m.end].lstrip(SPACES)
        stops = [p for p in (text.find(",", subject_end, m.end), text.find(".", subject_end, m.end)) if p >= 0]
        if not tail.startswith((",", ".")) and stops:
            # (the incise's own circumstances after its subject: `a déclaré ce mardi X lors d'un point presse.`)
            own = set(doc.subtree(cue.verb))
            between = doc.words_in(subject_end, min(stops))
            # (or a description of the speaker's bearing: `a reconnu le grimpeur de X, le visage couvert de poussière.`)
            # (or a gerund: `a prévenu X en quittant la rive.`)
            if between and all(w.i in own and (w.upos not in ("VERB", "AUX") or (
                    w.rel in ("acl", "advcl") and w.feats.get("VerbForm") in ("Part", "Ger"))) for w in between):
                subject_end = min(stops)
                tail = text[subject_end:m.end]
        if not tail.startswith((",", ".")):
            continue  # (`…, souligne-t-il. On savait…`: the incise also ends its sentence)
        stop = text.find(".", subject_end, m.end)
        if tail.startswith(",") and stop >= 0 and len(text[stop + 1:m.end].strip(SPACES + "»”\"")) > 1 and not any(
                w.upos in ("VERB", "AUX") and w.feats.get("VerbForm") == "Fin"
                for w in doc.words_in(subject_end, stop)):
            # a phrase without a tensed verb after the speaker, to the end of its sentence, is the incise's (`a
            # raconté la recrue, le sourire fendu jusqu'aux oreilles. C'est un rêve…`): the quotation resumes after
            subject_end = stop
            tail = text[subject_end:m.end]
        first_end = text.rfind(",", m.start, group_start)
        second_start = subject_end + (len(text[subject_end:m.end]) - len(tail)) + 1
        second_start += len(text[second_start:m.end]) - len(text[second_start:m.end].lstrip(SPACES))
        if first_end - m.start < 2 or m.end - second_start < 2:
            continue
        return cue, first_end, second_start
    return None


def _clitic_group_start(doc: Doc, cue: Cue) -> int:
    """Where the verb group starts, with an auxiliary and the inverted clitics tight before it that the parser
    left out of it (`a-t-elle poursuivi`: `a` read as a verb of its own)."""
    group = doc.words_in(cue.group_start, cue.group_end)
    if not group:
        return cue.group_start
    k = first = group[0].i
    while first > 0 and doc.words[first - 1].text.startswith("-"):
        first -= 1
    if first < k and first > 0 and doc.words[first - 1].end == doc.words[first].start:
        return doc.words[first - 1].start
    return cue.group_start


def _around_on_its_line(text: str, m: MarkSpan) -> tuple[str, str]:
    """The text of the marks' line before the opening mark and after the closing one, spaces stripped."""
    line_start = text.rfind("\n", 0, m.open_start) + 1
    line_end = text.find("\n", m.close_end)
    after = text[m.close_end:len(text) if line_end < 0 else line_end]
    return text[line_start:m.open_start].strip(SPACES), after.strip(SPACES)


def _dashed_heading(text: str, m: MarkSpan) -> bool:
    """A wire's sub-heading set between dashes (`- « Provocation planifiée » -`)."""
    before, after = _around_on_its_line(text, m)
    return before in ("-", "–", "—") and after in ("-", "–", "—")


def _answerer(ctx: Context, m: MarkSpan) -> int | None:
    """A quotation opening the paragraph right after a question (`Votre poste est-il menacé ?` ¶ `« … »`), in a
    run of such questions and answers: the answer of the person the paragraph before the run makes its last
    sentence's subject (`l'entraîneur a répondu à toutes les questions`); that subject's word."""
    text, doc = ctx.doc.text, ctx.doc
    line_start = text.rfind("\n", 0, m.open_start) + 1
    if text[line_start:m.open_start].strip(SPACES):
        return None
    lines = ((a, line) for a, line in _lines_before(text, line_start) if line.strip(SPACES))
    for k, (at, line) in enumerate(lines):
        body = line.strip(SPACES)
        if body.endswith("?") and not any(c in body for c in ctx.tables.quote_pairs) and len(body.split()) <= 30:
            continue  # a question of the run
        if k == 0:
            return None  # (the line right before is no question)
        if body[:1] in ctx.tables.quote_pairs or body.startswith("—"):
            continue  # an earlier answer of the run
        last = doc.sentences[doc.sentence_at(at + len(line.rstrip(SPACES)) - 1)]
        root = next((w for w in doc.words[last.first:last.last + 1] if w.deprel == "root"), None)
        subject = next((s for s in doc.kids(root.i, "nsubj") if person_like(s, ctx.tables)), None) \
            if root is not None else None
        return subject.i if subject is not None else None
    return None


def _lines_before(text: str, end: int) -> Iterator[tuple[int, str]]:
    """The lines of text before offset `end` (a line start), last first, with their offsets."""
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        yield start, text[start:end - 1]
        end = start


def _is_subheading(ctx: Context, m: MarkSpan) -> bool:
    """A quotation standing alone as a short paragraph without final punctuation: a sub-heading."""
    text = ctx.doc.text
    before, after = _around_on_its_line(text, m)
    alone = (not before and not after) or _dashed_heading(text, m)
    return alone and len(text[m.start:m.end].split()) < 15 and text[m.end - 1] not in ".!?…"


def _heading_subject(ctx: Context, m: MarkSpan) -> int | None:
    """Where a sub-heading starts that puts a quoted predicate after its subject (`Council 'should have acted'`,
    the press's way of saying someone said so): a short line without final punctuation, a noun phrase then the
    marks holding a verb group; the words are someone's, unnamed."""
    text = ctx.doc.text
    before, after = _around_on_its_line(text, m)
    if after or not before or len(before.split()) > 5 or text[m.end - 1] in ".!?…" or not before[:1].isupper():
        return None
    start = text.rindex(before, 0, m.open_start)
    subject = ctx.doc.words_in(start, m.open_start)
    inside = ctx.doc.words_in(m.start, m.end)
    if not subject or not inside or any(w.upos in ("VERB", "AUX", "PUNCT") for w in subject) \
            or not any(w.upos in ("NOUN", "PROPN") for w in subject) or inside[0].upos not in ("AUX", "VERB") \
            or len(inside) > 10:
        return None
    return start


def _incise_end(ctx: Context, last: Found) -> int:
    """Where the incise that attributed a quotation ends: its verb group or its speaker, whichever is later."""
    assert last.cue is not None
    return max(last.cue.group_end, ctx.doc.words[last.speaker].end if last.speaker is not None else 0)


def _right_after_incise(ctx: Context, last: Found, m: MarkSpan) -> bool:
    """`“…,” he added. “Not even close.”`: the marks open right after the full stop ending the incise that
    attributed the quotation before them, in its paragraph."""
    if last.cue is None or last.end > last.cue.group_start:
        return False
    tail_end = _incise_end(ctx, last)
    return ctx.doc.text[tail_end:m.open_start].strip(SPACES) == "." and tail_end < m.open_start


def _interrupted(ctx: Context, last: Found, m: MarkSpan) -> bool:
    """`« A », a-t-il dit, « B »`: B opens right after the incise that attributed A."""
    if last.cue is None:
        return False
    between = ctx.doc.text[_incise_end(ctx, last):m.open_start]
    return 0 <= len(between) < 40 and "\n" not in between and not any(c in between for c in ".!?")


def _names_its_noun(ctx: Context, m: MarkSpan) -> bool:
    """The marks hold a name set before the noun it names, a work's (`the "Stay alert, stay safe" message`, `a
    "Do Not Drink" advisory`)."""
    following = next(iter(ctx.doc.words_in(m.close_end, m.close_end + 40)), None)
    if following is not None and following.upos == "NOUN" and following.lemma.lower() in ctx.tables.work_nouns:
        return True
    # or after it, capitalised as a title is (`cite le rapport sénatorial « Services publics : la fracture rurale »`)
    inner = ctx.doc.text[m.open_end:m.close_start].lstrip()
    before = [w for w in ctx.doc.words_in(max(0, m.open_start - 60), m.open_start) if w.end <= m.open_start]
    if before and before[-1].text == ",":  # (set off after the noun and its complement: `une pétition en ligne,
        before.pop()  # « Rendez-nous la N845 »`; not a phrase of place, `Dans son rapport, « Nous… »`)
        while len(before) > 1 and before[-1].upos == "NOUN" and before[-2].upos == "ADP" \
                and before[-1].lemma.lower() not in ctx.tables.work_nouns:
            del before[-2:]
        if before and ctx.doc.kids(before[-1].i, "case"):
            return False
    while before and before[-1].upos == "ADJ":
        before.pop()
    return inner[:1].isupper() and bool(before) and before[-1].upos == "NOUN" \
        and before[-1].lemma.lower() in ctx.tables.work_nouns


def _narrated_relative(ctx: Context, m: MarkSpan) -> bool:
    """A quotation opening on a relative pronoun whose clause hangs on a noun before the marks: words set into
    the writer's own sentence, which no reporting verb introduces."""
    words = ctx.doc.words_in(m.start, m.end)
    if not words or words[0].feats.get("PronType") != "Rel":
        return False
    clause = ctx.doc.words[words[0].head] if words[0].head >= 0 else None
    return clause is not None and clause.rel == "acl" and clause.head >= 0 \
        and ctx.doc.words[clause.head].end <= m.open_start


def _continues(ctx: Context, last: Found, m: MarkSpan) -> bool:
    """A quotation following the previous one within two paragraphs, with no other speaker cue between."""
    if last.speaker is None and last.verbless_speaker is None:
        return False
    gap = ctx.doc.text[last.end:m.open_start]
    if gap.count("\n\n") > 1 or len(gap) > 600:
        return False
    text = ctx.doc.text
    label, colon, _ = text[text.rfind("\n", 0, m.open_start) + 1:m.open_start].partition(":")
    line_end = text.find("\n", m.close_end)
    heading = not text[:len(text) if line_end < 0 else line_end].rstrip(SPACES).endswith(
        (".", "!", "?", "…", *ctx.tables.quote_pairs.values()))
    if colon and heading and "\n" in gap and 0 < len(label.split()) <= 5 and label[:1].isupper():
        return False  # (a heading naming its own source before a colon, `Mayor's office: Growth 'can't come at…'`, or
        # a teaser's label, `Lire aussi : « … » : les parents d’élèves montent au créneau`: another story)
    # (a verb of a subordinate clause narrates: `…near the bridge, which was closed after inspectors found cracks`,
    # also when the parser made the conjunction its subject's preposition)
    doc, tables = ctx.doc, ctx.tables
    # (nor a noun read as a verb in a phrase read as a clause: `said on the company's earnings call Wednesday`)
    return not any(last.end < c.group_start < m.open_start and c is not last.cue
                   and not doc.within(c.verb, ("acl", "advcl")) and not phrase_read_as_clause(doc, doc.words[c.verb])
                   and not (c.subject is not None and _circumstance(
                       doc, doc.words[c.subject], tables, tables.adverbial_marks)) for c in ctx.cues)


def prep_attributions(ctx: Context) -> list[Found]:
    """`selon X, P`, `P, selon X`, `d'après X`, `à en croire X`, and sentence-initial `Pour X, P`."""
    doc, tables = ctx.doc, ctx.tables
    out: list[Found] = []
    words = doc.words
    for w in words:
        seq = _prep_at(doc, w.i, tables)
        if seq is None or ctx.inside_quotation(w.start):
            continue
        n, opinion = seq
        source = _source_after(doc, w.i + n - 1, tables)
        author = statement_author(doc, source, tables) if source is not None and not opinion else None
        if source is None or not (author is not None or is_source(doc, source, tables)):
            continue
        # (a statement's author is its referent, the statement as written its mention: resolve_np)
        sent = doc.sentence_of(w.i)
        # (`Grève des enseignants : pour l'intersyndicale, « … »`: a topic and a colon may open the sentence)
        after_colon = w.i > sent.first and words[w.i - 1].text == ":"
        if opinion and ((w.i != sent.first and not after_colon) or not _comma_after_np(ctx, source)):
            continue
        phrase = set(range(w.i, _apposed_name_end(doc, _source_end(ctx, source), tables) + 1))
        rest = [i for i in range(sent.first, sent.last + 1) if i not in phrase]
        before = [i for i in rest if i < w.i and doc.words[i].upos != "PUNCT" and not (opinion and after_colon)]
        after = [i for i in rest if i > w.i and doc.words[i].upos != "PUNCT"]
        # words after the phrase with no finite verb continue the source's phrase however it was parsed
        # (`…, according to people familiar with the matter.`)
        clause_after = any(doc.words[i].upos in ("VERB", "AUX") and doc.words[i].feats.get("VerbForm") == "Fin"
                           for i in after)
        if len(before) >= 2 and len(after) >= 2 and not opinion and clause_after:
            part = before + after  # `Le projet, selon le ministre, sera présenté en mai`: the whole clause
        elif len(before) >= 2 and not clause_after and not opinion:
            part = before
        else:
            part = after if len(after) >= len(before) else before
        if opinion and any(words[i].rel == "nsubj" and words[i].upos == "PRON" and words[i].feats.get("Person") == "1"
                           and words[words[i].head].head < 0 and not ctx.inside_quotation(words[i].start)
                           for i in after):
            continue  # the writer's own first person (`For the PBS NewsHour, I'm X in Y`): no one's opinion
        span = _span(ctx, part)
        if span is None:
            continue
        start = after_dateline(ctx.doc.text, span[0], span[1])
        if span[1] <= w.start:  # the statement before `selon X`
            start = _after_colon(ctx, start, span[1])
            # `…, « un moment historique » selon X`: a quotation set off before the source is what X said
            apposed = [m for m in ctx.marks if start < m.open_start and m.close_end <= w.start
                       and not ctx.doc.text[m.close_end:w.start].strip(SPACES + ",")
                       and ctx.doc.text[:m.open_start].rstrip(SPACES).endswith((",", "–", "—"))]
            if apposed:
                start = apposed[-1].open_start
        pattern = "opinion" if opinion else "prep"
        stop = _before_colon_quotation(ctx, start, span[1]) if span[0] > w.start else span[1]
        if stop < span[1]:
            # `Selon lui, P : « Q »`: the statement, then the quotation it announces, both the source's
            quotation = next(m for m in ctx.marks if stop < m.open_start < span[1])
            qtype, q_start, q_end, marks = ctx.typed(quotation.open_start, span[1])
            out.append(Found(qtype, q_start, q_end, pattern, speaker=source.i, marks=marks))
        qtype, start, end, marks = ctx.typed(start, stop)
        if end - start < 8:
            continue
        out.append(Found(qtype, start, end, pattern, speaker=source.i, marks=marks))
    return out


def _source_end(ctx: Context, source: Word) -> int:
    """The last word of the source's phrase after `selon`/`according to`: its subtree, unless the parser hung the
    whole statement on it (`According to X, claims reached…`), then up to the comma after it (and a relative
    clause set off after that comma: `Selon un diplomate, qui a requis l'anonymat, « … »`)."""
    doc = ctx.doc
    # (a mark the parser hung on the phrase is no part of it: `Pour X, politologue, le choix « envoie… »`)
    last = max(i for i in doc.subtree(source.i) if doc.words[i].rel != "punct" or i == source.i)
    sentence_last = doc.sentence_of(source.i).last
    comma = next((i for i in range(source.i + 1, last) if doc.words[i].text == ","), None)
    if comma is None or any(m.open_start < doc.words[comma].start < m.close_end for m in ctx.marks):
        return last
    # (or the statement's subject alone, a phrase with no preposition: `According to X, weather-related claims
    # reached…` with `claims` hung on X)
    subject = any(k.deprel == "nmod" and not doc.kids(k.i, "case")
                  and min(i for i in doc.subtree(k.i) if doc.words[i].rel != "punct") == comma + 1
                  for k in doc.kids(source.i))
    if not subject and not all(x.upos == "PUNCT" for x in doc.words[last + 1:sentence_last + 1]):
        return last
    if comma + 1 < len(doc.words) and doc.words[comma + 1].lower in ctx.tables.relative_subjects:
        # (to the sentence's end when nothing follows it: `…, according to police, who closed several roads.`)
        return next((i for i in range(comma + 2, sentence_last) if doc.words[i].text == ","), last)
    return comma


def _apposed_name_end(doc: Doc, last: int, tables: LanguageTables) -> int:
    """The end of a name or a role set off by commas right after word `last` (`Pour l'avocate des familles,
    Me Hélène Lecat, « … »`, `According to Lena Hartmann, an analyst at BloombergNEF, …`), however the parser
    attached it; else `last`."""
    comma = last if doc.words[last].text == "," else last + 1
    if comma >= len(doc.words) or doc.words[comma].text != ",":
        return last
    role = title_right(doc, comma - 1, tables)
    if role is not None:
        end = role[1] + 1
        while end < len(doc.words) and doc.words[end].text != "," and doc.words[end].sent == doc.words[last].sent \
                and doc.words[end].upos not in ("VERB", "AUX"):
            end += 1  # (the role's own complement: `at BloombergNEF`)
        if end < len(doc.words) and doc.words[end].text == ",":
            return end
    k = comma + 1
    while k < len(doc.words) and doc.words[k].text in tables.honorifics:
        k += 1
    first = k
    while k < len(doc.words) and doc.words[k].upos == "PROPN" and doc.words[k].sent == doc.words[last].sent:
        k += 1
    if k > first and k < len(doc.words) and doc.words[k].text == ",":
        return k
    # (or a noun phrase with no verb of its own before the statement's clause: `According to X, one of the few
    # leaders to oppose the hubs, Spain's investment has done…`; not a circumstance, `selon X, en 2025, …`)
    opener = doc.words[first] if first < len(doc.words) else None
    if opener is None or opener.upos not in ("NUM", "DET", "PRON", "NOUN") or capitalised(opener):
        return last
    sent = doc.sentence_of(last)
    end = next((i for i in range(first, sent.last + 1) if doc.words[i].text in (",", ":", ";")
                or doc.words[i].text in tables.quote_pairs), None)
    finite = [i for i in range(first, sent.last + 1) if doc.words[i].upos in ("VERB", "AUX")
              and doc.words[i].feats.get("VerbForm") == "Fin"]
    if end is None or doc.words[end].text != "," or not finite or finite[0] < end:
        return last
    return end


def lemma_of(cue: Cue) -> str:
    """The verb of a cue's lemma (`faire savoir` -> `savoir`)."""
    return cue.lemma.split()[-1]


def _prep_at(doc: Doc, i: int, tables: LanguageTables) -> tuple[int, bool] | None:
    if i > 0 and doc.words[i - 1].upos == "NUM" and doc.words[i - 1].sent == doc.words[i].sent \
            and doc.words[i].lower in tables.rate_prepositions:
        return None  # a rate, no source (`14.2 per cent`, `5 per day`)
    lowers = [w.lower for w in doc.words[i:i + 5]]
    for seq in tables.attribution_preps:
        if tuple(lowers[:len(seq)]) == seq:
            return len(seq), False
    if lowers and lowers[0] in tables.opinion_preps:
        for excl in tables.opinion_prep_exclusions:
            if tuple(lowers[:len(excl)]) == excl:
                return None
        return 1, True
    return None


def _source_after(doc: Doc, i: int, tables: LanguageTables) -> Word | None:
    """The head of the noun phrase right after the preposition ending at word i."""
    honorific = False
    for w in doc.words[i + 1:i + 8]:
        if w.sent != doc.words[i].sent:
            return None
        if w.text in tables.honorifics:
            honorific = True
            continue  # `According to Dr. Anthony Fauci`: the name, however the honorific was attached
        if honorific and w.lower in tables.inner_name_particles:
            continue  # (and a surname's particle after it: `Selon M. de Lestapis`)
        # (or a foreign name's article the tagger left untagged: `selon The Athletic`)
        if w.upos in ("NOUN", "PROPN", "PRON") or (w.upos == "X" and w.text[:1].isupper() and doc.kids(w.i, "flat")):
            head = w
            # climb inside the noun phrase to its head (past an owner: `according to the Sheriffs' Association`)
            # (or past a title the parser made the name's descriptive modifier: `According to Spanish Prime
            # Minister Álvaro Ríos`)
            while head.head >= 0 and (head.rel in ("flat", "amod", "compound", "fixed")
                                      or (head.deprel in ("nmod:poss", "nmod:desc") and head.head > head.i)):
                head = doc.words[head.head]
            return head
        if w.upos not in ("DET", "ADJ", "NUM", "ADV") and not (
                # the indefinite article's preposition, split from it (`selon des sources` = `selon de les`)
                w.i == i + 1 and w.upos == "ADP" and w.rel == "case" and w.head > w.i
                and w.i + 1 < len(doc.words) and doc.words[w.i + 1].upos == "DET"):
            return None
    return None


def _comma_after_np(ctx: Context, source: Word) -> bool:
    doc = ctx.doc
    last = max(i for i in doc.subtree(source.i) if doc.words[i].rel != "punct" or i == source.i)
    if last + 1 < len(doc.words) and doc.words[last + 1].text == ")":
        last += 1  # `Pour X, présidente de l'Union syndicale des magistrats (USM), « … »`
    elif last + 1 < len(doc.words) and any(m.open_start > source.start and m.close_end == doc.words[last + 1].end
                                           for m in ctx.marks):
        last += 1  # the mark closing a work's title in the phrase (`auteure de « La République du consensus »,`)
    nxt = doc.words[last + 1] if last + 1 < len(doc.words) else None
    return nxt is not None and nxt.text == ","
