"""Part-of-speech guesses the tagger gets wrong on words the language tables know, fixed before parsing.

The parser reads the tagger's tags, so one wrong tag can cost a whole attribution. The treebanks tag an
honorific before a name as a noun (`M.`, `Mme`), but the French ones never contain `Me` (Maître, the
lawyers' honorific): the tagger calls it the pronoun `me`, and the parser then makes `Me` and the lawyer's
name two objects of the verb (`…, a martelé Me Sébastien Schapira`) instead of one subject.
"""

from __future__ import annotations

from itertools import pairwise

from service.lang import LanguageTables

# Tags a name or an honorific may legitimately carry: those are never changed.
_NOMINAL = frozenset({"NOUN", "PROPN"})


def retag_honorifics(doc, tables: LanguageTables) -> int:
    """Give an honorific right before a capitalised word the tag it has in the treebanks; returns how many.

    `doc` is a tagged, unparsed Stanza Document, changed in place.
    """
    if not tables.honorific_upos:
        return 0
    changed = 0
    for sentence in doc.sentences:
        words = sentence.words
        for word, nxt in pairwise(words):
            if (word.upos not in _NOMINAL and word.text in tables.honorifics and word.text[:1].isupper()
                    and nxt.text[:1].isupper() and nxt.text[:1].isalpha()):
                word.upos, word.xpos, word.feats, word.lemma = tables.honorific_upos, None, None, word.text
                changed += 1
    return changed
