"""Realistic news phrasings beyond the per-pattern tests: each checks the attribution a reader expects."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.quotes import only, speaker_name

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
     "démissionnerai", "direct", "Le ministre", "marteler", "ministre"),
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
     "direct", "Le ministre de l'Intérieur", None, "ministre de l'Intérieur"),
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
     "céderait", "indirect", "Le Premier ministre", "assurer", "Premier ministre"),
    ("« Nous avons fait le maximum », a réagi auprès de l'AFP le directeur de l'hôpital, Martin Hirsch.",
     "maximum", "direct", "Martin Hirsch", "réagir", "directeur de l'hôpital"),
    ("Le chef de la diplomatie russe, Sergueï Lavrov, a estimé jeudi que les négociations étaient « dans "
     "l'impasse ».", "impasse", "mixed", "Sergueï Lavrov", "estimer", "chef de la diplomatie russe"),
    ("Le porte-parole du gouvernement a démenti toute volonté de censure.", "censure", "indirect",
     "Le porte-parole du gouvernement", "démentir", "porte-parole du gouvernement"),
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
    # an acronym between the role and the name is the party, not the person
    ("Le député LR Aurélien Pradié a dénoncé « une méthode brutale ».", "brutale", "direct", "Aurélien Pradié",
     "dénoncer", "député LR"),
    # a given name that is also a common noun (`la Marine`) still makes a person's name
    ("« Ces mégafeux sont la conséquence de nos choix », a écrit sur X la secrétaire nationale des "
     "Écologistes, Marine Tondelier.", "mégafeux", "direct", "Marine Tondelier", "écrire",
     "secrétaire nationale des Écologistes"),
    ("Marine Le Pen a affirmé que son parti voterait la censure.", "censure", "indirect", "Marine Le Pen",
     "affirmer", None),
    # an adjectival participle as the predicate of `se dire`
    ("Emmanuel Macron s'est dit « déterminé » à aller jusqu'au bout.", "déterminé", "mixed", "Emmanuel Macron",
     "se dire", None),
    # the object of an object-predicate verb keeps its determiner
    ("Le leader de la CGT a appelé les salariés à « se mobiliser massivement ».", "mobiliser", "mixed",
     "Le leader de la CGT", "appeler", "leader de la CGT"),
    # a perfect infinitive (`d'avoir tardé`) is the predicate of `accuser`
    ("Son voisin, Gérard Bonnet, accuse les autorités d'avoir « trop tardé » à ordonner l'évacuation.",
     "tardé", "mixed", "Gérard Bonnet", "accuser", None),
    # a bare role after `et` is the same person's second role, not a second speaker
    ("« Les populations deviennent résistantes », explique Amandine Rio-Combes, entomologiste à l'IRD et "
     "coordinatrice de l'essai.", "populations", "direct", "Amandine Rio-Combes", "expliquer",
     "entomologiste à l'IRD et coordinatrice de l'essai"),
    # a verb of saying with a perfect infinitive for content (`contester avoir…`)
    ("Au deuxième jour de son procès, Bertrand Oudinot a contesté mardi avoir « orienté » l'attribution de trois "
     "marchés.", "orienté", "mixed", "Bertrand Oudinot", "contester", None),
    # a present participle the lemmatizer garbled (`reconnaissant` -> `reconner`) is known by its form
    ("Bertrand Oudinot s'est expliqué, reconnaissant toutefois ne pas avoir « mesuré l'apparence » de cette "
     "amitié.", "mesuré", "mixed", "Bertrand Oudinot", "reconnaître", None),
    # marks around a nickname quote no one: the statement stays indirect
    ("Selon les enquêteurs, l'accusé, que ses voisins surnommaient « le Grand », avait aspergé la victime "
     "d'essence.", "aspergé", "indirect", "les enquêteurs", None, None),
    # a verb form tagged a noun before the euphonic `-t` and its clitic is the incise's verb
    ("L’éleveur assure avoir tout respecté. « On fait tout ce qu’on nous demande », souffle-t-il.", "demande",
     "direct", "L’éleveur", "souffler", "éleveur"),
    # an auxiliary the tokenizer left fused to `-t-on`; the place phrase names the indefinite source
    ("Le ministre recevra les syndicats la semaine prochaine, a-t-on précisé à Bercy.", "syndicats", "indirect",
     "Bercy", "préciser", None),
    ("Deux chalutiers pourraient reprendre la mer d’ici une dizaine de jours, d’après la coopérative.",
     "chalutiers", "indirect", "la coopérative", None, None),
    # (the comma before the verb closes the apposition: no incise, the object is no inverted subject)
    ("Son voisin, Gérard Bonnet, accuse le gouvernement d'avoir « trop tardé » à ordonner l'évacuation.",
     "tardé", "mixed", "Gérard Bonnet", "accuser", None),
    # a headline's topic before a colon is not part of the quotation
    ("Incendies dans le Var : « La situation reste préoccupante », alerte le préfet Evence Richard.",
     "situation", "direct", "Evence Richard", "alerter", "préfet"),
    # `l'un d'eux` after the incise is its subject, not a noun inside the quotation
    ("« Certains joueurs ne se parlent plus », assure l'un d'eux sous couvert d'anonymat.", "joueurs",
     "direct", "l'un d'eux", "assurer", None),
    # the outlet after a person noun is the addressee, not part of the speaker
    ("« Nous voulons comprendre pourquoi notre fils est mort », confie sa mère au Progrès.", "fils", "direct",
     "sa mère", "confier", None),
    # a courtesy title makes a person of a single name, and does not hide the role before it
    ("La présidente de la commission de la Défense, Mme Thévenot, a reconnu que l'effort était nécessaire.",
     "effort", "indirect", "Thévenot", "reconnaître", "présidente de la commission de la Défense"),
    # `appeler à` + infinitive: the infinitive phrase, without `à`
    ("La députée Anne Genetet a appelé à « ne pas sacrifier » les autres ministères.", "sacrifier", "mixed",
     "Anne Genetet", "appeler", "députée"),
    # a predicate parsed as a conjunct of `se dire`; an organisation with its acronym in parentheses
    ("L'Agence internationale de l'énergie atomique (AIEA) s'est dite \"préoccupée\" par l'accumulation "
     "d'uranium enrichi.", "préoccupée", "mixed", "L'Agence internationale de l'énergie atomique",
     "se dire", None),
    # an indefinite `on` names its source in the place phrase after the verb
    ("« C'est une mauvaise surprise, mais il ne faut pas dramatiser », estime-t-on à Bercy.", "surprise",
     "direct", "Bercy", "estimer", None),
    ("« Nous attendons des garanties », fait-on valoir chez Renault.", "garanties", "direct", "Renault",
     "faire valoir", None),
    ("Deux personnes ont été tuées dans une fusillade à Marseille, a-t-on appris de source policière.",
     "fusillade", "indirect", "source policière", "apprendre", None),
    # `selon des sources`: the article's preposition split from it (`de les`) still opens the source
    ("Selon des sources concordantes, le joueur aurait déjà signé à Marseille.", "Marseille", "indirect",
     "sources concordantes", None, None),
    # a reporting verb spelt like an adjective before its object (`dément` tagged an adverb)
    ("De son côté, l'Élysée dément toute ingérence.", "ingérence", "indirect", "Élysée", "démentir", None),
    # a quoted prepositional predicate of `se dire`
    ("Les agriculteurs, eux, se disent « à bout ».", "bout", "direct", "Les agriculteurs", "se dire", None),
    # `faire part de X`: what is made known is the complement of the locution's preposition
    ("Le patron des sénateurs LR, Mathieu Darnaud, a de son côté fait part de ses « réserves ».", "réserves",
     "mixed", "Mathieu Darnaud", "faire part", "patron des sénateurs LR"),
    ("Mathieu Darnaud a fait part de ses réserves sur le texte.", "réserves", "indirect", "Mathieu Darnaud",
     "faire part", None),
    # a noun of people the tagger called an adjective after its article
    ("« Il ne faut pas dramatiser », glisse un proche du ministre.", "dramatiser", "direct", "un proche du ministre",
     "glisser", None),
    # a capitalised word after `Me` is the lawyer's name, whatever its tag
    ("L'avocate de la famille, Me Claire Dupont, a dénoncé « une enquête bâclée ».", "bâclée", "direct",
     "Claire Dupont", "dénoncer", "avocate de la famille"),
    # a finite present the tagger took for a present participle (no `-ant`) keeps its own subject
    ("Les enquêteurs privilégient la piste criminelle, a précisé une source proche de l'enquête.", "piste",
     "indirect", "une source proche de l'enquête", "préciser", None),
    # second-group forms the lemmatizer garbles (`réjoui` -> `réjouire`)
    ("« Il a tout pour réussir ici », s'est réjoui Luis Enrique en conférence de presse.", "réussir", "direct",
     "Luis Enrique", "se réjouir", None),
    # `appeler à` + a noun phrase is a call, like `call for`
    ("La CGT, elle, appelle à une nouvelle journée de grève.", "grève", "indirect", "La CGT", "appeler", None),
    # the noun's infinitive, given to the verb by the parser, after a date before the object
    ("Le Premier ministre Sébastien Lecornu a réaffirmé mercredi sa détermination à mener à bien la réforme, malgré "
     "la mobilisation des syndicats.", "mener à bien la réforme", "indirect", "Sébastien Lecornu", "réaffirmer",
     "Premier ministre"),
    # `aux dires de`, its `aux` split into `à les`
    ("Aux dires des organisateurs, la mobilisation a dépassé les attentes.", "mobilisation", "indirect",
     "organisateurs", None, None),
    # reading a statement: its author speaks (`publié par`), and nothing is read without one
    ("« Nous regrettons profondément cette décision », peut-on lire dans le communiqué publié mardi par la "
     "mairie de Quimper.", "regrettons", "direct", "la mairie de Quimper", "lire", None),
    # a French incise inverts: the noun phrase before the comma is the statement's
    ("Une hausse qui s'explique surtout par le rebond des prix de l'énergie, indique l'institut dans sa note.",
     "hausse", "indirect", "l'institut", "indiquer", None),
    # an adverbial inside the verb group leaves the subject before it
    ("Le ministère russe de la Défense a pour sa part revendiqué la prise de cinq villages.", "villages",
     "indirect", "Le ministère russe de la Défense", "revendiquer", None),
    ("Le président syrien Bachar al-Assad a affirmé que l'armée avait repris la ville.", "repris", "indirect",
     "Bachar al-Assad", "affirmer", "président syrien"),
    # an organisation noun introducing a name: the name speaks, the noun phrase is its title
    ("Le site d'information Axios a rapporté que la réunion aurait lieu jeudi.", "réunion", "indirect", "Axios",
     "rapporter", "site d'information"),
    # a newspaper the tagger took for a common noun
    ("D'après L'Équipe, l'entraîneur aurait convoqué le staff dès lundi matin.", "staff", "indirect",
     "L'Équipe", None, None),
    # an adverbial between the auxiliary and its participle (the tagger read `averti` as a noun)
    ("Le Premier ministre hongrois, Zoltán Keresztes, a de nouveau averti jeudi matin qu'il ne lèverait pas son "
     "veto sans garanties.", "veto", "indirect", "Zoltán Keresztes", "avertir", "Premier ministre hongrois"),
    # an incise inverts its subject whatever its verb (`savourer`, `s'amuser` are no verbs of saying)
    ("« On n'a jamais douté », savourait l'ailier toulousain Mathis Ferrand après la rencontre.", "douté", "direct",
     "Mathis Ferrand", "savourer", "ailier toulousain"),
    ("« Je n'ai jamais vu autant de monde », s'amuse Claire Dubois, la maire de la commune.", "monde", "direct",
     "Claire Dubois", "s'amuser", "maire de la commune"),
    # a state before the colon names the speaker but is no verb of saying
    ("Son adjoint, Paul Le Goff, est plus remonté encore : « Personne ne nous a prévenus. »", "Personne", "direct",
     "Paul Le Goff", None, "adjoint"),
    # a compound the tokenizer split at its hyphen is one noun: the role, not a verb
    ("Le porte-parole du gouvernement, Thierry Vasseur, a assuré que le texte serait voté avant l'été.", "texte",
     "indirect", "Thierry Vasseur", "assurer", "porte-parole du gouvernement"),
    # a nationality between the role and the name is no part of the role
    ("« Nous ne sommes pas au bout du chemin », a reconnu devant la presse le président du comité de négociation, "
     "l’Équatorien Tomás Villacrés Ortega.", "chemin", "direct", "Tomás Villacrés Ortega", "reconnaître",
     "président du comité de négociation"),
    # a bare noun apposed to a person's name is their role, in the table or not
    ("Sandrine Poujol, céréalière à Layrac, explique : « On nous demande de monter en gamme. »", "gamme", "direct",
     "Sandrine Poujol", "expliquer", "céréalière à Layrac"),
    # a party label inside the role, a Breton name split at its apostrophe
    ("Le maire (DVG) de Douarnenez, Yannick Le Floc'h, a annoncé qu'un hommage serait organisé samedi.", "hommage",
     "indirect", "Yannick Le Floc'h", "annoncer", "maire de Douarnenez"),  # (a party label is no part of a role)
    # an organisation's apposition is not its name
    ("La Coordination rurale, deuxième syndicat agricole, a appelé ses adhérents à « monter à Paris ».", "Paris",
     "mixed", "La Coordination rurale", "appeler", None),
    # a coordination inside the role's complement
    ("Dans l’hémicycle, la ministre du Travail et de la Santé, Agnès Pluvinage, défend le texte : « Ce budget "
     "n’est pas parfait. »", "budget", "direct", "Agnès Pluvinage", "défendre", "ministre du Travail et de la Santé"),
    ("Pour Sylvie Chabert, référente régionale de l’association Ferus, « les tirs ne règlent rien sur le long "
     "terme » et il faudrait davantage de moyens.", "tirs", "mixed", "Sylvie Chabert", None,
     "référente régionale de l’association Ferus"),
    # a role's place and the person parsed as one flat name
    ("La sénatrice de la Creuse Hélène Vasseur-Dorat a affirmé que le projet était « enterré ».", "enterré",
     "mixed", "Hélène Vasseur-Dorat", "affirmer", "sénatrice de la Creuse"),
    ("Le maire de Quimper Yann Le Bihan a déclaré que la piscine rouvrirait en septembre.", "piscine",
     "indirect", "Yann Le Bihan", "déclarer", "maire de Quimper"),
    # the wire lede's one indefinite role, anywhere in it, titles the person the next sentence introduces
    ("Nantes, 4 mars 2026 (AFP) - Le tribunal a condamné lundi la société Vertigal à indemniser une "
     "maraîchère de Vendée victime d'une intoxication.\n\nLucie Marchand, 51 ans, avait saisi la justice en 2021. "
     "« Je n'ai jamais lâché », a-t-elle dit.", "lâché", "direct", "Lucie Marchand", "dire", "maraîchère de Vendée"),
    # a first name with an age is a person, and a profession after the age (with `ancien`) is a title
    ("« Le car passe deux fois par jour », regrette Gilles, 58 ans, ancien boulanger. « Après 18 heures, il n'y "
     "a plus rien », poursuit-il.", "18 heures", "direct", "Gilles", "poursuivre", "ancien boulanger"),
    # a condition set off after the age is no title
    ("« On nous a renvoyées à Brest », raconte Soizic, 31 ans, enceinte de huit mois.", "Brest", "direct", "Soizic",
     "raconter", None),
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


# (a quotation set off by a comma before `selon X` is what X said)
def test_a_quotation_apposed_before_selon_is_direct(extract_fr) -> None:
    text = "Défense : les Vingt-Sept s'accordent sur un fonds commun, « un moment historique » selon Holmqvist"
    (q,) = extract_fr(text)
    assert q.type == "direct" and q.text == "un moment historique" and speaker_name(q) == "Holmqvist"


# (a modifier set off by a comma after the predicate is a circumstance of the saying, out of the statement)
@pytest.mark.parametrize("text", [
    "Jean-Luc Mélenchon a qualifié la réforme de « brutale ».",
    "Le ministre de l'Intérieur a qualifié l'attaque de « lâche et inacceptable », au lendemain des violences "
    "qui ont secoué la ville.",
])
def test_mixed_span_keeps_its_closing_mark(extract_fr, text: str) -> None:
    (q,) = extract_fr(text)
    assert q.type == "mixed" and q.text.endswith("»")


@pytest.mark.parametrize("text", [
    "D'après nos informations, le projet sera abandonné.",
    "Les syndicats ont appelé à la grève jeudi.",
    "Le gouvernement a annoncé mardi le déblocage de 500 millions d'euros pour les agriculteurs.",
    "Le Kremlin a exigé que l'Ukraine se déclare officiellement un pays neutre.",
    "Le maire regrette cette décision.",
    "Contacté par l'AFP, le ministère n'a pas souhaité réagir.",
    "Le préfet n'a pas précisé si des renforts seraient envoyés.",
    "Le ministre a appris la nouvelle à la radio.",
    "On peut lire dans ce roman une critique de la société.",
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


def test_a_multi_paragraph_quotation_is_one_quote(extract_fr) -> None:
    text = ("Le syndicaliste Philippe Martinez a longuement répondu aux questions des journalistes.\n\n"
            "« Nous n'avons jamais refusé le dialogue. Mais le gouvernement ne nous écoute pas.\n\n"
            "« Nous continuerons la mobilisation tant que la réforme ne sera pas retirée », a-t-il conclu.")
    (q,) = extract_fr(text)  # one quotation over two paragraphs: one quote, attributed at its end
    assert q.text.startswith("Nous n'avons") and q.text.endswith("retirée") and "\n\n« Nous continuerons" in q.text
    assert speaker_name(q) == "Philippe Martinez" and q.verb is not None and q.verb.lemma == "conclure"


def test_incise_inside_the_marks_splits_the_quotation(extract_fr) -> None:
    text = "« La France, a poursuivi le chef de l'État, doit rester une puissance d'équilibre. »"
    first, second = extract_fr(text)
    assert (first.text, second.text) == ("La France", "doit rester une puissance d'équilibre.")
    assert first.verb.lemma == second.verb.lemma == "poursuivre"
    assert first.speaker.name == "le chef de l'État"


def test_pronoun_after_a_new_subject_means_that_subject(extract_fr) -> None:
    """Someone made the subject of the previous sentence outranks the last one quoted."""
    text = ("« Le courage des pompiers est exceptionnel », a salué le maire de Vidauban, Claude Pianetti. "
            "Le ministre de l'Intérieur s'est rendu sur place mardi. "
            "« L'État est aux côtés des Varois », a-t-il affirmé, promettant que « tous les moyens » seraient "
            "déployés.")
    quotes = extract_fr(text)
    said = only(quotes, "aux côtés")
    assert speaker_name(said) == "Le ministre de l'Intérieur"
    promised = only(quotes, "tous les moyens")  # a participle after the incise continues its saying
    assert promised.verb is not None and promised.verb.lemma == "promettre"
    assert speaker_name(promised) == "Le ministre de l'Intérieur"


def test_pronoun_keeps_the_last_speaker_without_a_new_subject(extract_fr) -> None:
    text = ("« Nous ne lâcherons rien », a déclaré Sophie Binet, secrétaire générale de la CGT. "
            "La grève a été reconduite jeudi. « La mobilisation continue », a-t-elle ajouté.")
    q = only(extract_fr(text), "mobilisation")
    assert speaker_name(q) == "Sophie Binet"


def test_split_compound_role_counts_as_a_person_for_pronouns(extract_fr) -> None:
    """`porte-parole` split by the tokenizer is still a role noun: `elle` points back to it."""
    text = ("Son voisin, Gérard Bonnet, est inquiet. Interrogée par l'AFP, une porte-parole de Météo-France a "
            "indiqué que les vents devraient faiblir mercredi. D'après elle, aucune pluie n'est attendue avant "
            "dimanche.")
    q = only(extract_fr(text), "pluie")
    assert q.speaker is not None and "porte-parole" in q.speaker.name


def test_a_verb_of_continuation_keeps_the_last_speaker(extract_fr) -> None:
    """`a-t-il ajouté` continues the previous statement even after a sentence about someone else."""
    text = ("« Nous ne céderons pas », a déclaré le ministre Bruno Retailleau. "
            "Le président Emmanuel Macron doit se rendre à Marseille jeudi. "
            "« L'ordre sera rétabli », a-t-il ajouté.")
    assert speaker_name(only(extract_fr(text), "ordre")) == "Bruno Retailleau"


def test_coordinated_subjects_speak_as_a_group(extract_fr) -> None:
    text = ("La Chine et l'Inde, premiers émetteurs mondiaux, ont fait savoir qu'elles ne prendraient pas de "
            "nouveaux engagements.")
    q = only(extract_fr(text), "engagements")
    assert q.speaker is not None and q.speaker.name == "La Chine et l'Inde" and q.speaker.kind == "group"


def test_a_generic_organisation_noun_points_back_at_the_organisation_named(extract_fr) -> None:
    text = ("Amnesty International a qualifié le procès de « mascarade ». L'ONG estime que les droits de la "
            "défense n'ont pas été respectés.")
    assert speaker_name(only(extract_fr(text), "droits de la défense")) == "Amnesty International"


def test_a_generic_organisation_noun_far_from_any_name_stays_itself(extract_fr) -> None:
    text = ("Amnesty International a publié un rapport. Le texte a été traduit en six langues. Il sera présenté "
            "à Genève. L'ONG estime que les droits de la défense n'ont pas été respectés.")
    q = only(extract_fr(text), "droits de la défense")
    assert q.speaker is not None and q.speaker.name != "Amnesty International"


def test_profession_before_the_name_is_the_title(extract_fr) -> None:
    text = ("Pour la climatologue Valérie Masson-Delmotte, ancienne coprésidente du GIEC, ces alertes ne suffisent "
            "plus.")
    q = only(extract_fr(text), "alertes")
    assert speaker_name(q) == "Valérie Masson-Delmotte"
    assert q.title is not None and q.title.text in ("climatologue", "ancienne coprésidente du GIEC")


@pytest.mark.parametrize(("text", "needle", "date"), [
    # a fronted participle of speaking dates the saying
    ("S'exprimant lors d'un forum à Saint-Pétersbourg le mois dernier, Vladimir Poutine a insisté sur le fait "
     "que « tous les objectifs » seraient atteints.", "objectifs", "le mois dernier"),
    # an infinitive takes the time of the clause it completes
    ("Le secrétaire d'État Antony Blinken était hier à Bruxelles pour exhorter les Européens à aider davantage "
     "l'Ukraine.", "Européens", "hier"),
])
def test_date_of_the_saying_outside_the_reporting_clause(extract_fr, text: str, needle: str, date: str) -> None:
    q = only(extract_fr(text, PUBLISHED), needle)
    assert q.date is not None and q.date.text == date


def test_an_incise_inside_the_marks_cuts_the_quotation_in_two(extract_fr) -> None:
    text = ("La ministre Rachida Dati a visité l'hôpital. « Nous avons, a-t-elle poursuivi, une obligation de "
            "résultat envers les familles. »")
    quotes = [q for q in extract_fr(text) if q.type == "direct"]
    assert [q.text for q in quotes] == ["Nous avons", "une obligation de résultat envers les familles."]
    assert all(q.verb is not None and q.verb.lemma == "poursuivre" for q in quotes)
    assert all(speaker_name(q) == "Rachida Dati" for q in quotes)


def test_a_participle_with_its_agent_after_the_speaker_is_no_cue(extract_fr) -> None:
    text = ("« J'ai dit que je réfléchissais », a corrigé le ministre de la Santé, interrogé par Le Parisien.")
    q = only(extract_fr(text), "réfléchissais")
    assert q.verb is not None and q.verb.lemma == "corriger"
    assert q.speaker is not None and q.speaker.name == "le ministre de la Santé"


def test_a_name_after_a_preposition_keeps_its_particle(extract_fr) -> None:
    text = "D'après Marine Le Pen, présidente du groupe RN, « le gouvernement est à bout de souffle »."
    assert speaker_name(only(extract_fr(text), "souffle")) == "Marine Le Pen"


@pytest.mark.parametrize(("text", "speaker"), [
    ("« Je suis fier de mes joueurs » : Didier Deschamps savoure la qualification des Bleus", "Didier Deschamps"),
    ("« On ne lâchera rien » : les agriculteurs maintiennent la pression", "les agriculteurs"),
    # (a verbless phrase after the colon naming one person: that person)
    ("« La neige de culture n'est pas un plan d'avenir » : l'entretien avec Laurent Chabanne", "Laurent Chabanne"),
])
def test_headline_quote_then_colon_and_its_speaker(extract_fr, text: str, speaker: str) -> None:
    (q,) = extract_fr(text)
    assert q.type == "direct" and speaker_name(q) == speaker and q.verb is None


def test_maitre_before_a_lawyers_name_is_an_honorific(extract_fr) -> None:
    """`Me` (Maître) never occurs in the treebanks: tagged as the pronoun `me`, it split the lawyer's name."""
    text = ("« Ma cliente n'avait aucune conscience de ce qu'elle faisait cette nuit-là », a martelé "
            "Me Sébastien Schapira devant les jurés.")
    quotes = extract_fr(text)
    assert [q.text for q in quotes] == ["Ma cliente n'avait aucune conscience de ce qu'elle faisait cette nuit-là"]
    assert speaker_name(quotes[0]) == "Sébastien Schapira"


def test_pour_with_an_apposed_name_keeps_the_name_out_of_the_statement(extract_fr) -> None:
    text = ("Pour l'avocate de plusieurs familles de victimes, Me Hélène Lecat, « l'accusée savait parfaitement "
            "ce qu'elle faisait ».")
    q = only(extract_fr(text), "accusée")
    assert q.type == "direct" and q.text == "l'accusée savait parfaitement ce qu'elle faisait"
    assert speaker_name(q) == "Hélène Lecat"


def test_a_role_tagged_as_participle_after_the_name_is_the_title(extract_fr) -> None:
    text = ("« C'est un plan social déguisé, ni plus ni moins », a dénoncé Sylvie Vachoux, déléguée syndicale "
            "centrale de la CFDT.")
    q = only(extract_fr(text), "plan social")
    assert speaker_name(q) == "Sylvie Vachoux"
    assert q.title is not None and q.title.text == "déléguée syndicale centrale de la CFDT"


def test_a_participle_modifying_a_noun_reports_nothing(extract_fr) -> None:
    text = ("La comédienne succédera à Greta Gerwig. « C'est un immense honneur », a-t-elle réagi dans un "
            "communiqué publié lundi par le Festival.")
    quotes = extract_fr(text)
    assert [q.text for q in quotes] == ["C'est un immense honneur"]
    assert quotes[0].verb is not None and quotes[0].verb.lemma == "réagir"


def test_a_newspaper_name_keeps_its_article(extract_fr) -> None:
    q = only(extract_fr("Selon le quotidien L'Équipe, le club envisagerait un renfort en attaque."), "renfort")
    assert speaker_name(q) == "L'Équipe" and q.speaker.kind == "organization"
    assert q.title is None  # (a bare kind is no title: the annotators give none to `l'association X`)


@pytest.mark.parametrize(("text", "speaker", "title"), [
    ("Le capitaine Marquinhos partageait ce constat. « Il faut qu'on se regarde dans les yeux », a lâché le "
     "défenseur brésilien.", "Marquinhos", "capitaine"),
    ("Côté bavarois, Vincent Kompany savourait. « Mes joueurs ont été exceptionnels », a salué l'entraîneur "
     "belge.", "Vincent Kompany", "entraîneur belge"),
    # the one person the sentence before names, though not as its subject
    ("Les Castrais ont renversé la Section paloise samedi, portés par un Théo Lacombe auteur de 17 points. "
     "« On a su rester patients », savourait le demi d'ouverture.", "Théo Lacombe", "demi d'ouverture"),
    # a sentence about a group in between does not hide the person
    ("Son entraîneur, Sébastien Iribarren, avait le visage fermé. Ses joueurs ont concédé 14 pénalités. Pour le "
     "technicien basque, « on ne peut pas gagner à Castres en donnant autant de munitions ».", "Sébastien Iribarren",
     "entraîneur"),
])
def test_a_definite_role_description_is_the_person_just_named(extract_fr, text: str, speaker: str,
                                                              title: str) -> None:
    (q,) = extract_fr(text)
    assert speaker_name(q) == speaker
    assert q.title is not None and q.title.text == title


def test_comme_inside_the_quotation_is_no_parenthetical_attribution(extract_fr) -> None:
    text = "« On ne peut pas continuer comme ça », lance Julien, 42 ans, chauffeur routier depuis vingt ans."
    (q,) = extract_fr(text)
    assert q.text == "On ne peut pas continuer comme ça" and q.speaker.name == "Julien"


def test_a_participle_after_an_incises_subject_is_no_second_half(extract_fr) -> None:
    (q,) = extract_fr("Une enquête a été ouverte, a indiqué le parquet de Marseille, sollicité par l'AFP.")
    assert q.text == "Une enquête a été ouverte" and q.speaker.name == "le parquet de Marseille"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Interrogé sur un éventuel remaniement, Emmanuel Macron a botté en touche : « Chaque chose en son temps. »",
     "Emmanuel Macron"),
    ("Du côté de la préfecture, on se veut rassurant : « La situation est maîtrisée. »", "la préfecture"),
])
def test_a_short_verbless_sentence_after_a_colon(extract_fr, text: str, speaker: str) -> None:
    (q,) = extract_fr(text)
    assert q.type == "direct" and q.speaker is not None and q.speaker.name == speaker


def test_a_clause_of_time_after_an_incise_is_not_reported(extract_fr) -> None:
    text = ("« Je n'ai jamais voulu ça », a-t-il murmuré, la voix brisée, avant que le président ne suspende "
            "l'audience.")
    assert [q.text for q in extract_fr(text)] == ["Je n'ai jamais voulu ça"]


def test_a_participle_and_its_predicate_after_a_name_is_no_title(extract_fr) -> None:
    (q,) = extract_fr("Greenwood, élu homme du match, a préféré rester discret : « Je suis juste content d'aider "
                      "l'équipe. »")
    assert q.speaker.name == "Greenwood" and q.title is None


def test_a_description_is_not_a_person_known_by_another_role(extract_fr) -> None:
    text = ("Le maire de Lyon a fait savoir qu'il porterait plainte.\n\n"
            "L'entraîneur s'est félicité de la réaction de ses joueurs : « Ils ont montré du caractère. »")
    q = only(extract_fr(text), "caractère")
    assert q.speaker is not None and q.speaker.name == "L'entraîneur"


def test_a_role_set_off_before_a_name_is_that_names_and_of_its_gender(extract_fr) -> None:
    text = ("Interrogé par France Info, le ministre de l'Intérieur, Laurent Nuñez, a jugé la situation "
            "« préoccupante ».\n\nLa ministre a répondu aux critiques en affirmant que le budget serait tenu.")
    quotes = extract_fr(text)
    assert only(quotes, "situation").speaker.name == "Laurent Nuñez"
    q = only(quotes, "budget")
    assert q.speaker is not None and q.speaker.name == "La ministre" and q.title.text == "ministre"


def test_a_role_description_after_two_named_people_stays_a_description(extract_fr) -> None:
    text = ("Emmanuel Macron a reçu Olaf Scholz à l'Élysée. « Nous sommes d'accord sur l'essentiel », a déclaré "
            "le chancelier.")
    q = only(extract_fr(text), "essentiel")
    assert q.speaker is not None and q.speaker.name == "le chancelier"


def test_a_role_description_two_paragraphs_later_or_of_another_gender_stays_a_description(extract_fr) -> None:
    text = ("« Rien n'est décidé », assure François Malaurie.\n\nLe Premier ministre reçoit les chefs de partis.\n\n"
            "{gap}La cheffe des députés écologistes ne décolère pas. « C'est une mascarade », a-t-elle lâché.")
    for gap in ("", "franceinfo\n\n19h47\n\n"):
        q = only(extract_fr(text.format(gap=gap)), "mascarade")
        assert q.speaker is not None and q.speaker.name != "François Malaurie", gap


def test_a_description_in_the_speakers_own_clause_or_an_indefinite_one_is_someone_else(extract_fr) -> None:
    text = ("Son guitariste, Erwan Guillou, raconte que le chanteur écrivait encore chaque matin. Bertrand Moulinier, "
            "porte-parole du collectif, s'est félicité de la décision. « La préfecture étudie la décision avec "
            "attention », a indiqué un porte-parole.")
    quotes = extract_fr(text)
    q = only(quotes, "chaque matin")
    assert speaker_name(q) == "Erwan Guillou" and q.title is not None and q.title.text == "guitariste"
    assert speaker_name(only(quotes, "préfecture")) == "un porte-parole"


@pytest.mark.parametrize(("text", "speaker"), [
    ("« C'était tout sauf une tête brûlée », a confié au Dauphiné libéré un ami de la victime.",
     "un ami de la victime"),  # (past a participle the parser hung on the newspaper's name)
    ("« On attend, sereinement », a simplement glissé un de ses proches.", "un de ses proches"),
])
def test_an_inverted_indefinite_subject(extract_fr, text: str, speaker: str) -> None:
    (q,) = extract_fr(text)
    assert speaker_name(q) == speaker


def test_a_first_name_apposed_to_a_relative_is_the_speaker(extract_fr) -> None:
    text = ("Dans la foule, sa mère, Catherine, cachait mal son émotion. « Il nous appelait en pleurant après ses "
            "chutes. Aujourd'hui, il gagne », glisse-t-elle.")
    assert speaker_name(only(extract_fr(text), "pleurant")) == "Catherine"


def test_a_name_after_a_role_and_its_preposition_is_someone_else(extract_fr) -> None:
    text = ("« J'ai fait confiance », a affirmé Bertrand Oudinot. L'avocate de M. Oudinot, Me Nadia Ferhat, a plaidé "
            "la relaxe. Elle a rappelé qu'aucun agent n'avait fait état de pressions.")
    defendant, lawyer = extract_fr(text)
    assert defendant.speaker.name == "Bertrand Oudinot" and defendant.title is None
    assert lawyer.speaker.name == "Nadia Ferhat" and lawyer.title.text == "avocate de M. Oudinot"


def test_faire_valoir_inverts_its_subject_after_the_infinitive(extract_fr) -> None:
    text = "« Nous devons préserver l'eau potable avant tout », fait valoir le préfet Thierry Bonnier."
    q = only(extract_fr(text), "eau potable")
    assert speaker_name(q) == "Thierry Bonnier" and q.verb is not None and q.verb.lemma == "faire valoir"


@pytest.mark.parametrize(("text", "contains", "speaker"), [
    ("Du côté du FLNKS, on dit attendre « des gestes concrets » de l'État.", "gestes", "FLNKS"),
    ("Chez Renault, on estime que la crise est passée.", "crise", "Renault"),
])
def test_indefinite_on_takes_the_fronted_place_as_source(extract_fr, text: str, contains: str,
                                                         speaker: str) -> None:
    assert speaker_name(only(extract_fr(text), contains)) == speaker


def test_a_quoted_phrase_after_the_object_belongs_to_the_claim(extract_fr) -> None:
    q = only(extract_fr("Nouvelle-Calédonie : Manuel Valls promet un accord « avant l'été »"), "accord")
    assert q.type == "mixed" and q.text == "un accord « avant l'été »"


def test_a_role_description_after_a_quoted_source_is_that_source(extract_fr) -> None:
    text = ("Pour Marie Dupuy, hydrologue au CNRS, la situation « n'est pas conjoncturelle mais structurelle ». "
            "« Il faut repenser complètement notre rapport à l'eau », plaide la chercheuse.")
    first, second = extract_fr(text)
    assert speaker_name(first) == "Marie Dupuy" and first.title is not None
    assert first.title.text == "hydrologue au CNRS"  # a profession by its ending, though not in the table
    assert speaker_name(second) == "Marie Dupuy"


def test_a_description_resolved_to_a_person_carries_to_a_later_pronoun(extract_fr) -> None:
    text = ("Volodymyr Zelensky a exhorté lundi les Européens à maintenir leur soutien. « Si nous tombons, vous "
            "serez les prochains », a-t-il lancé. Le chef de l'État ukrainien a également demandé de nouveaux "
            "systèmes de défense. D'après lui, la Russie prépare « une offensive d'ampleur » pour le printemps.")
    q = only(extract_fr(text), "offensive")
    assert speaker_name(q) == "Volodymyr Zelensky"


def test_a_negation_before_the_infinitive_is_part_of_the_statement(extract_fr) -> None:
    q = only(extract_fr("Le suspect affirme ne pas avoir voulu tuer la victime."), "victime")
    assert q.text == "ne pas avoir voulu tuer la victime"


def test_a_quotation_over_two_paragraphs_takes_the_verb_closing_it(extract_fr) -> None:
    text = ("Un avis que ne partage pas Me Julien Morvan, avocat des familles. « Le dossier est vide.\n\n"
            "« Et tant que l'expertise n'aura pas été versée au dossier, nous ne lâcherons rien », prévient le "
            "pénaliste.")
    (q,) = extract_fr(text)
    assert q.text.startswith("Le dossier") and q.text.endswith("rien")
    assert speaker_name(q) == "Julien Morvan" and q.verb is not None and q.verb.lemma == "prévenir"


def test_a_quotation_paragraph_after_reported_speech_continues_its_speaker(extract_fr) -> None:
    text = ("Le secrétaire exécutif de l'ONU Climat, Simon Stiell, a rappelé que les engagements actuels "
            "mèneraient à un réchauffement de 2,7 °C.\n\n« Nous n'avons plus le luxe d'attendre. Chaque dixième "
            "de degré compte. »")
    q = only(extract_fr(text), "luxe")
    assert q.type == "direct" and speaker_name(q) == "Simon Stiell"


def test_a_verbless_reaction_before_a_colon_names_its_speaker(extract_fr) -> None:
    text = ("Les éleveurs bloquaient toujours plusieurs axes routiers ce mardi. Réaction immédiate du ministre de "
            "l'Agriculture : « Nous avons entendu le message. »")
    q = only(extract_fr(text), "message")
    assert q.speaker is not None and q.speaker.text == "ministre de l'Agriculture"


def test_a_parenthetical_attribution_keeps_its_own_phrases(extract_fr) -> None:
    text = "Comme l'a rappelé la FNSEA dans un communiqué, la vaccination reste facultative dans la zone."
    q = only(extract_fr(text), "vaccination")
    assert q.text == "la vaccination reste facultative dans la zone" and speaker_name(q) == "FNSEA"


def test_a_relative_after_a_persons_role_phrase_is_the_person(extract_fr) -> None:
    text = ("« Les indemnisations arrivent trop tard », souligne Arnaud Rousseau, président de la FNSEA, qui "
            "estime que « le gouvernement a perdu la confiance des campagnes ».")
    q = only(extract_fr(text), "confiance")
    assert speaker_name(q) == "Arnaud Rousseau"


def test_interview_answers_under_the_persons_name(extract_fr) -> None:
    text = ("Le Journal : Pourquoi retourner sur la Lune ?\n\n"
            "Thomas Pesquet : La Lune est un laboratoire. C'est une étape indispensable avant Mars.\n\n"
            "Lire aussi : Les astronautes européens en orbite")
    (q,) = extract_fr(text)
    assert q.type == "direct" and q.text.startswith("La Lune est un laboratoire")
    assert speaker_name(q) == "Thomas Pesquet"


def test_an_incise_verb_mistagged_as_a_participle_still_inverts(extract_fr) -> None:
    text = ("« Les prix alimentaires pourraient repartir à la hausse au printemps », avertit Mathieu Plane, "
            "directeur adjoint de l'OFCE.")
    q = only(extract_fr(text), "printemps")
    assert speaker_name(q) == "Mathieu Plane"


def test_a_reporting_verb_inside_the_statement_does_not_cut_it(extract_fr) -> None:
    text = ("La Banque centrale européenne, qui se réunit jeudi, devrait maintenir ses taux inchangés, estiment "
            "la plupart des analystes interrogés par Reuters.")
    q = only(extract_fr(text), "Banque")
    assert q.text == "La Banque centrale européenne, qui se réunit jeudi, devrait maintenir ses taux inchangés"


def test_a_headline_topic_before_a_colon_is_not_the_statement(extract_fr) -> None:
    (q,) = extract_fr("Inflation : les prix ont augmenté de 1,2 % sur un an en novembre, selon l'Insee")
    assert q.text == "les prix ont augmenté de 1,2 % sur un an en novembre" and speaker_name(q) == "Insee"


def test_a_role_with_a_participle_phrase_then_the_name(extract_fr) -> None:
    text = ("Contactée, l'adjointe au maire chargée de l'éducation, Stéphanie Léger, explique que la baisse des "
            "effectifs ne permet plus de maintenir deux écoles dans le quartier.")
    q = only(extract_fr(text), "effectifs")
    assert speaker_name(q) == "Stéphanie Léger"
    assert q.title is not None and q.title.text == "adjointe au maire chargée de l'éducation"


def test_an_apposition_parsed_as_a_conjunct_names_the_speaker(extract_fr) -> None:
    text = ("Son principal adversaire, le député RN Franck Allisio, a immédiatement répliqué sur X, accusant le "
            "maire d'avoir « abandonné les quartiers nord ».")
    q = only(extract_fr(text), "quartiers")
    assert speaker_name(q) == "Franck Allisio"


def test_a_participle_clause_after_a_name_is_not_its_title(extract_fr) -> None:
    text = ("Benoît Payan, élu en 2020 à la tête d'une coalition de gauche, a déclaré que Marseille avait "
            "changé.")
    q = only(extract_fr(text), "Marseille")
    assert speaker_name(q) == "Benoît Payan" and q.title is None


def test_a_role_in_apposition_is_the_title_rather_than_docteur(extract_fr) -> None:
    text = ("« Des patients dorment sur des chaises pendant trois jours », raconte le docteur Antoine Pelissolo, "
            "chef de service à l'hôpital Henri-Mondor de Créteil.")
    q = only(extract_fr(text), "patients")
    assert speaker_name(q) == "Antoine Pelissolo"
    assert q.title is not None and q.title.text == "chef de service à l'hôpital Henri-Mondor de Créteil"


def test_a_role_and_adjective_before_a_single_name_make_it_a_person(extract_fr) -> None:
    text = ("Côté bavarois, Vincent Kompany ne cachait pas sa déception. « Nous avons manqué d'efficacité », a "
            "admis le technicien belge. Le capitaine parisien Marquinhos a quant à lui évoqué « une soirée "
            "spéciale ».")
    q = only(extract_fr(text), "soirée")
    assert speaker_name(q) == "Marquinhos"
    assert q.title is not None and q.title.text == "capitaine parisien"


def test_a_negation_word_after_an_article_is_a_noun(extract_fr) -> None:
    text = ("La Fédération française du bâtiment a salué « un premier pas », tout en jugeant les mesures "
            "« insuffisantes ».")
    q = only(extract_fr(text), "premier pas")
    assert q.type == "direct" and q.verb is not None and q.verb.lemma == "saluer"


def test_a_name_with_de_and_a_participle_continuing_an_incise(extract_fr) -> None:
    text = ("« C'est une erreur », a réagi sur BFMTV la ministre des Comptes publics, Amélie de Montchalin, "
            "assurant que la mesure serait réintroduite en commission mixte paritaire.")
    quotes = extract_fr(text)
    for q in (only(quotes, "erreur"), only(quotes, "réintroduite")):
        assert speaker_name(q) == "Amélie de Montchalin"
        assert q.title is not None and q.title.text == "ministre des Comptes publics"


def test_a_role_participle_belongs_to_the_description(extract_fr) -> None:
    text = "Sur LinkedIn, la ministre déléguée au Numérique a évoqué « une excellente nouvelle pour l'Europe »."
    q = only(extract_fr(text), "nouvelle")
    assert q.speaker is not None and q.speaker.text == "la ministre déléguée au Numérique"


def test_a_date_taken_for_the_object_is_the_date(extract_fr) -> None:
    text = ("La présidente d'Air France-KLM, Anne Rigail, s'était alarmée la semaine dernière d'une mesure qui "
            "« menace directement l'emploi ».")
    q = only(extract_fr(text), "emploi")
    assert q.text == "une mesure qui « menace directement l'emploi »"
    assert q.date is not None and q.date.text == "la semaine dernière"


def test_a_cleft_announcing_a_quotation_after_a_colon(extract_fr) -> None:
    text = ("Sophie Binet, secrétaire générale de la CGT, reste méfiante. Elle a fait savoir que son syndicat "
            "appellerait à manifester le 12 décembre. C'est ce qu'a confirmé Marylise Léon, la numéro un de la "
            "CFDT, dans un entretien au Journal du dimanche : « Le compte n'y est pas. »")
    quotes = extract_fr(text)
    indirect = only(quotes, "manifester")
    assert indirect.text == "son syndicat appellerait à manifester le 12 décembre"
    assert speaker_name(indirect) == "Sophie Binet"
    assert speaker_name(only(quotes, "compte")) == "Marylise Léon"


def test_an_acronym_in_parentheses_ends_a_source_or_a_role(extract_fr) -> None:
    text = ("Pour Céline Parisot, présidente de l'Union syndicale des magistrats (USM), « cette relaxe envoie un "
            "très mauvais signal ». Le président du Conseil interprofessionnel du vin de Bordeaux (CIVB), Allan "
            "Sichel, a déclaré que les volumes seraient faibles.")
    quotes = extract_fr(text)
    assert speaker_name(only(quotes, "relaxe")) == "Céline Parisot"
    q = only(quotes, "volumes")
    assert q.title is not None and q.title.text == "président du Conseil interprofessionnel du vin de Bordeaux"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Dans son rapport annuel publié jeudi, le Haut Conseil pour le climat (HCC) juge que la baisse des émissions "
     "« ralentit dangereusement ».", "le Haut Conseil pour le climat"),
    ("Interrogé par l'AFP, un proche du dossier juge que la décision « sera scrutée bien au-delà des frontières ».",
     "un proche du dossier"),
])
def test_a_reporting_verb_spelt_like_a_noun_before_que(extract_fr, text: str, speaker: str) -> None:
    q = only(extract_fr(text), "«")
    assert q.type == "mixed" and q.verb is not None and q.verb.lemma == "juger"
    assert speaker_name(q) == speaker


def test_an_interview_with_named_and_unnamed_answers(extract_fr) -> None:
    text = ("Entretien. Philippe Martinez : « Le syndicalisme doit se réinventer »\n\n"
            "L'ancien secrétaire général de la CGT publie un livre.\n\n"
            "Le Parisien. Pourquoi ce livre maintenant ?\n\n"
            "Philippe Martinez. J'avais besoin de prendre du recul. Pendant huit ans, je n'ai jamais eu le temps "
            "de réfléchir.\n\n"
            "Regrettez-vous certaines décisions ?\n\n"
            "Bien sûr. On fait tous des erreurs. Mais je ne regrette pas le combat contre la réforme.\n\n"
            "Propos recueillis par Marie Dupont")
    quotes = extract_fr(text)
    assert speaker_name(only(quotes, "recul")) == "Philippe Martinez"
    assert speaker_name(only(quotes, "erreurs")) == "Philippe Martinez"
    assert not [q for q in quotes if "Pourquoi" in q.text or "Propos" in q.text]


def test_a_description_after_an_incise_naming_the_speaker(extract_fr) -> None:
    text = ("« Kylian a ressenti une gêne à l'entraînement. On ne veut prendre aucun risque », a expliqué Didier "
            "Deschamps en conférence de presse. Le sélectionneur a indiqué qu'il serait remplacé par Randal Kolo "
            "Muani.")
    quotes = extract_fr(text)
    q = only(quotes, "remplacé")
    assert speaker_name(q) == "Didier Deschamps"
    # the role stated later is the speaker's title for the earlier quote too
    assert only(quotes, "risque").title is not None and only(quotes, "risque").title.text == "sélectionneur"


def test_a_nationality_before_a_name_and_a_date_after_the_speaker(extract_fr) -> None:
    text = ("L'Espagnol Rodri, lui, s'est dit « désolé » pour son adversaire. Kylian Mbappé souffre d'une "
            "contusion, a annoncé la Fédération française de football (FFF) mardi soir.")
    quotes = extract_fr(text)
    assert speaker_name(only(quotes, "désolé")) == "Rodri"
    q = only(quotes, "contusion")
    assert speaker_name(q) == "la Fédération française de football"
    assert q.date is not None and q.date.text == "mardi soir"


def test_an_inverted_subject_is_what_a_description_then_a_pronoun_mean(extract_fr) -> None:
    text = ("« Je serai candidat », lâche Thomas Cazenave devant une cinquantaine de militants. L'ancien ministre "
            "des Comptes publics ne cache plus ses ambitions. « Bordeaux mérite mieux qu'une gestion au jour le "
            "jour », tacle-t-il, visant directement le maire sortant.")
    q = only(extract_fr(text), "Bordeaux")
    assert speaker_name(q) == "Thomas Cazenave"
    assert q.verb is not None and q.verb.lemma == "tacler"
    assert q.title is not None and q.title.text == "ancien ministre des Comptes publics"


def test_a_quotation_opening_with_c_est_is_no_cleft(extract_fr) -> None:
    text = ("Les syndicats sont vent debout. « C'est un plan social qui ne dit pas son nom », s'insurge Jean-Pierre "
            "Mercier, délégué CGT à l'usine de Poissy.")
    assert [q.text for q in extract_fr(text)] == ["C'est un plan social qui ne dit pas son nom"]


def test_a_live_blog_time_stamp_is_not_part_of_the_quote(extract_fr) -> None:
    text = ("13h20 - \"C'est le pire tremblement de terre que j'ai connu\", témoigne Mehmet, un habitant de "
            "Gaziantep joint par téléphone par l'AFP.")
    q = only(extract_fr(text), "tremblement")
    assert q.type == "direct" and q.text == "C'est le pire tremblement de terre que j'ai connu"
    assert speaker_name(q) == "Mehmet"


def test_a_capitalised_role_is_no_name_and_describes_the_speaker_before(extract_fr) -> None:
    text = ("“Nous ne renoncerons pas au pétrole tant que le monde en aura besoin”, a déclaré mardi Patrick "
            "Pouyanné devant les actionnaires. Le PDG a jugé «irresponsable» l'appel des ONG. «On ne peut pas "
            "fermer les robinets du jour au lendemain», a-t-il insisté.")
    quotes = extract_fr(text)
    for q in (only(quotes, "robinets"), only(quotes, "pétrole")):
        assert speaker_name(q) == "Patrick Pouyanné"
        assert q.title is not None and q.title.text == "PDG"


def test_et_d_ajouter_continues_the_speaker_before(extract_fr) -> None:
    text = ("La ministre de la Culture, Rachida Dati, a défendu son projet. « Nous devons rassembler nos forces », "
            "a-t-elle expliqué. Et d'ajouter : « Le statu quo n'est plus possible. »")
    q = only(extract_fr(text), "statu quo")
    assert speaker_name(q) == "Rachida Dati" and q.verb is not None and q.verb.lemma == "ajouter"


def test_a_negation_word_of_the_quotation_does_not_negate_its_incise(extract_fr) -> None:
    text = "« Une fusion ? Jamais », a tranché le syndicat SNJ, qui appelle à la grève le 30 juin."
    q = only(extract_fr(text), "fusion")
    assert q.verb is not None and q.verb.lemma == "trancher" and q.date is None


def test_a_name_after_a_kin_noun_and_a_bare_fronted_place_for_on(extract_fr) -> None:
    text = ("Son camarade Hugo renchérit : « C'est du grand n'importe quoi. »\n\nRue de Grenelle, on assure que le "
            "calendrier sera tenu.")
    quotes = extract_fr(text)
    assert speaker_name(only(quotes, "importe")) == "Hugo"
    assert speaker_name(only(quotes, "calendrier")) == "Rue de Grenelle"


def test_a_relative_after_an_apposition_with_a_prepositional_phrase(extract_fr) -> None:
    text = ("Même son de cloche chez Nathalie Roux, fleuriste depuis vingt ans, qui estime avoir perdu 30 % de son "
            "chiffre d'affaires. D'après elle, plusieurs boutiques pourraient fermer avant l'été.")
    quotes = extract_fr(text)
    q = only(quotes, "perdu")
    assert speaker_name(q) == "Nathalie Roux"
    assert q.title is not None and q.title.text == "fleuriste"
    assert speaker_name(only(quotes, "boutiques")) == "Nathalie Roux"


def test_a_sentence_in_court_is_no_claim_and_a_counsel_named_after_an_honorific(extract_fr) -> None:
    text = ("La cour d'assises du Nord a condamné vendredi soir un ancien joueur de Ligue 1 à dix ans de réclusion. "
            "« Mon client clame son innocence depuis le premier jour », a déclaré son conseil, Me Éric "
            "Dupond-Moretti.")
    quotes = extract_fr(text)
    assert [q.text for q in quotes] == ["Mon client clame son innocence depuis le premier jour"]
    assert speaker_name(quotes[0]) == "Éric Dupond-Moretti"


FRONTED = ("Après sa rencontre avec le Premier ministre, Aurore Berthelin, présidente du groupe écologiste, a "
           "estimé que « rien n'avait avancé ».")
# (a given name spelt like an adjective, and a co- prefixed role)
GIVEN_NAME = ("« C'est une blague », a lancé Claire Mornet, cosecrétaire générale du Snuipp-FSU, premier syndicat "
              "du primaire.")
# (a one-word aside between the incise verb and its subject; a trade as the role)
ASIDE = ("« Sans bateaux, pas de poisson, et sans poisson, pas de criée », résume, fataliste, Nolwenn Daniel, "
         "mareyeuse installée sur le port depuis vingt ans.")


# Speakers the session-6 texts named through descriptions, nationality nouns, acronyms, quantities and asides.
@pytest.mark.parametrize(("text", "contains", "speaker"), [
    ('Le PDG de la SNCF, Jean-Pierre Farandou, a assuré que « tout sera fait pour les voyageurs ». Le '
     'ministre des Transports a appelé les syndicats « à la responsabilité ».',
     'responsabilité', 'Le ministre des Transports'),
    ('Le ministre de la Santé, de son côté, défend son texte. Interrogé au Sénat, il a estimé que la réforme '
     'permettrait « de libérer du temps médical ».',
     'libérer', 'Le ministre de la Santé'),
    ("Tadej Pogacar, quadruple vainqueur de l'épreuve, était présent dans la salle. « C'est un Tour qui me "
     'plaît beaucoup », a commenté le Slovène.',
     'Tour', 'Tadej Pogacar'),
    ("Auteur du premier but, Ousmane Dembélé s'est montré plus mesuré. « On n'a encore rien gagné », a "
     "déclaré l'attaquant au micro de Canal+.",
     'gagné', 'Ousmane Dembélé'),
    ("Mistral AI compte aujourd'hui environ 700 salariés, selon l'entreprise.", 'salariés', 'Mistral AI'),
    ('Les cabinets médicaux resteront fermés vendredi. Les syndicats dénoncent une « attaque contre la '
     'médecine libérale ».',
     'attaque', 'Les syndicats'),
    ("Plusieurs centaines d'agriculteurs ont bloqué lundi l'autoroute A64 près de Toulouse. Ils dénoncent la "
     "gestion de l'épidémie par les autorités.",
     'gestion', "Plusieurs centaines d'agriculteurs"),
    ("« C'est un soulagement, mais il faudra trouver des compromis », a reconnu un député Renaissance sous "
     "couvert d'anonymat.",
     'soulagement', 'un député Renaissance'),
    ('Le RN a justifié sa position par la volonté de « ne pas ajouter le chaos au chaos », selon les mots de '
     'Jordan Bardella.',
     'chaos', 'Jordan Bardella'),
    ('Le président ukrainien Volodymyr Zelensky a exhorté samedi les Européens à accélérer leurs livraisons. '
     "« Chaque jour de retard se paie en vies humaines », a-t-il déclaré. Le chef de l'État a également "
     "annoncé que l'Ukraine avait reçu un nouveau système Patriot.",
     'Patriot', 'Volodymyr Zelensky'),
    ("Une source au sein des services de sécurité a indiqué que l'enquête progressait rapidement.",
     'enquête', 'Une source au sein des services de sécurité'),
    # (a name after `Selon un diplomate,` is the next clause's subject, not the source's apposition)
    ("Le Premier ministre hongrois, Zoltán Keresztes, a averti jeudi qu'il ne lèverait pas son veto. Selon un "
     "diplomate européen, M. Keresztes cherche surtout « à monnayer son veto ».",
     'monnayer', 'un diplomate européen'),
    # (a role of another nationality than the known title's is someone new)
    ("Le chancelier allemand, Matthias Brenner, a estimé qu'un compromis restait « à portée de main ». Le "
     "président français, dont le pays pousse depuis des mois en faveur d'un effort commun, a salué « une "
     "étape ».",
     'étape', 'Le président français'),
    # (the one person named in a subject that is no person is who a pronoun means next)
    ("La défense, assurée par Me Antoine Lefort, avocat de l'accusé, a tenté de convaincre la cour. Selon lui, "
     "son client « n'a jamais imaginé que le feu gagnerait les étages ».",
     'étages', 'Antoine Lefort'),
    # (a pronoun after a quotation of several sentences means the subject of the sentence before it)
    ("« Vous jugez un homme qui a commis une faute », a insisté Me Antoine Lefort. Sur les bancs des parties "
     "civiles, Mamadou Diallo n'a pas quitté l'accusé des yeux. « Je ne lui pardonnerai pas. Mais j'ai besoin "
     "de comprendre », avait-il confié à la presse mercredi.",
     'pardonnerai', 'Mamadou Diallo'),
    ("Au Rassemblement national, on se montre plus prudent. D'après un cadre du parti, le groupe « attendra de "
     "voir le texte final » avant de se prononcer.",
     'attendra', 'un cadre du parti'),
    # (`ajoutant` continues the incise's pronoun, which means the one just quoted, not an earlier source)
    ("Le gouvernement pourrait engager sa responsabilité, a-t-on appris mardi de source proche de Matignon. Le "
     "porte-parole du gouvernement, Thomas Vidal, a refusé de confirmer le calendrier. « Aucune décision n'est "
     "prise », a-t-il indiqué, ajoutant que le gouvernement restait « ouvert au dialogue ».",
     'dialogue', 'Thomas Vidal'),
    # (a name inside a prepositional phrase, and a sentence about no one between, leave the description his)
    ("Lens s'est imposé grâce à un doublé de son attaquant Lucas Ndiaye. "
     "Entré à l'heure de jeu, Ndiaye a changé le visage de la rencontre, après la réduction du score de Samuel "
     "Diarra. Une « remontada » que Bollaert n'avait plus connue depuis 2019. Le buteur sénégalais a reconnu "
     "avoir vécu « une soirée un peu folle ».",
     'soirée', 'Lucas Ndiaye'),
    (FRONTED, 'avancé', 'Aurore Berthelin'),
    # (a hyphenated place after a preposition, then a person: two names)
    ("« Les rafales pourraient atteindre 130 km/h », a précisé à Ouest-France François Gourand, prévisionniste "
     "à Météo-France.", 'rafales', 'François Gourand'),
    ("« C'est un aveu de faiblesse », a réagi sur X le député socialiste de la Haute-Garonne Mathieu Rivière.",
     'aveu', 'Mathieu Rivière'),
    # (a quotation opening a sentence after a sentence about a named person, with no verb of saying, is theirs)
    ("Le ministre délégué au Logement, Paul-Henri Masson, a assuré mercredi que la mesure aiderait 30 000 "
     "ménages. Un optimisme que ne partage pas entièrement Me Isabelle Ferrand. « Le PTZ, c'est une bonne "
     "nouvelle pour les primo-accédants. »",
     'PTZ', 'Isabelle Ferrand'),
    (GIVEN_NAME, 'blague', 'Claire Mornet'),
    (ASIDE, 'criée', 'Nolwenn Daniel'),
])
def test_the_speaker_of_one_statement(extract_fr, text: str, contains: str, speaker: str) -> None:
    assert speaker_name(only(extract_fr(text), contains)) == speaker


# Titles: coordinated roles, professions, a number in a company's name, an age before the role.
@pytest.mark.parametrize(("text", "contains", "title"), [
    ("« Cette levée nous permet d'accélérer notre développement », a déclaré Arthur Mensch, cofondateur et "
     'directeur général de Mistral AI, dans un entretien accordé aux Échos.',
     'levée', 'cofondateur et directeur général de Mistral AI'),
    ("« Je n'ai jamais vu ça », confie Jean-Michel Dubos, vigneron à Saint-Émilion, en montrant ses grappes.",
     'jamais', 'vigneron à Saint-Émilion'),
    ('« Les visites ont repris », observe Laurent Vimont, président de Century 21 France, qui reste prudent.',
     'visites', 'président de Century 21 France'),
    ("« On ne s'en sortira pas », confie Jean Dupont, 45 ans, agriculteur à Auch.", 'sortira', 'agriculteur à Auch'),
    (FRONTED, 'avancé', 'présidente du groupe écologiste'),
    (GIVEN_NAME, 'blague', 'cosecrétaire générale du Snuipp-FSU'),
    (ASIDE, 'criée', 'mareyeuse'),
])
def test_the_title_of_one_statement(extract_fr, text: str, contains: str, title: str) -> None:
    q = only(extract_fr(text), contains)
    assert q.title is not None and q.title.text == title


def test_a_verbless_phrase_framing_a_quotation_leaves_it_direct(extract_fr) -> None:
    text = ("Les agriculteurs bloquent toujours l'autoroute. Pour eux, « la colère ne retombera pas tant que rien "
            "ne change », reconnaît Jérôme Bayle, éleveur en Haute-Garonne.")
    q = only(extract_fr(text), "colère")
    assert q.type == "direct" and q.text.startswith("la colère") and speaker_name(q) == "Jérôme Bayle"


def test_an_incise_after_a_conjunction_speaks_for_what_follows(extract_fr) -> None:
    text = ("Elle a étudié le droit, et aime à dire qu’elle est « une cinéaste de cuisine » – parce que, dit-elle, "
            "« tout ce qui compte se dit autour d’une table ».")
    quotes = extract_fr(text)
    assert only(quotes, "cinéaste").text == "elle est « une cinéaste de cuisine »"
    assert only(quotes, "table").type == "direct"


def test_an_expert_judging_then_an_incise_ending_its_sentence_inside_the_marks(extract_fr) -> None:
    text = ("Le Pr Marc Aubertin, neurologue au CHU de Lille, qui n'a pas participé à l'étude, juge ces résultats "
            "« cohérents avec la littérature internationale ».\n\n"
            "« Ce qui est intéressant ici, c'est la durée du suivi, souligne-t-il. On savait déjà que ces produits "
            "étaient associés à l'obésité.\n\n"
            "« Mais attention à ne pas culpabiliser les gens. »\n\n"
            "D'après le neurologue, un simple étiquetage des produits ne suffira pas à inverser la tendance.")
    quotes = extract_fr(text)
    judged = only(quotes, "cohérents")  # `juge` tagged a noun before a determiner is the verb
    assert judged.type == "mixed" and judged.verb is not None and judged.verb.lemma == "juger"
    first, second = only(quotes, "intéressant"), only(quotes, "On savait")
    assert first.text.endswith("durée du suivi") and second.text.startswith("On savait")
    assert first.verb is not None and first.verb.lemma == "souligner"
    assert speaker_name(only(quotes, "culpabiliser")) == "Marc Aubertin"
    assert speaker_name(only(quotes, "étiquetage")) == "Marc Aubertin"  # `d'après` a profession by its ending


@pytest.mark.parametrize(("text", "speaker", "verb"), [
    # a verb that is no verb of saying gives the quotation its speaker, not its verb
    ("Interrogé sur son avenir, alors que son nom circule avec insistance du côté de Marseille, Lucas Ndiaye "
     "a botté en touche : « Je suis bien à Lens, je ne pense qu'au prochain match. »", "Lucas Ndiaye", None),
    ("Rencontrée à la sortie du bureau de vote, Anne-Laure, 58 ans, infirmière, ne cachait pas son soulagement : "
     "« Je fais des nuits depuis trente ans. »", "Anne-Laure", None),
    ("Le ministre a déclaré : « Nous ne reculerons pas. »", "Le ministre", "déclarer"),
])
def test_the_verb_announcing_a_quotation_after_a_colon(extract_fr, text: str, speaker: str, verb: str | None) -> None:
    (q,) = extract_fr(text)
    assert speaker_name(q) == speaker and (q.verb.lemma if q.verb else None) == verb


def test_an_infinitive_of_saying_inside_the_statement_does_not_cut_it(extract_fr) -> None:
    text = ("Comme le rapporte le Wall Street Journal, faisant référence aux propos de responsables américains, Kiev "
            "s'est tournée vers Washington pour lui demander de fournir davantage d'informations.")
    q = only(extract_fr(text), "Kiev")
    assert q.text.endswith("davantage d'informations") and q.verb is not None and q.verb.lemma == "rapporter"


def test_a_weekday_tagged_an_adjective_is_no_part_of_the_speaker(extract_fr) -> None:
    text = "« Rien n'est décidé », a assuré le Premier ministre lundi soir sur TF1."
    (q,) = extract_fr(text)
    assert q.speaker is not None and q.speaker.text == "le Premier ministre"
    assert q.date is not None and q.date.text == "lundi soir"


def test_a_street_names_the_ministry_for_on_and_its_gerund(extract_fr) -> None:
    text = ("« Le taux de grévistes est en recul », a-t-on indiqué rue de Grenelle jeudi soir, en rappelant que "
            "« le dialogue social n'a jamais été rompu ».")
    quotes = extract_fr(text)
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["rue de Grenelle", "rue de Grenelle"]
    assert only(quotes, "dialogue").verb.lemma == "rappeler"


def test_a_short_quoted_sub_heading_alone_on_its_line(extract_fr) -> None:
    text = ("Le port a été frappé par la tempête dans la nuit.\n\n« Un miracle »\n\n"
            "Le maire a estimé que la digue avait tenu.")
    q = only(extract_fr(text), "miracle")
    assert q.type == "direct" and q.text == "Un miracle" and q.speaker is None


def test_an_embedded_post_is_its_authors_with_the_verb_announcing_it(extract_fr) -> None:
    text = ("Après sa rencontre avec le ministre, Léa Martin, présidente du groupe écologiste, a écrit sur X :\n\n"
            "Deux heures au ministère pour s’entendre dire que « tout reste ouvert ». Nous attendons des actes.\n"
            "— Léa Martin (@LeaMartin) 18 mars 2025\n")
    (q,) = extract_fr(text)  # the words quoted inside the post are nested in it
    assert q.type == "direct" and q.text.startswith("Deux heures") and q.text.endswith("actes.")
    assert speaker_name(q) == "Léa Martin" and q.verb is not None and q.verb.lemma == "écrire"
    assert q.date is not None and q.date.text == "18 mars 2025"


def test_an_opinion_phrase_after_a_headline_topic_names_the_source(extract_fr) -> None:
    (q,) = extract_fr("Grève des enseignants : pour l'intersyndicale, « la coupe est pleine »")
    assert q.text == "la coupe est pleine" and speaker_name(q) == "l'intersyndicale"


def test_a_phrase_after_the_inverted_subject_is_not_part_of_it(extract_fr) -> None:
    text = "« Je n'ai pas regardé les poteaux », a raconté l'ouvreur béarnais, le sourire aux lèvres, en zone mixte."
    (q,) = extract_fr(text)
    assert q.speaker is not None and q.speaker.text == "l'ouvreur béarnais"


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # a body quoted just before, of the pronoun's gender
    ("La ministre Hélène Marchetti-Royer a jugé l'accord « à portée de main ».\n\nLa délégation saoudienne, de "
     "son côté, a assuré jeudi qu’elle restait « pleinement engagée ». Dans un communiqué, elle a fait valoir que "
     "le traité devait porter sur « la gestion des déchets ».", "traité", "La délégation saoudienne"),
    # an epicene role the tagger called feminine leaves the gender open
    ("Selon l'agence sanitaire, l'épidémie progresse. Pour le Pr Olivier Mahé, infectiologue au CHU de "
     "Montpellier, ces travaux « ouvrent une piste sérieuse ». Il rappelle que la prévention reste essentielle.",
     "prévention", "Olivier Mahé"),
])
def test_a_pronoun_means_the_speaker_just_quoted(extract_fr, text: str, needle: str, speaker: str) -> None:
    assert speaker_name(only(extract_fr(text), needle)) == speaker


def test_reported_speech_stops_at_a_colon_opening_a_quotation(extract_fr) -> None:
    text = ("Le capitaine a reconnu que son équipe avait « manqué d’humilité » dans l’entame : « On pensait que ça "
            "allait passer tout seul. »")
    quotes = extract_fr(text)
    assert [(q.type, q.text) for q in quotes] == [
        ("mixed", "son équipe avait « manqué d’humilité » dans l’entame"),
        ("direct", "On pensait que ça allait passer tout seul.")]


@pytest.mark.parametrize(("text", "date"), [
    # being heard, hosted or reached, with its day, before the reporting verb
    ("Auditionné mercredi par la commission des finances, le PDG de Norvia, Alain Kessler, a assuré que les tarifs "
     "baisseraient.", "mercredi"),
    ("Invitée mardi sur France Inter, la ministre du Travail, Claire Vautrin, a estimé que la réforme était "
     "« indispensable ».", "mardi"),
    # the occasion of the saying
    ("« Je n'ai aucun regret », a glissé l'entraîneur, Marc Olivier, en fin de match.", "en fin de match"),
    ("« Le public a tout compris », a confié la metteuse en scène, Inès Baradat, à l'issue de la première.",
     "à l'issue de la première"),
    # (the date of a document, without its preposition)
    ("Dans un courriel daté du 12 mars 2026, le directeur général des services, Hugues Marcillac, écrit à la "
     "future lauréate : « Tout est calé, tu peux être sereine. »", "12 mars 2026"),
])
def test_the_saying_is_dated_by_its_occasion(extract_fr, text: str, date: str) -> None:
    (q,) = extract_fr(text, PUBLISHED)
    assert q.date is not None and q.date.text == date


def test_a_description_then_the_one_person_its_sentence_names(extract_fr) -> None:
    text = ("Le héros de la soirée s'appelle Tomas Varga. Le pivot hongrois, arrivé cet été, a marqué neuf buts. "
            "« Je suis simplement heureux », a-t-il dit.")
    (q,) = extract_fr(text)
    assert speaker_name(q) == "Tomas Varga" and q.title is not None and q.title.text == "pivot hongrois"


def test_a_body_or_a_quoted_word_between_keeps_the_description_on_the_person(extract_fr) -> None:
    text = ("Le PDG de Norvia, Alain Kessler, a défendu sa stratégie. Le groupe, selon lui, a investi deux milliards "
            "dans « des lignes que personne ne voulait financer ».\n\nInterrogé sur les dividendes, le dirigeant a "
            "reconnu un niveau « élevé ».")
    q = only(extract_fr(text), "élevé")
    assert speaker_name(q) == "Alain Kessler" and q.title is not None and q.title.text == "PDG de Norvia"


def test_an_attribution_inside_its_sentence_reports_both_halves(extract_fr) -> None:
    text = ("Le PDG de Valtéo, Pierre Daussy, a défendu son bilan. Le groupe, a-t-il fait valoir, a investi deux "
            "milliards d'euros depuis 2020.")
    quotes = [q for q in extract_fr(text) if q.verb is not None and q.verb.lemma == "faire valoir"]
    assert [q.text for q in quotes] == ["Le groupe", "a investi deux milliards d'euros depuis 2020"]
    assert all(speaker_name(q) == "Pierre Daussy" and q.type == "indirect" for q in quotes)


def test_a_headline_quotation_before_a_place_has_no_speaker(extract_fr) -> None:
    text = ("« On va nous demander d’accoucher sur la route » : à Plouray, la colère après la fermeture de la "
            "maternité\n\n« Nous sommes à bout » : l'entretien avec Laurent Chabanne")
    first, second = extract_fr(text)
    assert first.speaker is None and speaker_name(second) == "Laurent Chabanne"


# (each a rule from a blind batch's errors: a party label inside the role, a detached adjective, a locution's
# clause hung on its light verb, a coordinated verb tagged a noun, a cleft after a quotation, `parler de « … »`)
ROLE_AND_CLAUSE_CASES = [
    ("La députée (LFI) Anne Roux a estimé que le texte était « mort ».", "mort", "mixed", "Anne Roux", "estimer",
     "députée (LFI)"),
    ("Interrogé par la sénatrice (Les Républicains) du Cantal Marie Vidal, le ministre a répondu. La sénatrice a "
     "annoncé jeudi qu'elle saisirait la commission.", "saisirait", "indirect", "Marie Vidal", "annoncer",
     "sénatrice (Les Républicains) du Cantal"),
    ("Un autre élu, plus prudent, estime que le projet « arrive trop tôt ».", "trop tôt", "mixed", "Un autre élu",
     "estimer", None),
    ("La préfecture a fait savoir par écrit, lundi 3 mars, que la route resterait fermée.", "fermée", "indirect",
     "La préfecture", "faire savoir", None),
    ("Le syndicat a fait valoir, mardi, qu'il n'y avait « aucune urgence ».", "urgence", "mixed", "Le syndicat",
     "faire valoir", None),
    ("Elle rappelle que l'usine a fermé en 2020, et juge que la reprise est « une chance ».", "reprise", "mixed",
     "Elle", "juger", None),
    ("« Un vrai casse-tête. » C'est ainsi que Paul, 41 ans, boulanger à Rodez, décrit la hausse du prix de la "
     "farine qu'il subit depuis l'été.", "casse-tête", "direct", "Paul", "décrire", "boulanger à Rodez"),
    ("Le maire a parlé d'un budget « de combat ».", "combat", "mixed", "Le maire", "parler", "maire"),
    ("Les chiffres sont « décevants », selon l'équipe de campagne.", "décevants", "mixed", "l'équipe de campagne",
     None, None),
]


@pytest.mark.parametrize(("text", "needle", "qtype", "speaker", "verb", "title"), ROLE_AND_CLAUSE_CASES)
def test_roles_and_clauses_from_blind_batch_7(extract_fr, text, needle, qtype, speaker, verb, title) -> None:
    test_news_phrasing(extract_fr, text, needle, qtype, speaker, verb, title)


def test_an_incise_with_its_clitic_hung_elsewhere_splits_the_sentence(extract_fr) -> None:
    text = ("Selon Hélène Martin, économiste à l'Insee, la croissance ralentira. La baisse des prix, explique-t-elle, "
            "réduit mécaniquement les marges des entreprises.")
    quotes = [q for q in extract_fr(text) if "baisse" in q.text or "marges" in q.text]
    assert [q.text for q in quotes] == ["La baisse des prix", "réduit mécaniquement les marges des entreprises"]
    assert all(q.speaker.name == "Hélène Martin" and q.verb.lemma == "expliquer" for q in quotes)


def test_an_acronym_of_a_stated_title_is_its_holder(extract_fr) -> None:
    text = ("La directrice des ressources humaines du groupe, Claire Morel, défend une offre « raisonnable ». "
            "Les syndicats ont quitté la salle.\n\n"
            "Interrogée par l'AFP, la DRH a également fait valoir que les primes avaient augmenté.")
    (q,) = [q for q in extract_fr(text) if "primes" in q.text]
    assert q.speaker.name == "Claire Morel"
    assert q.title is not None and q.title.text.startswith("directrice des ressources humaines")


def test_a_role_with_an_indefinite_complement_is_someone_new(extract_fr) -> None:
    text = ("« Nous voulons savoir », estime son porte-parole, Marc Ledoux.\n\n"
            "Dans les villages, les élus découvrent l'affaire. « On ne nous a rien dit », glisse le maire d'une "
            "commune voisine, qui ne souhaite pas être cité.")
    (q,) = [q for q in extract_fr(text) if "rien dit" in q.text]
    assert q.speaker.name != "Marc Ledoux" and q.title is None


def test_a_membership_before_the_name_yields_to_the_role_after_it(extract_fr) -> None:
    text = ("L'un des deux auteurs de l'étude, Paul Girard, ingénieur agronome, a accepté de répondre. « Les sols "
            "s'appauvrissent », résume-t-il.")
    (q,) = [q for q in extract_fr(text) if "sols" in q.text]
    assert q.speaker.name == "Paul Girard" and q.title.text == "ingénieur agronome"


def test_questions_under_a_heading_naming_someone_are_put_to_them(extract_fr) -> None:
    text = ("Louise, 63 ans, a suivi le traitement. Louise le recommande. « Je revis », dit Louise.\n\n"
            "Le docteur Hugo Faure, cardiologue au CHU, a mené l'essai.\n\n"
            "Trois questions à Hugo Faure\n\n"
            "Pourquoi cet essai ?\n\n"
            "Parce que les traitements actuels ne suffisent pas pour tous les patients.\n\n"
            "Quand sera-t-il disponible ?\n\n"
            "Pas avant deux ans. Il faut encore convaincre les autorités.")
    answers = [q for q in extract_fr(text) if q.text.startswith(("Parce que", "Pas avant"))]
    assert len(answers) == 2 and all(q.speaker.name == "Hugo Faure" for q in answers)


def test_a_name_after_an_institution_noun_is_no_person_of_the_sentence(extract_fr) -> None:
    text = ("Joint lundi, le Dr Jean Ribes, chef du service de cardiologie du CHU Toulouse Purpan, qui a suivi les "
            "patients, parle de résultats « solides ». « C'est une première », souligne le médecin.")
    (q,) = [q for q in extract_fr(text) if "première" in q.text]
    assert q.speaker.name == "Jean Ribes"


@pytest.mark.parametrize(("text", "title"), [
    ("Cinquième de la première manche, la skieuse de Morzine Léa Roux a dit qu'elle n'y croyait « pas du tout ».",
     "skieuse de Morzine"),
    ("La tenante du titre, Zoé Martin, a jugé la piste « très dure ».", "tenante du titre"),
    # (the role inside a relation noun's complement is someone else's: the role after the name)
    ("Le père de la championne, Marc, moniteur de ski, a confié qu'il était « très fier ».", "moniteur de ski"),
])
def test_sport_roles_and_relations(extract_fr, text: str, title: str) -> None:
    (q,) = extract_fr(text)
    assert q.title is not None and q.title.text == title


@pytest.mark.parametrize(("text", "mention"), [
    # (a noun inside the subject's relative clause is not the subject)
    ("La Savoyarde, qui n'était jamais montée plus haut que la 7e place en Coupe du monde, a reconnu avoir "
     "« beaucoup douté » pendant sa convalescence.", "La Savoyarde"),
    # (nor is a fronted adverbial, whose article the parser gave the subject)
    ("Un peu plus loin, la gérante d’une boulangerie, qui n’a pas souhaité donner son nom, a déclaré : "
     "« Moi, je vois de nouveaux clients. »", "la gérante d’une boulangerie"),
])
def test_the_subjects_mention_is_its_noun_phrase_alone(extract_fr, text: str, mention: str) -> None:
    (q,) = extract_fr(text)
    assert q.speaker.text == mention


def test_an_object_after_an_aside_parsed_as_an_oblique(extract_fr) -> None:
    (q,) = extract_fr("Un proche du dossier évoque, lui, des « arbitrages budgétaires ».")
    assert q.type == "mixed" and q.text == "des « arbitrages budgétaires »" and q.verb.lemma == "évoquer"


def test_the_objects_complement_is_no_place_of_an_indefinite_speaker(extract_fr) -> None:
    (q,) = extract_fr("Dans l'entourage du ministre, on dément toute volonté de dissimulation.")
    assert q.text == "toute volonté de dissimulation" and q.speaker.text == "l'entourage du ministre"


def test_questions_after_a_paragraph_introducing_them_are_put_to_the_one_person_it_names(extract_fr) -> None:
    text = ("Le préfet, Jean Morel, a ordonné l'évacuation. Jean Morel a réuni les maires. « Nous n'attendrons "
            "pas », a dit Jean Morel.\n\n"
            "Pour le volcanologue Paul Girardin, qui suit le site depuis 2015, le risque est « réel ». Il a répondu "
            "à nos questions.\n\n"
            "« Personne ne peut dire quand »\n\n"
            "Que se passe-t-il sous le cratère ?\n\n"
            "Le magma remonte, et je le vois sur nos capteurs depuis dimanche.\n\n"
            "Faut-il avoir peur ?\n\n"
            "Je ne dirais pas peur. Je dirais vigilance, et nous la devons aux habitants.")
    answers = [q for q in extract_fr(text) if q.text.startswith(("Le magma", "Je ne dirais"))]
    assert len(answers) == 2 and all(q.speaker.name == "Paul Girardin" for q in answers)


def test_an_infinitive_after_an_incise_takes_the_incises_inverted_subject(extract_fr) -> None:
    text = "« Ce soir, c'est une victoire », a lancé la nouvelle présidente, avant de promettre de « tourner la page »."
    q = next(q for q in extract_fr(text) if q.text == "tourner la page")
    assert q.verb.lemma == "promettre" and q.speaker.text == "la nouvelle présidente"


def test_curly_quotes_a_pronominal_incise_and_a_hyphenated_occupation(extract_fr) -> None:
    text = ("“Mon fils va devoir prendre le car à 7 h 20. Il a six ans”, s’indigne Sandrine, 34 ans, aide-soignante "
            "à Beauvais.")
    (q,) = extract_fr(text)
    assert q.text.startswith("Mon fils") and q.text.endswith("six ans") and q.speaker.name == "Sandrine"
    assert q.verb.lemma == "s'indigner" and q.title.text == "aide-soignante à Beauvais"


def test_a_role_with_an_age_is_the_person_named_before(extract_fr) -> None:
    text = ("À la mairie, Gérard Thuillier, maire sans étiquette de Bréhançon, a sorti le dossier des travaux. « On a "
            "refait la toiture en 2022, changé les fenêtres », énumère l’élu de 68 ans.")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Gérard Thuillier" and q.title.text == "maire sans étiquette de Bréhançon"


@pytest.mark.parametrize(("text", "name", "title"), [
    # a role after a preposition with the name apposed, then a past office of hers and a nominalised role
    ("Julien Mareuil devient premier secrétaire avec 54 % des suffrages, contre 45 % à la première secrétaire "
     "sortante, Hélène Varin-Castaing, qui dirigeait le parti depuis 2021.\n\n"
     "Hélène Varin-Castaing, elle, n’a pas pris la parole. Dans un message publié sur X, l’ancienne ministre "
     "de la culture a dénoncé « un putsch à froid ». La sortante a répondu qu’elle « ne quitterait pas » le "
     "parti.", "Hélène Varin-Castaing", "première secrétaire sortante"),
    # a role naming no one known, then the person the next sentence introduces
    ("La boulangerie fermera le mois prochain, après que sa gérante a expliqué qu'elle ne pouvait plus payer "
     "le loyer.\n\nMarie Dufresne, 61 ans, tient le commerce depuis dix-neuf ans. « Je suis fatiguée », "
     "dit-elle.", "Marie Dufresne", "gérante"),
])
def test_two_quotes_of_one_person_known_by_a_role_first(extract_fr, text: str, name: str, title: str) -> None:
    quotes = extract_fr(text)
    assert [q.speaker.name for q in quotes] == [name] * 2
    assert all(q.title.text == title for q in quotes)


def test_a_pronoun_after_a_selon_attribution_is_its_source_not_someone_in_the_content(extract_fr) -> None:
    text = ("Selon un cadre du parti, la victoire de M. Mareuil doit beaucoup aux fédérations du Sud-Ouest. « Ce "
            "n’est pas un raz-de-marée », analyse-t-il.")
    q = only(extract_fr(text), "raz-de-marée")
    assert q.speaker.name == "un cadre du parti"


def test_an_organisation_keeps_the_gender_of_its_article(extract_fr) -> None:
    text = ("Le porte-parole de la société, Philippe Déry, soutient que l’offre est la meilleure du Québec. Selon la "
            "STM, 1,1 million de déplacements sont effectués chaque jour.\n\n"
            "« Notre porte reste ouverte », a-t-il assuré.")
    q = only(extract_fr(text), "porte reste")
    assert q.speaker.name == "Philippe Déry" and q.title.text == "porte-parole de la société"


def test_an_incise_verb_read_as_a_participle_after_the_quotation_takes_the_subject_after_it(extract_fr) -> None:
    text = ("Dans un message publié mardi soir, Maxime Delorme, 36 ans, endosse la responsabilité de l’échec. « J’ai "
            "fait des erreurs. Elle n’a rien réglé, elle a tout amplifié », écrit le fondateur de Cargonaute, qui "
            "présente ses « excuses sincères » aux salariés.")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Maxime Delorme" and q.speaker.text == "le fondateur de Cargonaute"
    assert q.verb.lemma == "écrire"


def test_a_vote_on_a_law_and_a_promised_project_are_acts_a_demand_and_a_denial_are_claims(extract_fr) -> None:
    text = ("Les électeurs vaudois ont rejeté dimanche la loi sur la caisse de pensions. Le Conseil d’Etat promet un "
            "nouveau projet d’ici à l’été. L’opposition réclame un référendum local. Le maire rejette toute "
            "accusation d’immobilisme.")
    assert [q.text for q in extract_fr(text)] == ["un référendum local", "toute accusation d’immobilisme"]


def test_a_headline_of_a_name_a_comma_and_a_quotation(extract_fr) -> None:
    text = ("Festival de Lodève : Ariane Lescure-Toumi, « le théâtre n’a pas à demander la permission »\n\n"
            "Malgré une subvention amputée, la directrice du festival maintient une trentième édition.")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Ariane Lescure-Toumi" and q.verb is None and q.type == "direct"


def test_an_absolute_phrase_is_neither_a_role_nor_the_incises_subject(extract_fr) -> None:
    text = ("Théo Caradec, poing serré, après la balle de match.\n\n"
            "« Franchement, je ne sais pas encore ce qui s’est passé », a souri le Brestois en arrivant en conférence "
            "de presse, la casquette vissée à l’envers.")
    (q,) = extract_fr(text)
    assert q.speaker.text == "le Brestois" and q.title is None


def test_a_quebec_mayor_is_a_role(extract_fr) -> None:
    text = ("La mairesse de Montréal, Valérie Cloutier-Nadeau, a estimé lundi qu’une grève était « toujours un échec "
            "collectif ».")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Valérie Cloutier-Nadeau" and q.title.text == "mairesse de Montréal"


@pytest.mark.parametrize(("text", "date"), [
    ("Dans son bulletin de mardi 6 heures, Météo-France a indiqué que la vigilance était levée.", "mardi 6 heures"),
    ("Le ministre a assuré au petit matin que l'accord était « équilibré ».", "au petit matin"),
    ("Le maire a déclaré le lendemain matin qu'il porterait plainte.", "le lendemain matin"),
    ("« Le message est clair », a déclaré dimanche en fin d'après-midi le président du parti.",
     "dimanche en fin d'après-midi"),
    ("Le député a écrit peu après minuit sur X que le texte était « mort-né ».", "peu après minuit"),
    # (the occasion with its complement)
    ("« Les réseaux saturent », a déclaré le maire à l’issue de la réunion de crise.",
     "à l’issue de la réunion de crise"),
    ("« La concertation reste ouverte », a assuré la direction après l'annonce du préavis.",
     "après l'annonce du préavis"),
])
def test_times_and_following_days_date_the_saying(extract_fr, text: str, date: str) -> None:
    (q,) = extract_fr(text)
    assert q.date is not None and q.date.text == date


def test_a_standfirst_role_is_the_title_of_the_headlines_person(extract_fr) -> None:
    # (the standfirst reports no speech: it is parsed only because it may describe the headline's person)
    text = ("Transat des Alizés. Maël Kerbrat s’impose à Fort-de-France\u202f: «\u202fJ’ai navigué avec la peur au "
            "ventre\u202f»\n\nLe skipper lorientais a franchi la ligne d’arrivée dans la nuit de mardi à mercredi."
            "\n\nIl était 2 h 14 quand son bateau a coupé la ligne. «\u202fJe suis vidé. Heureux, mais "
            "vidé\u202f», a-t-il soufflé.")
    quotes = extract_fr(text)
    assert [q.speaker.name for q in quotes] == ["Maël Kerbrat", "Maël Kerbrat"]
    assert all(q.title is not None and q.title.text.startswith("skipper") for q in quotes)


def test_a_demonym_opening_a_sentence_is_the_person_described_before(extract_fr) -> None:
    text = ("Cinquième de la première manche, Clémence Arnaud-Vidal a signé le meilleur temps de la seconde. "
            "« J’ai skié pour ma grand-mère », a confié Clémence Arnaud-Vidal.\n\nLa Savoyarde, qui n’était jamais "
            "montée plus haut que la 7e place en Coupe du monde, a reconnu avoir « beaucoup douté » pendant sa "
            "convalescence.")
    q = only(extract_fr(text), "douté")
    assert q.speaker.name == "Clémence Arnaud-Vidal" and q.speaker.text == "La Savoyarde"


@pytest.mark.parametrize(("text", "speaker", "title"), [
    # (an occupation after a first name and an age, even one the tagger reads as an adjective)
    ("Gérard, 74 ans, ancien mineur, explique n'avoir « jamais touché à une application ».", "Gérard",
     "ancien mineur"),
    ("Le maître d’hôtel, Jean-Pierre Caumont, relativise : « On a perdu une étoile, pas nos clients. »",
     "Jean-Pierre Caumont", "maître d’hôtel"),
    # (a farming occupation by its ending)
    ("Le trufficulteur Didier Lacombe assure que le chef l’a appelé « pour dire que rien ne changeait ».",
     "Didier Lacombe", "trufficulteur"),
    ("Pour le critique gastronomique François-Xavier Lemaire-Duc, la sanction « était dans l’air depuis deux ans ».",
     "François-Xavier Lemaire-Duc", "critique gastronomique"),
    # (a first name that is also a common word, after the role's comma)
    ("Les agents seront réaffectés « sans aucun licenciement », a indiqué la porte-parole de la SNCB, Lien "
     "Verstraeten.", "Lien Verstraeten", "porte-parole de la SNCB"),
    # (an institution's name running on past its acronym is one name, not a title and a name)
    ("L’Agence régionale de santé (ARS) Nouvelle-Aquitaine indique avoir été alertée « dès le 30 décembre » par "
     "plusieurs médecins.", "L’Agence régionale de santé (ARS) Nouvelle-Aquitaine", None),
    # (a complement the parser broke off the role, and the two genders of one noun in it)
    ("« On est payés à la pièce », a dénoncé mardi la présidente du Syndicat des chargées et chargés de cours de "
     "l'UQAR (SCCCUQAR), Marie-Ève Tremblay-Sirois, devant les grévistes.", "Marie-Ève Tremblay-Sirois",
     "présidente du Syndicat des chargées et chargés de cours de l'UQAR"),
    # (a verb the tagger read as a noun, an article after it: no role)
    ("Thomas, 16 ans, hausse les épaules : « Moi, je reste gratuit, donc bon. Mais mes parents vont reprendre la "
     "voiture. »", "Thomas", None),
    # (a number ending the party's name in the role: `Jotaay 2030`)
    ("Le porte-parole de Jotaay 2030, Ibrahima Seck-Ndour, a accusé l'opposition de « préparer la rue ».",
     "Ibrahima Seck-Ndour", "porte-parole de Jotaay 2030"),
    # (a rank set off after the role is no role of its own)
    ("Une centaine de militaires seront engagés dès ce soir, a annoncé samedi le porte-parole de l’armée, le major "
     "Stefan Zurbriggen.", "Stefan Zurbriggen", "porte-parole de l’armée"),
    # (Belgian government formation's roles)
    ("« Nous ne sommes pas encore au bout du chemin », a déclaré le formateur Koen Verstraete (CD&V).",
     "Koen Verstraete", "formateur"),
])
def test_speakers_and_their_titles(extract_fr, text: str, speaker: str, title: str | None) -> None:
    (q,) = extract_fr(text)
    assert q.speaker.name == speaker
    assert (q.title.text if q.title else None) == title


def test_a_plain_person_noun_is_the_person_named_before(extract_fr) -> None:
    text = ("Parmi les requérants, Mamadou, 29 ans, ancien coursier, a livré pendant quatre ans pour la plateforme. "
            "Le jeune homme, qui travaille désormais dans un entrepôt, dit ne pas avoir « l’impression d’avoir "
            "gagné de l’argent ».")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Mamadou" and q.speaker.text == "Le jeune homme" and q.title.text == "ancien coursier"


def test_a_predicate_after_a_date_and_quoted_whatever_its_parse(extract_fr) -> None:
    text = ("La ministre de l'Industrie, Agnès Roudil-Mercier, s'est dite mercredi matin sur France Inter « pas "
            "inquiète » pour l'approvisionnement électrique du pays.")
    (q,) = extract_fr(text)
    assert q.text.startswith("« pas inquiète »") and q.verb.lemma == "se dire" and q.date.text == "mercredi matin"


def test_two_coordinated_verbs_sharing_an_auxiliary_report_each_their_own(extract_fr) -> None:
    text = ("Le Collectif des coursiers franciliens a salué « une décision historique » et appelé les autres "
            "plateformes à « en tirer les conséquences sans attendre un procès ».")
    first, second = extract_fr(text)
    assert (first.text, first.verb.lemma) == ("une décision historique", "saluer")
    assert second.text.startswith("les autres plateformes à «") and second.verb.lemma == "appeler"
    assert second.speaker.name == "Le Collectif des coursiers franciliens"


def test_a_date_in_a_participle_set_off_inside_the_subject_dates_that_participle(extract_fr) -> None:
    text = ("L'Autorité de sûreté nucléaire, informée le 2 mars, a confirmé avoir classé l'événement au niveau 1. "
            "Le porte-parole du collectif, joint mardi soir, a assuré que la grève continuerait.\n\nDans son rapport "
            "annuel, publié jeudi, la Cour des comptes estime que la dette est « préoccupante ».")
    informed, reached, published = extract_fr(text)
    assert informed.date is None  # (when it was told, not when it spoke)
    assert reached.date is not None and reached.date.text == "mardi soir"  # (a participle of being reached)
    assert published.date is not None and published.date.text == "jeudi"  # (and of publishing)


def test_a_second_saying_coordinated_after_a_que_clause_ends_it(extract_fr) -> None:
    text = ("Son président, Jean-Marc Hubin, estime que la SNCB « confond modernisation et désengagement » et rappelle "
            "que les gares concernées accueillent « plus de 6.000 voyageurs par jour » au total.")
    first, second = extract_fr(text)
    assert (first.text, first.verb.lemma) == ("la SNCB « confond modernisation et désengagement »", "estimer")
    assert second.text.startswith("les gares concernées") and second.verb.lemma == "rappeler"
    assert first.speaker.name == second.speaker.name == "Jean-Marc Hubin"


@pytest.mark.parametrize(("text", "content", "qtype"), [
    ("Sa coordinatrice, Fatou Mbengue, a néanmoins demandé à la CNRV de publier les résultats « bureau par "
     "bureau » avant l'examen des recours.",
     "à la CNRV de publier les résultats « bureau par bureau » avant l'examen des recours", "mixed"),
    # (the infinitive's `de` hung inside it, the verb a conjunct)
    ("Il a rappelé que le canton avait aidé l’entreprise en 2019, et a demandé à la direction de « tout mettre en "
     "œuvre » pour limiter le nombre de licenciements.",
     "à la direction de « tout mettre en œuvre » pour limiter le nombre de licenciements", "mixed"),
    # (the infinitive hung on the addressee; a comma ends the content)
    ("Le syndicat a demandé à l'État de vérifier les comptes au plus vite, alors que la crise dure.",
     "à l'État de vérifier les comptes au plus vite", "indirect"),
    # (two infinitives, the second coordinated with the verb by the parser)
    ("La mairesse de Montréal, Valérie Cloutier-Nadeau, a demandé lundi aux deux parties de retourner à la table "
     "« dès aujourd’hui » et de « penser aux travailleurs ».",
     "aux deux parties de retourner à la table « dès aujourd’hui » et de « penser aux travailleurs »", "mixed"),
])
def test_a_request_to_an_addressee_keeps_the_addressee_and_its_infinitive(
        extract_fr, text: str, content: str, qtype: str) -> None:
    requests = [q for q in extract_fr(text) if q.verb is not None and q.verb.lemma == "demander"]
    assert [(q.text, q.type) for q in requests] == [(content, qtype)]
    assert not any(q.verb.lemma == "publier" for q in extract_fr(text) if q.verb)  # (the request's, not a saying)


def test_a_recommendation_to_an_addressee_with_a_relative_clause_stops_before_a_second_act(extract_fr) -> None:
    text = ("L’ARS recommande aux consommateurs qui auraient acheté des huîtres du Bassin de ne pas les consommer "
            "crues et renvoie vers son site.")
    (q,) = extract_fr(text)
    assert q.text == "aux consommateurs qui auraient acheté des huîtres du Bassin de ne pas les consommer crues"
    assert q.verb.lemma == "recommander" and q.type == "indirect"


def test_a_planned_request_and_sayings_inside_a_cleft_report_are_not_quotes(extract_fr) -> None:
    planned = extract_fr("Le gouverneur a prévu de demander à Moscou de déclarer un état d’urgence fédéral.")
    assert planned == []
    text = ("En outre, Kiev a demandé aux États-Unis de lever les restrictions sur l'utilisation d'armes "
            "américaines. C'est ce qu'a rapporté le Wall Street Journal.")
    (q,) = extract_fr(text)
    assert q.text.startswith("En outre, Kiev a demandé") and q.verb.lemma == "rapporter"
    assert q.speaker.name == "Wall Street Journal"


@pytest.mark.parametrize(("text", "content"), [
    ("Deuxième, Lara Gisler a évoqué « une grosse faute » dans le mur final.",
     "« une grosse faute » dans le mur final"),
    ("La CFDT a demandé « l’ouverture immédiate de négociations » sur l’accompagnement des salariés.",
     "« l’ouverture immédiate de négociations » sur l’accompagnement des salariés"),
])
def test_phrases_after_a_quoted_object_continue_the_claim(extract_fr, text: str, content: str) -> None:
    (q,) = extract_fr(text)
    assert (q.text, q.type) == (content, "mixed")


def test_a_gapped_second_clause_after_a_quoted_object_is_not_its_phrase(extract_fr) -> None:
    text = "Le club évoque « une gêne à la cuisse », son entourage une décision « mûrement réfléchie »."
    first = extract_fr(text)[0]
    assert (first.text, first.type) == ("une gêne à la cuisse", "direct")


def test_a_role_with_an_age_describes_the_subordinate_subject_of_an_impersonal_sentence(extract_fr) -> None:
    text = ("Il restait 1'12 à jouer dans la prolongation quand Loïc Berthoud a trouvé la lucarne de Gauthier "
            "Favre-Bulle. La BCF Arena, pleine à craquer, a explosé.\n\n«J'ai juste fermé les yeux et tiré», a souri "
            "l'attaquant fribourgeois de 22 ans, encore trempé, dans les couloirs de la patinoire.")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Loïc Berthoud" and q.title.text == "attaquant fribourgeois"


def test_what_someone_did_is_no_title_the_role_described_next_is(extract_fr) -> None:
    text = ("Viktor Halden, auteur de ses 7e et 8e buts de la saison, a estimé que son équipe avait «manqué de "
            "maturité». «On doit apprendre à gérer ce genre de match», a ajouté l'ailier norvégien.")
    first, second = extract_fr(text)
    assert first.speaker.name == second.speaker.name == "Viktor Halden"
    assert first.title.text == second.title.text == "ailier norvégien"


def test_a_demonstrative_role_describes_the_person_named_before(extract_fr) -> None:
    text = ("À Mérignac, Audrey, 36 ans, a reconnu le numéro de lot sur le flacon. « Ma fille en a pris deux fois. "
            "Elle va bien, mais on se sent un peu trahis », témoigne cette assistante maternelle.")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Audrey" and q.title.text == "assistante maternelle"


def test_a_name_completing_a_noun_is_not_introduced_by_it(extract_fr) -> None:
    text = "Sur le site, la direction des Laboratoires Sorbière dit avoir identifié l’origine du problème."
    (q,) = extract_fr(text)
    assert q.speaker.name == "la direction des Laboratoires Sorbière" and q.title is None


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # (`juge` tagged a noun between the subject and the object's determiner)
    ("Le ministère des sports juge ce constat « injuste ».", "ce constat « injuste »", "Le ministère des sports"),
    ("Mais l'analyste juge les banques de la zone euro « solides » face au choc.",
     "les banques de la zone euro « solides » face au choc", "l'analyste"),
])
def test_juger_an_object_with_its_predicate(extract_fr, text: str, content: str, speaker: str) -> None:
    (q,) = extract_fr(text)
    assert (q.text, q.verb.lemma, q.speaker.name) == (content, "juger", speaker)


def test_a_selon_statement_then_the_quotation_its_colon_announces(extract_fr) -> None:
    text = ("Karim Benslimane, maître-nageur à Vierzon, raconte voir arriver des élèves qui ne savent pas nager. Selon "
            "lui, le manque de créneaux n’est pas qu’une affaire de bassins : « Il manque 5 000 maîtres-nageurs en "
            "France. »")
    statement, quotation = extract_fr(text)[1:]
    assert (statement.text, statement.type) == ("le manque de créneaux n’est pas qu’une affaire de bassins", "indirect")
    assert (quotation.text, quotation.type) == ("Il manque 5 000 maîtres-nageurs en France.", "direct")
    assert statement.speaker.name == quotation.speaker.name == "Karim Benslimane"


def test_what_a_report_notes_is_a_finding(extract_fr) -> None:
    assert extract_fr("Le rapport relève aussi que la facture énergétique a doublé entre 2021 et 2024.") == []


def test_an_infinitive_of_saying_after_avant_de_keeps_the_speaker_before_an_aside(extract_fr) -> None:
    text = ("Le portier fribourgeois refusait les éloges. «J'ai eu de la chance sur deux ou trois tirs», a-t-il "
            "assuré. Avant d'ajouter, un sourire en coin: «Personne ne lâchait. Même le préparateur était prêt.»")
    first, second = extract_fr(text)
    assert second.verb.lemma == "ajouter" and second.speaker.name == first.speaker.name == "Le portier fribourgeois"


def test_a_capitalised_name_set_off_after_a_work_noun_is_no_quote(extract_fr) -> None:
    text = ("L'association d'usagers Bus pour tous a lancé une pétition, « Gardons nos bus gratuits », qui avait "
            "recueilli 2 300 signatures mardi midi.")
    assert extract_fr(text) == []


def test_a_gerund_after_tout_en_is_a_second_saying_of_the_main_subject(extract_fr) -> None:
    text = ("La mission d'observation de la Cédéao a jugé dans sa déclaration préliminaire, publiée lundi, que le "
            "vote s'était déroulé « dans le calme et la transparence », tout en relevant « des retards importants » "
            "dans la transmission de certains procès-verbaux.")
    judged, noted = extract_fr(text)
    assert judged.text.endswith("« dans le calme et la transparence »") and judged.verb.lemma == "juger"
    assert noted.verb.lemma == "relever" and noted.speaker.name == judged.speaker.name


def test_a_date_set_off_right_inside_the_content_dates_the_saying(extract_fr) -> None:
    text = ("Le Premier ministre s'est dit prêt, dimanche soir sur TF1, à « rediscuter » de l'âge de départ, à "
            "condition que les partenaires sociaux trouvent un accord.")
    (q,) = extract_fr(text, PUBLISHED)
    assert q.verb.lemma == "se dire" and q.text.startswith("prêt")
    assert q.date.text == "dimanche soir"


def test_a_court_condemning_someone_to_a_sentence_says_nothing(extract_fr) -> None:
    assert extract_fr("Le tribunal correctionnel de Paris a condamné jeudi le propriétaire de l'immeuble à deux ans "
                      "d'emprisonnement avec sursis.") == []
    (q,) = extract_fr("Le ministère des Affaires étrangères condamne fermement l'attaque contre les casques bleus.")
    assert q.verb.lemma == "condamner" and q.text == "l'attaque contre les casques bleus"


def test_a_generic_agency_noun_means_the_agency_just_named(extract_fr) -> None:
    text = ("L'Agence nationale de sécurité du médicament (ANSM) a lancé mardi un rappel de lots. L'agence estime "
            "que le risque est faible.")
    (q,) = extract_fr(text)
    assert q.speaker.text == "L'agence" and q.speaker.name.startswith("L'Agence nationale de sécurité du médicament")


def test_a_prepositional_locution_after_a_place_is_no_title(extract_fr) -> None:
    text = ("Menés 2-0 à la pause, les Lyonnais sont allés chercher un match nul dimanche soir au Vélodrome, grâce à "
            "un doublé d'Alexandre Lacazette.\n\n« On a montré du caractère », s'est félicité le capitaine lyonnais "
            "au micro de Prime Video.")
    (q,) = extract_fr(text)
    # (the description's own role, placed by its nationality; not `Vélodrome, grâce à…`)
    assert q.speaker.text == "le capitaine lyonnais" and q.title.text == "capitaine lyonnais"


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("De l'avis de plusieurs économistes, la croissance restera faible cette année.", "plusieurs économistes",
     "la croissance restera faible cette année"),
    ("Aux yeux du rapporteur général du budget, Jean-François Husson, la copie du gouvernement reste « largement "
     "insuffisante ».", "Jean-François Husson", "la copie du gouvernement reste « largement insuffisante »"),
])
def test_attribution_locutions_of_opinion(extract_fr, text: str, speaker: str, content: str) -> None:
    (q,) = extract_fr(text)
    assert (q.speaker.name, q.text, q.verb) == (speaker, content, None)


def test_an_indefinite_subject_in_a_relative_of_place_speaks_for_the_place(extract_fr) -> None:
    text = ("« Il manque entre 4 et 5 milliards », reconnaît-on à Bercy, où l'on assure toutefois que « toutes les "
            "pistes sont sur la table ».")
    first, second = extract_fr(text)
    assert first.speaker.name == second.speaker.name == "Bercy"
    assert second.verb.lemma == "assurer"


def test_a_phrase_of_circumstance_before_an_incise_is_not_half_the_quote(extract_fr) -> None:
    text = ("Le Haut Conseil des finances publiques doit rendre son avis la semaine prochaine. D'ici là, "
            "explique-t-on dans l'entourage du Premier ministre, « rien n'est arbitré ».")
    (q,) = extract_fr(text)
    assert (q.text, q.type, q.verb.lemma) == ("rien n'est arbitré", "direct", "expliquer")
    assert q.speaker.text == "l'entourage du Premier ministre"


def test_an_infinitive_of_purpose_is_not_what_was_announced(extract_fr) -> None:
    assert extract_fr("Le préfet de Loire-Atlantique a annoncé le déploiement d'une compagnie de CRS pour « sécuriser "
                      "le secteur » dès ce week-end.") == []


def test_a_dutch_particle_stays_in_the_name(extract_fr) -> None:
    text = ("La ministre bruxelloise de la Mobilité, Elke Van den Brandt (Groen), a annoncé lundi que les trottinettes "
            "seraient interdites.")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Elke Van den Brandt"


def test_a_name_introduced_by_an_organisation_noun_is_an_organisation_without_a_title(extract_fr) -> None:
    (q,) = extract_fr("L'association Anticor estime que le dossier réunit « tous les ingrédients d'un favoritisme "
                      "classique ».")
    assert (q.speaker.name, q.speaker.kind, q.title) == ("Anticor", "organization", None)


def test_an_adverbial_locution_after_the_verb_is_no_source_place(extract_fr) -> None:
    (q,) = extract_fr("Dans le camp présidentiel, on salue au contraire « une victoire nette et incontestable ».")
    assert q.speaker.text == "le camp présidentiel"


def test_dapres_after_a_number_is_still_a_source(extract_fr) -> None:
    text = ("Près d'un enseignant sur trois était en grève ce jeudi selon le ministère, plus d'un sur deux d'après "
            "les syndicats.")
    assert any(q.speaker.text == "les syndicats" for q in extract_fr(text))


@pytest.mark.parametrize(("text", "lemma"), [
    ("Andreeva, elle, reconnaissait avoir « perdu le fil » après le deuxième set.", "reconnaître"),
    ("Le ministre maintenait que la réforme serait votée avant l'été.", "maintenir"),
    ("Les syndicats craignaient que l'usine ne ferme avant la fin de l'année.", "craindre"),
])
def test_third_group_forms_the_lemmatizer_garbles(extract_fr, text: str, lemma: str) -> None:
    (q,) = extract_fr(text)
    assert q.verb.lemma == lemma


def test_a_nationality_before_a_name_is_no_part_of_it(extract_fr) -> None:
    text = ("Loïs Boisson s'est qualifiée en battant la Russe Mirra Andreeva.\n\nAndreeva, elle, reconnaissait avoir "
            "« perdu le fil » après le deuxième set. La Russe a également regretté l'attitude du public.")
    quotes = extract_fr(text)
    assert quotes and all(q.speaker.name == "Mirra Andreeva" for q in quotes)


def test_a_general_role_with_a_name_apposed_takes_up_the_role_before_it(extract_fr) -> None:
    text = ("Une adjointe au maire a jugé que le projet « coûte beaucoup trop cher ». L'élue, Claire Mottin, a "
            "ajouté que la commune devait d'abord rénover ses écoles.")
    first, second = extract_fr(text)
    assert first.speaker.name == second.speaker.name == "Claire Mottin"
    assert first.title.text == second.title.text == "adjointe au maire"


def test_the_same_role_with_a_name_apposed_keeps_the_fuller_role(extract_fr) -> None:
    text = ("Le président de l'association des riverains a dénoncé « un vacarme permanent ». Le président, Marc Joly, "
            "habite le quartier depuis trente ans. « On ne dort plus », a-t-il raconté.")
    quotes = extract_fr(text)
    assert [q.speaker.name for q in quotes] == ["Marc Joly", "Marc Joly"]
    assert all(q.title.text == "président de l'association des riverains" for q in quotes)


def test_another_role_with_a_name_apposed_is_someone_else(extract_fr) -> None:
    text = ("Un policier a affirmé que la route resterait fermée. Le maire, Jean Dufour, a indiqué que la déviation "
            "serait balisée.")
    first, second = extract_fr(text)
    assert first.speaker.name != "Jean Dufour" and second.speaker.name == "Jean Dufour"


def test_the_agent_of_a_participle_set_off_after_the_subject_is_no_speaker(extract_fr) -> None:
    text = ("Le directeur de l'usine de Lorient, joint par Le Télégramme, dit attendre « des garanties écrites » "
            "avant la fin du mois.")
    (q,) = extract_fr(text)
    assert q.speaker.text.startswith("Le directeur de l'usine") and "Télégramme" not in q.speaker.name


def test_a_source_at_an_institution_keeps_it(extract_fr) -> None:
    (q,) = extract_fr("Les négociations sont au point mort, selon une source au ministère de l'Économie.")
    assert q.speaker.text == "une source au ministère de l'Économie"


def test_an_inverted_auxiliary_the_parser_made_a_verb_still_opens_the_incise(extract_fr) -> None:
    text = ("La porte-parole de la préfecture, Anne Verdier, a indiqué que des navettes seraient affrétées. Cette "
            "mesure ne pourra toutefois pas être étendue à toutes les communes, a-t-elle reconnu.")
    quotes = extract_fr(text)
    q = only(quotes, "Cette mesure")
    assert (q.speaker.name, q.verb.lemma) == ("Anne Verdier", "reconnaître")


def test_two_complements_of_a_named_institution_stay_in_its_name(extract_fr) -> None:
    (q,) = extract_fr("Du côté de la Chambre régionale de commerce et d'industrie, on rappelle que les aides ne "
                      "seront pas versées avant 2028.")
    assert q.speaker.name.endswith("de commerce et d'industrie")


def test_the_hearing_is_no_part_of_the_speakers_mention(extract_fr) -> None:
    (q,) = extract_fr("« Je regrette profondément ce qui s'est passé », a déclaré le prévenu à l'audience.")
    assert q.speaker.text == "le prévenu"


def test_an_age_description_names_the_one_person_named_as_an_owner_before(extract_fr) -> None:
    text = ("Dans la boutique de Paul Hamon, à Lannion, les rayons sont presque vides. « On n'a plus grand-chose à "
            "vendre », soupire le commerçant de 61 ans.")
    (q,) = extract_fr(text)
    assert (q.speaker.name, q.title.text) == ("Paul Hamon", "commerçant")


def test_accuser_with_a_thing_for_object_reports_nothing(extract_fr) -> None:
    assert extract_fr("Les ventes de vin accusent un recul de 12 % sur un an dans le Bordelais.") == []


def test_a_quotation_in_a_paragraph_of_its_own_keeps_the_speaker_not_the_verb(extract_fr) -> None:
    text = "« Nous avons tout perdu », a confié Marie Lenoir.\n\n« Il faudra des années pour reconstruire. »"
    first, second = extract_fr(text)
    assert first.verb.lemma == "confier" and second.verb is None
    assert second.speaker.name == "Marie Lenoir"


def test_a_paragraph_opening_on_a_closing_mark_continues_the_quotation(extract_fr) -> None:
    text = ("Infirmière à Brest, Sophie, 38 ans, enchaîne les gardes. «Certaines nuits, nous sommes deux pour "
            "trente patients.\n\n»Je ne demande pas une prime. Je demande des collègues», dit-elle.")
    (q,) = extract_fr(text)
    assert q.text.startswith("Certaines nuits") and q.text.endswith("des collègues")
    assert (q.speaker.name, q.verb.lemma) == ("Sophie", "dire")


def test_any_verb_after_an_inverted_auxiliary_and_its_clitic_is_an_incise(extract_fr) -> None:
    text = ("Le délégué syndical, Marc Beaulieu, réclame une hausse de 4,5 %.\n\n« Un chauffeur qui commence à 5 h et "
            "qui finit à 19 h, pour être payé huit heures, ça n'a pas de bon sens », a-t-il illustré.")
    q = only(extract_fr(text), "Un chauffeur")
    assert (q.speaker.name, q.verb.lemma) == ("Marc Beaulieu", "illustrer")


def test_a_source_phrase_ends_before_a_mark_the_parser_hung_on_it(extract_fr) -> None:
    text = ("Pour Émilie Van Hecke, politologue à l'ULB, le choix d'un tandem centriste « envoie un signal clair : le "
            "Palais mise sur une coalition de centre droit ».")
    (q,) = extract_fr(text)
    assert q.type == "mixed" and q.text.startswith("le choix d'un tandem")


def test_a_slogan_on_a_banner_is_no_quote(extract_fr) -> None:
    text = ("Les grévistes ont défilé jusqu'à la mairie derrière une banderole proclamant « Nos emplois ne sont pas à "
            "vendre », sous le regard des commerçants.")
    assert extract_fr(text) == []


def test_a_cleft_of_circumstance_reports_nothing_before_it(extract_fr) -> None:
    text = ("Le tarif de l'eau augmentera de 8 % en janvier. C'est dans une salle comble que la présidente du "
            "syndicat des eaux a présenté lundi le nouveau budget.")
    assert extract_fr(text) == []


def test_a_source_outranks_a_reporting_verb_whose_subject_is_no_one(extract_fr) -> None:
    (q,) = extract_fr("Selon le maire, certains « spéculateurs » proposaient encore « 3 000 euros » aux propriétaires.")
    assert (q.type, q.speaker.text) == ("mixed", "le maire")
    assert q.text.startswith("certains")


def test_a_fronted_participle_of_appointment_does_not_date_the_saying(extract_fr) -> None:
    (q,) = extract_fr("Nommé à la tête de l'agence en 2023, le directeur a assuré que les délais seraient tenus.")
    assert q.date is None


def test_a_fronted_participle_of_being_questioned_dates_the_saying(extract_fr) -> None:
    (q,) = extract_fr("Interpellé sur ce point lundi, le ministre a assuré que les crédits seraient maintenus.")
    assert q.date.text == "lundi"


def test_an_impersonal_judgement_adjective_then_infinitive(extract_fr) -> None:
    (q,) = extract_fr("Le député de la Marne Paul Derain a jugé « prématuré » de parler de victoire.")
    assert (q.type, q.text, q.verb.lemma) == ("mixed", "« prématuré » de parler de victoire", "juger")


def test_a_foreign_outlet_with_its_article_is_a_source(extract_fr) -> None:
    (q,) = extract_fr("Selon The Guardian, le club anglais pourrait revenir avec une nouvelle offre.")
    assert q.speaker.name == "The Guardian"


def test_a_lawyer_s_honorific_is_no_first_person_pronoun(extract_fr) -> None:
    (q,) = extract_fr("Mardi, Me Duval a indiqué à l'AFP que sa cliente allait « étudier attentivement » l'arrêt.")
    assert q.speaker.name == "Duval" and q.verb.lemma == "indiquer"


def test_enchainer_reports_only_as_an_incise(extract_fr) -> None:
    quotes = extract_fr("Le maire Paul Durand est furieux. « On va se battre », enchaîne-t-il.\n\n"
                        "Ce soir-là, le prévenu avait enchaîné les « derniers verres » dans un bar de Rezé.")
    assert [(q.text, q.speaker.name, q.verb.lemma) for q in quotes] == [("On va se battre", "Paul Durand", "enchaîner")]


def test_an_age_noun_after_pour_is_the_source(extract_fr) -> None:
    text = ("Marc Lenoir, 46 ans, délégué syndical, sortait de la réunion. Pour le quadragénaire, entré à l'usine à 24 "
            "ans, la fermeture « n'a rien d'une fatalité ».")
    q = only(extract_fr(text), "fatalité")
    assert (q.type, q.speaker.name) == ("mixed", "Marc Lenoir")


@pytest.mark.parametrize(("text", "lemma", "content"), [
    ("L'accusé a répété n'avoir « jamais voulu tuer ».", "répéter", "n'avoir « jamais voulu tuer »"),
    ("L'Agence régionale de santé recommande de faire bouillir l'eau pendant 24 heures.", "recommander",
     "faire bouillir l'eau pendant 24 heures"),
])
def test_more_verbs_take_an_infinitive_content(extract_fr, text: str, lemma: str, content: str) -> None:
    (q,) = extract_fr(text)
    assert (q.verb.lemma, q.text) == (lemma, content)


def test_a_quoted_phrase_after_a_topic_complement_makes_it_a_claim(extract_fr) -> None:
    (q,) = extract_fr("Les commerçants parlent d'un chiffre d'affaires « en chute libre ».")
    assert (q.type, q.text) == ("mixed", "un chiffre d'affaires « en chute libre »")


def test_a_quebec_doctor_s_honorific_and_a_hyphenated_role(extract_fr) -> None:
    (q,) = extract_fr("« Appelez vos voisins », insiste la Dre Anne Lavoie, médecin-conseil à la Direction "
                      "régionale de santé publique.")
    assert q.speaker.name == "Anne Lavoie"
    assert q.title.text == "médecin-conseil à la Direction régionale de santé publique"


def test_de_l_aveu_meme_de_is_an_attribution(extract_fr) -> None:
    (q,) = extract_fr("Pourtant, de l'aveu même de l'ancien ministre Paul Kéita, le texte comportait « des zones "
                      "grises » sur le calendrier.")
    assert (q.type, q.speaker.name) == ("mixed", "Paul Kéita")
    assert q.text.startswith("le texte comportait")


def test_a_role_spelt_like_a_present_participle_in_apposition_and_selon_with_a_particle(extract_fr) -> None:
    text = ("« Le vignoble bordelais a planté trop, et trop vite », estime Arnaud de Lestapis, négociant sur la place "
            "de Bordeaux. Selon M. de Lestapis, les grandes maisons pourraient reprendre des volumes dès 2028.")
    first, second = extract_fr(text)
    assert first.title.text == "négociant sur la place de Bordeaux"
    assert (second.speaker.name, second.text) == (
        "Arnaud de Lestapis", "les grandes maisons pourraient reprendre des volumes dès 2028")


def test_a_quoted_object_hung_on_the_letter_and_the_first_of_two_fronted_descriptions(extract_fr) -> None:
    (q,) = extract_fr("Conseillère régionale de Nouvelle-Aquitaine et elle-même fille de vignerons, Karine Dubernet "
                      "avait dénoncé le 14 février, dans une lettre ouverte au Premier ministre, « un plan comptable, "
                      "sans vision pour les territoires ».")
    assert (q.verb.lemma, q.text) == ("dénoncer", "un plan comptable, sans vision pour les territoires")
    assert (q.speaker.name, q.title.text) == ("Karine Dubernet", "Conseillère régionale de Nouvelle-Aquitaine")


def test_the_head_of_a_kind_of_organisation_is_the_head_named_before(extract_fr) -> None:
    text = ("Le président de la FDSEA de la Gironde, Patrick Ducos, a réclamé « un plan de sortie de crise ». Le "
            "responsable du syndicat, affilié à la FNSEA, a également demandé que l'aide soit portée à 6 000 euros.")
    q = only(extract_fr(text), "l'aide")
    assert (q.speaker.name, q.title.text) == ("Patrick Ducos", "président de la FDSEA de la Gironde")


def test_a_courtesy_title_before_two_surnames_is_the_full_name_seen_before(extract_fr) -> None:
    text = ("« C’est une réparation morale », a réagi le ministre camerounais des arts et de la culture, Pierre "
            "Essomba Nkou. Selon M. Essomba Nkou, une cérémonie de remise se tiendra auparavant à Ngambé.")
    q = only(extract_fr(text), "cérémonie")
    assert (q.speaker.name, q.title.text) == ("Pierre Essomba Nkou", "ministre camerounais des arts et de la culture")


def test_a_feminine_role_noun_tagged_masculine_is_her_antecedent(extract_fr) -> None:
    text = ("« C’est une réparation morale », a réagi le ministre camerounais, Pierre Essomba Nkou.\n\n"
            "Présente dans les tribunes, l’ambassadrice du Cameroun en France, Brigitte Ngo Mbella, avait donné le ton "
            "lundi soir. « Mon pays ne demande pas la charité », avait-elle lancé devant des élus.")
    q = only(extract_fr(text), "charité")
    assert (q.speaker.name, q.title.text) == ("Brigitte Ngo Mbella", "ambassadrice du Cameroun en France")


@pytest.mark.parametrize(("incise", "lemma"), [("s’interroge-t-elle", "s'interroger"), ("demande-t-elle", "demander")])
def test_an_incise_after_a_question_closing_its_quotation_needs_no_comma(extract_fr, incise: str, lemma: str) -> None:
    text = ("Sa porte-parole, Élise Bouchard-Roy, a déposé mardi un mémoire.\n\n"
            f"« On va noyer une rivière pour alimenter des serveurs. C’est ça, la transition énergétique? » {incise}.")
    q = only(extract_fr(text), "transition")
    assert (q.speaker.name, q.verb.lemma) == ("Élise Bouchard-Roy", lemma)


def test_a_quoted_predicate_after_an_aside(extract_fr) -> None:
    (q,) = extract_fr("La mairesse de Havre-Saint-Pierre, Julie Gallant, se dit quant à elle « déchirée ».")
    assert (q.text, q.verb.lemma, q.speaker.name) == ("déchirée", "se dire", "Julie Gallant")


def test_a_person_named_in_a_verbless_sentence_is_the_next_pronoun_s(extract_fr) -> None:
    text = ("La porte-parole d’Hydro-Québec, Marie Tremblay, a défendu le projet. « Nous respectons les Innus », "
            "a-t-elle dit.\n\nMême son de cloche du côté de la ministre de l’Économie, Nathalie Vaillancourt. « La "
            "Côte-Nord ne peut pas laisser filer un chantier », a-t-elle soutenu en point de presse.")
    q = only(extract_fr(text), "Côte-Nord")
    assert (q.speaker.name, q.title.text) == ("Nathalie Vaillancourt", "ministre de l’Économie")


def test_a_role_listing_its_complements_and_a_photo_credit_is_no_topic(extract_fr) -> None:
    text = ("Même son de cloche du côté de la ministre de l’Économie, de l’Innovation et de l’Énergie, Nathalie "
            "Vaillancourt. « La Côte-Nord ne peut pas laisser filer un chantier », a-t-elle soutenu.\n\n"
            "La ministre porte le dossier. © Radio France - Léa Fontanges\n\n"
            "« Le soir, je ne dors presque plus », confie-t-elle.")
    quotes = extract_fr(text)
    q = only(quotes, "Côte-Nord")
    assert (q.speaker.name, q.title.text) == ("Nathalie Vaillancourt",
                                              "ministre de l’Économie, de l’Innovation et de l’Énergie")
    assert only(quotes, "soir").speaker.name == "Nathalie Vaillancourt"


def test_a_participle_spelt_like_a_role_before_the_inverted_role_and_a_party_description(extract_fr) -> None:
    text = ("« Le pays sera à l’arrêt le 28 mars », a prévenu mardi la secrétaire générale de l’USG, Martine "
            "Collignon, devant le siège du syndicat.\n\nPour le président des Convergents, Maxime Dethier, la balle "
            "est dans le camp des socialistes. La veille, le centriste avait affirmé que « chacun devra lâcher "
            "quelque chose ».")
    quotes = extract_fr(text)
    assert only(quotes, "arrêt").title.text == "secrétaire générale de l’USG"
    assert only(quotes, "chacun").speaker.name == "Maxime Dethier"


def test_a_court_s_magistrates_by_gender_a_role_described_by_a_relative_and_an_intention(extract_fr) -> None:
    text = ("« C’est un hasard ? » a interrogé la présidente du tribunal, Anne-Sophie Le Meur. Le procureur, Yann "
            "Quéré, a requis une amende.\n\nPièces à l’appui, la magistrate lui a rappelé que son traceur affichait la "
            "limite en rouge.\n\nAppelé à la barre, le contrôleur des affaires maritimes qui a dirigé l’inspection, "
            "Stéphane Jaouen, a expliqué que le navire était « parfaitement équipé ».\n\n"
            "L’État, lui, entend montrer qu’il surveille.")
    quotes = extract_fr(text)
    assert only(quotes, "traceur").speaker.name == "Anne-Sophie Le Meur"
    assert only(quotes, "équipé").title.text == "contrôleur des affaires maritimes"
    assert not [q for q in quotes if "surveille" in q.text]


def test_ce_dernier_and_l_interesse_take_up_the_person_named_last(extract_fr) -> None:
    text = ("Selon l’ancienne directrice, la note qu’elle avait adressée en janvier au directeur général, Olivier "
            "Maréchal, est restée sans réponse. Lors d’une audition au Sénat en mars, ce dernier avait pourtant assuré "
            "que l’agence disposait d’un dispositif robuste.\n\n"
            "La ministre Anne Roux a reçu Paul Martin. Cette dernière a affirmé que la réforme serait votée.\n\n"
            "Le directeur adjoint, Laurent Ferrand, détenait des parts du cabinet. Le parquet a ouvert une enquête. "
            "L’intéressé dément tout conflit d’intérêts.")
    quotes = extract_fr(text)
    robust = only(quotes, "robuste")
    assert (robust.speaker.name, robust.title.text) == ("Olivier Maréchal", "directeur général")
    assert only(quotes, "réforme").speaker.name == "Anne Roux"  # (of the description's gender)
    assert only(quotes, "conflit").speaker.name == "Laurent Ferrand"


def test_a_denial_of_a_quoted_object_a_participle_read_as_a_noun_and_a_call_to_calm(extract_fr) -> None:
    text = ("« On ne répondait même pas aux autres appels d’offres », confie un ancien salarié du cabinet, parti en "
            "2025. Dans un communiqué, le cabinet dément « tout traitement de faveur » et assure avoir remporté ces "
            "marchés « sur la seule base de la qualité de ses offres ».\n\n"
            "Mardi soir, l’ancien Premier ministre a appelé ses partisans au calme.")
    quotes = extract_fr(text)
    former = only(quotes, "appels")
    assert (former.speaker.name, former.date) == ("un ancien salarié du cabinet", None)
    denial = only(quotes, "faveur")
    assert (denial.text, denial.speaker.name, denial.verb.lemma) == ("tout traitement de faveur", "le cabinet",
                                                                     "démentir")
    assert only(quotes, "remporté").verb.lemma == "assurer"
    assert only(quotes, "calme").text == "ses partisans au calme"


def test_a_quoted_object_hung_on_the_statement_and_a_closing_quotation_after_a_comma(extract_fr) -> None:
    text = ("La plateforme, qui a déployé 3 400 observateurs, dénonce dans un communiqué des « écarts inexpliqués » "
            "entre ses compilations et les chiffres officiels.\n\n"
            "La mission recommande à la commission de publier « sans délai » les résultats bureau par bureau, « afin "
            "de lever tout soupçon ». Le président sortant a écrit mardi à l’aube sur Facebook : « Merci. »")
    quotes = extract_fr(text)
    assert only(quotes, "écarts").text.startswith("des « écarts inexpliqués »")
    recommended = only(quotes, "soupçon")
    assert recommended.text.startswith("à la commission de publier") and recommended.type == "mixed"
    assert only(quotes, "Merci").date.text == "mardi à l’aube"


def test_ce_dernier_inverted_after_selon_and_celle_ci_mean_the_person_named_last(extract_fr) -> None:
    text = ("Le ministre a rencontré le maire de Lyon, Grégory Doucet. « Nous avons avancé », a répondu ce dernier.\n\n"
            "La juge a interrogé la directrice, Claire Morin. Selon cette dernière, les fonds ont été versés en "
            "2024.\n\n"
            "La procureure a convoqué l’élue, Sophie Marchand. Celle-ci a affirmé qu’elle ignorait tout du dossier.")
    quotes = extract_fr(text)
    assert only(quotes, "avancé").speaker.name == "Grégory Doucet"
    assert only(quotes, "fonds").speaker.name == "Claire Morin"
    assert only(quotes, "ignorait").speaker.name == "Sophie Marchand"  # (not the prosecutor, the subject before)


def test_a_quotation_in_the_paragraph_after_a_verb_and_its_colon(extract_fr) -> None:
    (q,) = extract_fr("Le ministre de l’Intérieur a déclaré :\n\n« Nous ne bougerons pas d’un pouce. »")
    assert (q.speaker.name, q.verb.lemma) == ("Le ministre de l’Intérieur", "déclarer")


def test_clefts_on_the_words_said_and_an_incise_verb_spelt_like_a_role(extract_fr) -> None:
    text = ("Le ministre de l’Économie a reçu les syndicats mardi.\n\n"
            "« C’est une trahison » : c’est par ces mots que le ministre a réagi.\n\n"
            "« Nous sommes trahis. » C’est en ces termes que la secrétaire générale de la CGT, Sophie Binet, a "
            "commenté la décision.\n\n« Nous ne lâcherons rien », juge pour sa part la députée Anne Roux.\n\n"
            "« On a tout perdu », soupire Jeanne, 72 ans.")
    quotes = extract_fr(text)
    betrayal = only(quotes, "trahison")
    assert (betrayal.speaker.name, betrayal.verb.lemma) == ("Le ministre de l’Économie", "réagir")
    termes = only(quotes, "sommes trahis")
    assert (termes.speaker.name, termes.verb.lemma) == ("Sophie Binet", "commenter")
    deputy = only(quotes, "lâcherons")
    assert (deputy.title.text, deputy.verb.lemma) == ("députée", "juger")
    assert only(quotes, "perdu").speaker.kind == "person"


def test_two_verbs_share_a_subject_a_single_name_aged_later_and_a_person_with_her_own(extract_fr) -> None:
    text = ("Joint lundi, le bailleur dément toute négligence et dit « se tenir à la disposition de la justice ».\n\n"
            "Deux étages plus bas, Mamadou n’a pas attendu. « J’ai descendu les trois étages à quatre pattes », "
            "souffle Mamadou, 58 ans, chauffeur de bus à la RATP.\n\n"
            "« On a eu peur », raconte Samia, 34 ans.\n\n"
            "La préfète, Nathalie Roux, est venue. « Nous reconstruirons », a-t-elle promis.\n\n"
            "Au gymnase, Samia et ses filles attendaient encore dimanche soir. « La petite m’a demandé si on allait "
            "rentrer », raconte-t-elle.\n\n"
            "Le gouvernement, lui, veut montrer qu’il a pris la mesure du drame.")
    quotes = extract_fr(text)
    assert only(quotes, "négligence").verb.lemma == "démentir"
    assert only(quotes, "disposition").verb.lemma == "dire"
    stairs = only(quotes, "étages")
    assert (stairs.speaker.kind, stairs.title.text) == ("person", "chauffeur de bus à la RATP")
    assert only(quotes, "petite").speaker.name == "Samia"
    assert not [q for q in quotes if "mesure" in q.text]  # (an intention)


def test_a_quotation_over_two_paragraphs_then_its_incise_means_the_one_introduced_before(extract_fr) -> None:
    text = ("Le préfet, Laurent Dubreuil, s'est rendu sur place. « Nous ferons toute la lumière », a-t-il déclaré.\n\n"
            "À lire aussi\nSeine-Saint-Denis : un détecteur sur trois ne fonctionne pas, selon une association\n\n"
            "À l’amicale des locataires, la colère a remplacé la sidération. Son président, Bernard Tissier, un "
            "retraité de 71 ans, feuillette un classeur.\n\n« Ça fait trois ans qu’on écrit au bailleur.\n\n"
            "« Aujourd’hui, il y a cinq morts », s’emporte-t-il.")
    quotes = extract_fr(text)
    assert only(quotes, "trois ans").speaker.name == "Bernard Tissier"


def test_a_topic_the_quotation_takes_up_with_a_pronoun_is_part_of_the_claim(extract_fr) -> None:
    (q,) = extract_fr("Mais la déléguée juge que 212 postes, « c’est le double de ce que la situation justifie ».")
    assert (q.type, q.text) == ("mixed", "212 postes, « c’est le double de ce que la situation justifie »")


def test_an_epicene_adjective_tagged_masculine_states_no_gender(extract_fr) -> None:
    text = ("La ministre de l’Industrie, Claire Daumas, a promis d’agir.\n\nSelon Hélène Marchetti, économiste "
            "spécialiste de l’industrie automobile, le site paie « la double peine » de l’électrification. « Un étrier "
            "de frein, ça reste un étrier de frein », nuance-t-elle.")
    assert only(extract_fr(text), "étrier").speaker.name == "Hélène Marchetti"


def test_a_time_phrase_of_a_gerund_dates_the_saying_not_its_object_s(extract_fr) -> None:
    text = ("« Les locataires s’en souviendront le 24 octobre », a lancé Elodie Jaquet en quittant la salle, peu avant "
            "minuit.\n\n« Rien n’a changé », a dit Paul Morel en évoquant la réunion de mardi.")
    quotes = extract_fr(text)
    assert only(quotes, "locataires").date.text == "peu avant minuit"
    assert only(quotes, "Rien").date is None


def test_a_cleft_s_inverted_subject_and_a_passive_s_agent_are_subjects(extract_fr) -> None:
    text = ("C’est sur ce point que compte s’appuyer l’avocat du chauffeur, Me Julien Pradal, du barreau de Toulouse. "
            "Devant les caméras, il a dénoncé « un procès fait à un homme seul ».\n\n"
            "Le débat s’est enlisé. C’est alors qu’intervient la procureure, Claire Azéma. « Il n’y a pas de "
            "fatalité », a-t-elle lancé.\n\n"
            "La société Autocars Rouquette était représentée par sa gérante, Sylvie Rouquette. Les relevés du "
            "chronotachygraphe font apparaître des journées de douze heures.\n\n"
            "À la barre, la cheffe d’entreprise a contesté toute pression sur ses salariés.")
    quotes = extract_fr(text)
    assert only(quotes, "homme seul").speaker.name == "Julien Pradal"
    assert only(quotes, "fatalité").speaker.name == "Claire Azéma"
    pressure = only(quotes, "pression")
    assert (pressure.speaker.name, pressure.title.text) == ("Sylvie Rouquette", "gérante")


def test_a_subject_two_sentences_back_and_a_family_named_after_a_role(extract_fr) -> None:
    text = ("« Nos chauffeurs sont libres », a assuré la gérante, Sylvie Rouquette.\n\n"
            "Pour Me Sandrine Bonnafous, avocate de la famille Fabre, la responsabilité est « écrasante ».\n\n"
            "Sur les bancs des parties civiles, Nathalie Fabre n’a pas quitté le prévenu des yeux. En fin "
            "d’après-midi, le juge lui a donné la parole. « Léa avait 12 ans », a-t-elle déclaré.")
    quotes = extract_fr(text)
    lea = only(quotes, "12 ans")
    assert (lea.speaker.name, lea.title) == ("Nathalie Fabre", None)


def test_a_role_tagged_an_adverb_opening_the_sentence_and_a_garante(extract_fr) -> None:
    text = ("Porte-parole de l’association Trégor Mer Vivante, Nolwenn Guéguen a jugé le projet « indispensable ».\n\n"
            "En ouverture, la garante de la Commission nationale du débat public (CNDP), Mireille Tanguy, a présenté "
            "la soirée. En fin de soirée, la garante a reconnu que les échanges avaient été « tendus ».")
    quotes = extract_fr(text)
    assert only(quotes, "indispensable").title.text == "Porte-parole de l’association Trégor Mer Vivante"
    tense = only(quotes, "tendus")
    assert (tense.speaker.name, tense.title.text) == ("Mireille Tanguy",
                                                      "garante de la Commission nationale du débat public")


def test_a_name_opening_on_an_article_a_role_apposed_to_coordinated_names_and_a_clock_time(extract_fr) -> None:
    text = ("Olivier Tessier, gérant du camping Les Pins d’Argent, a pu revenir sur place. « On a évacué 640 "
            "personnes », souligne-t-il.\n\n"
            "Sur le parvis, Inès Bouaziz et Mathis Carré, porte-parole de l’Union étudiante à Lyon, passent d’un "
            "groupe à l’autre. « Le blocage durera », affirme Inès Bouaziz, 21 ans.\n\n"
            "Dans un communiqué diffusé peu après 18 heures, le SDIS a indiqué que trois reprises de feu avaient été "
            "circonscrites.")
    quotes = extract_fr(text)
    assert only(quotes, "évacué").title.text == "gérant du camping Les Pins d’Argent"
    assert only(quotes, "blocage").title.text == "porte-parole de l’Union étudiante à Lyon"
    assert only(quotes, "reprises").date.text == "peu après 18 heures"


def test_the_one_questioned_answers(extract_fr) -> None:
    text = ("Le député Marc Roux a interrogé le ministre, Paul Morel, sur les délais. « Nous tiendrons le "
            "calendrier », a-t-il répondu.")
    assert only(extract_fr(text), "calendrier").speaker.name == "Paul Morel"


def test_a_label_in_brackets_before_the_role_and_a_continuation_verb_after_a_new_paragraph(extract_fr) -> None:
    text = ("Pour Anne-Claire Dutheil (Droite républicaine), députée de la Haute-Loire, « le fond du propos n’est pas "
            "faux ».\n\n"
            "La réponse a déclenché un tel brouhaha que la vice-présidente de l’Assemblée nationale Catherine "
            "Vautier (Horizons), qui présidait la séance, a dû intervenir. « Mes chers collègues, un peu de "
            "tenue ! », a-t-elle répété.")
    quotes = extract_fr(text)
    assert only(quotes, "fond du propos").title.text == "députée de la Haute-Loire"
    assert only(quotes, "tenue").speaker.name == "Catherine Vautier"


def test_a_verb_s_object_before_the_comma_is_no_role_and_a_headline_subject_past_a_fronted_place(
        extract_fr) -> None:
    text = ("FESTIVAL DE CANNES 2029\n\n"
            "« Le cinéma n’a pas à rendre la justice » : à Cannes, Elise Varenne défend son film malgré la polémique"
            "\n\nInterrogée sur la possibilité d’écarter son acteur de la promotion du film, Mme Varenne s’est montrée "
            "catégorique. « Le public jugera le film », a-t-elle martelé.")
    quotes = extract_fr(text)
    headline = only(quotes, "rendre la justice")
    assert (headline.speaker.name, headline.verb) == ("Elise Varenne", None)
    assert only(quotes, "public jugera").title is None


def test_a_day_set_off_after_a_name_is_no_role(extract_fr) -> None:
    text = ("Thierry Bellanger, jeudi, en conférence de presse à la Commanderie.\n\n"
            "« On n’a pas le droit de se cacher », a lancé Thierry Bellanger.")
    assert only(extract_fr(text), "cacher").title is None


def test_quoted_answers_after_questions_are_those_of_the_one_said_to_answer(extract_fr) -> None:
    text = ("Thierry Bellanger, l’entraîneur du club, a reçu la presse jeudi.\n\n"
            "Pendant près de quarante minutes, l’entraîneur a répondu à toutes les questions.\n\n"
            "Comment avez-vous vécu les incidents de mardi ?\n"
            "« Ce qui s’est passé mardi, je ne l’accepterai jamais. »\n\n"
            "Votre poste est-il menacé ?\n"
            "« Je ne me pose pas la question. »")
    quotes = extract_fr(text)
    assert only(quotes, "accepterai").speaker.name == "Thierry Bellanger"
    assert (only(quotes, "pose pas").speaker.name, only(quotes, "pose pas").verb) == ("Thierry Bellanger", None)


def test_a_given_name_the_tagger_read_as_a_word_in_a_transcript_label(extract_fr) -> None:
    text = ("La ministre du Travail, Claire Montagnac, était l’invitée de franceinfo mercredi. Le Premier ministre, "
            "Étienne Larcher, avait affirmé la semaine dernière que le gouvernement était « ouvert ».\n\n"
            "franceinfo : Quinze mois au lieu de dix-huit, c’est bien une baisse des droits ?\n\n"
            "Claire Montagnac : C’est une adaptation à la réalité du marché du travail.\n\n"
            "franceinfo : Les syndicats veulent le retrait du décret. Vous les avez entendus ?\n\n"
            "Claire Montagnac : Je les entends, je les reçois, je leur parle.")
    quotes = extract_fr(text)
    assert only(quotes, "adaptation").speaker.name == "Claire Montagnac"
    assert only(quotes, "entends").speaker.name == "Claire Montagnac"


def test_a_feminine_tag_on_a_masculine_role_form_states_no_gender(extract_fr) -> None:
    text = ("Fabrice, 47 ans, boulanger à Castelvieil depuis quinze ans, a déjà réduit sa production de moitié. "
            "« Ma farine vient d’un moulin de Carros », confie le boulanger.")
    q = only(extract_fr(text), "farine")
    assert (q.speaker.name, q.title.text) == ("Fabrice", "boulanger à Castelvieil")


def test_a_role_noun_right_after_its_article_tagged_an_adjective_is_a_description(extract_fr) -> None:
    text = ("D’après Sophie Lanteri, géologue au BRGM, la roche reste « en équilibre précaire ». « L’eau s’y est "
            "infiltrée », détaille la géologue. La scientifique estime qu’une purge sera « probablement "
            "inévitable ».")
    q = only(extract_fr(text), "purge")
    assert (q.speaker.name, q.title.text) == ("Sophie Lanteri", "géologue au BRGM")


def test_a_teaser_label_and_a_paywall_note_before_a_quotation_headline(extract_fr) -> None:
    text = ("Une centaine d’actrices avaient appelé le Festival à « prendre ses responsabilités ».\n\n"
            "Lire aussi | Article réservé à nos abonnés « Je ne joue jamais deux fois la même scène » : Inès Bellamy, "
            "une actrice à l’affût")
    assert only(extract_fr(text), "même scène").speaker.name == "Inès Bellamy"


def test_an_incise_s_phrase_without_a_tensed_verb_ends_before_the_quotation_resumes(extract_fr) -> None:
    (first, second) = extract_fr("« J’ai juste entendu la foule, a raconté la recrue, le sourire aux lèvres. C’est un "
                                 "rêve d’enfant. »")
    assert (first.text, second.text) == ("J’ai juste entendu la foule", "C’est un rêve d’enfant.")


def test_an_inner_incise_s_speaker_the_parser_read_as_an_object_before_a_phrase_set_off(extract_fr) -> None:
    text = ("Rappelé lundi, le joueur de centre Olivier Paradis a inscrit son premier but. « J’ai même pas vu la "
            "rondelle rentrer. J’ai juste entendu la foule, puis les gars me sont tombés dessus, a raconté la recrue, "
            "le sourire fendu jusqu’aux oreilles malgré la défaite. C’est un rêve d’enfant. »")
    quotes = extract_fr(text)
    assert [(q.speaker.text, q.verb.lemma) for q in quotes] == [("la recrue", "raconter")] * 2
    assert quotes[1].text == "C’est un rêve d’enfant."


@pytest.mark.parametrize("text, needle, speaker, title", [
    # an occupation the role table had lacked: the description gives the untitled person their title
    ("Interrogée sur la promotion du film, Elise Varenne s’est montrée catégorique. « Le public jugera le film », "
     "a ajouté la cinéaste.", "jugera", "Elise Varenne", "cinéaste"),
    # a recruit is a plain description: the person keeps the role stated with the name
    ("Le joueur de centre Olivier Paradis a inscrit son premier but. « C’est un rêve d’enfant », a confié la "
     "recrue.", "rêve", "Olivier Paradis", "joueur de centre"),
])
def test_an_occupation_or_a_plain_description_is_the_person_named_before(extract_fr, text, needle, speaker,
                                                                          title) -> None:
    q = only(extract_fr(text), needle)
    assert (q.speaker.name, q.title.text if q.title else None) == (speaker, title)


def test_the_first_description_of_a_person_named_once_is_their_title(extract_fr) -> None:
    text = ("Dans son cabinet lyonnais, Nadia Benali a vu les questions arriver dès mardi soir. « Trois patients m’ont "
            "déjà envoyé l’article ce matin », sourit la diététicienne-nutritionniste. La praticienne s’inquiète "
            "surtout pour les familles modestes. « Les produits les moins chers sont souvent les plus transformés », "
            "dit-elle.")
    assert [(q.speaker.name, q.title.text) for q in extract_fr(text)] == [
        ("Nadia Benali", "diététicienne-nutritionniste")] * 2


def test_a_deputy_prosecutor_s_role_before_her_name(extract_fr) -> None:
    (q,) = extract_fr("Dans ses réquisitions, la substitute du procureur Anne-Sophie Courtin a dénoncé « une scène "
                      "d’une violence inouïe ».")
    assert (q.speaker.name, q.title.text) == ("Anne-Sophie Courtin", "substitute du procureur")


def test_a_role_mention_with_a_description_set_off_is_the_office_holder(extract_fr) -> None:
    text = ("Le chef de Renouveau Québec, Mathieu Lachance, promet de « mettre le chantier sur pause ». Le chef de "
            "Renouveau Québec, ancien conseiller municipal de Charlesbourg, a qualifié le tramway de « gouffre "
            "financier ».")
    q = only(extract_fr(text), "gouffre")
    assert (q.speaker.name, q.title.text) == ("Mathieu Lachance", "chef de Renouveau Québec")


def test_an_adverbial_phrase_opened_by_de_after_the_verb_is_not_the_inverted_subject(extract_fr) -> None:
    (q,) = extract_fr("« Les gens de Québec peuvent-ils encore vous faire confiance? » a demandé d’entrée de jeu "
                      "l’animatrice du débat, Catherine Lessard.")
    assert (q.speaker.name, q.title.text) == ("Catherine Lessard", "animatrice du débat")


def test_a_role_predicated_of_a_description_is_the_person_s_title(extract_fr) -> None:
    text = ("Dans la parcelle des Rochettes, Camille Vuillermet avance entre les rangs de savagnin. « Encore une "
            "semaine », estime-t-elle.\n\n"
            "Depuis le 1er janvier, la jeune femme est officiellement la gérante du Domaine des Rochettes, que son "
            "grand-père avait planté dans les années 1950 et que son père a fait grandir pendant quarante ans. "
            "Ingénieure agronome de formation, elle avait pourtant tout fait pour s’en éloigner. « Je n’avais pas "
            "prévu de rentrer », raconte-t-elle.")
    q = only(extract_fr(text), "rentrer")
    assert (q.speaker.name, q.title.text) == ("Camille Vuillermet", "gérante du Domaine des Rochettes")


def test_a_role_predicated_of_a_pronoun_is_the_person_s_title(extract_fr) -> None:
    (q,) = extract_fr("Marie Dubois nous ouvre la porte de sa classe. Elle est depuis 2019 la directrice de l’école "
                      "Jules-Ferry. « Nous manquons de tout », dit-elle.")
    assert (q.speaker.name, q.title.text) == ("Marie Dubois", "directrice de l’école Jules-Ferry")


def test_a_dialogue_set_with_dashes_alternates_its_speakers(extract_fr) -> None:
    text = ("Le président de la cour, Philippe Andrieu, a repris le rapport d’autopsie, plaie par plaie.\n"
            "— Quatre coups dans le dos, monsieur Lemaire. Elle essayait de s’enfuir ? a demandé le président.\n"
            "— Je ne sais pas. Tout est allé très vite.\n"
            "— Vous ne savez plus, ou vous ne voulez pas le dire ?\n"
            "— Je ne sais plus, monsieur le président. Je vous le jure.\n\n"
            "L’accusé, Grégory Lemaire, a gardé les yeux baissés.")
    quotes = extract_fr(text)
    assert [(q.text, speaker_name(q)) for q in quotes] == [
        ("Quatre coups dans le dos, monsieur Lemaire. Elle essayait de s’enfuir ?", "Philippe Andrieu"),
        ("Je ne sais pas. Tout est allé très vite.", "Grégory Lemaire"),
        ("Vous ne savez plus, ou vous ne voulez pas le dire ?", "Philippe Andrieu"),
        ("Je ne sais plus, monsieur le président. Je vous le jure.", "Grégory Lemaire")]
    assert quotes[0].verb.lemma == "demander" and quotes[1].verb is None


def test_one_s_own_role_outranks_a_role_shared_with_others(extract_fr) -> None:
    text = ("Inès Kerbrat et Bastien Arnoult, les cofondateurs de Photonéa, dans la salle blanche de la start-up.\n\n"
            "« C’est ce verrou que nous voulons faire sauter », explique Inès Kerbrat, cofondatrice et PDG de "
            "Photonéa.")
    (q,) = extract_fr(text)
    assert (q.speaker.name, q.title.text) == ("Inès Kerbrat", "cofondatrice et PDG de Photonéa")


@pytest.mark.parametrize("text, date", [
    ("Peu après le vote, la ministre a indiqué qu’elle n’excluait pas de demander une seconde délibération.",
     "Peu après le vote"),
    ("« Le Sénat a voté, j’en prends acte », a déclaré la ministre à sa sortie de l’hémicycle.",
     "à sa sortie de l’hémicycle"),
])
def test_the_occasion_of_the_saying_dates_it(extract_fr, text: str, date: str) -> None:
    (q,) = extract_fr(text)
    assert q.date is not None and q.date.text == date


def test_a_role_only_speaker_has_the_role_as_title_unless_it_is_one_of_many(extract_fr) -> None:
    text = ("Dans un communiqué publié vendredi soir, le président de la République a salué « une voix qui a fait "
            "entrer les estuaires dans la littérature ».\n\n"
            "« On ne nous a rien dit », glisse le maire d'une commune voisine.")
    head, neighbour = extract_fr(text)
    assert head.speaker.name == "le président de la République" and head.title.text == "président de la République"
    assert neighbour.speaker.name == "le maire d'une commune voisine" and neighbour.title is None


def test_a_role_goes_on_through_a_compound_preposition(extract_fr) -> None:
    text = ("« Ce texte ne fera pas taire les armes à lui seul », a déclaré la représentante permanente de la France "
            "auprès des Nations unies, Hélène Darcourt, dans son explication de vote.")
    (q,) = extract_fr(text)
    assert (q.speaker.name, q.title.text) == (
        "Hélène Darcourt", "représentante permanente de la France auprès des Nations unies")


def test_a_role_noun_after_a_determiner_is_no_verb(extract_fr) -> None:
    text = ("« Quand les mains se sont levées, personne dans la salle ne savait encore si la Chine suivrait "
            "Moscou », raconte notre correspondant à New York, Thibault Garnier.")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Thibault Garnier" and q.verb.lemma == "raconter"


def test_an_incise_verb_may_follow_its_object_clitic_without_a_comma(extract_fr) -> None:
    text = ("Le ministre a arpenté les allées de la cité. « Vous venez seulement quand il y a un mort ! » lui a lancé "
            "une habitante.")
    (q,) = extract_fr(text)
    assert (q.speaker.text, q.verb.lemma) == ("une habitante", "lancer")


def test_a_noun_of_fixed_gender_leaves_the_pronoun_after_it_free(extract_fr) -> None:
    text = ("« Comment allez-vous aujourd’hui ? » lui demande le président. « Cassé. Physiquement, et dans ma tête », "
            "souffle la victime. « Je ne vous en veux pas de m’avoir frappé », lance-t-il encore.")
    quotes = extract_fr(text)
    assert [q.speaker.name for q in quotes] == ["le président", "la victime", "la victime"]



@pytest.mark.parametrize("text, title", [
    ("Dans un rapport rendu public lundi, la coroner Annick Bélanger-Roy conclut que Jeannine Bergeron est morte "
     "des suites d’une déshydratation.", "coroner"),
    ("« Aucune personne âgée ne devrait mourir de déshydratation », a indiqué mardi par courriel son attachée de "
     "presse, Florence Côté-Martel.", "attachée de presse"),
])
def test_more_offices_are_roles(extract_fr, text: str, title: str) -> None:
    (q,) = extract_fr(text)
    assert q.title is not None and q.title.text == title


def test_a_square_named_at_a_sentence_start_is_no_person(extract_fr) -> None:
    text = ("Place Beauvau, le ton est nettement plus offensif. Le ministre de l’Intérieur, Hugues Lavergne, a dénoncé "
            "une décision qui « désarme l’État ». « Je respecte les institutions », a poursuivi le locataire de la "
            "place Beauvau.")
    quotes = extract_fr(text)
    assert [q.speaker.name for q in quotes] == ["Hugues Lavergne", "Hugues Lavergne"]


def test_a_quotation_ending_its_sentence_is_no_part_of_the_clause_after_it(extract_fr) -> None:
    text = ("Le ministre de l’Intérieur, Hugues Lavergne, a dénoncé une décision.\n\n"
            "« Le travail n’est pas terminé, a-t-il martelé. Nous reviendrons devant le Parlement avec des mesures "
            "nouvelles. » Un nouveau projet de loi pourrait être présenté dès le mois d’octobre, a-t-il indiqué.")
    quotes = extract_fr(text)
    assert [(q.type, q.verb.lemma) for q in quotes] == [("direct", "marteler"), ("direct", "marteler"),
                                                        ("indirect", "indiquer")]
    assert quotes[-1].text.startswith("Un nouveau projet")


def test_a_religious_form_of_address_and_a_title_case_abbreviation_leave_the_role(extract_fr) -> None:
    text = ("Côté congrégations, la présidente de la Conférence des religieux et religieuses de France (Corref), sœur "
            "Marie-Laure Fabre, a fait savoir que la Commission travaillait à « une harmonisation rapide ».")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Marie-Laure Fabre"
    assert q.title.text == "présidente de la Conférence des religieux et religieuses de France"


def test_the_outlet_that_reached_a_speaker_is_no_person(extract_fr) -> None:
    text = ("La commune a fermé ses fontaines. Jointe ce jeudi par Midi Libre, la maire de Saint-Jean-de-Fos, Pascale "
            "Ribes, assure que ses administrés « jouent le jeu ». « Les gens ont compris », ajoute l’élue.")
    quotes = extract_fr(text)
    assert [(q.speaker.name, q.title.text) for q in quotes] == [("Pascale Ribes", "maire de Saint-Jean-de-Fos")] * 2


def test_an_office_of_a_person_noun_with_its_complement_titles_a_role_only_speaker(extract_fr) -> None:
    text = ("« C’est toute une communauté rurale qui nous apparaît d’un coup », résume la responsable de la "
            "fouille.\n\n"
            "Le conservateur régional de l’archéologie, Jean-Baptiste Morlet, a indiqué mardi que le site était "
            "« exceptionnel ».")
    head, curator = extract_fr(text)
    assert head.title is not None and head.title.text == "responsable de la fouille"
    assert curator.title is not None and curator.title.text == "conservateur régional de l’archéologie"


def test_a_political_scientist_described_by_her_field_is_found_again(extract_fr) -> None:
    text = ("Pour Claire Dumontet, maîtresse de conférences en science politique à Sciences Po Lyon, le débat n’a "
            "« probablement pas fait bouger les lignes ». « Chacun a parlé à son électorat », analyse la politiste.")
    quotes = extract_fr(text)
    assert [q.speaker.name for q in quotes] == ["Claire Dumontet", "Claire Dumontet"]


def test_an_incise_with_the_speakers_bearing_after_it_and_a_manner_after_the_speaker(extract_fr) -> None:
    text = ("« Je n’ai rien vu venir, a reconnu le grimpeur de Cumbre-Andina, le visage couvert de poussière. "
            "J’étais trop loin. »\n\n"
            "« Je regrette », a ajouté le prévenu d’une voix à peine audible.")
    first, second, regret = extract_fr(text)
    assert first.text == "Je n’ai rien vu venir" and second.text == "J’étais trop loin."
    assert first.speaker.text == second.speaker.text == "le grimpeur de Cumbre-Andina"
    assert first.verb.lemma == "reconnaître"
    assert regret.speaker.text == "le prévenu"


def test_a_quoted_noun_phrase_after_a_statement_noun_is_what_the_verb_denounces(extract_fr) -> None:
    text = ("La FGTB a dénoncé dans une déclaration commune « un hold-up sur le pouvoir d’achat des "
            "travailleurs ».")
    (q,) = extract_fr(text)
    assert q.text == "un hold-up sur le pouvoir d’achat des travailleurs"
    assert q.speaker.name == "FGTB" and q.verb.lemma == "dénoncer"


def test_a_role_after_an_emphatic_pronoun_with_a_boats_name_in_marks(extract_fr) -> None:
    text = ("Le frère cadet du patron, Ronan Le Goff, lui-même patron du « Kreiz Mor », est sorti dès 5 heures "
            "mercredi. « On a quadrillé le secteur », raconte-t-il.")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Ronan Le Goff" and q.title.text == "patron du « Kreiz Mor »"


def test_a_subject_inverted_after_a_fronted_phrase_is_the_topic_a_pronoun_takes_up(extract_fr) -> None:
    text = ("Parmi les personnes interpellées figurait le député Patrick Mbélé-Nzé, frère cadet de l’opposant, "
            "relâché mardi. « On voulait me faire signer une déclaration », a-t-il raconté.")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Patrick Mbélé-Nzé" and q.title.text == "député"


def test_the_time_of_a_clause_announcing_a_quotation_after_a_colon_dates_it(extract_fr) -> None:
    text = ("Ce mercredi, le centriste se voulait rassurant : « Les malades de longue durée ne seront pas la variable "
            "d’ajustement. »\n\n"
            "Jointe par téléphone mercredi soir, Sylvie Riou, la mère de Dylan, peinait à trouver ses mots : « Il "
            "avait embarqué en janvier. »")
    reassuring, mother = extract_fr(text)
    assert reassuring.date.text == "Ce mercredi" and reassuring.verb is None
    assert mother.date.text == "mercredi soir" and mother.speaker.name == "Sylvie Riou"


def test_a_slogan_a_banner_proclaims_or_bears_is_no_quote(extract_fr) -> None:
    text = ("Devant la mairie, une banderole délavée proclame encore « Notre terre n’est pas à vendre ».\n\n"
            "Le cortège s’est élancé derrière la banderole de l’intersyndicale « Retraites : 65 ans, c’est toujours "
            "non ». En tête, la secrétaire générale a déclaré : « Nous irons jusqu’au retrait. »")
    (q,) = extract_fr(text)
    assert q.text.startswith("Nous irons")


def test_a_name_after_a_body_of_people_is_the_body_not_a_person(extract_fr) -> None:
    text = ("Le syndicat des joueurs Provale, qui a dépêché un délégué à Albi jeudi, dit suivre « avec la plus grande "
            "attention » la situation des 47 joueurs sous contrat.\n\n"
            "Jean-Marc Escande, président de l’OAT, a assuré qu’il ne comptait pas « s’accrocher au fauteuil ». "
            "« Je donnerai les clés », poursuit-il.")
    union, chair, keys = extract_fr(text)
    assert union.speaker.name == "Provale" and union.speaker.kind == "organization"
    assert chair.speaker.name == keys.speaker.name == "Jean-Marc Escande"


def test_a_photographer_credited_under_a_caption_is_no_one_a_description_means(extract_fr) -> None:
    text = ("« On a joué avec la peur au ventre », a reconnu le manager Laurent Pujol après la rencontre.\n\n"
            "Laurent Pujol, vendredi soir en conférence de presse. DDM - Thierry Bordas\n\n"
            "Le technicien a toutefois salué « l’état d’esprit » de son groupe.")
    first, second = extract_fr(text)
    assert first.speaker.name == "Laurent Pujol" and second.speaker.name != "Thierry Bordas"


def test_two_roles_under_one_article_are_one_person_a_pronoun_takes_up(extract_fr) -> None:
    text = ("Dans les couloirs, le talonneur et capitaine Romain Escande ne cachait pas son inquiétude. « Ici, tout "
            "le monde connaît quelqu’un qui travaille pour le club », a-t-il glissé.")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Romain Escande" and q.title.text == "talonneur et capitaine"


def test_a_bare_role_fronted_before_a_description_subject_is_its_title(extract_fr) -> None:
    text = ("Celui qui pourrait sortir le club de l’ornière s’appelle Thibault Raynal. Fondateur du groupe de "
            "logistique Sudlog (1 200 salariés), l’homme d’affaires de 51 ans a confirmé mercredi avoir déposé une "
            "lettre d’intention. « Je viens construire quelque chose de durable », a-t-il assuré.")
    letter, durable = extract_fr(text)
    assert letter.speaker.name == durable.speaker.name == "Thibault Raynal"
    assert letter.title.text == durable.title.text == "Fondateur du groupe de logistique Sudlog"


def test_a_role_a_fronted_participle_appoints_is_the_current_title(extract_fr) -> None:
    text = ("Élue gérante lors de l’assemblée constitutive du 22 septembre, Nathalie Grosjean, 49 ans, ancienne "
            "responsable qualité du site, a présenté hier matin la feuille de route. La production redémarrera "
            "lundi, a-t-elle annoncé.")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Nathalie Grosjean" and q.title.text == "gérante"


def test_the_last_of_a_list_of_people_before_a_name_is_no_role_of_theirs(extract_fr) -> None:
    text = ("Dans la cour de la papeterie, devant quelque 200 salariés, retraités et habitants, Sébastien Colin est "
            "monté sur un transpalette. « On a racheté notre avenir », a-t-il lancé.")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Sébastien Colin" and q.title is None


def test_an_incise_inside_the_marks_may_end_on_a_gerund(extract_fr) -> None:
    text = ("« Nous ne sommes pas allés aussi loin que je l’aurais voulu, a reconnu Serge Kremer hier soir en "
            "quittant la salle. Mais il y a un an, personne n’imaginait que la France accepterait de bouger. »")
    first, second = extract_fr(text)
    assert first.text.startswith("Nous ne sommes") and second.text.startswith("Mais il y a un an")
    assert first.speaker.name == second.speaker.name == "Serge Kremer"
    assert first.date.text == "hier soir" and second.date is None  # (the second half's sentence carries none)


def test_a_signing_is_the_occasion_that_dates_the_saying(extract_fr) -> None:
    text = "« C’est un vrai bol d’air pour nos frontaliers », a assuré Serge Kremer à l’issue de la signature."
    (q,) = extract_fr(text)
    assert q.date.text == "à l’issue de la signature"


def test_a_trade_the_tables_list_lets_a_description_mean_the_person_before(extract_fr) -> None:
    text = ("Raymond Mattawa ne croit pas un mot de ces promesses.\n\n"
            "« Mon père trappait le castor ici », raconte le chasseur de Matawinik, en dépliant une carte.")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Raymond Mattawa" and q.title.text == "chasseur de Matawinik"


def test_an_inverted_subject_after_a_station_whose_name_ends_on_capitals(extract_fr) -> None:
    text = ("« La Tunisie protège ses frontières », a affirmé lundi soir sur les ondes de Mosaïque FM le porte-parole "
            "du ministère de l’Intérieur, Mourad Ben Slimane.")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Mourad Ben Slimane" and q.title.text == "porte-parole du ministère de l’Intérieur"


def test_how_long_a_role_has_been_held_is_not_part_of_it(extract_fr) -> None:
    text = ("Au vieux port, Mokhtar Jallouli, 58 ans, pêcheur depuis l’âge de quatorze ans, raccommode ses filets. "
            "« On repêche des corps », raconte-t-il.")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Mokhtar Jallouli" and q.title.text == "pêcheur"


def test_a_coordinator_spelt_the_quebec_and_haitian_way_is_a_role(extract_fr) -> None:
    text = ("« Nous ne jouerons pas la vie des électeurs à pile ou face », a déclaré mardi soir le coordonnateur du "
            "CNT, Fritz-Gérald Valcourt, au cours d'une conférence de presse.")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Fritz-Gérald Valcourt" and q.title.text == "coordonnateur du CNT"


def test_an_object_pointing_back_at_what_was_said_is_no_claim(extract_fr) -> None:
    assert extract_fr("Le ministre a contesté ces chiffres. Il a rejeté de telles accusations.") == []
    (q,) = extract_fr("Le ministre a dénoncé ces « dérives ».")
    assert q.text == "ces « dérives »"


def test_a_relative_after_a_closed_description_is_the_named_persons(extract_fr) -> None:
    text = ("Un discours qui passe mal auprès de Sylvain Lemonnier, délégué CGT du site et sans lien de parenté "
            "avec le directeur, qui dénonce « une maintenance à flux tendu ».")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Sylvain Lemonnier" and q.title.text == "délégué CGT du site"


def test_a_name_closing_a_fronted_phrase_is_not_the_subjects_name(extract_fr) -> None:
    text = ("Atmo Normandie a publié des mesures. « À un moment, c'est réel », raconte le commandant Julien Hautot, du "
            "service départemental d’incendie et de secours. Invité mardi soir d’ici Normandie, l’officier a estimé "
            "que le hasard du calendrier avait « fait gagner un temps précieux » aux secours.")
    q = only(extract_fr(text), "hasard")
    assert q.speaker.name == "Julien Hautot" and q.title.text == "commandant"


def test_a_trade_named_with_a_bare_kind_of_firm_is_the_person_just_described(extract_fr) -> None:
    text = ("Le président du BNIC, Laurent Dubreuil, a alerté sur la crise. Sébastien Morin, tonnelier à Saint-Brice, "
            "a mis la moitié de ses salariés au chômage partiel. « Les maisons ont des stocks de fûts pour dix-huit "
            "mois », explique le chef d’entreprise.")
    q = only(extract_fr(text), "stocks")
    assert q.speaker.name == "Sébastien Morin"


def test_a_description_after_a_quotation_is_its_speaker_not_an_earlier_subject(extract_fr) -> None:
    text = ("La députée Khadija Ouardi a critiqué le prix du billet. Pour l’économiste Mounia Kettani, la question du "
            "prix « n’a rien d’anecdotique ». « Une ligne ne se rembourse pas par la billetterie », "
            "explique-t-elle.\n\n"
            "Dans une note publiée la semaine dernière, l’universitaire mettait déjà en garde contre un endettement "
            "« qui pèsera sur les comptes de l’Office ».")
    q = only(extract_fr(text), "endettement")
    assert q.speaker.name == "Mounia Kettani" and q.title.text == "économiste"


def test_belgian_and_polynesian_names_of_the_mayor(extract_fr) -> None:
    text = ("« La N845 ne rouvrira pas avant l’été », a prévenu samedi le bourgmestre d’Orlémont, Francis Collard. Dès "
            "vendredi matin, le mayeur avait estimé que la commune avait « eu de la chance dans son malheur ».")
    q = only(extract_fr(text), "chance")
    assert q.speaker.name == "Francis Collard" and q.title.text == "bourgmestre d’Orlémont"
    (q,) = extract_fr("« Bora Bora n’est pas un parking à navires », tranche le tavana de Bora Bora, Marcel Tehei.")
    assert q.speaker.name == "Marcel Tehei" and q.title.text == "tavana de Bora Bora"


def test_a_byline_is_not_the_person_a_role_anticipates(extract_fr) -> None:
    text = ("Le Défenseur des droits, lui, dénonce un risque de « discrimination automatisée ».\n\n"
            "Julien Marchetti — Édité par Anaïs Lefort — 4 mars 2026\n\n"
            "Nadia a compris en janvier que quelque chose avait changé. « On a l’impression d’être notés comme des "
            "crédits à la banque », raconte-t-elle.")
    quotes = extract_fr(text)
    assert speaker_name(only(quotes, "discrimination")) != "Julien Marchetti"
    assert speaker_name(only(quotes, "notés")) == "Nadia"


def test_an_office_written_by_its_initials_and_its_body(extract_fr) -> None:
    text = ("Le directeur général de la SOFITEX, Hyacinthe Kiemdé, estime que le prix « pèsera lourdement ». Le DG de "
            "la SOFITEX a par ailleurs indiqué que les producteurs seraient payés « au plus tard quinze jours » après "
            "l’enlèvement.")
    q = only(extract_fr(text), "payés")
    assert q.speaker.name == "Hyacinthe Kiemdé" and q.title.text == "directeur général de la SOFITEX"


def test_prefixed_and_feminine_roles_of_a_commune(extract_fr) -> None:
    (q,) = extract_fr("L’éco-conseiller de la commune, Benoît Renard, estime que le dépôt « n’a rien d’anodin ».")
    assert q.speaker.name == "Benoît Renard" and q.title.text == "éco-conseiller de la commune"
    (q,) = extract_fr("Lundi soir, l’échevine de l’Environnement, Sandrine Collard, avait annoncé que la commune "
                      "porterait plainte.")
    assert q.speaker.name == "Sandrine Collard" and q.title.text == "échevine de l’Environnement"


def test_an_absolute_phrase_after_the_name_is_no_second_speaker(extract_fr) -> None:
    (q,) = extract_fr("« Je le savais, oui », a répondu Fabrice D., chemise blanche et mains croisées dans le dos.")
    assert q.speaker.name == "Fabrice D."


def test_trades_of_the_mountain_and_the_stage_are_roles(extract_fr) -> None:
    (q,) = extract_fr("Son fils Mathieu Casaubon, 26 ans, aide-maçon depuis trois saisons, a raconté que les murs "
                      "étaient tombés dans le vide.")
    assert q.speaker.name == "Mathieu Casaubon" and q.title.text == "aide-maçon"
    (q,) = extract_fr("Plus remonté, le DJ Kael Ferrand a dénoncé dans une story « l’hypocrisie » du milieu.")
    assert q.speaker.name == "Kael Ferrand" and q.title.text == "DJ"


def test_a_subject_apposed_to_a_name_is_that_person_for_the_next_pronoun(extract_fr) -> None:
    text = ("Le propriétaire d’Autobus Lachance, Réjean Lachance, ne l’entend pas ainsi. « Le syndicat nous demande de "
            "payer avec de l’argent qu’on n’a pas », a-t-il plaidé.")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Réjean Lachance" and q.title.text == "propriétaire d’Autobus Lachance"


def test_bare_plural_roles_coordinated_speak_together(extract_fr) -> None:
    (q,) = extract_fr("Des médecins et élus dénoncent une « centralisation à marche forcée ».")
    assert q.speaker.name == "Des médecins et élus"


def test_an_aside_between_dashes_after_the_age_comes_before_the_role(extract_fr) -> None:
    text = ("Drissa Ouattara, 54 ans – sans lien de parenté avec le président de l’UNPCB –, producteur de coton depuis "
            "plus de trente ans, estime que le prix « arrive trop tard ».")
    (q,) = extract_fr(text)
    assert q.speaker.name == "Drissa Ouattara" and q.title.text == "producteur de coton"


def test_a_name_given_in_marks_is_no_quotation(extract_fr) -> None:
    assert extract_fr("Samedi, il a lancé une pétition en ligne, « Rendez-nous la N845 », qui comptait hier soir "
                      "plus de 1.200 signatures.") == []
    assert extract_fr("Le logiciel en cause s’appelle « Sillon ». Déployé depuis septembre, il attribue un "
                      "score.") == []


def test_a_demonstrative_trade_takes_up_the_one_named(extract_fr) -> None:
    text = ("Installé à Sambava depuis une vingtaine d'années, Hassan Abdallah Saïd reconnaît acheter « au "
            "compte-gouttes ». « Les exportateurs ne me passent plus de commandes », explique ce collecteur agréé.")
    quotes = extract_fr(text)
    assert [(q.speaker.name, q.title.text) for q in quotes] == [("Hassan Abdallah Saïd", "collecteur agréé")] * 2


def test_a_conjunct_disagreeing_with_the_reported_subject_is_the_reporters(extract_fr) -> None:
    text = ("Dans un communiqué publié jeudi, le groupement estime que les stocks accumulés pendant les années de prix "
            "administrés, évalués à plus de 1 500 tonnes, « pèsent lourdement » sur les cours mondiaux, et appelle "
            "l'Etat à « ouvrir enfin un dialogue sincère » avec les opérateurs.")
    q = only(extract_fr(text), "dialogue")
    assert (q.speaker.name, q.date.text) == ("le groupement", "jeudi")


def test_people_by_their_town_are_an_incises_inverted_subject(extract_fr) -> None:
    (q,) = extract_fr("Lire aussi\nLubrizol, sept ans après : « La confiance n’est jamais revenue », témoignent des "
                      "Rouennais\n\nMots-clés : Rouen\n")
    assert q.speaker.name == "des Rouennais"


def test_a_name_set_off_before_the_auxiliary_is_the_speaker(extract_fr) -> None:
    (q,) = extract_fr("Le député de Port-Louis Sud et Port-Louis Centre (circonscription no 2), Farhad Joomun, a "
                      "dénoncé jeudi « un coup de massue pour les travailleurs ».")
    assert (q.speaker.name, q.date.text) == ("Farhad Joomun", "jeudi")


def test_a_role_a_fronted_adjective_governs_is_someone_elses(extract_fr) -> None:
    text = ("Présent aux côtés du ministre, Hery Ratsimbazafy, directeur général de la Jirama depuis juillet, a "
            "reconnu une situation « critique ».")
    (q,) = extract_fr(text)
    assert (q.speaker.name, q.title.text) == ("Hery Ratsimbazafy", "directeur général de la Jirama")


def test_a_name_set_off_before_the_verb_is_no_incise(extract_fr) -> None:
    (q,) = extract_fr("Le préfet de la région de la Nawa, préfet du département de Soubré, Koffi Amani Célestin, a "
                      "quant à lui invité les producteurs à « ne pas céder aux sirènes des acheteurs véreux ».")
    assert q.speaker.name == "Koffi Amani Célestin"


def test_a_phrase_after_an_incises_speaker_is_no_second_half(extract_fr) -> None:
    quotes = extract_fr("À partir du 1er janvier 2027, le prix du ticket d’autobus connaîtra une hausse moyenne de "
                        "15 %, a annoncé jeudi le ministre du Transport terrestre, Kavish Ramdhony, lors d’une "
                        "conférence de presse à Port-Louis.")
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("À partir du 1er janvier 2027, le prix du ticket d’autobus connaîtra une hausse moyenne de 15 %",
         "Kavish Ramdhony")]


def test_a_form_of_address_apposed_after_a_role(extract_fr) -> None:
    (q,) = extract_fr("« Nous ne rentrerons pas dans les auditoires sans nos primes », a déclaré dimanche le président "
                      "de l’Association des professeurs de l’UNIKIN (APUKIN), le professeur Dieudonné Mukendi "
                      "Tshibangu.")
    assert (q.speaker.name, q.title.text) == ("Dieudonné Mukendi Tshibangu",
                                              "président de l’Association des professeurs de l’UNIKIN")


def test_en_debut_de_semaine_dates_the_saying(extract_fr) -> None:
    (q,) = extract_fr("Dans un communiqué diffusé en début de semaine, MSF a dénoncé « une faillite collective de la "
                      "communauté internationale ».")
    assert q.date is not None and q.date.text == "en début de semaine"


def test_a_bare_nouns_aside_before_an_inverted_subject(extract_fr) -> None:
    (q,) = extract_fr("« Nous avons attendu cinquante ans, nous pouvons bien attendre une semaine de plus », glisse, "
                      "sourire en coin, un jeune manifestant.")
    assert q.speaker is None or q.speaker.name != "sourire en coin"


def test_an_acronym_in_brackets_before_an_inverted_subject(extract_fr) -> None:
    (q,) = extract_fr("Côté SONUA, 40 % des équipements sont « récupérables en l'état », a indiqué à l'Agence "
                      "nigérienne de presse (ANP) le directeur général de la société, Hamza Idé Soumana.")
    assert q.speaker.name == "Hamza Idé Soumana"


def test_the_interviewer_is_no_one_a_description_could_mean(extract_fr) -> None:
    quotes = extract_fr("Joint ce mardi matin par Togo First, le président de la FNGPC, Yawovi Tchalla, estime que le "
                        "nouveau prix « ne couvre pas la hausse des coûts ».\n\n« A 315 francs le kilo, celui qui "
                        "cultive un hectare ne gagne presque rien », explique le responsable paysan.")
    assert [(q.speaker.name, q.title.text) for q in quotes] == [("Yawovi Tchalla", "président de la FNGPC")] * 2


def test_a_training_is_no_office_of_someone_else(extract_fr) -> None:
    quotes = extract_fr("« On ne touche pas au vrai problème », a réagi mercredi Jeff Thill, président de l’Union des "
                        "locataires du Luxembourg.\n\nSelon Jeff Thill, quatre ménages sur dix sont concernés. "
                        "« Chaque euro d’aide finit dans la poche des bailleurs », martèle le syndicaliste de "
                        "formation.")
    assert quotes[-1].speaker.name == "Jeff Thill"


def test_a_second_description_coordinated_in_the_apposition(extract_fr) -> None:
    quotes = extract_fr("« Nous mettons 62 millions d’euros sur la table », a insisté la ministre, Nadine Wampach.\n\n"
                        "À Differdange, Ana Lopes, aide-soignante et mère de deux enfants, suivra les débats de près. "
                        "« J’ai fait la demande l’an dernier », raconte-t-elle.")
    assert quotes[-1].speaker.name == "Ana Lopes"


def test_a_present_read_as_a_participle_after_its_subject(extract_fr) -> None:
    (q,) = extract_fr("Dans un courrier adressé vendredi aux familles, le principal du collège de Bois-Riant, Gérald "
                      "Nelson-Bazile, écrit que les cours en ligne débuteront lundi.")
    assert q.speaker.name == "Gérald Nelson-Bazile"


def test_a_title_case_outlet_after_a_preposition_before_the_subject(extract_fr) -> None:
    (q,) = extract_fr("« Chaque jour de grève pèse lourd », a confié vendredi soir à Air Journal son directeur, Loïc "
                      "Pellen.")
    assert q.speaker.name == "Loïc Pellen"


def test_a_contrasting_clause_reports_another_saying(extract_fr) -> None:
    quotes = extract_fr("La compagnie affirme que « la sécurité n’a jamais été compromise », tandis que les pilotes "
                        "réclament une refonte complète de leurs plannings.")
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("la sécurité n’a jamais été compromise", "La compagnie"),
        ("une refonte complète de leurs plannings", "les pilotes")]
