"""Which sentences go to the dependency parser: the surface and lemma test, per language table."""

from __future__ import annotations

import pytest

from service.extract.candidates import has_quote_mark, needs_parse, sentences_to_parse
from service.lang import tables_for

FR = tables_for("fr")
EN = tables_for("en")


def words(pairs: str) -> list[tuple[str, str]]:
    """'form/lemma form/lemma …' -> [(form, lemma), …]"""
    return [tuple(p.split("/")) for p in pairs.split()]  # type: ignore[misc]


@pytest.mark.parametrize(("text", "tables", "expected"), [
    ("Il a dit « non ».", FR, True),
    ("« Nous verrons", FR, True),
    ("L’État a promis l’aide.", FR, False),  # apostrophes, not quotation marks
    ("He said “no”.", EN, True),
    ("They don’t know.", EN, False),
    ("‘We will see,’ she said.", EN, True),
])
def test_quote_marks_but_not_apostrophes(text, tables, expected) -> None:
    assert has_quote_mark(text, tables) is expected


@pytest.mark.parametrize(("text", "pairs", "tables", "expected"), [
    ("Le ministre a affirmé que tout va bien.",
     "Le/le ministre/ministre a/avoir affirmé/affirmer que/que tout/tout va/aller bien/bien ./.", FR, True),
    ("Selon la police, trois personnes sont mortes.",
     "Selon/selon la/le police/police ,/, trois/trois personnes/personne sont/être mortes/mort ./.", FR, True),
    ("Pour le maire, c'est une erreur.",
     "Pour/pour le/le maire/maire ,/, c'/ce est/être une/un erreur/erreur ./.", FR, True),
    ("Le président a fait savoir son refus.",
     "Le/le président/président a/avoir fait/faire savoir/savoir son/son refus/refus ./.", FR, True),
    ("La réunion a duré trois heures.",
     "La/le réunion/réunion a/avoir duré/durer trois/trois heures/heure ./.", FR, False),
    ("Accepter les cookies", "Accepter/accepter les/le cookies/cookie", FR, False),
    ("Michel Barnier (LR) :", "Michel/Michel Barnier/Barnier (/( LR/LR )/) :/:", FR, True),
    ("Smith told reporters on Monday.", "Smith/Smith told/tell reporters/reporter on/on Monday/Monday ./.", EN, True),
    ("According to police, two died.",
     "According/accord to/to police/police ,/, two/two died/die ./.", EN, True),
    ("The meeting lasted an hour.", "The/the meeting/meeting lasted/last an/a hour/hour ./.", EN, False),
])
def test_sentences_that_need_the_parser(text, pairs, tables, expected) -> None:
    assert needs_parse(text, words(pairs), tables) is expected


def test_a_pronoun_speaker_pulls_in_the_sentence_naming_its_antecedent() -> None:
    texts = ["Le ministre Michel Barnier était à Lyon.", "Il faisait beau.", "« Non », a-t-il dit."]
    sentences = [
        [("Le", "le", "DET"), ("ministre", "ministre", "NOUN"), ("Michel", "Michel", "PROPN"),
         ("Barnier", "Barnier", "PROPN"), ("était", "être", "AUX"), ("à", "à", "ADP"), ("Lyon", "Lyon", "PROPN")],
        [("Il", "il", "PRON"), ("faisait", "faire", "VERB"), ("beau", "beau", "ADJ")],
        [("«", "«", "PUNCT"), ("Non", "non", "INTJ"), ("»", "»", "PUNCT"), (",", ",", "PUNCT"),
         ("a", "avoir", "AUX"), ("-t-il", "il", "PRON"), ("dit", "dire", "VERB")],
    ]
    assert sentences_to_parse(texts, sentences, FR) == [True, False, True]
    # without a pronoun to resolve, the narrative sentence stays unparsed
    sentences[2][5] = ("Paul", "Paul", "PROPN")
    assert sentences_to_parse(texts, sentences, FR) == [False, False, True]


def test_a_naming_sentence_that_is_a_candidate_itself_pulls_in_one_more() -> None:
    texts = ["Ndiaye a marqué deux fois.", "Une « remontada » que Bollaert attendait.", "« Folle », a dit le buteur."]
    sentences = [
        [("Ndiaye", "Ndiaye", "PROPN"), ("a", "avoir", "AUX"), ("marqué", "marquer", "VERB")],
        [("Une", "un", "DET"), ("«", "«", "PUNCT"), ("remontada", "remontada", "NOUN"), ("»", "»", "PUNCT"),
         ("que", "que", "PRON"), ("Bollaert", "Bollaert", "PROPN"), ("attendait", "attendre", "VERB")],
        [("«", "«", "PUNCT"), ("Folle", "fou", "ADJ"), ("»", "»", "PUNCT"), (",", ",", "PUNCT"),
         ("a", "avoir", "AUX"), ("dit", "dire", "VERB"), ("le", "le", "DET"), ("buteur", "buteur", "NOUN")],
    ]
    assert sentences_to_parse(texts, sentences, FR) == [True, True, True]


def test_a_quotation_opening_a_sentence_pulls_in_the_sentence_naming_someone_before_it() -> None:
    texts = ["Un optimisme que ne partage pas Me Ferrand.", "« Le PTZ, c'est bien. »"]
    sentences = [
        [("Un", "un", "DET"), ("optimisme", "optimisme", "NOUN"), ("que", "que", "PRON"), ("ne", "ne", "ADV"),
         ("partage", "partager", "VERB"), ("pas", "pas", "ADV"), ("Me", "Me", "NOUN"),
         ("Ferrand", "Ferrand", "PROPN")],
        [("«", "«", "PUNCT"), ("Le", "le", "DET"), ("PTZ", "PTZ", "PROPN"), (",", ",", "PUNCT"),
         ("c'", "ce", "PRON"), ("est", "être", "AUX"), ("bien", "bien", "ADV"), ("»", "»", "PUNCT")],
    ]
    assert sentences_to_parse(texts, sentences, FR) == [True, True]


def test_a_role_predicated_of_a_name_is_parsed() -> None:
    en = tables_for("en")
    texts = ["John Smith is chief executive of Acme.", "The chief executive is John Smith."]
    sentences = [
        [("John", "John", "PROPN"), ("Smith", "Smith", "PROPN"), ("is", "be", "AUX"), ("chief", "chief", "ADJ"),
         ("executive", "executive", "NOUN"), ("of", "of", "ADP"), ("Acme", "Acme", "PROPN"), (".", ".", "PUNCT")],
        [("The", "the", "DET"), ("chief", "chief", "ADJ"), ("executive", "executive", "NOUN"), ("is", "be", "AUX"),
         ("John", "John", "PROPN"), ("Smith", "Smith", "PROPN"), (".", ".", "PUNCT")],
    ]
    assert sentences_to_parse(texts[:1], sentences[:1], en) == [True]
    assert sentences_to_parse(texts[1:], sentences[1:], en) == [False]  # (the role after the verb, the name before)


def test_a_sentence_opening_on_a_role_after_one_naming_someone_is_parsed() -> None:
    # (`Le skipper lorientais` may be the headline's person: their title)
    texts = ["Maël Kerbrat s'impose à Fort-de-France", "Le skipper lorientais a franchi la ligne.",
             "La course a duré douze jours."]
    sentences = [
        [("Maël", "Maël", "PROPN"), ("Kerbrat", "Kerbrat", "PROPN"), ("s'", "se", "PRON"),
         ("impose", "imposer", "VERB"), ("à", "à", "ADP"), ("Fort-de-France", "Fort-de-France", "PROPN")],
        [("Le", "le", "DET"), ("skipper", "skipper", "NOUN"), ("lorientais", "lorientais", "ADJ"),
         ("a", "avoir", "AUX"), ("franchi", "franchir", "VERB"), ("la", "le", "DET"), ("ligne", "ligne", "NOUN"),
         (".", ".", "PUNCT")],
        [("La", "le", "DET"), ("course", "course", "NOUN"), ("a", "avoir", "AUX"), ("duré", "durer", "VERB"),
         ("douze", "douze", "NUM"), ("jours", "jour", "NOUN"), (".", ".", "PUNCT")],
    ]
    assert sentences_to_parse(texts, sentences, FR) == [True, True, False]
