"""Part-of-speech guesses the tagger gets wrong where the language tables or the spelling say better, fixed
before parsing.

The parser reads the tagger's tags, so one wrong tag can cost a whole attribution:
- The treebanks tag an honorific before a name as a noun (`M.`, `Mme`), but the French ones never contain
  `Me` (Maître, the lawyers' honorific): the tagger calls it the pronoun `me`, and the parser then makes `Me`
  and the lawyer's name two objects of the verb (`…, a martelé Me Sébastien Schapira`) instead of a subject.
- An unknown name that looks like a verb form is tagged a verb (`Boeing` -> `boe`, `Eluned` -> `elune`) or an
  auxiliary (`Mistral AI` -> `ai`), a given name like an adjective an adjective (`Claire Mornet`), an unknown
  name between a quotation and its verb an adverb (`," Zhaqsylyqov told`).
  Inside a sentence of running text only names are capitalised (not so in a title-case headline), and a
  capitalised `-ing` form opening a sentence before a finite verb is its subject (`Boeing will…`), before a
  capitalised name part of the name (`Downing Street said`), before a noun and a finite verb a modifier of the
  noun (`Planning overhaul will…`).
- A reporting verb's present form spelt like a noun, right after a noun phrase and right before `que`, is the
  verb (`un proche du dossier juge que…`, `le Haut Conseil pour le climat (HCC) juge que…`): tagged a noun,
  it left the sentence without its reporting verb.
- A role noun spelt like a verb, between a name or determiner and a name, after a determiner, or after a name and
  a comma, is the role (`Bills coach Sean McDermott`, `Arnaud de Lestapis, négociant`, `notre correspondant`), and
  a plural of people right after a verb is its object (`told reporters Tuesday`): tagged verbs, they made the
  name their object or swallowed the date.
- A verb that predicates something of its object, in a headline's present between two noun phrases, the second
  followed by a quotation (`teachers union leader calls vote 'a rubber stamp'`), is the verb, not the plural noun it
  is spelt like.
- The first part of a compound noun spelt like a verb is a noun (`think tank`), and so is the adjective that
  ends a noun phrase opened by an article (`une excellente nouvelle`, `The 47-year-old added:`), which the
  tagger calls an adjective.
- A verb with a gender is a past participle (only participles agree in gender) even when the tagger left out
  its form (`s'est dit « désolé »`): the rules that read participles read `VerbForm=Part`; a word with a
  participle's features just after a finite auxiliary is the participle, even when tagged a noun (`a de
  nouveau averti que…`).
- A reporting verb's form the tables know, read as something else where only a verb can stand, is that verb:
  after an inverted auxiliary (`a-t-il nuancé`, tagged an adjective), after a reflexive clitic (`», se désole
  X`, tagged a foreign word), or an inverted incise's present read as a participle (`P, avertit X`, lemmatised
  `avortir`): each left its quotation without an attribution.
- An initial written without its stop (`M S Raghunath`, `asked S Narayanaswamy`) is part of the name, not the
  possessive `'s` the tagger calls it.
- A plural's possessive apostrophe (`the Supporters' Trust said`) is the possessive particle, not the
  punctuation the tagger calls it: as punctuation it left the owner a second subject of the verb.
- A negation adverb with an article before it is the noun it is spelt like (`a salué « un premier pas »`:
  `pas` as the negation left the verb without its object).
- A word that is only ever a preposition is one (`he said amid heckling`: tagged a noun, `amid` became the
  object of `said`, and its phrase what was said).
"""

from __future__ import annotations

from itertools import pairwise

from service.lang import LanguageTables, role_form

# Tags a name or an honorific may legitimately carry: those are never changed.
_NOMINAL = frozenset({"NOUN", "PROPN"})
# Last characters of a token after which a capitalised word may open a quotation, a clause or a sentence.
_OPENERS = frozenset("«“\"‘'(:—–-.!?")
_CLOSERS = frozenset({"»", "”", "\"", "’", "'"})


def retag_honorifics(doc, tables: LanguageTables) -> int:
    """Give an honorific right before a capitalised word the tag it has in the treebanks, and the word after it a
    name's; returns how many.

    `doc` is a tagged, unparsed Stanza Document, changed in place.
    """
    if not tables.honorific_upos:
        return 0
    changed = 0
    for sentence in doc.sentences:
        for word, nxt in pairwise(sentence.words):
            if (word.upos not in _NOMINAL and word.text in tables.honorifics and word.text[:1].isupper()
                    and nxt.text[:1].isupper() and nxt.text[:1].isalpha()):
                word.upos, word.xpos, word.feats, word.lemma = tables.honorific_upos, None, None, word.text
                changed += 1
            if word.text in tables.honorifics and word.text[:1].isupper() \
                    and nxt.upos in ("ADV", "ADJ", "VERB", "X", "NOUN") \
                    and nxt.text[:1].isupper() and nxt.text.isalpha() and nxt.text.lower() not in tables.honorifics:
                nxt.upos, nxt.xpos, nxt.feats, nxt.lemma = "PROPN", None, None, nxt.text
                changed += 1  # the surname after it, whatever the tagger made of it (`Ms Pengelly said`)
    return changed


def _is_name(words: list, k: int) -> bool:
    word = words[k]
    if word.upos == "ADJ" and 0 < k < len(words) - 1 and word.text[:1].isupper() and word.text.isalpha() \
            and words[k + 1].upos == "PROPN" and words[k + 1].text[:1].isupper() \
            and words[k - 1].text[-1:] not in _OPENERS:
        return True  # a given name spelt like an adjective, before the surname (`a lancé Claire Mornet`)
    if word.upos == "ADV" and 0 < k < len(words) - 1 and word.text[:1].isupper() and word.text.isalpha() \
            and words[k - 1].text in _CLOSERS and words[k + 1].upos == "VERB" and _finite(words[k + 1]):
        return True  # an unknown name read as an adverb between a quotation and its verb (`," Zhaqsylyqov told`)
    if word.upos in ("PART", "PUNCT", "X", "SYM") and len(word.text) == 1 and word.text.isupper() \
            and 0 < k < len(words) - 1 and words[k + 1].upos == "PROPN" and words[k + 1].text[:1].isupper():
        return True  # an initial written without its stop (`M S Raghunath`, `asked S Narayanaswamy`: read as `'s`)
    if word.upos not in ("VERB", "AUX") or not word.text[:1].isupper() or not word.text.isalpha():
        return False
    if k > 0:
        return words[k - 1].text[-1:] not in _OPENERS
    nxt = words[1] if len(words) > 1 else None
    return word.text.endswith("ing") and nxt is not None and (
        (nxt.upos in ("AUX", "VERB") and _finite(nxt))
        or (nxt.upos == "PROPN" and nxt.text[:1].isupper() and nxt.text.isalpha()))  # `Downing Street said`


def _finite(word) -> bool:
    return "VerbForm=Fin" in (word.feats or "")


def _is_gerund_modifier(words: list, k: int) -> bool:
    """A capitalised `-ing` form opening a sentence, then a noun and a finite verb: the noun's modifier
    (`Planning overhaul will…`), not a participle clause (`Citing concerns, X said`)."""
    return k == 0 and len(words) > 2 and words[0].upos == "VERB" and words[0].text.endswith("ing") \
        and words[0].text[:1].isupper() and words[1].upos == "NOUN" and words[2].upos in ("AUX", "VERB") \
        and _finite(words[2])


def retag_capitalised_verbs(doc) -> int:
    """Tag as proper nouns the capitalised verbs that can only be names; returns how many."""
    changed = 0
    for sentence in doc.sentences:
        words = sentence.words
        if sum(1 for w in words if w.text[:1].isupper()) * 2 > len(words):
            continue  # a title-case headline: capitals say nothing
        for k, word in enumerate(words):
            if _is_name(words, k):
                word.upos, word.xpos, word.feats, word.lemma = "PROPN", None, None, word.text
                changed += 1
            elif _is_gerund_modifier(words, k):
                word.upos, word.xpos, word.feats, word.lemma = "NOUN", None, None, word.text.lower()
                changed += 1
    return changed


def complete_participles(doc, tables: LanguageTables) -> int:
    """Give the verbs that carry a gender but no verb form the features of a past participle, the verb's tag to
    a participle tagged a noun right after a finite auxiliary, and a finite present's features to a present
    participle without the participle's ending; returns how many."""
    changed = 0
    for sentence in doc.sentences:
        auxiliary = -9
        for k, word in enumerate(sentence.words):
            feats = word.feats or ""
            if word.upos == "VERB" and "Gender=" in feats and "VerbForm=" not in feats:
                word.feats = "|".join(sorted([*feats.split("|"), "Tense=Past", "VerbForm=Part"]))
                changed += 1
            elif word.upos == "VERB" and "Tense=Pres" in feats and "VerbForm=Part" in feats \
                    and tables.present_participle_endings \
                    and not word.text.lower().endswith(tables.present_participle_endings):
                # (`Les enquêteurs privilégient la piste…, a précisé X`: read as a participle, the verb left its
                # subject to the incise)
                number = "Plur" if word.text.lower().endswith("ent") else "Sing"
                word.feats = f"Mood=Ind|Number={number}|Person=3|Tense=Pres|VerbForm=Fin"
                changed += 1
            elif word.upos == "VERB" and "VerbForm=Part" in feats and tables.present_participle_endings \
                    and word.text.lower().endswith("t") and word.text.lower() in tables.verb_forms \
                    and not word.text.lower().endswith(tables.present_participle_endings) \
                    and 0 < k < len(sentence.words) - 1 and sentence.words[k - 1].text == "," and k - auxiliary > 3 \
                    and sentence.words[k + 1].upos in ("PROPN", "DET") and sentence.words[k + 1].text[:1].isalpha():
                # an inverted incise's present read as a participle (`P, avertit Martine Hänni`: `avortir`, passive)
                word.feats = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
                word.lemma = tables.verb_forms[word.text.lower()]
                changed += 1
            elif word.upos not in ("VERB", "AUX") and k > 0 and "Reflex=Yes" in (sentence.words[k - 1].feats or "") \
                    and word.text.lower() in tables.verb_forms and tables.present_participle_endings \
                    and not word.text.lower().endswith(tables.present_participle_endings):
                # a pronominal verb after its reflexive clitic, tagged anything else (`», se désole X`: `X`)
                word.upos, word.xpos = "VERB", None
                word.lemma = tables.verb_forms[word.text.lower()]
                number = "Plur" if word.text.lower().endswith("ent") else "Sing"
                word.feats = f"Mood=Ind|Number={number}|Person=3|Tense=Pres|VerbForm=Fin"
                changed += 1
            elif word.upos == "NOUN" and "VerbForm=Part" in feats and k - auxiliary <= 3:
                word.upos, word.xpos = "VERB", None  # (`a de nouveau averti que…`)
                word.lemma = tables.verb_forms.get(word.text.lower(), word.lemma)
                changed += 1
            elif word.upos in ("ADJ", "NOUN") and k - auxiliary <= 3 and k > 0 \
                    and sentence.words[k - 1].text.startswith("-") and word.text.lower() in tables.verb_forms:
                # a reporting verb's participle after an inverted auxiliary, read as an adjective (`a-t-il nuancé`)
                word.upos, word.xpos = "VERB", None
                word.lemma = tables.verb_forms[word.text.lower()]
                word.feats = "|".join(sorted({*(f for f in feats.split("|") if f.startswith(("Gender", "Number"))),
                                              "Tense=Past", "VerbForm=Part"}))
                changed += 1
            if word.upos == "AUX" and _finite(word):
                auxiliary = k
            elif word.upos == "PRON" and word.text.startswith("-"):
                pass  # (the inverted clitics after the auxiliary: `a -t -il`)
            elif word.upos in ("NOUN", "PROPN", "PRON", "VERB", "PUNCT"):
                auxiliary = -9
    return changed


def retag_determined_negations(doc, tables: LanguageTables) -> int:
    """Tag as nouns the negation adverbs an article (and adjectives) introduces; returns how many."""
    changed = 0
    for sentence in doc.sentences:
        words = sentence.words
        for k, word in enumerate(words):
            if word.upos != "ADV" or word.text.lower() not in tables.negation_adverbs:
                continue
            j = k - 1
            while j >= 0 and words[j].upos == "ADJ":
                j -= 1
            if j >= 0 and words[j].upos == "DET" and "PronType=Art" in (words[j].feats or ""):
                word.upos, word.xpos, word.feats = "NOUN", None, None
                changed += 1
    return changed


def retag_verbs_before_complementizers(doc, tables: LanguageTables) -> int:
    """Tag as finite verbs the reporting-verb forms taken for nouns between a noun phrase or a conjunction and
    `que` (`…, et juge que`), or before a determiner after a comma or a noun (a noun takes its complements
    through a preposition: `…, juge ces résultats «…»`, `Le ministère des sports juge ce constat «…»`), and the
    forms spelt like an adjective there (`l'Élysée dément toute ingérence`, also with the object quoted: `dément
    « tout traitement de faveur »`), and in an incise right after a quotation's closing mark and its comma (`« … »,
    juge pour sa part la députée X`, `juge` tagged the noun), and the present forms a language lists apart before a
    complementizer only (`The paper, written by the executive team, states that…`); returns how many."""
    if not tables.verb_forms:
        return 0
    changed = 0
    openers = set(tables.quote_pairs)
    closers = set(tables.quote_pairs.values())
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(1, len(words) - 1):
            before, word, nxt = words[k - 1], words[k], words[k + 1]
            at = k + 1
            while at + 1 < len(words) and (words[at].upos == "ADV" or (
                    words[at].upos == "ADP" and words[at + 1].upos == "ADV")):
                at += 1  # (past adverbs: `juge par ailleurs « indécent » que…`, `juge néanmoins`)
            quoted = words[at].text in openers and at + 1 < len(words)
            if quoted and words[at + 1].upos == "ADJ" and word.upos == "NOUN" and at > k + 1:
                nxt = words[at + 1]  # (a quoted adjective after them: the verb's predicate)
            elif nxt.text in openers and k + 2 < len(words):
                nxt = words[k + 2]  # (past the opening mark)
            lemma = tables.verb_forms.get(word.text.lower()) or (  # (after a set-off phrase only: not `Report
                tables.present_forms.get(word.text.lower())  # comments that violate…`, `but worries that`)
                if nxt.text.lower() in tables.complementizers and before.text in (",", ")") else None)
            incise = k >= 2 and before.text == "," and words[k - 2].text in closers and word.upos in ("NOUN", "ADJ")
            if (word.upos == "NOUN" or (word.upos in ("ADJ", "ADV") and nxt.upos == "DET") or incise) \
                    and lemma is not None \
                    and (nxt.text.lower() in tables.complementizers or incise
                         or (nxt.upos == "DET" and (before.text == "," or before.upos in ("NOUN", "PROPN")))
                         or (nxt.upos == "ADJ" and word.upos == "NOUN" and before.upos in ("NOUN", "PROPN"))) \
                    and not word.text.lower().endswith(("é", "és", "ée", "ées", "ant")) \
                    and (before.upos in ("NOUN", "PROPN", "CCONJ") or before.text in (")", ",")):
                word.upos, word.xpos, word.lemma = "VERB", None, lemma
                word.feats = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
                changed += 1
    return changed


def retag_headline_object_predicates(doc, tables: LanguageTables) -> int:
    """Tag as finite verbs the present forms of verbs that predicate something of their object, taken for plural
    nouns after a noun phrase and before a noun phrase and an opening quotation mark (also glued to its first word),
    as headlines write them (`teachers union leader calls vote 'a rubber stamp'`, `RCN brands pay award
    ‘insulting’`); returns how many."""
    changed = 0
    openers = set(tables.quote_pairs)
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(1, len(words) - 2):
            word = words[k]
            if word.upos != "NOUN" or "Number=Plur" not in (word.feats or "") or not word.text.endswith("s") \
                    or word.lemma.lower() not in tables.object_predicate_verbs \
                    or words[k - 1].upos not in ("NOUN", "PROPN"):
                continue
            at = k + 1
            while at < len(words) and at - k <= 4 and words[at].upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "VERB"):
                at += 1  # (the noun may be tagged a verb too: `calls vote 'a rubber stamp'`)
            if at > k + 1 and at < len(words) and words[at].text[:1] in openers:
                word.upos, word.xpos = "VERB", None
                word.feats = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
                for w in words[k + 1:at]:
                    if w.upos == "VERB":  # (the object's noun the tagger read as a verb: `pay award`)
                        w.upos, w.xpos, w.feats = "NOUN", None, "Number=Sing"
                changed += 1
    return changed


def retag_verb_like_compounds(doc, tables: LanguageTables) -> int:
    """Tag as nouns the first parts of compound nouns spelt like verbs (`The Resolution Foundation think tank
    said`: `think` as the verb left `said` without its subject) and hyphenated occupations read as verbs
    (`aide-soignante` as a participle of `aide-soigner`), and a statement's noun spelt like a gerund after an
    article or a noun (`wrote in a court filing that…`: `filing` as a verb took the clause); returns how many."""
    changed = 0
    for sentence in doc.sentences:
        words = sentence.words
        for k, (before, word, nxt) in enumerate(zip([None, *words[:-1]], words, [*words[1:], None], strict=True)):
            if nxt is not None and nxt.text == "-" and k + 2 < len(words):
                nxt = words[k + 2]  # (also hyphenated: `a Brussels think-tank`)
            if word.upos == "VERB" and ((nxt is not None and (word.text.lower(), nxt.text.lower())
                                         in tables.verb_like_compounds)
                                        or ("-" in word.text and word.text.lower() in tables.title_nouns)
                                        or (word.text.lower() in tables.statement_nouns and before is not None
                                            and before.upos in ("DET", "NOUN")
                                            and "VerbForm=Ger" in (word.feats or ""))):
                word.upos, word.xpos, word.feats, word.lemma = "NOUN", None, None, word.text.lower()
                changed += 1
    return changed


def retag_latter_anaphors(doc, tables: LanguageTables) -> int:
    """Tag as a noun the adjective or participle of a description that takes up the person named last (`a
    répondu ce dernier`, `Selon cette dernière`, `estime l'intéressée`): as an adjective it headed no subject;
    returns how many."""
    changed = 0
    for sentence in doc.sentences:
        for before, word in zip(sentence.words, sentence.words[1:], strict=False):
            if word.upos in ("ADJ", "VERB") and tables.latter_anaphor(before.text, word.text) is not None:
                word.upos, word.xpos, word.feats, word.lemma = "NOUN", None, None, word.text.lower()
                changed += 1
    return changed


def retag_nominal_adjectives(doc, tables: LanguageTables) -> int:
    """Tag as a noun the adjective that ends a noun phrase opened by an article (`a évoqué « une excellente
    nouvelle »`, `The 47-year-old, who…, added:`), or a listed noun of people right after its article (`un
    proche du ministre`): tagged an adjective, it is no object or subject and the parser hangs it anywhere;
    returns how many."""
    changed = 0
    for sentence in doc.sentences:
        words = sentence.words
        for k, word in enumerate(words):
            if word.upos != "ADJ" or (k + 1 < len(words) and words[k + 1].upos in ("NOUN", "PROPN", "ADJ", "NUM")):
                continue
            j = k - 1
            while j >= 0 and words[j].upos == "ADJ":
                j -= 1
            # (or a noun of people the table lists right after the article: `glisse un proche du ministre`)
            if j >= 0 and (j < k - 1 or word.text.lower() in tables.person_nouns
                           or word.text.lower() in tables.title_nouns) and words[j].upos == "DET" \
                    and "PronType=Art" in (words[j].feats or ""):
                word.upos, word.xpos, word.lemma = "NOUN", None, word.text.lower()  # (`une excellente nouvelle`)
                changed += 1
                continue
            run = "".join(w.text for w in words[max(0, k - 4):k + 1]).lower()
            suffix = next((x for x in tables.age_suffixes if run.endswith(x)), None)
            if suffix is None:
                continue
            at = k  # the first word of the age, then its determiner
            while at > 0 and len("".join(w.text for w in words[at:k + 1])) < len(suffix) + 1:
                at -= 1
            if at > 0 and words[at - 1].upos == "DET":
                word.upos, word.xpos, word.feats = "NOUN", None, "Number=Sing"
                changed += 1
    return changed


def retag_adverbial_roles(doc, tables: LanguageTables) -> int:
    """Tag as a noun a role noun tagged an adverb (`Porte-parole de l'association, X a jugé`, opening the
    sentence): no role is an adverb, and as one it heads no title; returns how many."""
    changed = 0
    for sentence in doc.sentences:
        for word in sentence.words:
            if word.upos == "ADV" and word.text.lower() in tables.title_nouns:
                word.upos, word.xpos, word.lemma = "NOUN", None, word.text.lower()
                changed += 1
    return changed


def retag_people_taken_for_verbs(doc, tables: LanguageTables) -> int:
    """Tag as nouns the role nouns taken for verbs right before a capitalised name, in apposition after one or
    right after a determiner, and the plurals of people taken for verbs right after a verb; returns how many."""
    changed = 0
    for sentence in doc.sentences:
        words = sentence.words
        for k, (before, word, nxt) in enumerate(zip(words, words[1:], words[2:], strict=False)):
            # (a lowercase noun before the role is its modifier inside a noun phrase: `former doubles player X`)
            modifier = before.upos == "NOUN" and k > 0 and words[k - 1].upos in ("ADJ", "DET")
            before_name = nxt.upos == "PROPN" and nxt.text[:1].isupper() and (before.upos in ("DET", "ADJ") or (
                before.upos in ("NOUN", "PROPN") and before.text[:1].isupper()) or modifier)
            # (or a plural of people right after a verb: `told reporters Tuesday`)
            addressee = before.upos == "VERB" and word.text.lower() in tables.person_nouns \
                and word.text.lower().endswith("s")
            # (or right after a determiner, which no verb takes: `raconte notre correspondant à New York, X`)
            determined = before.upos == "DET" and word.text.lower() in tables.title_nouns
            if word.upos == "VERB" and ((role_form(word.text.lower(), tables)
                                         and (before_name or _apposed_participle(words, k + 1))) or determined
                                        or addressee):
                word.upos, word.xpos, word.feats, word.lemma = "NOUN", None, None, word.text.lower()
                changed += 1
    return changed


def _apposed_participle(words: list, k: int) -> bool:
    """Word k, a present participle, stands in apposition right after a name and its comma (`estime Arnaud de
    Lestapis, négociant sur la place de Bordeaux`); a finite verb there is the subject's (`X, gérante chez Y, juge
    que…`), and a past participle the predicate of a clause (`Greenwood, élu homme du match`)."""
    return k > 1 and words[k - 1].text == "," and words[k - 2].upos == "PROPN" and words[k - 2].text[:1].isupper() \
        and {"VerbForm=Part", "Tense=Pres"} <= set((words[k].feats or "").split("|"))


def retag_role_abbreviations(doc, tables: LanguageTables) -> int:
    """Tag as a name an office's abbreviation right after a verb (`'…', says PM`): read as a time of day, it was
    no subject and the headline's kicker became the speaker (the name stands for the office's holder); returns
    how many."""
    changed = 0
    for sentence in doc.sentences:
        for before, word in pairwise(sentence.words):
            if word.text in tables.role_abbreviations and before.upos == "VERB" and word.upos != "PROPN":
                word.upos, word.xpos, word.feats, word.lemma = "PROPN", "NNP", "Number=Sing", word.text
                changed += 1
    return changed


def _tight(before, word) -> bool:
    return before.end_char is not None and before.end_char == word.start_char


def _coordinated_owner(words: list, k: int, tables: LanguageTables) -> bool:
    """Word k coordinates a second owner with its own mark (`Sheriffs' and Chiefs' Association`)."""
    return words[k].upos == "CCONJ" and k + 2 < len(words) and words[k + 2].text in tables.possessive_marks \
        and _tight(words[k + 1], words[k + 2])


def retag_possessive_apostrophes(doc, tables: LanguageTables) -> int:
    """Tag as the possessive particle an apostrophe tight after a word in -s, apart from the noun phrase
    after it, and closing no quotation opened before it in the sentence; returns how many."""
    if not tables.possessive_marks:
        return 0
    upos, xpos = tables.possessive_tags
    changed = 0
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(1, len(words) - 1):
            before, word, after = words[k - 1], words[k], words[k + 1]
            if word.text not in tables.possessive_marks or word.upos == upos \
                    or not before.text.lower().endswith("s") or not _tight(before, word) or _tight(word, after) \
                    or not (after.upos in ("NOUN", "PROPN", "ADJ", "NUM") or _coordinated_owner(words, k + 1, tables)):
                continue
            opened = [w for j, w in enumerate(words[:k]) if w.text in tables.possessive_marks
                      and (j == 0 or not _tight(words[j - 1], w))]
            if opened:
                continue  # the closing mark of `'…'` quoted before it
            word.upos, word.xpos, word.feats = upos, xpos, None
            changed += 1
    return changed


def retag_prepositions(doc, tables: LanguageTables) -> int:
    """Tag as prepositions the words that can be nothing else (`amid`, `malgré`), as auxiliaries the lowercase
    forms taken for prepositions that can only be auxiliaries (`a pour sa part tancé`), and as a noun the -ing
    form after a preposition that takes no verb (`under questioning`); returns how many."""
    changed = 0
    for sentence in doc.sentences:
        for word in sentence.words:
            if word.upos != "ADP" and word.text.lower() in tables.prepositions_only:
                word.upos, word.xpos, word.feats, word.lemma = "ADP", None, None, word.text.lower()
                changed += 1
            elif word.upos == "ADP" and word.text in tables.auxiliaries_only:
                word.lemma, word.feats = tables.auxiliaries_only[word.text]
                word.upos, word.xpos = "AUX", None
                changed += 1
        for word, nxt in pairwise(sentence.words):
            if word.text.lower() in tables.noun_gerund_prepositions and nxt.upos == "VERB" \
                    and nxt.text.lower().endswith("ing"):  # (`under questioning`: a noun)
                word.upos, word.xpos, word.feats, word.lemma = "ADP", None, None, word.text.lower()
                nxt.upos, nxt.xpos, nxt.feats, nxt.lemma = "NOUN", None, "Number=Sing", nxt.text.lower()
                changed += 2
    return changed
