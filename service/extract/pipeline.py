"""The extractor: (parsed document, language tables, publication date) -> quotes and speakers.

Pure: no I/O, no globals; the HTTP layer and the CLI call `extract`, tests call it on real parses.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import msgspec

from service.extract.attribution import (
    Context,
    Found,
    cleft_opening,
    direct_attributions,
    phrase_read_as_clause,
    prep_attributions,
    share_across_paragraphs,
    verb_attributions,
)
from service.extract.cues import (
    AUX_RELS,
    Cue,
    clitic_pronoun,
    closing_mark,
    find_cues,
    fronted_role_of,
    fronted_role_subject,
    fused_inversion,
    is_acronym,
    narrative_infinitive,
    person_like,
    reported_lemma,
)
from service.extract.dates import find_date, resolve
from service.extract.dialogue import dialogue_attributions
from service.extract.doc import Doc, Word
from service.extract.entities import (
    EntityIndex,
    Mention,
    Referent,
    bare_role,
    current_titles,
    determiner_gender,
    fold,
    form_of_address,
    is_demonym,
    is_title_word,
    mistagged_name,
    one_of_many,
    statement_author,
    title_content_words,
)
from service.extract.headlines import (
    bracketed_source_headlines,
    dash_source_headlines,
    name_fragment_headlines,
    source_headline_attributions,
)
from service.extract.marks import LINE, SPACES, find_marks, without_titles
from service.extract.transcripts import soundbite_attributions, transcript_attributions
from service.lang import LanguageTables, Pronoun
from service.schemas import DateInfo, Quote, Speaker, SpeakerSummary, Title, Verb

# Confidence by pattern: how often each pattern is right, roughly, on news text.
PATTERN_CONFIDENCE = {
    "marks+verb": 0.92, "que": 0.85, "colon": 0.85, "incise": 0.82, "infinitive": 0.75,
    "parenthetical": 0.8, "interrupted": 0.85, "np-quoted": 0.8, "object-predicate": 0.7, "np-claim": 0.65,
    "prep": 0.75, "cleft": 0.72, "predicative": 0.7, "embed": 0.8, "header": 0.7, "answer": 0.7, "interview": 0.75,
    "introduced": 0.6, "dialogue": 0.75,
    "opinion": 0.55, "inherited": 0.6, "unattributed": 0.35, "quoted-predicate": 0.35,
}
EMBED_SIGNATURE = re.compile(r"^[—–-]\s*(?P<who>[^\n(]+?)\s*\(@\w+\)\s*(?P<when>[^\n]*)$", re.MULTILINE)
# `Thomas Pesquet : La Lune est…`, `Philippe Martinez. J'avais besoin…`: a transcript line and its speaker
INTERVIEW_LINES = (re.compile(r"(?P<who>[^\W\d][^\n:«»\"“”]{1,60}?) ?: (?P<body>\S[^\n]*)"),
                   re.compile(r"(?P<who>[^\W\d][^\n:«»\"“”.]{1,60}?)\. (?P<body>\S[^\n]*)"))
LABELED_LINE = re.compile(r"(?P<label>[^\W\d]{1,10}) ?[:–—-] +(?P<body>\S[^\n]*)")
# How an answer paragraph ends (scraped boilerplate such as `Propos recueillis par X` does not).
ANSWER_END = ".!…»\"”)"
URL = re.compile(r"\s*(?:pic\.twitter\.com/\S+|https?://\S+)\s*$")


@dataclass
class _Salient:
    position: int
    referent: Referent
    number: str | None
    gender: str | None
    embedded: bool = False  # the subject of a subordinate clause (`when Reilly went down`)
    word: int = -1  # the subject's word


# Separates the items of a scraped page's menus and footers (`About Us | Editorial Complaints | Contact Us`):
# text running across one is navigation, never what someone said.
MENU_SEPARATOR = " | "


def extract(doc: Doc, tables: LanguageTables,
            published: dt.date | None) -> tuple[list[Quote], list[SpeakerSummary]]:
    """Quotes and speakers of one parsed document (offsets into `doc.text`, the text as sent)."""
    marks = without_titles(doc.text, find_marks(doc.text, tables.quote_pairs), tables.naming_words)
    ctx = Context(doc, tables, marks, find_cues(doc, tables))
    entities = EntityIndex(doc, tables)
    answers = interview_attributions(ctx, entities)
    if answers and answers[0].verbless_speaker is not None:
        ctx.answers = [(a.start, a.end) for a in answers]
    found = verb_attributions(ctx)
    preps = prep_attributions(ctx)
    # `The discovery suggests P, according to the study`: the named source outranks a subject that is no one
    # (and so does no subject at all: `Selon X, certains « pisteurs » proposaient « … »`, the subject rejected)
    found = [f for f in found if (f.speaker is None and f.verbless_speaker is None and f.cue is not None
                                  and f.cue.subject is not None) or (f.speaker is not None and (
                 person_like(doc.words[f.speaker], tables) or doc.words[f.speaker].upos == "PRON"))
             or f.verbless_speaker is not None or not _overlaps(f, preps)]
    found = [f for f in found if not _embedded_in_sourced(doc, f, preps)]
    found += [f for f in preps if not _overlaps(f, found)]
    embeds = embed_attributions(ctx)
    found = _outside(found, embeds)
    found += [f for f in embeds if not _overlaps(f, found)]
    taken = {k for f in found for k in f.marks}
    found += [f for f in direct_attributions(ctx, taken, found) if not _overlaps(f, found)]
    found = _outside(found, answers)
    found += [f for f in answers if not _overlaps(f, found)]
    turns = transcript_attributions(ctx, entities) + soundbite_attributions(ctx, entities)
    found = _outside(found, turns)
    found += [f for f in turns if not _overlaps(f, found)]
    # (a dialogue's turns outrank what the other patterns made of its lines: a quotation from the first turn's
    # opening mark to the last one's closing mark holds them all)
    dialogue = dialogue_attributions(ctx, entities)
    found = [f for f in found if not any(min(f.end, d.end) > max(f.start, d.start) for d in dialogue)] + dialogue
    headlines = source_headline_attributions(ctx)
    headlines += [f for f in name_fragment_headlines(ctx) if not _overlaps(f, headlines)]
    headlines += [f for f in bracketed_source_headlines(ctx) if not _overlaps(f, headlines)]
    headlines += [f for f in dash_source_headlines(ctx) if not _overlaps(f, headlines)]
    # (its quoted words alone, attributed to no one: `House has 'walked away from the table'`)
    found = [f for f in found if f.pattern != "unattributed" or not any(h.start <= f.start and f.end <= h.end
                                                                        for h in headlines)]
    found += [f for f in headlines if not _overlaps(f, found)]
    found = share_across_paragraphs(ctx, found)
    # (an interviewer's labelled line is a question put, not a statement: only quotations inside it count)
    found = [f for f in found if f.cue is not None or not any(a <= f.start < b for a, b in ctx.asked)]
    found.sort(key=lambda f: f.start)
    for before, f in itertools.pairwise(found):
        if f.speaker is None and f.cue is not None and f.cue.subject is None \
                and narrative_infinitive(doc, doc.words[f.cue.verb], tables):
            f.speaker, f.verbless_speaker = before.speaker, before.verbless_speaker  # `Et d'ajouter : « … »`
    resolver = _Resolver(ctx, entities, [(f.start, f.end) for f in found if f.pattern == "interrupted"
                                         and f.type != "direct"],
                         [(f.start, f.end) for f in found if f.type != "direct" and f.speaker is not None])
    if ctx.answers is not None:  # `Vous avez déclaré que…` in the questions
        resolver.interview = (answers[0].verbless_speaker, ctx.answers)
        for f in found:
            if f.speaker is None and f.cue is not None and f.cue.subject is None:
                f.speaker = next((k.i for k in doc.kids(f.cue.verb, "nsubj") if k.lower in tables.second_person), None)
    made = [_quote(ctx, f, resolver, published) for f in found]
    # reported speech is someone's: an indirect or mixed statement with no speaker at all is a verb of saying
    # used of no one (`Accept All Reject All` buttons, `Tous droits réservés`), not a quote; a direct quotation
    # may stand alone (a quoted sub-heading), and so may a sub-heading's quoted predicate (`Council 'should have
    # acted'`); a menu's items are no one's (`_in_menu`)
    made = [(_past_section_label(doc.text, q), ref) for (q, ref), f in zip(made, found, strict=True)
            if (q.type == "direct" or q.speaker is not None or f.pattern == "quoted-predicate")
            and not _in_menu(doc.text, q)]
    made = _named_on_continuing(ctx, made)
    # a title stated later in the document (`Le sélectionneur a indiqué…` after `a expliqué Didier Deschamps`)
    # is the speaker's for the earlier quotes too
    quotes = [q if q.title is not None or ref is None
              else msgspec.structs.replace(q, title=_title_of(ref, tables, doc.text)) for q, ref in made]
    return quotes, _speakers(quotes, resolver)


def _embedded_in_sourced(doc: Doc, f: Found, preps: list[Found]) -> bool:
    """A verb of saying inside a clause of what a source named after it is said to hold reports no speech of its
    own: `P could evaporate if Riyadh signals it will step in, according to X` (not the main clause's verb, `Les
    enquêteurs estiment que P, selon une source`, nor a pronoun taking up the source, `Pour X, …: il estime que
    P`, nor a `selon X` inside a verb's content); a source named before holds only a clause of circumstance's verb
    (`According to X, many easements were signed when landowners believed P`)."""
    if f.cue is None or f.cue.inverted or f.cue.subject is None or doc.words[f.cue.subject].upos == "PRON":
        return False
    verb = doc.words[f.cue.verb]
    content = set(doc.subtree(verb.i))
    return any(p.speaker is not None and p.start <= verb.start < p.end and p.start <= f.start
               and any(p.start <= a.start < p.end for a in doc.ancestors(verb.i))  # (not the main clause's verb)
               and (p.speaker > verb.i or verb.rel == "advcl") and doc.words[p.speaker].head not in content
               for p in preps)


def _in_menu(text: str, q: Quote) -> bool:
    """The quote runs across a menu's items, on a line of several (`Accept All | Reject Non-Essential | Cookie
    Settings`)."""
    if MENU_SEPARATOR not in q.text:
        return False
    end = text.find("\n", q.end)
    return text[text.rfind("\n", 0, q.start) + 1:end if end >= 0 else len(text)].count(MENU_SEPARATOR) > 1


def _past_section_label(text: str, q: Quote) -> Quote:
    """A teaser's quote without the section label before its separator (`Rocket de Laval | Trois espoirs « … »`)."""
    cut = q.text.rfind(MENU_SEPARATOR)
    start = q.start + cut + len(MENU_SEPARATOR)
    if cut < 0 or not text[start:q.end].strip():
        return q  # (no label, or nothing after it to keep)
    return msgspec.structs.replace(q, text=text[start:q.end], start=start)


def _outside(found: list[Found], containers: list[Found]) -> list[Found]:
    """The attributions not nested in one of these posts or interview answers: speech a post or an answer
    reports is part of it (`pour s'entendre dire que « … »`, `Ma directrice me répétait : « … »`)."""
    return [f for f in found if not any(c.start <= f.start and f.end <= c.end for c in containers)]


def _overlaps(f: Found, others: list[Found]) -> bool:
    for g in others:
        overlap = min(f.end, g.end) - max(f.start, g.start)
        if overlap > 0.5 * min(f.end - f.start, g.end - g.start):
            return True
    return False


def embed_attributions(ctx: Context) -> list[Found]:
    """Embedded posts without marks: a paragraph followed by a signature line `— Name (@handle) date`."""
    text = ctx.doc.text
    out = []
    for m in EMBED_SIGNATURE.finditer(text):
        body_end = text.rfind("\n", 0, m.start())
        while body_end > 0 and not text[:body_end].strip(SPACES + "\n")[-1:]:
            body_end -= 1
        prefix = text[:body_end].rstrip(SPACES + "\n")
        body_start = prefix.rfind("\n") + 1
        body = prefix[body_start:]
        body = URL.sub("", body)
        if len(body.split()) < 3:
            continue
        who_start = m.start("who")
        found = Found("direct", body_start, body_start + len(body.rstrip(SPACES)), "embed",
                      cue=_announcing_paragraph(ctx, body_start), verbless_speaker=(who_start, m.end("who")))
        if m.group("when"):
            found.date_intervals = [(m.start("when"), m.end("when"))]
        out.append(found)
    return out


def _announcing_paragraph(ctx: Context, body_start: int) -> Cue | None:
    """`X a écrit sur X :` ending the paragraph before an embedded post: the verb that announces it."""
    text = ctx.doc.text
    lead = text[:body_start].rstrip(SPACES + "\n")
    if not lead.endswith(":"):
        return None
    line_start = lead.rfind("\n") + 1
    cues = [c for c in ctx.cues if line_start <= c.group_start and c.group_end <= len(lead)
            and not any(ch in text[c.group_end:len(lead)] for ch in ".!?«»“”")]
    return cues[-1] if cues else None


def interview_attributions(ctx: Context, entities: EntityIndex) -> list[Found]:
    """Interview transcripts: a line `Thomas Pesquet : La Lune est un laboratoire…` (or `A: …` under a
    `Q: …`) is the interviewee's answer, verbatim by construction though unmarked (the interviewer's lines,
    under the outlet's name or initials, are not a person's). Once the interviewee is known, each paragraph
    after a question (a line ending in `?`) is theirs too, up to a line that is neither question nor answer;
    paragraphs in a row make one answer. Without a labelled line, a text of several questions answers for
    the person its introduction names most (bylines aside), and the paragraphs right after its questions are
    answers once one of them speaks in the first person (those before it too); after that, the paragraph right
    after a question answers it in any person
    (`He was lovely about it. He said, "…"`), its next paragraphs only in the first person."""
    text, tables = ctx.doc.text, ctx.tables
    lines = list(LINE.finditer(text))
    questions = sum(1 for line in lines if line.group().rstrip(SPACES).endswith("?"))
    out: list[Found] = []
    speaker: tuple[int, int] | None = None
    inferred = False  # the interviewee known from the introduction only
    looked = False  # the introduction already read for an interviewee (once per text)
    answering = continuing = asked = False  # asked: the line before was a question
    teasers = labelled = False  # in a related-stories block; right after its label
    named = False  # the answers so far come from lines labelled with the speaker's name
    previous_end = 0
    labels, interviewers = _labelled_lines(ctx, entities, lines, questions)
    labelled_names = {fold(text[slice(*speaker)]) for speaker, _ in labels.values()}

    pending: list[Found] = []  # answers in the third person before the first in the first person

    def answer(start: int, end: int) -> None:
        nonlocal answering, continuing, asked
        asked = False
        if continuing:
            out[-1].end = end  # the answer's next paragraph
        else:
            if not out:
                out.extend(pending)  # the interview confirmed: the paragraphs right after its questions before
            out.append(Found("direct", start, end, "interview", verbless_speaker=speaker))
        answering = continuing = True

    for line in lines:
        label = LABELED_LINE.match(text, line.start(), line.end())
        kind = label.group("label").casefold() if label else ""
        if kind in tables.question_labels:
            answering = continuing = False
            continue
        if kind in tables.answer_labels:
            if speaker is None and not looked:
                speaker, looked = _interviewee(ctx, entities, line.start()), True
            start, end = ctx.trim(*label.span("body"))
            continuing = False
            if speaker is not None and len(text[start:end].split()) >= 2:
                answer(start, end)
            continue
        body = line.group().strip(SPACES)
        start, end = ctx.trim(line.start(), line.end())
        # (a related-stories block, from its label to the next blank line, holds teasers, not an interview's
        # lines: `More on this story` | `What is a section 114 notice and why do councils go bust?`, `Most viewed`
        # | `Storm Imogen: amber wind warning issued…`)
        # (a blank line may part the label from its list)
        teasers = _teaser_line(body, tables) or (teasers and ("\n\n" not in text[previous_end:line.start()]
                                                              or labelled))
        labelled = _teaser_line(body, tables)
        previous_end = line.end()
        if teasers:
            answering = continuing = asked = False
            continue
        labeled = labels.get(line.start())
        if labeled is None and labelled_names:  # (a line holding a quotation, under a name labelling another)
            labeled = _labeled_answer(ctx, entities, line.start(), line.end(), questions, labelled_names)
        if labeled is not None and fold(text[slice(*labeled[0])]) in interviewers:
            answering, continuing, asked = False, False, True  # the interviewer's turn, labelled by name
            ctx.asked.append((line.start(), line.end()))
            continue
        if labeled is not None:
            (speaker, (start, end)), inferred, continuing = labeled, False, False
            answer(start, end)
            named = True
            continue
        if body.endswith("?") or (speaker is not None and _addressed(ctx, start, end)):
            if asked and out and not ctx.mark_overlapping(start, start + 1) and _first_person(ctx, start, end):
                answer(start, end)  # an answer ending on a question of its own (`Très bien, mais avec quels
                continue  # moyens ?`), right after the interviewer's
            if speaker is None and questions >= 2 and not looked:
                headed, heading = _headed_interviewee(ctx, entities, line.start())
                speaker, inferred, looked = headed or _interviewee(ctx, entities, line.start()), not heading, True
            answering, continuing, asked = speaker is not None, False, True  # the interviewer's question
            continue
        # (an unlabelled paragraph after a labelled turn goes on with it in the first person only: else it is the
        # writer's narration between turns, `Achterberg grew up in Rotterdam…`)
        if answering and speaker is not None and body.endswith(tuple(ANSWER_END)) and len(body.split()) >= 3 \
                and not ctx.mark_overlapping(start, start + 1) \
                and (((not inferred and not named) or (bool(out) and not continuing and not named))
                     or _first_person(ctx, start, end)):
            answer(start, end)  # (a paragraph opening on a quotation has its own patterns)
        elif answering and asked and inferred and not out and speaker is not None and body.endswith(tuple(ANSWER_END)) \
                and len(body.split()) >= 3 and not ctx.mark_overlapping(start, start + 1):
            # (an answer in the third person, `Il faut surtout le comprendre…`: the interview's if a first-person
            # one comes later)
            pending.append(Found("direct", start, end, "interview", verbless_speaker=speaker))
            answering = continuing = asked = False
        else:
            answering = continuing = asked = False
            pending.clear()
    return out


def _labelled_lines(ctx: Context, entities: EntityIndex, lines: list[re.Match[str]], questions: int
                    ) -> tuple[dict[int, tuple[tuple[int, int], tuple[int, int]]], set[str]]:
    """The lines labelled by a person's name, by their start (speaker span, answer span); and the people whose
    labelled lines mostly end on a question (`Justine Calloway: … What happened?`), the interviewer's turns,
    folded."""
    text = ctx.doc.text
    labels: dict[int, tuple[tuple[int, int], tuple[int, int]]] = {}
    asked: dict[str, list[bool]] = {}
    for line in lines:
        labeled = _labeled_answer(ctx, entities, line.start(), line.end(), questions)
        if labeled is not None:
            labels[line.start()] = labeled
            asked.setdefault(fold(text[slice(*labeled[0])]), []).append(line.group().rstrip(SPACES).endswith("?"))
    return labels, {who for who, ends in asked.items() if len(asked) > 1 and sum(ends) * 2 > len(ends)}


def _first_person(ctx: Context, start: int, end: int) -> bool:
    """A paragraph with a first-person pronoun or possessive (or `on`) outside quotation marks: someone
    answering, not the journalist's prose (`The trust said: "We take…"`). (Tags only: a sentence without a
    reporting verb is tagged but not parsed.)"""
    tables = ctx.tables
    return any(((w.upos in ("PRON", "DET") and w.feats.get("Person") == "1")
                or (w.upos == "PRON" and w.lower in tables.first_second_person and w.lower not in tables.second_person))
               and not ctx.inside_quotation(w.start) for w in ctx.doc.words_in(start, end))


def _addressed(ctx: Context, start: int, end: int) -> bool:
    """A paragraph outside quotation marks speaking to `vous` and not in the first person: the interviewer's
    prompt, a question without its `?` (`Votre position vous vaut des critiques…`)."""
    return not ctx.mark_overlapping(start, end) and not _first_person(ctx, start, end) \
        and any(w.lower in ctx.tables.second_person for w in ctx.doc.words_in(start, end))


def _interviewee(ctx: Context, entities: EntityIndex, before: int) -> tuple[int, int] | None:
    """The person a `Q:`/`A:` transcript answers for: the one its introduction names most often (the first
    named, on a tie); the span of their fullest name."""
    doc = ctx.doc
    counts: dict[str, int] = {}
    spans: dict[str, tuple[int, int]] = {}
    for i, j in sorted(set(entities.run_at.values())):
        if doc.words[j].end > before:
            break
        line = doc.text[doc.text.rfind("\n", 0, doc.words[i].start) + 1:doc.words[i].start].strip(SPACES)
        if line.casefold().startswith(ctx.tables.byline_openers) or f"{line.casefold()} " in ctx.tables.byline_openers:
            continue  # the journalist's byline (`By Owen Tranter`)
        ref = entities.resolve_np(j).referent
        if ref.kind != "person":
            continue
        counts[ref.name] = counts.get(ref.name, 0) + 1
        span = (doc.words[i].start, doc.words[j].end)
        if ref.name not in spans or span[1] - span[0] > spans[ref.name][1] - spans[ref.name][0]:
            spans[ref.name] = span
    if not counts:
        return None
    return spans[max(counts, key=lambda name: counts[name])]  # (first maximum: dicts keep their order)


def _headed_interviewee(ctx: Context, entities: EntityIndex, before: int) -> tuple[tuple[int, int] | None, bool]:
    """The one person named right above the first question: in a heading (`Trois questions à Claire Dumontel`,
    `Q&A with …`) or in a paragraph introducing the questions (`Pour la glaciologue X, … Elle a répondu aux
    questions de la RTS.`) among the three above them, quoted sub-headings skipped. The questions are put to them,
    however often the article named someone else. Also whether a heading named them (then every paragraph after
    a question answers, not only first-person ones)."""
    text = ctx.doc.text
    end = before
    for _ in range(3):
        end = len(text[:end].rstrip(SPACES + "\n"))
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip(SPACES)
        if not line:
            return None, False
        if line[0] in ctx.tables.quote_pairs and line[-1] in ctx.tables.quote_pairs.values():
            end = start  # a quoted sub-heading
            continue
        if not set(re.findall(r"[\w&]+", line.casefold())) & ctx.tables.interview_words:
            end = start  # (a paragraph that does not introduce the questions: `« … », estime son producteur, X`)
            continue
        people = {}
        for w in ctx.doc.words_in(start, end):
            if w.i in entities.run_at and not ctx.mark_overlapping(w.start, w.end) \
                    and (ref := entities.resolve_np(entities.run_at[w.i][1]).referent).kind == "person":
                i, j = entities.run_at[w.i]
                people[id(ref)] = (ctx.doc.words[i].start, ctx.doc.words[j].end)
        heading = line[-1] not in ".!?:;»”\"" and len(line.split()) <= 10
        return (next(iter(people.values())), heading) if len(people) == 1 else (None, False)
    return None, False


def _labeled_answer(ctx: Context, entities: EntityIndex, line_start: int, line_end: int, questions: int,
                    labelled: set[str] | None = None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(speaker span, answer span) of a transcript line opened by a person's name, else None. Without a
    question in the text, a one-word label is a section's (`Grizzlies: Host Sacramento on Sunday.`). A line
    holding a quotation is an answer only under a name that labels another line without one (`labelled`): else
    it is a headline (`Super Typhoon Haitang: … says storm surge 'could rival Mangkhut'`)."""
    text = ctx.doc.text
    for pattern in INTERVIEW_LINES:
        m = pattern.match(text, line_start, line_end)
        if m is not None and m.end() == line_end and (questions or len(m.group("who").split()) > 1):
            found = _named_answer(ctx, entities, m, labelled is not None and fold(m.group("who")) in labelled)
            if found is not None:
                return found
    return None


def _named_answer(ctx: Context, entities: EntityIndex, m: re.Match[str], inner_marks: bool = False
                  ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The name before the separator must be a person's, and only that (`Lire aussi :`, `Photo :` are not)."""
    doc, text = ctx.doc, ctx.doc.text
    who_start, who_end = m.span("who")
    if not m.group("who")[:1].isupper() or len(m.group("who").split()) > 5:
        return None  # (cheap test first: most lines open on a sentence, not on a name)
    if any(w.start < who_end < w.end for w in doc.words):
        return None  # (a separator the tokenizer kept inside a word is an abbreviation's: `Texas Gov. Greg Abbott`)
    if not entities.names_one_person(doc.words_in(who_start, who_end)):
        return None  # only a name before the colon, nothing else (`Lire aussi :`, `Photo :`)
    start, end = ctx.trim(*m.span("body"))
    if ctx.mark_overlapping(start, start + 1 if inner_marks else end) or len(text[start:end].split()) < 3:
        return None  # quoted text has its own patterns (a quotation inside an answer is the answer's own)
    return (who_start, who_end), (start, end)


def _agrees(ref: Referent, gender: str | None) -> bool:
    if gender == "Neut":  # `it`: an organisation (a single unknown name is taken for a place: `Tesla`)
        return ref.kind in ("organization", "place")
    return gender is None or ref.gender is None or ref.gender == gender


class _Resolver:
    """Speaker mentions -> referents, with pronouns resolved to the nearest compatible earlier subject."""

    def __init__(self, ctx: Context, entities: EntityIndex, reported: list[tuple[int, int]] | None = None,
                 contents: list[tuple[int, int]] | None = None) -> None:
        """`reported`: spans of reported clauses whose subjects are no topic (the halves of `Le groupe, a-t-il
        fait valoir, a investi …`: `il` is not the group). `contents`: spans of reported speech with a speaker:
        someone named inside (`Selon un cadre, la victoire de M. X doit beaucoup…`) is no better antecedent for
        the next incise's pronoun than the one quoted."""
        doc, tables = ctx.doc, ctx.tables
        self.doc = doc
        self.tables = tables
        self.entities = entities
        self.salient: list[_Salient] = []
        # titles taken from a description only, by referent: an earlier description resolved later replaces them
        self._description_titles: dict[int, tuple[str, int, int]] = {}
        self._body_nouns = tables.organization_nouns | tables.anaphoric_org_nouns
        # a language with a neuter pronoun for things and bodies (`it`): there `he` and `she` mean people
        self._neuter = any(q.gender == "Neut" for q in tables.pronouns.values())
        self.recent_speakers: list[tuple[int, Referent, str]] = []
        # mentions already resolved, by word: the halves of a split quotation share their speaker's
        self._resolved: dict[int, Mention | None] = {}
        self.contents = contents or []
        # the interviewee's name span and the answers: whom the questions' `vous` means
        self.interview: tuple[tuple[int, int], list[tuple[int, int]]] | None = None
        quoted = [(m.start, m.end) for m, full in zip(ctx.marks, ctx.full, strict=True) if full]
        self.quoted = quoted
        # (with the mark that opens a quotation's next paragraph, which goes on from the one before)
        self.quoted_marks = quoted + [(m.open_start, m.end) for m in ctx.marks if m.continues is not None]
        self.marked = [(m.open_start, m.close_end) for m in ctx.marks]  # (every span in marks, titles too)
        # the lines of related articles' teasers (`Lire aussi : …`), found once: spans of the text
        self.teasers: list[tuple[int, int]] = []
        at = 0
        labelled = False  # (a label alone on its line heads the teaser on the next: `À lire aussi` ¶ `X : …`)
        for line in doc.text.split("\n"):
            if _teaser_line(line, self.tables) or (labelled and line.strip(SPACES)):
                self.teasers.append((at, at + len(line) + 1))
                labelled = _teaser_line(line, self.tables) and len(line.split()) <= 4
            at += len(line) + 1
        # inverted subjects the parser did not label so (`« … », lâche Thomas Cazenave`) are subjects too
        inverted = {c.subject for c in ctx.cues if c.inverted and c.subject is not None
                    and doc.words[c.subject].upos == "PROPN"}
        for w in doc.words:
            # (also one the parser made an impersonal's after a fronted role: `Ingénieur à Lausanne, il s'en sort`)
            pron = entities.pronoun_of(w) if (w.rel == "nsubj" or clitic_pronoun(w, tables) or (
                w.deprel == "expl:subj" and fronted_role_of(doc, w, tables) is not None)) else None
            # (a passive's agent too, below the main clause's subject: `représentée par sa gérante, X`)
            if (w.rel != "nsubj" and not self._passive_agent(w) and not pron and w.i not in inverted
                    and not self._root_subject(w) and not self._verbless_topic(w)
                    and not self._subject_of_subjectless_verb(w) and not self._named_without_verb(w)
                    and not self._presented(w) and not self._inverted_after_fronted_phrase(w)
                    and not self._met_by_writer(w)
                    and not self._inverted_in_cleft(w) and not self._vocative_subject(w)) \
                    or any(a <= w.start < b for a, b in quoted) \
                    or self._in_teaser(w.start) or any(a <= w.start < b for a, b in reported or ()):
                continue
            if pron and self._apposed_to(w) is not None:
                continue  # (`Clarisse Morvan a, elle, dû renoncer`: the name is the subject)
            if pron:
                ref = self._antecedent(w.start, pron)
                if ref is not None:
                    self._predicated_title(w, ref)
                    self._fronted_title(w, ref)
                    p = tables.pronouns[pron]
                    self.salient.append(_Salient(w.start, ref, p.number, p.gender, word=w.i))
                continue
            if fronted_role_subject(doc, w, tables) is not None:
                continue  # (the role of the pronoun after it)
            embedded = (w.head >= 0 and doc.within(w.head, ("advcl", "acl", "ccomp"))) or self._passive_agent(w)
            latter = self._latter(w) if w.rel == "nsubj" else None
            if latter is not None:
                self.salient.append(_Salient(w.start, latter, "Sing", latter.gender, embedded, w.i))
                continue
            if not self._person_like(w) and not self._aged(w):
                inside = self._person_inside(w)
                if inside is None and w.head >= 0 and doc.kids(w.head, "cop"):
                    # (or the predicate of a copula: `Le témoignage le plus attendu était celui de la pédopsychiatre
                    # X, …. Devant des sénateurs silencieux, elle a affirmé`)
                    inside = self._person_inside(doc.words[w.head])
                if inside is not None:  # `La défense, assurée par Me Antoine Lefort, …` then `Selon lui`
                    self.salient.append(_Salient(w.start, inside, "Sing", None, embedded, w.i))
                continue
            mention = entities.resolve_np(w.i)
            referent = self._described_person(w, mention) or mention.referent
            if referent is not mention.referent:
                self._predicated_title(w, referent)
            # (an age the parser coordinated is no second person: `Linda Perreault, 63, a retired nurse`; nor
            # is an apposition it coordinated without a conjunction: `Son voisin, X, 41 ans, chauffeur de car,`)
            # (also a name the tagger gave no number, counted or agreeing with a plural verb: `21 340 Gaspésiens
            # étaient inscrits`)
            verb = doc.words[w.head] if w.rel.startswith("nsubj") and w.head >= 0 else None
            number = "Plur" if (w.feats.get("Number") == "Plur" or any(
                k.upos != "NUM" and doc.joined(k.i) and not self._second_role(w, k)
                and not self._second_apposition(w, k) for k in doc.kids(w.i, "conj"))
                or (not w.feats.get("Number") and (
                    any(k.upos == "NUM" and k.lower not in tables.singular_numerals for k in doc.kids(w.i, "nummod"))
                    or (verb is not None and any(x.feats.get("Number") == "Plur" and x.feats.get("VerbForm") == "Fin"
                                                 for x in [verb, *doc.kids(verb.i, *AUX_RELS)]))))) else "Sing"
            # epicene role nouns (`la maire`, `le ministre`) show their gender on the determiner
            # (a noun with a feminine ending is feminine whatever its tag: `l'ambassadrice`, tagged masculine; not
            # a masculine noun of kin or company: `Son père`)
            # (a noun of fixed gender says nothing of the person's: `la recrue`)
            feminine = w.upos == "NOUN" and w.lower.endswith(tables.feminine_suffixes) and not (
                w.feats.get("Gender") == "Masc" and w.lemma.lower() == w.lower and w.lower in tables.person_nouns)
            gender = None if w.upos == "PROPN" or fold(w.lemma) in tables.fixed_gender_nouns else (
                determiner_gender(doc, w.i) or ("Fem" if feminine else w.feats.get("Gender")))
            self.salient.append(_Salient(w.start, referent, number, gender, embedded, w.i))
            own = self._named_with_their_own(w) if number == "Plur" else None
            if own is not None:
                self.salient.append(_Salient(w.start, own, "Sing", None, embedded, w.i))

    def _second_apposition(self, w: Word, k: Word) -> bool:
        """A bare singular noun coordinated right after the name's apposition, inside its commas (`Ana Lopes,
        aide-soignante et mère de deux enfants, suivra`): a second description of one person."""
        doc = self.doc
        return k.upos == "NOUN" and k.feats.get("Number") != "Plur" and not doc.kids(k.i, "det") and any(
            a.i < k.i and a.upos == "NOUN" and not doc.kids(a.i, "det") and doc.set_off(a.i)
            and "," not in [x.text for x in doc.words[a.i:k.i]] for a in doc.kids(w.i, "appos"))

    def _second_role(self, w: Word, k: Word) -> bool:
        """A singular role coordinated under the first's article (`le talonneur et capitaine X`): two roles of one
        person, not two people."""
        doc = self.doc
        return k.upos == "NOUN" and w.upos == "NOUN" and not doc.kids(k.i, "det") \
            and k.feats.get("Number") != "Plur" and w.feats.get("Number") != "Plur" \
            and is_title_word(k, self.tables) and is_title_word(w, self.tables) \
            and any(d.feats.get("Number") == "Sing" for d in doc.kids(w.i, "det"))

    def _predicated_title(self, w: Word, ref: Referent) -> None:
        """`Depuis le 1er janvier, la jeune femme est officiellement la gérante du domaine`, `She is now chief
        executive of X`: a role predicated of a pronoun or a description is the title of the person it means,
        when the text states them none."""
        if ref.kind != "person" or ref.titles or ref.described or w.rel != "nsubj" \
                or any(k.lower in self.tables.negations for k in self.doc.kids(w.head, "advmod")):
            return
        role = self.entities.role_predicated_of(w)
        if role is not None:
            words = self.doc.words
            text = self.doc.text[words[role[0]].start:words[role[1]].end]
            ref.titles.append((text, words[role[0]].start, words[role[0]].start + len(text)))

    def _fronted_title(self, w: Word, ref: Referent) -> None:
        """`Sage-femme à Loches depuis douze ans, elle…`: the role fronted before the pronoun is the title of the
        person it means, when the text states them none."""
        doc = self.doc
        role = fronted_role_of(doc, w, self.tables)
        if role is None or ref.kind != "person" or ref.titles:
            return
        span = [i for i in doc.subtree(role.i) if doc.words[i].upos != "PUNCT"]
        start, end = doc.words[min(span)].start, doc.words[max(span)].end
        ref.titles.append((doc.text[start:end], start, end))

    def _named_with_their_own(self, w: Word) -> Referent | None:
        """A person named first in a coordination with their own (`Samia et ses filles attendaient…`): the one a
        singular pronoun means next."""
        doc, conjuncts = self.doc, self.doc.kids(w.i, "conj")
        if w.upos != "PROPN" or w.i not in self.entities.run_at or not conjuncts or not all(
                any(d.feats.get("Poss") == "Yes" for d in doc.kids(k.i, "det")) for k in conjuncts):
            return None
        own = self.entities.referent_for_run(*self.entities.run_at[w.i])
        return own if own.kind == "person" else None

    def _latter(self, w: Word) -> Referent | None:
        """`ce dernier`, `l'intéressée`: the person named last in the two sentences before, whatever their role
        (`la note adressée au directeur général, X. … ce dernier avait assuré`), of the description's gender
        (or, failing that, of no known gender)."""
        doc = self.doc
        key = self.tables.latter_anaphor(doc.words[w.i - 1].text if w.i > 0 else "", w.text)
        if key is None:
            return None
        gender = self.tables.latter_anaphors[key]
        first = doc.sentences[max(0, w.sent - 2)].first
        unknown = None
        for k in range(w.i - 2, first - 1, -1):
            run = self.entities.run_at.get(k)
            if run is None or run[1] != k or any(a <= doc.words[k].start < b for a, b in self.quoted):
                continue
            ref = self.entities.referent_for_run(*run)
            if ref.kind == "person" and ref.gender is not None and _agrees(ref, gender):
                return ref
            if ref.kind == "person" and ref.gender is None and unknown is None:
                unknown = ref
        return unknown

    def _verbless_topic(self, w: Word) -> bool:
        """The person a verbless sentence's relative clause is about (`Un argument qui ne convainc pas le maire,
        X.`, `Un optimisme que ne partage pas Me Ferrand.`): the topic of what follows."""
        doc = self.doc
        if w.rel not in ("obj", "nsubj") or w.upos not in ("NOUN", "PROPN") or w.head < 0:
            return False
        clause = doc.words[w.head]
        root = doc.words[clause.head] if clause.head >= 0 else None
        return clause.deprel == "acl:relcl" and root is not None and root.head < 0 and root.upos == "NOUN" \
            and not doc.kids(root.i, "cop", "nsubj") and self._person_like(w) \
            and not any(k.feats.get("PronType") == "Rel" and k.i == w.i for k in doc.kids(clause.i))

    def _named_without_verb(self, w: Word) -> bool:
        """A person named in a sentence without a verb (`Même son de cloche du côté de la ministre de l'Économie,
        Nathalie Vaillancourt.`): the topic of what follows, as a subject would be."""
        doc = self.doc
        # (set off by a comma, in apposition: not a photo credit's `© Radio France - Léa Fontanges`)
        if w.upos != "PROPN" or w.rel not in ("appos", "nmod") or w.i == 0 or doc.words[w.i - 1].text != ",":
            return False
        sentence = doc.sentence_of(w.i)
        return not any(x.upos in ("VERB", "AUX") for x in doc.words[sentence.first:sentence.last + 1]) \
            and not any(sentence.start <= a < sentence.end for a, _ in self.quoted) and self._person_like(w)

    def _presented(self, w: Word) -> bool:
        """A person's name a copula presents (`Among those affected was Maureen, 68,`): the topic of what follows,
        as a subject would be."""
        return w.upos == "PROPN" and w.rel == "root" and bool(self.doc.kids(w.i, "cop")) \
            and not self.doc.kids(w.i, "nsubj") and self._person_like(w)

    def _met_by_writer(self, w: Word) -> bool:
        """`À Lyon, notre journaliste a rencontré Sylvie, 58 ans, …`, `We spoke to Maria`: the person the
        writer (a reporter, `nous`, `we`) met is the topic of what follows, as a subject would be."""
        doc = self.doc
        if w.upos != "PROPN" or w.rel not in ("obj", "obl", "iobj") or w.head < 0 or not self._person_like(w):
            return False
        return any(s.feats.get("Person") == "1" or s.lemma.lower() in self.tables.presenter_roles
                   for s in doc.kids(w.head, "nsubj"))

    def _inverted_after_fronted_phrase(self, w: Word) -> bool:
        """`Parmi les personnes interpellées figurait le député X`: a person's phrase after a finite verb with no
        subject, the sentence opening on a prepositional phrase of the verb, parsed as its object: the subject the
        sentence inverted."""
        doc = self.doc
        if w.rel != "obj" or w.head < 0 or w.i < w.head:
            return False
        v = doc.words[w.head]
        first = doc.sentence_of(v.i).first
        return v.upos == "VERB" and v.feats.get("VerbForm") == "Fin" and not doc.kids(v.i, "nsubj", "expl") \
            and any(k.i < v.i and doc.kids(k.i, "case") and min(doc.subtree(k.i)) == first
                    for k in doc.kids(v.i, "obl")) and self._person_like(w)

    def _root_subject(self, w: Word) -> bool:
        """A person's noun phrase opening its sentence that the parser made the root, the verb hung below it (`La
        maire de Fos, X, a de son côté apporté…` with `a` read as a preposition): the sentence's subject; not a
        predicate with its copula (`Depuis janvier, la jeune femme est la gérante du domaine`)."""
        doc = self.doc
        # (not when its relative clause has a subject of its own, the topic: `Une critique que rejette X, …`)
        return w.rel == "root" and w.upos == "NOUN" and min(doc.subtree(w.i)) == doc.sentence_of(w.i).first \
            and not doc.kids(w.i, "cop", "nsubj") \
            and not any(s.upos == "PROPN" and self._person_like(s)
                        for k in doc.kids(w.i, "acl") for s in doc.kids(k.i, "nsubj", "obj")) \
            and (is_title_word(w, self.tables, doc) or w.lemma.lower() in self.tables.person_nouns) \
            and any(doc.words[k].upos == "VERB" and doc.words[k].feats.get("VerbForm") in ("Part", "Fin")
                    for k in doc.subtree(w.i) if k > w.i)

    def _subject_of_subjectless_verb(self, w: Word) -> bool:
        """A name set off by commas before a finite root verb that has no subject, hung by the parser on the role
        fronted before it (`Infirmière à Brest, Sophie, 38 ans, enchaîne les gardes`): the verb's subject."""
        doc = self.doc
        if w.upos != "PROPN" or w.rel not in ("nmod", "appos", "dep") or doc.kids(w.i, "case") or w.i == 0 \
                or doc.words[w.i - 1].text != ",":
            return False
        root = next((x for x in doc.words[w.i + 1:doc.sentence_of(w.i).last + 1] if x.deprel == "root"), None)
        return root is not None and root.upos == "VERB" and root.feats.get("VerbForm") == "Fin" \
            and not doc.kids(root.i, "nsubj", "nsubj:pass", "expl") and w.i in doc.subtree(root.i) \
            and self._person_like(w)

    def _vocative_subject(self, w: Word) -> bool:
        """`Jiménez, the Orvia spokesperson, declined to comment`: a name the parser read as a vocative, in the
        writer's words (quotations are skipped) and before a tensed verb with no subject, is its subject."""
        doc = self.doc
        if w.deprel != "vocative" or w.upos != "PROPN" or w.head < 0 or w.head < w.i:
            return False
        verb = doc.words[w.head]
        return verb.upos == "VERB" and verb.feats.get("VerbForm") == "Fin" \
            and not doc.kids(verb.i, "nsubj", "nsubj:pass", "expl")

    def _passive_agent(self, w: Word) -> bool:
        """The agent of a finite passive (`était représentée par sa gérante, X`): who acts, a subject below the
        main clause's; not of a participle's clause (`Interrogé par un analyste, il a répondu`)."""
        return w.deprel == "obl:agent" and bool(self.doc.kids(w.head, "aux:pass"))

    def _inverted_in_cleft(self, w: Word) -> bool:
        """`C'est sur ce point que compte s'appuyer l'avocat, Me X`, `C'est alors qu'intervient la procureure`:
        a cleft's clause puts its subject after the verb, where the parser reads an object."""
        doc = self.doc
        first = doc.sentence_of(w.i).first
        if w.rel != "obj" or not cleft_opening(doc, first, self.tables):
            return False
        verb = doc.words[w.head]
        if verb.rel == "xcomp":
            verb = doc.words[verb.head]  # (`compte s'appuyer`)
        # (the parser may make the cleft's `c'` the clause's subject)
        return verb.upos == "VERB" and verb.i < w.i and any(
            m.lower in self.tables.complementizers for m in doc.kids(verb.i, "mark")) \
            and all(k.i < verb.i and k.feats.get("PronType") == "Dem"
                    for k in doc.kids(verb.i, "nsubj", "nsubj:pass")) \
            and self._person_like(w)

    def _person_inside(self, w: Word) -> Referent | None:
        """The one person named inside a subject that is no person (`La défense, assurée par Me X`), or the one
        its noun is apposed to (`Le propriétaire d'Autobus Lachance, Réjean Lachance,`)."""
        for k in self.doc.kids(w.i, "appos"):
            if k.i in self.entities.run_at and (ref := self.entities.resolve_np(k.i).referent).kind == "person":
                return ref
        runs = {self.entities.run_at[k] for k in self.doc.subtree(w.i) if k in self.entities.run_at}
        people = {id(ref): ref for r in runs if (ref := self.entities.resolve_np(r[1]).referent).kind == "person"}
        return next(iter(people.values())) if len(people) == 1 else None

    def _person_like(self, w) -> bool:
        """Also a split role compound (`porte` `-parole`), a name the tagger missed, and a quantity of people
        (`Plusieurs centaines d'agriculteurs`, then `Ils`)."""
        return person_like(w, self.tables) or is_title_word(w, self.tables, self.doc) \
            or mistagged_name(self.doc, w, self.tables) or (
                w.lemma.lower() in self.tables.quantity_nouns
                and any(person_like(k, self.tables) for k in self.doc.kids(w.i, "nmod")))

    def _aged(self, w: Word) -> bool:
        """A person named by their age (`The 64-year-old grows alfalfa`, `le quinquagénaire`)."""
        if not self.tables.age_suffixes or w.upos != "NOUN" or w.feats.get("Number") == "Plur":
            return False
        lo, hi = self.entities.mention_span(w.i)
        return self.doc.text[self.doc.words[lo].start:self.doc.words[hi].end].lower().endswith(self.tables.age_suffixes)

    def _antecedent(self, position: int, pronoun: str) -> Referent | None:
        found = self._salient_before(position, pronoun)
        return found.referent if found is not None else None

    def _salient_before(self, position: int, pronoun: str) -> _Salient | None:
        p = self.tables.pronouns[pronoun]
        for s in reversed(self.salient):
            if s.position >= position:
                continue
            if s.number and s.number != p.number:
                continue
            if p.gender and s.gender and s.gender != p.gender and p.number == "Sing":
                continue
            if p.number == "Sing" and not (_agrees(s.referent, p.gender) and self._personal_fits(s.referent, p)):
                continue
            if s.embedded:  # the main clause's subject of the same sentence is the topic (`…, was left to rue
                # a penalty appeal … when Reilly went down` then `she said`)
                sentence = self.doc.sentence_at(s.position)
                main = next((t for t in reversed(self.salient) if t.position < s.position and not t.embedded
                             and self.doc.sentence_at(t.position) == sentence and t.referent.kind == "person"
                             and _agrees(t.referent, p.gender) and (not t.number or t.number == p.number)), None)
                if main is not None:
                    return main
            return s
        return None

    def said(self, position: int, referent: Referent) -> None:
        """Remember who was quoted: a pronoun attributing the next quotation most often means them (not in a
        related article's teaser, `Lire aussi : « … », assure le nouvel entraîneur`: another story)."""
        if self._in_teaser(position):
            return
        if referent.kind in ("person", "group", "organization", "unknown"):
            self.recent_speakers.append((position, referent, referent.kind))

    def _in_teaser(self, position: int) -> bool:
        return any(a <= position < b for a, b in self.teasers)

    def _previous_speaker(self, position: int, pronoun: str) -> tuple[int, Referent] | None:
        p = self.tables.pronouns[pronoun]
        for at, ref, kind in reversed(self.recent_speakers):
            if position - at > 1500:
                return None
            if at <= position and (kind == "group") == (p.number == "Plur") and _agrees(ref, p.gender) \
                    and self._personal_fits(ref, p):
                return at, ref
        return None

    def _named_person(self, subject: _Salient, pronoun: str) -> bool:
        """An unknown single name taken for a place, the subject of a verb of saying, that `he` or `she` (which
        mean no place where a neuter pronoun exists) takes up: a person's (`Zelenskiy, in his nightly video
        address, urged…`)."""
        p, ref, doc = self.tables.pronouns[pronoun], subject.referent, self.doc
        head = doc.words[subject.word].head if subject.word >= 0 else -1
        return self._neuter and ref.kind == "place" and p.gender in ("Masc", "Fem") and " " not in ref.name \
            and head >= 0 and reported_lemma(doc, doc.words[head], self.tables) is not None

    def _personal_fits(self, ref: Referent, p: Pronoun) -> bool:
        """In a language with a neuter pronoun for things and bodies (`it`), `he` and `she` mean no organisation
        (French `elle` may mean `la CGT`); an unknown single name, taken for a place, may be a person's
        (`Zelenskiy`)."""
        return not (self._neuter and p.gender in ("Masc", "Fem") and ref.kind == "organization")

    def _pronoun_referent(self, w: Word, pronoun: str, continuing: bool) -> Referent | None:
        """The last one quoted, unless the sentence before (or this one) made someone else its subject since:
        `Le ministre s'est rendu sur place. « … », a-t-il affirmé` (the subject of the previous sentence is
        the expected referent of a subject pronoun). A verb of continuation (`a-t-il ajouté`) keeps the last
        one quoted in the paragraph."""
        previous = self._previous_speaker(w.start, pronoun)
        subject = self._salient_before(w.start, pronoun)
        # (a verb of continuation goes on from a quotation of the same paragraph, not of one before it)
        continuing = continuing and previous is not None and "\n" not in self.doc.text[previous[0]:w.start]
        if subject is not None and subject.referent.kind != "person" and not continuing \
                and self._recent_subject(subject, w):
            # (a body or an outlet as the subject since is no topic a quotation's pronoun goes back to past the
            # person named before it in its paragraph: `X fait partie des blessés. … Blick l'a joint jeudi.` then
            # `« … », se souvient-il`)
            person = self._salient_before(subject.position, pronoun)
            if person is not None and person.referent.kind == "person" and (
                    previous is None or person.position > previous[0]) \
                    and "\n" not in self.doc.text[person.position:subject.position]:
                return person.referent
        if subject is not None and (previous is None or (
                not continuing and subject.position > previous[0] and subject.referent is not previous[1]
                and not any(a <= subject.position < b for a, b in self.contents)
                and (subject.referent.kind == "person" or self._named_person(subject, pronoun))
                and self._recent_subject(subject, w))):
            return subject.referent
        return previous[1] if previous is not None else None

    def _asked(self, w: Word, pronoun: str) -> Referent | None:
        """`X asked Strand whether P. « … », she replied`: the one who answers is the one the sentence before
        asked (its verb of asking's object), when the pronoun fits them."""
        doc = self.doc
        k = self._sentence_before(w) - 1
        p = self.tables.pronouns[pronoun]
        if k < 0 or p.number != "Sing":
            return None
        sentence = doc.sentences[k]
        for v in doc.words[sentence.first:sentence.last + 1]:
            if v.upos != "VERB" or v.lemma.lower() not in self.tables.question_verbs:
                continue
            for o in doc.kids(v.i, "obj", "iobj", "obl:arg"):
                ref = self.entities.resolve_np(o.i).referent
                if ref.kind == "person" and _agrees(ref, p.gender) and o.feats.get("Number") != "Plur":
                    return ref
        return None

    def _recent_subject(self, subject: _Salient, w: Word) -> bool:
        """The nearest subject the pronoun fits is in the sentence before w's (or in w's), or two back in the same
        paragraph, the sentence between having none that fits (`X, la mère de Léa, n'a pas quitté le prévenu des
        yeux. Le président lui a donné la parole. « … », a-t-elle déclaré`), or two back across a paragraph through a
        sentence opening on the same pronoun."""
        back = self._sentence_before(w) - self.doc.sentence_at(subject.position)
        if back == 2 and "\n" in self.doc.text[subject.position:w.start]:
            # (across a paragraph, when the sentence between opens on the same pronoun: `Szabo started at the mill
            # in 1994. He has watched it go cold twice.` then `« … », he said`)
            between = self.doc.sentences[self.doc.sentence_at(subject.position) + 1]
            first = self.doc.words[between.first]
            return first.text[:1].isupper() and first.lower == w.lower \
                and self.entities.pronoun_of(first) is not None
        return back <= 2

    def _sentence_before(self, w: Word) -> int:
        """The index of w's sentence, counting the sentences of the quotation it closes as one with it
        (`« Je ne lui pardonnerai pas. Mais… », avait-il confié`)."""
        doc = self.doc
        k = doc.sentence_of(w.i).index
        # (a sentence opening a quotation's next paragraph is inside it: `« Ça fait trois ans… ¶ « Aujourd'hui… »`)
        while k > 0 and (any(a <= doc.sentences[k].start < b for a, b in self.quoted_marks)
                         or closing_mark(doc.words[doc.sentences[k].first], self.tables)):
            k -= 1  # (also the incise the segmenter split off with the closing mark: `», s'interroge-t-il.`)
        return k

    def mention(self, i: int, verb: str | None = None) -> Mention | None:
        """The speaker mention headed by word i; `verb` is the reporting verb's lemma. A word resolved once keeps
        its referent (`“…,” the Fine Gael leader said. “…”`: the second half is not re-read after the first was
        quoted)."""
        if i not in self._resolved:
            self._resolved[i] = self._mention(i, verb)
        return self._resolved[i]

    def _mention(self, i: int, verb: str | None = None) -> Mention | None:
        w = self.doc.words[i]
        pron = self.entities.pronoun_of(w)
        apposed = self._apposed_to(w) if pron else None
        if apposed is not None:  # `La Confédération paysanne, elle, juge…`: the phrase the pronoun stresses
            return self.mention(apposed, verb)
        if pron:
            ref = self._asked(w, pron) if verb in self.tables.reply_verbs else None
            ref = ref or self._pronoun_referent(w, pron, verb in self.tables.continuation_verbs)
            if ref is not None and ref.gender is None and self.tables.pronouns[pron].number == "Sing":
                ref.gender = self.tables.pronouns[pron].gender
            if ref is None:
                p = self.tables.pronouns[pron]
                kind = "group" if p.number == "Plur" else "organization" if p.gender == "Neut" else "person"
                ref = Referent(w.text, kind)
                if p.number == "Sing" and p.gender != "Neut":
                    ref.gender = p.gender  # (an unknown `elle` is no antecedent of a later `il`)
            fused = fused_inversion(w, self.tables)
            start, end = (fused[1], fused[2]) if fused else (w.start, w.end)
            return Mention(self.doc.text[start:end], start, end, ref, True)
        latter = self._latter(w)
        if latter is not None:  # (with the word before it when spelt so: `ce dernier`)
            start = w.start if self.tables.latter_anaphor("", w.text) else self.doc.words[w.i - 1].start
            return Mention(self.doc.text[start:w.end], start, w.end, latter, True)
        if self.interview is not None and w.upos == "PRON" and w.lower in self.tables.second_person \
                and not any(a <= w.start < b for a, b in self.interview[1] + self.quoted):
            interviewee = self.verbless(*self.interview[0])
            if interviewee is not None:
                return Mention(w.text, w.start, w.end, interviewee.referent, True)
        if w.upos == "PRON" and (w.lower in self.tables.first_second_person or w.lower in self.tables.relative_subjects
                                 or w.lower in self.tables.complementizers):
            return None
        mention = self.entities.resolve_np(i)
        named = self._named_organisation(w) or self._described_person(w, mention) or self._introduced(w, mention) \
            or self._title_initials(w, mention) or self._anticipated_person(w, mention) \
            or self._statement_taken_up(w, mention)
        if named is not None:
            return Mention(mention.text, mention.start, mention.end, named, False)
        return mention

    def _statement_taken_up(self, w: Word, mention: Mention) -> Referent | None:
        """`In a statement Tuesday, Ardent Polymers said P. “…,” the statement read.`: a statement named again
        with the definite article is the one made in the two sentences before, and speaks for its author."""
        doc = self.doc
        lemma = w.lemma.lower()
        if w.upos != "NOUN" or lemma not in self.tables.statement_nouns or w.feats.get("Number") == "Plur" \
                or mention.referent.kind == "person" or statement_author(doc, w, self.tables) is not None \
                or not any(d.feats.get("Definite") == "Def" and not d.feats.get("Poss") for d in doc.kids(w.i, "det")):
            return None
        first = doc.sentences[max(0, w.sent - 2)].first
        earlier = next((k for k in range(w.i - 1, first - 1, -1) if doc.words[k].lemma.lower() == lemma), None)
        if earlier is None:
            return None
        author = statement_author(doc, doc.words[earlier], self.tables)
        if author is not None:
            return self.entities.resolve_np(author.i).referent
        return next((ref for at, ref, _ in reversed(self.recent_speakers)
                     if doc.sentences[doc.words[earlier].sent].start <= at < w.start and ref is not mention.referent
                     and ref.kind in ("organization", "person", "group")), None)

    def _apposed_to(self, w: Word) -> int | None:
        """The head of the noun phrase right before a pronoun set off by commas (`X, elle, juge`), which the
        pronoun only stresses."""
        doc, i = self.doc, w.i
        if i < 2 or i + 1 >= len(doc.words) or doc.words[i - 1].text != "," or doc.words[i + 1].text != ",":
            return None
        first = doc.sentence_of(i).first
        k = i - 2
        while k > first and doc.words[k].upos == "AUX":
            k -= 1  # (`X a, elle, dû renoncer`)
        while first <= doc.words[k].head < i - 1:
            k = doc.words[k].head
        head = doc.words[k]
        if k < first or head.upos not in ("NOUN", "PROPN") or not self._person_like(head):
            return None
        return k

    def _anticipated_person(self, w: Word, mention: Mention) -> Referent | None:
        """`… after its postmaster said she could no longer afford it. Sue Pengelly, 61, has run the business
        for 19 years.`: a definite or possessive role naming no one known, in the sentence right before one
        whose subject is a person named there for the first time with no role of their own, is that person
        (and the role their title)."""
        doc, entities = self.doc, self.entities
        if mention.referent.name != mention.text or w.upos not in ("NOUN", "PROPN") or w.feats.get("Number") == "Plur" \
                or not is_title_word(w, self.tables, doc) or w.sent + 1 >= len(doc.sentences):
            return None
        dets = doc.kids(w.i, "det", "nmod:poss")
        # (a possessive pronoun or a name's `'s`: `its postmaster`, `Kerry's Chief Fire Officer`)
        if not any(d.feats.get("Poss") == "Yes" or d.feats.get("Definite") == "Def" or d.deprel == "nmod:poss"
                   for d in dets):
            return None
        start = None
        # (or a sentence or two after it that name no one, in the next paragraphs: `The health secretary has
        # admitted… | The list stood at 7.18m in May… | Martin Ashcroft told…`)
        for after in doc.sentences[w.sent + 1:w.sent + 4]:
            if doc.text.count("\n", doc.words[w.i].end, after.start) > (2 if after.index == w.sent + 1 else 4):
                return None
            # (the sentence opens on the name, and may be left unparsed; or the name is the subject after an
            # opening participle's clause: `Speaking on RTÉ this morning, Donal Twomey said…`)
            start = after.first if after.first in entities.run_at else next(
                (k for k in range(after.first, after.last + 1) if k in entities.run_at and entities.run_at[k][0] == k
                 and any(doc.words[x].rel == "nsubj" for x in range(k, entities.run_at[k][1] + 1))
                 and doc.words[after.first].feats.get("VerbForm") in ("Part", "Ger")), None)
            if start is not None or any(x.rel == "nsubj" and self._person_like(x)
                                        for x in doc.words[after.first:after.last + 1]) \
                    or any(a < after.end and after.start < b for a, b in self.quoted):
                break
        if start is None:
            return None
        i, j = entities.run_at[start]
        if j + 1 >= len(doc.words) or doc.words[j + 1].text in ("—", "–", "|", "·") \
                or "\n" in doc.text[doc.words[j].end:doc.words[j + 1].start]:
            return None  # a byline (`Julien Marchetti — Édité par …`, a name on its own line): the writer
        ref = entities.referent_for_run(i, j)
        earlier = {run for run in entities.run_at.values() if run[0] < after.first}
        # (a past role of theirs is no other role: `Evelyn Strand, a retired Air Force test pilot`)
        current = current_titles(ref, self.tables)
        if j == i or ref.kind != "person" or current or (after.index > w.sent + 1 and ref.titles) \
                or any(entities.referent_for_run(*run) is ref for run in earlier):
            return None
        lo, hi = entities.mention_span(w.i)
        first = next((k for k in range(lo, w.i + 1) if doc.words[k].upos not in ("DET", "PRON", "ADP")
                      and doc.words[k].rel != "nmod:poss"), w.i)
        ref.titles.insert(0, (doc.text[doc.words[first].start:doc.words[hi].end], doc.words[first].start,
                              doc.words[hi].end))
        return ref

    def _introduced(self, w: Word, mention: Mention) -> Referent | None:
        """In an interview, a role naming nobody before the interviewee is named is the interviewee (`Saltmarsh
        founder on why her festival…`, `Its founder says…`); the role is their title."""
        if self.interview is None or mention.referent.name != mention.text or w.upos != "NOUN" \
                or not is_title_word(w, self.tables, self.doc) or w.feats.get("Number") == "Plur" \
                or mention.start >= self.interview[0][0]:
            return None
        interviewee = self.verbless(*self.interview[0])
        if interviewee is None or interviewee.referent.kind != "person":
            return None
        ref = interviewee.referent
        if not ref.titles:
            ref.titles.append((w.text, w.start, w.end))
        return ref

    def _bare_descriptions(self) -> set[int]:
        """Subjects known by a description that was resolved to someone else after the salient subjects were
        listed (`Le socialiste, dont nous avons traduit les propos, insiste`, then `Il juge`): a later description
        means that person, not the stale description."""
        out = set()
        for s in self.salient:
            if s.word >= 0 and self.doc.words[s.word].upos == "NOUN":
                resolved = self._resolved.get(s.word)
                if resolved is not None and resolved.referent is not s.referent:
                    out.add(id(s.referent))
        return out

    def _described_person(self, w: Word, mention: Mention) -> Referent | None:
        """`Le capitaine Marquinhos partageait ce constat. « … », a lâché le défenseur brésilien`: a definite
        role description naming nobody is the person the sentence before it was about (its subject, or the
        one it quoted), when that sentence (quotations skipped) names nobody else and the gender agrees. A
        nationality noun is such a description too (`a commenté le Slovène`, `the Spaniard said`)."""
        doc = self.doc
        placed = self._member_from(w)
        if placed is not None:
            return placed
        # (a role with an age is a role: `l'attaquant fribourgeois de 22 ans`)
        role = w.upos == "NOUN" and is_title_word(w, self.tables, doc) and not self._demonym(w)
        if self.tables.age_suffixes and mention.text.lower().endswith(self.tables.age_suffixes):
            aged = self._aged_person(w, mention)
            if aged is not None:
                if role and not aged.titles and not aged.described:
                    self._add_description_title(aged, w, mention)
                return aged
        aged_before = self._age_before_head(w, mention)
        demonym = self._demonym(w) or aged_before or (bool(self.tables.age_suffixes)
                                                      and mention.text.lower().endswith(self.tables.age_suffixes)) \
            or (w.upos == "NOUN" and w.lemma.lower() in self.tables.plain_person_nouns
                and w.feats.get("Number") != "Plur") or self._own_family_parent(w)  # (`Le jeune homme, qui…, dit`)
        if not demonym and (mention.referent.kind != "person" or mention.referent.name != mention.text
                            or w.feats.get("Number") == "Plur" or w.upos not in ("NOUN", "PROPN")
                            or not is_title_word(w, self.tables, doc)):  # (`Le PDG` may be tagged a name)
            return None  # (an age or a nationality describes, a role names: `the 47-year-old`, `le Slovène`)
        # (a definite article, or a demonstrative: `témoigne cette assistante maternelle`)
        if not any((d.feats.get("Definite") == "Def" or d.feats.get("PronType") == "Dem") and not d.feats.get("Poss")
                   for d in doc.kids(w.i, "det")) and not self._article_before_modifiers(w):
            return None
        if one_of_many(doc, w.i):
            return None  # `le maire d'une commune située en aval`: the role of someone unidentified, someone new
        stale = self._bare_descriptions()
        subject = next(((s.position, s.referent) for s in reversed(self.salient)
                        if s.position < w.start and s.referent.kind == "person" and s.number != "Plur"
                        and not (s.embedded and self._main_subject_elsewhere(s))
                        and id(s.referent) not in stale), None)
        # (not `où le chanteur avait ses habitudes` after its sentence's own subject; but `Il restait 1'12 à jouer
        # quand Loïc Berthoud a trouvé la lucarne`: an impersonal main clause leaves the topic to the subordinate)
        # (the last person quoted: a source quoted since, `D'après la presse allemande, …`, is no one described)
        quoted = next(((at, ref) for at, ref, _ in reversed(self.recent_speakers)
                       if at < w.start and ref.kind == "person"), None)
        # (at the same place, the quotation's speaker: its pronoun resolved with the quotation's own evidence,
        # `Pour l'économiste X, … « … », explique-t-elle`)
        if subject is None or (quoted is not None and quoted[0] >= subject[0]):
            subject = quoted
        if subject is not None and not any(x[:1].isupper() for x in subject[1].name.split()[1:]):
            # a description naming no one, the one person its sentence names (`Le grand artisan de ce retournement
            # s'appelle Nikola Radić. Le gardien serbe…`)
            named = self._people_named(doc.sentence_at(subject[0]))
            if len(named) == 1:
                subject = next(iter(named.values()))
        before = self._sentence_before(w) - 1
        if before >= 0 and (subject is None or doc.sentence_at(subject[0]) < before):
            named = self._people_named(before)  # `…, portés par un Théo Lacombe auteur de 17 points. « … »,
            if len(named) == 1:  # savourait le demi d'ouverture`: the one person the sentence before names
                subject = next(iter(named.values()))
        aged = aged_before or (bool(self.tables.age_suffixes)
                               and mention.text.lower().endswith(self.tables.age_suffixes)) or (
            bool(self.tables.age_complement) and re.search(self.tables.age_complement, mention.text) is not None)
        if subject is None and aged and before >= 0:
            # an age describes whom the text is about, even named only as an owner (`Dans le champ de Yann Le
            # Roux, … « … », lâche le producteur de 52 ans`): the one person named since the sentence before
            named = {}
            for k in range(before, w.sent + 1):
                named.update({key: v for key, v in self._people_named(k, complements=True).items() if v[0] < w.start})
            if len(named) == 1:
                subject = next(iter(named.values()))
        if subject is None:
            return None
        position, ref = subject
        gender = None if fold(w.lemma) in self.tables.fixed_gender_nouns else determiner_gender(doc, w.i)
        if ref.kind != "person" or ref.name[:1].islower() or ref.name == mention.text \
                or fold(ref.name) in self.tables.title_nouns or not _agrees(ref, gender):
            return None  # (nor a bare role a headline capitalised: `Prosecutor tells jurors …`)
        clause = next((a for a in doc.ancestors(w.i) if a.rel == "ccomp"), None)
        if clause is not None and any(self.entities.resolve_np(k.i).referent is ref
                                      for k in doc.kids(clause.head, "nsubj")):
            return None  # `Erwan Guillou raconte que le chanteur écrivait…`: whom the speaker speaks of
        between = doc.text[position:w.start].split("\n")[1:-1]
        if sum(1 for line in between if line.strip() and not _teaser_line(line, self.tables)) > 1:
            return None  # two paragraphs away or more (a live page's next post): another story
        # (a known title with no complement, `président ukrainien`, may be the same office: `le chef de l'État`)
        past = {fold(a.text) for a in doc.kids(w.i, "amod")} & self.tables.past_office_modifiers
        own = doc.sentence_of(w.i)  # (not the role its own sentence fronts: `Fondateur de X, l'homme d'affaires`)
        if any(len(t.split()) > 2 and not own.start <= at < own.end for t, at, _ in ref.titles) and not past \
                and w.lemma.lower() not in self.tables.alias_only_roles \
                and any(self._office_complement(k) for k in doc.kids(w.i, "nmod")) \
                and not any(fold(w.text) in fold(t).split() for t, _, _ in ref.titles) \
                and not self._head_of_body_named_before(w):
            return None  # `PDG de la SNCF` … `le ministre des Transports`: an office of its own is someone else
        if self._demonym(w) and ref.nationalities and fold(w.text) not in ref.nationalities:
            return None  # `The Spaniard` … `the Italian`: someone else
        if self._exclusive_office(w, ref):  # (`the veteran guard` after a forward quoted on him: whom he spoke of)
            return self._other_person_named(w, position, ref)
        if self._other_nationality(w, ref) or self._other_office(w, ref) or self._other_description(w, ref):
            return None  # `le chancelier allemand` … `le président français`; `ministre de l'Intérieur` … `le
            # Premier ministre`
        sentence = doc.sentence_at(position)
        for k in range(sentence + 1, w.sent):
            if self._in_teaser(doc.sentences[k].start):
                continue
            inside = [x for x in doc.words[doc.sentences[k].first:doc.sentences[k].last + 1] if x.upos != "PUNCT"
                      and not any(a <= x.start < b for a, b in self.quoted)]  # (the writer's words only)
            if any(
                    self.entities.resolve_np(x.i).referent.kind == "person" if x.i in self.entities.run_at
                    else x.rel == "nsubj" and x.feats.get("Number") != "Plur" and self._person_like(x)
                    and not {x.lemma.lower(), x.lower} & self._body_nouns
                    for x in inside):
                return None  # a sentence of the writer's about someone in between: it may mean someone new
                # (not about a group, `Ses joueurs ont concédé 14 pénalités`, nor a body, `Le groupe a investi`)
        others = {key: other for key, (_, other) in self._people_named(sentence).items()
                  if other is not ref and _agrees(other, gender)}
        subjects = [t for t in self.salient if doc.sentence_at(t.position) == sentence]
        if others and (role or any(id(t.referent) in others for t in subjects)
                       or not any(t.referent is ref and not t.embedded for t in subjects)):
            return None  # (someone else named there too: a role may be either; an age or a nationality is the
            # sentence's one subject, its topic: `X beat Y … the 22-year-old said`)
        # (an anonymous source's role is its name; a subject's description may be resolved before an earlier
        # inverted one's: `sourit la diététicienne` … `La praticienne s'inquiète`: the first is the title)
        later = self._description_titles.get(id(ref))
        if later is not None and ref.titles == [later] and w.start < later[1]:
            ref.titles.clear()
        if not ref.titles and (not demonym or role) and not ref.described:
            self._add_description_title(ref, w, mention)
            if ref.titles:
                self._description_titles[id(ref)] = ref.titles[-1]
        elif role and len(ref.titles) == 1 and " " not in ref.titles[0][0] \
                and fold(ref.titles[0][0]).rsplit("-", 1)[-1] in (fold(w.text), fold(w.lemma)):
            # a bare role the description spells out is that office (`l'ex-ministre X` … `l'ancienne ministre de la
            # Transition écologique publie`)
            bare = ref.titles[0]
            self._add_description_title(ref, w, mention)
            ref.titles = [ref.titles[-1]] if len(ref.titles[-1][0].split()) > 2 else [bare]
        if ref.gender is None and not demonym:
            ref.gender = gender  # `Le Premier ministre` said of François Malaurie: not `La cheffe des députés`
        if self._demonym(w):
            ref.nationalities.add(fold(w.text))
        return ref

    def _own_family_parent(self, w: Word) -> bool:
        """`the father of four`, `ce père de famille`: a parent described by their own family (a count, a bare
        noun), not someone's relative (`le père de la victime`, `her mother`)."""
        doc = self.doc
        return w.upos == "NOUN" and w.lemma.lower() in self.tables.parent_nouns and w.feats.get("Number") != "Plur" \
            and not any(d.feats.get("Poss") == "Yes" for d in doc.kids(w.i, "det", "nmod:poss")) \
            and bool(doc.kids(w.i, "nmod")) and all(
                k.upos == "NUM" or (k.upos == "NOUN" and not doc.kids(k.i, "det", "nmod:poss"))
                for k in doc.kids(w.i, "nmod"))

    def _member_from(self, w: Word) -> Referent | None:
        """`The Nevada Democrat` after `Sen. Carla Medina of Nevada`: a party's member from a place is the
        person named last before that place's last mention."""
        doc = self.doc
        places = {c.text for c in doc.kids(w.i, "compound") if c.upos == "PROPN" and c.i < w.i}
        if not places or not self._demonym(w):
            return None
        for x in range(min(doc.kids(w.i, "compound"), key=lambda c: c.i).i - 1, -1, -1):
            if doc.words[w.i].start - doc.words[x].start > 3000:
                return None
            if doc.words[x].text in places:
                named = [v for v in self._people_named(doc.words[x].sent, complements=True).values()
                         if v[0] < doc.words[x].start]
                return max(named, key=lambda v: v[0])[1] if named else None
        return None

    def _other_person_named(self, w: Word, position: int, ref: Referent) -> Referent | None:
        """The one person other than ref named (also as a complement: `X said of Whitlock`) from the sentence
        before ref's mention at `position` to the description w, whose known offices the description fits."""
        named: dict[int, tuple[int, Referent]] = {}
        for k in range(max(0, self.doc.sentence_at(position) - 1), w.sent):
            named.update(self._people_named(k, complements=True))
        gender = determiner_gender(self.doc, w.i)
        others = [r for _, r in named.values()
                  if r is not ref and _agrees(r, gender) and not self._exclusive_office(w, r)]
        return others[0] if len(others) == 1 else None

    def _main_subject_elsewhere(self, s: _Salient) -> bool:
        """The sentence of an embedded subject has a main-clause subject that is a person."""
        sentence = self.doc.sentence_at(s.position)
        return any(not t.embedded and t.referent.kind == "person" and self.doc.sentence_at(t.position) == sentence
                   for t in self.salient)

    def _add_description_title(self, ref: Referent, w: Word, mention: Mention) -> None:
        """The role a description states, without its article, its age or a leading nationality; none for an
        organisation (`le gendarme financier du rugby professionnel` names the DNACG)."""
        if ref.kind != "person" or w.lemma.lower() in self.tables.alias_only_roles:
            return
        doc = self.doc
        start = next((x.start for x in doc.words[doc.sentences[w.sent].first:w.i + 1]
                      if x.start >= mention.start and x.upos != "DET"), w.start)
        end = min((doc.words[k].start for k in range(w.i + 1, len(doc.words))
                   if doc.words[k].start < mention.end and doc.words[k].text in (",", "(", "–", "—")),
                  default=mention.end)  # (not its apposition: `Le demi d'ouverture castrais, 23 ans,`)
        text = bare_role(doc.text[start:end], self.tables).rstrip()
        ages = tuple(a.lstrip("-") for a in self.tables.age_suffixes)  # (`year-old`: the number hung elsewhere)
        while " " in text and (text.split(" ", 1)[0].lower() in self.tables.nationality_adjectives
                               or text.split(" ", 1)[0].lower().endswith(ages)):
            cut = text.index(" ") + 1  # `The 22-year-old British qualifier`: the role is `qualifier`
            text, start = text[cut:].lstrip(), start + cut + (len(text[cut:]) - len(text[cut:].lstrip()))
        if text and ref.titles and form_of_address(ref.titles[0][0], self.tables):
            ref.titles.insert(0, (text, start, start + len(text)))  # the role stated in words before `Dr.`
        elif text:
            ref.titles.append((text, start, start + len(text)))

    def _article_before_modifiers(self, w: Word) -> bool:
        """A definite article opening the noun's phrase, past its modifiers, that the parser hung elsewhere
        (`The 22-year-old British qualifier`, the article given to the age)."""
        words = self.doc.words
        k = w.i - 1
        while k >= 0 and words[k].sent == w.sent and (words[k].upos in ("ADJ", "NUM") or words[k].text == "-" or (
                words[k].upos == "NOUN" and words[k].rel in ("compound", "amod"))):
            k -= 1
        return k >= 0 and k < w.i - 1 and words[k].sent == w.sent and words[k].upos == "DET" \
            and words[k].feats.get("Definite") == "Def" and not words[k].feats.get("Poss")

    def _age_before_head(self, w: Word, mention: Mention) -> bool:
        """`said the 63-year-old crofter`: an age compound before the noun makes the noun a description of whom
        the text is about, whatever the noun (a trade the tables may not hold)."""
        before = self.doc.text[mention.start:w.start].rstrip().lower()
        return bool(self.tables.age_suffixes) and w.upos == "NOUN" and before.endswith(self.tables.age_suffixes)

    def _aged_person(self, w: Word, mention: Mention) -> Referent | None:
        """`la quinquagénaire`, `the 54-year-old`: the nearest person named before with a stated age that fits
        (`Sylvie Decroix, 52 ans,`, `Dimitri Kostas, 54,`) and a gender that agrees, however many people the
        text named since."""
        doc, tables = self.doc, self.tables
        text = mention.text.lower()
        decade = next((d for noun, d in tables.age_decades.items() if text.endswith(noun)), None)
        number = re.search(r"(\d{1,3})\D*$", next((text[:-len(s)] for s in tables.age_suffixes if text.endswith(s)),
                                                    ""))
        if not tables.stated_age or (decade is None and number is None):
            return None
        gender = determiner_gender(doc, w.i)
        for _, j in sorted(set(self.entities.run_at.values()), reverse=True):
            if doc.words[j].end > mention.start:
                continue
            stated = re.match(tables.stated_age, doc.text[doc.words[j].end:doc.words[j].end + 20])
            if stated is None:
                continue
            age = int(stated.group(1))
            ref = self.entities.resolve_np(j).referent
            if ref.kind == "person" and _agrees(ref, gender) and (
                    age == int(number.group(1)) if number is not None else decade <= age < decade + 10):
                return ref
        return None

    def _people_named(self, sentence: int, complements: bool = False) -> dict[int, tuple[int, Referent]]:
        """The people a sentence names outside its quotations and (unless `complements`) its nouns' complements
        (not `du score de Samuel X`), by referent id, with the position of their first name."""
        doc, entities = self.doc, self.entities
        people: dict[int, tuple[int, Referent]] = {}
        for k in range(doc.sentences[sentence].first, doc.sentences[sentence].last + 1):
            w = doc.words[k]
            if k in entities.run_at and w.upos == "PROPN" and not any(a <= w.start < b for a, b in self.quoted) \
                    and (complements or not entities.in_noun_modifier(*entities.run_at[k])) \
                    and not self._names_a_thing(*entities.run_at[k]) \
                    and not self._bracketed(*entities.run_at[k]) and not self._interviewer(*entities.run_at[k]) \
                    and (r := entities.resolve_np(k).referent).kind == "person":
                people.setdefault(id(r), (w.start, r))
        return people

    def _interviewer(self, i: int, j: int) -> bool:
        """The name is the agent of the participle opening the sentence (`Joint ce mardi par Togo First, le
        président…`, `Contacted by The Guardian, …`): who put the questions, no one the story is about."""
        doc = self.doc
        head = next((doc.words[k] for k in range(i, j + 1) if not i <= doc.words[k].head <= j), None)
        return head is not None and head.head >= 0 and doc.words[head.head].upos == "VERB" \
            and head.head == doc.sentence_of(head.i).first \
            and any(c.lower in self.tables.agent_prepositions for c in doc.kids(head.i, "case"))

    def _bracketed(self, i: int, j: int) -> bool:
        """The name i..j alone in brackets right after a word: a team's, a party's or an employer's (`Clarisse
        Morvan (Atlantique Bois)`), not a second person."""
        doc = self.doc
        return i > 1 and j + 1 < len(doc.words) and doc.words[i - 1].text == "(" and doc.words[j + 1].text == ")"

    def _names_a_thing(self, i: int, j: int) -> bool:
        """The name i..j completes a common noun that is no role (`le CHU Grenoble Alpes`, `le lycée
        Victor-Hugo`), written right after it: an institution's or a place's name, not a person; nor is a
        family's (`la famille Decroix`)."""
        doc = self.doc
        for k in range(i, j + 1):
            w = doc.words[k]
            if not i <= w.head <= j and w.head >= 0 and w.rel in ("nmod", "appos", "flat", "compound") \
                    and not doc.kids(k, "case"):
                noun = doc.words[w.head]
                return noun.i == i - 1 and noun.upos == "NOUN" and (
                    noun.lemma.lower() in self.tables.family_nouns or (
                        not is_title_word(noun, self.tables, doc) and noun.lemma.lower() not in self.tables.person_nouns
                        and noun.lower not in self.tables.honorifics))
        return False

    def _other_office(self, w: Word, ref: Referent) -> bool:
        """The role noun of a known title with a modifier that title lacks (`Premier`), or an exclusive office
        other than the one held: another office."""
        if self._exclusive_office(w, ref):
            return True  # `Judge X` … `the congressman`
        modifiers = {fold(a.text) for a in self.doc.kids(w.i, "amod") if a.upos == "ADJ"}
        if modifiers & self.tables.office_modifiers:
            return False  # a past office may be anyone's (`l'ancien Premier ministre`, now `ministre des Outre-mer`)
        for text, _, _ in ref.titles:
            words = set(fold(text).split())
            if fold(w.text) in words and modifiers - words:
                return True
        return False

    def _exclusive_office(self, w: Word, ref: Referent) -> bool:
        """An office (or a position on a team) that excludes the one held: `Judge X` … `the congressman`, a
        forward … `the veteran guard`."""
        held = {x for text, _, _ in ref.titles for x in fold(text).split()}
        offices = self.tables.exclusive_offices
        return fold(w.text) in offices and fold(w.text) not in held and bool(held & offices)

    def _other_description(self, w: Word, ref: Referent) -> bool:
        """A person known only by a role noun (`Le maire de Lyon a fait savoir…`) is not another role's
        description (`L'entraîneur s'est félicité…`): someone else."""
        words = [fold(x) for x in ref.name.split()]
        # (a role in lower case: not a capitalised word of a name, `Pape Moussa Thiaw`)
        return fold(w.text) not in words and any(fold(x) in self.tables.title_nouns for x in ref.name.split()
                                                 if x[:1].islower())

    def _other_nationality(self, w: Word, ref: Referent) -> bool:
        """Another role of another nationality than the known titles state: someone else."""
        suffixes = self.tables.demonym_suffixes
        mine = {fold(a.text) for a in self.doc.kids(w.i, "amod") if a.upos == "ADJ" and fold(a.text).endswith(suffixes)}
        words = {x for t, _, _ in ref.titles for x in fold(t).split()}
        known = {x for x in words if x.endswith(suffixes) and x not in self.tables.title_nouns}  # (`capitaine`)
        return bool(mine and known) and not mine & known and fold(w.text) not in words

    def _demonym(self, w: Word) -> bool:
        """A capitalised nationality noun after a lowercase article, alone (`le Slovène`, `the Spaniard`, `the
        Italian` tagged an adjective), known by its ending; not an organisation's name (`the Guardian`)."""
        doc, tables = self.doc, self.tables
        party = w.text[:1].isupper() and fold(w.text) in tables.party_member_nouns
        k = w.i - 1
        while party and k > 0 and doc.words[k].rel == "compound" and doc.words[k].head == w.i \
                and doc.words[k].upos == "PROPN":
            k -= 1  # (a state before a party's member: `the Nevada Democrat`)
        if (w.upos not in ("NOUN", "PROPN") and not (w.upos == "ADJ" and w.rel == "nsubj")) \
                or not (is_demonym(w.text, tables) or party) \
                or fold(w.text) in tables.organization_name_words or w.lower in tables.organization_nouns \
                or [x for x in doc.kids(w.i, "flat", "compound", "nmod", "appos") if x.i < k or x.i > w.i] \
                or k < 0:
            return False
        article = doc.words[k]
        # (a capital on the article only where it opens the sentence: `La Savoyarde, qui…`, not `La Provence`)
        return article.upos == "DET" and article.head == w.i and w.feats.get("Number") != "Plur" and (
            article.text[:1].islower() or article.i == doc.sentences[article.sent].first)

    def _head_of_body_named_before(self, w: Word) -> bool:
        """`Le patron de la faîtière` after `X, président de la FH`: a leader noun over a body named again by its
        kind (a definite generic noun) is the head of the body already named, not another office."""
        doc = self.doc
        kinds = [k for k in doc.kids(w.i, "nmod") if self._office_complement(k)]
        return w.lemma.lower() in self.tables.leader_nouns and bool(kinds) and all(
            k.upos == "NOUN" and not doc.kids(k.i, "nmod", "amod", "flat", "appos")
            and any(d.feats.get("Definite") == "Def" for d in doc.kids(k.i, "det"))
            and ({k.lemma.lower(), k.lower} & self.tables.anaphoric_org_nouns
                 or fold(k.lemma) in self.tables.generic_organizations) for k in kinds)

    def _office_complement(self, k: Word) -> bool:
        """A complement naming what a role is over (`des Transports`, `of the Fed`), not where it spoke
        (`au micro de Canal+`), nor an age (`l'élu de 68 ans`)."""
        cases = {c.lower for c in self.doc.kids(k.i, "case")}
        if any(n.upos == "NUM" for n in self.doc.kids(k.i, "nummod")):
            return False
        if any(a <= k.start < b for a, b in self.marked):
            return False  # a work's title (`l'auteur de « Gouverner sans majorité »`): no office
        if fold(k.lemma) in self.tables.generic_organizations and not self.doc.kids(k.i, "det"):
            return False  # a kind without article names a trade (`le chef d'entreprise`), over no one body
        phrase = self.doc.text[self.doc.words[min(self.doc.subtree(k.i))].start:k.end].lower()
        if any(phrase == ending.strip() for ending in self.tables.not_role_endings):
            return False  # (a training, no office: `le syndicaliste de formation`)
        return bool(cases) and not cases & (self.tables.role_only_prepositions | self.tables.mention_stop_prepositions)

    def _title_initials(self, w: Word, mention: Mention) -> Referent | None:
        """`la DRH` after `La directrice des ressources humaines du groupe, Sophie Lemarquand`: an acronym
        spelling the first words of the one person's title stated before it is that person (with the rest of
        the title after it: `le DG de la SOFITEX`), or the one person's stated after it when none was before (then
        spelling the role's first words, not the body's last: `la CTM` is no `président du conseil exécutif de la
        Collectivité territoriale de Martinique`)."""
        words = mention.text.split()
        if not is_acronym(w) or w.text not in words[:2] \
                or not any(d.feats.get("Definite") == "Def" for d in self.doc.kids(w.i, "det")):
            return None  # (a role's acronym, `the CS`; not an organisation's, `OCHA said`)
        rest = [fold(x) for x in words[words.index(w.text) + 1:] if not (len(x) <= 3 and x.islower())]
        for before in (True, False):  # (else the one stated after it: a headline's `tranche le DG`)
            found = {id(ref): ref for ref in self.entities.referents.values() if ref.kind == "person"
                     and any((start < w.start) == before and w.text in _initials(text, len(w.text))[:2 if before else 1]
                             and all(x in fold(text) for x in rest) for text, start, _ in ref.titles)}
            if found:
                return next(iter(found.values())) if len(found) == 1 else None
        return None

    def _named_organisation(self, w: Word) -> Referent | None:
        """`Greenpeace a qualifié … L'ONG estime`: a bare definite generic organisation noun is the last
        organisation named as a subject before it."""
        doc = self.doc
        if w.upos not in ("NOUN", "PROPN") or not {w.lemma.lower(), w.lower} & self.tables.anaphoric_org_nouns \
                or w.feats.get("Number") == "Plur" \
                or doc.kids(w.i, "nmod", "appos", "acl", "flat") \
                or any(k.upos == "PROPN" for k in doc.kids(w.i, "amod", "compound")) \
                or not any(d.feats.get("Definite") == "Def" for d in doc.kids(w.i, "det")):
            return None
        for s in reversed(self.salient):
            if s.position >= w.start:
                continue
            if doc.sentence_at(s.position) < w.sent - 1:
                return None  # only right after the name: further back the noun may mean another one
            owner = self._organisation_inside(s.word)
            if owner is not None:
                return owner  # `Shares in Acme Corp fell … after the retailer warned`: the company, not the shares
            # a single name is taken for a place when nothing says otherwise (`Greenpeace`)
            if s.referent.kind in ("organization", "place") and s.referent.name[:1].isupper():
                return s.referent
        return None

    def _organisation_inside(self, subject: int) -> Referent | None:
        """An organisation named in the complement of this subject word."""
        if subject < 0:
            return None
        for k in self.doc.kids(subject, "nmod"):
            if k.i in self.entities.run_at:
                ref = self.entities.resolve_np(k.i).referent
                if ref.kind == "organization":
                    return ref
        return None

    def verbless(self, start: int, end: int, whole: bool = False) -> Mention | None:
        """A speaker named without a verb (header, signature): the name run inside the span; or, `whole`, the
        span itself when no run covers it (a headline's `Police:`, `White House:`)."""
        words = self.doc.words_in(start, end)
        runs = [r for r in {self.entities.run_at[w.i] for w in words if w.i in self.entities.run_at}]
        run = max(runs, key=lambda r: (r[1] - r[0], r[0])) if runs else None
        if whole and words and (run is None or (run[0], run[1]) != (words[0].i, words[-1].i)):
            text = self.doc.text[start:end]
            kind = "group" if words[-1].feats.get("Number") == "Plur" else "organization"
            return Mention(text, start, end, Referent(text, kind), False)
        return self.entities.resolve_np(run[1]) if run is not None else None


def _initials(title: str, n: int) -> tuple[str, ...]:
    """Capitalised initials of the first and of the last n content words of a title (short lowercase words and
    elided articles skipped: `directrice des ressources humaines` -> `DRH`, `président-directeur général` ->
    `PDG`, `Education Cabinet Secretary` -> `CS`)."""
    words = title_content_words(title)
    if len(words) < n:
        return ()
    return "".join(x[0].upper() for x in words[:n]), "".join(x[0].upper() for x in words[-n:])


def _named_on_continuing(ctx: Context, made: list[tuple[Quote, Referent | None]]
                         ) -> list[tuple[Quote, Referent | None]]:
    """`La porte-parole de Swisscom a assuré que P. « Q », a ajouté Lara Menetrey.`: a role the text names only
    as the speaker goes on is that person, whose title it states."""
    doc, tables = ctx.doc, ctx.tables
    out = list(made)
    for k in range(1, len(out)):
        (first, role), (second, named) = out[k - 1], out[k]
        if role is None or named is None or first.speaker is None or second.speaker is None \
                or second.verb is None or not role.described or role.kind != "person" or role.titles \
                or named.described or named.kind != "person" or named.titles or named.name[:1].islower() \
                or (None not in (role.gender, named.gender) and role.gender != named.gender) \
                or second.speaker.name != second.speaker.text \
                or second.verb.lemma not in tables.continuation_verbs \
                or doc.text.count("\n\n", first.end, second.start) > 0:
            continue
        words = doc.words_in(first.speaker.start, first.speaker.end)
        if not words or words[0].upos != "DET" or words[0].feats.get("Definite") != "Def" or len(words) < 3:
            continue  # (a definite role with its complement: `la porte-parole de Swisscom`, not `l'élu`)
        start = words[1].start
        named.titles.append((doc.text[start:first.speaker.end], start, first.speaker.end))
        speaker = msgspec.structs.replace(first.speaker, name=named.name)
        out[k - 1] = (msgspec.structs.replace(first, speaker=speaker), named)
    return out


def _teaser_line(line: str, tables: LanguageTables) -> bool:
    """A line opening on a related-stories label (`Lire aussi :`, `More on this story`)."""
    return bool(tables.teaser_labels) and line.lstrip(SPACES).casefold().startswith(tables.teaser_labels)


def _title_of(ref: Referent, tables: LanguageTables, text: str) -> Title | None:
    """The speaker's title: the first role the document states, but an office held now before one held before
    (`X, former Finnish prime minister` … `European Council President X`). An organisation, a group or a place
    has only the kind written right before its name (`le site d'information Axios`): a description elsewhere
    (`La plateforme, propriété du groupe Meta`) or a role-only mention's own words (`le rectorat de la région
    académique`) name it."""
    if ref.kind in ("organization", "group", "place"):
        kind = next((t for t in ref.titles if fold(t[0]) not in fold(ref.name)
                     and text[t[2]:t[2] + len(ref.name) + 1].strip().startswith(ref.name.split()[0])), None)
        return Title(text=kind[0], start=kind[1], end=kind[2]) if kind else None
    title = (current_titles(ref, tables) or ref.titles or [ref.own_role or ref.letters])[0]
    if title is None:
        return None
    t_text, t_start, t_end = title
    return Title(text=t_text, start=t_start, end=t_end)


def _quote(ctx: Context, f: Found, resolver: _Resolver, published: dt.date | None
           ) -> tuple[Quote, Referent | None]:
    """The quote of one attribution, and the referent of its speaker."""
    doc, tables = ctx.doc, ctx.tables
    mention: Mention | None = None
    if f.speaker is not None:
        mention = resolver.mention(f.speaker, f.cue.lemma if f.cue is not None else None)
    elif f.verbless_speaker is not None:
        mention = resolver.verbless(*f.verbless_speaker, whole=f.pattern == "header" and f.cue is None)
    speaker = title = verb = date = None
    ref = None
    if mention is not None:
        ref = mention.referent
        resolver.said(max(f.start, mention.start), ref)  # (where the attribution names them last)
        speaker = Speaker(text=mention.text, start=mention.start, end=mention.end, name=ref.name,
                          kind=ref.kind)  # type: ignore[arg-type]
        title = _title_of(ref, ctx.tables, doc.text)
    if f.cue is not None:
        c = f.cue
        # (a quotation standing in a paragraph after its attribution's takes the speaker, not the verb: the verb
        # was written for the quotation it stands with)
        if not (f.pattern == "inherited" and "\n" in doc.text[c.group_end:f.start]):
            verb = Verb(text=doc.text[c.group_start:c.group_end], lemma=c.lemma, start=c.group_start,
                        end=c.group_end)
        # (a quotation continuing in a later sentence inherits its attribution, not the date of the sentence
        # that carries it: the date is for the quote the attribution is written with)
        later = doc.sentence_at(f.start) > doc.sentence_of(c.verb).index and f.pattern in ("interrupted", "inherited")
        intervals = f.date_intervals or ([] if later else _date_intervals(ctx, f))  # (an embed's own date)
    else:
        intervals = f.date_intervals or (_announcing_intervals(ctx, f) if f.pattern == "header" else [])
    found_date = find_date(doc.text, intervals, tables) if intervals else None
    if found_date is not None:
        d_text = doc.text[found_date[0]:found_date[1]]
        date = DateInfo(text=d_text, start=found_date[0], end=found_date[1],
                        value=resolve(d_text, published, tables))
    confidence = PATTERN_CONFIDENCE.get(f.pattern, 0.5)
    if f.type == "direct" and f.cue is not None and f.pattern != "inherited":
        confidence = max(confidence, PATTERN_CONFIDENCE["marks+verb"])  # marks + verb: the clearest case
    if mention is None:
        confidence = min(confidence, 0.4)
    elif mention.pronoun:
        confidence -= 0.05
    elif mention.referent.kind == "unknown":
        confidence -= 0.1
    return Quote(type=f.type, text=doc.text[f.start:f.end], start=f.start, end=f.end,  # type: ignore[arg-type]
                 speaker=speaker, title=title, verb=verb, date=date,
                 confidence=round(max(0.05, min(0.99, confidence)), 2)), ref


def _date_intervals(ctx: Context, f: Found) -> list[tuple[int, int]]:
    """Text of the saying clause (the cue's subtree and its controller's), minus the content and marks."""
    doc = ctx.doc
    cue = f.cue
    assert cue is not None
    def own(verb: int) -> set[int]:
        """A verb and its non-clausal dependents: a date inside a following clause dates that clause, and one
        in a relative clause or a participle set off inside a phrase dates that (`near the bridge, which was
        closed last month`)."""
        out = {verb}
        for kid in doc.kids(verb):
            if kid.rel not in ("advcl", "ccomp", "xcomp", "parataxis", "conj", "acl", "csubj") \
                    or _occasion_of_speaking(doc, kid, verb, ctx.tables) or _reached(doc, kid, verb, ctx.tables) \
                    or (kid.rel == "ccomp" and kid.i > verb and phrase_read_as_clause(doc, kid)) \
                    or _fronted_publication(doc, kid, verb, ctx.tables):
                sub = doc.subtree(kid.i)
                # (nor a participle set off inside a phrase, unless of speaking or publishing: `L'ASNR, informée le
                # 2 mars,`; not `In its report, published on Wednesday,`)
                # (nor a participle describing the speaker: `The family of a man killed by police last year`)
                # (nor a bare noun set off inside the speaker's phrase, a participle the tagger read as a noun:
                # `confie un ancien salarié, parti en 2025`)
                relatives = {x for x in sub if x != kid.i and (doc.words[x].deprel == "acl:relcl" or (
                    # (or the speaker's own: `décrit ce trentenaire arrivé de Lille en 2019`)
                    doc.words[x].deprel == "acl" and (doc.set_off(x) or kid.rel in ("nsubj", "nsubj:pass")
                                                      or kid.i == cue.subject)
                    and not _of_speaking(doc.words[x], ctx.tables)
                    and doc.words[x].lemma.lower() not in ctx.tables.publication_verbs) or (
                    doc.words[x].deprel == "appos" and kid.i == cue.subject and doc.set_off(x)
                    and doc.words[x].upos == "NOUN" and doc.bare(x) and not _of_speaking(doc.words[x], ctx.tables)))}
                out |= set(doc.subtree(kid.i, exclude=relatives) if relatives else sub)
            elif kid.rel == "advcl" and (any(  # (`when` is an adverb in the English treebanks)
                    m.lemma.lower() in ctx.tables.simultaneity_marks for m in doc.kids(kid.i, "mark", "advmod")) or (
                    kid.i < verb and _comma_after(doc, kid.i) and not doc.kids(kid.i, "mark")
                    and kid.feats.get("VerbForm") in ("Ger", "Part") and kid.feats.get("Tense") != "Past")):
                # a clause of what the speaker did while saying it, or of when they said it, fronted or not: its
                # time phrases date the saying (`a lancé X en quittant la salle, peu avant minuit`, `Opening the
                # case on Tuesday, X told jurors`), not its objects' (`en évoquant la réunion de mardi`)
                out |= {i for k in doc.kids(kid.i) if k.rel.startswith("obl") or k.rel == "advmod"
                        for i in doc.subtree(k.i)}
        return out

    indices = own(cue.verb)
    inherited: set[int] = set()
    if cue.controller is not None:
        inherited = own(cue.controller) - set(doc.subtree(cue.verb)) - indices
        indices |= inherited | {cue.verb}
    head = doc.words[cue.verb].head
    if head >= 0 and (_occasion_of_speaking(doc, doc.words[head], cue.verb, ctx.tables, as_head=True) or (
            cue.controller is None and doc.words[cue.verb].feats.get("VerbForm") == "Inf")):
        # the parser made the participle the root; an infinitive takes the time of the clause it completes
        # (`X était hier à Bruxelles pour exhorter…`)
        indices |= own(head) - set(doc.subtree(cue.verb))
    if cue.subject is not None:
        # a participle of being reached apposed to the speaker (`a déclaré X, porte-parole du collectif, joint
        # mardi soir`)
        for k in doc.subtree(cue.subject):
            w = doc.words[k]
            if w.rel == "acl" and k > cue.subject and _of_speaking(w, ctx.tables):
                indices |= set(doc.subtree(k))
        # (or hung elsewhere, right after the speaker's phrase: `raconte l'éleveur de 41 ans, joint dimanche soir`;
        # or after the verb its clitic comes before: `a-t-il déploré, joint mardi au téléphone`)
        end = max(doc.subtree(cue.subject))
        if end + 1 == cue.verb:
            end = cue.verb
        k = end + 1
        while k < len(doc.words) and doc.words[k].text == ",":
            k += 1
        if k < len(doc.words) and k > end + 1 and _of_speaking(doc.words[k], ctx.tables) \
                and doc.words[k].sent == doc.words[cue.subject].sent:
            indices |= set(doc.subtree(k))
    if f.start > doc.words[cue.verb].end:
        # words between the verb and its content modify the saying, whatever the parser hung them on (`said
        # Monday the state would…`, `Monday` made the clause's object)
        indices |= {w.i for w in doc.words[cue.verb + 1:] if w.end <= f.start and w.sent == doc.words[cue.verb].sent}
    # (not the marks around an incise inside them: `« P, a déclaré ce mardi X. Q »`)
    verb_at = doc.words[cue.verb].start
    blocked = [(f.start, f.end)] + [(m.open_start, m.close_end) for m in ctx.marks
                                    if not m.open_start < verb_at < m.close_end]
    # a phrase of the verb set off right inside its content dates the saying (`s'est dit prêt, dimanche soir sur
    # TF1, à « rediscuter »…`)
    opening = [w.i for w in doc.words[cue.verb + 1:] if f.start <= w.start < f.end][:3]
    aside = {i for k in doc.kids(cue.verb) if k.rel.startswith("obl") and k.i in opening[1:]
             and doc.words[min(doc.subtree(k.i))].text == "," for i in doc.subtree(k.i)}
    kept = [i for i in indices if i in aside or not any(a <= doc.words[i].start < b for a, b in blocked)]
    verb = doc.words[cue.verb]
    if verb.rel == "conj" and verb.head == cue.controller:
        # a coordinated saying with a time of its own keeps it (`declared an emergency last Friday and on Monday
        # urged residents to “…”`)
        own_words = [i for i in kept if i not in inherited]
        if find_date(doc.text, _word_intervals(doc, own_words), ctx.tables) is not None:
            return _word_intervals(doc, own_words)
    return _word_intervals(doc, kept)


def _word_intervals(doc: Doc, indices: Iterable[int]) -> list[tuple[int, int]]:
    """Character intervals of the words, those separated by spaces or commas only joined."""
    intervals: list[tuple[int, int]] = []
    for w in sorted((doc.words[i] for i in indices), key=lambda w: w.start):
        if intervals and doc.text[intervals[-1][1]:w.start].strip(SPACES + ",") == "":
            intervals[-1] = (intervals[-1][0], w.end)
        else:
            intervals.append((w.start, w.end))
    return intervals


def _announcing_intervals(ctx: Context, f: Found) -> list[tuple[int, int]]:
    """`Ce mercredi, le centriste se voulait rassurant : « … »`, `Jointe par téléphone mercredi soir, X peinait à
    trouver ses mots : « … »`: the time phrases of the clause whose subject a colon's quotation is given to
    date the quotation, though its verb is no verb of saying."""
    doc = ctx.doc
    if f.speaker is None:
        return []
    w = doc.words[f.speaker]
    v = doc.words[w.head] if w.rel == "nsubj" and w.head >= 0 else None
    if v is None or v.end > f.start:
        return []
    indices = {i for k in doc.kids(v.i, "obl", "advmod") for i in doc.subtree(k.i)}
    indices |= {i for k in doc.kids(w.i, "acl") + doc.kids(v.i, "advcl") if _of_speaking(k, ctx.tables)
                for i in doc.subtree(k.i)}
    opening = min((m.open_start for m in ctx.marks if m.open_start < f.start <= m.close_end), default=f.start)
    return _word_intervals(doc, [i for i in indices if doc.words[i].end <= opening])  # (not the quotation's)


def _comma_after(doc: Doc, i: int) -> bool:
    """The phrase headed by word i is set off by a comma after it (`Opening the case on Tuesday, X told…`)."""
    last = max(k for k in doc.subtree(i) if doc.words[k].rel != "punct")
    return last + 1 < len(doc.words) and doc.words[last + 1].text == ","


def _of_speaking(w: Word, tables: LanguageTables, reporting: bool = False) -> bool:
    """A participle of speaking or of being reached (`speaking`, `interrogé`, `joint`; with `reporting`, of a
    reporting verb too), also a form the table lists because the tagger reads it as a noun (`Joint par…`)."""
    lemma = w.lemma.lower()
    # (a past participle of a reporting verb is what befell the subject: `Nommé à la tête du régulateur en 2024`)
    return w.lower in tables.speaking_verbs or (w.feats.get("VerbForm") in ("Part", "Ger") and (
        lemma in tables.speaking_verbs or (reporting and lemma in tables.reporting_verbs
                                           and w.feats.get("Tense") != "Past")))


def _reached(doc: Doc, clause: Word, verb: int, tables: LanguageTables) -> bool:
    """`…, a déclaré X, joint mardi soir.`, `…, she said, speaking on Monday`: a participle of speaking or of
    being reached set off after the reporting verb dates the saying."""
    return clause.i > verb and clause.rel in ("advcl", "parataxis", "acl") \
        and doc.words[min(doc.subtree(clause.i))].text == "," and _of_speaking(clause, tables)


def _occasion_of_speaking(doc: Doc, clause: Word, verb: int, tables: LanguageTables, as_head: bool = False) -> bool:
    """`S'exprimant … le mois dernier, Poutine a insisté`, `Speaking to reporters on Monday, Biden said`: a
    participial clause of speaking before the reporting verb dates the saying itself (also when the parser
    made the participle the verb's head)."""
    return (as_head or clause.rel == "advcl") and clause.i < verb \
        and (_of_speaking(clause, tables, reporting=True) or _opening_participle(doc, clause, tables)
             or (clause.lemma.lower() in tables.gathering_verbs and "VerbForm" in clause.feats))


def _fronted_publication(doc: Doc, clause: Word, verb: int, tables: LanguageTables) -> bool:
    """`In his latest report to the court, filed Monday, Kessler wrote`, `In a memo … dated Nov. 12, the firm
    said`: a participle of publishing inside a phrase fronted before the verb (the phrase may hang on it), which
    the parser made a clause of the verb's with no subject of its own; it dates the statement published."""
    return clause.rel in ("ccomp", "advcl", "parataxis") and clause.i < verb \
        and clause.lemma.lower() in tables.publication_verbs and clause.feats.get("Tense") == "Past" \
        and not doc.kids(clause.i, "nsubj", "nsubj:pass", "expl") \
        and any(k.rel.startswith("obl") and k.i < clause.i for k in [*doc.kids(verb), *doc.kids(clause.i)])


def _opening_participle(doc: Doc, clause: Word, tables: LanguageTables) -> bool:
    """A participle of speaking opening the sentence that the tagger read as a finite past (`Asked after the vote
    whether P, the superintendent said`): no finite verb opens a statement without its subject."""
    return clause.i == doc.sentence_of(clause.i).first and clause.feats.get("Tense") == "Past" \
        and clause.lemma.lower() in tables.speaking_verbs and not doc.kids(clause.i, "nsubj", "nsubj:pass")


def _speakers(quotes: list[Quote], resolver: _Resolver) -> list[SpeakerSummary]:
    summaries: dict[str, SpeakerSummary] = {}
    for q in quotes:
        if q.speaker is None:
            continue
        key = fold(q.speaker.name)
        entry = summaries.get(key)
        if entry is None:
            entry = summaries[key] = SpeakerSummary(name=q.speaker.name, kind=q.speaker.kind, titles=[],
                                                    quote_count=0)
        entry.quote_count += 1
        if q.title is not None and q.title.text not in entry.titles:
            entry.titles.append(q.title.text)
    return list(summaries.values())
