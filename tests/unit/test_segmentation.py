"""Sentence-boundary repair: on hand-made token lists, and on what the real tokenizer produces."""

from __future__ import annotations

from service.core import parse_documents
from service.segmentation import (
    drop_link_labels,
    glued_marks,
    join_compounds,
    join_words,
    repair,
    split_clitics,
    split_marks,
    split_single_quotes,
)


def _sentence(*texts: str) -> list[dict]:
    return [{"id": i, "text": t} for i, t in enumerate(texts, 1)]


def _texts(sentences: list[list[dict]]) -> list[list[str]]:
    return [[t["text"] for t in s] for s in sentences]


def _ids_are_consecutive(sentences: list[list[dict]]) -> bool:
    for s in sentences:
        words = [t["id"] for t in s if isinstance(t["id"], int)]
        if words != list(range(1, len(words) + 1)):
            return False
    return True


def test_opening_mark_moves_to_the_next_sentence() -> None:
    out = repair([_sentence("Il", "a", "dit", ".", "«"), _sentence("Nous", "partons", ".", "»")], ["«"])
    assert out is not None
    assert _texts(out) == [["Il", "a", "dit", "."], ["«", "Nous", "partons", ".", "»"]]
    assert _ids_are_consecutive(out)


def test_boundary_without_final_punctuation_is_removed() -> None:
    out = repair([_sentence("D'", "après"), _sentence("L'", "Équipe", ",", "il", "part", ".")], ["«"])
    assert out is not None and len(out) == 1
    assert _texts(out)[0][:3] == ["D'", "après", "L'"]
    assert _ids_are_consecutive(out)


def test_good_boundaries_are_kept() -> None:
    sentences = [_sentence("Il", "part", "."), _sentence("«", "Oui", "!", "»"), _sentence("Vraiment", "?"),
                 _sentence("Voir", "M.")]
    assert repair(sentences, ["«"]) is None


def test_symmetric_mark_moves_only_when_it_opens() -> None:
    opened = repair([_sentence("He", "said", ".", '"'), _sentence("Yes", ".", '"')], [], ['"'])
    assert opened is not None and _texts(opened) == [["He", "said", "."], ['"', "Yes", ".", '"']]
    closed = [_sentence('"', "Yes", ".", '"'), _sentence("He", "left", ".")]
    assert repair(closed, [], ['"']) is None


def test_a_mark_attached_to_the_word_before_it_does_not_open() -> None:
    possessive = [{"id": 1, "text": "The", "start_char": 0, "end_char": 3},
                  {"id": 2, "text": "Supporters", "start_char": 4, "end_char": 14},
                  {"id": 3, "text": "'", "start_char": 14, "end_char": 15}]
    rest = [{"id": 1, "text": "Trust", "start_char": 16, "end_char": 21},
            {"id": 2, "text": "said", "start_char": 22, "end_char": 26}, {"id": 3, "text": ".", "start_char": 26,
                                                                         "end_char": 27}]
    out = repair([possessive, rest], [], ["'"])
    assert out is not None and _texts(out) == [["The", "Supporters", "'", "Trust", "said", "."]]


def test_english_plural_possessive_keeps_its_sentence_whole(parsers) -> None:
    text = "The Northbridge City Supporters' Trust said it would survey its 4,000 members this week."
    (doc,) = parse_documents(parsers, [text], "en", parse_all=True)
    assert len(doc.sentences) == 1
    said = next(w for w in doc.words if w.text == "said")
    assert doc.words[next(w.i for w in doc.words if w.head == said.i and w.deprel == "nsubj")].text == "Trust"


def test_multiword_tokens_are_renumbered_whole() -> None:
    first = [{"id": 1, "text": "Il"}, {"id": 2, "text": "parle"}, {"id": (3, 4), "text": "du"},
             {"id": 3, "text": "de"}, {"id": 4, "text": "le"}]
    second = [{"id": 1, "text": "projet"}, {"id": (2, 3), "text": "au"}, {"id": 2, "text": "à"},
              {"id": 3, "text": "le"}, {"id": 4, "text": "Sénat"}, {"id": 5, "text": "."}]
    out = repair([first, second], ["«"])
    assert out is not None and len(out) == 1
    assert [t["id"] for t in out[0]][5:8] == [5, (6, 7), 6]
    assert _ids_are_consecutive(out)


def test_long_sentences_are_cut_between_tokens() -> None:
    words = [{"id": i, "text": f"w{i}"} for i in range(1, 46)]
    words[10:12] = [{"id": (11, 12), "text": "du"}, {"id": 11, "text": "de"}, {"id": 12, "text": "le"}]
    out = repair([words], [], max_words=20)
    assert out is not None
    assert all(sum(isinstance(t["id"], int) for t in s) <= 20 for s in out)
    assert sum(len(s) for s in out) == len(words)
    assert _ids_are_consecutive(out)


def test_merging_stops_at_the_length_cap() -> None:
    first = _sentence(*[f"a{i}" for i in range(15)])
    second = _sentence(*[f"b{i}" for i in range(15)])
    out = repair([first, second], [], max_words=20)
    assert out is None  # merging would exceed the cap; each sentence is within it


def test_unpunctuated_text_is_parsed_in_bounded_sentences(parsers) -> None:
    text = " ".join(["le maire a visité le chantier de la nouvelle école avec les parents"] * 120)
    (doc,) = parse_documents(parsers, [text], "fr", parse_all=True)
    limit = parsers.settings.max_sentence_words
    assert len(doc.sentences) >= len(doc.words) // limit
    assert max(s.last - s.first + 1 for s in doc.sentences) <= limit
    assert all(w.head >= 0 or w.deprel == "root" for w in doc.words)


def test_a_clause_split_by_the_tokenizer_is_parsed_whole(extract_fr) -> None:
    text = ("Le président de l'OL n'a pas souhaité s'exprimer. D'après L'Équipe, il aurait pourtant convoqué "
            "le staff dès lundi matin.")
    quotes = extract_fr(text)
    assert [q.text for q in quotes] == ["il aurait pourtant convoqué le staff dès lundi matin"]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "L'Équipe"


def test_a_boundary_at_a_line_break_is_kept() -> None:
    text = "Titre sans point\nLe texte commence ici."
    first = [{"id": 1, "text": "Titre", "start_char": 0, "end_char": 5},
             {"id": 2, "text": "sans", "start_char": 6, "end_char": 10},
             {"id": 3, "text": "point", "start_char": 11, "end_char": 16}]
    second = [{"id": 1, "text": "Le", "start_char": 17, "end_char": 19},
              {"id": 2, "text": "texte", "start_char": 20, "end_char": 25}]
    assert repair([first, second], ["«"], text=text) is None
    assert repair([first, second], ["«"]) is not None  # without the text, the same boundary is removed


def test_a_token_split_though_one_word_is_joined_and_words_renumbered() -> None:
    sentence = [{"id": (1, 2), "text": "Its", "start_char": 0, "end_char": 3}, {"id": 1, "text": "It"},
                {"id": 2, "text": "s"}, {"id": 3, "text": "chief"}, {"id": (4, 5), "text": "don't"},
                {"id": 4, "text": "do"}, {"id": 5, "text": "n't"}]
    out = join_words(sentence, frozenset({"its"}))
    assert [(t["id"], t["text"]) for t in out] == [(1, "Its"), (2, "chief"), ((3, 4), "don't"), (3, "do"),
                                                   (4, "n't")]
    assert out[0]["start_char"] == 0 and out[0]["end_char"] == 3


def test_a_compound_split_at_its_hyphen_is_joined_but_not_a_clitic() -> None:
    texts = [("le", 0, 2), ("porte", 3, 8), ("-parole", 8, 15), ("a", 16, 17), ("-t", 17, 19), ("-il", 19, 22),
             ("au", 23, 25), ("vice", 26, 30), ("-président", 30, 40), ("-", 41, 42), ("vice", 43, 47),
             ("-président", 48, 58)]
    sentence = [{"id": i, "text": t, "start_char": a, "end_char": b} for i, (t, a, b) in enumerate(texts, 1)]
    sentence[6:7] = [{"id": (7, 8), "text": "au", "start_char": 23, "end_char": 25}, {"id": 7, "text": "à"},
                     {"id": 8, "text": "le"}]
    for t in sentence[9:]:
        t["id"] += 1
    clitics = frozenset({"il", "t"})
    out = join_compounds(sentence, clitics)
    assert [(t["id"], t["text"]) for t in out] == [
        (1, "le"), (2, "porte-parole"), (3, "a"), (4, "-t"), (5, "-il"), ((6, 7), "au"), (6, "à"), (7, "le"),
        (8, "vice-président"), (9, "-"), (10, "vice"), (11, "-président")]  # (the last pair is not tight)
    assert (out[1]["start_char"], out[1]["end_char"]) == (3, 15)
    assert join_compounds(sentence[:1], clitics) == sentence[:1]


def test_a_verb_fused_to_its_subject_clitic_is_split_but_not_a_noun() -> None:
    texts = [("a-t-on", 0, 6), ("précisé", 7, 14), ("au", 15, 17), ("rendez-vous", 18, 29), ("dit-elle", 30, 38)]
    sentence = [{"id": i, "text": t, "start_char": a, "end_char": b} for i, (t, a, b) in enumerate(texts, 1)]
    sentence[2:3] = [{"id": (3, 4), "text": "au", "start_char": 15, "end_char": 17}, {"id": 3, "text": "à"},
                     {"id": 4, "text": "le"}]
    for t in sentence[5:]:
        t["id"] += 1
    out = split_clitics(sentence, frozenset({"on", "elle", "il"}))
    assert [(t["id"], t["text"]) for t in out] == [
        (1, "a"), (2, "-t"), (3, "-on"), (4, "précisé"), ((5, 6), "au"), (5, "à"), (6, "le"), (7, "rendez-vous"),
        (8, "dit"), (9, "-elle")]
    assert [(t["start_char"], t["end_char"]) for t in out[:3]] == [(0, 1), (1, 3), (3, 6)]


def test_quotation_marks_glued_to_words_are_split_off_but_not_apostrophes() -> None:
    marks = "“”«»"
    assert glued_marks("“Mon", marks) == ["“", "Mon"] and glued_marks("ans”", marks) == ["ans", "”"]
    assert glued_marks("“Oui”", marks) == ["“", "Oui", "”"]
    assert glued_marks("fils", marks) is None and glued_marks("”", marks) is None and glued_marks("l’", marks) is None
    texts = [("“Mon", 0, 4), ("fils", 5, 9), ("part”", 10, 15), (",", 15, 16)]
    sentence = [{"id": i, "text": t, "start_char": a, "end_char": b} for i, (t, a, b) in enumerate(texts, 1)]
    out = split_marks(sentence, marks)
    assert [(t["id"], t["text"], t["start_char"], t["end_char"]) for t in out] == [
        (1, "“", 0, 1), (2, "Mon", 1, 4), (3, "fils", 5, 9), (4, "part", 10, 14), (5, "”", 14, 15), (6, ",", 15, 16)]


def test_curly_quotes_in_french_are_tokens_and_the_words_inside_keep_their_tags(parsers) -> None:
    text = "“Mon fils va devoir prendre le car. Il a six ans”, s’indigne Sandrine, 34 ans, aide-soignante à Beauvais."
    (doc,) = parse_documents(parsers, [text], "fr", parse_all=True)
    words = {w.text: w for w in doc.words}
    assert "“" in words and "”" in words and words["Mon"].upos == "DET"
    assert words["aide-soignante"].upos == "NOUN"
    assert all(doc.text[w.start:w.end] == w.text for w in doc.words)


def test_french_compounds_split_by_the_tokenizer_are_one_noun(parsers) -> None:
    text = "C’est ce qu’a déclaré vendredi le porte-parole du Conseil, a-t-il dit au vice-président."
    (doc,) = parse_documents(parsers, [text], "fr", parse_all=True)
    words = {w.text: w for w in doc.words}
    assert words["porte-parole"].upos == "NOUN" and words["vice-président"].upos == "NOUN"
    assert "-il" in words and "dit" in words  # the inverted subject stays a word of its own
    assert all(doc.text[w.start:w.end] == w.text for w in doc.words if w.text in ("porte-parole", "-il", "dit",
                                                                                 "vice-président", "Conseil"))


def test_english_its_stays_one_possessive_word(parsers) -> None:
    text = "Boeing will cut jobs, its chief executive said. Its shares fell."
    (doc,) = parse_documents(parsers, [text], "en", parse_all=True)
    its = [w for w in doc.words if w.text.lower() == "its"]
    assert len(its) == 2 and all(w.upos == "PRON" and w.head >= 0 for w in its)
    assert not any(w.text in ("It", "it", "s") for w in doc.words)


def test_maitre_is_tagged_as_the_honorific_it_is(parsers) -> None:
    (doc,) = parse_documents(parsers, ["« Non », a répondu Me Sébastien Schapira devant la cour."], "fr",
                             parse_all=True)
    (me,) = [w for w in doc.words if w.text == "Me"]
    assert me.upos == "NOUN"


def test_capitalised_verbs_inside_a_sentence_are_names(parsers) -> None:
    text = "Posting on X, First Minister Eluned Morgan said Boeing would cut jobs. Boeing will cut jobs."
    (doc,) = parse_documents(parsers, [text], "en", parse_all=True)
    tags = {w.text: w.upos for w in doc.words}
    # (whatever the tagger made of them, neither is left a verb: `Eluned` was read as `elune`)
    assert tags["Eluned"] == "PROPN" and tags["Boeing"] != "VERB"
    assert tags["Posting"] == "VERB"  # a sentence's first word before a preposition stays a verb


def test_a_closing_mark_ends_a_sentence_only_after_a_final_stop() -> None:
    inside = [_sentence("the", "officer", '"', "reasonably", "believed", '"'), _sentence("Bell", "was", "armed", ".")]
    out = repair(inside, ["«", "“"], ['"'])
    assert out is not None and len(out) == 1
    after_stop = [_sentence('"', "We", "won", ".", '"'), _sentence("He", "left", ".")]
    assert repair(after_stop, ["«", "“"], ['"']) is None


def test_a_letter_hyphen_and_capitalised_word_written_tight_are_one_token() -> None:
    from service.segmentation import has_letter_label, join_letter_labels
    words = ["Schumer", ",", "D", "-", "N.Y.", ",", "said"]
    starts = [0, 7, 9, 10, 11, 15, 17]
    sentence = [{"id": k + 1, "text": t, "start_char": s, "end_char": s + len(t)}
                for k, (t, s) in enumerate(zip(words, starts, strict=True))]
    assert has_letter_label(words)
    assert [t["text"] for t in join_letter_labels(sentence)] == ["Schumer", ",", "D-N.Y.", ",", "said"]
    spaced = [dict(t, start_char=t["start_char"] + (1 if t["text"] == "N.Y." else 0)) for t in sentence]
    assert join_letter_labels(spaced) == spaced  # (`D - N.Y.` apart is no label)


def test_a_link_s_label_is_dropped_and_the_ids_stay_consecutive() -> None:
    sentence = _sentence("Microsoft", ",", "opens", "new", "tab", "and", "Google", "opens", "new", "doors", ".")
    out = drop_link_labels(sentence, (", opens new tab", "opens new tab"))
    assert _texts([out]) == [["Microsoft", "and", "Google", "opens", "new", "doors", "."]]
    assert _ids_are_consecutive([out])


def test_single_curly_quotes_glued_to_words_are_split_but_not_an_apostrophe() -> None:
    sentence = _sentence("roads", "‘already", "at", "breaking", "point’", "the", "players’", "union")
    at = 0
    for token in sentence:  # (offsets as the tokenizer gives them)
        token["start_char"], token["end_char"] = at, at + len(token["text"])
        at += len(token["text"]) + 1
    out = split_single_quotes(sentence)
    assert _texts([out]) == [["roads", "‘", "already", "at", "breaking", "point", "’", "the", "players’", "union"]]
    assert _ids_are_consecutive([out])
