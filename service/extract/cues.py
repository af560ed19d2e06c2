"""Reporting cues on the parse: verbs of saying with their verb group, subject and complements.

Parses of news text are imperfect, so relations a parser confuses are accepted together (ccomp, advcl,
parataxis, xcomp for a complement; nsubj or a trailing nominal for an inverted subject), and inverted clitic
subjects (`-t-il`) are recognised by form as well as by relation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from service.extract.doc import Doc, Word
from service.extract.marks import HYPHENS, SPACES
from service.lang import LanguageTables

# A US lawmaker's party and state, one token once joined (`D-N.Y.`, `R-Alaska`).
PARTY_LABEL = re.compile(r"[A-Z]-[A-Z][A-Za-z.]*")
CLITIC = re.compile(r"^-(?:t-)?([^\W\d_]+)$")
FUSED = re.compile(r"^(?P<verb>[^\W\d_]+)-(?:t-)?(?P<pron>[^\W\d_]+)$")
SUBJECT_RELS = ("nsubj", "nsubj:pass", "csubj", "expl:subj")  # parsers label `Il a mentionné` expl:subj
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


def fused_inversion(word: Word, tables: LanguageTables) -> tuple[str, int, int] | None:
    """`estime-t-elle` kept as one token: (verb lemma, pronoun start, pronoun end) when the form is a
    reporting verb with an inverted subject clitic."""
    m = FUSED.match(word.token_text.lower())
    if m is None or m.group("verb") not in tables.verb_forms or (
            m.group("pron") not in tables.pronouns and m.group("pron") not in tables.indefinite_pronouns):
        return None
    return tables.verb_forms[m.group("verb")], word.start + m.start("pron"), word.start + m.end("pron")


def closing_mark(w: Word, tables: LanguageTables) -> bool:
    """Word w is a closing quotation mark (punctuation, not the apostrophe of `Supporters'`)."""
    return w.upos == "PUNCT" and w.text in "".join(tables.quote_pairs.values())


def reported_lemma(doc: Doc, w: Word, tables: LanguageTables) -> str | None:
    """The reporting lemma of word w, or None when it is not a reporting verb."""
    lemma = w.lemma.lower()
    if w.upos not in ("VERB", "AUX") and not (w.upos in ("ADJ", "NOUN") and "VerbForm" in w.feats):
        return None
    head = doc.words[w.head] if w.head >= 0 else None
    if head is not None and w.deprel in ("xcomp", "ccomp", "obj") and \
            (head.lemma.lower(), lemma) in tables.multiword_verbs:
        return tables.multiword_verbs[(head.lemma.lower(), lemma)]
    for kid in doc.kids(w.i):  # `faire part`: the light verb carries a nominal complement (a verbal one, below)
        if (lemma, kid.lemma.lower()) in tables.multiword_verbs and kid.upos != "VERB" \
                and (kid.deprel in ("obj", "obl") or (kid.deprel == "xcomp" and kid.upos == "ADJ")):  # `made clear`
            return tables.multiword_verbs[(lemma, kid.lemma.lower())]
    # (or written right after the verb, however parsed: `a mis en avant « … »`, the locution's words hung on
    # the noun after them)
    after = [x.lower for x in doc.words[w.i + 1:w.i + 3] if x.sent == w.sent]
    for second in after[1:] if after[:1] == ["en"] else []:
        if (lemma, second) in tables.multiword_verbs and " en " in tables.multiword_verbs[(lemma, second)]:
            return tables.multiword_verbs[(lemma, second)]
    # (a form right after an article is a noun the tagger misread: `at a briefing Monday`)
    lemma = _listed_lemma(w, tables) if not (w.i > 0 and doc.words[w.i - 1].upos == "DET") else w.lemma.lower()
    if lemma not in tables.reporting_verbs or w.upos == "AUX":
        return None
    reported = _reflexive_lemma(doc, w, lemma, tables)
    return None if reported in tables.pronominal_only else reported


def _listed_lemma(w: Word, tables: LanguageTables) -> str:
    """The verb's lemma, or the table's for a known form whose lemma the lemmatizer garbled (`martèle` ->
    `martéler`, `savourait` -> `savoir`)."""
    lemma = w.lemma.lower()
    form = w.lower.removesuffix("-t")  # (the euphonic -t the tokenizer left on the verb: `confie-t` `-il`)
    if lemma not in tables.reporting_verbs and w.upos == "VERB" and form in tables.verb_forms:
        return tables.verb_forms[form]
    return lemma


def _reflexive_lemma(doc: Doc, w: Word, lemma: str, tables: LanguageTables) -> str:
    """The pronominal lemma of a verb with its reflexive clitic (`s'indigne` -> `s'indigner`)."""
    if lemma in tables.pronominal_verbs and _reflexive(doc, w, tables):
        return tables.pronominal_verbs[lemma]
    return lemma


def announcing_cue(doc: Doc, subject: Word, before: int, tables: LanguageTables) -> Cue | None:
    """The verb of `X a déclaré : « … »` whose subject announces a quotation after a colon (before offset
    `before`), when it is a verb of saying or speaking; another verb (`ne cachait pas son soulagement : « … »`,
    `n'en revient pas : « … »`) leaves the quotation its speaker but no verb."""
    if subject.head < 0:
        return None
    v = doc.words[subject.head]
    if v.upos != "VERB" or v.end > before or doc.kids(v.i, "aux:pass", "cop"):
        return None  # (`X a été clair : « … »`, `X est remonté : « … »`: a state, no verb of saying)
    if ";" in doc.text[min(v.start, subject.start):max(v.end, subject.end)]:
        return None  # (another clause's verb: `Lions hold off Packers; Ray Kessler: '…'`)
    if reported_lemma(doc, v, tables) is None and v.lemma.lower() not in tables.speaking_verbs:
        return None
    start, end, _ = _group(doc, v, tables)
    return Cue(v.i, v.lemma.lower(), start, end, subject.i, False, None)


def incise_cue(doc: Doc, first: Word, tables: LanguageTables) -> Cue | None:
    """The verb of `« … », savourait le demi d'ouverture`: a lexical verb opening the clause right after a
    quotation and its comma (`first`), with its subject after it, says the quotation whatever its lemma: only
    an incise inverts its subject there."""
    k = first.i
    while k < len(doc.words) and k - first.i < 3 and doc.words[k].sent == first.sent and (
            doc.words[k].upos == "AUX" or doc.words[k].lower.replace("’", "'") in tables.reflexives
            or (k > first.i and (doc.words[k].lower == "-t" or clitic_pronoun(doc.words[k], tables)))):
        k += 1  # (past the inverted clitic after the auxiliary: `a-t-il illustré`)
    if k < len(doc.words) and doc.words[k].sent == first.sent and doc.words[k].upos != "VERB":
        return _plain_incise_cue(doc, first, tables)
    if k >= len(doc.words) or doc.words[k].sent != first.sent:
        return None
    v = doc.words[k]
    start, end, clitic = _group(doc, v, tables)
    subject = clitic.i if clitic is not None else inverted_subject(doc, v, end, tables)
    if subject is None or (subject < v.i and clitic is None):  # (the clitic inverted after the auxiliary)
        return None
    lemma = _reflexive_lemma(doc, v, _listed_lemma(v, tables), tables)
    return Cue(v.i, lemma, min(start, first.start), end, subject, True, None)


def _subject_before_quotation(doc: Doc, v: Word, tables: LanguageTables) -> int | None:
    """The subject of a verb right after a quotation, where it stands before the quotation, outside it (`Le
    syndicat, dont les militants brandissaient des pancartes proclamant « … », demande la signature…`): the verb is
    no incise, whatever follows it."""
    sent = doc.sentence_of(v.i)
    for s in doc.kids(v.i, "nsubj"):
        if s.i > v.i or s.upos not in ("NOUN", "PROPN") or not person_like(s, tables):
            continue
        before, between = doc.text[sent.start:s.start], doc.text[s.end:v.start]
        inside = any(before.count(o) > before.count(c) if o != c else before.count(o) % 2 == 1
                     for o, c in tables.quote_pairs.items())
        opening = min((between.find(o) for o in tables.quote_pairs if o in between), default=-1)
        if not inside and opening >= 0 and ":" not in between[:opening]:  # (not a kicker: `Lille : « … », rappelle X`)
            return s.i
    return None


def _reflexive(doc: Doc, v: Word, tables: LanguageTables) -> bool:
    """A reflexive clitic right before the verb or its auxiliaries (`s'est indignée`, `se dit`), read on
    the surface: parsers attach stray `expl` relations."""
    k = v.i - 1
    while k >= 0 and doc.words[k].sent == v.sent and (doc.words[k].upos == "AUX" or doc.words[k].rel == "aux"
                                                        or doc.words[k].lower in tables.negations):
        k -= 1
    return k >= 0 and doc.words[k].sent == v.sent and doc.words[k].lower.replace("’", "'") in tables.reflexives


def _plain_incise_cue(doc: Doc, first: Word, tables: LanguageTables) -> Cue | None:
    """The verb of `"…," he begins.` or `"…," she laughs, …`: a short subject and an intransitive verb ending
    the clause right after a quotation and its comma say the quotation whatever the verb."""
    if first.rel != "nsubj" or first.upos not in ("PRON", "PROPN") or first.head <= first.i:
        return None
    v = doc.words[first.head]
    if v.upos != "VERB" or v.feats.get("VerbForm") != "Fin" or v.i - first.i > 3 or any(
            doc.words[k].head != first.i and doc.words[k].upos not in ("AUX", "ADV") for k in range(first.i + 1, v.i)):
        return None
    after = v.i + 1
    if after < len(doc.words) and doc.words[after].sent == v.sent and doc.words[after].upos != "PUNCT":
        return None  # (`"…," he ate a sandwich`: a clause of its own)
    if first.upos == "PRON" and first.lower in tables.first_second_person:
        return None
    start, end, _ = _group(doc, v, tables)
    lemma = _reflexive_lemma(doc, v, _listed_lemma(v, tables), tables)
    return Cue(v.i, lemma, start, end, first.i, False, None)


def _group(doc: Doc, v: Word, tables: LanguageTables) -> tuple[int, int, Word | None]:
    """Verb group span: auxiliaries before the verb, the verb, an inverted clitic right after it."""
    start, end = v.start, v.end
    for aux in doc.kids(v.i, *AUX_RELS):
        # contiguous auxiliaries only (`« Nous avons, a-t-elle poursuivi`: `avons` is the quotation's)
        between = doc.words[aux.i + 1:v.i]
        if aux.i < v.i and (all(w.upos != "PUNCT" for w in between) or (
                # (but across an emphatic pronoun set off: `Le préfet a, lui, appelé les habitants à « … »`)
                len(between) == 3 and between[0].text == between[2].text == "," and between[1].upos == "PRON")):
            start = min(start, aux.start)
    k = v.i - 1
    while k > 0 and doc.words[k].sent == v.sent and (
            doc.words[k].lower == "-t" or clitic_pronoun(doc.words[k], tables)):
        k -= 1
    if k < v.i - 1 and doc.words[k].lemma in tables.auxiliary_lemmas and doc.words[k].sent == v.sent:
        start = min(start, doc.words[k].start)  # `a-t-elle reconnu` with `a` parsed as a verb of its own
    clitic = None
    reach = v.i + (3 if v.i + 1 < len(doc.words) and doc.words[v.i + 1].lower == "-t" else 2)  # (`enchaîne` `-t` `-il`)
    for w in doc.words[max(0, v.i - 3):reach]:
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


def is_date(w: Word, tables: LanguageTables) -> bool:
    """A word that is a date by itself (`mardi`, `2024-03-01`)."""
    m = tables.date_regex.fullmatch(w.text)
    return m is not None or w.lower in tables.weekdays


def is_acronym(w: Word) -> bool:
    """`AFP`, `U.S.`; not an initial (`F.` in `Robert F. Kennedy Jr.`)."""
    return sum(c.isalpha() for c in w.text) > 1 and w.text.isupper()


def valid_subject(doc: Doc, w: Word, tables: LanguageTables) -> bool:
    """Whether a word can head a speaker mention: not a relative or object clitic, a date, an euphonic -t,
    nor a label in parentheses (`Éric Ciotti (LR)`)."""
    in_parentheses = w.i > 0 and doc.words[w.i - 1].text == "(" and w.i + 1 < len(doc.words) \
        and doc.words[w.i + 1].text == ")"
    lower = w.lower.replace("’", "'")
    # (with its article or modifiers: `La veille, la directrice … avait salué`, `X last night urged…`)
    first = min((d.start for d in doc.kids(w.i, "det", "amod", "compound") if d.i < w.i), default=w.start)
    dated = tables.date_regex.fullmatch(doc.text, first, w.end) is not None
    # (a stressed pronoun opening its sentence is its subject, no object clitic: `Lui assure avoir refusé…`)
    stressed = w.deprel == "nsubj" and lower in tables.pronouns and w.text[:1].isupper() \
        and w.i == doc.sentences[w.sent].first
    return (lower not in tables.non_subjects or (lower in tables.thing_pronouns and w.deprel == "nsubj") or stressed) \
        and not is_date(w, tables) and not dated \
        and w.upos not in ("PUNCT", "SCONJ", "CCONJ", "ADP", "VERB", "AUX") and not in_parentheses


def inversion_site(doc: Doc, v: Word, group_start: int, tables: LanguageTables) -> bool:
    """Whether the verb stands where French inverts its subject: after a comma or quotation mark (incise),
    after `que`/`qu'` (`C'est ce qu'a déclaré X`) or `comme` (`comme le rapporte X`)."""
    k = v.i - 1
    while k >= 0 and doc.words[k].start >= group_start:
        k -= 1
    while k >= 0 and doc.words[k].sent == v.sent and doc.words[k].lower not in tables.complementizers and (
            doc.words[k].lower.replace("’", "'") in tables.non_subjects or doc.words[k].lower in tables.negations
            or (doc.words[k].upos == "PRON" and doc.words[k].lower in tables.first_second_person)):
        k -= 1  # object clitics and negation between `qu'`/`comme` and the verb
    if k < 0 or doc.words[k].sent != v.sent:
        return True
    prev = doc.words[k]
    return prev.text in (",", "«", "»", '"', "“", "”", ":", "—", "–", "(") \
        or (prev.upos == "PUNCT" and prev.text in ("'", "’")) \
        or prev.lower in tables.complementizers or prev.lower in tables.parenthetical_marks


def _subject_of_apposed_participle(doc: Doc, v: Word, tables: LanguageTables) -> int | None:
    """`X, joint hier au téléphone, dit « … »`: the set-off participle read as the main verb, the verb after it
    as its clause; the participle's subject is the verb's."""
    if v.rel != "advcl" or v.head < 0 or v.i == 0 or doc.words[v.i - 1].text != ",":
        return None
    head = doc.words[v.head]  # (a participle of the occasion, however tagged: `joint` read as a present)
    if head.i > v.i or doc.kids(head.i, *AUX_RELS) or doc.words[head.i - 1].text != "," or not (
            head.feats.get("VerbForm") == "Part" or head.lemma.lower() in tables.speaking_verbs):
        return None
    subject = next((k for k in doc.kids(head.i, "nsubj", "nsubj:pass") if k.i < head.i), None)
    return subject.i if subject is not None and person_like(subject, tables) else None


def _stressed_aside(doc: Doc, k: int, tables: LanguageTables) -> bool:
    """Word k is a stressed pronoun set off by commas after the noun it repeats (`Le sénateur, lui,`)."""
    w = doc.words[k]
    return w.upos == "PRON" and w.lower in tables.pronouns and k > 0 and doc.words[k - 1].text == "," \
        and w.rel in ("nmod", "appos", "dislocated") and 0 <= w.head < k


def inverted_subject(doc: Doc, v: Word, group_end: int, tables: LanguageTables) -> int | None:
    """The noun phrase right after the verb group (`a déclaré lundi le gouverneur X`), whatever relation
    the parser gave it."""
    seen = 0
    phrase_end = group_end
    sent = doc.sentence_of(v.i)
    dates = [m.span() for m in tables.date_regex.finditer(doc.text, sent.start, sent.end)]
    for w in doc.words[v.i + 1:]:
        if w.sent != v.sent or seen > 8:
            return None
        if w.end <= phrase_end:
            continue  # (a circumstance's words count as one: `lors d'une conférence de presse au Palais des Nations`)
        if w.upos == "ADV" or is_date(w, tables) \
                or any(a <= w.start and w.end <= b for a, b in dates):  # `mercredi soir`
            seen += 1
            continue
        if w.text == "," or (w.upos in ("ADJ", "VERB", "NOUN") and doc.words[w.i - 1].text == ","
                             and w.i + 1 < len(doc.words) and doc.words[w.i + 1].text == ","):
            seen += 1
            continue  # `résume, fataliste, Nolwenn Daniel`: a one-word aside between the verb and its subject
        close = next((k for k in range(w.i + 1, min(w.i + 6, len(doc.words))) if doc.words[k].text == ")"), None) \
            if w.text == "(" else None
        if close is not None:  # (a bracketed acronym after a phrase: `a indiqué à l'Agence nigérienne de presse (ANP)
            phrase_end = max(phrase_end, doc.words[close].end)  # le directeur général`)
            seen += 1
            continue
        aside = _bare_aside_end(doc, w)
        if aside is not None:  # (or a bare noun's absolute phrase: `glisse, sourire en coin, un jeune manifestant`)
            phrase_end = max(phrase_end, doc.words[aside].end)
            seen += 1
            continue
        if (w.upos == "ADP" or w.lower in tables.complement_openers) and w.head > w.i:
            skip_to = noun_phrase_end(doc, w.head, with_case_only=True)  # `a réagi auprès de l'AFP le directeur`
            while skip_to + 1 < len(doc.words) and doc.words[skip_to + 1].start == doc.words[skip_to].end \
                    and doc.words[skip_to + 1].text[:1] in HYPHENS and doc.words[skip_to + 1].upos != "PRON":
                nxt = doc.words[skip_to + 1]  # a name the tokenizer split at its hyphen (`à L'Orient-Le Jour`)
                skip_to = max(skip_to + 1, noun_phrase_end(doc, nxt.head if nxt.head > nxt.i else nxt.i, True))
            while _name_goes_on(doc, w.head, skip_to):
                skip_to += 1
            phrase_end = max(phrase_end, doc.words[skip_to].end)  # its words are skipped below
            seen += 1
            continue
        if w.upos == "DET" and w.head > w.i and doc.words[w.head].upos in ("NOUN", "PROPN", "PRON"):
            if _subject_of_other_clause(doc, doc.words[w.head], v) or _predicated_object(doc, w.head, tables):
                return None
            possessor = doc.words[w.head]  # (`said the group's executive director, X`: not the group)
            if _possessor(doc, possessor) and person_like(doc.words[possessor.head], tables):
                return possessor.head
            return w.head  # also a pronoun made nominal by its determiner (`assure l'un d'eux`)
        if w.upos in ("PRON", "NUM") and any(doc.kids(k.i, "case") for k in doc.kids(w.i, "nmod") if k.i > w.i):
            return w.i  # `a glissé un de ses proches`
        if w.upos == "VERB" and w.rel == "xcomp" and w.head == v.i and w.feats.get("VerbForm") == "Inf":
            seen += 1
            continue  # the infinitive of a modal incise (`», veut croire son directeur`)
        if w.upos == "VERB" and w.rel == "acl" and v.i < w.head < w.i and doc.words[w.head].end <= phrase_end:
            seen += 1
            continue  # a participle the parser hung on the phrase skipped (`a confié au Dauphiné libéré un ami`)
        modifier = w.upos == "ADJ" or (w.upos == "VERB" and w.rel in ("amod", "compound") and w.head == w.i + 1)
        if modifier and w.i + 1 < len(doc.words) and doc.words[w.i + 1].sent == w.sent and (
                doc.words[w.i + 1].upos in ("NOUN", "PROPN")
                or (w.i < w.head <= w.i + 3 and doc.words[w.head].upos in ("NOUN", "PROPN"))):
            seen += 1
            continue  # `says Irish PM`, `says housing secretary`, `said Dutch Green lawmaker X`: a modifier before
            # its noun, however attached
        if w.upos in ("PROPN", "NOUN") and valid_subject(doc, w, tables):
            if _subject_of_other_clause(doc, w, v) or _predicated_object(doc, w.i, tables):
                return None
            nxt = doc.words[w.i + 1] if w.i + 1 < len(doc.words) else None
            if w.text in tables.honorifics and nxt is not None and nxt.sent == w.sent and nxt.upos == "PROPN":
                w = nxt  # `Me Sébastien Schapira` parsed as two objects: the name is the subject
            if _possessor(doc, w):
                w = doc.words[w.head]  # `said Tillery's attorney`: the possessor is not the one speaking
            while w.rel in ("flat", "amod", "compound") and w.head >= 0 and doc.words[w.head].i < w.i \
                    and is_acronym(doc.words[w.head]) == is_acronym(w) and doc.words[w.head].start >= phrase_end:
                w = doc.words[w.head]
            while w.rel == "compound" and w.i < w.head <= w.i + 3 and doc.words[w.head].upos == "NOUN":
                w = doc.words[w.head]  # `said lead author Dr Ariaan Purich`: the noun the modifier is part of
            return w.i
        return None
    return None


def _name_goes_on(doc: Doc, head: int, last: int) -> bool:
    """The capitalised noun after word `last` continues the title-case name a prepositional phrase headed by `head`
    ends on, the parser having hung it on the name (`a confié à Air Journal son directeur`); a person's name after it
    does not (`a affirmé à l'AFP Frédéric Lamothe`)."""
    nxt = doc.words[last + 1] if last + 1 < len(doc.words) else None
    return nxt is not None and doc.words[last].text[:1].isupper() and nxt.text[:1].isupper() and nxt.upos == "NOUN" \
        and head <= nxt.head <= last and not doc.kids(nxt.i, "case")


def _bare_aside_end(doc: Doc, w: Word) -> int | None:
    """The last word of an absolute phrase set off by commas that opens on a noun without determiner (`sourire en
    coin`), a determiner or a name after its closing comma: the aside between an incise's verb and its subject."""
    if w.upos != "NOUN" or w.i == 0 or doc.words[w.i - 1].text != "," or doc.kids(w.i, "det"):
        return None
    for k in range(w.i + 1, min(w.i + 5, len(doc.words) - 1)):
        x = doc.words[k]
        if x.sent != w.sent or x.upos in ("VERB", "AUX"):
            return None
        if x.text == ",":
            return k - 1 if doc.words[k + 1].upos in ("DET", "PROPN") and k > w.i + 1 else None
    return None


def _opens_quotation(doc: Doc, k: Word, verb: Word, tables: LanguageTables) -> bool:
    """The phrase of k opens a quotation after the verb and a colon or comma: the quotation's words."""
    first = next(i for i in doc.subtree(k.i) if doc.words[i].upos != "PUNCT" or i == k.i)
    return first - 2 > verb.i and doc.words[first - 1].text in tables.quote_pairs \
        and doc.words[first - 2].text in (":", ",")


def _possessor(doc: Doc, w: Word) -> bool:
    """A noun marked as the possessor of the noun after it (`Tillery's attorney`)."""
    return w.head > w.i and any(c.upos == "PART" and c.rel == "case" for c in doc.kids(w.i)) \
        and doc.words[w.head].upos in ("NOUN", "PROPN")


def _predicated_object(doc: Doc, head: int, tables: LanguageTables) -> bool:
    """`called the vote “a turning point”`, `described the video as “misleading”`: a noun phrase a quotation or
    `as` predicates something of is the verb's object, in a language whose incises keep the subject first (an
    inverted subject there is `said Smith`, nothing after it)."""
    words = doc.words
    k = head + 1
    if k + 1 < len(words) and words[k].lower in tables.predicative_marks:
        k += 1  # (`as` then the quotation: not `says farmer as NSW swelters`)
    return tables.subject_first_incises and k < len(words) and words[k].sent == words[head].sent \
        and words[k].text in tables.quote_pairs and words[k].text not in ("'", "’")


def second_report(doc: Doc, content: Word, v: Word, tables: LanguageTables) -> bool:
    """Verb v, a verb of saying with an addressee but no subject of its own, coordinated with the verb of a clause
    that another verb of saying reports: the writer's second report (`posted that she had spoken to both sides
    and urged them to…`), not part of the first."""
    return v.rel == "conj" and v.head == content.i and v.i > content.i \
        and v.lemma.lower() in tables.reporting_verbs and (v.feats.get("VerbForm") == "Fin" or (
            v.feats.get("VerbForm") == "Part" and v.feats.get("Tense") == "Past")) \
        and not doc.kids(v.i, "nsubj", "nsubj:pass", "aux") and (bool(doc.kids(v.i, "obj", "iobj", "xcomp")) or (
            # (a prepositional addressee and what it is urged to do: `and called on the US to “…”`)
            any(k.i > v.i for k in doc.kids(v.i, "obl")) and any(k.i > v.i for k in doc.kids(v.i, "advcl")))) \
        and content.head >= 0 and doc.words[content.head].lemma.lower() in tables.reporting_verbs \
        and not any(k.lower in tables.complementizers for k in doc.kids(v.i, "mark"))


def _subject_of_other_clause(doc: Doc, w: Word, v: Word) -> bool:
    """The noun after the verb is the subject of the verb's content clause (`…, said the idea remained
    “toxic”`), not the verb's own inverted subject."""
    return w.rel == "nsubj" and w.head != v.i and doc.words[w.head].head == v.i \
        and doc.words[w.head].rel in ("ccomp", "xcomp") and w.head > w.i \
        and not (w.upos == "NOUN" and w.feats.get("Number") != "Plur"
                 and not [k for k in doc.kids(w.i, "det", "nmod") if k.rel == "det" or k.deprel == "nmod:poss"])
    # (a bare singular role is no clause's subject: `says campaigner as Victoria Baths flats plan approved`)


def _relative_after(doc: Doc, subject: Word) -> bool:
    """A relative clause opens right after the subject's phrase and a comma (`X, qui …`, `X, who …`)."""
    end = noun_phrase_end(doc, subject.i)
    return end + 2 < len(doc.words) and doc.words[end + 1].text == "," and doc.words[end + 2].upos == "PRON" \
        and any(k.i == end + 2 for r in doc.kids(subject.i, "acl", "acl:relcl") for k in doc.kids(r.i, "nsubj"))


def _subject_head(doc: Doc, k: Word) -> Word:
    """`près de 1 400 artistes` parsed with the adverb as subject: the noun it quantifies; a list's bullet read as
    the subject (`• But Brandt said`): the name it was coordinated with; a label before a colon (`The other side:
    The Heartland Tech Council, a trade group, said`): the phrase after the colon."""
    if not any(ch.isalnum() for ch in k.text):
        return next((c for c in doc.kids(k.i, "conj", "appos", "flat") if c.i > k.i and c.upos == "PROPN"), k)
    if k.upos in ("NOUN", "PROPN"):
        return next((c for c in doc.kids(k.i, "appos") if c.i > k.i and c.sent == k.sent
                     and any(w.text == ":" for w in doc.words[k.i:c.i])
                     and all(w.text != "," for w in doc.words[k.i:c.i])), k)
    if k.upos != "ADV":
        return k
    return next((c for c in doc.kids(k.i) if c.i > k.i and c.upos in ("NOUN", "PROPN") and doc.kids(c.i, "case")
                 and any(n.upos == "NUM" for n in doc.kids(c.i))), k)


def _described_name(doc: Doc, w: Word) -> Word | None:
    """The name whose description, set off by a comma, word w lies in (through complements and conjuncts)."""
    while w.rel in ("nmod", "conj", "appos", "acl", "xcomp", "amod", "obl") and 0 <= w.head < w.i:
        parent = doc.words[w.head]
        # (a conjunct with no conjunction is an apposition misread: `Laurent X, PDG de la compagnie Y, qui dit`)
        if (w.rel in ("appos", "acl") or (w.rel == "conj" and not doc.kids(w.i, "cc"))) and parent.upos == "PROPN" \
                and any(x.text == "," for x in doc.words[parent.i + 1:w.i]):
            return parent
        w = parent
    return None


def _nsubj(doc: Doc, verb: Word, tables: LanguageTables, inverted_site: bool) -> int | None:
    """A valid nominal subject of verb: before it unless the verb stands at an inversion site."""
    kids = [_subject_head(doc, k) for k in doc.kids(verb.i, *SUBJECT_RELS) if k.rel != "csubj"]
    for kid in kids:
        if kid.lower in tables.relative_subjects and kid.i < verb.i:
            if verb.rel == "acl" and verb.head >= 0 and verb.head < kid.i:
                head = doc.words[verb.head]
                # (a relative of saying hung on the complement of a role: `l'ancien président de la cave
                # coopérative de Langoiran, qui dit…`: the role's holder says it)
                holder = head
                while holder.rel == "nmod" and 0 <= holder.head < holder.i and holder.lemma.lower() not in \
                        tables.title_nouns and doc.words[holder.head].upos == "NOUN":
                    holder = doc.words[holder.head]
                if holder is not head and holder.lemma.lower() in tables.title_nouns \
                        and reported_lemma(doc, verb, tables) is not None:
                    return _described_by(doc, holder.i, tables)
                # (a relative after a description set off by commas is the named person's: `Sylvain X, délégué CGT
                # du site et sans lien de parenté avec le directeur, qui dénonce`)
                anchor = _described_name(doc, head)
                if anchor is not None and head.upos == "NOUN" and doc.words[kid.i - 1].text == "," \
                        and reported_lemma(doc, verb, tables) is not None:
                    return _described_by(doc, anchor.i, tables)
                near = _noun_before(doc, kid.i)
                # (or a plural noun the singular verb cannot agree with: `les sites de déplacés …, selon OCHA, qui
                # parle de…`)
                if near is not None and near != head.i and doc.words[near].upos == "PROPN" and head.upos == "NOUN" \
                        and (not person_like(head, tables) or (head.feats.get("Number") == "Plur"
                                                               and verb.feats.get("Number") == "Sing")):
                    return _described_by(doc, near, tables)  # (`a sharp response from Justice X, who said`)
                return _described_by(doc, _out_of_preposition(doc, verb.head), tables)
            antecedent = _noun_before(doc, kid.i)  # `X, qui a ajouté que…`, however the clause is attached
            if antecedent is not None:
                return _described_by(doc, antecedent, tables)
    valid = [k for k in kids if valid_subject(doc, k, tables)]
    valid = [k for k in valid if fronted_role_subject(doc, k, tables) is None] or valid
    # (a phrase opening on a preposition is an aside the parser took for a second subject: `Margaret Dunmore,
    # 67, who lives on Fenton Lane, about 400 metres from the site, said`)
    valid = [k for k in valid if not _prepositional(doc, k)] or valid
    # (a noun inside another subject's relative clause set off by commas, which the parser gave the verb)
    valid = [k for k in valid if not any(o.i < k.i and _relative_after(doc, o) and k.i < verb.i
                                         and "," in [w.text for w in doc.words[k.i:verb.i]] for o in valid)] or valid
    if inverted_site:
        valid = [k for k in valid if k.lower not in tables.first_second_person  # `», nous a confié X`
                 or k.upos != "PRON"]  # (not the numeral: `X, one of Voltaic's first customers, said`)
    if not valid:
        # `Lundi, le sénateur X s'est rendu…`: a date taken for the subject, the subject its apposition
        valid = [a for k in kids for a in doc.kids(k.i, "appos") if valid_subject(doc, a, tables)]
    # Before the verb, a subject whose phrase reaches the verb (`Karine Jean-Pierre, a nié`); material in
    # between (`Washington est en contact…, a déclaré X`) means the verb is an incise with its own subject.
    before = [k for k in valid if k.i < verb.i and _reaches(doc, k, verb, tables)]
    # a name the parser broke into a clause (`A spokesperson for the Department for Levelling Up said`):
    # the subject whose phrase the capitalised words continue, not a word inside them
    before = [k for k in before if not any(o.i < k.i < verb.i and noun_phrase_end(doc, o.i) not in (o.i, k.i)
                                           and _name_continues(doc, noun_phrase_end(doc, o.i), verb, tables)
                                           for o in before)]
    # `Johnson, the club's manager, said`, `The senator, a Democrat from Ohio, argued`: an apposition parsed
    # as a second subject; the subject is the phrase it describes, unless only the apposition is a name
    # (`Le porte-parole, Dmitri Peskov, a affirmé`)
    # (the apposition closes before the verb: in `… pushed flames toward residential areas, officials said`
    # the phrase after the comma is the subject itself)
    for k in list(before):
        last = max(i for i in doc.subtree(k.i) if doc.words[i].rel != "punct")
        if last + 1 >= len(doc.words) or doc.words[last + 1].text not in (",", "–", "—", ")"):
            continue
        described = [n for n in valid if n.i < k.i and _set_off(doc, n, k)
                     and not (k.upos == "PROPN" and not doc.kids(k.i, "det") and n.upos == "NOUN")]
        if described:
            before = [described[-1] if x is k else x for x in before]
    # (a title-case role with a coordination, the parser making its parts and the name conjuncts: `Malaysia's
    # Natural Resources and Environmental Sustainability Minister Nik Fadhlan Nik Mahmud said`)
    # (`Baird & Finch analyst Joon Park wrote`: the name's words each a conjunct)
    before = [next((n for c in doc.kids(k.i, "conj") if c.lower in tables.title_nouns
                    for n in doc.kids(k.i, "conj") if n.i == c.i + 1 and n.upos == "PROPN"
                    and (max(doc.subtree(n.i)) == verb.i - 1 or all(
                        doc.words[x].upos == "PROPN" and doc.words[x].head in (k.i, n.i) for x in range(n.i, verb.i)))),
                   k) for k in before]
    # (a phrase its determiner negates is an aside set off after the subject: `X — no relation to the governor —
    # said`)
    before = [x for x in (next((n for n in reversed(valid) if n.i < k.i and not _negated_phrase(doc, n)), None)
                          if _negated_phrase(doc, k) else k for k in before) if x is not None]
    before = [_broken_name_holder(doc, k, tables) for k in before]
    # (not the first words of a quotation opening after the verb: `and added: "Activist lawyers … think"`)
    after = [k for k in valid if k.i > verb.i and not _opens_quotation(doc, k, verb, tables)]
    last = doc.sentence_of(verb.i).last
    if not after and verb.lemma.lower() not in tables.addressee_verbs and verb.i > 0 \
            and doc.words[verb.i - 1].text == ",":
        # (an inverted subject the parser made the object: `Wicklow gorse fire 'deliberately set', say gardaí`,
        # its phrase ending the sentence)
        after = [k for k in doc.kids(verb.i, "obj") if k.i > verb.i and k.upos in ("NOUN", "PROPN")
                 and valid_subject(doc, k, tables) and person_like(k, tables)
                 and all(w.upos == "PUNCT" for w in doc.words[noun_phrase_end(doc, k.i) + 1:last + 1])]
    closed = verb.i > 0 and (doc.words[verb.i - 1].text == "," or (
        verb.i > 1 and closing_mark(doc.words[verb.i - 1], tables) and doc.words[verb.i - 2].text in (",", "?", "!")))
    if before and after and closed and all(
            w.upos == "PUNCT" for w in doc.words[noun_phrase_end(doc, after[0].i) + 1:last + 1]) \
            and not any(a.upos != "VERB" and not _quoted_phrase(doc, a, tables)
                        for a in doc.kids(before[0].i, "appos")) \
            and after[0].i - verb.i <= 4:
        # `Killarney gorse fire 'contained but not out', says fire chief`: the statement's subject and the
        # inverted one closing the sentence both given to the verb; the comma before the verb closes the
        # statement, or its closing mark after a comma (`Q&A: 'We were never told,' says whistleblower`) (not `X, a
        # climate scientist, said the event bore…`: the clause's subject)
        before = []
    after = [k for k in after if k.rel == "nsubj" or not before]  # (an object only where no subject stands)
    ranked = sorted(before, key=lambda k: (k.deprel != "nsubj", verb.i - k.i)) + \
        sorted(after, key=lambda k: (k.deprel != "nsubj", k.i - verb.i))
    return ranked[0].i if ranked else None


def _negated_phrase(doc: Doc, w: Word) -> bool:
    """A phrase its determiner negates, set off by punctuation (`— no relation to the governor —`; not `No 10`)."""
    first = min(i for i in doc.subtree(w.i) if doc.words[i].rel != "punct")
    return first > 0 and doc.words[first - 1].sent == w.sent and doc.words[first - 1].text in (",", "—", "–", "(") \
        and any(d.feats.get("PronType") == "Neg" for d in doc.kids(w.i, "det"))


def _quoted_phrase(doc: Doc, w: Word, tables: LanguageTables) -> bool:
    """Word w's phrase opens right after a quotation mark (`Library closures 'a last resort'`): a quoted
    predicate, not an apposition set off by commas."""
    first = min(i for i in doc.subtree(w.i) if doc.words[i].rel != "punct" or i == w.i)
    return first > 0 and doc.words[first - 1].text in tables.quote_pairs


def _broken_name_holder(doc: Doc, k: Word, tables: LanguageTables) -> Word:
    """The person noun whose name the parser broke at a joiner, taking the name's tail for the subject (`A
    spokesperson for the Department for Levelling Up said` with `Levelling` the subject); else k."""
    j = k.i - 1
    if k.upos != "PROPN" or j < 1 or doc.words[j].lower not in tables.organization_joiners \
            or not capitalised(doc.words[j - 1]) or (doc.words[j].head == k.i and doc.words[j].rel == "case"):
        return k
    holder = doc.words[_described_by(doc, j - 1, tables)]
    return holder if holder.i < j - 1 and holder.upos == "NOUN" and person_like(holder, tables) else k


def _described_by(doc: Doc, i: int, tables: LanguageTables) -> int:
    """The person whose apposed role phrase holds word i: `Arnaud Rousseau, président de la FNSEA, qui
    estime…` is Arnaud Rousseau's saying, not the FNSEA's."""
    w = doc.words[i]
    while 0 <= w.head < w.i and (w.rel == "appos" or (
            w.rel == "nmod" and doc.words[w.head].upos == "NOUN" and person_like(doc.words[w.head], tables))):
        w = doc.words[w.head]
    return w.i


def _set_off(doc: Doc, name: Word, apposed: Word) -> bool:
    """The phrase of `apposed` stands between commas right after the phrase of `name`."""
    end = noun_phrase_end(doc, name.i)
    for conjunct in doc.kids(name.i, "conj"):  # `La Chine et l'Inde, premiers émetteurs mondiaux, ont…`
        end = max(end, noun_phrase_end(doc, conjunct.i))
    first = min(i for i in doc.subtree(apposed.i) if doc.words[i].rel != "punct")
    while end + 1 < first and doc.words[end + 1].text == ")":
        end += 1  # (past a party label: `Rep. Travis Kimbrell (R-Texas), a member of …,`)
    return end + 2 == first and doc.words[end + 1].text == ","


def noun_phrase_end(doc: Doc, head: int, with_case_only: bool = False) -> int:
    """Last word of the noun phrase headed by `head` (modifiers, names, appositions; no clauses). With
    `with_case_only`, a nominal modifier counts only with its preposition (`de l'AFP` but not a following
    `le directeur` the parser hung on it)."""
    last, stack = head, [head]
    while stack:
        k = stack.pop()
        for kid in doc.kids(k, "det", "amod", "flat", "compound", "nmod", "appos", "nummod", "case", "fixed"):
            if with_case_only and kid.rel in ("nmod", "appos") and not doc.kids(kid.i, "case"):
                continue
            if with_case_only and kid.rel == "flat" and is_acronym(doc.words[k]) and not is_acronym(kid):
                continue  # `l'AFP Jean Martin` parsed as one name (but `Mosaïque FM` is one)
            last = max(last, kid.i)
            stack.append(kid.i)
    return last


def _prepositional(doc: Doc, w: Word) -> bool:
    """The phrase of w opens on its preposition: no subject, whatever the parser called it."""
    return any(c.i < w.i for c in doc.kids(w.i, "case"))


def _reaches(doc: Doc, subject: Word, verb: Word, tables: LanguageTables) -> bool:
    """Only punctuation, adverbs, clitics or auxiliaries lie between the subject's phrase and the verb."""
    end = max(noun_phrase_end(doc, subject.i), max(
        (i for i in doc.subtree(subject.i) if doc.words[i].rel != "punct"), default=subject.i))
    while end + 1 < verb.i and doc.words[end + 1].text == ")" and "(" in doc.text[doc.words[subject.i].start:
                                                                                 doc.words[end].start]:
        end += 1  # (the bracket closing the phrase's acronym: `The … Coalition for Democratic Change (CDC), in a
        # post,`)
    between = doc.words[end + 1:verb.i]
    # a parenthetical dependent of the verb set off by commas (`Les soldats, interrogés par…, ont reconnu`,
    # `Le ministre, qui s'exprimait…, a assuré`)
    # an adverbial phrase of the verb inside its verb group (`Le ministère a pour sa part revendiqué`)
    auxiliary = min((a.i for a in doc.kids(verb.i, *AUX_RELS) if a.i > end), default=verb.i)
    aside = {i for kid in doc.kids(verb.i, "obl", "advmod") if auxiliary < kid.i < verb.i
             for i in doc.subtree(kid.i) if auxiliary < i < verb.i}
    # a short phrase of the verb between subject and verb, no comma (`Minister Suresh Byrappa on Monday warned`,
    # `X in a statement said`)
    aside |= {i for kid in doc.kids(verb.i, "obl") if end < kid.i < verb.i
              and min(doc.subtree(kid.i)) > end and max(doc.subtree(kid.i)) < verb.i
              and len(doc.subtree(kid.i)) <= 4 and not any(doc.words[i].upos == "PUNCT" for i in doc.subtree(kid.i))
              for i in doc.subtree(kid.i)}
    # (and the subject's own adjective phrase the parser gave the verb: `Officials familiar with the plan said`)
    aside |= {i for kid in doc.kids(verb.i) if kid.upos == "ADJ" and kid.i == end + 1
              and max(doc.subtree(kid.i)) == verb.i - 1 and min(doc.subtree(kid.i)) == kid.i
              and not any(doc.words[i].upos in ("PUNCT", "VERB", "AUX") for i in doc.subtree(kid.i))
              for i in doc.subtree(kid.i)}
    # (and a participle's phrase right after the subject, no comma, that the parser gave the verb: `Rebels fighting
    # Ethiopia's federal government in the highlands have accused`)
    aside |= {i for kid in doc.kids(verb.i, "advcl") if kid.i == end + 1 and kid.upos == "VERB"
              and kid.feats.get("VerbForm") in ("Ger", "Part") and max(doc.subtree(kid.i)) < verb.i
              and not any(doc.words[i].upos == "PUNCT" for i in doc.subtree(kid.i))
              for i in doc.subtree(kid.i)}
    # (so is a date between them, whatever the parser hung it on: `Minister Suresh Byrappa on Monday warned`, `X last
    # night urged`)
    dated = [w for w in between if w.upos != "PUNCT"]  # (after a bracket closing the name: `(NOAA) last month`)
    if dated and len(dated) <= 3 and (
            tables.date_regex.fullmatch(doc.text, dated[0].start, dated[-1].end) is not None
            or (any(is_date(w, tables) for w in dated) and all(
                is_date(w, tables) or (w.upos in ("ADP", "DET") and end < w.head < verb.i) for w in dated))):
        aside |= {w.i for w in dated}
    # (the comma may open a relative clause of the subject that the aside continues: `A senior official, who
    # spoke on condition of anonymity because he was not authorized…, said`)
    np_end = noun_phrase_end(doc, subject.i)
    opened = np_end + 1 < len(doc.words) and doc.words[np_end + 1].text == ","
    if between and between[-1].text == "," and any(doc.words[i].text == "," for i in range(subject.i + 1, end)):
        opened = True  # `Tim Gardner, of the Health Foundation think tank, said`: `think` taken for a clause
    if between and (between[0].text == "," or opened):
        enclosed = between[-1].text == "," or (len(between) > 1 and between[-1].upos == "AUX")
        rels = ("advcl", "obl", "advmod", "acl", "nmod") + (("ccomp", "parataxis", "conj") if enclosed else ())
        # (and a phrase opening on a preposition, whatever the parser called it: `…, about 400 metres from the
        # site, said`)
        # (and, in a relative clause set off by commas, words the parser gave the verb: `La Savoyarde, qui n'était
        # jamais montée plus haut que la 7e place, a reconnu`)
        inner = doc.kids(verb.i, "nsubj", "mark") if enclosed and _relative_after(doc, subject) else []
        for kid in doc.kids(verb.i, *rels) + [k for k in doc.kids(verb.i, "nsubj") if _prepositional(doc, k)] + inner:
            if end < kid.i < verb.i:
                aside |= set(doc.subtree(kid.i))
    if _name_continues(doc, end, verb, tables):
        return True
    # (a mark closing a title quoted inside the subject's phrase, after its comma in American style: `X, whose
    # 2019 book “Rising Water” …, said`, `X, who has called 2023 the "year of efficiency," wrote`)
    opening = next((i for i in range(subject.i, end + 1) if doc.words[i].text in tables.quote_pairs), None)
    titled = opening is not None and end - opening <= 8 and not any(
        doc.words[i].feats.get("VerbForm") == "Fin" for i in range(opening, end + 1))
    return all(w.i in aside or (w.upos in ("PUNCT", "ADV", "AUX") and (
        w.text not in ("»", "”", '"', ".", "!", "?") or (titled and w.text in ("»", "”", '"') and (
            w.i == end + 1 or (w.i == end + 2 and doc.words[end + 1].text == ",")))))
               or w.lower.replace("’", "'") in tables.non_subjects or w.lower in tables.negations
               for w in between)


def capitalised(w: Word) -> bool:
    return w.text[:1].isupper()


def _name_continues(doc: Doc, end: int, verb: Word, tables: LanguageTables) -> bool:
    """Only capitalised words, and joiners between them, lie from after word `end` (a name's word) to the verb."""
    between = doc.words[end + 1:verb.i]
    return bool(between) and capitalised(doc.words[end]) and all(
        capitalised(w) or (w.lower in tables.organization_joiners and k + 1 < len(between)
                           and capitalised(between[k + 1]))
        for k, w in enumerate(between))


def _noun_before(doc: Doc, i: int) -> int | None:
    """The head of the noun phrase ending right before word i (across a comma)."""
    k = i - 1
    if k >= 0 and doc.words[k].text == ",":
        k -= 1
    if k < 0 or doc.words[k].sent != doc.words[i].sent or doc.words[k].upos not in ("NOUN", "PROPN"):
        return None
    w = doc.words[k]
    while w.rel in ("flat", "compound", "amod") and 0 <= w.head < w.i:
        w = doc.words[w.head]
    return _out_of_preposition(doc, w.i)


def _out_of_preposition(doc: Doc, i: int) -> int:
    """The object of a preposition inside an apposition is no relative's antecedent (`X, fleuriste depuis
    vingt ans, qui estime…`): the noun its phrase modifies is."""
    w = doc.words[i]
    while doc.kids(w.i, "case") and 0 <= w.head < w.i and doc.words[w.head].upos in ("NOUN", "PROPN") \
            and doc.words[w.head].sent == w.sent and (doc.words[w.head].rel == "appos" or (
                # (or set off after a name, where the person lives: `Marcia Forde, 63, of Bank Hall, who says`)
                doc.words[w.head].upos == "PROPN" and doc.set_off(w.i))):
        w = doc.words[w.head]
    return w.i


def _finite(doc: Doc, v: Word) -> bool:
    """A tensed verb group: a finite verb, or one with an auxiliary that is no infinitive (`is understood to have
    told MPs`: `told` is not tensed)."""
    return any(a.feats.get("VerbForm") != "Inf" for a in doc.kids(v.i, *AUX_RELS)) or v.feats.get("VerbForm") == "Fin" \
        or (v.rel == "root" and v.feats.get("VerbForm") == "Part" and not doc.kids(v.i, *AUX_RELS)
            and any(k.deprel == "nsubj" and k.i < v.i for k in doc.kids(v.i)))  # (`le principal, X, écrit que`: a
    # present the tagger read as a participle, its subject before it)


def subject_of(doc: Doc, v: Word, group: tuple[int, int], tables: LanguageTables
               ) -> tuple[int | None, bool, int | None]:
    """(subject word, inverted?, controller verb) of a reporting verb.

    Tries, in order: a valid nominal subject; an inverted clitic (`-t-il`); at an inversion site the noun
    phrase after the verb; the subject of a participial clause before the verb (`X, citant…, a rapporté`);
    then climbs to the governing verb for participles, infinitives and coordinated verbs.
    """
    speaker = _trailing_participle_speaker(doc, v, tables) or _participle_below_its_content(doc, v)
    if speaker is not None:
        return speaker
    named = _gerund_read_as_modifier(doc, v, tables)
    if named is not None:
        return named, False, None
    if v.rel == "amod" and v.head == v.i + 1 and v.i > 0 and doc.words[v.i - 1].text == "," \
            and doc.words[v.head].rel.startswith("nsubj"):
        # the verb read as an adjective of the clause's subject after it (`X, the cabinet member for environment,
        # insisted crews would not be asked…`): its subject is the phrase before the comma
        before = subject_before(doc, v, group[0], tables)
        if before is not None and person_like(doc.words[before], tables):
            return before, False, None
    headless = _verb_of_headless_sentence(doc, v, tables)
    if headless is not None:
        return headless, False, None
    if v.rel == "acl" and v.head >= 0 and _verb_of_apposed_name(doc, v):
        return doc.words[v.head].head, False, None
    absolute = _absolute_subject(doc, v, tables)
    if absolute is not None:  # (the main clause dates the saying)
        return absolute, False, v.head if v.head >= 0 else None
    quoted = quoted_as_saying(doc, v, tables)
    if quoted is not None:
        return quoted.i, False, v.head
    if narrative_infinitive(doc, v, tables):
        return None, False, None  # `Et d'ajouter : « … »`: the speaker is the one quoted just before
    current = v
    controller = None
    start, end = group
    for _ in range(4):
        if current is not v:  # (a verb climbed to, an incise of its own: `», a lancé X, avant de promettre de « … »`)
            own_start, own_end, _ = _group(doc, current, tables)
            if _after_closing_quote(doc, own_start, tables):
                start, end = own_start, own_end
        site = inversion_site(doc, current, start, tables)
        subject = _nsubj(doc, current, tables, site)
        if subject is None and site and current is v:
            subject = _subject_before_quotation(doc, v, tables)
        if current is v and (subject is None or (subject < v.i and not person_like(doc.words[subject], tables))):
            bare = _bare_role_before(doc, v, start, -1 if subject is None else subject, tables)
            subject = bare if bare is not None else subject
        if current is v and subject is None:
            subject = _subject_taken_for_object(doc, v, start, tables)
            if subject is None:
                subject = _reduced_relative_subject(doc, v)
            if subject is None:
                subject = _name_after_closing_mark(doc, v, start, tables)
            if subject is None:
                subject = _subject_given_to_a_slogan(doc, v, tables)
            if subject is None:
                subject = _subject_of_apposed_participle(doc, v, tables)
        if current is v and (subject is None or (subject < v.i and not person_like(doc.words[subject], tables))):
            named = _subject_after_conjunction(doc, v, tables)  # (over a parser's subject, only a name or a person)
            if named is not None and named != subject and (subject is None or doc.words[named].upos == "PROPN"
                                                           or person_like(doc.words[named], tables)):
                subject = named
        if subject is None and tables.subject_first_incises and current.i > 0 \
                and doc.words[current.i - 1].text in ("–", "—"):
            subject = _name_right_before(doc, current, tables)  # (`X – no relation – said`)
        if subject is not None and subject > current.i and tables.subject_first_incises:
            # (a subject after the verb right after a name is the reported clause's: `…, Energy Minister Sibusiso
            # Ntuli said Eskom "cannot be…"`, the name hung elsewhere)
            named = _name_right_before(doc, current, tables)
            subject = named if named is not None else subject
        apposed = None
        if current is v and subject is not None and subject < v.i:
            apposed = _name_apposed_before(doc, v, subject, tables)
            subject = apposed if apposed is not None else subject
        if current is v and subject is not None and subject < v.i and tables.subject_first_incises \
                and not person_like(doc.words[subject], tables):
            # (a person between a comma and a verb ending the sentence, over a thing the parser made the
            # subject: `…if the wind shifts, Kerry's Chief Fire Officer has said.`)
            after = _subject_after_comma(doc, v, start, tables)
            if after is not None and after > subject and person_like(doc.words[after], tables):
                subject = after
        # (a name set off before the verb closes an apposition: no incise, `Le préfet …, Koffi Amani Célestin, a
        # quant à lui invité les producteurs à « … »`)
        if subject is not None and subject < current.i and current is v and apposed is None \
                and _incise_inverts(doc, v, start, tables) \
                and not _closes_apposition(doc, subject, start, tables):
            inverted = inverted_subject(doc, current, end, tables)
            if inverted is not None and (person_like(doc.words[inverted], tables) or (
                    doc.words[inverted].upos == "NOUN" and is_demonym(doc.words[inverted].text, tables))):
                return inverted, True, controller  # `Une hausse qui…, indique l'institut`: not `hausse`; people
                # by their town (`Lubrizol, sept ans après : « … », témoignent des Rouennais`)
        if subject is not None and subject > current.i and current is v and site:
            inverted = inverted_subject(doc, current, end, tables)
            if inverted is not None and inverted < subject and person_like(doc.words[inverted], tables) \
                    and not person_like(doc.words[subject], tables):
                return inverted, True, controller  # (`a souri le Brestois …, la casquette vissée à l'envers`: the
                # parser's subject is an absolute phrase's noun)
        if subject is None and current is not v and current.rel == "conj" and _finite(doc, current):
            # (a climbed-to conjunct whose subject the parser gave a conjunction read as a preposition: `were left
            # stranded after the operator … suspended all services, saying…`)
            subject = _subject_after_conjunction(doc, current, tables)
        if subject is not None and current is not v and current.deprel == "acl:relcl" and current.head >= 0 and any(
                k.feats.get("PronType") == "Rel" for k in [doc.words[subject], *doc.kids(subject)]):
            # the verb hung on a relative clause the parser closed too late (`The Council, a trade group whose
            # members include…, warned`): the relative's antecedent
            subject = _described_by(doc, current.head, tables)
        if subject is not None and current is not v and v.rel == "conj" and current.rel in ("parataxis", "ccomp") \
                and current.head >= 0 and _number_disagrees(doc, v, doc.words[subject]):
            # a conjunct not agreeing with the subject of the clause it was hung on is coordinated with the verb
            # reporting that clause (`le groupement estime que les stocks … « pèsent lourdement » sur les cours,
            # et appelle l'Etat à « … »`)
            controller = current.head
            current = doc.words[current.head]
            continue
        if subject is not None:
            return subject, subject > current.i, controller
        for w in doc.words[max(0, current.i - 3):current.i + 3]:
            if w.sent == current.sent and w.start >= start and (clitic_pronoun(w, tables) or (
                    (m := CLITIC.match(w.lower)) and m.group(1) in tables.indefinite_pronouns)):
                return w.i, True, controller  # (also `indiquait-on`, whatever the parser made of `-on`)
        # participles and gerunds never invert their subject, nor do verbs whose noun phrase after them is
        # the addressee (`…, told Reuters`)
        incise_form = current is v and _misread_incise(doc, v, start, tables)
        fronted = _fronted_clause_subject(doc, current, tables)
        if site and fronted is None and tables.subject_first_incises:
            fronted = _name_with_apposed_role_before(doc, current, tables)
        if site and (_finite(doc, current) or incise_form) and current.lemma.lower() not in tables.addressee_verbs:
            inverted = inverted_subject(doc, current, end, tables)
            if inverted is not None and not (fronted is not None and person_like(doc.words[fronted], tables)
                                             and not person_like(doc.words[inverted], tables)):
                return inverted, True, controller
        # (`Plus optimiste, Claire Dumas-Léger, gérante…, juge la sanction…`: the parser gave the subject to the
        # fronted adjective)
        if fronted is not None:
            return fronted, False, controller
        if current is v and v.rel in ("conj", "parataxis", "acl", "xcomp", "advcl", "ccomp") \
                and tables.subject_first_incises:
            subject = _subject_after_comma(doc, v, start, tables)
            if subject is not None:
                return subject, False, None  # `…, people familiar with the deal said.`
        # (a conjunct before its head is a misparse whose head's subject is not its own: `X forecast… and
        # said P, as its chief executive warned…`)
        climbable = (current.rel == "conj" and current.head < current.i) or (
            current.rel in ("xcomp", "advcl", "acl", "ccomp") and not _finite(doc, current)) or (
            # (a second verb phrase after a comma, its subject shared: `Australia's central bank holds rates, says
            # it is 'not ruling anything out'`)
            current.rel == "parataxis" and 0 <= current.head < current.i and current.i > 0
            and doc.words[current.i - 1].text == "," and not doc.kids(current.i, *SUBJECT_RELS)
            and bool(doc.kids(current.head, "nsubj")))
        if _incise_conjunct(doc, current, group[0], tables):
            break  # `« P », assure X`, `« P », fait-on valoir`: an incise, not a verb coordinated with the quotation's
        if not climbable or current.head < 0:
            break
        controller = current.head
        current = doc.words[current.head]
        # (so does a participle of saying hung on the reported clause: `said the report was “sobering”, adding
        # that …`)
        continuing = (current.rel == "ccomp" or (current.rel == "advcl" and any(
            m.lower in tables.complementizers for m in doc.kids(current.i, "mark")))) \
            and controller == v.head and continuing_participle(doc, v, tables.sequel_markers) \
            and current.head >= 0 and reported_lemma(doc, doc.words[current.head], tables) is not None
        if current.rel in ("ccomp", "advcl") and current.head > 0 and (
                continuing or second_report(doc, doc.words[controller], v, tables)):
            controller = current.head  # `said the market was canceled and asked people…`: the saying's subject,
            current = doc.words[current.head]  # not the reported clause's
            own_start, own_end, _ = _group(doc, current, tables)
            subject, inverted, _ = subject_of(doc, current, (own_start, own_end), tables)
            if subject is not None:  # (however the saying found it: `The secretary, X, posted…` parsed as a
                return subject, inverted, current.i  # participle of the noun)
        if not group[0] <= current.start < group[1]:  # the light verb of `fait valoir` keeps the group
            start, end = current.start, current.end
    if tables.subject_first_incises and _name_after_quotation(doc, v.i, tables):
        return _name_before(doc, v.i), False, None  # `"…," House Minority Leader X (D-Calif.) posted on X.`
    if current is not v and v.rel == "conj" and v.head == current.i and tables.subject_first_incises \
            and current.deprel != "acl:relcl":
        # (a conjunct shares its head's subject however that one was found, in a language whose subject comes
        # first: `In a floor speech on Tuesday, Whitfield, who voted against …, called X “…” and accused Kellerman
        # of “…”`, Whitfield hung on Tuesday; not a relative's verb, whose subject is its antecedent's)
        own_start, own_end, _ = _group(doc, current, tables)
        subject, inverted, _ = subject_of(doc, current, (own_start, own_end), tables)
        if subject is not None and not inverted and subject < current.i:
            return subject, inverted, current.i
    return _fallback_subject(doc, v, group, tables)


def _number_disagrees(doc: Doc, v: Word, subject: Word) -> bool:
    """A finite verb and a noun subject of different grammatical number, the noun not coordinated."""
    number = v.feats.get("Number")
    return v.feats.get("VerbForm") == "Fin" and number is not None and subject.upos in ("NOUN", "PROPN") \
        and subject.feats.get("Number") not in (None, number) and not doc.kids(subject.i, "conj")


def _subject_given_to_a_slogan(doc: Doc, v: Word, tables: LanguageTables) -> int | None:
    """`Le groupe, qui avait déployé une banderole « Le maillot, ça se mouille », a annoncé que P`: the parser
    rooted the sentence in the quoted slogan, the verb a parataxis of it; the subject is the one before the
    opening mark."""
    if v.deprel != "parataxis" or v.head < 0 or v.head > v.i \
            or any(k.i > v.i and k.upos in ("NOUN", "PROPN") for k in doc.kids(v.i, "obj", "nsubj")):
        return None  # (not an incise, its subject inverted: `Le fabricant « ne pouvait ignorer » ces travaux,
        # souligne la juridiction`)
    head = doc.words[v.head]
    opening = next((w for w in reversed(doc.words[:head.i]) if w.sent == v.sent and w.upos == "PUNCT"
                    and w.text in tables.quote_pairs), None)
    if opening is None or any(closing_mark(w, tables) for w in doc.words[opening.i + 1:head.i]):
        return None
    return next((k.i for k in doc.kids(head.i, "nsubj") if k.i < opening.i and valid_subject(doc, k, tables)), None)


def _reduced_relative_subject(doc: Doc, v: Word) -> int | None:
    """`PFAS researchers not involved in the work said…`: a participle modifying the subject, parsed as a clause
    of the verb with the subject as its own; that subject is the verb's."""
    for k in doc.kids(v.i, "ccomp", "csubj", "advcl", "dep", "parataxis"):
        if k.i < v.i and k.upos == "VERB" and k.feats.get("VerbForm") == "Part" and not doc.kids(k.i, *AUX_RELS, "cop"):
            subject = next((s for s in doc.kids(k.i, "nsubj", "nsubj:pass") if s.i < k.i), None)
            if subject is not None and subject.upos in ("NOUN", "PROPN"):
                return subject.i
    return None


def _bare_role_before(doc: Doc, v: Word, group_start: int, subject: int, tables: LanguageTables) -> int | None:
    """A bare singular role noun right before the verb, after the parsed subject: a headline's subject that the
    parser hung elsewhere (`Oregon wildfire forces thousands to flee as sheriff warns: '…'`)."""
    k = v.i - 1
    while k > subject and doc.words[k].start >= group_start:
        k -= 1
    w = doc.words[k]
    if k > subject and w.sent == v.sent and w.upos == "NOUN" and w.feats.get("Number") != "Plur" \
            and not doc.kids(k, "det", "nmod:poss") \
            and (w.lemma.lower() in tables.title_nouns or w.lower in tables.title_nouns):
        return k
    return None


def _subject_taken_for_object(doc: Doc, v: Word, group_start: int, tables: LanguageTables) -> int | None:
    """A person's noun phrase right before a finite verb without subject, parsed as the object of a preposition
    that opens the clause (`… will close after its owner said she could no longer pay`): the verb's subject."""
    if not _finite(doc, v):
        return None
    k = v.i - 1
    while k >= 0 and doc.words[k].start >= group_start:
        k -= 1
    if k < 0:
        return None
    w = doc.words[k]
    if w.sent != v.sent or w.upos not in ("NOUN", "PROPN") or w.rel not in ("obl", "nmod", "obj") or w.head == v.i \
            or not person_like(w, tables) or not any(c.i < w.i for c in doc.kids(k, "case")):
        return None
    head = doc.words[w.head] if w.head >= 0 else None
    if head is not None and head.i < w.i and head.upos == "VERB" and not doc.kids(head.i, "aux", "aux:pass") and (
            head.feats.get("VerbForm") == "Part" or head.feats.get("Voice") == "Pass" or (
                v.rel == "parataxis" and v.head == head.i and doc.words[v.i - 1].upos != "PUNCT")):
        # the agent of a participle on the subject (`Analysts surveyed by Bloomberg said`, also read as a simple
        # past with the verb as its clause: `Economists contacted by The Straits Times said`): the participle's noun
        noun = head.head if head.rel in ("acl", "amod") else next((x.i for x in doc.kids(head.i, "nsubj", "nsubj:pass")
                                                                  if x.i < head.i), None)
        return noun if noun is not None and 0 <= noun < head.i and person_like(doc.words[noun], tables) else None
    return k


def _fronted_clause_subject(doc: Doc, v: Word, tables: LanguageTables) -> int | None:
    """The subject of a clause before the verb, with no conjunction, that the parser gave it (also when it made
    the verb a conjunct of that clause's adjective)."""
    if v.rel == "conj" and 0 <= v.head < v.i and doc.words[v.head].upos == "ADJ" and not doc.kids(v.i, "cc"):
        subject = _nsubj(doc, doc.words[v.head], tables, False)
        if subject is not None and v.head < subject < v.i:
            return subject
    for kid in doc.kids(v.i, "ccomp"):
        # `People familiar with the matter said` parsed as a small clause of the adjective: its subject
        if kid.upos == "ADJ" and kid.i < v.i and not doc.kids(kid.i, "cop") \
                and any(doc.kids(o.i, "case") for o in doc.kids(kid.i, "obl")) \
                and not any(doc.words[i].text == "," for i in range(kid.i, v.i)):
            subject = _nsubj(doc, kid, tables, False)
            if subject is not None:
                return subject
    for kid in doc.kids(v.i, "advcl", "acl", "parataxis", "dislocated"):
        opening = doc.words[min(doc.subtree(kid.i))].text
        if opening in tables.quote_pairs or opening in tables.quote_pairs.values():
            continue  # the quotation itself, parsed as a clause of its incise verb
        if kid.i < v.i and not doc.kids(kid.i, "mark") and not any(
                a.feats.get("PronType") == "Rel" or a.lower in tables.non_subjects for a in doc.kids(kid.i, "advmod")):
            # (not a relative clause of a place fronted before the subject: `In Beechfield, where the petition
            # gathered the most signatures, retired postman X said`)
            subject = _nsubj(doc, kid, tables, False)
            if subject is not None:
                return subject
    return None


def narrative_infinitive(doc: Doc, v: Word, tables: LanguageTables) -> bool:
    """`Et d'ajouter : « … »`, `Avant de lancer : « … »`: an infinitive opening its sentence with only a
    conjunction before its `de`."""
    if v.feats.get("VerbForm") != "Inf":
        return False
    sentence = doc.sentence_of(v.i)
    before = [w for w in doc.words[sentence.first:v.i] if w.upos != "PUNCT"]
    return bool(before) and before[-1].lower.replace("’", "'") in tables.infinitive_markers \
        and all(w.upos == "CCONJ" or w.lower in tables.adverbial_marks for w in before[:-1])


def quoted_as_saying(doc: Doc, v: Word, tables: LanguageTables) -> Word | None:
    """`Interfax quoted Dmitry Peskov as saying P`: the object of the verb above speaks, not its subject."""
    if not tables.predicative_marks or _finite(doc, v) or v.head < 0 or doc.kids(v.i, *SUBJECT_RELS) \
            or not any(m.lower in tables.predicative_marks for m in doc.kids(v.i, "mark")):
        return None
    objs = [o for o in doc.kids(v.head, "obj") if o.i < v.i and valid_subject(doc, o, tables)]
    return objs[-1] if objs else None


def _absolute_subject(doc: Doc, v: Word, tables: LanguageTables) -> int | None:
    """`…, with Chair Jerome Powell saying P`: the participle's subject is the object of `with` right before
    it, which the parser often hangs on the main verb instead."""
    if not tables.absolute_prepositions or _finite(doc, v) or doc.kids(v.i, *SUBJECT_RELS) or v.i == 0:
        return None
    x = doc.words[v.i - 1]
    while x.rel in ("flat", "compound", "amod") and x.i < x.head < v.i:
        x = doc.words[x.head]
    while x.rel in ("flat", "compound") and 0 <= x.head < x.i:
        x = doc.words[x.head]
    if x.rel not in ("obl", "nmod") or noun_phrase_end(doc, x.i) != v.i - 1 \
            or not any(c.lower in tables.absolute_prepositions for c in doc.kids(x.i, "case")):
        return None
    return x.i if valid_subject(doc, x, tables) else None


def _gerund_read_as_modifier(doc: Doc, v: Word, tables: LanguageTables) -> int | None:
    """`with governor Michele Bullock warning inflation remained…`: a gerund right after a person's name,
    parsed as an adjective of the noun after it, is said by that person (the noun opens what was said)."""
    if v.rel != "amod" or v.head != v.i + 1 or v.i == 0 or not v.lower.endswith("ing"):
        return None
    before = doc.words[v.i - 1]
    while before.rel in ("flat", "compound") and 0 <= before.head < before.i:
        before = doc.words[before.head]
    if before.sent != v.sent or before.upos not in ("PROPN", "NOUN") or not person_like(before, tables):
        return None
    return before.i


def _participle_below_its_content(doc: Doc, v: Word) -> tuple[int | None, bool, int | None] | None:
    """`The Treasurer hit back, saying the pick-up … had been driven by…`: a participle after a comma that the
    parser hung on the clause it reports, after it; the saying is the subject's of the finite verb before the
    comma."""
    if v.feats.get("VerbForm") not in ("Part", "Ger") or v.rel != "advcl" or v.head <= v.i or v.i == 0 \
            or doc.words[v.i - 1].text != ",":
        return None
    sentence = doc.sentence_of(v.i)
    verb = next((w for w in reversed(doc.words[sentence.first:v.i - 1]) if w.upos == "VERB" and _finite(doc, w)), None)
    subject = next((k for k in doc.kids(verb.i, "nsubj")), None) if verb is not None else None
    return (subject.i, False, verb.i) if subject is not None else None


def _trailing_participle_speaker(doc: Doc, v: Word, tables: LanguageTables
                                 ) -> tuple[int | None, bool, int | None] | None:
    """`X said P, adding that Q` / `X a déclaré que P, ajoutant que Q`: a participle after a comma that ends
    the sentence continues the saying of the reporting verb above it, wherever the parser hung it."""
    k = v.i - 1
    if k > 0 and doc.words[k].rel in ("mark", "case") and doc.words[k].head == v.i:
        k -= 1  # a gerund's `en` (`…, en rappelant que`)
    if _finite(doc, v) or k < 0 or doc.words[k].text != "," or _misread_incise(doc, v, v.start, tables):
        return None  # (`« … », écrit le fondateur`: an incise, not a participle continuing the quotation)
    sentence = doc.sentence_of(v.i)
    if any(doc.words[i].rel != "punct" for i in range(max(doc.subtree(v.i)) + 1, sentence.last + 1)):
        return None
    above = [a for a in doc.ancestors(v.i) if a.i < v.i]
    # a verb coordinated after the one the participle hangs on is the clause it follows (`…declared Villalba the
    # winner, but Marta Quintana refused to concede, saying…`): its subject says it
    nearest = next((w for w in reversed(doc.words[sentence.first:k]) if w.upos == "VERB" and w.rel == "conj"
                    and _finite(doc, w) and w.head in {a.i for a in above} and doc.kids(w.i, "nsubj")
                    and doc.kids(w.i, "cc")  # (with its conjunction: not a clause of what was said the parser
                    # coordinated with the verb, `said about 1,200 buildings, 46 schools … had been cut off`)
                    and not any(closing_mark(doc.words[x], tables) for x in range(w.i, k))  # (nor a quotation's)
                    and not doc.within(w.i, ("ccomp", "acl", "advcl"))), None)
    if nearest is not None and reported_lemma(doc, nearest, tables) is None:
        return doc.kids(nearest.i, "nsubj")[0].i, False, nearest.i
    # (the main clause's person says it, whatever verb came between: `Ortiz declined to say how many customers had
    # asked for refunds, saying only that P`)
    head = doc.words[v.head] if v.head >= 0 else None
    if head is not None and v.rel == "advcl" and head.rel == "root" and head.i < v.i \
            and reported_lemma(doc, head, tables) is None \
            and not any(closing_mark(doc.words[x], tables) for x in range(head.i, v.i)):  # (not a quotation's verb)
        own = next((k for k in doc.kids(head.i, "nsubj") if (k.upos == "PROPN" or person_like(k, tables))
                    and k.lower not in tables.first_second_person), None)
        if own is not None:
            return own.i, False, head.i
    # or the nearest one before it, when the parser made them siblings (`« … », a-t-il affirmé, promettant`)
    before = reversed(doc.words[sentence.first:v.i])
    for a in [*above, *before]:
        if reported_lemma(doc, a, tables) is not None:
            # (its subject however it is found: `…, a réagi sur BFMTV la ministre X, assurant que…`)
            start, end, clitic = _group(doc, a, tables)
            subject, inverted, _ = (clitic.i, True, None) if clitic is not None else subject_of(doc, a, (start, end),
                                                                                              tables)
            if subject is not None and _indefinite(doc.words[subject], tables):
                subject = place_source(doc, a, tables)  # `a-t-on indiqué rue de Grenelle, en rappelant que…`
            if subject is not None or a in above:
                return (subject, inverted, a.i) if subject is not None else None
    return None


def _fallback_subject(doc: Doc, v: Word, group: tuple[int, int], tables: LanguageTables
                      ) -> tuple[int | None, bool, int | None]:
    """When the parse gives no subject: an infinitive or participle takes the subject of the nearest
    ancestor that has one (`X était à Bruxelles pour exhorter…`); a finite verb takes the noun phrase
    right before its verb group."""
    head = doc.words[v.head] if v.head >= 0 else None
    if v.rel == "conj" and head is not None and (head.i > v.i or head.upos in ("NOUN", "PROPN")):
        # a misparsed conjunct (`X forecast… and said`, parsed after its head or on a noun): the sentence's
        # subject, or the noun the parse made the verb's partner
        for w in doc.words[doc.sentence_of(v.i).first:v.i]:
            if w.rel == "nsubj" and w.upos in ("NOUN", "PROPN") and valid_subject(doc, w, tables):
                return w.i, False, None
        if head.i < v.i and head.upos in ("NOUN", "PROPN") and valid_subject(doc, head, tables):
            return head.i, False, None
    if not _finite(doc, v):
        child = v
        for a in doc.ancestors(v.i):
            if _incise_conjunct(doc, child, group[0], tables):
                return None, False, None  # the verb above is the quotation's, not the incise's
            subject = _nsubj(doc, a, tables, False)
            if subject is not None:
                return subject, False, a.i
            child = a
        # the nearest nominal subject before it in the sentence, wherever the parser hung it
        for w in reversed(doc.words[doc.sentence_of(v.i).first:v.i]):
            if w.rel == "nsubj" and w.upos in ("NOUN", "PROPN") and valid_subject(doc, w, tables):
                return w.i, False, None
        return None, False, None
    return subject_before(doc, v, group[0], tables), False, None


def _subject_after_conjunction(doc: Doc, v: Word, tables: LanguageTables) -> int | None:
    """The one noun phrase between a conjunction of time or contrast and the verb is the verb's own subject,
    however the parser hung the two: the conjunction as the verb's mark, the phrase given to the clause below
    (`…, while a residents' group, X, said it was…`); or as the phrase's preposition, the phrase hung on the
    verb's governor (`X called it overdue, while a residents' group, Y, said P`) or on another subject (`Record
    812 patients on trolleys as INMO says P`)."""
    first = max(doc.sentence_of(v.i).first, v.i - 12)
    conjunction = next((w for w in reversed(doc.words[first:v.i])
                        if w.lower in tables.adverbial_marks and w.rel in ("mark", "case")), None)
    if conjunction is None or any(a.rel == "acl" and a.i < conjunction.i for a in doc.ancestors(conjunction.i)):
        return None  # (nor a preposition inside a relative: `X, a surgeon who ran Y before the merger, said`)
    span = range(conjunction.i + 1, v.i)
    if any(closing_mark(doc.words[k], tables) for k in span):
        return None  # (the conjunction is the quotation's: `« … Après vingt-deux ans de maison », lâche X`)
    comma = max((k for k in span if doc.words[k].text == ","), default=None)
    if conjunction.rel == "case" and comma is not None and comma + 1 < v.i - 1 and doc.words[v.i - 1].text != ",":
        # a preposition's phrase closed by its comma, the subject after it (`Seven weeks after the attack, county
        # and city officials say`, `officials` hung on `attack`)
        after = range(comma + 1, v.i)
        heads = [doc.words[k] for k in after if doc.words[k].rel != "punct" and doc.words[k].head not in after]
        return heads[0].i if len(heads) == 1 and heads[0].upos in ("NOUN", "PROPN") \
            and valid_subject(doc, heads[0], tables) else None
    heads = [doc.words[k] for k in span if doc.words[k].rel != "punct" and doc.words[k].head not in span]
    if len(heads) != 1 or conjunction.head != (v.i if conjunction.rel == "mark" else heads[0].i) \
            or heads[0].upos not in ("NOUN", "PROPN") or not valid_subject(doc, heads[0], tables):
        return None
    return heads[0].i


def _name_with_apposed_role_before(doc: Doc, v: Word, tables: LanguageTables) -> int | None:
    """`Speaking at a session …, Tran Duc Khiem, chairman of the Hanoi People's Committee, called …`: a name set off
    by commas with its role right before the verb is its subject, however the parser hung the two (in a language
    whose incises put the subject first, a verb after a role's comma inverts nothing)."""
    if v.i < 4 or doc.words[v.i - 1].text != ",":
        return None
    sent = doc.sentence_of(v.i)
    k = next((x for x in range(v.i - 2, max(sent.first, v.i - 14) - 1, -1) if doc.words[x].text == ","), None)
    if k is None or k - 1 < sent.first or not any(
            w.lemma.lower() in tables.title_nouns or profession_by_ending(w, tables) for w in doc.words[k + 1:v.i - 1]):
        return None
    w = _person_name_ending_at(doc, k - 1, tables)
    if w is None or w.i <= sent.first or doc.words[w.i - 1].text != ",":
        return None
    return w.i


def _name_apposed_before(doc: Doc, v: Word, subject: int, tables: LanguageTables) -> int | None:
    """`Uttar Pradesh’s food and civil supplies minister, Brijendra Pal Singh, said`, `A Senior Lecturer at …,
    University of Ghana, Dr X, observed`: a person's name set off by commas right before the verb, after the
    parser's subject when that is a common noun or a role, is the name of the one it describes (the parser hung
    the name elsewhere)."""
    s = doc.words[subject]
    # (before the verb's auxiliaries: `Le député de Port-Louis Sud …, Farhad Joomun, a dénoncé`)
    at = min([v.i] + [a.i for a in doc.kids(v.i, *AUX_RELS) if a.i < v.i and a.i > subject])
    # (also an adjective the parser made the subject with its article, a noun misread: `le principal du collège`)
    nominal = s.upos == "NOUN" or (s.upos == "ADJ" and s.rel == "nsubj" and bool(doc.kids(s.i, "det")))
    if at < 4 or doc.words[at - 1].text != "," or _before_comma_label(doc, at - 1) != at - 1 or not (
            nominal or s.lemma.lower() in tables.title_nouns or profession_by_ending(s, tables)):
        return None  # (not past a lawmaker's label: `Senate Majority Leader X, R-Ky., told`)
    w = _person_name_ending_at(doc, at - 2, tables)
    if w is None or w.i <= subject + 1 or w.sent != v.sent or w.head == subject or PARTY_LABEL.fullmatch(
            doc.words[w.i - 1].text + w.text):
        return None  # (hung on the subject already: the parser read it right, `Son voisin, Gérard Bonnet, accuse`)
    h = w.head
    for _ in range(12):  # (the name of a role the subject's complement holds: `le cabinet de la ministre des
        if h < 0 or h == subject:  # Affaires municipales, X, dit`)
            break
        if doc.words[h].rel.startswith("nmod") and (
                doc.words[h].lemma.lower() in tables.title_nouns or profession_by_ending(doc.words[h], tables)):
            return None
        h = doc.words[h].head
    if any(x.upos in ("VERB", "AUX") or x.feats.get("PronType") == "Rel" for x in doc.words[subject + 1:w.i]):
        return None  # a clause between them has its own people (`The governor, who spoke alongside …, Dr X, said`)
    if any(closing_mark(x, tables) for x in doc.words[doc.sentence_of(v.i).first:subject]):
        return None  # an incise after a quotation, its subject's role and name apposed (`"…," the city's director of
        # planning, Hugh Abernathy, said`): the parser's reading stands
    first = w.i
    while first - 1 > subject and doc.words[first - 1].text in tables.honorifics:
        first -= 1
    if doc.words[first - 1].text != "," or any(x.text in ("“", "”", '"', "«", "»") for x in doc.words[subject:w.i]):
        return None
    return w.i


def _name_right_before(doc: Doc, v: Word, tables: LanguageTables) -> int | None:
    """The person's name ending right before the verb, its head (no incise inverts after a name), also before an
    aside between dashes (`Italian interior minister Raffaele Conti – no relation – said`)."""
    k = v.i - 1
    if k > 0 and doc.words[k].text in ("–", "—"):
        k = next((x for x in range(k - 1, max(0, k - 8), -1) if doc.words[x].text == doc.words[v.i - 1].text), 0) - 1
    w = _person_name_ending_at(doc, k, tables) if k >= 0 and doc.words[k].sent == v.sent else None
    return w.i if w is not None else None


def _person_name_ending_at(doc: Doc, k: int, tables: LanguageTables) -> Word | None:
    """The head of the capitalised name whose last word is k, where it can name a speaker."""
    w = doc.words[k]
    if w.upos != "PROPN" or not capitalised(w):
        return None
    while w.rel.startswith("flat") and 0 <= w.head < w.i:
        w = doc.words[w.head]
    return w if valid_subject(doc, w, tables) and person_like(w, tables) else None


def _subject_after_comma(doc: Doc, v: Word, group_start: int, tables: LanguageTables) -> int | None:
    """`…, people familiar with the deal said.`: a verbless noun phrase between a comma and a verb that ends
    its sentence is that verb's subject, however the parser attached it."""
    sentence = doc.sentence_of(v.i)
    own = set(doc.subtree(v.i))
    # (an addressee may follow: `…, three people familiar with the matter told Reuters.`)
    if any(w.upos != "PUNCT" and w.i not in own for w in doc.words[v.i + 1:sentence.last + 1]) \
            or any(k.i > v.i and not (k.rel == "obj" and v.lemma.lower() in tables.addressee_verbs
                                      and (k.upos == "PROPN" or person_like(k, tables)))
                   for k in doc.kids(v.i, "ccomp", "obj", "xcomp")):
        return None
    k = v.i - 1
    while k >= sentence.first and doc.words[k].text != ",":
        k -= 1
    span = [w for w in doc.words[k + 1:v.i] if w.start < group_start]
    if k < sentence.first or not span or len(span) > 8 or any(w.upos in ("VERB", "AUX") for w in span):
        return None
    nominal = [w for w in span if w.upos in ("NOUN", "PROPN", "PRON") and valid_subject(doc, w, tables)]
    # the phrase's head: its subject, else the noun the verb hangs on as a clause (`…, the country's largest
    # teaching union announced`), else a noun whose head lies outside the phrase
    ids = {w.i for w in span}
    subject = next((w for w in nominal if w.rel == "nsubj"), None) \
        or next((w for w in nominal if w.i == v.head), None) \
        or next((w for w in nominal if w.head not in ids), nominal[0] if nominal else None)
    return subject.i if subject is not None else None


def _name_after_closing_mark(doc: Doc, v: Word, group_start: int, tables: LanguageTables) -> int | None:
    """`“…,” Khalid Al Mheiri, Director-General of the RTA, told a briefing`: a name right after the closing mark
    and its apposition set off before the verb is the speaker, where the parser made the name a subject inside
    the quotation (in a language whose incises put the subject first)."""
    if not tables.subject_first_incises or v.i < 2 or doc.words[v.i - 1].text != "," or not _finite(doc, v):
        return None
    closers = set(tables.quote_pairs.values())
    k = v.i - 2
    while k >= 0 and doc.words[k].sent == v.sent and doc.words[k].text not in closers:
        if doc.words[k].upos in ("VERB", "AUX") or doc.words[k].start >= group_start:
            return None
        k -= 1
    if k < 0 or doc.words[k].sent != v.sent or k + 2 >= v.i or doc.words[k - 1].text != ",":
        return None
    end = k + 1
    while end + 1 < v.i and doc.words[end + 1].upos == "PROPN" and doc.words[end + 1].rel == "flat":
        end += 1
    name = doc.words[k + 1]
    return name.i if name.upos == "PROPN" and name.text[:1].isupper() and doc.words[end + 1].text == "," else None


def _incise_inverts(doc: Doc, v: Word, group_start: int, tables: LanguageTables) -> bool:
    """A finite reporting verb right after a comma, in a language whose incises always invert their subject
    (French): a noun phrase before the comma is the statement's, not the verb's subject."""
    return not tables.subject_first_incises and _finite(doc, v) \
        and doc.text[:group_start].rstrip().endswith(",") and v.lemma.lower() not in tables.addressee_verbs


def _closes_apposition(doc: Doc, subject: int, group_start: int, tables: LanguageTables) -> bool:
    """The comma before the verb group closes an apposition to its subject (`Son voisin, Gérard Bonnet,
    accuse…`): no incise, whose statement would come before the comma."""
    k = subject
    while k + 1 < len(doc.words) and doc.words[k + 1].end <= group_start:
        k += 1
    while k > subject and doc.words[k].text == ",":
        k -= 1
    inside = set(doc.subtree(subject))
    for _ in range(len(doc.words)):  # up from the last word before the comma to the subject
        if k < 0 or k == subject:
            return False
        # (also hung on the subject's complement: `le député de la 5e circonscription du Finistère, Tangi Le Gall,`)
        # (or a clause set off after it: `le député X, élu dans le 4e arrondissement, a accusé le gouvernement`; not
        # one a quotation follows: `Une fille, prénommée Rose, « … », sourit X`)
        if doc.words[k].head in inside and (doc.words[k].rel == "appos" or _stressed_aside(doc, k, tables) or (
                doc.words[k].rel == "acl" and doc.set_off(k) and not any(
                    c in doc.text[doc.words[k].start:group_start] for c in ("»", "”", '"')))):
            return True
        k = doc.words[k].head
    return False


def profession_by_ending(w: Word, tables: LanguageTables) -> bool:
    """A profession the tables lack, known by its ending (`hydrogeologist`, `cardiologue`); the tagger reads some as a
    participle (`Thomas Chabal, castanéiculteur lui aussi,`), an ending no participle has."""
    return (w.upos == "NOUN" or (w.upos == "VERB" and w.feats.get("VerbForm") == "Part")) \
        and w.lower.endswith(tables.title_suffixes)


def fold(s: str) -> str:
    """Casefolded, accents stripped, typographic apostrophes unified: for comparing names and titles."""
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def is_demonym(text: str, tables: LanguageTables) -> bool:
    """A capitalised word with a nationality noun's ending (`Slovène`, `Spaniard`)."""
    return bool(tables.demonym_suffixes) and text[:1].isupper() and fold(text).endswith(tables.demonym_suffixes)


def person_like(w: Word, tables: LanguageTables) -> bool:
    """A word that can name a speaker: a name, a role, a person or organisation noun."""
    lemma = w.lemma.lower()
    return w.upos == "PROPN" or lemma in tables.title_nouns or w.lower in tables.title_nouns \
        or lemma in tables.person_nouns or lemma in tables.organization_nouns \
        or profession_by_ending(w, tables)


def fronted_role_subject(doc: Doc, w: Word, tables: LanguageTables) -> Word | None:
    """`Sage-femme à Loches depuis douze ans, elle a vu…`: a role with no article fronted before a pronoun
    subject of the same verb is said of the pronoun's person (the parser makes both subjects, or the role a clause
    and the pronoun an impersonal's: `Ingénieur à Lausanne, il s'en sort`); that pronoun."""
    if w.upos not in ("NOUN", "PROPN") or not (w.rel.startswith("nsubj") or (
            # (a clause of the parser's: a role, not a relation, `Mère de quatre enfants, elle`)
            w.rel == "advcl" and w.lemma.lower() not in tables.parent_nouns and (
                w.lemma.lower() in tables.title_nouns or w.lemma.lower().endswith(tables.title_suffixes)))) \
            or w.head < 0 \
            or doc.kids(w.i, "det") \
            or not person_like(w, tables) or (w.upos == "PROPN" and w.lemma.lower() not in tables.title_nouns
                                              and w.lower not in tables.title_nouns):
        return None
    return next((k for k in doc.kids(w.head, "nsubj", "expl:subj") if k.i > w.i and k.upos == "PRON"
                 and k.feats.get("PronType") == "Prs" and doc.words[k.i - 1].text == ","), None)


def fronted_role_of(doc: Doc, pronoun: Word, tables: LanguageTables) -> Word | None:
    """The role fronted before a pronoun subject (`Sage-femme à Loches depuis douze ans, elle`), if any."""
    return next((k for k in doc.kids(pronoun.head, "nsubj", "advcl")
                 if fronted_role_subject(doc, k, tables) is pronoun), None) if pronoun.head >= 0 else None


def _incise_conjunct(doc: Doc, w: Word, group_start: int, tables: LanguageTables) -> bool:
    """A verb of the incise's group that the parser coordinated with the quotation's verb before it."""
    return w.rel == "conj" and w.start <= group_start + 1 and _after_closing_quote(doc, min(w.start, group_start),
                                                                                    tables)


def continuing_participle(doc: Doc, v: Word, sequels: frozenset[str] = frozenset()) -> bool:
    """A present participle or gerund after a comma (`…, adding that`, `…, ajoutant que`, `…, tout en relevant`:
    its own marks may stand between), or an infinitive of what came next (`…, avant d'ajouter que`)."""
    form = v.feats.get("VerbForm")
    start = v.start
    k = v.i - 1
    marks = set()
    while k >= 0 and doc.words[k].head == v.i and doc.words[k].rel in ("mark", "advmod", "case"):
        start, k = doc.words[k].start, k - 1
        marks.add(doc.words[k + 1].lower)
    return (form == "Ger" or (form == "Part" and v.feats.get("Tense") == "Pres")
            or (form == "Inf" and bool(marks & sequels))) \
        and doc.text[:start].rstrip(SPACES).endswith(",")


def _misread_incise(doc: Doc, v: Word, start: int, tables: LanguageTables) -> bool:
    """A form the tagger took for a bare participle right after `», ` is the incise's finite verb (`« … », avertit
    Mathieu Plane`); a present participle is not (`”, adding that…`)."""
    return not doc.kids(v.i, *AUX_RELS) and _after_closing_quote(doc, start, tables) and not (
        v.feats.get("VerbForm") == "Ger" or (v.feats.get("Tense") == "Pres" and v.lower.endswith(("ing", "ant"))))


def _after_closing_quote(doc: Doc, position: int, tables: LanguageTables) -> bool:
    before = doc.text[:position].rstrip()
    return before.endswith(",") and before[:-1].rstrip().endswith(tuple(tables.quote_pairs.values()))


def subject_before(doc: Doc, v: Word, group_start: int, tables: LanguageTables) -> int | None:
    """The noun phrase right before the verb group, across an apposition's closing comma
    (`Le porte-parole, Dmitri Peskov, a affirmé`)."""
    k = v.i - 1
    while k >= 0 and doc.words[k].sent == v.sent and (
            doc.words[k].start >= group_start or doc.words[k].upos == "ADV"
            or doc.words[k].lower.replace("’", "'") in tables.non_subjects):
        k -= 1
    if k > 0 and doc.words[k].text == "," and closing_mark(doc.words[k - 1], tables):
        return None  # `« … », lâche un régleur`: before the verb is the quotation, no subject
    opening = next((c for c in range(k - 1, doc.sentence_of(v.i).first, -1) if doc.words[c].text == ","), None) \
        if k > 0 and doc.words[k].text == "," else None
    # `Vukic, asked about the last possession, said:`, `Le président du collectif, joint par Jeune Afrique, dit`:
    # a participle's clause set off after the subject (its agent is no subject)
    participle = opening is not None and doc.words[opening + 1].upos == "VERB" \
        and (doc.words[opening + 1].feats.get("VerbForm") == "Part"
             or doc.words[opening + 1].feats.get("Tense") == "Past") \
        and doc.words[opening - 1].upos in ("PROPN", "NOUN", "PRON")
    first_of_phrase = next((w for w in doc.words[opening + 1:k] if w.upos not in ("DET", "ADJ")), None) \
        if opening is not None else None
    # `Smith, who heads the union, told Reuters`, `The couple, who are expecting a child in January, said`, `X, a
    # former software engineer who spent a decade at Motorola, told`: not a name ending the relative
    # (the innermost relative clause opening on a pronoun after a person, else the outermost clause: not a
    # participle inside it, `the U.S. Chamber of Commerce, which filed a brief backing the challengers, said`, nor
    # a relative on a thing, `X, who founded a social enterprise that employs…, said`)
    # (a clause running on across commas is the parser's: `la leçon qu'il donnait salle Buñuel, son président, le
    # cinéaste X, a affirmé`)
    clauses = [w for w in doc.words[doc.sentence_of(v.i).first:k]
               if w.rel == "acl" and w.head < w.i and max(doc.subtree(w.i)) == k - 1
               and not any(x.text == "," for x in doc.words[w.i:k])] \
        if k > 0 and doc.words[k].text == "," else []
    relative = next((w for w in reversed(clauses) if any(c.feats.get("PronType") == "Rel" for c in doc.kids(w.i))
                     and (n := _noun_before(doc, min(doc.subtree(w.i)))) is not None
                     and person_like(doc.words[n], tables)), clauses[0] if clauses else None)
    if first_of_phrase is not None and first_of_phrase.upos == "NOUN" and doc.words[opening - 1].upos == "PROPN" \
            and first_of_phrase.lemma.lower() in tables.title_nouns:
        k = opening - 1  # a role set off after the name, ending on a name of its own (`Oleksii Tkachuk,
        # spokesperson for Ukraine's Air Force, said`, however parsed)
    elif k > 0 and doc.words[k].text == "," and doc.words[k - 1].upos == "PROPN" and not participle \
            and relative is None:
        k -= 1
    elif k > 0 and doc.words[k].text == ",":
        if relative is not None:  # its antecedent is the noun before it, whatever the parser hung it on
            opening = min(i for i in doc.subtree(relative.i) if doc.words[i].rel != "punct")
            k = _noun_before(doc, opening) or relative.head
        elif opening is not None and (participle or (
                doc.words[opening + 1].upos == "ADP" and doc.words[opening - 1].upos == "PROPN")):
            k = opening - 1  # (or a phrase of whom they act for: `Aoife Brannigan SC, for the alliance, argued`)
        else:  # `Tim Cook, Apple's chief executive, said`: the name the closing apposition describes
            m = k - 1
            # (across a second description coordinated in the apposition: `X, a 61-year-old olive grower and no
            # relation to the minister, says`)
            while doc.words[m].rel in ("flat", "compound", "amod", "nmod", "appos", "conj") \
                    and 0 <= doc.words[m].head < m and doc.words[m].rel != "appos":
                m = doc.words[m].head
            start = min((i for i in doc.subtree(m) if doc.words[i].rel != "punct"), default=m)
            if doc.words[m].rel == "appos" and start >= 2 and doc.words[start - 1].text == "," \
                    and doc.words[start - 2].upos == "PROPN":
                k = start - 2  # (the name right before it, whatever the parser hung it on: `In the groves outside
                # Jaén, X, a grower, says`, the apposition given to the place)
            elif doc.words[m].rel == "appos" and 0 <= doc.words[m].head < m \
                    and doc.words[doc.words[m].head].upos in ("PROPN", "NOUN"):
                k = doc.words[m].head
    if k > 0 and doc.words[k].text == ")":  # `Éric Ciotti (LR) a affirmé`
        while k > 0 and doc.words[k].text != "(" and doc.words[k].sent == v.sent:
            k -= 1
        k -= 1
    if k < 0 or doc.words[k].sent != v.sent:
        return None
    w = doc.words[k]
    if name_read_as_word(doc, w):
        return w.i  # (`"…," Yoo said`, `Yoo` read as an interjection)
    if w.upos not in ("PROPN", "NOUN") or not valid_subject(doc, w, tables):
        return None
    while w.rel in ("flat", "compound") and w.head >= 0:
        w = doc.words[w.head]
    while w.rel == "nmod" and doc.kids(w.i, "case") and 0 <= w.head < w.i and doc.words[w.head].sent == v.sent \
            and doc.words[w.head].upos in ("PROPN", "NOUN"):
        w = doc.words[w.head]  # `Chuck Schumer of New York said`: the name, not the place of its phrase
    return w.i


def name_read_as_word(doc: Doc, w: Word) -> bool:
    """A capitalised word inside its sentence the tagger read as an interjection or a foreign word, tagged a name
    elsewhere in the text (`KMA spokesperson Yoo Seung-beom` … `"…," Yoo said`)."""
    return w.upos in ("INTJ", "X") and w.text[:1].isupper() and len(w.text) > 1 \
        and w.i > doc.sentence_of(w.i).first and any(x.upos == "PROPN" and x.text == w.text for x in doc.words)


def _incise_by_form(doc: Doc, w: Word, tables: LanguageTables) -> Cue | None:
    """`…", note le journal.`, `», tacle-t-il`: a reporting-verb form mistagged (NOUN, ADJ) after a comma,
    followed by its inverted subject, is a reporting verb whatever its tag."""
    if w.upos in ("VERB", "AUX") or w.lower not in tables.verb_forms:
        return None
    before = doc.text[:w.start].rstrip()
    # (or after a quotation closed on its own `?` or `!`, no comma needed: `« … ? » demande-t-elle`)
    if not before.endswith(",") and not (before.endswith(("»", "”")) and before[:-1].rstrip().endswith(("?", "!"))):
        return None
    k = w.i + 1
    if k + 1 < len(doc.words) and doc.words[k].lower == "-t":
        k += 1  # (the euphonic `-t` a tokenizer splits off: `souffle` `-t` `-il`)
    nxt = doc.words[k] if k < len(doc.words) else None
    if nxt is not None and nxt.sent == w.sent and clitic_pronoun(nxt, tables):
        return Cue(w.i, tables.verb_forms[w.lower], w.start, nxt.end, nxt.i, True, None)  # `», tacle-t-il`
    subject = inverted_subject(doc, w, w.end, tables)
    if subject is None or doc.words[subject].i <= w.i:
        return None
    return Cue(w.i, tables.verb_forms[w.lower], w.start, w.end, subject, True, None)


def _attributive_participle(doc: Doc, w: Word) -> bool:
    """A bare participle between a number or determiner and a noun modifies the noun, whatever the parse
    (`reported 1,274 confirmed cases`, `the announced plan`)."""
    if not (w.feats.get("VerbForm") == "Part" or w.feats.get("Tense") == "Past") or doc.kids(w.i, *AUX_RELS) \
            or doc.kids(w.i, *SUBJECT_RELS) or w.i == 0 or w.i + 1 >= len(doc.words):
        return False  # (taggers may call it a finite past)
    before, after = doc.words[w.i - 1], doc.words[w.i + 1]
    return before.sent == w.sent == after.sent and before.upos in ("NUM", "DET") and after.upos == "NOUN"


def _passive_participle(doc: Doc, w: Word, tables: LanguageTables) -> bool:
    """A past participle opening its sentence with no auxiliary and no subject of its own (taggers may call
    it a finite past: no subject-less finite verb opens a statement)."""
    tense = w.feats.get("Tense")
    if w.upos != "VERB" or not (tense == "Past" or (tense is None and w.feats.get("VerbForm") == "Part")):
        return False
    if tense is None and tables.present_participle_endings and w.lower.endswith(tables.present_participle_endings):
        return False  # a present participle without its tense (`with several lawmakers warning they…`)
    if doc.kids(w.i, "aux", "cop", "nsubj", "expl"):
        return False
    if doc.kids(w.i, "obl:agent") and doc.text[:w.start].rstrip().endswith(","):
        return True  # `…, a corrigé le ministre, interrogé par Le Parisien`: asked, not asking
    if _verb_of_headless_sentence(doc, w, tables) is not None:
        return False
    if auxiliary_cut_off(doc, w, tables) is not None:
        return False  # `a pour sa part dénoncé`, the participle hung on `part`: a compound tense
    if w.deprel == "acl" and w.head >= 0 and doc.words[w.head].upos in ("NOUN", "PROPN") \
            and not _verb_of_apposed_name(doc, w):
        # `dans un communiqué publié lundi par le Festival`: the noun's modifier reports nothing; but a
        # speaker's phrase after a comma with the verb ending the sentence is an incise (`P, the union announced`),
        # and so is a name right after a quotation (`"…," House Minority Leader X (D-Calif.) posted on X.`)
        return not (tables.subject_first_incises and (
            (person_like(doc.words[w.head], tables) and _subject_after_comma(doc, w, w.start, tables) == w.head)
            or _name_after_quotation(doc, w.i, tables) or _description_after_quotation(doc, w, tables)))
    sentence = doc.sentence_of(w.i)
    first = next((x for x in doc.words[sentence.first:w.i + 1] if x.upos != "PUNCT"), None)
    return first is not None and first.i == w.i


def _verb_of_apposed_name(doc: Doc, w: Word) -> bool:
    """`Gareth Whitlow, Lancashire County Council's head of highways, accepted under questioning that P`: the
    parser found no main verb and hung the verb on the apposed role; with the name as the sentence's root and a
    comma before the verb, it is the name's verb."""
    role = doc.words[w.head]
    if role.rel != "appos" or role.head < 0 or w.i == 0 or doc.words[w.i - 1].text != ",":
        return False
    name = doc.words[role.head]
    return name.upos == "PROPN" and name.head < 0 and name.i < role.i < w.i


def auxiliary_cut_off(doc: Doc, w: Word, tables: LanguageTables) -> Word | None:
    """The finite auxiliary a short phrase separates from its participle, which the parser hung on that phrase
    (`Le ministère a pour sa part dénoncé…`, `Washington a de son côté dit…`)."""
    if w.feats.get("VerbForm") != "Part" or w.rel not in ("acl", "advcl", "xcomp") or doc.kids(w.i, *AUX_RELS):
        return None
    for k in range(w.i - 2, max(-1, w.i - 6), -1):
        x = doc.words[k]
        if x.sent != w.sent or (x.upos in ("VERB", "AUX") and x.lemma.lower() not in tables.perfect_auxiliaries):
            return None
        if x.lemma.lower() in tables.perfect_auxiliaries and x.feats.get("VerbForm") == "Fin" \
                and w.i in doc.subtree(x.i) and all(doc.words[j].upos in ("ADP", "DET", "NOUN", "ADV", "PRON", "PUNCT")
                                                     for j in range(k + 1, w.i)):
            return x
    return None


def _description_after_quotation(doc: Doc, w: Word, tables: LanguageTables) -> bool:
    """`"…," the 54-year-old added.`: verb w ends its sentence right after the noun phrase it hangs on, which
    follows a quotation closed with a comma; the phrase is the incise's subject."""
    head = doc.words[w.head]
    phrase = set(doc.subtree(head.i)) - set(doc.subtree(w.i))
    k = w.i - 1
    while k > 0 and k in phrase and not closing_mark(doc.words[k], tables):
        k -= 1
    after = doc.words[w.i + 1] if w.i + 1 < len(doc.words) else None
    return k > 0 and closing_mark(doc.words[k], tables) and doc.words[k - 1].text in (",", "?", "!") \
        and head.i > k and (after is None or after.sent != w.sent or after.upos == "PUNCT")


def _name_after_quotation(doc: Doc, i: int, tables: LanguageTables) -> bool:
    """Word i follows a name (and its party label in brackets or commas) that follows a quotation closed with a
    comma."""
    k = i - 1
    if k >= 0 and doc.words[k].text == ")":
        while k >= 0 and doc.words[k].text != "(" and i - k < 8:
            k -= 1
        k -= 1
    k = _before_comma_label(doc, k)
    names = 0
    while k >= 0 and doc.words[k].upos == "PROPN" and capitalised(doc.words[k]):
        names, k = names + 1, k - 1
    closing = set(tables.quote_pairs.values())
    return names > 0 and k >= 1 and (
        (doc.words[k].text in closing and doc.words[k - 1].text == ",")
        or (doc.words[k].text == "," and doc.words[k - 1].text in closing))


def _before_comma_label(doc: Doc, k: int) -> int:
    """The word before a lawmaker's party-and-state label set off by commas and ending at word k (`Chuck
    Schumer, D-N.Y., said`), else k."""
    if k >= 2 and doc.words[k].text == "," and doc.words[k - 2].text == "," \
            and PARTY_LABEL.fullmatch(doc.words[k - 1].text):
        return k - 3
    return k


def _name_before(doc: Doc, i: int) -> int:
    """The head of the name right before word i (past its bracketed label): the word whose head lies outside."""
    k = i - 1
    if doc.words[k].text == ")":
        while doc.words[k].text != "(":
            k -= 1
        k -= 1
    k = _before_comma_label(doc, k)
    last = k
    while k - 1 >= 0 and doc.words[k - 1].upos == "PROPN" and capitalised(doc.words[k - 1]):
        k -= 1
    return next((x for x in range(k, last + 1) if not k <= doc.words[x].head <= last), last)


def _verb_of_headless_sentence(doc: Doc, w: Word, tables: LanguageTables) -> int | None:
    """`The transport secretary, Helen Okonjo-Price, posted on X that …` parsed as one noun phrase (its root
    the role, the verb a participle modifying it): in a sentence with no verb of its own, a participle after
    the comma closing the subject's apposition is the main verb; returns that subject."""
    head = doc.words[w.head] if w.deprel == "acl" and w.head >= 0 else None
    while head is not None and head.rel in ("appos", "flat") and head.head >= 0 and doc.set_off(w.i):
        head = doc.words[head.head]  # (hung on the name's apposition: `Sen. X, R-N.D., a senior member of the
        # committee, predicted on Tuesday that…`)
    if head is None or head.rel != "root" or not person_like(head, tables) \
            or not doc.text[:w.start].rstrip().endswith(","):
        return None
    if any(c in doc.text[head.end:w.start] for c in tables.quote_pairs.values()):
        return None  # (a noun inside the quotation before an incise: `« C'est mon banquier qui… », souffle X`)
    if any(k.rel in ("nsubj", "aux", "cop") for k in doc.kids(w.i)):
        return None
    return head.i


def _negated(doc: Doc, v: Word, tables: LanguageTables) -> bool:
    """A negation adverb before the verb (`did not say`, `n'a pas dit`), or after it with a negation particle
    before (`ne dit pas`); not a `not` the parser hung on the verb from a quotation after it, nor one
    from the quotation or the phrase set off before it (`« Une fusion ? Jamais », a tranché X`)."""
    closers = set(tables.quote_pairs.values()) | set("".join(tables.quote_pairs.values()))
    # (nor one a comma sets off before an incise: `avant d'envoyer les avis, pas après, concède-t-il`)
    kids = [k for k in doc.kids(v.i, "advmod")
            if not (k.i < v.i and any(c in closers or c == "," for c in doc.text[k.end:v.start]))]
    if any(k.i < v.i and k.lower in tables.negation_adverbs for k in kids):
        return True
    return any(k.i < v.i and k.lower in tables.negations for k in kids) and any(
        k.i > v.i and k.lower in tables.negation_adverbs for k in kids)


def _indefinite(w: Word, tables: LanguageTables) -> bool:
    """`on`, `-t-on`, or an auxiliary fused with it (`a-t-on`)."""
    m = CLITIC.match(w.lower)
    fused = FUSED.match(w.lower)
    pronoun = m.group(1) if m else fused.group("pron") if fused else w.lower
    return pronoun in tables.indefinite_pronouns


def _names_someone(w: Word, tables: LanguageTables) -> bool:
    """A place phrase's noun that can stand for speakers (`à Bercy`, `dans l'entourage du ministre`), not an
    adverbial locution's (`on salue au contraire`)."""
    return w.lemma.lower() not in tables.adverbial_nouns and w.lower not in tables.adverbial_nouns


def place_source(doc: Doc, v: Word, tables: LanguageTables) -> int | None:
    """`estime-t-on à Bercy`, `indique-t-on dans l'entourage du ministre`: the noun phrase of the place
    phrase right after a verb whose subject is indefinite (None without one)."""
    for w in doc.words[v.i + 1:v.i + 5]:
        if w.sent != v.sent or w.upos == "PUNCT":
            break
        if w.upos == "ADP" and w.lower in tables.source_place_prepositions and w.head > w.i \
                and doc.words[w.head].upos in ("NOUN", "PROPN") \
                and not any(w.head in doc.subtree(o.i) for o in doc.kids(v.i, "obj", "ccomp", "xcomp")) \
                and _names_someone(doc.words[w.head], tables) \
                and not _authorless_statement(doc, doc.words[w.head], tables):
            return w.head  # (not the object's complement: `dément toute volonté de …`, nor the clause's; nor the
            # statement it was said in, naming no author: `À l'Élysée, on a salué dans un communiqué « … »`)
        if w.lower in tables.street_nouns and w.upos == "NOUN" and any(
                n.upos == "PROPN" for n in doc.kids(w.i, "nmod", "flat", "appos")):
            return w.i  # `a-t-on indiqué rue de Grenelle`: the ministry there
    # fronted: `Chez Renault, on estime que…`, `Du côté du FLNKS, on dit…`
    for kid in doc.kids(v.i, "obl"):
        if kid.i > v.i or kid.upos not in ("NOUN", "PROPN") or is_date(kid, tables):
            continue
        if kid.lower in tables.source_place_prepositions:  # `côté`: the place is its complement
            kid = next((n for n in doc.kids(kid.i, "nmod") if n.upos in ("NOUN", "PROPN")), None)
            if kid is not None:
                return kid.i
        elif any(c.lower in tables.source_place_prepositions for c in doc.kids(kid.i, "case")):
            return kid.i
    # the antecedent of a relative of place (`… à Bercy, où l'on assure que…`)
    if v.deprel == "acl:relcl" and v.head >= 0 and doc.words[v.head].upos in ("NOUN", "PROPN") \
            and any(k.lower in tables.place_relatives and k.i < v.i for k in doc.kids(v.i)):
        return v.head
    # a bare place name opening the sentence (`Rue de Grenelle, on assure que…`: the ministry there)
    for kid in doc.kids(v.i, "obl", "vocative", "dislocated"):
        sub = doc.subtree(kid.i)
        last = max(i for i in sub if doc.words[i].rel != "punct")
        if kid.i < v.i and sub[0] == doc.sentence_of(v.i).first and doc.words[sub[0]].text[:1].isupper() \
                and not doc.kids(kid.i, "case") and kid.upos in ("NOUN", "PROPN") and not is_date(kid, tables) \
                and last + 1 < len(doc.words) and doc.words[last + 1].text == ",":
            return kid.i
    return None


def _authorless_statement(doc: Doc, w: Word, tables: LanguageTables) -> bool:
    """A statement noun with no author in its phrase (`dans un communiqué diffusé mardi`; not `dans le communiqué
    publié par la mairie`, `le communiqué de la mairie`)."""
    return w.lemma.lower() in tables.statement_nouns and not any(
        k.upos in ("NOUN", "PROPN") for k in doc.kids(w.i, "nmod")) and not any(
        doc.kids(p.i, "obl:agent") for p in doc.kids(w.i, "acl"))


def _learned_from(doc: Doc, w: Word, tables: LanguageTables) -> Cue | None:
    """`…, a-t-on appris de source policière`, `a-t-on appris auprès de la préfecture`: the writer learned it
    from a source, who is the speaker (only with the indefinite subject, and a source named after the verb)."""
    if w.upos != "VERB" or w.lemma.lower() not in tables.sourced_verbs:
        return None
    return _indefinite_sourced(doc, w, tables)


def _read_in(doc: Doc, w: Word, tables: LanguageTables) -> Cue | None:
    """`the statement read`, `« … », peut-on lire dans un communiqué de la mairie`: a statement's words as
    read, its author the speaker (the statement is the subject, or the source after an indefinite subject)."""
    if w.upos != "VERB" or w.lemma.lower() not in tables.reading_verbs or _negated(doc, w, tables):
        return None
    subject = next((k for k in doc.kids(w.i, "nsubj") if k.lemma.lower() in tables.statement_nouns), None)
    if subject is not None:
        start, end, _ = _group(doc, w, tables)
        return Cue(w.i, w.lemma.lower(), start, end, subject.i, subject.i > w.i, None)
    cue = _indefinite_sourced(doc, w, tables)
    return cue if cue is not None and doc.words[cue.subject].lemma.lower() in tables.statement_nouns else None


def _indefinite_sourced(doc: Doc, w: Word, tables: LanguageTables) -> Cue | None:
    """A cue whose subject is indefinite (`-t-on`) and whose speaker is the source named after the verb."""
    indefinite = next((k for k in doc.words[max(0, w.i - 2):w.i + 2]
                       if k.sent == w.sent and k.i != w.i and _indefinite(k, tables)), None)
    source = place_source(doc, w, tables) if indefinite is not None else None
    if indefinite is None or source is None:
        return None
    start, end, _ = _group(doc, w, tables)
    return Cue(w.i, w.lemma.lower(), min(start, indefinite.start), max(end, indefinite.end), source, True, None)


def _document_antecedent(doc: Doc, k: Word, tables: LanguageTables) -> bool:
    """A pronoun taking up a document or data the sentence before named (`Les données … confirment l'ampleur du
    repli. Elles montrent que P`, `… une étude … Celle-ci conclut que P`): its main clause's subject if a personal
    pronoun (not `la juridiction estime que l'étude « … ». Elle relève que`), anywhere in it if a demonstrative one;
    of the pronoun's number and gender."""
    if k.upos != "PRON" or k.feats.get("Person", "3") != "3" or k.sent == 0:
        return False
    before = doc.sentences[k.sent - 1]
    nouns = [w for w in doc.words[before.first:before.last + 1] if w.upos == "NOUN"
             and (w.lemma.lower() in tables.finding_subjects or w.lower in tables.finding_subjects)
             and w.feats.get("Number") == k.feats.get("Number")
             and k.feats.get("Gender") in (None, w.feats.get("Gender", k.feats.get("Gender")))]
    latter = k.feats.get("PronType") == "Dem" \
        or tables.latter_anaphor(doc.words[k.i - 1].text if k.i > 0 else "", k.text) is not None
    return any(latter or (w.rel.startswith("nsubj") and doc.words[w.head].rel == "root") for w in nouns)


def _says_nothing(doc: Doc, v: Word, tables: LanguageTables) -> bool:
    """The infinitive of a verb of refusal or preparation (`declined to say whether…`, `a refusé de confirmer…`,
    `is preparing to ask`), a verb whose complement makes it an act (`pleaded guilty`), a passive without agent
    (`is expected to have its second reading`: no one says it), the verb of a question put to someone
    (`Asked whether No 10 expected a rebellion`), one that puts a question (`asked whether P`), a finding
    (`The report found`), a verb that reports only a clause, without one (`held talks`), one inside a
    coordinated complement clause (`and that he found Q`), or a verb of naming made reflexive (`s'appelle`)."""
    if any((v.lemma.lower(), k.lemma.lower()) in tables.act_complements for k in doc.kids(v.i)):
        return True
    if v.lemma.lower() in tables.reflexive_naming_verbs and _reflexive(doc, v, tables):
        return True  # a name given, no words said (`Le logiciel s'appelle « Sillon »`)
    if v.rel == "conj" and any(m.lower in tables.complementizers and c.i < m.i < v.i
                               for m in doc.kids(v.i, "mark") for c in doc.kids(v.i, "cc")):
        return True  # a second complement clause, content of the first's verb (`said P, and that he found Q`)
    if any((v.lemma.lower(), c.lower) in tables.act_prepositions for k in doc.kids(v.i, "obl", "xcomp")
           if k.i > v.i for c in doc.kids(k.i, "case", "mark")):
        return True
    if any(k.deprel == "aux:pass" for k in doc.kids(v.i)) and not doc.kids(v.i, "expl") \
            and not _reflexive(doc, v, tables) \
            and not any(k.deprel == "obl:agent" or (k.rel == "obl" and k.lower in ("by", "par"))
                        for k in doc.kids(v.i)):
        return True
    if any(m.lower in tables.interrogative_marks for m in doc.kids(v.i, "mark")) and v.rel in ("ccomp", "advcl") \
            and v.head >= 0 and doc.words[v.head].lemma.lower() in tables.reporting_verbs:
        return True
    if any(_reported_question(doc, v, k, tables) for k in doc.kids(v.i, "ccomp", "advcl")):
        return True  # `asked whether P`, `demande si P`: a question, nothing asserted
    # (the subject of a relative clause is its antecedent: `A 2024 study that reported a bacterium…`)
    subjects = [doc.words[v.head] if k.lower in tables.relative_subjects and v.deprel == "acl:relcl" else k
                for k in doc.kids(v.i, "nsubj")]
    if v.i > 0 and doc.words[v.i - 1].text == ",":  # (an inverted one parsed as the object: `…, montrent les
        subjects += [k for k in doc.kids(v.i, "obj") if k.i > v.i]  # résultats d'un essai`)
    # (a gerund read as a clause of the verb: `Testing by a state-certified lab found that P`)
    subjects += [k for k in doc.kids(v.i, "csubj", "advcl") if k.i < v.i and k.feats.get("VerbForm") in ("Ger", "Part")
                 and not doc.kids(k.i, "nsubj", "mark")]
    # (or the subject of a participle before it that the parser made its head or its clause: `A KIET study
    # released in September found that P`, `A survey published last month …, titled “…”, found that P`)
    if not doc.kids(v.i, "nsubj"):
        participles = [w for w in [doc.words[v.head]] * (v.head >= 0) + doc.kids(v.i)
                       if w.i < v.i and w.upos == "VERB" and not doc.kids(w.i, *AUX_RELS)]
        subjects += [k for w in participles for k in doc.kids(w.i, "nsubj", "nsubj:pass")]
    if (reported_lemma(doc, v, tables) or v.lemma.lower()) in tables.finding_verbs and any(
            k.lemma.lower() in tables.finding_subjects or k.lower in tables.finding_subjects
            or _document_antecedent(doc, k, tables) for k in subjects):
        return True  # `The report found that P`, `Les courriels montrent que P`: a finding, no one's statement
    if v.lemma.lower() in tables.clause_only_verbs and not doc.kids(v.i, "ccomp"):
        return True  # `held talks`, `held a banner reading "…"`: an act
    if v.rel == "acl" and v.feats.get("VerbForm") == "Inf" and v.head >= 0 and doc.words[v.head].upos == "NOUN" \
            and not doc.kids(v.i, "nsubj"):
        return True  # an infinitive a noun takes (`any reason to think otherwise`, `rien à dire`): no one says it
    if any(m.lower in tables.privative_marks and 0 < v.i - m.i <= 2 for m in doc.kids(v.i, "mark", "case")):
        return True  # `sans dire s'il siégerait…`, `without saying whether…`
    # (not in an incise, where the intention is a manner of saying: `« … », veut croire son directeur`)
    return v.rel == "xcomp" and v.head >= 0 \
        and doc.words[v.head].lemma.lower() in tables.refusal_verbs | tables.prospective_verbs \
        and not _after_closing_quote(doc, doc.words[min([v.head] + [a.i for a in doc.kids(v.head, *AUX_RELS)])].start,
                                     tables)


def _reported_question(doc: Doc, v: Word, clause: Word, tables: LanguageTables) -> bool:
    """A clause after v that is v's question: a complement clause with an interrogative mark, or an adverbial
    one after a verb of asking (after another verb, `if P` is a condition: `says cuts likely if P`, and so is
    one beside a complementizer's clause, `a affirmé que si P, Q`, or after a comma, `said P, whether or not Q`,
    or a quotation's: `“…,” the governor added, “is not whether P”`)."""
    first = doc.words[min((i for i in doc.subtree(clause.i) if doc.words[i].upos != "PUNCT"), default=clause.i)]
    if clause.i > v.i and v.lemma.lower() in tables.question_verbs and first.feats.get("PronType") == "Int" \
            and clause.rel == "ccomp":
        return True  # `asks why stubble fires are still burning`, `demande pourquoi P`
    return clause.i > v.i and any(m.lower in tables.interrogative_marks for m in doc.kids(clause.i, "mark")) \
        and ((clause.rel == "ccomp" and "," not in doc.text[v.end:first.start])
             or v.lemma.lower() in tables.question_verbs) \
        and not any(m.lower in tables.complementizers for k in doc.kids(v.i, "ccomp", "advcl")
                    for m in doc.kids(k.i, "mark"))


def displayed(doc: Doc, w: Word, tables: LanguageTables) -> bool:
    """Verb w says what a thing displays (`une banderole proclamant`, `a placard that read`): a slogan."""
    if w.upos != "VERB" or not tables.sign_nouns:
        return False
    holders = [doc.words[w.head]] if w.rel == "acl" and w.head >= 0 else []
    for k in doc.kids(w.i, "nsubj"):  # (the antecedent of a relative: `a sign that read`)
        if k.i > w.i:
            continue  # (an apposition the parser made a second subject: `…, the company said, the latest sign`)
        holders.append(doc.words[w.head] if k.lower in tables.relative_subjects and w.head >= 0 else k)
    if w.i > 0 and w.feats.get("VerbForm") in ("Part", "Ger"):
        holders.append(doc.words[w.i - 1])  # (its participle right after it, however parsed)
        noun = doc.words[w.i - 1]  # (or after the place of the sign: `signs outside the company's offices reading`)
        while noun.rel == "nmod" and 0 <= noun.head < noun.i:
            noun = doc.words[noun.head]
            holders.append(noun)
    # (or where the words are read: `Sur la banderole, on pouvait lire : « … »`)
    holders += [k for v in [w] + ([doc.words[w.head]] if w.rel == "xcomp" and w.head >= 0 else [])
                for k in doc.kids(v.i, "obl") if k.i < w.i]
    return any(h.upos == "NOUN" and h.lemma.lower() in tables.sign_nouns for h in holders)


def _manner_of_saying(doc: Doc, w: Word, tables: LanguageTables) -> bool:
    """A bare present participle set off after a verb of saying it hangs on (`she said, laughing`, `lance-t-il,
    souriant`): nothing of its own is said."""
    if w.head < 0 or w.head > w.i or w.feats.get("VerbForm") not in ("Ger", "Part") or w.feats.get("Tense") == "Past":
        return False
    if doc.kids(w.i, "ccomp", "obj", "xcomp", "parataxis", "nsubj", "obl", "advcl", "conj"):
        return False
    after = doc.words[w.i + 1] if w.i + 1 < len(doc.words) else None
    return doc.words[w.i - 1].text == "," and (after is None or after.sent != w.sent or (
        after.upos == "PUNCT" and after.text not in (":", ",", "-", "–", "—"))) \
        and reported_lemma(doc, doc.words[w.head], tables) is not None  # (not `, writing: “…”`)


def find_cues(doc: Doc, tables: LanguageTables) -> list[Cue]:
    cues = []
    for w in doc.words:
        lemma = reported_lemma(doc, w, tables)
        if lemma is None:
            fused = fused_inversion(w, tables)
            if fused is not None:
                pronoun = doc.text[fused[1]:fused[2]].lower()
                subject = place_source(doc, w, tables) if pronoun in tables.indefinite_pronouns else w.i
                cues.append(Cue(w.i, fused[0], w.start, w.end, subject, True, None))
            elif (incise := _incise_by_form(doc, w, tables)) is not None:
                cues.append(incise)
            elif (sourced := _learned_from(doc, w, tables) or _read_in(doc, w, tables)) is not None:
                cues.append(sourced)
            continue
        if _passive_participle(doc, w, tables) or _attributive_participle(doc, w) or displayed(doc, w, tables):
            continue  # `Asked whether…, Smith said`, `Cité par l'AFP, X…`: the subject was asked, not asking
        if _negated(doc, w, tables) or _says_nothing(doc, w, tables):
            continue  # `n'a pas précisé si…`, `did not confirm`, `declined to say`: nothing was said
        if _manner_of_saying(doc, w, tables):
            continue  # `she said, laughing`: how the saying went, not a saying of its own
        if any(quoted_as_saying(doc, k, tables) is not None and reported_lemma(doc, k, tables) is not None
               for k in doc.kids(w.i, "advcl", "xcomp")):
            continue  # `quoted X as saying`: the saying is the cue
        start, end, clitic = _group(doc, w, tables)
        if clitic is not None:
            subject, inverted, controller = clitic.i, True, None
        else:
            subject, inverted, controller = subject_of(doc, w, (start, end), tables)
            if subject is not None and subject > w.i and w.feats.get("VerbForm") == "Inf" and controller is not None \
                    and controller > subject:
                # `Avant d'ajouter, un sourire en coin: « … »`: an infinitive has no subject after it; the parser
                # hung it on the quotation's verb, whose phrase it took for the subject
                subject, controller = None, None
        if subject is not None and subject < w.i and doc.words[subject].lower in tables.negative_pronouns \
                and doc.words[subject].upos == "PRON":
            continue  # `rien ne garantit que…`, `Nobody disputes that…`: no one says it
        indefinite = subject is not None and _indefinite(doc.words[subject], tables)
        if subject is None:  # an inverted `-on` the parser did not make the subject (`fait-on valoir`)
            indefinite = any(_indefinite(k, tables) for k in doc.words[max(0, w.i - 3):w.i + 2]
                             if k.sent == w.sent and start <= k.start < max(end, w.end + 1)) \
                or any(_indefinite(k, tables) for k in doc.kids(w.i, "nsubj"))  # `Chez Renault, on estime`
        if indefinite:
            subject = place_source(doc, w, tables)  # `fait-on valoir chez Renault`, `On estime à Bercy que`
            if subject is None and controller is not None:  # (the light verb's: `Au cabinet du ministre, on fait
                subject = place_source(doc, doc.words[controller], tables)  # savoir que…`)
            # (`a` `-t` `-on` `précisé`: the parser's nsubj before the participle is still an inversion)
            inverted = inverted or any(k.text.startswith("-") and _indefinite(k, tables)
                                       for k in doc.words_in(start, max(end, w.end)))
        cues.append(Cue(w.i, lemma, start, end, subject, inverted, controller))
    return cues
