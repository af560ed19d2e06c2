"""Realistic news phrasings beyond the per-pattern tests: each checks the attribution a reader expects."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday

CASES = [
    # text, quote substring, type, speaker name, verb lemma, title (or None)
    ("« Nous allons poursuivre le dialogue avec les partenaires sociaux », a assuré jeudi la Première "
     "ministre, Élisabeth Borne, lors d'un déplacement à Lille.", "dialogue", "direct", "Élisabeth Borne",
     "assurer", "Première ministre"),
    ("Le porte-parole du Kremlin, Dmitri Peskov, a affirmé mercredi que Moscou n'avait « aucune intention » "
     "d'attaquer l'OTAN.", "aucune intention", "mixed", "Dmitri Peskov", "affirmer", "porte-parole du Kremlin"),
    ("« C'est inacceptable », s'est indignée la maire de Paris, Anne Hidalgo.", "inacceptable", "direct",
     "Anne Hidalgo", "s'indigner", "maire de Paris"),
    ("Le président Emmanuel Macron a fait savoir qu'il ne se représenterait pas.", "représenterait", "indirect",
     "Emmanuel Macron", "faire savoir", "président"),
    ("Le ministre a été interpellé par des manifestants. « Je ne démissionnerai pas », martèle-t-il.",
     "démissionnerai", "direct", "Le ministre", "marteler", None),
    ("Pour l'économiste Thomas Piketty, la hausse des inégalités est un choix politique.", "inégalités",
     "indirect", "Thomas Piketty", None, "économiste"),
    ("L'entraîneur du PSG, Luis Enrique, s'est dit « très fier » de ses joueurs après la victoire.",
     "très fier", "mixed", "Luis Enrique", "se dire", "entraîneur du PSG"),
    ("« Les négociations sont au point mort. Nous attendons un geste fort de la direction », explique "
     "Sophie Binet, secrétaire générale de la CGT.", "point mort", "direct", "Sophie Binet", "expliquer",
     "secrétaire générale de la CGT"),
    ("Jean-Luc Mélenchon a qualifié la réforme de « brutale ». Il a ajouté que son groupe voterait contre.",
     "voterait", "indirect", "Jean-Luc Mélenchon", "ajouter", None),
    ("Selon l'Agence France-Presse, au moins vingt personnes ont été blessées dans l'explosion.", "blessées",
     "indirect", "Agence France-Presse", None, None),
    ("Le ministre de l'Intérieur a été clair : « Nous ne reculerons pas face aux casseurs. »", "reculerons",
     "direct", "Le ministre de l'Intérieur", None, None),
    ("Le maire de Lyon, Grégory Doucet, regrette cette décision. Selon lui, la ville aurait dû être consultée.",
     "consultée", "indirect", "Grégory Doucet", None, "maire de Lyon"),
    ("« La situation est sous contrôle », selon la préfecture.", "sous contrôle", "direct", "la préfecture",
     None, None),
    ("Emmanuel Macron : « Nous allons investir massivement dans l'énergie nucléaire. »", "nucléaire", "direct",
     "Emmanuel Macron", None, None),
    ("« Je ne suis pas candidat », a répété Édouard Philippe, qui a ajouté qu'il soutiendrait le candidat de la "
     "majorité.", "soutiendrait", "indirect", "Édouard Philippe", "ajouter", None),
    ("À en croire le syndicat, la grève sera très suivie jeudi.", "grève", "indirect", "le syndicat", None, None),
    ("« C'est une décision historique », s'est félicitée mercredi soir la présidente de la Commission "
     "européenne, Ursula von der Leyen.", "historique", "direct", "Ursula von der Leyen", "se féliciter",
     "présidente de la Commission européenne"),
    ("Le Premier ministre, qui s'exprimait devant les députés, a assuré que le gouvernement ne céderait pas.",
     "céderait", "indirect", "Le Premier ministre", "assurer", None),
    ("« Nous avons fait le maximum », a réagi auprès de l'AFP le directeur de l'hôpital, Martin Hirsch.",
     "maximum", "direct", "Martin Hirsch", "réagir", "directeur de l'hôpital"),
    ("Le chef de la diplomatie russe, Sergueï Lavrov, a estimé jeudi que les négociations étaient « dans "
     "l'impasse ».", "impasse", "mixed", "Sergueï Lavrov", "estimer", "chef de la diplomatie russe"),
    ("Le porte-parole du gouvernement a démenti toute volonté de censure.", "censure", "indirect",
     "Le porte-parole du gouvernement", "démentir", None),
    ("Les enquêteurs estiment que l'incendie est d'origine criminelle, selon une source proche du dossier.",
     "criminelle", "indirect", "Les enquêteurs", "estimer", None),
    ("Éric Ciotti (LR) a affirmé mardi que son parti ne voterait pas le budget.", "budget", "indirect",
     "Éric Ciotti", "affirmer", None),
    ("« Nous sommes prêts », nous a confié un responsable syndical sous couvert d'anonymat.", "prêts", "direct",
     "un responsable syndical", "confier", None),
    ("La présidente de l'Assemblée nationale, Yaël Braun-Pivet, a annoncé que le vote aurait lieu le 12 "
     "décembre.", "vote", "indirect", "Yaël Braun-Pivet", "annoncer", "présidente de l'Assemblée nationale"),
    ("« Les secours sont toujours à pied d'œuvre », a déclaré à l'AFP Jean Martin, porte-parole des pompiers.",
     "secours", "direct", "Jean Martin", "déclarer", "porte-parole des pompiers"),
    ("Sophie Durand, porte-parole de la préfecture, a indiqué à l'AFP que deux personnes avaient été blessées.",
     "blessées", "indirect", "Sophie Durand", "indiquer", "porte-parole de la préfecture"),
    ("Le bilan pourrait encore s'alourdir, a prévenu la préfecture dans un communiqué.", "alourdir",
     "indirect", "la préfecture", "prévenir", None),
]


def test_each_quote_keeps_its_own_verb(extract_fr) -> None:
    text = ("Le Premier ministre britannique Keir Starmer a déclaré : « Nous ne laisserons pas faire. » "
            "Il a ensuite ajouté : « Le Royaume-Uni restera uni. »")
    first, second = extract_fr(text)
    assert (first.verb.lemma, second.verb.lemma) == ("déclarer", "ajouter")
    assert first.speaker.name == second.speaker.name == "Keir Starmer"


def test_event_date_inside_the_clause_is_not_the_saying_date(extract_fr) -> None:
    (q,) = extract_fr("La présidente, Yaël Braun-Pivet, a annoncé que le vote aurait lieu le 12 décembre.")
    assert q.date is None and q.text.endswith("12 décembre")


def test_content_stops_before_a_following_attribution(extract_fr) -> None:
    text = ("Joe Biden a reconnu mardi que la situation était « difficile », tout en assurant que les États-Unis "
            "resteraient aux côtés de leurs alliés.")
    quotes = extract_fr(text)
    assert [q.text for q in quotes] == ["la situation était « difficile »",
                                        "les États-Unis resteraient aux côtés de leurs alliés"]
    assert all(q.speaker is not None and q.speaker.name == "Joe Biden" for q in quotes)


@pytest.mark.parametrize(("text", "needle", "qtype", "speaker", "verb", "title"), CASES)
def test_news_phrasing(extract_fr, text, needle, qtype, speaker, verb, title) -> None:
    quotes = [q for q in extract_fr(text, PUBLISHED) if needle in q.text]
    assert len(quotes) == 1, [q.text for q in extract_fr(text, PUBLISHED)]
    q = quotes[0]
    assert q.type == qtype
    assert q.speaker is not None and q.speaker.name == speaker
    assert (q.verb.lemma if q.verb else None) == verb
    assert (q.title.text if q.title else None) == title


def test_mixed_span_keeps_its_closing_mark(extract_fr) -> None:
    text = "Jean-Luc Mélenchon a qualifié la réforme de « brutale »."
    (q,) = extract_fr(text)
    assert q.type == "mixed" and q.text.endswith("»")


@pytest.mark.parametrize("text", [
    "D'après nos informations, le projet sera abandonné.",
    "Les syndicats ont appelé à la grève jeudi.",
    "Le gouvernement a annoncé mardi le déblocage de 500 millions d'euros pour les agriculteurs.",
    "Le Kremlin a exigé que l'Ukraine se déclare officiellement un pays neutre.",
    "Le maire regrette cette décision.",
    "Contacté par l'AFP, le ministère n'a pas souhaité réagir.",
])
def test_not_separate_quotes(extract_fr, text: str) -> None:
    quotes = extract_fr(text)
    assert len(quotes) <= 1
    assert all(q.verb is None or q.verb.lemma != "se déclarer" for q in quotes)


def test_pronouns_follow_gender_across_speakers(extract_fr) -> None:
    text = ("La ministre de la Culture, Rachida Dati, a rencontré mardi le président du Sénat, Gérard Larcher.\n\n"
            "« Nous partageons les mêmes objectifs », a-t-elle déclaré à l'issue de l'entretien.\n\n"
            "Le président du Sénat s'est montré plus prudent. « Il faudra du temps », a-t-il estimé, avant "
            "d'ajouter que le texte serait examiné en janvier.\n\n"
            "Selon elle, la réforme de l'audiovisuel public est « indispensable ».")
    quotes = {q.text[:20]: q for q in extract_fr(text)}
    assert quotes["Nous partageons les "].speaker.name == "Rachida Dati"
    assert quotes["Il faudra du temps"].speaker.name == "Gérard Larcher"
    assert quotes["Il faudra du temps"].date is None  # `en janvier` dates the examination, not the saying
    assert quotes["la réforme de l'audi"].speaker.name == "Rachida Dati"
    assert not any(q.text == "plus prudent" for q in quotes.values())


def test_multi_paragraph_quotation_shares_its_attribution(extract_fr) -> None:
    text = ("Le syndicaliste Philippe Martinez a longuement répondu aux questions des journalistes.\n\n"
            "« Nous n'avons jamais refusé le dialogue. Mais le gouvernement ne nous écoute pas.\n\n"
            "« Nous continuerons la mobilisation tant que la réforme ne sera pas retirée », a-t-il conclu.")
    first, second = extract_fr(text)
    assert first.speaker.name == second.speaker.name == "Philippe Martinez"
    assert first.confidence < second.confidence


def test_incise_inside_the_marks_splits_the_quotation(extract_fr) -> None:
    text = "« La France, a poursuivi le chef de l'État, doit rester une puissance d'équilibre. »"
    first, second = extract_fr(text)
    assert (first.text, second.text) == ("La France", "doit rester une puissance d'équilibre.")
    assert first.verb.lemma == second.verb.lemma == "poursuivre"
    assert first.speaker.name == "le chef de l'État"
