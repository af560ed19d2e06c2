"""Which sentences can hold a quote or its attribution, read from tokens and lemmas before any parse.

The dependency parser is most of the cost of an analysis, and most sentences of an article (and all of its
boilerplate) report nothing. A sentence needs the parser when it has a quotation mark, a reporting verb,
an attribution preposition (`selon`, `according to`), a sentence-initial opinion preposition, or a colon
(header attributions such as `NOM (rôle) :`). A pronoun or a role description (`le défenseur`) in such a
sentence may point back at a subject named earlier, so the nearest earlier sentence naming a person (a
proper noun or a role noun) is parsed too: pronoun resolution reads subjects; so is a sentence naming someone
right before a sentence that opens on a quotation (it may introduce its speaker), and one that may state a
person's role as a predicate (`X is chief executive of Y`). Others keep their tags and
lemmas, which is all that name resolution reads from them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from service.extract.entities import is_demonym, keyword_list
from service.lang import LanguageTables

# Marks that are also apostrophes: a quotation mark only when not between two letters (`don’t`, `l’État`).
APOSTROPHES = frozenset("'’‘")


def _marks(tables: LanguageTables) -> frozenset[str]:
    return _marks_of(tables.code, tuple(tables.quote_pairs.items()))


@cache
def _marks_of(_code: str, pairs: tuple[tuple[str, str], ...]) -> frozenset[str]:
    return frozenset("".join(a + b for a, b in pairs))


def _light_verbs(tables: LanguageTables) -> dict[str, frozenset[str]]:
    return _light_verbs_of(tables.code, tuple(tables.multiword_verbs))


@cache
def _light_verbs_of(_code: str, pairs: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for light, complement in pairs:
        out.setdefault(light, set()).add(complement)
    return {k: frozenset(v) for k, v in out.items()}


def has_quote_mark(text: str, tables: LanguageTables) -> bool:
    marks = _marks(tables)
    for i, c in enumerate(text):
        if c in marks:
            if c in APOSTROPHES and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
                continue
            return True
    return False


def needs_parse(text: str, words: Sequence[tuple[str, str]], tables: LanguageTables) -> bool:
    """Whether a sentence (its text and its (form, lemma) words) can hold a quote or an attribution."""
    if ":" in text or has_quote_mark(text, tables):
        return True
    lowers = [form.lower().replace("’", "'") for form, _ in words]
    lemmas = {lemma.lower() for _, lemma in words}
    if lemmas & tables.reporting_verbs or lemmas & tables.sourced_verbs or any(w in tables.verb_forms for w in lowers):
        return True
    light = _light_verbs(tables)
    if any(lemma in light and light[lemma] & lemmas for lemma in lemmas):
        return True
    if lowers and lowers[0] in tables.opinion_preps:
        return True
    for prep in tables.attribution_preps:
        n = len(prep)
        if any(tuple(lowers[i:i + n]) == prep for i in range(len(lowers) - n + 1)):
            return True
    return False


def _pronoun(form: str, tables: LanguageTables) -> bool:
    """A subject pronoun, also as an inverted clitic (`-t-il`) or fused to its verb (`estime-t-elle`)."""
    low = form.lower()
    return low in tables.pronouns or low.rsplit("-", 1)[-1] in tables.pronouns


def _refers_back(words: Sequence[tuple[str, str, str]], tables: LanguageTables) -> bool:
    """A subject pronoun or `ce dernier`, or a role, nationality or person noun after its determiner (`a lâché le
    défenseur brésilien`,
    `a commenté le Slovène`), any of which may mean someone an earlier sentence named."""
    return any(_pronoun(f, tables) or (_describes(lemma.lower(), upos, tables) and _determined(words, k))
               or tables.latter_anaphor(words[k - 1][0] if k > 0 else "", f) is not None or (
        k > 0 and words[k - 1][2] == "DET" and _demonym(f, words[k - 1][0], tables))
        for k, (f, lemma, upos) in enumerate(words))


def _describes(lemma: str, upos: str, tables: LanguageTables) -> bool:
    return _role(lemma, upos, tables) or lemma in tables.plain_person_nouns


def _role(lemma: str, upos: str, tables: LanguageTables) -> bool:
    """A role noun of the tables, or a profession by its ending (`l'arboricultrice`, `the hydrologist`)."""
    return lemma in tables.title_nouns or (upos == "NOUN" and lemma.endswith(tables.title_suffixes))


def _determined(words: Sequence[tuple[str, str, str]], k: int) -> bool:
    """A determiner before word k, past up to two modifiers (`the housing secretary`, `le défenseur`)."""
    j = k - 1
    while j >= 0 and k - j <= 3 and words[j][2] in ("ADJ", "NOUN", "VERB"):
        j -= 1
    return j >= 0 and words[j][2] == "DET"


def _demonym(form: str, article: str, tables: LanguageTables) -> bool:
    return article[:1].islower() and is_demonym(form, tables)


def _names_someone(words: Sequence[tuple[str, str, str]], tables: LanguageTables) -> bool:
    return any(upos == "PROPN" or _role(lemma.lower(), upos, tables) or lemma.lower() in tables.person_nouns
               for _, lemma, upos in words)


def _states_a_role(words: Sequence[tuple[str, str, str]], tables: LanguageTables) -> bool:
    """A name, a role noun and an auxiliary or a verb of role (`John Smith is chief executive of Acme`, `X now
    serves as president of…`): the role may be predicated of the name, a title only the parse shows."""
    verb = next((k for k, (_, lemma, upos) in enumerate(words)
                 if upos == "AUX" or lemma.lower() in tables.role_verbs), None)
    return verb is not None and any(upos == "PROPN" for _, _, upos in words[:verb]) \
        and any(_role(lemma.lower(), upos, tables) for _, lemma, upos in words[verb + 1:])  # (the role after the verb)


def _opens_on_role(words: Sequence[tuple[str, str, str]], tables: LanguageTables) -> bool:
    """A determiner and a role noun past up to two modifiers, opening the sentence or right after a fronted
    phrase's comma (`Le skipper lorientais a franchi la ligne`, `The former school cook said`, `Cinquième de la
    première manche, la skieuse de Bourg-Saint-Maurice a signé…`): a description that may give the person the
    sentence before named their role."""
    comma = next((k + 1 for k, (form, _, _) in enumerate(words[:8]) if form == ","), None)
    for start in (0, comma):
        if start is None or start >= len(words) or words[start][2] != "DET":
            continue
        for _, lemma, upos in words[start + 1:start + 4]:
            if upos == "NOUN" and _role(lemma.lower(), upos, tables):
                return True
            if upos not in ("ADJ", "NOUN", "VERB"):
                break
    return False


def sentences_to_parse(texts: Sequence[str], sentences: Sequence[Sequence[tuple[str, str, str]]],
                       tables: LanguageTables) -> list[bool]:
    """For the sentences of one text (their texts and (form, lemma, upos) words), which to parse."""
    # (a page's list of keywords is never parsed, and leads to no other sentence: `Tags: Fisheries, Kenai Peninsula`)
    listed = [keyword_list(t, tables) for t in texts]
    keep = [not x and (needs_parse(t, [(f, lemma) for f, lemma, _ in words], tables) or _states_a_role(words, tables))
            for t, words, x in zip(texts, sentences, listed, strict=True)]
    for i, words in enumerate(sentences):
        if i > 0 and not keep[i - 1] and texts[i][:1] in tables.quote_pairs and _names_someone(sentences[i - 1],
                                                                                                tables):
            keep[i - 1] = True  # a quotation opening a sentence may be the person the sentence before names
        if i > 0 and not keep[i] and _opens_on_role(words, tables) and _names_someone(sentences[i - 1], tables):
            keep[i] = keep[i - 1] = True  # (a role description may be the one named before)
        if not keep[i] or not _refers_back(words, tables):
            continue
        further = True
        for j in range(i - 1, -1, -1):
            if _names_someone(sentences[j], tables):
                was_kept, keep[j] = keep[j], True
                if not was_kept and _refers_back(sentences[j], tables) \
                        and not any(upos == "PROPN" for _, _, upos in sentences[j]):
                    continue  # (a pronoun's or a role's own sentence: whom it takes up is named further back)
                if not (was_kept and further):
                    break
                # (a candidate of its own may name only places, `… que Bollaert n'avait plus connue`: the
                # naming sentence before it is parsed too)
                further = False
    return [k and not x for k, x in zip(keep, listed, strict=True)]
