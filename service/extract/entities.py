"""Mentions -> referents inside one document: full names, surnames, honorifics, titles, pronouns.

A referent is keyed by the fullest name the document gives (`Antony Blinken`); `M. Blinken`, `Blinken`,
`le secrétaire d'État` (a title it was given) and pronouns resolve to it. Titles are read from the surface
around a name (`le porte-parole du Conseil, John Kirby`; `Gladkov, gouverneur de la région`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from service.extract.cues import (
    PARTY_LABEL,
    clitic_pronoun,
    fold,
    fused_inversion,
    is_acronym,
    is_demonym,
    name_read_as_word,
    person_like,
    profession_by_ending,
)
from service.extract.cues import capitalised as _cap
from service.extract.doc import Doc, Word
from service.lang import LanguageTables, role_form

NP_RELS = {"det", "amod", "flat", "compound", "nmod", "appos", "nummod", "case", "fixed", "punct"}
TITLE_WORD_UPOS = {"NOUN", "ADJ", "ADP", "DET", "PROPN", "PUNCT", "X"}


@dataclass
class Referent:
    name: str
    kind: str
    titles: list[tuple[str, int, int]] = field(default_factory=list)  # (text, start, end)
    gender: str | None = None  # from a stated title (`la ministre`) or a resolved pronoun
    described: bool = False  # known only by a description (`A senior NHS manager`): its role is its name
    nationalities: set[str] = field(default_factory=set)  # as described (`the Spaniard`), folded
    own_role: tuple[str, int, int] | None = None  # the office a role-only mention names (`le président de la
    # République`): its title when nothing else gives one, never carried to a person the mention is found to mean
    letters: tuple[str, int, int] | None = None  # an office written in letters after the name (`X SC`, `Y MP`): the
    # title when no role is stated in words, and no office that keeps a description from meaning them

    @property
    def title(self) -> tuple[str, int, int] | None:
        return self.titles[0] if self.titles else None


def form_of_address(title: str, tables: LanguageTables) -> bool:
    """A title that is only how the person is addressed (`docteur`, `Dr.`, `Col`): a role stated in words goes
    before it."""
    return fold(title) in tables.address_titles or title in tables.role_honorifics


def former_office(title: str, tables: LanguageTables) -> bool:
    """A title of an office held before (`a former Finnish prime minister`, `ex-ministre`)."""
    return re.split(r"[\s-]", fold(title), maxsplit=1)[0] in tables.past_office_modifiers


def current_titles(ref: Referent, tables: LanguageTables) -> list[tuple[str, int, int]]:
    """The referent's titles but those of an office held before."""
    return [t for t in ref.titles if not former_office(t[0], tables)]


@dataclass(frozen=True)
class Mention:
    """A speaker mention as written, with its referent."""

    text: str
    start: int
    end: int
    referent: Referent
    pronoun: bool


def _possessive_organization_end(words: list[Word], j: int, tables: LanguageTables) -> int | None:
    """The last word of an organisation's name that goes on past a plural owner's possessive mark after word j
    (capitalised words, joiners and more owners up to a word such as `Trust` or `Association`); None when
    the mark does not sit inside such a name."""
    k = j + 1
    if k >= len(words) or words[k].start != words[j].end:
        return None
    owner, mark = words[j].text.lower(), words[k].text
    # (also an irregular plural's `'s`: `the Maine Lobstermen’s Association`, `Children's Hospital`)
    if not ((mark in tables.possessive_marks and owner.endswith("s")) or (
            mark[:1] in tables.possessive_marks and mark[1:] == "s" and owner.endswith(("men", "children", "people")))):
        return None
    for k in range(j + 2, min(j + 8, len(words))):
        word = words[k]
        if word.sent != words[j].sent:
            return None
        if _cap(word) and fold(word.text) in tables.organization_name_words:
            return k
        if not (_cap(word) or word.text in tables.organization_joiners or (
                word.text in tables.possessive_marks and word.start == words[k - 1].end)):
            return None
    return None


def keyword_list(text: str, tables: LanguageTables) -> bool:
    """A page's list of keywords (`Tags: Fisheries, Kenai Peninsula`): no sentence to read."""
    label, colon, _ = text.lstrip().partition(":")
    return bool(colon) and label.strip().casefold() in tables.keyword_labels


def name_runs(doc: Doc, tables: LanguageTables) -> list[tuple[int, int]]:
    """Maximal runs of proper-noun words (inclusive word index ranges), honorifics excluded; none in a list of
    keywords, whose names are topics."""
    runs = []
    i = 0
    words = doc.words
    listed = {s.index for s in doc.sentences if keyword_list(doc.text[s.start:s.end], tables)}
    while i < len(words):
        w = words[i]
        if w.sent in listed:
            i += 1
            continue
        if i > 0 and words[i - 1].text in (",", "(") and re.fullmatch(r"[A-Z]-", w.text) and i + 1 < len(words) \
                and words[i + 1].start == w.end and PARTY_LABEL.fullmatch(w.text + words[i + 1].text):
            i += 2  # a lawmaker's party and place split by the tokenizer (`Curtis Vang, R-Auburn,`): no name
            continue
        if (w.upos == "PROPN" or _opens_name(words, i) or _heads_a_name(doc, w) or _named_by_noun(words, i, tables)
                or _given_name_read_as_noun(doc, i, tables)
                or name_read_as_word(doc, w)
                or (w.upos == "ADJ" and w.lower in tables.name_adjectives and w.rel == "amod" and w.head == i + 1
                    and words[i + 1].upos == "PROPN" and _cap(words[i + 1]))) \
                and _cap(w) \
                and w.text not in tables.honorifics \
                and not w.text.startswith("@") \
                and not _plural_role_opening(words, i, tables):
            j = i
            while j + 1 < len(words) and words[j + 1].sent == w.sent:
                nxt = words[j + 1]
                if nxt.text in tables.honorifics and not (
                        nxt.text.isalpha() and nxt.upos == "PROPN" and words[j].upos == "PROPN"
                        and (j + 2 >= len(words) or not (_cap(words[j + 2]) or words[j + 2].text == "."))):
                    break  # (a surname spelt like an abbreviated form of address ends a name: `Abhijit Sen,`)
                if is_acronym(words[j]) != is_acronym(nxt) and not (
                        tables.given_name_initials and j == i and _cap(nxt)
                        and (len(w.text) == 2 or re.fullmatch(r"(?:[A-Z]\.){2,3}", w.text))) \
                        and not _acronym_compound(words, j, i) \
                        and not (is_acronym(nxt) and fold(nxt.text) in tables.organization_name_words):
                    break  # `l'AFP Jean Martin`: an acronym is not part of a person's name (`JD Vance` is; `Sterling
                    # Ames LLP` names a firm)
                if (nxt.upos == "PROPN" and (_cap(nxt) or (nxt.text.split("-")[0] in tables.name_particles
                                             and "-" in nxt.text))) or (
                        _cap(nxt) and nxt.upos in ("NOUN", "ADJ", "X", "VERB") and nxt.deprel.startswith("flat")) or (
                        _cap(nxt) and nxt.upos == "ADJ" and nxt.rel == "amod" and i <= nxt.head <= j) or (
                        _cap(nxt) and (_opens_name(words, j + 1)  # `British Medical Association`
                                       or _heads_a_name(doc, nxt))):  # `First Minister Eluned Morgan`
                    # `Amnesty International`: a capitalised adjective of the name is part of it
                    j += 1
                elif (end := _nickname_end(words, j, tables)) is not None:
                    j = end  # `Leroy “Bunny” Knowles`: a nickname in marks inside the name
                elif _joins_hyphenated(words, j, inside=j > i):
                    j += 2  # `Jean-Pierre` split by the tokenizer into `Jean` `-` `Pierre`
                elif words[j].text.endswith("-") and nxt.start == words[j].end and nxt.text.isalpha() \
                        and len(nxt.text) <= 4 and (nxt.upos in ("PROPN", "NOUN", "X") or nxt.text.islower()):
                    j += 1  # `Chiu Man-hon` split after its hyphen (`Seo Ji-won`, `won` read as a verb)
                elif words[j].text.endswith(("'", "’")) and nxt.start == words[j].end and nxt.text.isalpha() \
                        and nxt.text.islower() and len(nxt.text) <= 2:
                    j += 1  # `Le Floc'h` split after its apostrophe as if elided: one name
                elif (end := _possessive_organization_end(words, j, tables)) is not None:
                    j = end  # `Northbridge City Supporters' Trust`, `Nevada Sheriffs' and Chiefs' Association`
                elif nxt.text in tables.organization_joiners and j + 2 < len(words) \
                        and words[j + 2].sent == w.sent and _cap(words[j + 2]) \
                        and words[j + 2].upos in ("PROPN", "NOUN", "ADJ") \
                        and words[j + 2].lower not in tables.weekdays and words[j + 2].lower not in tables.months \
                        and any(fold(words[k].text) in tables.organization_name_words
                                for k in range(i, _capitalised_end(words, j + 2) + 1)) \
                        and (j == i or nxt.upos != "ADP" or any(fold(words[k].text) in tables.organization_name_words
                                                                for k in range(i, j + 1))):
                    j += 2  # `Bank of America`, `Committee on Finance`, `International Association of Machinists`,
                    # `the Irish Nurses and Midwives Organisation` (not `The Council on Monday`; nor a person's name
                    # before the firm: `Lee Ji-hoon of Namsan Securities`)
                elif nxt.lower in tables.inner_name_particles and _inner_particle_joins(words, i, j, tables):
                    j += 2  # `Amélie de Montchalin`, `Valéry Giscard d'Estaing`, `Bill de Blasio`
                elif nxt.text in tables.name_particles:
                    k = j + 1
                    while k < len(words) and words[k].text in tables.name_particles:
                        k += 1  # `von der`
                    if k + 1 < len(words) and words[k].text in ("-", "‐") and words[k].start == words[k - 1].end \
                            and words[k + 1].start == words[k].end:
                        k += 1  # `Bachar al-Assad`, `Majed al-Ansari`
                    if k < len(words) and words[k].sent == w.sent and _cap(words[k]) \
                            and words[k].upos in ("PROPN", "NOUN", "X"):
                        j = k  # `Le Maire`, `von der Leyen`
                    else:
                        break
                else:
                    break
            titled = i > 1 and j - i >= 2 and words[i - 1].upos == "DET" and words[i - 1].text[:1].isupper() \
                and words[i - 2].upos == "ADP" and words[i - 2].text[:1].islower() and _cap(words[i + 1]) \
                and "\n" not in doc.text[words[i - 2].end:words[i - 1].start]  # (not a heading's last word)
            if j - i >= 2 and ("-" in words[i].text.strip("-") or titled) and i > 0 \
                    and words[i - 1].upos in ("ADP", "DET") and (words[i - 1].text[:1].islower() or titled):
                # a hyphenated place, or a title with its article, after a preposition, then a person (`à
                # Ouest-France François Gourand`, `de la Haute-Garonne Mathieu Rivière`, `à L'Avenir Jean Vanbel`):
                # two names
                runs.append((i, i))
                i += 1
            # (two conjuncts of one head side by side, the second a full name: `Minister for Sustainability and
            # the Environment Chua Li Ting`, `MMC for Roads and Transport Lindiwe Maluleke-Khoza`)
            sibling = next((k for k in range(i + 1, j + 1) if words[k].rel == words[k - 1].rel == "conj"
                            and words[k].head == words[k - 1].head and doc.kids(k, "flat")), None)
            if sibling is not None:
                runs.append((i, sibling - 1))
                i = sibling
            split = _after_prepositional_object(words, i, j, tables)
            if split is not None:  # `Secretary of State Marco Rubio`: `State` belongs to `of`
                runs.append((i, split - 1))
                i = split
            opening = i
            given = j == i + 1 and i > 0 and words[i - 1].upos == "NOUN" and words[i - 1].text.islower() \
                and is_title_word(words[i - 1], tables)  # `Senior meteorologist Dean Narramore`: after a role in
            # lowercase, a capitalised role word opening a two-word name is a given name; so is a role word that is
            # a common given name, opening a name without an article (`Dean Hollis, leader of the group`, `Pape Samba
            # Guèye`)
            given = given or (j > i and words[i].lower in tables.given_name_roles
                              and (i == 0 or words[i - 1].upos not in ("DET", "ADJ", "NOUN", "PROPN")))
            # (and a role word right after an honorific stating the role: `Rep. Prince O. Wesseh`)
            given = given or (j > i + 1 and i > 0 and words[i - 1].text in tables.role_honorifics
                              and words[i - 1].text.endswith(".") and is_title_word(words[i], tables)
                              and _cap(words[i + 1]))
            # (an organisation's name may open on a role word: `Student Borrower Protection Center`)
            body = fold(words[j].text) in tables.organization_name_words
            while i < j and not given and not body and (is_title_word(words[i], tables)
                                                        or _leading_demonym(words, i, tables)):
                i += 1  # `Secrétaire Antony Blinken`, `l'Espagnol Rodri`: the role is not part of the name
            # (a singular role before capitalised words that are no organisation's: `Machinists and Aerospace
            # Workers` stays one name)
            role = max((k for k in range(i, j - 1) if not (given and k == i) and is_title_word(words[k], tables)
                        and words[k].feats.get("Number") != "Plur" and _cap(words[k + 1])
                        and not any(fold(w.text) in tables.organization_name_words for w in words[k + 1:j + 1])),
                       default=None)
            if role is not None:
                i = role + 1  # `Foreign Secretary David Lammy`: a title-case role before a full name
            if _title_article(words, i):
                i -= 1  # `selon le quotidien L'Équipe`, `d'après Le Monde`: the article is part of the name
            if i == j and is_title_word(words[i], tables):
                i = j + 1  # `Le PDG a jugé`: a role written in capitals is no name
                continue
            heads = [k for k in range(i, j + 1) if not i <= words[k].head <= j]
            if opening < i < j and heads == [j] and is_title_word(words[j], tables) and not body \
                    and all(words[k].rel in ("compound", "amod") for k in range(i, j)):
                i = j + 1  # `Kerry's Chief Fire Officer`: capitalised words compounded between two role words
                continue  # are the role
            if is_title_word(words[j], tables) and j + 1 < len(words) and words[j + 1].upos == "ADP" \
                    and words[j + 1].text.islower() and words[j + 1].sent == w.sent:
                i = j + 1  # `US Secretary of State Marco Rubio`: a role that goes on past the capitals is no name
                continue
            if not _photo_credit(doc, i, j, tables):
                runs.append((i, j))
            i = j + 1
        else:
            i += 1
    return _known_given_names(doc, runs)


def _photo_credit(doc: Doc, i: int, j: int, tables: LanguageTables) -> bool:
    """A name ending a caption's line after a credit's separator (`DDM - Thierry Bordas`, `Photo RL/Marc Wirth`,
    `© Radio France - Léa Hoffmann`, `(Photograph by Lorenzo Simons)`) or right after its `©` (`© Julien Ferrand /
    Paris Match`): the photographer, whom a later `le technicien` must not take for the person the caption shows."""
    words = doc.words
    line_start = doc.text.rfind("\n", 0, words[i].start) + 1
    line_end = doc.text.find("\n", words[j].end)
    before = [w for w in words[max(0, i - 6):i] if w.start >= line_start]
    if not before:
        return False
    if before[-1].text == "©":
        return True
    rest = doc.text[words[j].end:len(doc.text) if line_end < 0 else line_end]
    if len(before) >= 2 and before[-1].lower in tables.agent_prepositions \
            and before[-2].lower in tables.credit_words and not rest.strip(" )."):
        return True  # (`(Photograph by Lorenzo Simons)`)
    if before[-1].text not in ("-", "–", "/") or rest.strip(" )") or len(before) < 2:
        return False
    credit = before[-2].text
    return (credit.isupper() and len(credit) > 1 and credit.isalpha()) \
        or any(w.text.lower() in tables.credit_words for w in before[:-1])


def _known_given_names(doc: Doc, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A run whose capitalised word before it, tagged something else (`Claire` read as an adjective), makes
    with it a full name the text writes elsewhere as one run: that name."""
    words = doc.words
    known = {" ".join(w.text for w in words[i:j + 1]) for i, j in runs if j > i}
    out = []
    for i, j in runs:
        before = words[i - 1] if i > 0 else None
        if before is not None and before.upos in ("ADJ", "NOUN", "VERB", "X") and _cap(before) \
                and before.sent == words[i].sent and before.end < words[i].start \
                and " ".join(w.text for w in words[i - 1:j + 1]) in known \
                and (not out or out[-1][1] < i - 1):
            i -= 1
        out.append((i, j))
    return out


def _plural_role_opening(words: list[Word], i: int, tables: LanguageTables) -> bool:
    """A plural role or person noun capitalised as its sentence's first word, which the tagger took for a name
    (`Prosecutors wrote…`): no one's name."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else None
    return (i == 0 or words[i - 1].sent != w.sent) and w.text.endswith("s") and len(w.text) > 4 \
        and (nxt is None or nxt.sent != w.sent or not _cap(nxt)) \
        and (w.lower[:-1] in tables.title_nouns or w.lower[:-1] in tables.person_nouns)


def _leading_demonym(words: list[Word], i: int, tables: LanguageTables) -> bool:
    """A nationality noun after a lowercase article, before a name (`l'Espagnol Rodri`); not a place that is a
    role's complement, spelt like one (`la députée de la Haute-Vienne Camille Orliac`)."""
    article = words[i - 1] if i > 0 else None
    if i > 1 and words[i - 2].upos == "ADP" and words[i - 2].head == i:
        return False
    return article is not None and article.upos == "DET" \
        and (article.text[:1].islower() or i - 1 == 0 or words[i - 2].sent != article.sent
             or words[i - 2].text in (".", "!", "?", "»", "”", '"')) \
        and is_demonym(words[i].text, tables)


def _inner_particle_joins(words: list[Word], i: int, j: int, tables: LanguageTables) -> bool:
    """A lowercase particle (`de`) inside a person's name: after one or two names that are no organisation's
    words, before one capitalised name that ends the run (not `Banque de France`, `Gare de Lyon`)."""
    if j - i > 1 or j + 2 >= len(words) or any(words[k].upos != "PROPN" for k in range(i, j + 1)) \
            or any(fold(words[k].text) in tables.organization_name_words for k in range(i, j + 1)):
        return False
    last = words[j + 2]
    after = words[j + 3] if j + 3 < len(words) else None
    return last.sent == words[j].sent and last.upos == "PROPN" and _cap(last) \
        and words[j + 1].end <= last.start and not (after is not None and after.sent == last.sent and _cap(after)
                                                    and after.upos == "PROPN")


def _acronym_compound(words: list[Word], j: int, i: int) -> bool:
    """An acronym opening a name and modifying its one last word (`NHS England`, `BBC News`), or closing a
    one-word name, as against an acronym next to a person's name (`l'AFP Jean Martin`, `le député LR Aurélien
    Pradié`)."""
    k = j + 2
    last = k >= len(words) or words[k].sent != words[j].sent or not (_cap(words[k]) and words[k].upos == "PROPN")
    if j == i and not is_acronym(words[j]) and is_acronym(words[j + 1]) and words[j + 1].rel in ("flat", "compound") \
            and words[j + 1].head == j and last:
        return True  # `Mistral AI`, `Airbus SE`: a one-word name and its acronym
    return j == i and is_acronym(words[j]) and words[j].rel == "compound" and words[j].head == j + 1 and last


def _title_article(words: list[Word], i: int) -> bool:
    """A capitalised article right before word i, inside a sentence and not after a mark that opens one:
    only a name's own article is written so (`L'Équipe`, `Le Monde`, `The Guardian`)."""
    if i < 2 or words[i - 1].upos != "DET" or not _cap(words[i - 1]):
        return False
    before = words[i - 2]
    return before.sent == words[i].sent and (before.text[:1].isalnum() or before.text == ",")


def _named_by_noun(words: list[Word], i: int, tables: LanguageTables) -> bool:
    """A capitalised noun right after a lowercase organisation or role noun is its name, whatever its tag
    (`the housing charity Shelter`, `le quotidien Libération`, `le quotidien L'Équipe`)."""
    w = words[i]
    k = i - 2 if _title_article(words, i) else i - 1  # (`le quotidien L'Équipe`)
    if w.upos != "NOUN" or k < 0 or words[k].sent != w.sent or _cap(words[k]):
        return False
    before = words[k]
    return before.upos == "NOUN" and (before.lemma.lower() in tables.organization_nouns
                                      or is_title_word(before, tables))


def _heads_a_name(doc: Doc, w: Word) -> bool:
    """A word the tagger missed as a proper noun but that heads a name's `flat` parts (`Majed al-Ansari`)."""
    return w.upos in ("VERB", "NOUN", "ADJ", "X") and any(k.rel == "flat" and k.upos == "PROPN" and k.i > w.i
                                                          for k in doc.kids(w.i))


def _opens_name(words: list[Word], i: int) -> bool:
    """A capitalised modifier inside a sentence before the proper noun it modifies, with only capitalised
    words between (`the White House`, `the National Weather Service`)."""
    w = words[i]
    return w.upos in ("ADJ", "NOUN") and i > 0 and words[i - 1].sent == w.sent and i + 1 < len(words) \
        and w.rel in ("amod", "compound") and i < w.head <= i + 5 \
        and words[w.head].upos == "PROPN" and all(_cap(words[k]) for k in range(i + 1, w.head + 1))


def _capitalised_end(words: list[Word], k: int) -> int:
    """The last of the capitalised words running on from word k in its sentence (at most four)."""
    end = k
    while end + 1 < len(words) and end - k < 3 and words[end + 1].sent == words[k].sent and _cap(words[end + 1]) \
            and words[end + 1].upos in ("PROPN", "NOUN", "ADJ"):
        end += 1
    return end


def _given_name_read_as_noun(doc: Doc, i: int, tables: LanguageTables) -> bool:
    """A capitalised common noun inside a sentence, right before the surname it governs or that governs it,
    after a comma (`la porte-parole de la SNCB, Lien Verstraeten`): a first name that is also a word."""
    words = doc.words
    w = words[i]
    if w.upos != "NOUN" or i == 0 or i + 1 >= len(words) or words[i - 1].text != "," \
            or words[i - 1].sent != w.sent or is_title_word(w, tables, doc):
        return False
    nxt = words[i + 1]
    return nxt.sent == w.sent and nxt.upos == "PROPN" and _cap(nxt) and (nxt.head == i or w.head == i + 1) \
        and (i + 2 >= len(words) or words[i + 2].upos != "PROPN")


def _after_prepositional_object(words: list[Word], i: int, j: int, tables: LanguageTables) -> int | None:
    """Where a name starts inside the run i..j that opens with the object of the preposition before it:
    the first word not attached to the words before it in the run, when two or more words remain."""
    k = i - 1
    while k >= 0 and words[k].upos == "DET" and words[k].sent == words[i].sent:
        k -= 1
    if k < 0 or words[k].upos != "ADP" or words[k].sent != words[i].sent or not i <= words[k].head < j:
        return None
    if j - i >= 2 and k < i - 1 and words[i - 1].text[:1].islower() and words[i].lemma[:1].islower() \
            and all(words[m].upos == "PROPN" and _cap(words[m]) for m in range(i + 1, j + 1)):
        # an article and a common noun written as an institution, then a name (`de l'Intérieur Gérald
        # Darmanin`): a person's name takes no article
        return i + 1
    # `le député de la Sarthe Mathias Ferrand-Lacoste`, `the mayor of New York Eric Adams`, parsed as one flat
    # name: the complement of a role, then the person, whose name is its last two capitalised words
    top = words[k].head
    caps = [m for m in range(i, j + 1) if _cap(words[m]) and words[m].text not in tables.name_particles]
    role = words[top].head if words[top].rel == "nmod" else -1
    while 0 <= role < k and words[role].rel == "nmod" and _cap(words[role]) and not is_title_word(words[role], tables):
        role = words[role].head  # `Minister of State for Manpower Farhana Ismail`: through the role's title-case
        # complements
    if len(caps) >= 3 and 0 <= role < k and is_title_word(words[role], tables) \
            and not any(fold(words[m].text) in tables.organization_name_words for m in range(i, j + 1)):
        return caps[-2]
    for m in range(words[k].head + 1, j):
        top = m  # the word's phrase within the rest of the run (`Le` -> `Pen` in `après Marine Le Pen`)
        while m <= words[top].head <= j and words[top].head != top:
            top = words[top].head
        if not i <= words[top].head < m:
            # (not at a joiner inside an organisation's name: `the Department for Levelling Up`)
            return None if words[m].lower in tables.organization_joiners else m
    return None


def _before_hyphenated_given_name(words: list[Word], i: int, j: int) -> int | None:
    """The family name before a hyphenated given name ending the name i..j (`Leung Wing-kit`, `Vincent Chiu
    Man-hon`): a Chinese name's surname comes before the given name."""
    if j - i < 2:
        return None
    k = j - 2 if words[j - 1].text in ("-", "‐") else j - 1 if words[j - 1].text.endswith("-") else None
    return k - 1 if k is not None and k - 1 >= i and words[k - 1].text[:1].isupper() else None


def _nickname_end(words: list[Word], j: int, tables: LanguageTables) -> int | None:
    """After the given name at word j, a nickname of one or two capitalised words in marks, then the family
    name: the family name's index."""
    k = j + 1
    if k >= len(words) or words[k].text not in tables.quote_pairs or words[j].upos != "PROPN":
        return None
    close = tables.quote_pairs[words[k].text]
    inner = k + 1
    while inner < len(words) and inner - k <= 2 and _cap(words[inner]) and words[inner].text.isalpha():
        inner += 1
    if inner == k + 1 or inner >= len(words) or words[inner].text not in close:
        return None
    last = inner + 1
    if last >= len(words) or words[last].sent != words[j].sent or not _cap(words[last]) \
            or words[last].upos != "PROPN":
        return None
    return last


def _joins_hyphenated(words: list[Word], j: int, inside: bool = False) -> bool:
    """Word j+1 is a hyphen written tight between word j and a capitalised word j+2 of the sentence."""
    if j + 2 >= len(words):
        return False
    hyphen, after = words[j + 1], words[j + 2]
    # (a lowercase second part when tagged a name, `Hwang Dong-hyuk`, or a syllable of a given name however
    # tagged, `Leung Wing-kit`; inside a name of two words or more, also one read as another word, `Park
    # Joon-young`)
    syllable = after.text.isalpha() and len(after.text) <= (5 if inside else 4) and len(words[j].text) <= 5
    return hyphen.text in ("-", "‐") and hyphen.start == words[j].end and after.start == hyphen.end \
        and after.sent == hyphen.sent and (_cap(after) or after.upos == "PROPN" or syllable) \
        and (after.upos in ("PROPN", "NOUN", "X") or (inside and syllable and after.upos in ("ADJ", "VERB", "ADV")))


def _tight_hyphen(words: list[Word], k: int) -> bool:
    """Word k is a hyphen written tight inside a compound modifier (`food-industry`, `left-wing`,
    `self-employed`), or a word tight between two such hyphens (`labor-and-delivery`)."""
    def hyphen(x: int) -> bool:
        return 0 < x < len(words) - 1 and words[x].text in ("-", "‐") and words[x].start == words[x - 1].end \
            and words[x + 1].start == words[x].end and words[x + 1].sent == words[x].sent

    def inner(x: int) -> bool:
        return 1 < x < len(words) - 2 and hyphen(x - 1) and hyphen(x + 1) and words[x].upos in ("CCONJ", "ADP", "DET")

    if inner(k):
        return True
    return hyphen(k) and (words[k - 1].upos in ("NOUN", "ADJ", "PROPN") or inner(k - 1)) and (
        words[k + 1].upos in ("NOUN", "ADJ") or inner(k + 1)
        or (words[k + 1].upos == "VERB" and words[k + 1].feats.get("VerbForm") == "Part"))


def _honorific_before(doc: Doc, i: int, honorifics: frozenset[str]) -> int | None:
    """Index of one of the honorifics right before word i in its sentence, its full stop possibly a token of
    its own (`Mme` `Thévenot`, `Sen` `.` `Chuck`)."""
    if i <= 0 or i >= len(doc.words):
        return None
    k = i - 2 if doc.words[i - 1].text == "." else i - 1
    if k >= 0 and doc.words[k].sent == doc.words[i].sent and (
            doc.words[k].text in honorifics or doc.words[k].text + "." in honorifics):
        return k
    return None


def _title_parts(text: str, tables: LanguageTables) -> list[set[str]]:
    """A title's words (folded), then those of each role it coordinates."""
    words = fold(text).replace("'", "' ").split()
    parts: list[set[str]] = [set()]
    for word in words:
        if word in tables.coordinators:
            parts.append(set())
        else:
            parts[-1].add(word)
    return [set(words)] + (parts if len(parts) > 1 else [])


def _covers(required: frozenset[str], have: set[str], acronyms: set[str], title: str) -> bool:
    """The title holds every word required, an acronym among them spelled by its words (`le DG de la
    SOFITEX`: `directeur général de la SOFITEX`)."""
    missing = required - have
    if not missing:
        return True
    if not missing <= acronyms:
        return False
    initials = fold("".join(x[0] for x in title_content_words(title)))
    return all(m in initials for m in missing)


def title_content_words(title: str) -> list[str]:
    """A title's words its initials spell: short lowercase words and elided articles skipped (`directrice des
    ressources humaines` -> `directrice ressources humaines`)."""
    return [x for x in re.split(r"[\s\-]+", title) if x and not (len(x) <= 3 and x.islower()) and x[-1] not in "'’"]


def _role_words(words: list[Word]) -> set[str]:
    """The content words of a role mention, folded (`Ward 6` keeps its number)."""
    return {fold(w.text) for w in words if w.upos in ("NOUN", "ADJ", "PROPN", "NUM")}


def determiner_gender(doc: Doc, i: int) -> str | None:
    """The gender word i's determiner shows (`la maire`, `le ministre`: epicene nouns show it there)."""
    det = next((d for d in doc.kids(i, "det") if d.feats.get("Gender")), None)
    return det.feats["Gender"] if det is not None else None


def one_of_many(doc: Doc, i: int) -> bool:
    """The role noun i is tied to something indefinite (`le maire d'une commune voisine`): someone unidentified,
    no office of its own."""
    return any(d.feats.get("Definite") == "Ind" for k in doc.kids(i, "nmod") for d in doc.kids(k.i, "det"))


def mistagged_name(doc: Doc, w: Word, tables: LanguageTables) -> bool:
    """A capitalised singular noun opening its sentence without a determiner, in a language whose subject
    nouns always have one: a name the tagger took for a common noun (`Greenpeace a qualifié…`); or one the
    lemmatizer kept capitalised opening its sentence (`Starbucks will close…`, not `Teachers` -> `teacher`)."""
    if w.upos != "NOUN" or not w.text[:1].isupper() or w.i != doc.sentence_of(w.i).first or doc.kids(w.i, "det"):
        return False
    return (tables.subject_determiners and w.feats.get("Number") != "Plur") or w.lemma[:1].isupper()


def bare_role(title: str, tables: LanguageTables) -> str:
    """The role without the age stated after it (`romancière de 34 ans`: `romancière`) or how long it has been held
    (`pêcheur depuis l'âge de quatorze ans`: `pêcheur`); nothing for a ranking, which is no role."""
    for complement in (tables.age_complement, tables.tenure_complement):
        title = re.sub(complement, "", title) if complement else title
    if tables.ranking and re.fullmatch(tables.ranking, title, re.IGNORECASE):
        return ""  # `le numéro 6 mondial`, `the No. 3 seed`
    return title


def _text(doc: Doc, i: int, j: int) -> str:
    return doc.text[doc.words[i].start:doc.words[j].end]


def _role_text(doc: Doc, a: int, b: int) -> str:
    """The role's words a..b without the party label in brackets right after its noun (`maire (PS) de Strasbourg`:
    a party is no part of the office; `Société nationale de sauvetage en mer (SNSM)` keeps a name's initials)."""
    words = doc.words
    close = a + 3  # (a one-word label: `(LR)`, `(PS)`)
    if close < b and _label_before(words, close) == a + 1:
        return doc.text[words[a].start:words[a].end] + doc.text[words[close].end:words[b].end]
    return _text(doc, a, b)


def _inner_label_end(words: list[Word], a: int) -> int | None:
    """The `)` closing a label of one to three words in brackets right after word a (`maire (PS) de`, `maire (sans
    étiquette) de`), when a complement of the role follows it; else None."""
    if a + 1 >= len(words) or words[a + 1].text != "(":
        return None
    close = next((x for x in range(a + 3, min(a + 6, len(words))) if words[x].text == ")"), None)
    if close is None or close + 1 >= len(words) or words[close + 1].upos != "ADP" \
            or any(w.upos == "PUNCT" for w in words[a + 2:close]):
        return None
    return close


def is_title_word(w: Word, tables: LanguageTables, doc: Doc | None = None) -> bool:
    """A role noun, also when the tokenizer split its hyphenated compound (`porte` `-parole`)."""
    if role_form(w.lower, tables) or fold(w.lower) in tables.title_nouns or (
            role_form(w.lemma.lower(), tables) and not (w.upos == "PROPN" and w.feats.get("Number") == "Plur")):
        return True  # (under a prefix, also a plural's lemma: `co-chairs`; not a team's: `Chiefs president X`)
    if w.text in tables.post_nominal_titles and w.text.isupper() and doc is not None and w.i + 1 < len(doc.words) \
            and doc.words[w.i + 1].upos == "PROPN" and _cap(doc.words[w.i + 1]):
        return True  # an office's letters before a name too (`Green AM Rosa Penhaligon`)
    if profession_by_ending(w, tables):
        return True  # professions the table lacks (`hydrologue`, `cardiologist`)
    head, dash, _ = w.lower.partition("-")
    if w.upos == "NOUN" and dash and len(head) > 3 and (head in tables.title_nouns
                                                        or head.endswith(tables.title_suffixes)):
        return True  # a compound opening on a role (`médecin-conseil`, `chef-coordinateur`, `diététicienne-…`)
    if doc is not None and w.i + 1 < len(doc.words) and doc.words[w.i + 1].text.startswith("-"):
        return (w.lower + doc.words[w.i + 1].lower) in tables.title_nouns
    if doc is not None and w.i > 1 and doc.words[w.i - 1].text == "-" \
            and doc.words[w.i - 2].end == doc.words[w.i - 1].start and doc.words[w.i - 1].end == w.start:
        return f"{doc.words[w.i - 2].lower}-{w.lower}" in tables.title_nouns  # (`centre` `-` `back`)
    return False


def _office_words(doc: Doc, h: int, last: int, tables: LanguageTables) -> bool:
    """Words h to last a title-case office coordinated inside (`Fish and Game Commissioner`, `Parks and Recreation
    Director`): capitalised words and conjunctions, none of them people (not `Residents and Mayor X`), ending on a
    role."""
    words = doc.words
    return _cap(words[h]) and _cap(words[last]) and is_title_word(words[last], tables, doc) \
        and not is_title_word(words[h], tables, doc) and words[h].lemma.lower() not in tables.person_nouns \
        and all((_cap(x) and x.upos in ("NOUN", "PROPN")) or x.rel == "cc" for x in words[h:last])


def _attributing(doc: Doc, case_words: list[Word], tables: LanguageTables) -> bool:
    """The prepositions open an opinion's or an attribution's phrase (`Pour X`, `according to X`), with their fixed
    words: a name there is the source, and a role set off beside it describes them."""
    cases = {c.lower for c in case_words}
    locutions = {tuple([c.lower] + [f.lower for f in doc.kids(c.i, "fixed")]) for c in case_words}
    return bool(cases & tables.opinion_preps) or any(p[-1] in cases or p in locutions for p in tables.attribution_preps)


def _title_left(doc: Doc, i: int, tables: LanguageTables) -> tuple[int, int] | None:
    """A role noun phrase right before the name starting at word i (across one apposition comma)."""
    words = doc.words
    j = i - 1
    # a form of address apposed with its article after a role (`le président de l'APUKIN, le professeur X`): the role
    if i >= 3 and fold(words[i - 1].text) in tables.address_titles and words[i - 2].upos == "DET" \
            and words[i - 3].text in (",", "–", "—") and words[i - 3].sent == words[i].sent:
        role = _title_left(doc, i - 2, tables)
        if role is not None and any(is_title_word(w, tables, doc) for w in words[role[0]:role[1] + 1]):
            return role
    k = _honorific_before(doc, i, tables.role_honorifics)
    if k is not None:  # `Sen. Chuck Schumer`, `Lt. Col. …`: the honorific states the role,
        if k > 0 and words[k - 1].text in (",", "–", "—"):  # unless a role phrase is apposed before it
            apposed = _title_left(doc, k, tables)  # (`Its chair of council, Dr Tom Dolphin`)
            if apposed is not None:
                return apposed
        if k > 0 and fold(words[k].text) in tables.address_titles and words[k - 1].sent == words[i].sent \
                and words[k - 1].upos in ("NOUN", "PROPN"):
            role = _title_left(doc, k, tables)  # or written right before a form of address (`co-author Dr. X`,
            if role is not None and any(is_title_word(w, tables, doc)  # `Minister for Transport Prof X`)
                                        for w in words[role[0]:role[1] + 1]):
                return role
        while k > 0 and words[k - 1].sent == words[i].sent and _cap(words[k - 1]) and (
                is_title_word(words[k - 1], tables, doc) or words[k - 1].upos == "ADJ"
                or words[k - 1].text in tables.role_honorifics
                or (words[k - 1].upos == "PROPN" and words[k - 1].rel in ("compound", "nmod")
                    and k - 1 < words[k - 1].head <= i + 1)):
            k -= 1  # `Chief Justice John Roberts`, `Det Insp Mark Davies`, `U.S. District Judge Robert Pitman`,
            # `Harris County Judge Elena Barrientos`
        return k, j
    while (k := _honorific_before(doc, j + 1, tables.honorifics)) is not None:
        j = k - 1  # `La présidente de la commission, Mme Thévenot`: the courtesy title is not the role
        if j > 1 and words[j].upos == "DET" and words[j - 1].text in (",", "–", "—"):
            j -= 1  # (nor its article: `L'expert psychiatre, le Dr Bernard Hennebelle`)
    if j > 2 and words[j].lower in tables.rank_nouns and words[j - 1].upos == "DET" \
            and words[j - 2].text in (",", "–", "—") and words[j - 2].sent == words[i].sent \
            and any(is_title_word(words[x], tables, doc) and words[x].sent == words[i].sent
                    for x in range(max(0, j - 9), j - 2)):  # (not a circumstance: `À la barre, l'adjudant X`)
        j -= 2  # a rank set off after a role is no role of its own: `le porte-parole de l'armée, le major X`
    if j > 0 and _leading_demonym(words, j, tables):
        j -= 2  # `le président du comité, l'Équatorien Tomás Villacrés`: the nationality is not the role
    comma = None
    if j >= 0 and words[j].text in (",", "–", "—") and words[j].sent == words[i].sent:
        comma = j
        j -= 1
    if j >= 2 and words[j].text == ")" and words[j - 2].text == "(" and words[j].sent == words[i].sent and (
            (comma is not None and (is_acronym(words[j - 1]) or _cap(words[j - 1])))
            or _initials_of_words_before(words, j - 2)):
        j -= 3  # `Le président du Conseil interprofessionnel du vin de Bordeaux (CIVB), Allan Sichel` (`(Corref)`,
        # `Chief Justice of India (CJI) Aravind K. Bhandarkar`)
    end = j
    seq, j = _role_leftwards(doc, j, i, tables)
    if comma is not None and not any(is_title_word(words[x], tables, doc) and not doc.kids(x, "case") for x in seq):
        c = j - 1 if j > 0 and words[j].upos == "PRON" else j
        if c > 0 and words[c].upos == "CCONJ" and words[c].sent == words[i].sent:
            # the first of two coordinated descriptions is the role (`Conseillère régionale de Nouvelle-Aquitaine
            # et elle-même fille de vignerons, Karine Dubernet`)
            end = c - 1
            seq, j = _role_leftwards(doc, end, i, tables)
        else:  # (or the role a relative clause describes: `le contrôleur des affaires maritimes qui a dirigé
            # l'inspection, Stéphane Jaouen`)
            relative = next((r for r in range(comma - 1, max(-1, comma - 12), -1) if words[r].sent == words[i].sent
                             and words[r].feats.get("PronType") == "Rel" and words[r].rel.startswith("nsubj")), None)
            if relative is not None and relative > 0:
                end = relative - 1
                seq, j = _role_leftwards(doc, end, i, tables)
    if comma is not None and any(words[x].upos == "VERB" and words[x].rel != "amod" and (
            words[x].feats.get("VerbForm") == "Ger" or (words[x].feats.get("VerbForm") == "Part"
                                                         and words[x].feats.get("Tense") != "Past"))
            and words[x - 1].upos == "PROPN"  # (after a name: not `le président sortant de …`)
            and (doc.kids(x, "obl", "obj") or words[x + 1].upos == "ADP") for x in seq):
        return None  # a clause, no role: a caption's `X speaking at a ceramah at Padang Kampung Baru, Bukit Tembaga`
    if seq and comma is None and not is_title_word(words[seq[-1]], tables, doc) and (
            words[seq[-1]].upos == "ADP" or (  # (or past its article: `président de l'UFC-Que Choisir`)
                len(seq) > 1 and words[seq[-1]].upos == "DET" and words[seq[-2]].upos == "ADP")):
        return None  # the name is the role's complement (`L'avocate de M. Oudinot`): someone else's role (not a
        # role tagged a preposition: `said Knicks forward Rashad Bell`)
    if seq and comma is None and words[seq[-1]].upos == "NOUN" and words[seq[-1]].lemma.lower() in tables.person_nouns \
            and not is_title_word(words[seq[-1]], tables, doc):
        return None  # the name names the people right before it (`avocate de la famille Fabre`): not the role's
    for k, idx in enumerate(seq):
        if is_title_word(words[idx], tables, doc):
            if words[idx].rel in ("amod", "compound") and words[idx].head in seq and words[idx].head > idx \
                    and words[words[idx].head].upos == "NOUN" \
                    and not is_title_word(words[words[idx].head], tables, doc):
                continue  # a role word modifying a noun of no role: `Ho's elder sister, X`
            if any(words[x].upos == "DET" and words[x - 1].upos in ("NOUN", "PROPN", "ADJ") and words[x].head > x
                   and words[x].feats.get("Definite") == "Def" and words[x].text[:1].islower()
                   for x in seq if x > idx):  # (not a name's: `Les Républicains`; nor `directeur des opérations`)
                continue  # another noun phrase opens after it: not this role (`devant les juges l'administrateur
                # judiciaire, Me X`)
            if words[idx].upos == "VERB" and ((idx > 0 and words[idx - 1].upos == "AUX")
                                              or words[idx].feats.get("VerbForm") == "Fin"
                                              or doc.kids(idx, "obl:agent")):
                continue  # a verb group spelt like a role (`Le Roi a chargé mardi soir X`, `a prévenu mardi la
                # secrétaire générale de l'USG, X`, `», juge pour sa part la députée X`): no role, but one may
                # follow it (`The Bench, headed by Chief Justice X`)
            if any(words[x].lemma.lower() in tables.person_nouns and words[i].head == x for x in seq[:k]):
                return None  # the role of someone a relation noun points to (`le père de la lauréate, X`)
            first = idx
            # keep adjectives right before the role noun (`ancien président`), and capitalised words before a
            # capitalised one (`Foreign Secretary`, `White House Press Secretary`)
            # and the organisation compounded with it (`ComEd spokesperson`, `Tesla CEO`)
            while k > 0 and (words[seq[k - 1]].upos == "ADJ" or (
                    # a hyphen inside a compound modifier (`center-right lawmaker`)
                    words[seq[k - 1]].text == "-" and k > 1 and words[seq[k - 2]].end == words[seq[k - 1]].start
                    and words[seq[k - 1]].end == words[seq[k]].start) or (
                    words[seq[k - 1]].feats.get("VerbForm") == "Part" and words[seq[k - 1]].rel == "amod") or (
                    # lowercase modifiers of the role (`shadow health secretary`, `interior minister`)
                    first <= words[seq[k - 1]].head <= idx and words[seq[k - 1]].rel in ("compound", "amod")
                    and words[seq[k - 1]].upos in ("NOUN", "ADJ")) or (
                    _cap(words[idx]) and _cap(words[seq[k - 1]]) and words[seq[k - 1]].upos in ("PROPN", "NOUN"))
                    # (a coordination inside a title-case portfolio: `Natural Resources and Environmental …`)
                    or (_cap(words[idx]) and words[seq[k - 1]].upos == "CCONJ" and k > 1 and _cap(words[seq[k]])
                        and _cap(words[seq[k - 2]]) and (words[seq[k - 2]].upos == "PROPN"
                                                         or _office_words(doc, seq[k - 2], idx, tables)))
                    # (`senior Hamas official`, `White House press secretary`)
                    or (words[seq[k - 1]].upos == "PROPN" and words[seq[k - 1]].rel in ("compound", "nmod")
                        and (words[seq[k - 1]].head == words[idx].head or first <= words[seq[k - 1]].head <= idx))
                    # (the end of a two-word name so compounded: `Sinn Féin housing spokesman`)
                    or (k > 1 and words[seq[k - 1]].upos == "PROPN" and words[seq[k - 1]].rel.startswith("flat")
                        and words[seq[k - 1]].head == seq[k - 2] and words[seq[k - 2]].upos == "PROPN"
                        and words[seq[k - 2]].rel in ("compound", "nmod")
                        and words[seq[k - 2]].head in (idx, words[idx].head))
                    # (or with the role hung on it: `Former Wimbledon champion Andy Murray`)
                    or (words[seq[k - 1]].upos == "PROPN" and words[idx].head == seq[k - 1] and not _cap(words[idx]))
                    # a modifier capitalised only as the sentence's first word (`Shadow chancellor Mel Stride`)
                    or (seq[k - 1] == doc.sentence_of(idx).first and not _cap(words[idx])
                        and words[seq[k - 1]].upos in ("PROPN", "NOUN", "ADJ"))):
                k -= 1
                first = seq[k]
            aged = [x for x in range(first, idx) if tables.age_suffixes
                    and doc.text[words[first].start:words[x].end].lower().endswith(tables.age_suffixes)]
            if aged:
                first = aged[-1] + 1  # the age describes, no part of the role (`58-year-old communal farmer X`)
            while first < idx and words[first].lower in tables.nationality_adjectives \
                    and fold(words[first + 1].text) not in tables.organization_name_words:
                first += 1  # `Dutch Green lawmaker Femke van Aalst`: the nationality describes, the title is the
                # role (but `European Council President X` names an institution)
            case_words = [c for x in seq if x >= first for c in doc.kids(x, "case") if c.i < first]
            apposed = ((words[i].rel == "appos" and words[i].head in seq and words[i].head >= first)
                       # (or the role's phrase comes after a tensed verb, so opens no sentence: `la note qu'elle
                       # avait adressée au directeur général, X, est restée`)
                       or any(words[x].upos == "AUX" or words[x].feats.get("VerbForm") == "Fin"
                              for x in range(doc.sentence_of(i).first, first))
                       # (or the agent of a participle on a noun: `l'arrêté signé par le gouverneur de la région du
                       # Littoral, X, est entré en vigueur`, the name hung on the noun)
                       or (words[idx].deprel == "obl:agent" and words[words[idx].head].rel == "acl")) \
                and not _subject_of_next_clause(doc, comma + 1, i) if comma is not None else False
            listed = [x for x in seq if words[x].rel == "conj"]
            if words[idx].feats.get("Number") == "Plur" and not doc.kids(i, "conj") and (
                    comma is None or not listed or (not apposed and min(listed) <= idx)):
                # a plural before one name: whose it is (`le syndicat des joueurs Provale`), the group one name set
                # off after it belongs to (`More than 40 farmers who hold shares in the canal company, Wes Tolman
                # among them, contend`), or the last of a list of people (`devant quelque 200 salariés, retraités
                # et habitants, X est monté`)
                return None
            if comma is not None and not apposed and words[idx].rel in ("obj", "iobj") \
                    and words[words[idx].head].upos == "VERB" and words[i].head != idx:
                return None  # what a verb before the comma acts on (`Interrogée sur la possibilité d'écarter son
                # acteur de la promotion du film, Mme Varenne…`): not the name's role
            if comma is not None and not apposed and _complement_of_fronted_predicate(doc, idx, comma):
                return None  # a phrase a fronted adjective or participle governs (`Présent aux côtés du ministre,
                # Hery Ratsimbazafy, directeur général de la Jirama, a reconnu`): someone else's role
            if comma is not None and case_words and not apposed and (
                    _subject_of_next_clause(doc, comma + 1, i) or not _attributing(doc, case_words, tables)):
                # `Selon un diplomate européen, M. Keresztes cherche…`, `Après sa rencontre avec le Premier
                # ministre, Aurore Berthelin, …`: no apposition (but `Pour la présidente du groupe, X, …`, and
                # a name the parser hangs on the role: `contre 45 % à la première secrétaire sortante, X, qui…`)
                return None
            return first, end
    return _unlisted_role_before(doc, i, tables) if comma is None else None


def _unlisted_role_before(doc: Doc, i: int, tables: LanguageTables) -> tuple[int, int] | None:
    """`le transitaire Euloge Tchobo`: a singular common noun the tables lack, under a definite article, with a
    person's full name hung on it, is what the person does (not who they are to others: `son voisin X`)."""
    words = doc.words
    if i < 2 or words[i].head != i - 1 or words[i].rel not in ("appos", "nmod", "flat", "flat:name") \
            or i + 1 >= len(words) or words[i + 1].upos != "PROPN" or words[i + 1].head != i:
        return None
    w, det = words[i - 1], words[i - 2]
    if not _unlisted_role(w, words[i], tables) or w.lemma.lower() in tables.plain_person_nouns or det.head != w.i \
            or not w.lower.endswith(tables.agent_suffixes) \
            or det.feats.get("Definite") != "Def" or det.feats.get("Poss") or det.upos != "DET" \
            or not (w.rel.startswith("nsubj") or w.rel == "obl:agent") \
            or (i > 2 and words[i - 3].upos == "ADP" and w.rel != "obl:agent"):
        return None  # (the subject or the agent, `par le collectionneur X`; not a place: `à la barre X`)
    if {w.lemma.lower(), w.lower} & (tables.organization_nouns | tables.anaphoric_org_nouns) \
            or fold(w.lemma) in tables.generic_organizations:
        return None  # an organisation's kind (`l'association X`)
    j = i + 1
    while j + 1 < len(words) and words[j + 1].upos == "PROPN" and words[j + 1].head in (i, j):
        j += 1
    return (w.i, w.i) if _kind_of_name(doc, i, j, tables) == "person" else None


def is_source(doc: Doc, w: Word, tables: LanguageTables) -> bool:
    """A person, organisation, place or study that can be a source; not `moi`, not `les chiffres`."""
    if tables.latter_anaphor(doc.words[w.i - 1].text if w.i > 0 else "", w.text) is not None:
        return True  # `Selon cette dernière`
    if w.upos == "PRON":
        return w.lower in tables.pronouns
    if w.upos == "PROPN" or (w.upos == "X" and w.text[:1].isupper() and bool(doc.kids(w.i, "flat"))):
        return True  # (also a foreign name the tagger left untagged: `selon The Guardian`)
    if w.upos == "NOUN" and w.text[:1].isupper() and w.i != doc.sentence_of(w.i).first:
        return True  # a name the tagger took for a common noun (`d'après L'Équipe`, `selon Le Monde`)
    lemma = w.lemma.lower()
    if is_title_word(w, tables, doc) or lemma in tables.organization_nouns or lemma in tables.person_nouns \
            or w.lower in tables.person_nouns or lemma in tables.document_nouns \
            or (w.upos == "NOUN" and bool(tables.age_suffixes) and w.lower.endswith(tables.age_suffixes)):
        return True  # (also an age noun: `Pour le quadragénaire, P`)
    if lemma in tables.data_nouns or w.lower in tables.data_nouns:
        return any(k.upos in ("NOUN", "PROPN") or k.rel == "acl" for k in doc.kids(w.i, "compound", "nmod", "acl"))
    return any(k.upos == "PROPN" for k in doc.kids(w.i, "nmod", "appos", "flat"))


def is_time_expression(doc: Doc, kid: Word, tables: LanguageTables) -> bool:
    """A time expression starting at the phrase of kid (`mardi soir`, `Monday`), or at the weekday right
    before it (`lundi soir` with `lundi` tagged an adjective)."""
    first = doc.words[min(doc.subtree(kid.i))]
    starts = [first.start]
    if first.i > 0 and doc.words[first.i - 1].lower in tables.weekdays:
        starts.append(doc.words[first.i - 1].start)
    return any((m := tables.date_regex.match(doc.text, at)) is not None and m.end() >= kid.end for at in starts)


def statement_author(doc: Doc, source: Word, tables: LanguageTables) -> Word | None:
    """`selon un communiqué du ministère`, `according to a statement from the ministry`: the author named
    in the statement noun's modifier is the source."""
    if source.lemma.lower() not in tables.statement_nouns and source.lower not in tables.statement_nouns:
        return None
    for kid in doc.kids(source.i, "nmod"):
        if kid.upos in ("NOUN", "PROPN") and is_source(doc, kid, tables) and not is_time_expression(doc, kid, tables):
            return kid  # (not its date: `In a statement Tuesday evening, X said`)
    # the agent of a participle on it: `un communiqué publié mardi par la mairie`, `a statement issued by police`
    for participle in doc.kids(source.i, "acl"):
        if participle.feats.get("VerbForm") != "Part" or participle.lemma.lower() not in tables.publication_verbs:
            continue  # (the reader is none: `le texte consulté par l'AFP`)
        for kid in doc.kids(participle.i, "obl"):
            if kid.deprel == "obl:agent" and kid.upos in ("NOUN", "PROPN") and is_source(doc, kid, tables):
                return kid
    return None


def _label_before(words: list[Word], j: int) -> int | None:
    """Where a short label in parentheses ending at word j starts (its `(`): one to three words opening on a
    capital (`(LR)`, `(Les Ecologistes)`, `(Renaissance)`), a party or group set inside a role."""
    if words[j].text != ")":
        return None
    k = j - 1
    while k >= 0 and j - k <= 4 and words[k].sent == words[j].sent and words[k].text != "(":
        if words[k].upos == "PUNCT":
            return None
        k -= 1
    if k < 0 or words[k].text != "(" or k == j - 1 or not (_cap(words[k + 1]) or is_acronym(words[k + 1])):
        return None
    return k


def _initials_of_words_before(words: list[Word], k: int) -> bool:
    """Whether the acronym at k + 1 spells the capitalised words before k (`Chief Justice of India (CJI)`, not
    `La députée (LFI)`)."""
    letters = words[k + 1].text.replace(".", "")
    caps = [w.text[0] for w in words[max(0, k - 2 * len(letters)):k] if _cap(w)]
    return len(letters) > 1 and letters.isupper() and "".join(caps[-len(letters):]) == letters


def _role_leftwards(doc: Doc, j: int, i: int, tables: LanguageTables) -> tuple[list[int], int]:
    """The words of a role phrase ending at word j, read leftwards (in text order), and the word it stops at."""
    words = doc.words
    seq: list[int] = []
    while True:
        # (not across a line break: `…for a more accessible video player` ¶ `Tomás Ribeiro struck`)
        while j >= 0 and words[j].sent == words[i].sent and _role_part(doc, j, seq, tables) \
                and "\n" not in doc.text[words[j].end:words[j + 1].start]:
            seq.append(j)
            j -= 1
        label = _label_before(words, j)
        if label is not None and label > 0 and words[label - 1].sent == words[i].sent \
                and (seq or is_title_word(words[label - 1], tables, doc)):
            # a party label inside the role or right after it (`Le maire (DVG) de Douarnenez`, `la sénatrice
            # (Les Ecologistes) de l'Isère`, `La députée (LFI) Anne Roux`)
            seq.extend(range(j, label - 1, -1))
            j = label - 1
            continue
        break
    return seq[::-1], j


def _role_part(doc: Doc, j: int, seq: list[int], tables: LanguageTables) -> bool:
    """Word j can be part of a role phrase read leftwards, `seq` its words already read (nearest first)."""
    words = doc.words
    w = words[j]
    if w.text == "," and seq and words[seq[-1]].upos == "ADP" and j > 0 and words[j - 1].upos in ("NOUN", "PROPN") \
            and any(words[x].upos == "CCONJ" for x in seq):
        return True  # a list of the role's complements (`ministre de l'Économie, de l'Innovation et de l'Énergie`)
    if w.text in (",", "(", ")", ":", ";", ".", "«", "»", '"'):
        return False
    if w.upos == "PART" and seq and j >= 2 and w.start == words[j - 1].end and words[j - 1].upos in ("NOUN", "PROPN") \
            and (words[j - 2].upos == "ADP" or (j >= 3 and words[j - 2].upos == "DET" and words[j - 3].upos == "ADP")):
        return True  # a possessive inside the role's complement (`Ranking Member on Parliament’s Finance Committee`)
    return w.upos in TITLE_WORD_UPOS or w.text == "&" or (
        w.lower in tables.prepositional_adverbs and bool(seq) and seq[-1] == j + 1 and words[j + 1].upos == "ADP") or (
        w.upos == "VERB" and w.feats.get("VerbForm") == "Part") or (  # `chargée de l'éducation`
        # a number ending the name in the role's complement (`porte-parole de Jotaay 2030`, `conseiller du district
        # 8`)
        w.upos == "NUM" and w.head == j - 1 and (words[j - 1].upos == "PROPN" or (
            words[j - 1].upos == "NOUN" and not is_title_word(words[j - 1], tables, doc)))) or (  # (not `quai n° 2`)
        # an ordinal or a number of the complement (`maire des 13e et 14e arrondissements`)
        w.upos == "NUM" and bool(seq) and (w.head in seq or words[seq[-1]].upos == "CCONJ")) or (
        # a coordination inside the role's complement (`ministre du Travail et de la Santé`), or of two roles
        # (`co-founder and CEO`)
        w.upos == "CCONJ" and bool(seq) and (words[seq[-1]].upos in ("ADP", "DET") or (
            # (two modifiers of one noun of the complement: `maire des 13e et 14e arrondissements`)
            j > 0 and words[j - 1].upos in ("ADJ", "NUM") and words[seq[-1]].upos == words[j - 1].upos) or (
            # (the two genders of one noun, inclusive writing: `des chargées et chargés de cours`)
            j > 0 and len(words[j - 1].lower) >= 5 and words[j - 1].lower[:5] == words[seq[-1]].lower[:5]) or (
            j > 0 and is_title_word(words[seq[-1]], tables, doc) and is_title_word(words[j - 1], tables, doc))
            # (two capitalised words of the complement: `Minister of Trade and Industry`)
            or (j > 1 and _cap(words[seq[-1]]) and _cap(words[j - 1])
                and any(words[x].upos == "ADP" for x in range(max(0, j - 3), j - 1)))
            # (or of a title-case role's portfolio: `Natural Resources and Environmental Sustainability Minister`)
            # (not a role after another's name: `Opposition Leader Marcus Leckie and Premier Natalie Brennan`)
            or (j > 0 and _cap(words[seq[-1]]) and _cap(words[j - 1]) and words[j - 1].upos == "PROPN"
                and any(_cap(words[x]) and is_title_word(words[x], tables, doc) for x in seq[:-1]))
            or (j > 0 and seq and _office_words(doc, j - 1, seq[0], tables))))


def _complement_of_fronted_predicate(doc: Doc, role: int, comma: int) -> bool:
    """The role's noun phrase (through the nouns it complements) is an oblique of an adjective or a participle
    before the comma."""
    if any(d.feats.get("Poss") == "Yes" for d in doc.kids(role, "det", "nmod:poss")):
        return False  # the role of someone the sentence names, named right after it (`assis à côté de son avocat,
        # Me Julien Ferracci, Dylan Morisseau gardait…`)
    h = role
    while doc.words[h].rel == "nmod" and 0 <= doc.words[h].head < h and doc.words[doc.words[h].head].upos == "NOUN":
        h = doc.words[h].head
    head = doc.words[h].head
    return doc.words[h].rel.startswith("obl") and 0 <= head < comma and doc.words[head].upos in ("ADJ", "VERB") \
        and doc.words[head].feats.get("VerbForm") != "Fin"


def _subject_of_next_clause(doc: Doc, start: int, i: int) -> bool:
    """The name starting at word i (after word `start`: its honorific) is the subject of a verb after it."""
    end = i
    while end + 1 < len(doc.words) and doc.words[end + 1].upos == "PROPN":
        end += 1
    if end + 1 < len(doc.words) and doc.words[end + 1].text == ",":
        return False  # a closing comma: an apposition (`Pour la présidente du groupe, Cyrielle Chatelain, il…`)
    return any(w.rel == "nsubj" and w.head > end for w in doc.words[start:end + 1])


def _role_modifiers_end(doc: Doc, j: int, k: int, first: int, tables: LanguageTables) -> int:
    """Past the modifiers of an apposed role from word k (`the White House press secretary`), and the letters of a
    body inside them (`the World Food Programme (WFP) country director`)."""
    words = doc.words
    while True:
        # (a participle, or a verb the tagger left featureless: `managing partner`)
        while k < len(words) and words[k].sent == words[j].sent and (((words[k].upos == "ADJ" or (
                words[k].upos == "VERB" and words[k].feats.get("VerbForm") in ("Part", "Ger", None)))
                and not is_title_word(words[k], tables, doc)) or (  # `déléguée` tagged as a participle
                words[k].upos in ("NOUN", "PROPN") and words[k].deprel in ("compound", "amod", "flat", "nmod:poss")
                and words[k].head > words[k].i and not is_title_word(words[k], tables, doc))
                or (words[k].upos == "PROPN" and _cap(words[k]) and not is_title_word(words[k], tables, doc))
                or (words[k].upos == "NUM" and k > first and words[k - 1].upos == "PROPN")  # `the Ward 3 councillor`
                # (a number word opening a body's name: `the One Bermuda Alliance's finance spokesman`)
                or (words[k].upos == "NUM" and _cap(words[k]) and words[k].text.isalpha() and k + 1 < len(words)
                    and words[k + 1].upos == "PROPN" and _cap(words[k + 1]))
                or (words[k].rel == "case" and words[k].upos == "PART")  # `, the club's manager,`
                # (a foreign word before a role, both tagged so: `, team manager de l'écurie`)
                or (words[k].feats.get("Foreign") == "Yes" and k + 1 < len(words) and words[k + 1].upos == words[k].upos
                    and not is_title_word(words[k], tables, doc))
                or _tight_hyphen(words, k)):  # `, a food-industry analyst`
            k += 1  # `, ancien secrétaire général de la CFDT`, `, the White House press secretary,`
        if k + 2 < len(words) and words[k].text == "(" and words[k + 2].text == ")" and k > first \
                and words[k - 1].upos == "PROPN" and is_acronym(words[k + 1]):
            k += 3
            continue
        return k


def title_right(doc: Doc, j: int, tables: LanguageTables) -> tuple[int, int] | None:
    """An apposition after the name ending at word j: `, gouverneur de la région de Belgorod,`."""
    words = doc.words
    k = j + 1
    if k < len(words) and words[k].text == "(":
        close = next((x for x in range(k + 1, min(k + 8, len(words))) if words[x].text == ")"), None)
        if close is not None and doc.text[words[k].end:words[close].start].strip().lower() in tables.photo_positions:
            return None  # a caption's `X (centre)`: where they stand
        if close is not None and close + 1 < len(words) and words[close + 1].text == "," \
                and words[close + 1].sent == words[j].sent:
            k = close + 1  # a party's or a team's label before the role (`X (Droite républicaine), députée de…`)
    if k >= len(words) or words[k].sent != words[j].sent or words[k].text not in (",", "(", "–", "—"):
        return None
    if words[k].text in ("–", "—") and k + 1 < len(words) and words[k + 1].upos == "ADP":
        close = next((x for x in range(k + 2, min(k + 25, len(words))) if words[x].text == words[k].text), None)
        if close is not None and close + 1 < len(words) and words[close + 1].text == ",":
            k = close + 1  # an aside between dashes, then the role (`X – sans lien de parenté avec Y –, coordinatrice`)
    k += 1
    if k < len(words) and words[k].lower in tables.emphatic_pronouns:
        k += 1  # `Ronan Le Goff, lui-même patron du « Kreiz Mor »`
    k = _past_age(words, k) or k  # `Linda Park, 34, a nurse who lives nearby`: the age, then the role
    determiner = k < len(words) and words[k].upos == "DET"
    det = k
    if determiner:
        k += 1
    k = _past_age_compound(doc, k, tables)  # `, a 29-year-old nurse who rents…`: the age describes
    first = k
    k = _role_modifiers_end(doc, j, k, first, tables)
    if k >= len(words) or not (is_title_word(words[k], tables, doc) or (
            # a bare singular noun set off after a person's name is their role (`Sandrine Poujol, céréalière à
            # Layrac,`), with or without a table entry
            not determiner and _unlisted_role(words[k], words[j], tables)
            and all(fold(words[x].text) in tables.office_modifiers for x in range(first, k))  # (`ancien ambulancier`)
            # (nor the noun of a prepositional locution: `Vélodrome, grâce à un doublé`)
            and words[k].rel not in ("case", "mark") and not doc.kids(k, "fixed")
            # (not an absolute phrase, a noun and its participle: `Théo Caradec, poing serré, …`)
            # (the sentence may be left unparsed: read it from the tags, a participle closed by a comma)
            and not (k + 2 < len(words) and words[k + 1].feats.get("VerbForm") == "Part"
                     and words[k + 1].feats.get("Tense") == "Past" and words[k + 2].upos == "PUNCT"))
            or (determiner and _indefinite_apposition(doc, det, k, j, tables))):
        return None
    name = j
    while words[name].rel.startswith("flat") and words[name].head < name:
        name = words[name].head
    if words[name].rel == "nmod" and doc.kids(name, "case") and words[k].head == words[name].head \
            and words[k].rel in ("conj", "appos") and words[words[name].head].upos == "NOUN":
        return None  # it describes the noun the name is the complement of (`deuxième long métrage de X, fiction
        # librement inspirée de…`)
    if words[k].upos == "VERB" and k + 1 < len(words) and words[k + 1].lower in ("en", "par", "in", "by", "on"):
        return None  # a participle's clause (`Benoît Payan, élu en 2020 à la tête…`), not a role
    if words[k].upos == "VERB" and words[k].feats.get("VerbForm") == "Part" and any(
            x.rel == "xcomp" and x.i == k + 1 and x.upos == "NOUN" and not is_title_word(x, tables, doc)
            for x in doc.kids(k)):
        return None  # a participle and its predicate (`Greenwood, élu homme du match,`): what befell the person
    subject = words[k].rel == "nsubj" and words[k].head > k
    if subject and determiner and words[det].feats.get("Definite") == "Def" and doc.kids(name, "case") \
            and not _attributing(doc, doc.kids(name, "case"), tables) \
            and any(a.rel in ("obl", "advcl") and k not in doc.subtree(a.i)
                    and min(doc.subtree(a.i)) == doc.sentence_of(j).first for a in [words[name], *doc.ancestors(name)]):
        return None  # the subject after a fronted adverbial the name closes as a preposition's object: `At the
        # National Assembly in Abuja, the Chairman of the Senate Committee on Banking, Insurance and …, X, said`
    role = k
    quoted_end = None
    k = _inner_label_end(words, k) or k  # (past a party's label: `le maire (PS) de X`)
    while k + 1 < len(words) and words[k + 1].sent == words[j].sent and (
            words[k + 1].upos in TITLE_WORD_UPOS or (words[k + 1].upos == "PART" and words[k + 1].rel == "case")
            # (a verb modifying the noun after it: `professor of mining engineering`)
            or (words[k + 1].upos == "VERB" and words[k + 1].rel == "amod" and words[k + 1].head > k + 1)
            or (words[k + 1].upos == "CCONJ" and k + 2 < len(words) and is_title_word(words[k + 2], tables, doc))
            or (words[k + 1].upos == "NUM" and words[k].upos == "ADP" and words[k].head == k + 1)  # `since 2024`
            # (or counting the noun the preposition opens: `a fisherman for 31 years`)
            or (words[k + 1].upos == "NUM" and words[k].upos == "ADP" and words[k + 1].head == words[k].head > k + 1)
            or (words[k + 1].upos == "NUM" and words[k].upos == "PROPN"  # `Century 21 France`, `IAM District 751`
                and (first <= words[k + 1].head <= k or (k + 2 < len(words) and words[k + 2].upos == "PROPN"
                                                and _cap(words[k + 2]))))) \
            and words[k + 1].text not in (",", "(", ")", ":", ";", ".", "«", "»", '"', "–", "—") \
            and words[k + 1].lower not in tables.origin_prepositions:  # (`a truck driver from Mansoura`)
        k += 1  # `chief economist at Moody's Analytics`, `cofondateur et directeur général de Mistral AI`
        closing = _quoted_name_end(words, k + 1, tables) if words[k].upos in ("ADP", "DET") else None
        if closing is None and k + 3 < len(words) and words[k + 1].text == "(" and words[k + 3].text == ")" and (
                is_acronym(words[k + 2]) or (words[k + 2].upos == "PROPN" and _cap(words[k + 2]) and k + 4 < len(words)
                                             and words[k + 4].text in (",", "."))):
            closing = k + 3  # `at the Institute for Security Studies (ISS) in Addis Ababa`: its abbreviation, or its
            # short name closing the role (`at the Malaysian Meteorological Department (MetMalaysia),`)
        if closing is not None:
            k = quoted_end = closing  # `patron du « Kreiz Mor »`: a name in marks after the role's preposition
    if any(words[x].upos == "PROPN" and words[x].rel == "nsubj" and words[x].head > k for x in range(role + 1, k + 1)) \
            or (k - 1 > role and k + 1 < len(words)
                and all(words[x].upos == "PROPN" and _cap(words[x]) for x in (k - 1, k))
                and words[k + 1].upos == "VERB" and words[k + 1].feats.get("VerbForm") == "Fin"):
        return None  # a role and the name of another, the subject of what follows (`an hour after Tolliver, world
        # No. 4 Ollie Brannigan struck a more conciliatory tone`; read on the tags where the sentence is unparsed)
    if any(words[x].upos in ("NOUN", "ADJ") and words[x + 1].upos == "DET"
           and words[x + 1].feats.get("Definite") == "Def" and not (x + 2 < len(words) and _title_article(words, x + 2))
           for x in range(role, min(k + 1, len(words) - 1))):
        return None  # a noun takes no article after it: a verb misread (`Thomas, 16 ans, hausse les épaules`,
        # `Bakary Sangaré, son agent hausse le ton`)
    after = words[k + 1] if k + 1 < len(words) and words[k + 1].sent == words[j].sent else None
    clause = next((x for x in range(role + 1, min(k + 2, len(words))) if words[x].rel == "acl" and words[x].head == role
                   and words[x].feats.get("VerbForm") == "Part" and not is_title_word(words[x], tables, doc)
                   and words[x].deprel != "acl:relcl"  # (a relative's perfect: `a furnace operator who has worked`)
                   and x + 1 < len(words) and words[x + 1].lower not in tables.role_participle_prepositions), None)
    if clause is not None and determiner and not subject:
        # `Amandine, une vacancière lyonnaise évacuée avec ses deux enfants`: the role, without the participle's
        # clause of what befell the person
        k, after = clause - 1, None
    close = next((x for x in range(k + 1, min(k + 5, len(words))) if words[x].text == ","), None) \
        if after is not None and after.text != "," else None
    if close is not None and words[close].sent == words[j].sent and words[close].head <= j and all(
            words[x].upos in ("NOUN", "VERB", "ADJ") and words[x].text.islower() for x in range(k + 1, close)):
        k, after = close - 1, words[close]  # the comma the parser hung on the name closes the role: `X, the
        # Labour chairman of the home affairs select committee, said` (`select` read as a verb)
    if determiner and after is not None and after.text not in (",", ")", ".", "–", "—", ";"):
        # (two coordinated roles whose second runs on past what a role holds: the first, `, an economist at the
        # ifo Institute and co-author of its recent study "…," said`)
        conjunction = next((x for x in range(role + 2, k + 1) if words[x].upos == "CCONJ"), None)
        if conjunction is not None:
            k, after = conjunction - 1, words[conjunction]
    if determiner and not subject and after is not None and (
            after.upos in ("ADV", "ADP") or (after.upos == "VERB" and not after.feats)):  # (`farther` featureless)
        close = next((x for x in range(k + 1, min(k + 9, len(words))) if words[x].text == ","), None)
        if close is not None and words[close].sent == words[j].sent and all(
                words[x].upos not in ("VERB", "AUX", "PRON", "PUNCT") for x in range(k + 2, close)):
            after = words[close]  # `, a welder at a chemical plant farther up the channel, said`: the role, then a
            # place the parser left outside it
    if (determiner or subject) and after is not None and after.text not in (",", ")", ".", "–", "—", ";") \
            and not (determiner and after.upos == "CCONJ") and after.lower not in tables.origin_prepositions \
            and not (determiner and (after.lower in tables.relative_subjects or after.feats.get("PronType") == "Rel")):
        # (`, the lawmaker who led…`, `, a home health aide whose two children…`)
        # `…France Inter, le ministre a estimé`, `…Indiana, utility officials said`: the subject of what
        # follows, not an apposition
        return None
    if after is not None and after.text == "," and any(
            a.i > k and a.upos == "PROPN" for a in doc.kids(role, "appos")):
        return None  # `Interrogé par France Info, le ministre de l'Intérieur, Laurent Nuñez, a jugé`: the role
        # of the name set off after it
    while k > first and words[k].upos in ("ADP", "DET", "PUNCT") and k != quoted_end:
        k -= 1
    return first, k


def _quoted_name_end(words: list[Word], k: int, tables: LanguageTables) -> int | None:
    """The closing mark of a name in quotation marks opening at word k (`« Kreiz Mor »`): capitalised words
    only, at most five."""
    if k >= len(words) or words[k].text not in tables.quote_pairs:
        return None
    closers = tables.quote_pairs[words[k].text]
    end = next((x for x in range(k + 1, min(k + 7, len(words))) if words[x].text in closers), None)
    if end is None or end == k + 1 or not all(_cap(words[x]) or words[x].upos in ("ADP", "DET")
                                               for x in range(k + 1, end)) or not _cap(words[k + 1]):
        return None
    return end


def _unlisted_role(w: Word, name: Word, tables: LanguageTables) -> bool:
    """A singular common noun apposed to the name in its sentence that may be a role the tables lack: not a
    noun for who someone is to others (`voisin`, `neighbor`), nor a day or a month (`X, jeudi, en…`)."""
    return w.upos == "NOUN" and w.feats.get("Number") != "Plur" and not _cap(w) and w.sent == name.sent \
        and w.lemma.lower() not in tables.person_nouns and w.lower not in tables.not_role_nouns \
        and w.lower not in tables.weekdays and w.lower not in tables.months


def _indefinite_apposition(doc: Doc, det: int, k: int, j: int, tables: LanguageTables) -> bool:
    """`said Jason Pereira, a forklift operator.`: a singular noun apposed to a name after an indefinite article
    is what the person does, with or without a table entry, unless it only says who they are (`a neighbour`);
    a relative clause may follow it."""
    words = doc.words
    w = words[k]
    article = words[det]
    nxt = words[k + 1] if k + 1 < len(words) else None
    return article.feats.get("Definite") == "Ind" and article.feats.get("Number") != "Plur" and w.rel == "appos" \
        and _unlisted_role(w, words[j], tables) and w.lemma.lower() not in tables.plain_person_nouns \
        and (nxt is None or nxt.text in (",", ".", ";", ")", "–", "—") or nxt.upos == "ADP"
             or nxt.lower in tables.relative_subjects)  # (`a furnace operator who has worked there 33 years`)


def _past_age_compound(doc: Doc, k: int, tables: LanguageTables) -> int:
    """The word after an age written as one hyphenated modifier starting at word k (`29-year-old`, however
    tokenised), else k."""
    words = doc.words
    if not tables.age_suffixes or k >= len(words) or words[k].upos != "NUM":
        return k
    for n in range(k, min(k + 5, len(words))):
        if n > k and words[n].start != words[n - 1].end:
            break
        if doc.text[words[k].start:words[n].end].lower().endswith(tables.age_suffixes):
            return n + 1
    return k


def _past_age(words: list[Word], k: int) -> int | None:
    """The word after an age set off from word k to its comma (`34,`, `45 ans,`, also past an aside between dashes:
    `54 ans – sans lien de parenté avec X –,`), or None."""
    if k >= len(words) or words[k].upos != "NUM":
        return None
    end = k + 2 if k + 1 < len(words) and words[k + 1].upos == "NOUN" else k + 1  # `Jean Dupont, 45 ans, agriculteur`
    if end < len(words) and words[end].text in ("–", "—"):
        close = next((x for x in range(end + 1, min(end + 25, len(words))) if words[x].text == words[end].text), None)
        end = close + 1 if close is not None else end
    return end + 1 if end + 1 < len(words) and words[end].text == "," else None


def _age_after(doc: Doc, j: int) -> bool:
    """An age set off right after the name ending at word j (`Yannick, 62 ans,`, `Linda Park, 34,`), also
    closing the sentence (`soupire Jeanne, 72 ans.`)."""
    words = doc.words
    k = j + 2
    if not (k < len(words) and words[j + 1].text == "," and words[k].sent == words[j].sent
            and words[k].text.isdigit() and 0 < int(words[k].text) < 120):
        return False
    end = k + 2 if k + 1 < len(words) and words[k + 1].upos == "NOUN" else k + 1  # (`72 ans`)
    return _past_age(words, k) is not None or (end < len(words) and words[end].text in (".", "!", "?", ";")) \
        or end == len(words)


def _reaching_outlet(doc: Doc, i: int, j: int, tables: LanguageTables) -> bool:
    """The name i..j is the agent of a participle of being reached (`Jointe ce jeudi par Midi Libre`): an outlet."""
    head = next((doc.words[k] for k in range(i, j + 1) if not i <= doc.words[k].head <= j), doc.words[i])
    reached = doc.words[head.head] if head.head >= 0 else None
    return head.rel == "obl" and reached is not None and any(
        c.lower in tables.agent_prepositions for c in doc.kids(head.i, "case")) and (
        reached.lower in tables.speaking_verbs or reached.lemma.lower() in tables.speaking_verbs)


def _kind_of_name(doc: Doc, i: int, j: int, tables: LanguageTables) -> str:
    tokens = [fold(doc.words[k].text).rstrip(".") for k in range(i, j + 1)]  # (`Inc.`, `Corp.`)
    # a first word is often a given name that is also a common noun (`Marine Le Pen`)
    if any(t in tables.organization_name_words for t in tokens) \
            or any(t in tables.organization_nouns for t in tokens[1:]):
        return "organization"
    first = doc.words[i].text
    if doc.words[i].upos == "DET" or any(first.startswith(a.capitalize()) and first[len(a):len(a) + 1].isalnum()
                                          for a in tables.elided_articles):
        return "organization"  # `Le Monde`, `L'Équipe`: a name with its own article is a title's (also when the
        # tokenizer kept the elided article on the word)
    if any(c.isdigit() for c in doc.words[i].text) and any(c.isalpha() for c in doc.words[i].text):
        return "organization"  # `Rue89 Strasbourg`, `7sur7`: no person's name opens on a figure
    if j > i and tokens[0] in tables.street_nouns:
        return "place"  # `Place Beauvau, le ton est plus offensif`: the square (and the ministry there)
    if j > i and tokens[-1] in tables.street_suffixes:
        return "place"  # `has lived off Raymond Road since 1987`: a street, whoever it was named after
    if j > i and tokens[0] in tables.event_name_nouns:
        return "place"  # `Hurricane Omar`, `Storm Ingrid`: a named event, no one who speaks
    if _reaching_outlet(doc, i, j, tables):
        return "organization"  # the outlet that reached the speaker (`Jointe ce jeudi par Midi Libre`)
    if j > i and is_acronym(doc.words[j]) and not re.fullmatch(r"[IVXLC]+", doc.words[j].text):
        return "organization"  # `Mistral AI` (not `Charles III`)
    if j > i and i > 0 and doc.words[i - 1].upos == "DET" and (
            doc.words[i - 1].text[:1].islower() or doc.sentence_of(i).first == i - 1) \
            and i <= doc.words[i - 1].head <= j and doc.words[i - 1].feats.get("Definite") == "Def" \
            and not doc.words[i - 1].feats.get("Poss"):
        # `le VfL Wolfsburg`, `la Pro League`, `The Port Alder …` opening a sentence: a definite article before a
        # name is no person's (`un Théo Lacombe auteur de 17 points` is)
        return "organization"
    if j > i:
        return "person"
    if is_acronym(doc.words[i]):
        return "organization"  # `le député LR Aurélien Pradié`: the party, not the deputy
    if _honorific_before(doc, i, tables.honorifics) is not None:
        return "person"  # `Mme Thévenot`, `Mr. Biden`
    role = i - 1
    while role > 0 and doc.words[role].upos == "ADJ" and doc.words[role].rel == "amod" \
            and doc.words[role].head < role:
        role -= 1  # `le capitaine parisien Marquinhos`
    if role >= 0 and is_title_word(doc.words[role], tables, doc) and doc.words[role].sent == doc.words[i].sent \
            and any(d.feats.get("Definite") == "Ind" for d in doc.kids(role, "det")):
        return "organization"  # `un député Renaissance`: an indefinite role names no one; the name is its party's
    if role >= 0 and doc.words[role].feats.get("Number") == "Plur" and 0 <= doc.words[role].head < role \
            and doc.words[doc.words[role].head].lemma.lower() in tables.organization_nouns:
        return "organization"  # `le syndicat des joueurs Provale`: the body the people belong to
    if (role >= 0 and doc.words[role].sent == doc.words[i].sent and (
            is_title_word(doc.words[role], tables, doc) or doc.words[role].lemma.lower() in tables.person_nouns)) \
            or title_right(doc, j, tables) is not None or _leading_demonym(doc.words, i - 1, tables):
        return "person"  # `le président Zelensky`, `His brother Noel`, `Johnson, the club's manager,`
    if _age_after(doc, j):
        return "person"  # `Yannick, 62 ans,`: places have no age
    before = doc.words[i - 1] if i > 0 else None
    if before is not None and before.upos == "DET" and before.sent == doc.words[i].sent:
        return "organization"
    if doc.words[i].text.isupper() and len(doc.words[i].text) > 1:
        return "organization"
    return "place"


class EntityIndex:
    """Referents of one document, built from its names and the titles stated around them."""

    def __init__(self, doc: Doc, tables: LanguageTables) -> None:
        self.doc = doc
        self.tables = tables
        self.quote_marks = set(tables.quote_pairs) | set(tables.quote_pairs.values())
        self.referents: dict[str, Referent] = {}
        self.by_surname: dict[str, str] = {}
        # a full name's first word alone means that person when no other full name shares it (a family name
        # written first, `Lin Jian` then `Lin said`; a first name, `sa mère, Catherine Roux` then `Catherine`)
        self.by_given: dict[str, str | None] = {}
        # the same for any full name, but only after an honorific (`Sir Keir Starmer` … `Sir Keir replied`)
        self.honoured_given: dict[str, str | None] = {}
        self.run_at: dict[int, tuple[int, int]] = {}
        # bare names after a gendered courtesy title, each the full name it means (`_gendered_namesakes`)
        self.gendered_namesake: dict[int, str] = {}
        # role nouns heading an earlier mention of a person named further on (`_anaphoric_apposition`)
        self.anaphors: dict[int, Referent] = {}
        self._shared_titles: set[tuple[str, int, int]] = set()  # plural roles, shared by coordinated names
        self.named_at: dict[int, list[int]] = {}  # where each referent is named, by id (built once names are known)
        runs = name_runs(doc, tables)
        for i, j in runs:
            for k in range(i, j + 1):
                self.run_at[k] = (i, j)
        # full names first, so that surnames resolve to them
        alone = {fold(doc.words[i].text) for i, j in runs if i == j}
        introduced: dict[str, int] = {}  # where each full name of the first pass is first written
        middle: list[tuple[str, str, Referent]] = []  # the middle words of three-word names
        honoured = {fold(doc.words[i].text) for i, j in runs
                    if i == j and _honorific_before(doc, i, tables.honorifics) is not None}
        # (first names seen alone as a subject: a person's, not a place run into a headline's name)
        subjects = {fold(doc.words[i].text) for i, j in runs if i == j and doc.words[i].rel.startswith("nsubj")}
        # (a name that reached a speaker is an outlet wherever else it stands, `au micro de France Inter` … `joint
        # par France Inter`, unless it is a verb's subject somewhere)
        subject_names = {fold(_text(doc, i, j)) for i, j in runs if doc.words[i].rel.startswith("nsubj")}
        outlets: dict[str, str] = {}
        for i, j in runs:
            if j > i and fold(_text(doc, i, j)) not in subject_names and _reaching_outlet(doc, i, j, tables):
                outlets.setdefault(fold(_text(doc, i, j)), _text(doc, i, j))
        for key, name in outlets.items():
            self.referents[key] = Referent(name, "organization")
        for i, j in runs:
            # a first word also seen alone may be a place run into a headline's name, unless a role is stated
            # with the name (`Northbridge City manager Steve Moran`, later `support Steve and his staff`)
            # (a hyphenated surname alone, `Choi-Marchetti`, is several tokens but no full name)
            if j > i and " " in _text(doc, i, j) and _kind_of_name(doc, i, j, tables) == "person" \
                    and fold(_text(doc, i, j)) not in outlets and (
                    fold(doc.words[i].text) not in alone
                    or _title_left(doc, i, tables) is not None or title_right(doc, j, tables) is not None):
                name = _text(doc, i, j)
                known = self.by_surname.get(fold(doc.words[j].text))
                if known is not None and known.endswith(" " + fold(name)) and (
                        doc.words[i].text in tables.surname_particles
                        or _honorific_before(doc, i, tables.honorifics) is not None):
                    # the end of a full name already seen (`Mr Ó Murchú` after `Eoin Ó Murchú`, `M. Essomba Nkou`
                    # after `Pierre Essomba Nkou`: a courtesy title goes with a surname)
                    continue
                ref = self.referents.setdefault(fold(name), Referent(name, "person"))
                self.by_surname.setdefault(fold(doc.words[j].text), fold(name))
                if j - i == 2 and doc.words[j - 1].upos == "PROPN" and _cap(doc.words[j - 1]) \
                        and doc.words[j - 1].text not in tables.surname_particles \
                        and doc.words[j - 1].lower not in tables.organization_nouns:
                    middle.append((fold(doc.words[j - 1].text), fold(name), ref))
                introduced.setdefault(fold(name), i)
                family = _before_hyphenated_given_name(doc.words, i, j)
                if family is not None:  # `Ivy Chow Sze-man` … `Dr Chow`
                    self.by_surname.setdefault(fold(doc.words[family].text), fold(name))
                given = fold(doc.words[i].text)
                self.by_given[given] = fold(name) if self.by_given.get(given, fold(name)) == fold(name) else None
                self._add_titles(ref, i, j)
        for key, name, ref in middle:
            if ref.titles and key not in self.by_surname and key in subjects | honoured:
                # the first of two family names, of someone given a role, alone a verb's subject or after a courtesy
                # title (`Tourism Minister Mariela Cordero Vargas` … `Cordero said`, `Mme Justine Mujinga Kabulo` …
                # `D'après Mme Mujinga`); not a name's last word elsewhere (`Tran Duc Khiem` … `Le Van Duc`), nor a
                # word of a body's name (`Ardent Energy Advisory` … `Minister of Energy`, `Nantes Métropole Demain` …
                # `la Métropole`)
                self.by_surname[key] = name
        self.gendered_namesake = self._gendered_namesakes(runs, introduced)
        for i, j in runs:
            ref = self.referent_for_run(i, j)
            if ref.kind == "person":
                self._add_titles(ref, i, j)
                if not ref.titles and j > i and is_title_word(doc.words[j], tables, doc) and i > 0 \
                        and doc.words[i - 1].feats.get("Definite") == "Def" and doc.words[i - 1].head == j:
                    # an office in title case with no one's name is its own title: `The Resources Minister says…`
                    ref.titles.append((_text(doc, i, j), doc.words[i].start, doc.words[j].end))
                if ref.gender is None:
                    ref.gender = self._described_gender(i)
                if j > i and fold(ref.name) == fold(_text(doc, i, j)):
                    given = fold(doc.words[i].text)
                    self.honoured_given[given] = fold(ref.name) \
                        if self.honoured_given.get(given, fold(ref.name)) == fold(ref.name) else None
                    # a full name whose first name also stands alone (`Mariana’s team`): its surname still
                    # means it further on, and before a namesake first named after it (`Marisol Ferrante` …
                    # `Her mother, Carmen Ferrante`: `Ferrante` is still the first)
                    surname = fold(doc.words[j].text)
                    owner = self.by_surname.get(surname)
                    if owner is None or (introduced.get(owner, -1) > i and given in subjects):
                        self.by_surname[surname] = fold(ref.name)
            elif ref.kind == "organization" and ref.gender is None:
                # grammatical gender on the article (`la STM` is `elle`, never the `il` of the man quoted next)
                ref.gender = next((g for k in range(i, j + 1) if (g := determiner_gender(doc, k))), None)
        for i, j in runs:  # a single name a person's anywhere (`souffle Mamadou, 58 ans, chauffeur`) is one where
            ref = self.referent_for_run(i, j)  # it first appeared (`Mamadou n'a pas attendu`)
            if i == j and ref.kind == "place" and fold(ref.name) == fold(doc.words[i].text) \
                    and (_age_after(doc, j) or self._said_to_be_one(doc.words[i])):
                ref.kind = "person"
                self._add_titles(ref, i, j)
        for i, j in runs:  # a role stated as the name's predicate, where no apposition gave one
            ref = self.referent_for_run(i, j)
            # (`Dr X, who was …`: a form of address only)
            addressed = bool(ref.titles) and all(form_of_address(t, tables) for t, _, _ in ref.titles)
            if ref.kind == "person" and (not ref.titles or addressed or not current_titles(ref, tables)):
                role = self._predicated_role(i, j) or self._lede_role(i, j)
                text = _text(doc, *role) if role is not None else ""
                if role is not None and ref.titles and not addressed and former_office(text, tables):
                    role = None  # (a former office over a former office: the one stated with the name stays)
                if role is not None:
                    ref.titles.insert(0, (text, doc.words[role[0]].start, doc.words[role[0]].start + len(text)))
        for n, (i, j) in enumerate(runs):
            ref = self.referent_for_run(i, j)
            if ref.kind == "person" and not any(self.referent_for_run(*r) is ref for r in runs[:n]):
                self._anaphoric_apposition(ref, i)
        # where each referent is named, so that a role two of them hold means the one named last (`Jean-Pierre
        # Chabal, castanéiculteur` … `son fils, castanéiculteur lui aussi` … `Jean-Pierre Chabal a fini par…,
        # conclut le castanéiculteur`)
        for i, j in runs:
            self.named_at.setdefault(id(self.referent_for_run(i, j)), []).append(doc.words[i].start)

    def _gendered_namesakes(self, runs: list[tuple[int, int]], introduced: dict[str, int]) -> dict[int, str]:
        """Bare names after a gendered courtesy title where two full names share that word (`Mr Koh`, `Madam
        Koh` after `Koh Boon Seng` and `Koh Ah Lian`): each gender's honorific keeps to the full name it first
        meant, the latest written before it that the other gender's has not claimed."""
        words = self.doc.words
        namesakes: dict[str, list[tuple[int, str]]] = {}
        for name, at in sorted(introduced.items(), key=lambda item: item[1]):
            first, last = fold(words[at].text), fold(name.rsplit(" ", 1)[-1])
            for word in {first, last}:
                namesakes.setdefault(word, []).append((at, name))
        claimed: dict[tuple[str, str], str] = {}
        found: dict[int, str] = {}
        for i, j in runs:
            word = fold(words[i].text)
            k = _honorific_before(self.doc, i, self.tables.honorifics)
            gender = self.tables.honorific_genders.get(words[k].text) if k is not None else None
            if j != i or gender is None or len(namesakes.get(word, ())) < 2:
                continue
            if (word, gender) not in claimed:
                taken = {name for (w, _), name in claimed.items() if w == word}
                free = [name for at, name in namesakes[word] if at < i and name not in taken]
                if not free:
                    continue
                claimed[(word, gender)] = free[-1]
            found[i] = claimed[(word, gender)]
        return found

    def _anaphoric_apposition(self, ref: Referent, i: int) -> None:
        """`Une conseillère communale Ecolo a estimé… L'élue, Sarah Bontemps, a rappelé…`: a sentence opening on
        a general role with its article and the name set off after it takes up the role subject of a sentence
        just before, which named no one: the same person, and that role is the title."""
        doc, words = self.doc, self.doc.words
        if i < 3 or words[i - 1].text != ",":
            return
        role, det = words[i - 2], words[i - 3]
        sentence = doc.sentence_of(i)
        if role.upos != "NOUN" or role.feats.get("Number") == "Plur" or det.i != sentence.first \
                or det.head != role.i or det.feats.get("Definite") != "Def" or det.feats.get("Poss") == "Yes":
            return
        for w in reversed(words[doc.sentences[max(0, sentence.index - 3)].first:sentence.first]):
            if w.upos != "NOUN" or w.rel != "nsubj" or w.feats.get("Number") == "Plur" or w.i in self.run_at \
                    or not (is_title_word(w, self.tables, doc) or fold(w.lemma) in self.tables.person_nouns) \
                    or any(a.rel == "ccomp" for a in doc.ancestors(w.i)):  # (not a subject of what was said)
                continue
            if not {fold(role.lemma), fold(role.text)} & self.tables.anaphoric_roles \
                    and fold(role.lemma) != fold(w.lemma):
                return  # (`Un policier a déclaré… Le maire, Jean Dupont, …`: someone else)
            lo, hi = self.mention_span(w.i)
            hi = next((k - 1 for k in range(w.i, hi + 1) if words[k].text == ","), hi)
            gender = determiner_gender(doc, w.i)
            if any(self.referent_for_run(*self.run_at[k]).kind == "person" for k in range(lo, hi + 1)
                   if k in self.run_at) or (gender and ref.gender and gender != ref.gender) \
                    or self.by_title(words[lo:hi + 1], w.start) not in (None, ref):
                return
            first = next(k for k in range(lo, w.i + 1) if words[k].upos != "DET" or k == w.i)
            text = _text(doc, first, hi)
            ref.titles.insert(0, (text, words[first].start, words[first].start + len(text)))
            self.anaphors[w.i] = ref
            return

    def _lede_role(self, i: int, j: int) -> tuple[int, int] | None:
        """The wire lede's convention: `A former county treasurer … was sentenced Thursday …` then, in the next
        sentence, `Gregory Lamb, 61, …`: the indefinite role that opened the story, naming no one, is the role
        of the person the next sentence introduces, with an age or as its opening subject; its words before the
        noun, without its complements."""
        doc = self.doc
        words = doc.words
        k = j + 1
        aged = k + 2 < len(words) and words[k].text == "," and words[k + 1].upos == "NUM" and (
            words[k + 2].text == "," or (k + 3 < len(words) and words[k + 3].text == ","
                                         and words[k + 2].upos == "NOUN"))
        # (`Gregory Lamb, 61,`, `Gérard Morin, 61 ans,`; or the full name opening the sentence as its subject:
        # `Kirra Whitfield worked at…`)
        opening = j > i and doc.sentences[words[i].sent].first == i \
            and any(words[x].rel == "nsubj" for x in range(i, j + 1))
        if not (aged or opening):
            return None
        sentence = words[i].sent
        if sentence == 0:
            return None
        previous = doc.sentences[sentence - 1]
        if words[previous.first].text in self.tables.quote_pairs:
            return None  # a quotation's words, not the writer's lede (a sub-heading `‘Eleven hours on a chair’`)
        if not doc.text[previous.start:previous.end].rstrip().endswith((".", "!", "?", "…", "»", "”", '"')):
            return None  # a line of the page's furniture, no sentence (`Please use Chrome browser for a more
            # accessible video player`)
        # read on the tags alone (the lede may be left unparsed): `A` [modifiers] role noun, opening the sentence
        k = previous.first
        dash = next((x for x in range(k, min(k + 8, previous.last)) if words[x].text in ("—", "–", "(AP)")), None)
        if dash is not None and words[k].text.isupper():
            k = dash + 1  # past the dateline (`NEW HAVEN, Conn. — A former treasurer…`)
        roles = [role for x in range(k, previous.last) if (role := self._indefinite_role(x, previous.last))]
        if not roles or (roles[0][0] != k + 1 and len(roles) > 1):
            return None  # (the role opening the lede, else its one role: `… à verser 320 000 euros à un céréalier
            # de l'Ain atteint de …`)
        first, last = roles[0]
        article = first - 1 if first > previous.first and words[first - 1].upos == "DET" else first
        opening = tuple(w.lower for w in words[max(previous.first, article - 3):article])
        if any(opening[-len(p):] == p for p in self.tables.attribution_preps):
            return None  # the source of the sentence's statement (`Selon un agent d'escale, « … »`), not its news
        if roles[0][0] != k + 1 and last + 2 < previous.last and words[last + 1].lower in self.tables.role_of \
                and (start := last + 2 + (words[last + 2].upos == "DET")) in self.run_at \
                and self.run_at[start][0] == start:
            last = self.run_at[start][1]  # (its place: `de l'Ain`)
        if any((r := self.referent_for_run(*self.run_at[x])).kind == "person" and r.name[:1].isupper()
               for x in range(previous.first, previous.last + 1) if x in self.run_at and not first <= x <= last):
            return None  # the lede names someone: the role may be theirs (`Prof X, a climate scientist, said`)
        return first, last

    def _indefinite_role(self, k: int, end: int) -> tuple[int, int] | None:
        """`a former county treasurer`, `un céréalier`: an indefinite article at word k, its modifiers and a
        singular role noun (read on the tags)."""
        words = self.doc.words
        if words[k].upos != "DET" or words[k].feats.get("Definite") != "Ind":
            return None
        last = k + 1
        while last + 1 <= end and words[last + 1].upos in ("ADJ", "PROPN", "NOUN"):
            last += 1
        if not is_title_word(words[last], self.tables, self.doc) or words[last].feats.get("Number") == "Plur":
            return None
        return k + 1, last

    def _said_to_be_one(self, w: Word) -> bool:
        """`Grace – not her real name – is a senior carer`: a single name said to be one of a trade is a person's
        (not a place's: a leader's role can be a country's, `X is a leader in solar power`)."""
        pred = self.doc.words[w.head] if w.rel == "nsubj" and w.head >= 0 else None
        return pred is not None and pred.upos == "NOUN" and bool(self.doc.kids(pred.i, "cop")) \
            and any(d.feats.get("Definite") == "Ind" for d in self.doc.kids(pred.i, "det")) \
            and pred.feats.get("Number") != "Plur" and is_title_word(pred, self.tables, self.doc) \
            and pred.lemma.lower() not in self.tables.leader_nouns

    def _predicated_role(self, i: int, j: int) -> tuple[int, int] | None:
        """`X now serves as president of the group Y`, `X is chief executive of Y`, `X, who is the mayor of Y,`:
        the role noun phrase predicated of the name i..j (determiner and the clause's other words left out)."""
        doc = self.doc
        top = next((doc.words[k] for k in range(i, j + 1) if not i <= doc.words[k].head <= j), None)
        if top is None:
            return None
        before = doc.words[i - 1].text if i > 0 else ""
        if top.rel in ("flat", "compound") and top.head == i - 1 and (
                before in self.tables.honorifics or before in self.tables.role_honorifics):
            top = doc.words[i - 1]  # the name hung on its honorific (`Dr Helen X, who was …`)
        extra = []
        if j + 3 < len(doc.words) and doc.words[j + 1].text == "," and doc.words[j + 2].lower in \
                self.tables.relative_subjects and doc.words[j + 3].rel == "cop" and doc.words[j + 3].head > j + 3:
            extra.append(doc.words[doc.words[j + 3].head])
        return self.role_predicated_of(top, extra)

    def role_predicated_of(self, top: Word, extra: list[Word] | None = None) -> tuple[int, int] | None:
        """The role noun phrase predicated of the subject word `top` (a name's head, a pronoun, a description):
        `X is chief executive of Y`, `Depuis le 1er janvier, la jeune femme est officiellement la gérante du
        domaine`."""
        doc = self.doc
        preds = [doc.words[top.head]] if top.rel == "nsubj" and top.head >= 0 else []
        preds += [c for p in preds for c in doc.kids(p.i, "conj") if not doc.kids(c.i, "nsubj")]  # (`was diagnosed
        # with IBM and now serves as president of…`)
        preds += [r for r in doc.kids(top.i, "acl") if any(k.lower in self.tables.relative_subjects
                                                              for k in doc.kids(r.i, "nsubj"))]
        # (`X, who was the trust's clinical director,`, whatever the parser hung the relative clause on)
        preds += extra or []
        fronted = self._fronted_role(top)
        if fronted is not None:
            return fronted
        for pred in preds:
            role = None
            if pred.upos == "NOUN" and doc.kids(pred.i, "cop"):
                role = pred  # `X is chief executive of Y`
            elif pred.upos == "VERB" and pred.lemma.lower() in self.tables.role_verbs:
                role = next((o for o in doc.kids(pred.i, "obl", "xcomp") if o.i > pred.i and any(
                    c.lower in self.tables.predicative_marks for c in doc.kids(o.i, "case", "mark"))), None)
            if role is None or not is_title_word(role, self.tables, doc) or role.feats.get("Number") == "Plur" \
                    or any(k.lower in self.tables.past_role_adverbs for k in doc.kids(pred.i, "advmod")):
                continue  # (nor a role held before: `was previously chief operating officer at X`)
            own = {k for k in doc.subtree(role.i)} - {
                x for c in doc.kids(role.i, "nsubj", "cop", "case", "mark", "det", "punct", "aux", "advmod", "acl",
                                    "conj", "cc", "obl", "advcl") for x in doc.subtree(c.i)}
            first = role.i  # (the words of its phrase next to it: not a measure the parser hung on it, `has worked
            while first - 1 in own and doc.words[first - 1].text not in (",", "(", ";"):  # there for 27 years,
                first -= 1  # the last six as president of X`)
            while first < role.i and doc.words[first].upos == "DET" and not doc.words[first].feats.get("Poss"):
                first += 1  # (the article of an owner: `the trust's clinical director`)
            last = first
            while last + 1 in own and doc.words[last + 1].text not in (",", "(", ";"):
                last += 1
            return first, last
        return None

    def _no_role(self, text: str) -> bool:
        """`Beau joueur, X a salué…`, `Ingénieure de formation, X…`: a manner or a past, no role."""
        return text.casefold() in self.tables.not_roles or text.casefold().endswith(self.tables.not_role_endings) \
            or bool(self.tables.act_descriptions and re.match(self.tables.act_descriptions, text, re.IGNORECASE))

    def _fronted_role(self, top: Word) -> tuple[int, int] | None:
        """A bare role opening the sentence, set off by a comma before its subject (`Fondateur du groupe Sudlog
        (1 200 salariés), l'homme d'affaires a confirmé`, `Ancien ministre, il a confirmé`): the subject's role."""
        doc = self.doc
        if top.rel != "nsubj" or top.head < 0:
            return None
        subject_start = min(doc.subtree(top.i))
        first = doc.sentence_of(top.i).first
        if subject_start < 2 or subject_start == first or doc.words[subject_start - 1].text != ",":
            return None
        role = next((k for h in (top.head, top.i) for k in doc.kids(h) if min(doc.subtree(k.i)) == first), None)
        if role is not None and role.lower in self.tables.appointment_participles:
            role = next((k for k in doc.kids(role.i, "xcomp", "obj") if k.i == role.i + 1), None)
            first = role.i if role is not None else first  # `Élue gérante en septembre, X`: the role appointed
        if role is None or role.upos != "NOUN" or doc.kids(role.i, "det") \
                or role.feats.get("Number") == "Plur" or not is_title_word(role, self.tables, doc) \
                or max(doc.subtree(role.i)) >= subject_start:
            return None
        last = role.i
        while last < max(doc.subtree(role.i)) and doc.words[last + 1].text not in (",", "(", ";", "–", "—"):
            last += 1
        if any(x in self.run_at and self.referent_for_run(*self.run_at[x]).kind == "person"
               for x in range(first, last + 1)):
            return None  # someone else's role and name, a reported clause's subject (`Defensive coordinator X, who
            # has run the team …, will stay in that role, Whitcomb said`)
        return None if self._no_role(_text(doc, first, last)) else (first, last)

    def _add_titles(self, ref: Referent, i: int, j: int) -> None:
        right = title_right(self.doc, j, self.tables) or self._shared_role(j)
        words = self.doc.words
        after = words[j + 1] if j + 1 < len(words) and words[j + 1].sent == words[j].sent else None
        following = words[j + 2] if j + 2 < len(words) and words[j + 2].sent == words[j].sent else None
        if after is not None and after.text in self.tables.post_nominal_titles and ref.letters is None \
                and ref.kind == "person" and not (following is not None and _cap(following)):
            ref.letters = (after.text, after.start, after.end)  # `Aoife Brannigan SC, for the alliance`
        spans = [s for s in (_title_left(self.doc, i, self.tables), right) if s]
        # a membership (`L'un des trois auteurs du rapport, X, ingénieur général`) after a singular role
        spans.sort(key=self._plural_role)
        for span in spans:
            a, b = span
            if ref.gender is None:  # (a feminine article before the name first: `la Dre Annie Bujold, médecin de
                # famille`; a masculine one may be generic, `le Dr Claire Ferrand`)
                address = i > 0 and fold(self.doc.words[i - 1].text) in self.tables.address_titles
                described = self._described_gender(i) if address else None
                ref.gender = described if described == "Fem" else self._title_gender(a, b)
            text = bare_role(_role_text(self.doc, a, b), self.tables).strip(" ,–—")
            if self._no_role(text):
                continue
            if text and all(fold(text) != fold(t) for t, _, _ in ref.titles):
                title = (text, self.doc.words[a].start, self.doc.words[a].start + len(text))
                if self._plural_role(span):
                    self._shared_titles.add(title)
                if ref.titles and (form_of_address(ref.titles[0][0], self.tables)
                                   # (one's own role before the one shared with others: `X et Y, les cofondateurs
                                   # de Z,` … `X, cofondatrice et PDG de Z`)
                                   or (ref.titles[0] in self._shared_titles and title not in self._shared_titles)):
                    # `le docteur X, chef de service à…`, `Col McKenzie, a cattle farmer`: the role stated in
                    # words, not the address or an abbreviation that may be a given name
                    ref.titles.insert(0, title)
                else:
                    ref.titles.append(title)

    def _shared_role(self, j: int) -> tuple[int, int] | None:
        """A plural role set off after the next name coordinated with the one ending at word j: each one's (`Dr X
        and Dr Y, the co-chairs of the committee,`)."""
        words = self.doc.words
        k = j + 1
        if k >= len(words) or words[k].upos != "CCONJ":
            return None
        k += 1
        while k < len(words) and words[k].text in self.tables.honorifics:
            k += 1
        run = self.run_at.get(k)
        if run is None or run[0] != k or words[k].sent != words[j].sent:
            return None
        role = title_right(self.doc, run[1], self.tables)
        first = self.run_at.get(j, (j, j))[0]
        return role if role is not None and self._plural_role(role, (first, j)) else None

    def _plural_role(self, span: tuple[int, int], shared_by: tuple[int, int] | None = None) -> bool:
        """A plural role, or one the parser apposed to the first of the coordinated names, which heads them all
        (`Inès Bouaziz et Mathis Carré, porte-parole de l'Union étudiante`: an invariable noun)."""
        words = self.doc.words[span[0]:span[1] + 1]
        role = next((w for w in words if is_title_word(w, self.tables, self.doc)), None)
        return role is not None and (role.feats.get("Number") == "Plur" or (
            shared_by is not None and role.rel == "appos" and shared_by[0] <= role.head <= shared_by[1]))

    def _described_gender(self, i: int) -> str | None:
        """The gender the article of a noun right before the name starting at word i shows, where the noun is no
        role of the tables (`la socialiste Nadia Ferreira-Blanc`, `le libéral-radical Olivier Chappuis`)."""
        words = self.doc.words
        k = i - 1
        if k < 1 or words[k].upos not in ("NOUN", "ADJ") or words[k].sent != words[i].sent \
                or not (words[k].head == i or words[i].head == k):
            return None
        det = words[k - 1]
        if det.upos != "DET" or det.head != k or det.feats.get("Poss") or det.feats.get("Number") == "Plur":
            return None
        return det.feats.get("Gender")

    def _title_gender(self, a: int, b: int) -> str | None:
        """The gender a role phrase shows: on its determiner, else on an adjective agreeing with an epicene
        noun (`secrétaire générale`), else on the noun."""
        words = self.doc.words
        det = words[a - 1] if a > 0 and words[a - 1].upos == "DET" else None
        role = next((w for w in words[a:b + 1] if is_title_word(w, self.tables, self.doc)), words[a])
        # (an adjective in -e tagged masculine is most often epicene too: `économiste spécialiste de…`)
        adjectives = [w for w in words[a:b + 1] if w.upos == "ADJ" and w.head == role.i
                      and not (w.feats.get("Gender") == "Masc" and w.lower.endswith("e"))]
        for w in ([det] if det else []) + adjectives:
            if w.feats.get("Gender"):
                return w.feats["Gender"]
        # alone, a noun in -e is most often epicene whatever its tag (`hydrologue`, `ministre`, `infectiologue`):
        # unknown, unless its ending is a feminine one (`directrice`, `chercheuse`, `avocate`)
        gender = role.feats.get("Gender")
        epicene = role.lower.endswith("e") and not (gender == "Fem" and role.lower.endswith(
            self.tables.feminine_suffixes))
        if gender == "Fem" and self.tables.feminine_suffixes and not role.lower.endswith(self.tables.feminine_suffixes):
            return None  # (a feminine tag on a masculine form is the tagger's slip: `boulanger` tagged feminine)
        return None if epicene else gender

    def referent_for_run(self, i: int, j: int) -> Referent:
        name = _text(self.doc, i, j)
        key = fold(name)
        if j == i and i in self.gendered_namesake:
            return self.referents[self.gendered_namesake[i]]
        if j == i and key in self.by_surname and key in self.referents and self.referents[key].kind == "place":
            # a surname seen alone before its full name was taken for a place (`Garside says VAR…` in a headline)
            return self.referents[self.by_surname[key]]
        if key in self.referents:
            return self.referents[key]
        if j == i and key in self.by_surname:
            return self.referents[self.by_surname[key]]
        if j == i and self.by_given.get(key) is not None:
            return self.referents[self.by_given[key]]  # type: ignore[index]
        if j == i and self.honoured_given.get(key) is not None \
                and _honorific_before(self.doc, i, self.tables.honorifics) is not None:
            return self.referents[self.honoured_given[key]]  # type: ignore[index]
        if j > i and fold(self.doc.words[j].text) in self.by_surname:
            full = self.referents[self.by_surname[fold(self.doc.words[j].text)]]
            if fold(full.name).endswith(key):
                return full
        if j == i and self.doc.words[i].text in self.tables.role_abbreviations:
            # an office's abbreviation (`says PM`) is whoever holds the office in the text, else a person
            holder = self.by_title([self.doc.words[i]], self.doc.words[i].start)
            return holder or self.referents.setdefault(key, Referent(name, "person"))
        kind = _kind_of_name(self.doc, i, j, self.tables)
        return self.referents.setdefault(key, Referent(name, kind))

    def _without_set_off_clauses(self, words: list[int]) -> list[int]:
        """The words of a phrase less its relative clauses set off by a comma (and that comma)."""
        doc = self.doc
        cut: set[int] = set()
        for k in words:
            if doc.words[k].deprel == "acl:relcl" and doc.set_off(k):
                clause = doc.subtree(k)
                cut.update(clause)
                cut.add(min(i for i in clause if doc.words[i].rel != "punct") - 1)
        return [k for k in words if k not in cut]

    def _quote_mark(self, k: int) -> bool:
        """Word k is a quotation mark, not a plural possessive's apostrophe (`the residents' group`)."""
        words = self.doc.words
        if words[k].text not in self.quote_marks:
            return False
        return not (k > 0 and words[k].text in ("'", "’") and words[k].start == words[k - 1].end
                    and words[k - 1].text[-1:] in ("s", "S"))

    def mention_span(self, h: int) -> tuple[int, int]:
        """Word range of the noun phrase headed by h: modifiers, names and appositions, no clauses."""
        doc = self.doc
        keep = [h]
        stack = [h]
        while stack:
            k = stack.pop()
            for kid in doc.kids(k):
                # (a conjunct with no conjunction of its own, after a comma, is an apposition the parser
                # misread: `Son principal adversaire, le député RN Franck Allisio, a répliqué`)
                # (but not a phrase naming no one: `l'ouvreur béarnais, le sourire aux lèvres, en zone mixte`)
                first = min(doc.subtree(kid.i))  # (its comma, or one hung on the head: `Her neighbour, retired
                # teacher Susan Lee, said`)
                apposed = kid.rel == "conj" and k == h and kid.i > h and not doc.kids(kid.i, "cc") \
                    and "," in (doc.words[first].text, doc.words[first - 1].text) and any(
                        x.upos == "PROPN" or is_title_word(x, self.tables, doc)
                        or x.lemma.lower() in self.tables.person_nouns
                        or x.lemma.lower() in self.tables.organization_nouns
                        for x in (doc.words[i] for i in doc.subtree(kid.i)))
                if self._role_participle(k, kid) or (kid.rel == "acl" and kid.upos == "ADJ" and kid.i == k + 1) or (
                        kid.rel == "amod" and kid.upos == "ADJ" and kid.i == k + 1
                        and any(doc.kids(o.i, "case") for o in doc.kids(kid.i, "obl"))):
                    # (also `a person familiar with the plans`, `sources close to`; not a relative clause set off by
                    # a comma: `…, who declined to be named because …`; nor the clause after the phrase's comma that
                    # the parser hung on it: `According to a person familiar with the matter, two members argued…`)
                    comma = next((i for i in range(kid.i + 1, max(doc.subtree(kid.i)))
                                  if doc.words[i].text == "," and doc.words[i].head != kid.i), None)
                    keep += [i for i in self._without_set_off_clauses(doc.subtree(kid.i)) if comma is None or i < comma]
                    continue
                if kid.rel == "advmod" and kid.upos == "ADV" and kid.i == k + 1 and k == h and any(
                        n.i > kid.i and min(doc.subtree(n.i)) == kid.i + 1 and doc.kids(n.i, "case")
                        for n in doc.kids(k, "nmod")):
                    # (`A source close to the negotiations`: the adjective tagged an adverb, its complement given
                    # to the noun)
                    nmod = next(n for n in doc.kids(k, "nmod") if min(doc.subtree(n.i)) == kid.i + 1)
                    keep += [kid.i, *self._without_set_off_clauses(doc.subtree(nmod.i))]
                    continue
                # (a conjunct inside an institution's name is part of it: `the Department of Agriculture and
                # Fisheries`, `du ministère de l'Économie et des Finances`)
                named_conj = kid.rel == "conj" and k != h and kid.i > k and ((_cap(doc.words[k]) and _cap(kid)) or (
                    # (or two complements of a named institution with the same preposition: `la Chambre
                    # neuchâteloise d'agriculture et de viticulture`; or of a body's kind: `la direction
                    # départementale de l'emploi, du travail, des solidarités et de la protection des populations`)
                    (_cap(doc.words[h]) or doc.words[h].lemma.lower() in self.tables.organization_nouns)
                    and doc.words[h].upos in ("NOUN", "PROPN") and bool(
                        {c.lemma for c in doc.kids(kid.i, "case")} & {c.lemma for c in doc.kids(k, "case")})))
                if (kid.rel not in NP_RELS and not apposed and not named_conj) \
                        or (kid.rel == "punct" and kid.text not in ("-", "'", "’")):
                    continue
                if k == h and (kid.rel == "case" or (kid.i < h and kid.rel in ("nmod", "appos", "punct")
                                                     and kid.deprel != "nmod:poss")):  # `Netanyahu's office`
                    continue  # `selon le ministère`, `Lundi, cependant, le sénateur X`
                if kid.rel == "appos" and kid.upos == "PRON":
                    continue  # `L'Espagnol Rodri, lui, s'est dit…`
                if kid.rel == "appos" and k == h and kid.i > h and doc.words[h].upos == "NOUN" and kid.upos == "NOUN" \
                        and h not in self.run_at and doc.set_off(kid.i) \
                        and doc.words[min(x for x in doc.subtree(kid.i) if doc.words[x].rel != "punct")].feats.get(
                            "Definite") == "Ind" \
                        and not any(x in self.run_at for x in doc.subtree(kid.i)):
                    continue  # an indefinite description set off after a nameless one says what they do, no part of
                    # how they are named (`Another employee, an executive level 1 analyst with 14 years…, said`)
                if kid.rel == "det" and any(doc.words[x].text == "," for x in range(kid.i + 1, k)):
                    continue  # a fronted adverbial's article taken for the noun's (`Un peu plus loin, la gérante`)
                if kid.rel != "punct" and any(self._quote_mark(x) for x in range(min(kid.i, k) + 1, max(kid.i, k))):
                    continue  # a quotation's word hung on the speaker (`'We must stay calm' - Brentwell boss`)
                if kid.rel == "amod" and kid.i > k and doc.set_off(kid.i):
                    continue  # a detached adjective of manner (`Un autre conseiller, plus direct, reconnaît`)
                if kid.rel in ("nmod", "appos", "flat", "amod") and self._is_date(kid):
                    continue  # `a annoncé la Fédération française de football (FFF) mardi soir`
                cases = {c.lower for c in doc.kids(kid.i, "case")}
                opening = doc.words[min(doc.subtree(kid.i))]
                if opening.rel == "case":  # (also a preposition hung on the phrase's first word: `farmer as NSW and
                    cases.add(opening.lower)  # Queensland swelter`)
                if kid.rel == "nmod" and not doc.kids(kid.i, "case") and kid.deprel == "nmod" and kid.i > k \
                        and doc.set_off(kid.i) and not doc.kids(kid.i, "nummod"):  # (an age stays: `X, 34 ans,`)
                    continue  # a clause's subject hung on the phrase before its comma (`According to X, claims
                    # reached…`)
                if kid.rel == "nmod" and self._aside(kid):
                    continue  # `Le ministre de la Santé, de son côté, défend`
                if kid.rel == "nmod" and cases & self.tables.mention_stop_prepositions \
                        and not self._employer(doc.words[h], kid, cases):
                    continue  # `le chef de l'État devant les maires`
                if kid.rel == "appos" and kid.lemma in self.tables.bearing_nouns and doc.set_off(kid.i):
                    continue  # `la mère d'une des victimes, la voix brisée`
                if kid.rel == "nmod" and kid.i > h and kid.lemma in self.tables.bearing_nouns \
                        and any(d.feats.get("Definite") == "Ind" for d in doc.kids(kid.i, "det")):
                    continue  # a manner, not whose: `a déclaré l'accusé d'une voix hachée`
                if kid.rel == "appos" and kid.upos == "NOUN" and doc.set_off(kid.i) and doc.bare(kid.i) \
                        and any(self._is_date(d) for d in doc.kids(kid.i, "nmod", "obl") if d.i > kid.i):
                    continue  # a participle read as a noun, with its date (`un ancien salarié, parti en 2025`)
                if kid.rel == "nmod" and kid.lemma in self.tables.medium_nouns:
                    continue  # `savourait l'attaquant au micro de Prime Video`
                if kid.rel == "nmod" and k == h and cases & self.tables.role_only_prepositions \
                        and not is_title_word(doc.words[h], self.tables, doc) \
                        and not (kid.lemma in self.tables.preposition_nouns and doc.kids(kid.i, "nmod")) \
                        and not self._employer(doc.words[h], kid, cases):
                    continue  # `confie sa mère au Progrès`
                keep.append(kid.i)
                stack.append(kid.i)
        head = doc.words[h]
        if head.rel == "compound" and head.head > h:
            # a role compounded with the word after it: the parser hung the role's own modifiers there too
            # (`Orvalis boss fumes over…`, a headline's verb read as a noun)
            k = min(keep) - 1
            while k >= 0 and doc.words[k].rel in ("compound", "flat") and doc.words[k].head == head.head:
                keep.append(k)
                k -= 1
        lo, hi = min(keep), max(keep)
        # contiguous around h only, and not opening on a list's bullet (`• Matatu owners say`) nor running back
        # across a spaced hyphen (`list 2 of 3 - RSF says`: a teaser's counter before the name; an en dash sets off
        # an apposition: `le sénateur X – un républicain de Caroline du Sud`)
        while lo < h and (lo not in keep or not any(ch.isalnum() for ch in doc.words[lo].text)):
            lo += 1
        for k in range(lo + 1, hi):
            w = doc.words[k]
            spaced = doc.text[w.start - 1:w.start] == " " and doc.text[w.end:w.end + 1] == " "
            if w.text == "-" and spaced and (k < h or (
                    not _cap(doc.words[h]) and any(doc.words[x].upos == "PROPN" for x in range(k, hi + 1)))):
                lo = k + 1  # (also when the parser made the counter the head: `list` … `- RSF`)
        head = doc.words[h]
        governor = doc.words[head.head] if head.head >= 0 else None
        if governor is not None and governor.upos == "ADJ" and governor.i == hi + 1 and head.rel == "nsubj" \
                and doc.kids(governor.i, "obl"):
            hi = max(i for i in doc.subtree(governor.i) if i != h and doc.words[i].rel != "punct")
            # (`people familiar with the matter told…` parsed as a small clause of the adjective)
        elif hi + 1 < len(doc.words) and (after := doc.words[hi + 1]).upos == "ADJ" and after.sent == head.sent \
                and not lo <= after.head <= hi and head.upos == "NOUN" and head.feats.get("Number") == "Plur" \
                and min(doc.subtree(after.i)) == after.i \
                and any(doc.kids(o.i, "case") for o in doc.kids(after.i, "obl")):
            hi = max(i for i in doc.subtree(after.i) if doc.words[i].rel != "punct")
            # (`according to two people familiar with the matter`, the adjective hung on the verb)
        hi = self._named_up_to_acronym(h, hi)
        while lo > 0 and head.rel == "nsubj":
            # (`One Labour MP told…` parsed as two subjects: one phrase; so is a name with `and` split in two:
            # `The Port Alder and District Home Builders' Association called…`)
            k = lo - 1
            if k > 0 and doc.words[k].rel == "cc" and lo <= doc.words[k].head <= hi and head.upos == "PROPN" \
                    and doc.words[k - 1].upos == "PROPN":
                k -= 1
            if k > 0 and doc.words[k].text == "-" and doc.words[k - 1].upos == "NUM" \
                    and doc.words[k - 1].end == doc.words[k].start:
                k -= 1  # (nor an age run into it: `The 23-year-old`)
            if doc.words[k].rel != "nsubj" or doc.words[k].head != head.head \
                    or doc.words[k].upos not in ("NOUN", "PROPN", "NUM"):
                break
            lo = min(doc.subtree(k))
        while doc.words[hi].rel == "punct" or doc.words[hi].upos in ("ADP", "CCONJ"):
            if hi == h:
                break
            hi -= 1
        while lo < h and (doc.words[lo].rel == "punct" or (
                lo > 0 and lo - 1 not in keep and doc.words[lo - 1].start == doc.words[lo].start)):
            lo += 1  # `du ministère`: the article fused with a preposition left out of the mention
        inside = [doc.words[k].text for k in range(lo, hi + 1)]
        if inside.count("(") > inside.count(")") and hi + 1 < len(doc.words) and doc.words[hi + 1].text == ")":
            hi += 1  # `L'Agence internationale de l'énergie atomique (AIEA)`
        return lo, hi

    def _role_participle(self, k: int, kid: Word) -> bool:
        """A participle right after a role noun that completes the role (`la ministre déléguée au Numérique`,
        `le ministre chargé des Transports`), or after a body's kind, what tells the body (`la société chargée de
        l'équarrissage`), as against a clause of circumstance (`interrogé par…`)."""
        doc = self.doc
        head = doc.words[k]
        return kid.rel == "acl" and kid.i == k + 1 and kid.feats.get("VerbForm") == "Part" \
            and (is_title_word(head, self.tables, doc) or (
                head.upos == "NOUN" and fold(head.lemma) in self.tables.generic_organizations
                and head.feats.get("Number") != "Plur" and bool(doc.kids(kid.i, "obl"))
                and (kid.lemma.lower() not in self.tables.reporting_verbs  # (a verb of saying read as one: `the
                     # company warned in a statement`; but `chargée de l'équarrissage`)
                     or self._complement_read_as_agent(doc.kids(kid.i, "obl")[0])))) \
            and not doc.kids(kid.i, "nsubj", "obj", "aux", "advcl", "ccomp", "xcomp") \
            and not (kid.lemma.lower() in self.tables.reporting_verbs and not doc.kids(kid.i, "obl")) \
            and all(doc.kids(o.i, "case") and (o.deprel != "obl:agent" or self._complement_read_as_agent(o))
                    for o in doc.kids(kid.i, "obl", "obl:agent"))

    def _complement_read_as_agent(self, o: Word) -> bool:
        """`chargée de l'équarrissage`: a complement under `de` the parser took for a passive's agent."""
        return all(c.lower in self.tables.role_of for c in self.doc.kids(o.i, "case"))

    def _is_date(self, kid: Word) -> bool:
        return is_time_expression(self.doc, kid, self.tables)

    def _aside(self, kid: Word) -> bool:
        """A prepositional phrase after a comma with a possessive determiner (`de son côté`, `pour sa part`), or a
        bare common noun (`en poste depuis 2024`, `sous pression`): a discourse aside or a state of the noun's
        referent, not part of its description."""
        doc = self.doc
        first = min(i for i in doc.subtree(kid.i) if doc.words[i].rel != "punct")
        dets = doc.kids(kid.i, "det")
        return first > 0 and doc.words[first - 1].text == "," \
            and (any(d.feats.get("Poss") == "Yes" for d in dets)
                 or (not dets and kid.upos == "NOUN" and bool(doc.kids(kid.i, "case"))))

    def by_title(self, words: list[Word], before: int, later_only: bool = False,
                 gender: str | None = None) -> Referent | None:
        """A referent whose stated title contains every content word of this role mention (with `later_only`,
        a title stated after the mention), of the gender its article states (`La ministre` is not the man
        `le ministre` named)."""
        wanted = _role_words(words)
        if not wanted:
            return None
        # (a kind of organisation without article names a trade, not the head of one named before: `le chef
        # d'entreprise` is no `président du BNIC`)
        acronyms = {fold(w.text) for w in words if w.text.isupper() and 2 <= len(w.text) <= 5}
        trade = any(fold(w.lemma) in self.tables.generic_organizations and w.rel == "nmod"
                    and not self.doc.kids(w.i, "det") for w in words)
        for required, one_of in [(frozenset(wanted), frozenset())] + self._other_names_of_office(wanted, trade):
            best: tuple[int, Referent] | None = None
            for ref in self.referents.values():
                if gender in ("Masc", "Fem") and ref.gender in ("Masc", "Fem") and ref.gender != gender:
                    continue
                for text, start, _ in ref.titles:
                    # (`Shadow housing secretary X` is not `the housing secretary`: a modifier makes another office)
                    # (a head named by a kind of organisation only is someone named before: `the union boss`)
                    # (of two coordinated roles, either: `déléguée syndicale CFDT et secrétaire adjointe du CSE`)
                    if any(_covers(required, have, acronyms, text) and (not one_of or have & one_of)
                           and not (have - required) & self.tables.office_modifiers
                           for have in _title_parts(text, self.tables)) \
                            and not (later_only and start < before) and (required or start < before):
                        anchor = max([start] + [at for at in self.named_at.get(id(ref), ()) if at < before])
                        distance = abs(before - anchor) + (0 if start < before else 100_000)
                        if best is None or distance < best[0]:
                            best = (distance, ref)
            if best is not None:
                return best[1]
        return None

    def other_name_of_office(self, words: list[Word]) -> bool:
        """The words name an office by one of the press's periphrases (`le représentant de l'État`)."""
        return frozenset(_role_words(words)) in self.tables.role_periphrases

    def _other_names_of_office(self, wanted: set[str], trade: bool = False
                               ) -> list[tuple[frozenset[str], frozenset[str]]]:
        """What else a role mention may match, as (words a title must hold, words one of which it must hold): the
        offices a periphrasis stands for; and for a head named by what it heads (`union chief`, `le patron de la
        CGT`), any title of a head holding the rest."""
        other = [(office, frozenset()) for office in self.tables.role_periphrases.get(frozenset(wanted), ())]
        leaders = wanted & self.tables.leader_nouns
        if leaders and wanted - leaders:
            other.append((frozenset(wanted - leaders), self.tables.head_titles))
            if wanted - leaders <= self.tables.generic_organizations and not trade:
                other.append((frozenset(), self.tables.head_titles))  # (`Le responsable du syndicat`)
        return other

    def names_one_person(self, words: list[Word]) -> bool:
        """The words are one person's name and nothing else but honorifics (a transcript's or an interview's
        label: `Thomas Pesquet :`, `Dale Hoffner:`; not `Lire aussi :`, `Photo :`)."""
        runs = {self.run_at[w.i] for w in words if w.i in self.run_at}
        return bool(words) and len(runs) == 1 \
            and all(w.i in self.run_at or w.text in self.tables.honorifics for w in words) \
            and self.resolve_np(next(iter(runs))[1]).referent.kind == "person"

    def _employer(self, head: Word, kid: Word, cases: set[str]) -> bool:
        """A name after an affiliation preposition on a role or person noun: where they work (`Analysts at
        Bernstein`), part of the mention."""
        tables = self.tables
        return bool(cases) and kid.head == head.i and head.upos == "NOUN" and (
            (cases <= tables.affiliation_prepositions and kid.i in self.run_at) or (
                # (or an institution's noun: `une source au ministère`, `a source at the ministry`)
                # (not a newspaper, the addressee: `confie une habitante au quotidien`)
                cases <= tables.institution_prepositions and kid.upos == "NOUN"
                and kid.lemma.lower() in tables.organization_nouns - tables.work_nouns)) \
            and (is_title_word(head, tables) or head.lemma.lower() in tables.person_nouns)

    def resolve_np(self, h: int) -> Mention:
        """The referent of a non-pronoun mention headed by word h."""
        doc = self.doc
        honorific = doc.words[h].text in self.tables.honorifics or doc.words[h].text + "." in self.tables.honorifics
        k = h + 2 if h + 2 < len(doc.words) and doc.words[h + 1].text == "." else h + 1
        if honorific and h not in self.run_at and k in self.run_at and self.run_at[k][0] == k:
            # the parser made the form of address the head (`Coun. Darryl Flett, who…, said`): the name after it
            i, j = self.run_at[k]
            return Mention(_text(doc, h, j), doc.words[h].start, doc.words[j].end, self.referent_for_run(i, j), False)
        named = self._coordinated_names(h)
        coordinated = self._coordination(named, subject=True) if named is not None else self._coordination(h)
        if coordinated is not None:
            return coordinated
        lo, hi = self.mention_span(h)
        text = _text(doc, lo, hi)
        start, end = doc.words[lo].start, doc.words[hi].end
        if h in self.anaphors:
            return Mention(text, start, end, self.anaphors[h], False)
        author = statement_author(doc, doc.words[h], self.tables) if doc.words[h].upos == "NOUN" else None
        if author is not None:  # `selon un rapport du Sénat`: the Senate speaks through it, as written
            hi = max(hi, self.mention_span(author.i)[1])  # (through a preposition mentions stop at: `from`)
            return Mention(_text(doc, lo, hi), start, doc.words[hi].end, self.resolve_np(author.i).referent, False)
        runs = sorted({self.run_at[k] for k in range(lo, hi + 1) if k in self.run_at})
        if doc.words[h].upos == "NOUN" and h not in self.run_at:
            runs = [r for r in runs if not self._in_prepositional_modifier(*r)  # `l'avocat de X`: not X
                    and not self._names_the_complement(h, *r)]
        head = doc.words[h]
        if head.lemma.lower() in self.tables.person_nouns and head.feats.get("Number") != "Plur":
            for i, j in runs:  # `sa mère, Catherine,`: a single name apposed to a person noun is a first name
                if i == j and doc.words[i].rel == "appos" and doc.words[i].head == h \
                        and (ref := self.referent_for_run(i, j)).kind == "place" and not ref.titles:
                    ref.kind = "person"
        # the person's name nearest the head (`Former City defender Micah Richards`: not `City`)
        persons = [r for r in runs if self.referent_for_run(*r).kind == "person" and not self._modifies(r, h)
                   and not self._before_role(r) and not self._hyphened_to_modifier(r)]
        if len(persons) > 1:  # (a role's place is no person beside the name: `MP for Brendon Vale, Rachel X`)
            persons = [r for r in persons if not (r[0] > lo and self._preposition_opens(lo, r[0]))] or persons
        if len(persons) > 1 and not any(i <= h <= j for i, j in persons):  # (nor, for a role, a portfolio's words
            # before a form of address and a name: `the Commissioner for Agriculture and Food Systems, Mrs. X`)
            persons = [r for r in persons if _honorific_before(doc, r[0], self.tables.honorifics) is not None] \
                or persons
        person = min(persons, key=lambda r: (0 if r[0] <= h <= r[1] else min(abs(h - r[0]), abs(h - r[1])),
                                             r[0] < h), default=None)  # a tie: the name after the role
        if person is not None:
            return Mention(text, start, end, self.referent_for_run(*person), False)
        if doc.words[h].lemma.lower() in self.tables.organization_nouns and h not in self.run_at:
            # `the Resolution Foundation think tank`, `the Labour party`: the organisation named before its kind
            named = [r for r in runs if self._modifies(r, h) and self.referent_for_run(*r).kind == "organization"]
            if named:
                return Mention(text, start, end, self.referent_for_run(*named[-1]), False)
        if runs and self._head_is_name(h):
            tail = doc.words[hi]
            if tail.upos == "NOUN" and tail.head == h and hi == self.run_at[h][1] + 1 and (
                    is_title_word(tail, self.tables, doc) or tail.lemma.lower() in self.tables.person_nouns):
                # `A Department of Health spokesperson` parsed with the name as head: the role speaks
                return Mention(text, start, end, self._np_referent(hi, lo, hi, text), False)
            return Mention(text, start, end, self.referent_for_run(*self.run_at[h]), False)
        introduced = self._introduced_name(h, lo, hi, runs)
        if introduced is not None:
            return Mention(text, start, end, introduced, False)
        # `le ministère russe de la Défense`, `le secrétaire d'État`: the phrase, or whom its title names
        words = doc.words[lo:hi + 1]
        before = self._person_before(lo)
        if before is not None and head.upos == "NOUN":
            return Mention(text, start, end, before, False)
        follower = self._apposed_person(hi)
        if follower is None:  # past the role's own modifiers (`l'adjointe au maire chargée de l'éducation, X`)
            own = set(doc.subtree(h))
            k = hi + 1
            while k < len(doc.words) and doc.words[k].text != "," and k - hi < 16 and (k in own or (
                    # (or a complement the parser broke off: `du Syndicat des chargées et chargés de cours de
                    # l'UQAR (SCCCUQAR), X`), no finite verb, quotation or second noun phrase in it
                    doc.words[k].sent == doc.words[h].sent and doc.words[k].feats.get("VerbForm") != "Fin"
                    and doc.words[k].text not in self.quote_marks
                    and not (doc.words[k].upos == "CCONJ" and k + 1 < len(doc.words)
                             and doc.words[k + 1].upos in ("DET", "PROPN", "PRON")))):
                k += 1
            if k > hi + 1 and k < len(doc.words) and doc.words[k].text == ",":
                follower = self._apposed_person(k - 1)
        # (a role, or a relation of someone's: `son conseil, Me X`)
        if follower is not None and (is_title_word(head, self.tables, doc) or any(
                d.feats.get("Poss") == "Yes" for d in doc.kids(h, "det"))):
            ref, end_word = follower
            return Mention(_text(doc, lo, end_word), start, doc.words[end_word].end, ref, False)
        # (a plural role is a group, never the one person an office names: `resident doctors on why…`)
        plural = head.feats.get("Number") == "Plur"
        if (is_title_word(head, self.tables, doc) or self.other_name_of_office(words)) and not plural:
            # (an indefinite role is someone new, unless it anticipates the one named further on: `« … » confie
            # un éleveur` in a headline; but not `a indiqué un porte-parole` after another porte-parole)
            indefinite = any(d.feats.get("Definite") == "Ind" for d in doc.kids(h, "det"))
            # (the role without a description set off after it: `Le chef de Renouveau Québec, ancien conseiller
            # municipal, a qualifié…`)
            role = next((words[:k] for k in range(h - lo + 1, len(words) - 1) if words[k].text == ","
                         and words[k + 1].i not in self.run_at), words)  # (a name set off is the role's own)
            ref = self.by_title(role, start, later_only=indefinite, gender=determiner_gender(doc, h))
            if ref is None and not indefinite:
                ref = self._labelled_person(lo, hi)
            if ref is not None:
                return Mention(text, start, end, ref, False)
        return Mention(text, start, end, self._np_referent(h, lo, hi, text), False)

    def _labelled_person(self, lo: int, hi: int) -> Referent | None:
        """`Le candidat PLR` after `le PLR Olivier Chappuis` or `Olivier Chappuis (PLR)`: the one person the
        document labels with the party acronym the role phrase carries; the phrase becomes their title."""
        doc = self.doc
        labels = {w.text for w in doc.words[lo:hi + 1] if is_acronym(w)}
        if not labels:
            return None
        found: dict[int, Referent] = {}
        for i, j in set(self.run_at.values()):
            label = doc.words[i - 1].text if i > 0 else ""
            if j + 3 < len(doc.words) and doc.words[j + 1].text == "(" and doc.words[j + 3].text == ")":
                label = label if label in labels else doc.words[j + 2].text
            ref = self.referent_for_run(i, j)
            if label in labels and ref.kind == "person" and not (lo <= i <= hi):
                found[id(ref)] = ref
        if len(found) != 1:
            return None
        ref = next(iter(found.values()))
        first = lo + 1 if doc.words[lo].upos == "DET" else lo
        title = _text(doc, first, hi)
        if all(fold(title) != fold(t) for t, _, _ in ref.titles):
            ref.titles.append((title, doc.words[first].start, doc.words[first].start + len(title)))
        return ref

    def _named_up_to_acronym(self, h: int, hi: int) -> int:
        """The end of an organisation's name that a coordination or a participle cut, where the name closes on its
        acronym in brackets (`the Department for Environment, Food and Rural Affairs (Defra)`, `l'Association
        nationale pour l'étude de la neige et des avalanches (Anena)`, `L'Union des commissionnaires en douane agréés
        du Togo (UCDAT)`); else hi."""
        doc = self.doc
        own = set(doc.subtree(h))
        for k in range(hi + 1, min(hi + 16, len(doc.words) - 2)):
            w = doc.words[k]
            participle = w.upos == "VERB" and w.feats.get("VerbForm") == "Part" and _cap(doc.words[h])
            if k not in own or w.sent != doc.words[h].sent or (w.upos in ("VERB", "AUX") and not participle) \
                    or w.text in self.tables.quote_pairs or w.text in (";", ":", ")"):
                return hi
            if w.text == "(":
                inner, close = doc.words[k + 1], doc.words[k + 2]
                return k + 2 if close.text == ")" and (is_acronym(inner) or _cap(inner)) else hi
        return hi

    def _introduced_name(self, h: int, lo: int, hi: int, runs: list[tuple[int, int]]) -> Referent | None:
        """`le site d'information Axios`, `le quotidien Le Monde`, `the broadcaster CNN`: an organisation noun
        introducing the name that closes the phrase; the name is the referent and the noun phrase its title."""
        doc, tables = self.doc, self.tables
        head = doc.words[h]
        words = {head.lemma.lower(), head.lower}
        if head.upos != "NOUN" or not (words & tables.organization_nouns or words & tables.anaphoric_org_nouns):
            return None
        if not runs or runs[-1][1] != hi or runs[-1][0] <= h or self._in_prepositional_modifier(*runs[-1]):
            return None
        i, j = runs[-1]
        if doc.words[i - 1].text in ("(", ")"):
            return None  # `L'Agence internationale de l'énergie atomique (AIEA)`: its own acronym; after it, its
            # region (`L'Agence régionale de santé (ARS) Nouvelle-Aquitaine`): one name
        k = i
        while k - 1 > h and _cap(doc.words[k - 1]) and doc.words[k - 1].upos in ("NOUN", "PROPN"):
            k -= 1  # (a capitalised noun is the name's own first word: `les Laboratoires Sorbière`)
        before = doc.words[k - 1]
        if k < i and (before.upos == "ADP" or (before.upos == "DET" and doc.words[k - 2].upos == "ADP")):
            return None  # `la direction des Laboratoires Sorbière`: the name completes the noun, no introduction
        ref = self.referent_for_run(i, j)
        if not ref.titles:
            ref.kind = "organization"
        first = lo + 1 if doc.words[lo].upos == "DET" else lo
        title = _text(doc, first, i - 1).strip(" ,") if i > first else ""
        # (a bare kind is no title, `l'association Anticor`, `le réseau GLAMOS`; a description is, `le site
        # d'information Axios`, `le gestionnaire du réseau RTE`)
        # (nor a description apposed before it, `Le principal syndicat de la profession, le SNCTA`: not written
        # right before the name)
        if len(title.split()) < 2 or all(x[:1].isupper() for x in title.split()) \
                or any(doc.words[x].text in (",", "–", "—") for x in range(first, i)):
            title = ""
        if title and all(fold(title) != fold(t) for t, _, _ in ref.titles):
            ref.titles.append((title, doc.words[first].start, doc.words[first].start + len(title)))
        return ref

    def _coordinated_names(self, h: int) -> int | None:
        """The first of the coordinated names a mention headed by word h belongs to, when they are its speakers
        whatever the parser made of them: h the last of a person's names after `and` (`Ms Pryce's parents, Alan
        and Margaret Pryce, said:`, the parser having given them no verb), or the first of names in apposition
        (`Ms Smith's parents, John and Mary Smith, said`)."""
        doc = self.doc
        w = doc.words[h]
        if w.upos != "PROPN":
            return None
        if w.rel == "appos" and any(k.upos == "PROPN" and k.i > h and doc.kids(k.i, "cc") for k in doc.kids(h, "conj")):
            return h
        first = doc.words[w.head] if w.rel == "conj" and 0 <= w.head < h and doc.kids(h, "cc") else None
        if first is not None and first.upos == "PROPN" and h in self.run_at and any(c.isalnum() for c in first.text) \
                and self.referent_for_run(*self.run_at[h]).kind == "person":  # (not a list's bullet: `• But X said`)
            return first.i
        return None

    def _coordination(self, h: int, subject: bool = False) -> Mention | None:
        """`La Chine et l'Inde ont fait savoir`: coordinated subjects speak together, as a group (`subject`: the
        words are known to be the subject, however parsed)."""
        doc = self.doc
        following = [k for k in doc.kids(h, "conj") if k.i > h]
        # (or a coordination the parser hung elsewhere, right before its verb: `…, Saudi Arabia and the United
        # States have said`)
        if not subject and not doc.words[h].rel.startswith("nsubj") and not (
                following and doc.kids(following[-1].i, "cc")
                and (end := self.mention_span(following[-1].i)[1]) + 1 < len(doc.words)
                and doc.words[end + 1].upos in ("AUX", "VERB") and doc.words[end + 1].sent == doc.words[h].sent):
            return None
        lo, _ = self.mention_span(h)
        if is_title_word(doc.words[h], self.tables, doc):
            # `co-founder and chief executive Scott Wu`, `co-founder and CEO Mariana Esposito, a former trader`:
            # roles of one person, the name on the first conjunct after `and` (the name may hang on its role)
            first = next((k for k in following if doc.kids(k.i, "cc")), following[-1] if following else None)
            named = None if first is None else self.run_at.get(first.i) or next(  # (`… opener Rohan Deshmukh`)
                (self.run_at[f.i] for f in doc.kids(first.i, "flat", "appos") if f.i in self.run_at), None)
            if named is not None and (ref := self.referent_for_run(*named)).kind == "person":
                j = named[1]
                return Mention(_text(doc, lo, j), doc.words[lo].start, doc.words[j].end, ref, False)
        last = following[-1] if following else None
        if last is not None and _office_words(doc, h, last.i, self.tables):
            # `Fish and Game Commissioner Garrett Holloway`: a title-case office whose own `and` the parser read as
            # a coordination, the name on its last conjunct
            named = self.run_at.get(last.i) or next(
                (self.run_at[f.i] for f in doc.kids(last.i, "flat", "appos") if f.i in self.run_at), None)
            if named is not None and named[1] > last.i and (ref := self.referent_for_run(*named)).kind == "person":
                return Mention(_text(doc, lo, named[1]), doc.words[lo].start, doc.words[named[1]].end, ref, False)
        # `Spain's agriculture and fisheries ministry`: a bare noun coordinated with the modifier of the noun
        # after it is a modifier too, the phrase one body
        h_word = doc.words[h]
        for k in following:
            modifiers = [c for c in doc.kids(k.i, "compound") if h < c.i < k.i]
            if k.upos == "NOUN" and modifiers and any(c.rel == "cc" for m in modifiers for c in doc.kids(m.i)) \
                    and not [x for x in doc.kids(h, "det", "amod", "nmod") if x.deprel != "nmod:poss"] \
                    and h_word.upos == "NOUN" \
                    and all(doc.words[x].rel in ("cc", "compound", "punct") or x == k.i for x in range(h + 1, k.i)):
                _, hi = self.mention_span(k.i)
                text = _text(doc, lo, hi)
                return Mention(text, doc.words[lo].start, doc.words[hi].end, self._np_referent(k.i, lo, hi, text),
                               False)
        # (a bare role after `et` is a second role of the same person: `X, entomologiste à l'IRD et coordinatrice
        # de l'essai`)
        # (nor one whose conjunction is inside it, an apposition's coordinated roles: `Ms. X, a Democrat and former
        # federal prosecutor,`)
        def plural_people(k: Word) -> bool:
            return k.feats.get("Number") == "Plur" and doc.words[h].feats.get("Number") == "Plur" \
                and (is_title_word(k, self.tables, doc) or person_like(k, self.tables))

        conjuncts = [k for k in following if k.upos in ("NOUN", "PROPN") and any(c.rel == "cc" for c in doc.kids(k.i))
                     and not (k.upos == "NOUN" and not doc.kids(k.i, "det") and is_title_word(k, self.tables, doc)
                              and not plural_people(k))  # (bare plural roles are groups: `médecins et élus`)
                     # (nor a bare noun past a comma: an absolute phrase, `X, chemise blanche et mains croisées`)
                     and not (k.upos == "NOUN" and not doc.kids(k.i, "det", "nmod:poss") and not plural_people(k)
                              and any(w.text == "," for w in doc.words[h + 1:k.i]))
                     # (nor a title-case role past a comma: `Khalid X, Director-General and Chairman of the Board`)
                     and not (k.upos == "PROPN" and is_title_word(k, self.tables, doc)
                              and any(w.text == "," for w in doc.words[h + 1:k.i]))
                     # (nor a phrase its determiner negates: `X, 54, a fisherman and no relation to Y, said`)
                     and not any(d.feats.get("PronType") == "Neg" for d in doc.kids(k.i, "det"))
                     and doc.joined(k.i)]
        if not conjuncts:
            return None
        last = conjuncts[-1].i
        _, hi = self.mention_span(last)
        while hi + 1 < len(doc.words) and doc.words[hi + 1].upos == "PROPN" and doc.words[hi + 1].head in (h, last) \
                and doc.words[hi + 1].sent == doc.words[h].sent:
            hi += 1  # (a shared surname the parser made a third conjunct: `John and Mary Smith`)
        comma = next((i for i in range(last + 1, hi + 1) if doc.words[i].text == ","), None)
        if comma is not None:  # `…et l'Inde, premiers émetteurs mondiaux,`: the apposition stays out
            hi = comma - 1
        text = _text(doc, lo, hi)
        return Mention(text, doc.words[lo].start, doc.words[hi].end, Referent(text, "group"), False)

    def _preposition_opens(self, lo: int, i: int) -> bool:
        """A preposition opens the phrase the name at word i ends, no comma between (`MP for Brendon Vale`, `le
        président de la Région Grand Est`)."""
        k = i - 1  # (not across another name: `Minister for Housing Niamh Gallagher-Reid`, a run split at `-`)
        while k > lo and self.doc.words[k].upos in ("DET", "NOUN", "ADJ", "PROPN", "NUM") and k not in self.run_at:
            k -= 1
        return k >= lo and self.doc.words[k].upos == "ADP"

    def _in_prepositional_modifier(self, i: int, j: int) -> bool:
        """The name i..j is the object of a preposition (`the lawyer for John Smith`)."""
        doc = self.doc
        k = _honorific_before(doc, i, self.tables.honorifics)  # (`l'avocate de M. Oudinot`)
        k = i if k is None else k
        return self.in_noun_modifier(i, j, ("nmod", "obl")) or (
            k > 0 and doc.words[k - 1].upos == "ADP" and doc.words[k - 1].sent == doc.words[i].sent)

    def in_noun_modifier(self, i: int, j: int, rels: tuple[str, ...] = ("nmod",)) -> bool:
        """The name i..j heads a prepositional phrase hung by one of these relations (by default a noun's
        modifier: `la réduction du score de Samuel Diarra`, not the agent of `remplacé par X`)."""
        doc = self.doc
        tops = [doc.words[k] for k in range(i, j + 1) if not i <= doc.words[k].head <= j]
        # (the preposition may hang on a role before the name: `A spokesperson for House Speaker Mike Johnson`)
        return any((doc.kids(w.i, "case") or doc.words[min(doc.subtree(w.i))].rel == "case") and w.rel in rels
                   for w in tops)

    def _names_the_complement(self, h: int, i: int, j: int) -> bool:
        """`A spokesperson for the promoter, Live Nation,`: after an indefinite role, a name in apposition to
        the common noun of its complement identifies that noun (a definite role is the one named: `le
        directeur de l'hôpital, Martin Hirsch`)."""
        doc = self.doc
        if not any(d.feats.get("Definite") == "Ind" for d in doc.kids(h, "det")):
            return False
        tops = [doc.words[k] for k in range(i, j + 1) if not i <= doc.words[k].head <= j]
        return any(w.rel == "appos" and w.head != h and doc.words[w.head].upos == "NOUN"
                   and doc.words[w.head].rel == "nmod" for w in tops)

    def _person_before(self, lo: int) -> Referent | None:
        """`X – un républicain de Caroline du Sud –`: a description set off right after a person's name."""
        k = lo - 1
        if k - 1 >= 0 and self.doc.words[k].text in (",", "–", "—", "(") and k - 1 in self.run_at \
                and self.run_at[k - 1][1] == k - 1 and not self._in_prepositional_modifier(*self.run_at[k - 1]) \
                and not self._in_fronted_adverbial(k - 1, lo):
            ref = self.referent_for_run(*self.run_at[k - 1])
            if ref.kind == "person":
                return ref
        return None

    def _in_fronted_adverbial(self, k: int, lo: int) -> bool:
        """Word k closes an adverbial phrase the mention at lo is outside of (`Invité mardi soir d'ici
        Normandie, l'officier a estimé`: the radio, not the officer's name)."""
        return any(a.rel in ("obl", "advcl") and lo not in self.doc.subtree(a.i)
                   for a in [self.doc.words[k], *self.doc.ancestors(k)])

    def _apposed_person(self, hi: int) -> tuple[Referent, int] | None:
        """`le porte-parole du Conseil, John Kirby`: a person's name right after the role phrase and a comma,
        whatever the parser attached it to."""
        k = hi + 1
        start = k + 1
        while start < len(self.doc.words) and self.doc.words[start].text in self.tables.honorifics:
            start += 1  # `son conseil, Me Éric Dupond-Moretti`
        if start < len(self.doc.words) and self.doc.words[k].text == "," and start in self.run_at \
                and self.run_at[start][0] == start:
            run = self.run_at[start]
            if _subject_of_next_clause(self.doc, k + 1, start):
                return None  # `Selon un diplomate, M. Keresztes cherche…`: the name is the next clause's subject
            ref = self.referent_for_run(*run)
            if ref.kind == "person":
                return ref, run[1]
        elif start < len(self.doc.words) and self.doc.words[k].text == ",":
            # (with a role of their own before the name: `Her coach, former doubles player Marcus Bell, said`)
            named = next((m for m in range(start, min(start + 8, len(self.doc.words))) if m in self.run_at), None)
            role = _title_left(self.doc, named, self.tables) if named is not None else None
            if named is not None and self.run_at[named][0] == named and role is not None and role[0] == start \
                    and (ref := self.referent_for_run(*self.run_at[named])).kind == "person" \
                    and not _subject_of_next_clause(self.doc, start, named):
                return ref, self.run_at[named][1]
        return None

    def _modifies(self, run: tuple[int, int], h: int) -> bool:
        """The name run stands before the common noun h as its modifier (`A Downing Street spokesperson`,
        `Trump's lawyer`): the noun's referent is someone else."""
        doc = self.doc
        i, j = run
        if j >= h or doc.words[h].upos != "NOUN":
            return False
        for k in range(i, j + 1):
            x = doc.words[k]
            while x.head != h and 0 <= x.head < h:
                x = doc.words[x.head]  # `Israeli Prime Minister Benjamin Netanyahu's office`
            if x.head == h and x.rel in ("compound", "nmod"):
                return True
        return False

    def _before_role(self, run: tuple[int, int]) -> bool:
        """A name run right before a role noun of the same phrase qualifies the role (`The Liberal Democrat MP for
        Brendon Vale, Rachel Dunmore`, however parsed): a party or a place, not the person."""
        k = run[1] + 1
        return k < len(self.doc.words) and self.doc.words[k].sent == self.doc.words[run[1]].sent \
            and is_title_word(self.doc.words[k], self.tables, self.doc) \
            and (not _cap(self.doc.words[k]) or is_acronym(self.doc.words[k]))

    def _hyphened_to_modifier(self, run: tuple[int, int]) -> bool:
        """A name hyphened to the participle or adjective after it only qualifies a noun (`a Las Cruces-based
        nonprofit`, `Chicago-born`): a place, no one apposed."""
        doc, k = self.doc, run[1] + 2
        return k < len(doc.words) and doc.words[run[1] + 1].text == "-" and doc.words[k].upos in ("VERB", "ADJ") \
            and doc.words[k].start == doc.words[run[1] + 1].end

    def _head_is_name(self, h: int) -> bool:
        return h in self.run_at

    def _np_referent(self, h: int, lo: int, hi: int, text: str) -> Referent:
        head = self.doc.words[h]
        lemma = head.lemma.lower()
        if lemma in self.tables.organization_nouns or head.lower in self.tables.organization_nouns:
            kind = "organization"
        elif mistagged_name(self.doc, head, self.tables) and lo == hi:
            kind = _kind_of_name(self.doc, h, h, self.tables)
        elif head.feats.get("Number") == "Plur":
            kind = "group"
        elif is_title_word(head, self.tables, self.doc) or lemma in self.tables.person_nouns:
            kind = "person"
        else:
            kind = "unknown"
        singular_person = kind == "person" and head.feats.get("Number") != "Plur"  # `le ministre`
        gendered = singular_person and fold(head.lemma) not in self.tables.fixed_gender_nouns  # (not `la victime`)
        # (not the comma of a list of the body's complements: `de l'emploi, du travail, …`)
        body = self.doc.words[h].lemma.lower() in self.tables.organization_nouns and not _cap(self.doc.words[h])
        listed = {min(i for i in self.doc.subtree(w.i) if self.doc.words[i].upos != "PUNCT") - 1
                  for w in self.doc.words[h + 1:hi + 1] if w.rel == "conj" and self.doc.kids(w.i, "case")
                  } if body else set()  # (a body's kind only, not a name: `la MAP, des unités …`)
        at = next((x for x in range(h + 1, hi + 1) if self.doc.words[x].text == "," and x not in listed), None)
        # (a person too when introduced indefinitely, whom no description resolves: `Another worker, a 19-year
        # veteran of the green chain`; not before a name, `A spokesperson for the promoter, Live Nation,`)
        indefinite = any(d.feats.get("Definite") == "Ind" or d.feats.get("PronType") == "Ind"
                         for d in self.doc.kids(h, "det")) and (at is None or at == hi
                                                                 or self.doc.words[at + 1].upos != "PROPN")
        if at is not None and (kind in ("organization", "unknown", "group") or indefinite):
            # (`La Coordination rurale, deuxième syndicat agricole`: the name, not its apposition)
            text = text[:self.doc.words[at].start - self.doc.words[lo].start].rstrip()
        if kind != "person":  # (nor its short name in brackets, another name of it: `l'Association pour la défense
            # des consommateurs malagasy (ADCM)`)
            text = re.sub(r"\s*\(\s*[A-Z][\w.&'’-]*\s*\)$", "", text)
        ref = Referent(text, kind, gender=determiner_gender(self.doc, h) if gendered else None,
                       described=True)
        role = self._definite_role(h, lo, hi) if singular_person else None
        if role is not None:
            ref.titles.append(role)
        elif singular_person:
            ref.own_role = self._definite_role(h, lo, hi, definite=True)
        return ref

    def _definite_role(self, h: int, lo: int, hi: int, definite: bool = False) -> tuple[str, int, int] | None:
        """`its postmaster`, `le président français`, `the Ohio senator`: a role that a possessive, or a place or
        nationality, ties to one office-holder is that person's title, though the text does not name them. With
        `definite`, any role under a definite article (`le président de la République`) counts: the title of a
        role-only speaker, kept apart from the titles a later match to a named person would inherit."""
        doc, tables = self.doc, self.tables
        head = doc.words[h]
        if not is_title_word(head, tables, doc) or (fold(head.lemma) in tables.person_nouns and not (
                definite and any(not doc.kids(k.i, "nummod") for k in doc.kids(h, "nmod")))):
            # (`la responsable de la fouille` is an office; `la dirigeante de 38 ans` is not)
            return None
        dets = doc.kids(h, "det", "nmod:poss")
        possessive = any(d.feats.get("Poss") == "Yes" or (d.deprel == "nmod:poss" and any(  # (not a name's particle
            c.lower in ("'s", "’s", "'", "’") for c in doc.kids(d.i, "case"))) for d in dets)  # misread: `Bord na`)
        article = any(d.feats.get("Definite") == "Def" and d.feats.get("PronType") != "Dem" for d in dets)
        placed = article and any(
            (k.rel == "amod" and k.upos == "ADJ" and len(k.text) > 5 and (
                fold(k.text).endswith(tables.demonym_suffixes) or k.lower in tables.nationality_adjectives))
            or (k.rel == "compound" and k.upos == "PROPN" and k.i < h) for k in doc.kids(h))
        # (a headline's office has no article: `Unification minister says…`)
        headline = not dets and not doc.kids(h, "nummod") and head.lemma.lower() in tables.headline_offices
        if not (possessive or placed or (definite and (article or headline) and not one_of_many(doc, h))):
            return None
        first = next((k for k in range(lo, h + 1) if doc.words[k].upos not in ("DET", "PRON", "PART", "ADP")
                      and doc.words[k].deprel != "nmod:poss" and not doc.within(k, ("nmod:poss",))), h)
        last = next((k - 1 for k in range(h + 1, hi + 1) if doc.words[k].text in (",", "(", "«", '"', "“")), hi)
        text = _text(doc, first, last)
        return text, doc.words[first].start, doc.words[first].start + len(text)

    def pronoun_of(self, w: Word) -> str | None:
        if w.upos == "PRON" and w.lower in self.tables.pronouns:
            return w.lower
        fused = fused_inversion(w, self.tables)
        if fused is not None:
            pronoun = self.doc.text[fused[1]:fused[2]].lower()
            return pronoun if pronoun in self.tables.pronouns else None  # not the indefinite `on`
        return clitic_pronoun(w, self.tables)
