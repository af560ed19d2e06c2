"""One test per attribution pattern, on real parses of French sentences (several phrasings each)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.quotes import only, speaker_name

# --- cue before the quotation -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Emmanuel Macron a déclaré : « Nous ne céderons rien aux terroristes. »",
    "Dans un message publié sur X, Emmanuel Macron a affirmé : « Nous ne céderons rien aux terroristes. »",
])
def test_cue_before_colon(extract_fr, text: str) -> None:
    q = only(extract_fr(text), "céderons")
    assert q.type == "direct"
    assert q.text.startswith("Nous ne céderons rien")
    assert speaker_name(q) == "Emmanuel Macron"
    assert q.verb is not None and q.verb.lemma in ("déclarer", "affirmer")


def test_que_followed_by_marks_is_direct(extract_fr) -> None:
    q = only(extract_fr("La ministre Élisabeth Borne a affirmé que « la réforme sera votée avant l'été »."),
             "réforme")
    assert q.type == "direct"
    assert q.text == "la réforme sera votée avant l'été"
    assert speaker_name(q) == "Élisabeth Borne"


# --- inverted incise after the quotation --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "« Nous ne céderons rien aux terroristes », a déclaré le président Emmanuel Macron.",
    "« Nous ne céderons rien aux terroristes », a déclaré mardi le président Emmanuel Macron.",
])
def test_incise_after_with_named_speaker(extract_fr, text: str) -> None:
    q = only(extract_fr(text), "céderons")
    assert q.type == "direct"
    assert speaker_name(q) == "Emmanuel Macron"
    assert q.title is not None and q.title.text == "président"
    assert q.verb is not None and q.verb.lemma == "déclarer"


def test_incise_with_clitic_resolves_pronoun(extract_fr) -> None:
    text = ("Le Premier ministre Michel Barnier était à Lyon mardi. "
            "« Nous devons réduire la dette publique dès cette année », a-t-il ajouté.")
    q = only(extract_fr(text), "dette")
    assert q.verb is not None and q.verb.lemma == "ajouter"
    assert "-t-il" in q.verb.text
    assert q.speaker is not None and q.speaker.name == "Michel Barnier"


def test_inverted_verb_with_feminine_clitic(extract_fr) -> None:
    text = ("La maire de Paris, Anne Hidalgo, a visité le chantier. "
            "« Les travaux seront terminés avant les Jeux », estime-t-elle.")
    q = only(extract_fr(text), "travaux")
    assert q.verb is not None and q.verb.lemma == "estimer"
    assert speaker_name(q) == "Anne Hidalgo"


# --- interrupted and continued quotations ------------------------------------------------------------

def test_interrupted_quote_gives_two_quotes_one_speaker(extract_fr) -> None:
    text = ("« Nous ne céderons rien », a déclaré le ministre Bruno Le Maire, "
            "« et nous gagnerons cette bataille économique ensemble ».")
    quotes = extract_fr(text)
    first, second = only(quotes, "céderons"), only(quotes, "gagnerons")
    assert speaker_name(first) == speaker_name(second) == "Bruno Le Maire"


def test_continued_quote_inherits_speaker_with_lower_confidence(extract_fr) -> None:
    text = ("« Nous avons été en contact permanent avec les Ukrainiens », a déclaré le président Joe Biden.\n\n"
            "« C’est tout ce que je vais dire à ce sujet tant que cela sera actif. »")
    quotes = extract_fr(text)
    first, second = only(quotes, "contact permanent"), only(quotes, "tout ce que je vais dire")
    assert speaker_name(second) == "Joe Biden"
    assert second.confidence < first.confidence


# --- header attribution ------------------------------------------------------------------------------

def test_header_attribution(extract_fr) -> None:
    q = only(extract_fr("Jean Dupont (maire de Lyon) : « Nous allons rénover toutes les écoles de la ville. »"),
             "rénover")
    assert q.type == "direct"
    assert speaker_name(q) == "Jean Dupont"
    assert q.verb is None


# --- indirect speech ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le ministre de l'Intérieur Gérald Darmanin a annoncé que 500 policiers supplémentaires seraient déployés.",
    "Gérald Darmanin a indiqué mercredi que 500 policiers supplémentaires seraient déployés.",
])
def test_que_clause(extract_fr, text: str) -> None:
    q = only(extract_fr(text), "policiers")
    assert q.type == "indirect"
    assert q.text.startswith("500 policiers")
    assert speaker_name(q) == "Gérald Darmanin"


def test_infinitive_complement(extract_fr) -> None:
    q = only(extract_fr("Les soldats ukrainiens ont reconnu avoir subi de lourdes pertes lors de l’offensive."),
             "pertes")
    assert q.type == "indirect"
    assert q.text.startswith("avoir subi")
    assert q.verb is not None and q.verb.lemma == "reconnaître"
    assert speaker_name(q) == "Les soldats ukrainiens"


def test_noun_phrase_claim(extract_fr) -> None:
    q = only(extract_fr("La porte-parole de la Maison Blanche, Karine Jean-Pierre, a nié toute implication "
                        "de Washington dans cette opération."), "implication")
    assert q.type == "indirect"
    assert q.verb is not None and q.verb.lemma == "nier"
    assert speaker_name(q) == "Karine Jean-Pierre"
    assert q.title is not None and "porte-parole" in q.title.text


@pytest.mark.parametrize("text", [
    "Le gouverneur a déclaré l’état d’urgence dans toute la région.",
    "Le gouvernement a annoncé une aide de 125 millions de dollars.",
    "Dans la nuit du 3 au 4 mars 2022, un incendie s'était déclaré dans le hall d'un immeuble.",
    "Le ministère a refusé de confirmer que le calendrier serait tenu.",
])
def test_performative_acts_are_not_quotes(extract_fr, text: str) -> None:
    assert extract_fr(text) == []


def test_inverted_indirect(extract_fr) -> None:
    published = dt.date(2024, 8, 14)
    q = only(extract_fr("Au moins douze civils ont été tués dans la nuit, a déclaré lundi le gouverneur "
                        "régional Alexeï Smirnov.", published), "civils")
    assert q.type == "indirect"
    assert speaker_name(q) == "Alexeï Smirnov"
    assert q.date is not None and q.date.text == "lundi" and q.date.value == "2024-08-12"


def test_cleft_points_back(extract_fr) -> None:
    text = ("« Nous travaillons à mieux comprendre leurs objectifs et leur stratégie. » C’est ce qu’a déclaré "
            "vendredi le porte-parole du Conseil de sécurité nationale, John Kirby.")
    q = only(extract_fr(text), "objectifs")
    assert speaker_name(q) == "John Kirby"
    assert q.date is not None and q.date.text == "vendredi"


# --- prepositional attributions ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "source"), [
    ("Selon le ministère, 37 drones ont été détruits dans le ciel de Koursk.", "le ministère"),
    ("Le village a été repris par l'armée dans la nuit, selon Moscou.", "Moscou"),
    ("D'après la police, trois personnes ont été interpellées.", "la police"),
])
def test_selon(extract_fr, text: str, source: str) -> None:
    quotes = extract_fr(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.type == "indirect" and q.verb is None
    assert q.speaker is not None and q.speaker.text == source
    assert "selon" not in q.text.lower()


def test_selon_in_mid_sentence_attributes_the_whole_clause(extract_fr) -> None:
    (q,) = extract_fr("Le projet, selon le ministre, sera présenté en mai.")
    assert q.text.startswith("Le projet") and q.text.endswith("présenté en mai")
    assert q.speaker is not None and q.speaker.text == "le ministre"


@pytest.mark.parametrize("text", [
    "Selon les chiffres officiels, le chômage a baissé de deux points.",
    "Selon moi, c’est une erreur.",
    "Selon le calendrier prévu, les travaux commenceront en mai.",
    "Pour sa part, le gouvernement prépare un nouveau budget.",
])
def test_selon_without_a_source_is_not_a_quote(extract_fr, text: str) -> None:
    assert extract_fr(text) == []


# --- mixed quotations and non-quotes -----------------------------------------------------------------

def test_mixed_quote(extract_fr) -> None:
    q = only(extract_fr("Le président américain Joe Biden a qualifié l’incursion de « véritable dilemme » "
                        "pour le président russe."), "dilemme")
    assert q.type == "mixed"
    assert "« véritable dilemme »" in q.text
    assert speaker_name(q) == "Joe Biden"


@pytest.mark.parametrize("text", [
    "Il a lu « Le Monde » ce matin avant de partir.",
    "L’opération « Bouclier » a commencé dans la nuit.",
    "Ce « succès » laisse les habitants sceptiques.",
    "Le film « Il était une fois dans l'Ouest » sera diffusé ce soir sur Arte.",
    "Vous devez accepter les cookies pour lire cette vidéo. Cliquez sur « Accepter » pour continuer.",
])
def test_names_and_scare_quotes_are_not_quotes(extract_fr, text: str) -> None:
    assert extract_fr(text) == []


# --- speakers, titles and dates ----------------------------------------------------------------------

def test_surname_and_honorific_resolve_to_full_name_and_title(extract_fr) -> None:
    text = ("Le secrétaire d’État américain Antony Blinken est arrivé à Bruxelles. "
            "M. Blinken a déclaré que l’Ukraine recevrait davantage d’aide.")
    q = only(extract_fr(text), "aide")
    assert q.speaker is not None and q.speaker.text == "M. Blinken" and q.speaker.name == "Antony Blinken"
    assert q.title is not None and q.title.text == "secrétaire d’État américain"


def test_sentence_initial_date(extract_fr) -> None:
    q = only(extract_fr("Lundi, Vladimir Poutine a déclaré que les forces russes avançaient.",
                        dt.date(2024, 8, 14)), "forces")
    assert q.date is not None and q.date.text == "Lundi" and q.date.value == "2024-08-12"


def test_text_without_quotes(extract_fr) -> None:
    assert extract_fr("Le soleil brille sur la ville. Les écoles rouvrent lundi.") == []


def test_a_name_after_a_preposition_is_not_the_speaker(extract_fr) -> None:
    """`L'avocat de X a déclaré`: the lawyer speaks, not X; `Le ministre X` is X."""
    lawyer = only(extract_fr("L'avocat de Jean Dupont a déclaré que les accusations étaient fausses."), "fausses")
    assert speaker_name(lawyer) != "Jean Dupont"
    assert lawyer.speaker is not None and lawyer.speaker.text.startswith("L'avocat")
    minister = only(extract_fr("Le ministre Jean Dupont a déclaré que les accusations étaient fausses."), "fausses")
    assert speaker_name(minister) == "Jean Dupont"


def test_selon_un_communique_names_its_author(extract_fr) -> None:
    q = only(extract_fr("Selon un communiqué du ministère, la frontière rouvrira vendredi."), "frontière")
    assert q.speaker is not None and q.speaker.name == "ministère"
    assert q.speaker.text == "un communiqué du ministère"  # (the mention as written)
    report = only(extract_fr("Les ruptures de stock ont doublé en cinq ans, selon un rapport du Sénat."), "ruptures")
    assert (report.speaker.name, report.speaker.text) == ("Sénat", "un rapport du Sénat")


def test_the_agent_of_a_participle_is_not_the_speaker(extract_fr) -> None:
    text = ("Interrogé par France Inter, le ministre de l'Économie a reconnu que la croissance serait plus "
            "faible que prévu.")
    q = only(extract_fr(text), "croissance")
    assert q.speaker is not None and q.speaker.text.startswith("le ministre")
    assert speaker_name(q) != "France Inter"


def test_ajoutant_continues_the_saying_of_the_verb_above(extract_fr) -> None:
    text = ("Le ministre a déclaré que la ville recruterait 500 policiers, ajoutant que la sécurité était la "
            "priorité.")
    q = only(extract_fr(text), "sécurité")
    assert q.speaker is not None and q.speaker.text == "Le ministre"


def test_an_incise_after_a_tight_auxiliary_splits_the_quotation(extract_fr) -> None:
    quotes = extract_fr("« Nous avons gagné ce soir », a lancé la maire devant ses militants. « Les électeurs ont "
                        "parlé, a-t-elle poursuivi. Ils veulent des logements. »")
    first, second = only(quotes, "Les électeurs"), only(quotes, "Ils veulent")
    assert first.verb is not None and first.verb.lemma == "poursuivre"
    assert second.verb is not None and second.verb.lemma == "poursuivre"
    assert "poursuivi" not in first.text


def test_a_party_labelled_role_is_the_person_the_label_named(extract_fr) -> None:
    quotes = extract_fr("« Une victoire claire », se réjouit la nouvelle syndique Nadia Ferreira-Blanc\n\n"
                        "Au second tour, la socialiste a devancé le PLR Olivier Chappuis de 212 voix.\n\n"
                        "« C'est une victoire de justesse », a lancé dimanche soir la nouvelle syndique devant ses "
                        "militants.\n\n"
                        "Le candidat PLR a reconnu sa défaite. Il a estimé que le retrait de l'UDC avait « brouillé "
                        "les cartes ».")
    for contains in ("Une victoire claire", "victoire de justesse"):
        winner = only(quotes, contains)
        assert speaker_name(winner) == "Nadia Ferreira-Blanc"
        assert winner.title is not None and winner.title.text == "nouvelle syndique"
    loser = only(quotes, "brouillé")
    assert speaker_name(loser) == "Olivier Chappuis"
    assert loser.title is not None and loser.title.text == "candidat PLR"


@pytest.mark.parametrize(("text", "contains", "date", "value"), [
    # being reached for comment dates the saying, before the subject or apposed after it
    ("Joint par téléphone dimanche soir, l'élu a affirmé ne « rien regretter ».", "regretter", "dimanche soir",
     "2024-08-11"),
    ("« C'est une victoire pour la rivière », s'est félicitée Anne Morel, porte-parole du collectif, jointe "
     "mardi soir.", "victoire", "mardi soir", "2024-08-13"),
    # the occasion of the saying
    ("« Nous avons manqué de lucidité », a reconnu l'entraîneur après la défaite.", "lucidité",
     "après la défaite", None),
])
def test_the_time_of_the_saying_in_its_circumstances(extract_fr, text: str, contains: str, date: str,
                                                     value: str | None) -> None:
    q = only(extract_fr(text, dt.date(2024, 8, 14)), contains)
    assert q.date is not None and q.date.text == date and q.date.value == value


def test_a_related_article_teaser_does_not_interrupt_who_is_speaking(extract_fr) -> None:
    quotes = extract_fr(
        "Frédéric Vanhoutte a été interrogé sur l'avenir de son buteur. L'entraîneur carolo n'a pas esquivé. "
        "« Oui, il y a une offre », a-t-il lâché.\n\n"
        "D'après la presse allemande, le VfL Wolfsburg serait prêt à payer 14 millions d'euros.\n\n"
        "Lire aussi : Standard : « Le groupe est prêt », assure le nouvel entraîneur\n\n"
        "Le coach a toutefois prévenu que le départ de son buteur ne se ferait pas « à n'importe quel prix ».")
    q = only(quotes, "départ de son buteur")
    assert speaker_name(q) == "Frédéric Vanhoutte"
    assert q.title is not None and q.title.text == "entraîneur carolo"


@pytest.mark.parametrize(("text", "contains", "speaker", "title"), [
    # a role apposed with a participle's clause after it: the role alone
    ("« On a laissé la tente, la glacière, tout », témoigne Amandine, une vacancière lyonnaise évacuée avec ses "
     "deux enfants.", "la tente", "Amandine", "vacancière lyonnaise"),
    # a manner or a training set off before the name is no role
    ("Beau joueur, Samuel Ravenne a salué sur Instagram « un choix incontestable ».", "incontestable",
     "Samuel Ravenne", None),
    # the age after the role noun is not part of the title
    ("Inès Berthaud-Salem sacrée\n\nLa romancière de 34 ans a reçu vendredi le prix. « Je n'y croyais pas », "
     "a-t-elle avoué.", "croyais", "Inès Berthaud-Salem", "romancière"),
    # the press's other names for an office: whoever holds it in the text
    ("Le préfet de la Manche, Olivier Marchand, s'est rendu mardi sur la digue.\n\n"
     "« Nous ne lèverons pas l'arrêté avant lundi », a prévenu le représentant de l'État.", "arrêté",
     "Olivier Marchand", "préfet de la Manche"),
    ("Bruno Vasseur, ministre des Finances, présentait son budget jeudi à l'Assemblée.\n\n"
     "« Il n'y aura aucune hausse d'impôts », a assuré le grand argentier.", "impôts", "Bruno Vasseur",
     "ministre des Finances"),
    ("La secrétaire générale de la CGT, Sophie Morel, était reçue lundi par le gouvernement.\n\n"
     "« Nous ne signerons rien en l'état », a lancé la patronne de la CGT à sa sortie.", "signerons",
     "Sophie Morel", "secrétaire générale de la CGT"),
])
def test_roles_and_what_is_not_one(extract_fr, text: str, contains: str, speaker: str, title: str | None) -> None:
    q = only(extract_fr(text), contains)
    assert speaker_name(q) == speaker
    assert (q.title.text if q.title else None) == title


@pytest.mark.parametrize(("text", "contains", "speaker", "verb", "qtype"), [
    # the subject the parser gave a fronted adjective
    ("Plus optimiste, Claire Dumas-Léger, gérante de portefeuille, juge la sanction « excessive ».", "sanction",
     "Claire Dumas-Léger", "juger", "mixed"),
    # a locution whose words the parser hung on the object
    ("Sur X, le Castres Olympique a mis en avant « un état d'esprit exemplaire ».", "état d'esprit",
     "Castres Olympique", "mettre en avant", "direct"),
    # an object wholly inside the marks, whatever its part of speech
    ("Le Rassemblement national dit « oui à la proportionnelle intégrale, non aux bricolages ».", "oui à la",
     "Rassemblement national", "dire", "direct"),
])
def test_complements_the_parser_misplaced(extract_fr, text: str, contains: str, speaker: str, verb: str,
                                          qtype: str) -> None:
    q = only(extract_fr(text), contains)
    assert q.speaker is not None and speaker in q.speaker.text
    assert q.verb is not None and q.verb.lemma == verb
    assert q.type == qtype


def test_a_participle_coordinated_with_a_reported_infinitive_reports_on_its_own(extract_fr) -> None:
    quotes = extract_fr("La coopérative, maître d'ouvrage du projet, a dit « prendre acte » de la décision et "
                        "annoncé qu'elle se pourvoirait en cassation.")
    first, second = only(quotes, "prendre acte"), only(quotes, "pourvoirait")
    assert first.text.endswith("décision") and first.verb is not None and first.verb.lemma == "dire"
    assert second.verb is not None and second.verb.lemma == "annoncer"


@pytest.mark.parametrize(("text", "contains", "source"), [
    ("D'après la presse allemande, le club serait prêt à payer 14 millions d'euros.", "14 millions",
     "la presse allemande"),
    ("Les biens mettent en moyenne 98 jours à trouver preneur, selon le réseau.", "98 jours", "le réseau"),
    ("Pour les soignants, ces annonces ne suffiront pas.", "annonces", "les soignants"),
])
def test_sources_named_by_a_common_noun(extract_fr, text: str, contains: str, source: str) -> None:
    q = only(extract_fr(text), contains)
    assert q.speaker is not None and q.speaker.text == source


def test_an_organisation_named_up_to_its_acronym(extract_fr) -> None:
    q = only(extract_fr("Selon l'Association nationale pour l'étude de la neige et des avalanches (Anena), 21 "
                        "personnes ont trouvé la mort cet hiver."), "21 personnes")
    assert q.speaker is not None
    assert q.speaker.text == "l'Association nationale pour l'étude de la neige et des avalanches (Anena)"


def test_a_verb_of_saying_denied_by_sans_reports_nothing(extract_fr) -> None:
    quotes = extract_fr("« Deux cent douze voix, c'est rageant », a-t-il glissé, sans dire s'il siégerait au Conseil "
                        "communal. Il a évoqué une « journée sans » et assuré qu'il n'était « pas malade ».")
    assert not [q for q in quotes if "siégerait" in q.text]
    assert only(quotes, "pas malade").verb is not None


def test_a_reported_question_is_no_quote_but_a_condition_in_a_claim_is(extract_fr) -> None:
    quotes = extract_fr("Le maire a demandé si la préfecture comptait rouvrir la route, et il a affirmé que si rien ne "
                        "changeait, il porterait plainte.")
    assert [q.text for q in quotes] == ["si rien ne changeait, il porterait plainte"]


@pytest.mark.parametrize(("text", "expected"), [
    # a second saying coordinated inside the first one's clause (`et se dit « … »`) is its own quote
    ("Jointe mercredi, l'avocate Hélène Vasseur estime que le jugement « ignore la jurisprudence » de la Cour de "
     "cassation et se dit « confiante » pour la suite.",
     ["le jugement « ignore la jurisprudence » de la Cour de cassation", "« confiante » pour la suite"]),
    # a perfect infinitive coordinated with the first one is said too
    ("Le jeune homme dit ne pas avoir « l’impression d’avoir gagné de l’argent », mais « d’avoir récupéré quelque "
     "chose ».",
     ["ne pas avoir « l’impression d’avoir gagné de l’argent », mais « d’avoir récupéré quelque chose »"]),
    # a place before `on` speaks; the clause's own phrases do not
    ("Au ministère du travail, on indique que le projet de loi de transposition sera présenté « avant l’été ».",
     ["le projet de loi de transposition sera présenté « avant l’été »"]),
    ("Selon le jugement, consulté par Le Monde, ces éléments caractérisent un « lien de subordination ».",
     ["ces éléments caractérisent un « lien de subordination »"]),
    ("Sur le front de mer, les restaurateurs accusent eux aussi le coup.", []),
])
def test_second_sayings_places_documents_and_idioms(extract_fr, text: str, expected: list[str]) -> None:
    assert [q.text for q in extract_fr(text)] == expected


ASSISES = (
    "Elle a attendu d’être à la barre pour parler. Sylvie Decroix, 52 ans, aide-soignante à Maubeuge, est la sœur "
    "aînée de Patrick Decroix, tué dans l’atelier du garage qu’il dirigeait avec Ludovic Vandamme. L’accusé, 46 ans, "
    "comparaît depuis lundi. Il encourt trente ans de réclusion.\n\n"
    "« Patrick avait peur », a raconté mardi matin la quinquagénaire.\n\n"
    "À la barre, l’adjudant-chef Frédéric Moreau, de la section de recherches de Lille, a expliqué que l’accusé "
    "avait nettoyé l’outil.\n\n"
    "L’expert psychiatre, le Dr Bernard Hennebelle, a décrit un homme « à bout ».\n\n"
    "Me Amandine Leclercq, qui représente la famille Decroix, a estimé que « la préméditation n’est pas retenue ». "
    "L’avocate a souligné que trois coups avaient été portés.")


@pytest.mark.parametrize(("content", "speaker", "title"), [
    ("Patrick avait peur", "Sylvie Decroix", "aide-soignante à Maubeuge"),  # the age noun fits her age
    ("l’accusé avait nettoyé l’outil", "Frédéric Moreau", "adjudant-chef"),  # a rank before the name
    ("un homme « à bout »", "Bernard Hennebelle", "expert psychiatre"),  # the role before `, le Dr X,`
    ("trois coups", "Amandine Leclercq", "avocate"),  # a family's name is no other person in between
])
def test_ages_ranks_and_roles_name_the_speaker(extract_fr, content: str, speaker: str, title: str) -> None:
    q = only(extract_fr(ASSISES), content)
    assert speaker_name(q) == speaker and q.title is not None and q.title.text == title


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # the subject of a sentence whose `a` the tagger read as a preposition is still the pronoun's referent
    ("La présidente du port, Valérie Castagnola, a appelé les deux parties « à reprendre le dialogue ».\n\n"
     "La maire de Fos-sur-Mer, Sylvie Garcin-Rolland, a de son côté apporté son soutien aux grévistes. « Fos s'est "
     "construite avec ses dockers », a-t-elle écrit mardi soir sur X.", "Fos s'est", "Sylvie Garcin-Rolland"),
    # an age and an occupation set off by commas, parsed as conjuncts, make no second person
    ("La sexagénaire, qui dit avoir cessé de payer ses factures depuis novembre, n'a pas reçu le SMS d'alerte promis "
     "par le syndicat. « On apprend les coupures par la radio ou par les voisins », soupire-t-elle.\n\n"
     "Son voisin, Steeve Ramassamy, 41 ans, chauffeur de car scolaire, a installé une pompe et une cuve sur son "
     "toit. « J'ai dépensé 1 800 euros. Qui va me rembourser ? Le syndicat ? », s'interroge-t-il.", "1 800 euros",
     "Steeve Ramassamy"),
    # a conjunction inside the quotation opens no subject of the incise
    ("« On l’a appris par un mail. Après vingt-deux ans de maison », lâche un régleur, qui préfère taire son nom.",
     "par un mail", "un régleur"),
    # a pronoun set off by commas right after a noun phrase stresses that phrase
    ("« On va perdre la moitié de la récolte », a prévenu son président, Thierry Baudouin. La Confédération "
     "paysanne, elle, juge la mesure « inévitable ».", "inévitable", "La Confédération paysanne"),
])
def test_the_speaker_despite_misparsed_neighbours(extract_fr, text: str, content: str, speaker: str) -> None:
    assert speaker_name(only(extract_fr(text), content)) == speaker


@pytest.mark.parametrize("text", [
    "Le président, qui publiait en septembre un essai intitulé « La ville qui ose », n’a pas répondu.",
    "Courriels et notes internes consultés par Mediapart montrent que l’issue de l’appel d’offres était connue.",
])
def test_a_named_title_and_a_finding_are_no_quotes(extract_fr, text: str) -> None:
    assert extract_fr(text) == []


GUADELOUPE = (
    "« Nous n'avons pas le choix. Les rivières sont au plus bas depuis 2020 et nous perdons encore 55 % "
    "de l'eau produite dans des canalisations qui fuient », a reconnu le président du syndicat, Joël "
    "Maxime-Saturnin, lundi lors d'une conférence de presse à Morne-à-l'Eau. Il a promis que les coupures"
    ' seraient « levées commune par commune » dès le retour des pluies, « au plus tard en mai ».\n'
    '\n'
    'Le calendrier détaillé, consultable sur le site du syndicat, prévoit des coupures de 18 heures à 6 '
    'heures le lendemain pour les quartiers hauts, et des journées entières sans eau pour les sections '
    'les plus éloignées des réservoirs.\n'
    '\n'
    '« Dlo pa ka koulé »\n'
    '\n'
    "Dans la section de Beautiran, à Port-Louis, les habitants n'ont pas attendu l'annonce pour "
    "s'organiser. Devant chaque case, des bidons bleus, des seaux, parfois une citerne de 500 litres "
    "achetée à crédit. « Dlo pa ka koulé dépi sanmdi » (l'eau ne coule plus depuis samedi), lâche Marie-"
    'Josée Cancel, 67 ans, institutrice à la retraite. « Mes petits-enfants prennent leur douche chez '
    "leur autre grand-mère, à Sainte-Rose. À mon âge, porter vingt litres deux fois par jour, ce n'est "
    'pas une vie. »\n'
    '\n'
    "La sexagénaire, qui dit avoir cessé de payer ses factures depuis novembre, n'a pas reçu le SMS "
    "d'alerte promis par le syndicat. « On apprend les coupures par la radio ou par les voisins », "
    'soupire-t-elle.\n'
    '\n'
    'Son voisin, Steeve Ramassamy, 41 ans, chauffeur de car scolaire, a installé une pompe et une cuve '
    "sur son toit. « J'ai dépensé 1 800 euros. Qui va me rembourser ? Le syndicat ? », s'interroge-t-il.\n")


@pytest.mark.parametrize(("content", "speaker"), [
    ("On apprend les coupures", "Marie-Josée Cancel"),  # `La sexagénaire`: the person aged 67
    # `», s'interroge-t-il.` split off as a sentence of its own: the subject of the sentence before still counts
    ("1 800 euros", "Steeve Ramassamy"),
])
def test_the_neighbour_speaks_not_the_earlier_president(extract_fr, content: str, speaker: str) -> None:
    assert speaker_name(only(extract_fr(GUADELOUPE), content)) == speaker


def test_a_given_name_spelt_like_a_title_and_an_infinitive_announcing_the_next_quotation(extract_fr) -> None:
    quotes = extract_fr("« Nous avons les copies des procès-verbaux », a assuré à l'AFP Cheikh Tidiane Gaye, directeur "
                        "de campagne de la coalition. Le groupe de supporters Sang et Or 1906 a dénoncé sur ses "
                        "réseaux sociaux un « chantage indigne d’un joueur qui a porté le brassard », avant de "
                        "nuancer : « Bakary, on t’a aimé. Pars proprement. »")
    gaye = only(quotes, "procès-verbaux")
    assert speaker_name(gaye) == "Cheikh Tidiane Gaye"
    assert gaye.title is not None and gaye.title.text == "directeur de campagne de la coalition"
    chantage = only(quotes, "chantage")
    assert chantage.verb is not None and chantage.verb.lemma == "dénoncer"


def test_a_verb_spelt_like_a_role_before_a_name_and_a_pupil_as_a_role(extract_fr) -> None:
    quotes = extract_fr(
        "Le Roi a chargé mardi soir Lieselot Verhaegen (CD&V) et Cédric Lambotte (MR) d’une mission.\n\n"
        "À sa sortie du Palais, Lieselot Verhaegen s’est voulue prudente. « Nous ne sommes pas là pour former un "
        "gouvernement », a souligné la présidente des chrétiens-démocrates flamands.\n\n"
        "« Kali, c’est un peu ma confidente », raconte Inès, 15 ans, lycéenne à Villeurbanne.")
    prudente = only(quotes, "former un gouvernement")
    assert speaker_name(prudente) == "Lieselot Verhaegen" and prudente.title is not None
    assert prudente.title.text == "présidente des chrétiens-démocrates flamands"
    ines = only(quotes, "confidente")
    assert ines.title is not None and ines.title.text == "lycéenne à Villeurbanne"


def test_a_channel_after_an_inverted_subject_is_not_its_mention(extract_fr) -> None:
    (q,) = extract_fr("« On n'a rien lâché, c'est l'état d'esprit de ce groupe », savourait l'attaquant au micro de "
                      "Prime Video.")
    assert q.speaker.text == "l'attaquant" and q.verb.lemma == "savourer"


def test_a_set_off_phrase_of_bearing_is_not_an_apposition_of_the_speaker(extract_fr) -> None:
    text = ("« On a perdu notre fille, on veut comprendre », a confié à la barre la mère d'une des victimes, la voix "
            "brisée. « C'est fini », a lâché le père, les larmes aux yeux.")
    mother, father = extract_fr(text)
    assert mother.speaker.name == "la mère d'une des victimes" and father.speaker.name == "le père"


def test_an_employer_after_chez_stays_in_the_sources_mention(extract_fr) -> None:
    (q,) = extract_fr("Selon les analystes chez Oddo BHF, le titre reste sous-évalué.")
    assert q.speaker.name == "les analystes chez Oddo BHF"


def test_an_inverted_on_the_parser_made_an_object_is_the_subject_of_a_sourced_incise(extract_fr) -> None:
    (q,) = extract_fr("« Le feu est circonscrit mais pas encore éteint », indiquait-on mardi matin de source proche "
                      "des secours.")
    assert q.speaker.name == "source proche des secours" and q.verb.lemma == "indiquer"


def test_a_noun_phrase_after_a_split_attribution_is_no_second_half(extract_fr) -> None:
    text = ("Le port a proposé de désigner un médiateur, a-t-elle ajouté, une offre à laquelle la CGT dit ne pas être "
            "« fermée ».")
    quotes = extract_fr(text)
    assert [q.text for q in quotes] == ["Le port a proposé de désigner un médiateur", "ne pas être « fermée »"]


def test_et_d_ajouter_with_its_clause_after_a_colon_continues_the_speaker_before(extract_fr) -> None:
    text = ("La ministre, Rachida Dati, a défendu son projet. « Nous devons rassembler nos forces », "
            "a-t-elle expliqué. Et d'ajouter : « On ne va pas s'enflammer. »")
    q = only(extract_fr(text), "enflammer")
    assert speaker_name(q) == "Rachida Dati" and q.verb.lemma == "ajouter"


def test_a_headline_name_before_a_quoted_stance_said_it(extract_fr) -> None:
    text = ("Tour de France : Pogacar « pas inquiet » avant les Pyrénées\n\nParis « capitale mondiale » du sport\n\n"
            "Le Slovène a abordé la journée de repos avec sérénité.")
    (q,) = extract_fr(text)
    assert (q.text, q.speaker.name, q.verb) == ("pas inquiet", "Pogacar", None)


def test_avant_d_ajouter_is_a_second_saying_of_the_same_speaker(extract_fr) -> None:
    text = ("Le directeur, Jean-Jacques Coiplet, a fait remarquer que seuls 280 accouchements y avaient eu lieu l'an "
            "dernier, avant d'ajouter que des navettes seraient mises en place.")
    first, second = extract_fr(text)
    assert first.text == "seuls 280 accouchements y avaient eu lieu l'an dernier"
    assert (second.text, second.verb.lemma, speaker_name(second)) == (
        "des navettes seraient mises en place", "ajouter", "Jean-Jacques Coiplet")


def test_the_person_a_verbless_sentences_relative_is_about_is_the_next_pronouns(extract_fr) -> None:
    text = ("Le directeur, Jean-Jacques Coiplet, a rappelé que l'établissement était trop petit. Un argument qui ne "
            "convainc pas le maire, Alain Hunault. « On nous parle de sécurité », juge-t-il.")
    q = only(extract_fr(text), "sécurité")
    assert speaker_name(q) == "Alain Hunault"


def test_a_fronted_place_of_the_light_verb_is_the_source_of_on_fait_savoir(extract_fr) -> None:
    (q,) = extract_fr("Au cabinet du ministre wallon de la Mobilité, on fait savoir que « le financement reste "
                      "garanti ».")
    assert speaker_name(q) == "cabinet du ministre wallon de la Mobilité" and q.verb.lemma == "faire savoir"


def test_a_newspaper_with_its_article_before_a_name_is_no_part_of_it(extract_fr) -> None:
    (q,) = extract_fr("« Les recours ont bloqué les permis », explique à L'Avenir Jean-Luc Vanbel, porte-parole de "
                      "l'OTW.")
    assert speaker_name(q) == "Jean-Luc Vanbel"


def test_a_lowercase_a_read_as_a_preposition_is_the_auxiliary(extract_fr) -> None:
    text = ("Le directeur financier, Olivier Nguyen-Castel, a de son côté indiqué que le ratio s'établissait à "
            "12,9 %. Le rapporteur, Charles de Courson, a pour sa part tancé « l'insincérité » des prévisions.")
    ratio, tanced = extract_fr(text)
    assert (speaker_name(ratio), ratio.verb.lemma) == ("Olivier Nguyen-Castel", "indiquer")
    assert (speaker_name(tanced), tanced.verb.lemma) == ("Charles de Courson", "tancer")


def test_a_stressed_pronoun_after_the_subject_and_a_bracketed_team_name_no_one_else(extract_fr) -> None:
    text = ("« Maël a fait un coup parfait », a concédé le Suédois Jonas Ekström.\n\n"
            "Longtemps troisième, Clarisse Morvan (Atlantique Bois) a, elle, dû renoncer samedi. Sur Instagram, la "
            "navigatrice a écrit dimanche soir : « Le rêve s'arrête là. »")
    q = only(extract_fr(text), "rêve")
    assert speaker_name(q) == "Clarisse Morvan"


def test_a_statement_noun_before_a_colon_is_no_speaker(extract_fr) -> None:
    text = ("« J'ai eu une quarantaine d'appels », raconte Marion Haristoy, pharmacienne à Bègles. Sa réponse : "
            "« Non, sauf si l'enfant vomit, a mal au ventre ou se plaint. »")
    q = only(extract_fr(text), "vomit")
    assert speaker_name(q) == "Marion Haristoy"


def test_the_inverted_subject_of_a_modal_incise_follows_its_infinitive(extract_fr) -> None:
    (q,) = extract_fr("« Les prix vont monter, ce qui compensera en partie les pertes », veut croire son directeur, "
                      "Luc Darroze.")
    assert (speaker_name(q), q.verb.lemma) == ("Luc Darroze", "croire")


def test_an_unaccented_capital_a_opens_an_occasion(extract_fr) -> None:
    (q,) = extract_fr("A la sortie de la séance, il a assuré que la Confédération « ne laissera pas tomber » "
                      "Orsennaz.")
    assert q.date.text == "A la sortie de la séance"


def test_a_quoted_relative_clause_of_the_writer_is_no_quote(extract_fr) -> None:
    text = ("« Nous ne savons pas quand les habitants pourront rentrer », a déclaré le président de la commune, "
            "Pierre-Alain Luisier. Visiblement éprouvé, l'élu a aussi rendu hommage aux pompiers, « qui ont frappé "
            "à chaque porte en pleine nuit ».")
    (q,) = extract_fr(text)
    assert q.text.startswith("Nous ne savons")


def test_an_apposition_hung_on_the_subject_complement_closes_before_the_verb(extract_fr) -> None:
    text = ("Mercredi, lors des questions au gouvernement, le député (Liot) de la 5e circonscription du Finistère, "
            "Tangi Le Gall, a interpellé la ministre de la Santé : « Madame la ministre, combien de kilomètres "
            "faudra-t-il encore ajouter ? »")
    (q,) = extract_fr(text)
    assert speaker_name(q) == "Tangi Le Gall"


def test_rejecting_an_offer_is_a_decision(extract_fr) -> None:
    assert extract_fr("Les syndicats ont rejeté l'offre de la direction mardi soir.") == []


def test_an_infinitive_of_preparation_says_nothing_yet(extract_fr) -> None:
    assert extract_fr("Le collectif s'apprête à demander au préfet de suspendre les travaux.") == []


def test_a_sentence_the_parser_rooted_in_a_quoted_slogan_keeps_its_subject(extract_fr) -> None:
    text = ("Le groupe, qui avait déployé dimanche à la 70e minute une banderole « Le maillot, ça se mouille », a "
            "annoncé qu’il ne ferait pas le déplacement au Moustoir.")
    (q,) = extract_fr(text)
    assert (q.speaker.text, q.verb.lemma) == ("Le groupe", "annoncer")
    (q,) = extract_fr("Le fabricant « ne pouvait ignorer » ces travaux, souligne la juridiction, qui infirme ainsi "
                      "le jugement de première instance.")
    assert q.speaker.text == "la juridiction"


def test_a_date_with_its_article_is_no_subject(extract_fr) -> None:
    (q,) = extract_fr("La veille, la directrice du programme mondial de lutte contre le paludisme de l’Organisation "
                      "mondiale de la santé (OMS), Ruth Kamanzi, avait salué « un tournant » pour les pays du Sahel.")
    assert speaker_name(q) == "Ruth Kamanzi"


def test_results_showing_are_a_finding_even_inverted(extract_fr) -> None:
    assert extract_fr("Un nouveau vaccin pourrait changer la donne : administré en trois doses, le PfSV-3 a réduit de "
                      "52 % les cas de paludisme grave, montrent les résultats d’un essai de phase 3 publiés "
                      "mercredi.") == []


def test_the_caregiver_is_the_person_just_quoted(extract_fr) -> None:
    text = ("« On soigne avec un stylo et du papier, comme il y a trente ans », explique Élodie Ferrand, 41 ans, "
            "infirmière aux urgences depuis quatorze ans. La soignante raconte qu’un patient a attendu « près de cinq "
            "heures » un résultat de prise de sang.")
    _, q = extract_fr(text)
    assert speaker_name(q) == "Élodie Ferrand"


def test_the_eve_of_an_event_dates_the_saying(extract_fr) -> None:
    (q,) = extract_fr("La veille du dépôt, le député a accusé le gouvernement de « gérer le Québec comme une "
                      "succursale ».")
    assert q.date.text == "La veille du dépôt"


def test_an_inner_incise_with_its_own_circumstances(extract_fr) -> None:
    text = ("« Je mesure la détresse des éleveurs, a déclaré ce mardi Philippe Daubrée lors d’un point presse à "
            "Lons-le-Saunier. Mais je veux être très clair : ces tirs visent à protéger les troupeaux. »")
    first, second = extract_fr(text)
    assert first.text == "Je mesure la détresse des éleveurs"
    assert first.date.text == "ce mardi"  # (the incise inside the marks dates the first half)
    assert speaker_name(second) == "Philippe Daubrée" and second.text.startswith("Mais je veux")


def test_a_slogan_read_on_a_banner_and_a_decree_title(extract_fr) -> None:
    assert extract_fr("Sur la banderole tendue devant les grilles, on pouvait lire : « Le loup tue, l’État "
                      "regarde ».") == []
    assert extract_fr("Le préfet a signé lundi un arrêté « portant autorisation de tirs de défense renforcée en vue "
                      "de la protection des troupeaux » sur quatre communes.") == []


def test_being_reached_after_the_speaker_dates_the_saying(extract_fr) -> None:
    (q,) = extract_fr("« Certaines respiraient encore », raconte l’éleveur de 41 ans, joint dimanche soir par "
                      "20 Minutes.")
    assert q.date.text == "dimanche soir"


def test_verbs_that_report_only_as_pronominal_and_an_event_as_planned(extract_fr) -> None:
    # `emporter` without its clitic carries something; `comme prévu` has no one of its own who says it
    assert extract_fr("La fusée a décollé à 22 h, emportant le satellite « Sentinelle », chargé d'observer les "
                      "océans. Le deuxième étage ne s'est pas allumé comme prévu, et l'ensemble est retombé en "
                      "mer.") == []
    q = only(extract_fr("« C'est inacceptable », s'est emporté le maire lors du conseil municipal."), "inacceptable")
    assert q.verb is not None and q.verb.lemma == "s'emporter"


def test_a_night_across_two_days_dates_the_saying(extract_fr) -> None:
    q = only(extract_fr("« Nous irons au bout de l'enquête », a déclaré Laurent Martel lors d'un point presse tenu "
                        "dans la nuit de lundi à mardi."), "enquête")
    assert q.date is not None and q.date.text == "dans la nuit de lundi à mardi"


def test_a_role_named_as_the_speaker_goes_on(extract_fr) -> None:
    quotes = extract_fr("Mercredi soir, la porte-parole de l'opérateur a assuré que les clients touchés seraient "
                        "dédommagés. « Une panne de cette ampleur ne doit pas faire oublier des années de fiabilité », "
                        "a ajouté Lara Mennet.")
    for q in (only(quotes, "dédommagés"), only(quotes, "fiabilité")):
        assert speaker_name(q) == "Lara Mennet"
        assert q.title is not None and q.title.text == "porte-parole de l'opérateur"


def test_the_evening_before_and_an_alert_s_name(extract_fr) -> None:
    q = only(extract_fr("La veille au soir, l'opérateur avait fait savoir sur X que le réseau était « progressivement "
                        "rétabli »."), "rétabli")
    assert q.date is not None and q.date.text == "La veille au soir"
    assert extract_fr("La police a diffusé l'alerte « Numéros d'urgence perturbés » via l'application.") == []


def test_the_keeper_of_the_seals_and_a_y_verb_s_forms(extract_fr) -> None:
    quotes = extract_fr("« Nous ne bâtirons pas des prisons au rabais », a promis mercredi la garde des Sceaux, "
                        "Agnès Ferrand.\n\nQuant aux préfabriqués ? « C'est un faux procès », balaie la ministre.")
    first, second = only(quotes, "rabais"), only(quotes, "faux procès")
    assert speaker_name(first) == speaker_name(second) == "Agnès Ferrand"
    assert first.title is not None and first.title.text == "garde des Sceaux"
    assert second.verb is not None and second.verb.lemma == "balayer"


def test_wire_habits_an_inverted_subject_after_a_long_circumstance_and_a_dashed_subheading(extract_fr) -> None:
    quotes = extract_fr("« Ce que nous avons obtenu vendredi, c'est une pause, pas une solution », a affirmé mardi "
                        "soir lors d'une conférence de presse au Palais des Nations l'émissaire de l'ONU, Tomás "
                        "Ferrer Aldana.\n\n- « Provocation planifiée » -\n\nLe chef de la diplomatie a dénoncé une "
                        "attaque.")
    assert speaker_name(only(quotes, "une pause")) == "Tomás Ferrer Aldana"
    heading = only(quotes, "Provocation")
    assert (heading.text, heading.speaker) == ("Provocation planifiée", None)


@pytest.mark.parametrize(("text", "contains", "speaker", "verb"), [
    ("Le ministère tadjik des Affaires étrangères a pour sa part dénoncé « la militarisation délibérée » de la zone "
     "frontalière.", "militarisation", "Le ministère tadjik des Affaires étrangères", "dénoncer"),
    ("Washington a de son côté dit « suivre de très près » la situation.", "suivre", "Washington", "dire"),
])
def test_a_phrase_between_the_auxiliary_and_its_participle(extract_fr, text: str, contains: str, speaker: str,
                                                         verb: str) -> None:
    q = only(extract_fr(text), contains)
    assert speaker_name(q) == speaker
    assert q.verb is not None and q.verb.lemma == verb


def test_culture_page_habits(extract_fr) -> None:
    quotes = extract_fr("Culture > Théâtre\n\nLimogée du Théâtre des Docks, Clémence Varaigne : « Je ne partirai pas "
                        "en silence »\n\nLa ministre de la culture, Agnès Delorme-Sauvat, s'est exprimée mardi.\n\n"
                        "Pour la locataire de la rue de Valois, le départ de la metteuse en scène relève "
                        "d'« un constat de gestion ».\n\nDans une tribune, près de 1 400 artistes dénoncent "
                        "« une mise au pas » des scènes subventionnées.\n\nLire aussi | « Les scènes publiques vivent "
                        "sous la menace de l'autocensure », alerte un collectif de metteurs en scène")
    assert speaker_name(only(quotes, "en silence")) == "Clémence Varaigne"
    assert speaker_name(only(quotes, "constat de gestion")) == "Agnès Delorme-Sauvat"
    assert "près" not in speaker_name(only(quotes, "mise au pas"))
    teaser = only(quotes, "autocensure")
    assert (teaser.type, teaser.text) == ("direct", "Les scènes publiques vivent sous la menace de l'autocensure")


def test_the_euphonic_t_left_on_the_verb(extract_fr) -> None:
    q = only(extract_fr("Jean-Marc, 58 ans, vigneron, nous reçoit dans ses rangs. « Mon père a planté ces vignes en "
                        "1979 », confie-t-il, les mains dans les ceps."), "Mon père")
    assert q.verb is not None and q.verb.lemma == "confier"


def test_an_opinion_source_whose_phrase_holds_a_works_title(extract_fr) -> None:
    q = only(extract_fr("Pour la politologue Joëlle Bou Habib, professeure à l’Université Saint-Joseph et auteure de "
                        "« La République du consensus », le blocage « n’a rien de constitutionnel, il est "
                        "politique »."), "constitutionnel")
    assert speaker_name(q) == "Joëlle Bou Habib"
    assert q.type == "mixed"


def test_an_addressee_whose_name_the_tokenizer_split_at_its_hyphen(extract_fr) -> None:
    q = only(extract_fr("« Nous n’avons saboté personne », a affirmé à L’Orient-Le Jour le député Ali Nasreddine, "
                        "membre du bloc de la Fidélité à la Résistance."), "saboté")
    assert speaker_name(q) == "Ali Nasreddine"


def test_a_relative_clauses_saying_with_circumstances_set_off_before_que(extract_fr) -> None:
    q = only(extract_fr("Le chef du législatif, qui avait averti la semaine dernière, devant une délégation de "
                        "l’ordre des ingénieurs, que « le temps joue contre tout le monde », a annoncé qu’une "
                        "nouvelle séance se tiendrait le 12 mars."), "le temps joue")
    assert q.verb is not None and q.verb.lemma == "avertir"
    assert q.date is not None and q.date.text == "la semaine dernière"


def test_a_gathering_and_an_evening_date_the_saying(extract_fr) -> None:
    quotes = extract_fr("Réuni mercredi à Bkerké, le Conseil des évêques a dénoncé « une humiliation infligée à "
                        "l’État ». Dans un communiqué publié en soirée, le bloc a réclamé que les séances soient "
                        "désormais « ouvertes et successives ».")
    assert only(quotes, "humiliation").date.text == "mercredi"
    assert only(quotes, "successives").date.text == "en soirée"


def test_a_place_complement_before_the_name_is_no_nationality(extract_fr) -> None:
    q = only(extract_fr("« C’est un tour de passe-passe », a dénoncé la députée socialiste de la Haute-Vienne "
                        "Camille Orliac."), "passe-passe")
    assert q.title is not None and q.title.text == "députée socialiste de la Haute-Vienne"


def test_ordinals_coordinated_in_a_roles_complement(extract_fr) -> None:
    quotes = extract_fr("Mardi soir, la maire des 13e et 14e arrondissements, Nadia Ferhat, a déploré la situation. "
                        "L’élue estime que des renforts temporaires « ne régleront rien ».")
    q = only(quotes, "régleront")
    assert speaker_name(q) == "Nadia Ferhat"
    assert q.title is not None and q.title.text == "maire des 13e et 14e arrondissements"


def test_a_month_opening_the_paragraph_after_a_closing_mark_dates_the_saying(extract_fr) -> None:
    q = only(extract_fr("« Il faudra combien de Rayan pour qu’on nous entende ? »\n\nEn mars, dans un courrier au "
                        "ministre des Transports, l’édile réclamait la réouverture du guichet. Sans réponse."),
             "réouverture")
    assert q.date is not None and q.date.text == "En mars"


def test_a_state_set_off_after_the_role_is_no_part_of_the_mention(extract_fr) -> None:
    q = only(extract_fr("Le technicien néo-zélandais, en poste depuis 2024, a toutefois estimé que l’essai refusé "
                        "« aurait pu changer le visage de la fin de match »."), "changer le visage")
    assert q.speaker is not None and q.speaker.text == "Le technicien néo-zélandais"


def test_a_quotation_after_a_sentence_about_a_role_and_its_name(extract_fr) -> None:
    q = only(extract_fr("Autre héros de la soirée, le pilier Julien Laborde – sans lien de parenté avec le "
                        "sélectionneur – a inscrit le premier essai tricolore en force, à la 12e minute. « Un essai "
                        "de pilier, ça n’arrive pas tous les quatre matins. »"), "quatre matins")
    assert speaker_name(q) == "Julien Laborde"


def test_an_indefinite_subject_in_a_fronted_place_speaks_in_a_statement(extract_fr) -> None:
    q = only(extract_fr("À l’Élysée, on a salué dans un communiqué diffusé peu avant minuit « une génération qui "
                        "fait rêver tout un pays »."), "génération")
    assert speaker_name(q) == "Élysée"


def test_the_named_person_before_a_colon_not_the_place_they_came_from(extract_fr) -> None:
    q = only(extract_fr("Sur le parvis, les supporters ont chanté. Venue de Tarbes avec son mari, Pascale, 61 ans, "
                        "n’en revenait pas : « J’ai vu le Grand Chelem de 1977 à la télé chez mes parents. »"),
             "Grand Chelem")
    assert speaker_name(q) == "Pascale"


def test_the_author_of_a_work_is_the_person_quoted_before(extract_fr) -> None:
    q = only(extract_fr("Pour Pierre-Yves Lhomond, économiste à l’OFCE, la réforme « rate en partie sa cible ». "
                        "D’après ses calculs, les 10 % de ménages les plus aisés capteraient près d’un quart du gain "
                        "total. « On vend une réforme pour les classes moyennes », résume l’auteur de « L’Impôt et la "
                        "Confiance » (Seuil, 2024)."), "classes moyennes")
    assert speaker_name(q) == "Pierre-Yves Lhomond"


def test_a_video_teasers_label_before_a_headline_quotation(extract_fr) -> None:
    q = only(extract_fr("La députée a appelé les élus à « prendre leurs responsabilités ».\n\nVIDÉO - « Ce n'est pas "
                        "un budget d'austérité » : le ministre de l'Économie Lucas Ferrandi défend sa copie\n\nLe "
                        "texte"), "austérité")
    assert speaker_name(q) == "Lucas Ferrandi"


def test_a_relative_of_saying_hung_on_a_roles_complement(extract_fr) -> None:
    q = only(extract_fr("« On s’en est relevés », assure l’ancien président de la cave coopérative de Langoiran, qui "
                        "dit ne pas vouloir « pleurer devant les caméras »."), "caméras")
    assert "président" in (speaker_name(q) or "")


def test_a_conjunctions_que_after_a_long_object_is_no_complementizer(extract_fr) -> None:
    quotes = extract_fr("Le Point : Vous promettez une baisse d’impôt à 11 millions de foyers alors que le déficit "
                        "public dépasse encore 5 % du PIB.")
    assert not [q for q in quotes if "déficit" in q.text]


def test_a_negative_pronoun_subject_says_nothing(extract_fr) -> None:
    q = only(extract_fr("Reste une inconnue de taille : le vote d’investiture. Selon Hélène Masquelier, rien ne "
                        "garantit que les trente-sept voix nécessaires seront au rendez-vous."), "trente-sept")
    assert speaker_name(q) == "Hélène Masquelier"
    assert q.verb is None


def test_a_place_name_in_the_roles_complement_is_no_speaker(extract_fr) -> None:
    q = only(extract_fr("Mardi soir, sur le plateau de France 3 Grand Est, le président de la Région Grand Est, "
                        "Jean-Marc Hollender, s’était dit prêt à « mettre de l’argent sur la table » pour tout projet "
                        "de reprise crédible."), "argent")
    assert speaker_name(q) == "Jean-Marc Hollender"


def test_a_role_mention_matches_one_of_two_coordinated_roles(extract_fr) -> None:
    quotes = extract_fr(
        "Pour Karima Benali, déléguée syndicale CFDT et secrétaire adjointe du CSE, la fermeture était « décidée "
        "depuis longtemps ».\n\n« Norvalis, c’est un tiers de nos recettes fiscales », calcule la maire de "
        "Kremange-la-Forge, Patricia Lentz. L’édile affirme lui avoir remis une motion votée à l’unanimité.\n\n"
        "« On a jusqu’à l’été pour se battre », prévient la déléguée CFDT.")
    assert speaker_name(only(quotes, "jusqu’à l’été")) == "Karima Benali"


def test_a_party_label_in_brackets_is_no_part_of_the_title(extract_fr) -> None:
    q = only(extract_fr("« Le tram est une chance », a déclaré mardi le maire (PS) de Strasbourg, Luc Hartmann."),
             "tram")
    assert speaker_name(q) == "Luc Hartmann"
    assert q.title is not None and q.title.text == "maire de Strasbourg"


def test_a_person_a_copula_presents_is_the_next_pronouns_antecedent(extract_fr) -> None:
    quotes = extract_fr(
        "« Vous nous teniez le même discours il y a deux ans », a rétorqué la rapporteure, Sophie Lemarquis.\n\n"
        "Le témoignage le plus attendu était celui de la pédopsychiatre Élise Marchand-Roux, cheffe du service de "
        "psychiatrie de l’enfant au CHU de Nantes. Devant des sénateurs silencieux, elle a affirmé que ses "
        "consultations étaient « saturées » par les troubles du sommeil.")
    assert speaker_name(only(quotes, "saturées")) == "Élise Marchand-Roux"


def test_an_emphatic_pronoun_set_off_inside_the_verb_group(extract_fr) -> None:
    quotes = extract_fr("Hier soir, la préfecture a fait savoir que les écoles resteraient fermées lundi. Le préfet a, "
                        "lui, appelé les habitants à « ne pas retourner dans les zones évacuées » tant que les "
                        "géotechniciens ne seront pas passés.")
    assert not [q for q in quotes if q.text.startswith("Le préfet")]
    q = only(quotes, "zones évacuées")
    assert q.speaker is not None and q.speaker.text == "Le préfet"


def test_a_relative_the_parser_ran_on_across_appositions_is_no_antecedent(extract_fr) -> None:
    q = only(extract_fr("Interrogé mardi 15 mai en marge de la leçon de cinéma qu’il donnait salle Buñuel, son "
                        "président, le cinéaste danois Anders Holm-Nielsen, a affirmé que les jurés « jugeront des "
                        "films, pas des dossiers »."), "jugeront")
    assert speaker_name(q) == "Anders Holm-Nielsen"


def test_a_names_initials_in_brackets_stay_in_the_title(extract_fr) -> None:
    q = only(extract_fr("« Ils étaient en hypothermie sévère mais conscients », raconte Franck Bouyer, patron du canot "
                        "de la Société nationale de sauvetage en mer (SNSM) de La Cotinière."), "hypothermie")
    assert q.title is not None and "(SNSM) de La Cotinière" in q.title.text


def test_a_quoted_adjective_before_que_opens_the_reported_clause(extract_fr) -> None:
    q = only(extract_fr("« Nous financerons un avenir », a-t-il insisté. Le président de Région juge par ailleurs "
                        "« indécent » que Norvalis Steel ait versé l’an dernier 1,2 milliard d’euros de dividendes à "
                        "ses actionnaires."), "dividendes")
    assert q.type == "mixed" and q.text.startswith("« indécent » que Norvalis")
    assert q.verb is not None and q.verb.lemma == "juger"


def test_a_bare_role_the_description_spells_out_is_that_office(extract_fr) -> None:
    quotes = extract_fr(
        "Agathe Verneuil, l’ex-ministre qui revient par le livre : « Je n’ai plus peur de déplaire »\n\n"
        "Deux ans et demi après sa démission fracassante, l’ancienne ministre de la Transition écologique publie ce "
        "jeudi un récit sans fard de ses vingt-deux mois au gouvernement.\n\n"
        "« J’ai mis deux ans à pouvoir l’écrire sans trembler », souffle-t-elle.")
    q = only(quotes, "trembler")
    assert speaker_name(q) == "Agathe Verneuil"
    assert q.title is not None and q.title.text == "ancienne ministre de la Transition écologique"


def test_a_clause_set_off_after_the_subject_is_no_incise_before_the_verb(extract_fr) -> None:
    quotes = extract_fr("Mardi, lors d’une conférence de presse à Ankadifotsy, le député de l’opposition Naivo "
                        "Rakotomalala, élu dans le 4e arrondissement de la capitale, a accusé le gouvernement "
                        "d’avoir « laissé pourrir la Jirama » pendant des années.")
    (q,) = quotes
    assert q.text.startswith("le gouvernement d’avoir « laissé pourrir")
    assert speaker_name(q) == "Naivo Rakotomalala"


def test_a_name_in_brackets_is_no_part_of_an_organisation_speaker(extract_fr) -> None:
    (q,) = extract_fr("L’Association pour la défense des consommateurs malagasy (ADCM) dénonce une « gestion "
                      "opaque » des délestages.")
    assert speaker_name(q) == "L’Association pour la défense des consommateurs malagasy"


def test_canadian_morning_and_yesterday_with_its_weekday_are_dates(extract_fr) -> None:
    (q,) = extract_fr("« On achète du temps opératoire », a déclaré mardi avant-midi la ministre Sonia Bélanger.")
    assert q.date is not None and q.date.text == "mardi avant-midi"
    (q,) = extract_fr("« Chaque année, on nous sert les mêmes promesses », a dénoncé hier mercredi le syndicaliste "
                      "Issa Ouédraogo.")
    assert q.date is not None and q.date.text == "hier mercredi"


def test_a_ranking_is_no_title(extract_fr) -> None:
    quotes = extract_fr("Emil Thorsager s’est qualifié mardi soir pour les demi-finales.\n\n« C’est la plus belle "
                        "victoire de ma carrière », a déclaré le numéro 6 mondial.")
    q = only(quotes, "plus belle victoire")
    assert speaker_name(q) == "Emil Thorsager" and q.title is None


def test_rejecting_reports_of_others_reports_none_of_it(extract_fr) -> None:
    assert extract_fr("Le ministre a démenti les informations selon lesquelles le projet serait abandonné.") == []


def test_an_absolute_phrase_after_the_speaker_is_no_part_of_the_mention(extract_fr) -> None:
    quotes = extract_fr("L’entraîneur Stéphane Collignon n’a pas cherché d’excuses. « On a été trop gentils », a "
                        "lâché le technicien de 51 ans, les traits tirés.")
    (q,) = quotes
    assert speaker_name(q) == "Stéphane Collignon"


def test_an_elected_members_constituency_is_no_title(extract_fr) -> None:
    quotes = extract_fr("« Tout se fera dans les règles », a déclaré mardi l’honorable Albert Lotika Asumani, "
                        "président de l’Assemblée provinciale. L’élu de Banalia a indiqué qu’une session serait "
                        "convoquée.")
    q = only(quotes, "une session")
    assert speaker_name(q) == "Albert Lotika Asumani"
    assert q.title is not None and q.title.text == "président de l’Assemblée provinciale"


def test_a_report_named_in_marks_after_its_noun_is_no_quote(extract_fr) -> None:
    quotes = extract_fr("Dans ce courrier, elle dénonce une « logique purement comptable » et cite le rapport "
                        "sénatorial « Services publics : la fracture rurale », publié au printemps.")
    (q,) = quotes
    assert q.text == "une « logique purement comptable »"


def test_the_person_the_reporter_met_is_whom_the_next_pronoun_means(extract_fr) -> None:
    quotes = extract_fr("En tête, la secrétaire générale de la CGT, Nadège Carrel, s’est adressée à la presse. "
                        "« Nous irons jusqu’au retrait », a-t-elle lancé.\n\nÀ Lyon, notre journaliste a rencontré "
                        "Sylvie, 58 ans, aide-soignante aux Hospices civils de Lyon. « J’ai commencé à 19 ans », "
                        "témoigne-t-elle.")
    q = only(quotes, "J’ai commencé")
    assert speaker_name(q) == "Sylvie"
    assert q.title is not None and q.title.text == "aide-soignante aux Hospices civils de Lyon"


def test_a_union_members_noun_describes_the_unionist_named_before(extract_fr) -> None:
    quotes = extract_fr("En tête, la secrétaire générale de la CGT, Nadège Carrel, s’est adressée à la presse. "
                        "« Nous irons jusqu’au retrait, a martelé la cégétiste. Il n’y aura pas de trêve. »")
    q = only(quotes, "Nous irons")
    assert speaker_name(q) == "Nadège Carrel"
    assert q.title is not None and q.title.text == "secrétaire générale de la CGT"


def test_an_aside_between_dashes_comes_before_the_role(extract_fr) -> None:
    quotes = extract_fr("Aminata Tounkara – sans lien de parenté avec le chef de l’État –, coordinatrice du "
                        "collectif Debout Kondara, affirme avoir recensé « au moins 37 arrestations » de militants.")
    (q,) = quotes
    assert speaker_name(q) == "Aminata Tounkara"
    assert q.title is not None and q.title.text == "coordinatrice du collectif Debout Kondara"


def test_a_foreign_role_of_two_words_is_the_title(extract_fr) -> None:
    quotes = extract_fr("Damien Kerloc’h, team manager de l’écurie sarthoise Maine Endurance Racing, s’inquiète : « On "
                        "roule souvent en fin de journée. »")
    (q,) = quotes
    assert q.title is not None and q.title.text == "team manager de l’écurie sarthoise Maine Endurance Racing"


def test_a_description_resolved_to_no_one_is_no_antecedent_of_the_next(extract_fr) -> None:
    quotes = extract_fr("« Il est juste que les entreprises participent », a défendu samedi Beat Rüdisühli, conseiller "
                        "d’État chargé des Finances de Bâle-Ville. Le socialiste, dont nous avons traduit les propos, "
                        "insiste sur le fait que la contribution « ne touche pas un centime du salaire net ». Il juge "
                        "« infondées » les craintes exprimées en Alsace. « Personne ne paiera à la place des "
                        "entreprises », assure le grand argentier bâlois.")
    q = only(quotes, "Personne ne paiera")
    assert speaker_name(q) == "Beat Rüdisühli"


def test_a_ceo_is_a_role_in_french(extract_fr) -> None:
    quotes = extract_fr("Mais le CEO d’Olmea, Geert Van Rompaey, assume. « Nous ne fermons pas la banque, nous la "
                        "déplaçons », a-t-il dit.")
    (q,) = quotes
    assert q.title is not None and q.title.text == "CEO d’Olmea"


def test_a_noun_apposed_to_what_the_name_complements_is_not_the_persons_role(extract_fr) -> None:
    quotes = extract_fr("Le festival a annoncé le retrait des Nuits de Kervénec, deuxième long métrage de Salomé "
                        "Audrain, fiction librement inspirée de la mort d’un adolescent. « On a cédé à la peur », dit "
                        "Salomé Audrain.")
    (q,) = quotes
    assert speaker_name(q) == "Salomé Audrain" and (q.title is None or q.title.text != "fiction")


def test_a_bare_role_under_a_definite_article_before_a_full_name_is_the_title(extract_fr) -> None:
    quotes = extract_fr("Installé à Ganhi depuis vingt ans, le transitaire Euloge Tchobo dit perdre des clients "
                        "« chaque jour ». L’association Grolières Solidaires estime que ces opérations « ne servent à "
                        "rien ».")
    q = only(quotes, "perdre des clients")
    assert q.title is not None and q.title.text == "transitaire"
    assert only(quotes, "ces opérations").title is None


def test_a_role_after_another_noun_phrase_opens_on_its_own_article(extract_fr) -> None:
    quotes = extract_fr("« C’est une course contre la montre », a résumé devant les juges l’administrateur judiciaire, "
                        "Me Laurent Bessière, désigné en juin.")
    (q,) = quotes
    assert speaker_name(q) == "Laurent Bessière"
    assert q.title is not None and q.title.text == "administrateur judiciaire"


def test_the_head_of_a_body_named_by_its_kind_is_the_head_named_before(extract_fr) -> None:
    quotes = extract_fr("« Le creux n’est pas encore atteint », a averti mardi soir Pierre-Yves Gerber, président de "
                        "la FH, lors d’une conférence de presse à Bienne. Le patron de la faîtière a toutefois assuré "
                        "que la branche ne traversait pas une « crise structurelle ».")
    q = only(quotes, "la branche")
    assert speaker_name(q) == "Pierre-Yves Gerber"
    assert q.title is not None and q.title.text == "président de la FH"


@pytest.mark.parametrize(("label", "title"), [("(sans étiquette)", "maire (sans étiquette) de Baumeray"),
                                               ("(PS)", "maire de Baumeray")])
def test_a_partys_label_inside_the_role_does_not_end_it(extract_fr, label: str, title: str) -> None:
    quotes = extract_fr(f"« On nous demande de faire confiance », a lancé Gérard Pasquier, le maire {label} de "
                        "Baumeray, sous les applaudissements.")
    (q,) = quotes
    assert q.title is not None and q.title.text == title


def test_a_translation_in_brackets_after_the_quotation_leaves_its_incise(extract_fr) -> None:
    quotes = extract_fr("« Mon père est mort d’un cancer. Nou pa té sav » (on ne savait pas), a confié hier la "
                        "présidente, Gisèle Monrose.")
    (q,) = quotes
    assert q.type == "direct" and q.text == "Mon père est mort d’un cancer. Nou pa té sav"
    assert speaker_name(q) == "Gisèle Monrose" and q.verb is not None and q.verb.lemma == "confier"


def test_a_headlines_office_initials_are_the_person_whose_title_they_spell_below(extract_fr) -> None:
    quotes = extract_fr("Port de Cotonou : « Ces redevances ne sont pas négociables », tranche le DG\n\nFace à la "
                        "grogne, le directeur général du Port autonome de Cotonou, Armand Dègbèlo, a tenu hier une "
                        "conférence de presse. « Nous avons consulté tout le monde », a-t-il assuré.")
    q = only(quotes, "Ces redevances")
    assert speaker_name(q) == "Armand Dègbèlo"
    assert q.title is not None and q.title.text == "directeur général du Port autonome de Cotonou"


def test_an_organisations_description_apposed_before_its_name_is_no_title(extract_fr) -> None:
    quotes = extract_fr("Le principal syndicat de la profession, le SNCTA, dit vouloir « tenir tout l’été » si rien "
                        "ne bouge.")
    (q,) = quotes
    assert speaker_name(q) == "SNCTA" and q.title is None


def test_a_conjunction_opening_the_sentence_is_no_part_of_the_quotation(extract_fr) -> None:
    quotes = extract_fr("Le ministre recevra les syndicats lundi. Mais « le calendrier de la réforme n’est pas "
                        "négociable », a-t-il insisté.")
    q = only(quotes, "calendrier")
    assert q.type == "direct" and q.text == "le calendrier de la réforme n’est pas négociable"


def test_a_relative_after_a_role_set_off_as_a_conjunct_is_the_named_persons(extract_fr) -> None:
    quotes = extract_fr("« C’est la quatrième grève depuis Pâques », s’est agacé Laurent Guidicelli, PDG de la "
                        "compagnie Azuréa, qui dit avoir dû annuler 140 vols en deux jours.")
    q = only(quotes, "annuler")
    assert speaker_name(q) == "Laurent Guidicelli"


def test_a_singular_relative_does_not_agree_with_a_plural_antecedent(extract_fr) -> None:
    quotes = extract_fr("Plus de 74 000 personnes vivent dans les sites de déplacés installés autour de Bunia, selon "
                        "OCHA, qui parle d’une situation « au bord de la rupture ».")
    q = only(quotes, "rupture")
    assert speaker_name(q) == "OCHA"


def test_a_participle_after_an_inverted_auxiliary_is_the_incises_verb(extract_fr) -> None:
    quotes = extract_fr("Le gouverneur, Faustin Kabange, a parlé lundi. « Ceux qui veulent rester dans les sites en "
                        "ont le droit, a-t-il nuancé. Mais l’avenir de ces familles n’est pas sous les bâches. »")
    texts = [q.text for q in quotes]
    assert "Ceux qui veulent rester dans les sites en ont le droit" in texts
    for q in quotes:
        assert speaker_name(q) == "Faustin Kabange" and q.verb is not None and q.verb.lemma == "nuancer"


def test_a_negation_set_off_before_an_incise_does_not_negate_it(extract_fr) -> None:
    quotes = extract_fr("Le président parle. « Nous aurions dû réunir les locataires avant d’envoyer les avis, pas "
                        "après, concède-t-il. Mais une coopérative qui ne couvre plus ses charges finit par vendre. »")
    q = only(quotes, "réunir")
    assert q.text.endswith("pas après") and q.verb is not None and q.verb.lemma == "concéder"


def test_the_name_of_an_operation_in_marks_leaves_the_clause_indirect(extract_fr) -> None:
    quotes = extract_fr("La préfète a également rappelé que l’opération « Vignes solidaires », lancée après le gel "
                        "de 2021, pourrait être réactivée.")
    (q,) = quotes
    assert q.type == "indirect"


def test_a_name_under_a_topics_preposition_before_a_headline_colon_is_no_speaker(extract_fr) -> None:
    quotes = extract_fr("Hausse des loyers aux Sorbiers: « On nous demande de payer la rénovation deux fois »\n\nÀ "
                        "Vernier, la coopérative augmente ses loyers de 22 %.")
    (q,) = quotes
    assert q.speaker is None


def test_a_present_read_as_a_participle_in_an_inverted_incise_is_the_verb(extract_fr) -> None:
    quotes = extract_fr("L’hiver de Trévaz n’a rien d’exceptionnel, avertit Martine Hänni, climatologue à "
                        "l’Université de Lausanne.")
    (q,) = quotes
    assert speaker_name(q) == "Martine Hänni" and q.verb is not None and q.verb.lemma == "avertir"


def test_a_pronominal_verb_after_its_clitic_is_the_incise(extract_fr) -> None:
    quotes = extract_fr("« Avant, la caisse coûtait 5 000 francs », se désole Aïssatou Faye, présidente du "
                        "groupement.")
    (q,) = quotes
    assert speaker_name(q) == "Aïssatou Faye" and q.verb is not None and q.verb.lemma == "se désoler"


def test_a_given_name_spelt_like_a_role_opens_the_name(extract_fr) -> None:
    quotes = extract_fr("Les stocks sont « surexploités depuis plus de dix ans », rappelle Pape Samba Guèye, "
                        "chercheur au Centre de recherches océanographiques de Dakar-Thiaroye.")
    (q,) = quotes
    assert speaker_name(q) == "Pape Samba Guèye"
    assert q.title is not None and q.title.text.startswith("chercheur au Centre")


def test_an_institution_named_with_its_article_is_no_description_of_a_person(extract_fr) -> None:
    quotes = extract_fr("Paul, 58 ans, est aide-soignant. D’après la Métropole, 1 240 dossiers ont été acceptés "
                        "depuis janvier.")
    (q,) = quotes
    assert speaker_name(q) == "Métropole"


def test_a_name_with_a_figure_is_an_organisations(extract_fr) -> None:
    quotes = extract_fr("Selon Rue89 Strasbourg, la file d’attente s’étirait mardi jusqu’au Patio.")
    (q,) = quotes
    assert q.speaker is not None and q.speaker.kind == "organization"


def test_an_age_decade_noun_describes_the_person_named_before(extract_fr) -> None:
    quotes = extract_fr("Yacine, professeur des écoles en CM1, a vu sa classe déménager trois fois. « On a fait cours "
                        "dans la bibliothèque, puis dans un Algeco. Les enfants ne savent plus où ranger leurs "
                        "affaires », décrit ce trentenaire arrivé de Lille en 2019.")
    (q,) = quotes
    assert speaker_name(q) == "Yacine" and q.date is None


def test_a_participle_of_meeting_on_the_speaker_dates_the_saying(extract_fr) -> None:
    quotes = extract_fr("« C’est toujours les mêmes qui paient », résume un père croisé mercredi devant l’école.",
                        dt.date(2026, 9, 18))
    (q,) = quotes
    assert q.date is not None and q.date.text == "mercredi"


def test_a_profession_known_by_its_ending_describing_the_person_named_before_is_her_title(extract_fr) -> None:
    quotes = extract_fr("À Sainte-Livrade-sur-Lot, Sandrine Castagné a eu plus de chance. L’arboricultrice avait "
                        "fait poser l’an dernier des filets paragrêle sur ses 15 hectares. « Sous les filets, les "
                        "prunes sont intactes », raconte-t-elle.")
    (q,) = quotes
    assert speaker_name(q) == "Sandrine Castagné"
    assert q.title is not None and q.title.text == "arboricultrice"


def test_a_seasonal_worker_is_a_role(extract_fr) -> None:
    quotes = extract_fr("Fatima Ouali, 41 ans, vient de Fumel depuis douze ans pour ramasser les prunes. « Sans "
                        "prunes, pas de contrat », confie la saisonnière, rencontrée mardi dans le verger.")
    (q,) = quotes
    assert speaker_name(q) == "Fatima Ouali"
    assert q.title is not None and q.title.text == "saisonnière"
    assert q.date is not None and q.date.text == "mardi"


def test_a_participle_of_being_reached_after_an_inverted_incise_dates_the_saying(extract_fr) -> None:
    quotes = extract_fr("Sékou Diarra possède quinze camions. « Un camion qui ne roule pas, c’est de l’argent qui "
                        "brûle », a-t-il déploré, joint mardi au téléphone.")
    (q,) = quotes
    assert speaker_name(q) == "Sékou Diarra"
    assert q.date is not None and q.date.text == "mardi"


def test_marks_closing_a_title_before_a_comma_are_no_quotation(extract_fr) -> None:
    quotes = extract_fr("Dans un tract distribué hier et titré « Ligne 2 : les chauffeurs paient l’addition », le "
                        "syndicat réclame « des renforts immédiats ».")
    (q,) = quotes
    assert "renforts" in q.text and speaker_name(q) == "le syndicat"


def test_a_participle_completing_a_bodys_kind_is_part_of_its_name(extract_fr) -> None:
    quotes = extract_fr("Contactée mardi, la société chargée de l’équarrissage dans le département reconnaît que les "
                        "délais sont passés de 48 heures à près de cinq jours.")
    (q,) = quotes
    assert speaker_name(q) == "la société chargée de l’équarrissage dans le département"


def test_a_verbless_sentences_noun_is_no_antecedent_when_its_clause_names_the_person(extract_fr) -> None:
    quotes = extract_fr("Plusieurs directeurs sportifs ont estimé que cette descente n’aurait « jamais dû figurer » "
                        "au parcours. Une critique que rejette Martine Carrié, la présidente du comité d’organisation. "
                        "« La descente avait été reconnue avec les commissaires et la gendarmerie », assure-t-elle.")
    q = only(quotes, "descente avait")
    assert speaker_name(q) == "Martine Carrié"


def test_a_masculine_kin_noun_with_a_feminine_looking_ending_is_his_antecedent(extract_fr) -> None:
    quotes = extract_fr("Son père, Yannick Le Bihan, directeur sportif de l’Armor Cycling Team, ne voulait pas "
                        "dramatiser. « On ne gagne pas une course par étapes en étant frais tous les jours », a-t-il "
                        "insisté.")
    (q,) = quotes
    assert speaker_name(q) == "Yannick Le Bihan"


def test_a_role_over_a_body_is_no_title_of_the_body(extract_fr) -> None:
    quotes = extract_fr("« Ce n’est pas un rappel, c’est une punition », s’agace Bertrand Kerjean, président de "
                        "l’UFC-Que Choisir. L’UFC-Que Choisir exige qu’un véhicule de prêt soit proposé à chacun.")
    q = only(quotes, "véhicule de prêt")
    assert q.title is None


@pytest.mark.parametrize("body", ["La direction départementale de l’emploi, du travail et de la protection des "
                                  "populations", "La préfecture maritime de la Manche et de la mer du Nord"])
def test_a_bodys_coordinated_complements_are_part_of_its_name(extract_fr, body: str) -> None:
    quotes = extract_fr(f"{body} a indiqué que 214 foyers étaient confirmés.")
    (q,) = quotes
    assert speaker_name(q) == body


def test_a_profession_by_its_ending_tagged_a_participle_is_a_title(extract_fr) -> None:
    quotes = extract_fr("Jean-Pierre Chabal, castanéiculteur depuis quarante ans, exploite une douzaine d’hectares. "
                        "Son fils, Thomas Chabal, castanéiculteur lui aussi, a repris une partie des parcelles. "
                        "Selon lui, l’exploitation ne dépassera pas six tonnes cette année.")
    q = only(quotes, "six tonnes")
    assert speaker_name(q) == "Thomas Chabal"
    assert q.title is not None and q.title.text == "castanéiculteur"


def test_a_role_two_people_hold_means_the_one_named_last(extract_fr) -> None:
    quotes = extract_fr("Jean-Pierre Chabal, castanéiculteur depuis quarante ans, exploite une douzaine d’hectares. "
                        "Son fils, Thomas Chabal, castanéiculteur lui aussi, a repris une partie des parcelles.\n\n"
                        "La préfète a promis une aide.\n\n"
                        "Dans sa châtaigneraie, Jean-Pierre Chabal a fini par replier ses filets. « On appelait le "
                        "châtaignier l’arbre à pain », conclut le castanéiculteur.")
    q = only(quotes, "arbre à pain")
    assert speaker_name(q) == "Jean-Pierre Chabal"


def test_a_capitalised_name_word_that_is_a_role_is_no_role_description(extract_fr) -> None:
    quotes = extract_fr("Président de l’Union des pêcheurs artisans de Joal (UPAJ), Pape Moussa Thiaw connaissait "
                        "plusieurs des passagers. « Ce sont nos enfants », a-t-il confié hier. Le responsable "
                        "associatif accuse les chalutiers étrangers d’avoir « vidé la mer ».")
    q = only(quotes, "chalutiers")
    assert speaker_name(q) == "Pape Moussa Thiaw"


def test_a_stressed_pronoun_opening_its_sentence_is_its_subject(extract_fr) -> None:
    quotes = extract_fr("Mamadou Thiaw raccommode ses filets. Lui assure avoir refusé trois fois de céder son "
                        "embarcation aux passeurs.")
    (q,) = quotes
    assert speaker_name(q) == "Mamadou Thiaw"
    assert q.text.startswith("avoir refusé")


def test_a_bodys_name_closing_on_its_letters_keeps_its_participle(extract_fr) -> None:
    quotes = extract_fr("L'Union des commissionnaires en douane agréés du Togo (UCDAT) a fait savoir samedi, dans un "
                        "communiqué, qu'elle n'avait « à aucun moment » été consultée.")
    (q,) = quotes
    assert speaker_name(q) == "L'Union des commissionnaires en douane agréés du Togo"


def test_a_subject_before_a_quotation_inside_its_relative_is_no_incise(extract_fr) -> None:
    quotes = extract_fr("Le syndicat, dont les militants brandissaient lundi des pancartes proclamant « Pas de port "
                        "moderne sans dockers respectés », demande la signature d'une convention collective.")
    assert not any(speaker_name(q) == "la signature d'une convention collective" for q in quotes)
    assert not any(q.text.startswith("Le syndicat") for q in quotes)


def test_plaider_pour_reports_the_phrase_it_pleads_for(extract_fr) -> None:
    quotes = extract_fr("« Le port de Lomé a fait sa part », détaille l'économiste Awa Dosseh. Elle plaide pour une "
                        "« interopérabilité réelle » des systèmes douaniers.")
    q = only(quotes, "interopérabilité")
    assert q.type == "mixed" and q.text == "une « interopérabilité réelle » des systèmes douaniers"
    assert speaker_name(q) == "Awa Dosseh"


def test_a_clause_of_time_under_pendant_que_is_no_content(extract_fr) -> None:
    quotes = extract_fr("Plus de 21 000 Gaspésiens attendent un médecin. Une omnipraticienne de Chandler dit « tenir "
                        "la première ligne avec des bouts de ficelle », pendant que le ministre de la Santé assure "
                        "que des renforts arriveront « avant l’été ».")
    first, second = only(quotes, "ficelle"), only(quotes, "renforts")
    assert speaker_name(first) == "Une omnipraticienne de Chandler" and first.verb.text == "dit"
    assert speaker_name(second) == "le ministre de la Santé" and second.verb.text == "assure"


def test_a_counted_name_is_several_people_no_antecedent(extract_fr) -> None:
    quotes = extract_fr("« On ne fournit plus », lance la Dre Annie Bujold, médecin de famille à Chandler.\n\n"
                        "Au 1er janvier, 21 340 Gaspésiens étaient inscrits au Guichet.\n\n"
                        "La médecin de 41 ans estime que la région paie aujourd’hui « vingt ans de plans mal "
                        "calibrés ».")
    q = only(quotes, "vingt ans")
    assert speaker_name(q) == "Annie Bujold"


def test_an_infinitive_after_avant_de_opening_its_sentence_continues_the_speaker(extract_fr) -> None:
    quotes = extract_fr("Interrogé hier, Aimé-Clotaire Mabiala s’est dit « prêt à répondre à toutes les questions » "
                        "des élus. Avant de lancer, à l’adresse des abonnés : « Je demande aux Congolais de nous faire "
                        "confiance encore quelques semaines. »")
    q = only(quotes, "faire confiance")
    assert speaker_name(q) == "Aimé-Clotaire Mabiala"


def test_a_posture_after_an_incise_following_a_translation_is_no_second_half(extract_fr) -> None:
    quotes = extract_fr("Jocelyn, 67 ans, ne croit plus au retour. « Lavi m ap fini nan lekòl sa a » (ma vie va finir "
                        "dans cette école), lâche-t-il, assis sur une chaise en plastique devant la salle de classe.")
    (q,) = quotes
    assert q.text == "Lavi m ap fini nan lekòl sa a" and q.type == "direct"


def test_a_noun_inside_the_quotation_is_no_subject_of_the_incise_after_it(extract_fr) -> None:
    quotes = extract_fr("Son fils Hugo, 24 ans, n’a pas eu cette chance. « Ils ont essayé de transférer mon numéro sur "
                        "une autre carte SIM. C’est mon banquier qui a bloqué le virement », souffle le jeune homme, "
                        "technicien de maintenance chez un constructeur automobile.")
    (q,) = quotes
    assert speaker_name(q) == "Hugo"


def test_a_feminine_complement_before_a_name_gives_him_no_gender(extract_fr) -> None:
    quotes = extract_fr("Le ministre a défendu le texte.\n\n17:22\nLe député RN de la Somme Kevin Lefranc confirme "
                        "que son groupe votera « comme un seul homme ». « Ce gouvernement n’a plus de majorité », "
                        "dit-il.")
    q = only(quotes, "plus de majorité")
    assert speaker_name(q) == "Kevin Lefranc"


def test_a_role_fronted_before_a_pronoun_subject_is_the_persons(extract_fr) -> None:
    quotes = extract_fr("Dans la petite foule, Camille Ferrand ne cache pas son inquiétude. Sage-femme à Loches "
                        "depuis douze ans, elle a vu l’équipe fondre : « On était onze, on est sept. »")
    (q,) = quotes
    assert speaker_name(q) == "Camille Ferrand"
    assert q.title is not None and q.title.text.startswith("Sage-femme")


def test_a_stressed_pronoun_set_off_after_the_subject_is_no_incise(extract_fr) -> None:
    quotes = extract_fr("Le sénateur, lui, a accusé le gouvernement d'avoir « joué la montre » depuis la première "
                        "censure.")
    (q,) = quotes
    assert speaker_name(q) == "Le sénateur"
    assert q.verb is not None and q.verb.lemma == "accuser"


def test_the_subject_of_a_set_off_participle_read_as_main_verb_says_it(extract_fr) -> None:
    quotes = extract_fr("Le président du syndicat des taxis, Pierre-Marie Owona Ndzie, joint hier au téléphone, dit "
                        "« prendre acte » de la décision.")
    (q,) = quotes
    assert speaker_name(q) == "Pierre-Marie Owona Ndzie"


@pytest.mark.parametrize("text", [
    "Les données publiées mercredi par l’Observatoire confirment l’ampleur du repli. Elles montrent que les recettes "
    "des exportations ont chuté de moitié.",
    "L'échevin s'appuie sur une étude commandée par la Ville. Celle-ci conclut que septante pour cent des places "
    "sont occupées avant 9 heures.",
])
def test_a_pronoun_taking_up_a_document_states_a_finding(extract_fr, text: str) -> None:
    assert extract_fr(text) == []


def test_a_question_with_pourquoi_is_no_statement(extract_fr) -> None:
    assert extract_fr("La présidente lui a ensuite demandé pourquoi il n'avait pas dormi sur place.") == []


def test_a_name_in_brackets_after_a_headlines_quotation(extract_fr) -> None:
    quotes = extract_fr("Accueil > ÉDUCATION\n\nGrève dans les universités : « Nous ne retournerons pas dans les "
                        "amphis » (Pr Abdou Karim Diédhiou, SG du SAES)\n\nLe SAES a tenu une conférence de presse.")
    q = only(quotes, "amphis")
    assert speaker_name(q) == "Abdou Karim Diédhiou"


def test_after_a_rally_dates_the_saying(extract_fr) -> None:
    (q,) = extract_fr("Interrogée après le rassemblement, la députée a reconnu que la démographie médicale était "
                      "« un vrai sujet ».")
    assert q.date is not None and q.date.text == "après le rassemblement"


def test_a_pronoun_goes_back_past_the_outlet_that_reached_the_person(extract_fr) -> None:
    quotes = extract_fr(
        "Raphaël Darbellay, chef d’intervention chez Air-Glaciers, était à bord du premier hélicoptère. « Ils avaient "
        "tout le matériel et ils savaient s’en servir », souligne-t-il.\n\nMathieu Pralong, 34 ans, fait partie des "
        "deux blessés. Ingénieur dans un bureau lausannois, il s’en sort avec une clavicule cassée. Blick l’a joint "
        "jeudi par téléphone dans sa chambre de l’hôpital de Sion.\n\n« J’ai entendu un bruit sourd, comme un coup de "
        "tonnerre étouffé », se souvient-il.")
    q = only(quotes, "bruit sourd")
    assert speaker_name(q) == "Mathieu Pralong"
    assert q.title is not None and q.title.text == "Ingénieur dans un bureau lausannois"


def test_a_relation_fronted_before_a_pronoun_is_no_title(extract_fr) -> None:
    quotes = extract_fr("Mélanie Ouellet attend l'autobus depuis une heure avec ses enfants. Mère de trois enfants à "
                        "Sainte-Rose, elle n’en peut plus. « C'est la troisième fois cette semaine », résume-t-elle.")
    q = only(quotes, "troisième fois")
    assert speaker_name(q) == "Mélanie Ouellet"
    assert q.title is None


def test_the_agent_of_a_participle_keeps_the_name_apposed_to_its_role(extract_fr) -> None:
    quotes = extract_fr(
        "Depuis minuit, l'arrêté signé le 24 novembre par le gouverneur de la région du Littoral, Jean-Claude Eyenga "
        "Mbarga, est entré en vigueur.\n\nInterrogé samedi sur les antennes de la CRTV, le patron de la région a "
        "défendu une décision « mûrement réfléchie ».")
    (q,) = quotes
    assert speaker_name(q) == "Jean-Claude Eyenga Mbarga"
    assert q.title is not None and q.title.text == "gouverneur de la région du Littoral"


def test_an_outlet_that_reached_a_speaker_is_no_person_anywhere(extract_fr) -> None:
    quotes = extract_fr(
        "« Ce n’est pas de la répression, c’est de la protection », a affirmé ce jeudi Antoine Derval au micro de "
        "France Inter.\n\nJointe par France Inter, la présidente du Syndicat de la magistrature, Claire Hamon, a "
        "dénoncé un texte « d'affichage ».\n\n« Sur le principe, on ne peut qu’être d’accord », s’interroge Yannick "
        "Le Goff, secrétaire général d’Alliance Police nationale, joint par France Inter. Le syndicaliste rappelle que "
        "les effectifs de nuit ont fondu depuis cinq ans.")
    q = only(quotes, "effectifs de nuit")
    assert speaker_name(q) == "Yannick Le Goff"


def test_a_parliamentarian_takes_up_a_senator_and_her_title(extract_fr) -> None:
    (q,) = extract_fr("Martine Colas-Royer, sénatrice (LR) de la Sarthe, s’est elle aussi emparée du dossier. Dans un "
                      "courrier envoyé mardi au ministre de la Santé, la parlementaire réclame un moratoire sur les "
                      "fermetures de maternités.")
    assert speaker_name(q) == "Martine Colas-Royer"
    assert q.title is not None and q.title.text == "sénatrice de la Sarthe"


def test_a_number_closing_the_roles_complement(extract_fr) -> None:
    (q,) = extract_fr("Joint mercredi, le conseiller du district 8, Jean-Luc Provencher, a dit ne pas s’opposer au "
                      "projet « sur le fond ».")
    assert speaker_name(q) == "Jean-Luc Provencher"
    assert q.title is not None and q.title.text == "conseiller du district 8"


def test_a_name_apposed_to_a_role_of_the_subjects_complement_keeps_the_subject(extract_fr) -> None:
    (q,) = extract_fr("À Québec, le cabinet de la ministre des Affaires municipales, Geneviève Lachance-Bérubé, dit "
                      "suivre la situation « de près ».")
    assert q.speaker is not None and "cabinet" in q.speaker.text


def test_an_opinion_of_a_social_worker_named_before(extract_fr) -> None:
    (q,) = extract_fr("Loin de l’hémicycle, Marie-Josée Lagesse ne se fait guère d’illusions. Pour la travailleuse "
                      "sociale, la saisie de 42 kg « ne change rien à la réalité de la rue ».")
    assert speaker_name(q) == "Marie-Josée Lagesse"
    assert q.text.startswith("la saisie")
