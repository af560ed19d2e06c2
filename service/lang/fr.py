"""French: reporting verbs, roles, pronouns, date words and quote marks."""

from __future__ import annotations

import re

from service.lang import LanguageTables, Pronoun, periphrases


def _words(block: str) -> frozenset[str]:
    return frozenset(w.strip() for w in block.split() if w.strip())


# Verbs of saying, stating, asking, judging and announcing (lemmas as Stanza gives them).
REPORTING_VERBS = _words("""
    tacler cingler persifler riposter grincer anticiper parler
    déclarer dire affirmer ajouter souligner estimer indiquer préciser expliquer assurer reconnaître
    reconnaitre nier démentir annoncer avertir prévenir exhorter insister marteler réagir confier raconter
    rappeler répondre répliquer rétorquer lancer poursuivre conclure noter observer remarquer constater
    corriger rectifier nuancer tempérer relativiser
    signaler mentionner révéler confirmer admettre avouer concéder juger considérer penser croire espérer
    craindre redouter regretter déplorer dénoncer condamner critiquer fustiger accuser reprocher protester
    saluer clamer proclamer crier hurler murmurer chuchoter souffler glisser lâcher commenter résumer
    détailler développer argumenter arguer plaider soutenir maintenir réaffirmer réitérer répéter redire
    revendiquer réclamer exiger demander appeler inviter encourager conseiller recommander suggérer proposer
    promettre jurer garantir certifier attester témoigner relater rapporter écrire tweeter publier
    communiquer informer notifier signifier insinuer prétendre alléguer objecter contester réfuter rejeter
    récuser nuancer relativiser convenir confesser prédire pronostiquer prévoir alerter menacer interroger
    questionner renchérir surenchérir abonder acquiescer approuver qualifier décrire évoquer
    citer souhaiter ironiser plaisanter railler tancer tonner fulminer dévoiler divulguer trancher asséner
    assener balayer écarter clarifier spécifier énoncer formuler stipuler prôner préconiser exprimer
    adresser transmettre relayer presser enjoindre sommer supplier implorer prier inciter implorer
    annoncer confier raconter s'exclamer rassurer démontrer prouver reconnaître analyser expliciter
    commenter diagnostiquer résumer conclure nommer jurer réagir pester grogner soupirer sourire
    tempêter vanter louer féliciter remercier avancer soulever pointer relever estimer calculer chiffrer
    projeter conjecturer supposer présumer deviner imaginer juger évaluer apprécier certifier affirmer
    mentionner charger dénigrer défendre justifier motiver invoquer alléguer opposer interpeller
    sermonner admonester blâmer incriminer mettre souhaiter appeler recommander déconseiller implorer
    plaider rapporter retracer décrire dépeindre répertorier recenser enumérer énumérer
""")

PRONOMINAL_VERBS = {
    "indigner": "s'indigner", "exclamer": "s'exclamer", "écrier": "s'écrier", "insurger": "s'insurger",
    "inquiéter": "s'inquiéter", "féliciter": "se féliciter", "réjouir": "se réjouir", "dire": "se dire",
    "déclarer": "se déclarer", "demander": "se demander", "interroger": "s'interroger",
    "étonner": "s'étonner", "alarmer": "s'alarmer", "émouvoir": "s'émouvoir", "plaindre": "se plaindre",
    "emporter": "s'emporter", "agacer": "s'agacer", "offusquer": "s'offusquer", "moquer": "se moquer",
    "engager": "s'engager", "exprimer": "s'exprimer", "défendre": "se défendre", "justifier": "se justifier",
    "vanter": "se vanter", "targuer": "se targuer", "montrer": "se montrer", "élever": "s'élever",
    "opposer": "s'opposer", "prononcer": "se prononcer", "réclamer": "se réclamer", "confier": "se confier",
    "lamenter": "se lamenter", "récrier": "se récrier", "souvenir": "se souvenir", "rappeler": "se rappeler",
}

# Verbs of manner or mood that report only as an incise after a quotation (`« … », savourait le demi
# d'ouverture`, `s'amuse-t-elle`): not verbs of saying elsewhere (`il savoure sa victoire`), listed for their
# forms (the lemmatizer garbles them: `savourait` -> `savoir`) and their reflexive lemma.
INCISE_VERBS = _words("""
    savourer jubiler exulter rigoler fanfaronner grimacer trépigner bougonner maugréer ronchonner râler
    triompher positiver philosopher sourire rire soupirer plaisanter ironiser enchaîner
""")
INCISE_PRONOMINAL = {
    "amuser": "s'amuser", "enthousiasmer": "s'enthousiasmer", "esclaffer": "s'esclaffer",
    "impatienter": "s'impatienter", "énerver": "s'énerver", "marrer": "se marrer", "enflammer": "s'enflammer",
    "désoler": "se désoler", "réjouir": "se réjouir", "féliciter": "se féliciter", "agacer": "s'agacer",
}

MULTIWORD_VERBS = {
    ("faire", "savoir"): "faire savoir", ("faire", "valoir"): "faire valoir",
    ("faire", "remarquer"): "faire remarquer", ("faire", "observer"): "faire observer",
    ("faire", "part"): "faire part", ("laisser", "entendre"): "laisser entendre",
    ("mettre", "garde"): "mettre en garde", ("faire", "état"): "faire état",
    ("tirer", "sonnette"): "tirer la sonnette d'alarme", ("mettre", "avant"): "mettre en avant",
}

NP_CLAIM_VERBS = _words("""
    nier démentir revendiquer souligner réitérer réaffirmer confirmer dénoncer réclamer exiger condamner
    contester réfuter rejeter admettre fustiger critiquer saluer évoquer
    avouer prédire marteler rappeler garantir tancer railler
""") | {"mettre en avant"}

DIRECTIVE_VERBS = _words("exhorter appeler inviter encourager presser enjoindre sommer supplier implorer prier inciter")

OBJECT_PREDICATE_VERBS = DIRECTIVE_VERBS | _words("""
    conseiller qualifier décrire présenter traiter saluer accuser juger estimer
""")

INFINITIVE_VERBS = _words("""
    reconnaître reconnaitre affirmer déclarer dire nier assurer admettre avouer estimer penser croire
    promettre jurer menacer prétendre démentir certifier confirmer regretter craindre espérer annoncer
    indiquer expliquer assurer garantir appeler contester réfuter récuser soutenir maintenir déplorer rappeler
    raconter confier répéter marteler réitérer réaffirmer recommander préconiser conseiller
""") | {"se dire", "se déclarer", "s'engager", "se vanter", "se féliciter", "se targuer", "se défendre"}


PRONOUNS = {
    "il": Pronoun("Masc", "Sing"), "elle": Pronoun("Fem", "Sing"),
    "ils": Pronoun("Masc", "Plur"), "elles": Pronoun("Fem", "Plur"),
    "lui": Pronoun("Masc", "Sing"), "eux": Pronoun("Masc", "Plur"),
}

NON_SUBJECTS = _words("""
    que qu' qu le la l' les lui leur y en se s' -t t -t- ce c' cela ça ceci celui dont où
""")

FIRST_SECOND_PERSON = _words("je j' moi me m' nous vous tu toi te t' on")

HONORIFICS = _words("M. M Mme Mme. Mlle MM. Mmes Me Me. Dr Dr. Dre Dre. Pr Pr. Pre Mgr Monsieur Madame Mademoiselle "
                    # (religious forms of address: `le père Luc Vernier`, `sœur Marie-Laure Fabre`)
                    "père Père sœur Sœur soeur Soeur frère Frère abbé Abbé "
                    # (a member of parliament's form of address in Africa and the Indian Ocean: `l'honorable X`)
                    "honorable Honorable")

# (the first block: trades, crafts, farming, care, school and sport roles news gives people, `X, papetier
# depuis trente ans,`)
TITLE_NOUNS = _words("""
    perchman pisteur pisteuse dj disc-jockey propriétaire
    coordonnateur coordonnatrice marchande cultivateur cultivatrice copropriétaire piéton
    chasseur chasseuse trappeur trappeuse papetier papetière bobinier bobinière planteur planteuse cueilleur
    cueilleuse garde-chasse garde-forestier fermier fermière paysan paysanne pépiniériste vendangeur vendangeuse
    bûcheron bûcheronne élagueur élagueuse paysagiste soigneur soigneuse matelot docker plongeur plongeuse
    ébéniste serrurier serrurière forgeron forgeronne carreleur carreleuse couvreuse grutier grutière soudeur
    soudeuse chauffagiste programmeur programmeuse graphiste designer manutentionnaire magasinier magasinière
    métallurgiste contremaître contremaîtresse camionneur camionneuse aviateur aviatrice hôtesse déménageur
    déménageuse ergothérapeute psychothérapeute thérapeute psychanalyste orthodontiste neurochirurgien
    neurochirurgienne réanimateur réanimatrice biochimiste chirurgien-dentiste chirurgienne-dentiste secouriste
    sauveteur sauveteuse maître-nageur maître-nageuse éducateur éducatrice doctorant doctorante collégien
    collégienne écolier écolière apprenti apprentie stagiaire documentaliste
    archiviste enseignant-chercheur enseignante-chercheuse épicier épicière antiquaire brocanteur brocanteuse
    cafetier aubergiste fiscaliste auditeur auditrice expert-comptable experte-comptable pompiste réceptionniste
    vigile gouvernante nourrice barman barmaid sommelier sommelière charcutier charcutière poissonnier
    poissonnière fromager fromagère chocolatier chocolatière caviste bijoutier bijoutière luthier luthière
    céramiste boulanger-pâtissier boulangère-pâtissière tatoueur tatoueuse éboueur éboueuse géomètre dessinateur
    dessinatrice illustrateur illustratrice traducteur traductrice accompagnateur accompagnatrice détective
    auto-entrepreneur auto-entrepreneuse
    dramaturge vidéaste monteur monteuse caméraman essayiste polémiste conteur conteuse humoriste clown
    mannequin influenceur influenceuse youtubeur youtubeuse blogueur blogueuse rappeur rappeuse ténor
    violoncelliste créateur créatrice pigiste poétesse auteure docteure tenniswoman rugbywoman volleyeur
    volleyeuse hockeyeur hockeyeuse karatéka lutteur lutteuse haltérophile kayakiste canoéiste équipier
    équipière coéquipier coéquipière demi-fondeur demi-fondeuse pongiste vice-capitaine
    recruteur recruteuse skateur skateuse tireur jockey sélectionneuse snowboardeuse sous-préfet sous-préfète
    douanier douanière démineur démineuse garde-frontière haut-fonctionnaire trésorière huissière bâtonnière
    courtière investisseuse officière commandante lieutenante député-maire sénatrice-maire maire-adjoint
    maire-adjointe co-président co-présidente coauteur coautrice ex-maire ex-député ex-députée ex-présidente
    abbé abbesse vicaire diacre moine moniale nonne ayatollah missionnaire évangéliste prédicateur prédicatrice
    théologien théologienne plaignant plaignante soldat soldate légionnaire
    parachutiste fantassin sapeur réserviste vétéran vétérane sous-lieutenant
    sous-lieutenante
    édile édiles garde pilote coureur coureuse
    enquêteur enquêtrice adjudant adjudante adjudant-chef adjudante-cheffe brigadier brigadière brigadier-chef
    brigadière-cheffe
    sergent sergente sergent-chef caporal caporale caporal-chef lieutenant-colonel sous-officier contre-amiral
    vice-amiral médecin-chef légiste
    coroner coronère économe conservateur conservatrice attaché attachée protecteur protectrice vérificateur
    vérificatrice sous-ministre politiste ethnologue linguiste statisticien statisticienne sondeuse agronome
    collaborateur collaboratrice aumônier aumônière curé nonce pasteur pasteure rectrice doyenne proviseur
    proviseure
    président présidente vice-président vice-présidente ministre premier porte-parole secrétaire gouverneur
    gouverneure sénateur sénatrice député députée eurodéputé eurodéputée maire commissaire directeur
    directrice chef cheffe ambassadeur ambassadrice conseiller conseillère représentant représentante
    responsable dirigeant dirigeante leader général générale colonel amiral commandant lieutenant capitaine
    officier militaire juge procureur procureure avocat avocate chancelier chancelière roi reine prince
    princesse pape patron patronne pdg PDG ceo CEO
    fondateur fondatrice cofondateur cofondatrice co-fondateur co-fondatrice
    analyste expert experte économiste scientifique chercheur
    chercheuse professeur professeure historien historienne politologue journaliste rédacteur rédactrice
    éditorialiste correspondant correspondante envoyé envoyée négociateur négociatrice
    formateur formatrice préformateur préformatrice informateur informatrice conciliateur conciliatrice
    médiateur émissaire
    délégué déléguée haut-commissaire candidat candidate élu élue militant militante syndicaliste
    coordinateur coordinatrice administrateur administratrice gérant gérante garant garante trésorier argentier
    landammann
    entraîneur
    sélectionneur joueur joueuse préfet préfète médecin docteur infirmier infirmière scientifique
    épidémiologiste virologue spécialiste sociologue philosophe écrivain écrivaine auteur autrice
    réalisateur réalisatrice cinéaste acteur actrice chanteur chanteuse artiste peintre sculpteur sculptrice
    styliste universitaire gymnaste adjoint adjointe chargé chargée
    fonctionnaire diplomate homologue successeur prédécesseur ex-président ex-ministre souverain monarque
    émir prêtre évêque archevêque cardinal imam rabbin recteur doyen chef-adjoint vice-ministre
    substitut substitute greffier greffière assesseur assesseure diététicien diététicienne nutritionniste
    premier-ministre magistrat magistrate bâtonnier sous-secrétaire secrétaire-général inspecteur
    inspectrice commissaire-priseur patriarche président-directeur directeur-général consul consule
    coprésident coprésidente climatologue glaciologue océanographe météorologue prévisionniste
    démographe géographe géopolitologue anthropologue psychologue psychiatre pédiatre urgentiste chirurgien
    chirurgienne pharmacien pharmacienne vétérinaire ingénieur ingénieure architecte urbaniste juriste
    constitutionnaliste notaire huissier commissaire-enquêteur sapeur-pompier pompier
    gendarme policier policière agriculteur agricultrice éleveur éleveuse viticulteur commerçant commerçante
    artisan entrepreneur entrepreneuse investisseur banquier banquière trader courtier consultant consultante
    lobbyiste sondeur présentateur présentatrice animateur animatrice chroniqueur chroniqueuse
    photographe producteur productrice metteur compositeur compositrice romancier romancière poète
    président-élu députée-maire sénateur-maire conseiller-maire secrétaire-adjoint directrice-générale
    directeur-adjoint directrice-adjointe vice-présidente-exécutive pdg-adjoint capitaine-adjoint
    arbitre manager dirigeant-fondateur délégué-général déléguée-générale rapporteur rapporteure
    ombudsman défenseur défenseure médiatrice bourgmestre échevin échevine syndic tavana attaquant attaquante gardien
    gardienne ailier ailière buteur buteuse technicien technicienne demi ouvreur talonneur pilier troisième-ligne
    deuxième-ligne avant-centre pivot passeur passeuse libéro sprinteur sprinteuse grimpeur grimpeuse rouleur
    coach copilote meneuse référent référente portier portière assistant assistante
    vigneron vigneronne viticultrice boulanger boulangère artisane chauffeur chauffeuse ouvrier ouvrière
    enseignant enseignante instituteur institutrice numéro pêcheur pêcheuse entraîneuse interprète comédien
    comédienne scénariste champion championne athlète navigateur navigatrice skipper danseur danseuse
    musicien musicienne milieu médian arrière latéral meneur fleuriste libraire restaurateur restauratrice boucher
    bouchère coiffeur coiffeuse garagiste plombier maraîcher maraîchère vendeur vendeuse caissier caissière
    serveur serveuse cuisinier cuisinière hôtelier hôtelière buraliste astronaute spationaute alpiniste
    mareyeur mareyeuse marin armateur armatrice ostréiculteur ostréicultrice conchyliculteur
    explorateur exploratrice négociant négociante aîné aînée pénaliste
    skieur skieuse tenant tenante détenteur détentrice lauréat lauréate cycliste nageur nageuse biathlète
    patineur patineuse fondeur fondeuse snowboardeur surfeur surfeuse golfeur golfeuse boxeur boxeuse judoka
    escrimeur escrimeuse rameur rameuse footballeur footballeuse handballeur handballeuse basketteur
    basketteuse rugbyman tennisman perchiste marathonien marathonienne triathlète sauteur sauteuse lanceur
    lanceuse finaliste slalomeur slalomeuse descendeur descendeuse
    syndique éditeur éditrice céréalier céréalière producteur productrice guitariste
    bassiste batteur batteuse pianiste violoniste parolier parolière compositeur compositrice municipal municipale
    agent agente abonné abonnée supporter supportrice spectateur spectatrice vacancier vacancière commerçant
    commerçante
    aide-soignant aide-soignante sage-femme ambulancier ambulancière brancardier brancardière auxiliaire
    puériculteur puéricultrice kinésithérapeute kiné dentiste orthophoniste ostéopathe généraliste cardiologue
    neurologue oncologue cancérologue radiologue dermatologue gynécologue gynécologue-obstétricien
    obstétricien obstétricienne anesthésiste infectiologue immunologue pneumologue addictologue biologiste
    généticien généticienne entomologiste zoologiste botaniste écologue géologue hydrologue volcanologue
    sismologue astronome astrophysicien astrophysicienne physicien physicienne chimiste mathématicien
    mathématicienne archéologue criminologue guide moniteur monitrice développeur développeuse associé associée
    mairesse préposé préposée auteur-compositeur-interprète auteur-compositeur
    sortant sortante retraité retraitée prévenu prévenue facteur factrice postier postière cheminot cheminote conducteur
    conductrice contrôleur contrôleuse employé employée salarié salariée travailleur travailleuse étudiant étudiante
    lycéen lycéenne
    concierge bibliothécaire jardinier jardinière menuisier menuisière maçon couvreur pâtissier pâtissière
    mytiliculteur mytilicultrice livreur livreuse coursier coursière préparateur préparatrice
    saisonnier saisonnière taximan moto-taximan
    collecteur collectrice réparateur réparatrice planteur planteuse cultivateur cultivatrice exportateur
    exportatrice grossiste
    mineur critique maître maîtresse
""")

ORGANIZATION_NOUNS = _words("""
    ministère gouvernement armée agence journal quotidien hebdomadaire magazine site média chaîne radio
    télévision entreprise société groupe parti syndicat association ong ONG organisation commission conseil
    comité parlement assemblée sénat cour tribunal parquet police gendarmerie mairie préfecture ambassade
    état-major service office institut banque fédération union alliance coalition administration cabinet
    présidence direction bureau département agence-presse kremlin Kremlin régime opposition diplomatie
    justice douane marine aviation intersyndicale collectif confédération ligue club municipalité rectorat
    université hôpital fondation observatoire inspection chambre mutuelle caisse compagnie autorité
    coopérative firme constructeur opérateur exploitant gestionnaire laboratoire clinique
    presse médias journaux tabloïd réseau majorité équipe rédaction délégation
    métropole région collectivité agglomération intercommunalité
""")

# Casefolded, accents stripped: words inside a proper name that make it an organisation's name.
ORGANIZATION_NAME_WORDS = _words("""
    journal times post news press agence ministere maison conseil parti union organisation fondation
    institut banque tribunal cour commission assemblee parlement reuters afp tass bbc cnn associated
    presse monde figaro liberation express point obs tribune echos gazette herald telegraph guardian
    tv radio group groupe corporation inc ltd sa
    international internationale watch frontieres unies
    ligue league club fc ac sc vfl vfb sporting racing olympique stade affaires
    parisien republicain
    sarl sas transports autocars ambulances etablissements laboratoires editions taxis garage chantiers
    operation sante
""")

# Nouns for a party's member or a political leaning (`la libérale`, `le centriste`): after a definite article they
# describe someone already named, like a nationality.
POLITICAL_NOUNS = _words("""
    centriste libérale libéral socialiste écologiste conservateur conservatrice insoumis insoumise macroniste
    frontiste gaulliste communiste travailliste républicain républicaine démocrate nationaliste souverainiste
    opposant opposante cégétiste cédétiste
""")

PERSON_NOUNS = _words("""
    locataire locataires camarade camarades voisine amie compagne compagnon cousin cousine oncle tante élève élèves
    lycéen lycéenne
    lycéens étudiant étudiante étudiants cadre cadres collaborateur collaboratrice collaborateurs militante
    militants sympathisant sympathisants partisan partisans soignant soignante soignants soignantes riverain
    riveraine riverains salarié salariée salariés usager usagère usagers
    source sources mari épouse femme homme père mère fils fille frère sœur proche proches habitant habitants
    organisateur organisateurs organisatrice organisatrices
    témoin témoins victime victimes soldat soldats responsable responsables expert experts observateur
    observateurs diplomate diplomates officiel officiels autorités enquêteur enquêteurs secouriste
    secouristes médecin médecins militaire militaires élu élus manifestant manifestants résident résidents
    voisin voisins ami amis famille collègue collègues spécialiste spécialistes analyste analystes
    chercheur chercheurs dirigeant dirigeants membre membres représentant représentants personne gens
    interlocuteur entourage avocat avocats procureur journaliste journalistes média médias agence
""") | POLITICAL_NOUNS

DAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
RELATIVE_DAYS = {"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "avant-hier": -2, "la veille": -1,
                 "la veille au soir": -1, "la veille au matin": -1,
                 "l'avant-veille": -2, "l’avant-veille": -2, "ce matin": 0, "ce soir": 0,
                 "cet après-midi": 0, "cette nuit": 0, "dans la journée": 0, "plus tôt dans la journée": 0,
                 "plus tard dans la journée": 0, "hier soir": -1, "hier matin": -1,
                 "en soirée": 0, "en matinée": 0}

_DAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_MONTH = "(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)"
# (`avant-midi`: Canadian French for the morning)
_PART = (r"(?:matin|soir|après-midi|apres-midi|avant-midi|midi|nuit|dans la soirée|dans la matinée"
         r"|à\s+l[’']aube|au\s+petit\s+matin"
         r"|en\s+(?:fin|début)\s+(?:de\s+(?:journ[ée]e|matin[ée]e|soir[ée]e)|d[’']après-midi))")
# Events a statement is made after (`après le vote`): the saying's occasion, dated by it.
_EVENT = (r"(?:(?:réunion|vote|match|rencontre|audience|séance|conférence|point\s+presse|débat|verdict|décision"
          r"|sommet|course|étape|finale|défaite|victoire|annonce|élection|cérémonie|entretien|procès|audition"
          r"|représentation|spectacle|concert|projection|entraînement|manifestation|rassemblement|marche|visite"
          r"|assemblée"
          r"|négociation|discussion|interview|épreuve|signature)s?"
          # (a play's `première`, not an ordinal: `après la première vague`)
          r"|première(?!\s+(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)[a-zà-ÿ]))")
DATE_PATTERN = (
    r"(?<![\w-])(?:"
    # (a night across two days: `dans la nuit de lundi à mardi`, `la nuit du 3 au 4 mars`)
    rf"(?:dans\s+)?la\s+nuit\s+(?:de\s+{_DAY}\s+à\s+{_DAY}|du\s+\d{{1,2}}(?:er)?\s+au\s+\d{{1,2}}(?:er)?\s+{_MONTH})"
    rf"|(?:le\s+|ce\s+|hier\s+)?{_DAY}(?:\s+\d{{1,2}}(?:er)?\s+{_MONTH}(?:\s+\d{{4}})?)?(?:\s+{_PART})?(?:\s+derni(?:er|ère))?"
    r"(?:\s+(?:à\s+)?\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?(?![\w-]))?"
    rf"|(?:le\s+|depuis\s+le\s+)?\d{{1,2}}(?:er)?\s+{_MONTH}(?:\s+\d{{4}})?"
    rf"|(?:en|début|fin|mi-)\s*{_MONTH}(?:\s+\d{{4}})?"
    r"|plus\s+t[ôo]t\s+dans\s+la\s+(?:journ[ée]e|semaine|matin[ée]e|soir[ée]e)"
    r"|plus\s+tard\s+dans\s+la\s+(?:journ[ée]e|semaine|soir[ée]e)"
    r"|plus\s+t[ôo]t\s+(?:ce\s+mois-ci|cette\s+semaine|cette\s+ann[ée]e)"
    r"|(?:la\s+|cette\s+)?semaine\s+derni[èe]re|(?:le\s+)?mois\s+dernier|l[’']an\s+dernier"
    r"|l[’']ann[ée]e\s+derni[èe]re|le\s+week-end\s+dernier|ce\s+week-end|cette\s+semaine|ce\s+mois-ci"
    r"|avant-hier|hier(?:\s+(?:soir|matin|après-midi))?|aujourd[’']hui|la\s+veille(?:\s+au\s+(?:soir|matin)|\s+(?:du|des|de\s+la|de\s+l[’'])\s*(?!soir|matin)[\w-]+)?|l[’']avant-veille"
    r"|ce\s+matin|ce\s+soir|cet\s+après-midi|cette\s+nuit|dans\s+la\s+journ[ée]e"
    r"|le\s+lendemain(?:\s+(?:matin|soir))?|le\s+soir\s+même|ce\s+(?:matin|soir|jour)-là|cet\s+après-midi-là"
    r"|(?:(?:peu|juste|bien)\s+)?(?:après|avant)\s+minuit|à\s+minuit"
    # (a clock time only with its approximation: `peu après 18 heures`, `vers 7 h 30`; a bare `à 18 heures` may be
    # anything's time)
    r"|(?:(?:peu|juste|bien)\s+(?:après|avant)|vers|aux\s+alentours\s+de)\s+\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?(?![\w-])"
    r"|au\s+petit\s+matin|en\s+(?:(?:fin|début)\s+de\s+)?(?:journ[ée]e|matin[ée]e|soir[ée]e)"
    r"|en\s+(?:fin|début)\s+d[’']après-midi|en\s+(?:fin|début|milieu)\s+de\s+semaine"
    rf"|dans\s+(?:l[’']après-midi|la\s+soir[ée]e|la\s+matin[ée]e|la\s+nuit)(?:\s+d[ue]\s+{_DAY})?"
    r"|en\s+(?:19|20)\d\d"
    # the occasion of the saying (`a confié ensuite`, `a déclaré après la réunion`, `à l'issue du match`)
    # (a capital `À` is often typed `A`: `A la sortie de la séance`)
    rf"|ensuite|(?:(?:(?:peu|juste|bien)\s+)?après|(?:[àa]\s+l[’']issue|au\s+terme|[àa]\s+la\s+sortie|au\s+sortir)"
    rf"\s+d(?:e|u|es))\s+"
    rf"(?:(?:la|le|l[’']|les|une?|sa|son|ses|cette|ce)\s*)?(?:[\w-]+\s+){{0,2}}?{_EVENT}"
    # (with its complement: `à l'issue de la réunion de crise`, `après l'annonce du préavis`)
    r"(?:\s+(?:de\s+(?:la\s+|l[’']\s*)?|du\s+|des\s+|d[’']\s*)[a-zà-ÿ][\w-]*)?"
    rf"|en\s+fin\s+d(?:e\s+|[’'])\s*{_EVENT}"
    # (leaving a place, the occasion: `à sa sortie de l'hémicycle`, `à sa sortie du tribunal`, `à sa sortie`)
    r"|[àa]\s+(?:sa|leur)\s+sortie(?:\s+(?:de\s+(?:la\s+|l[’']\s*)?|du\s+|des\s+|d[’']\s*)[\w-]+)?"
    r")(?![\w-])"
)

# Third-person forms of irregular reporting verbs, for inverted forms fused with their clitic
# (`poursuit-il`, `reconnaît-elle`); regular -er verbs are conjugated by `_er_forms`.
IRREGULAR_FORMS = {
    "dit": "dire", "disait": "dire", "dira": "dire", "disent": "dire", "poursuit": "poursuivre",
    "poursuivait": "poursuivre", "conclut": "conclure", "reconnaît": "reconnaître", "reconnait": "reconnaître",
    "admet": "admettre", "admettait": "admettre", "soutient": "soutenir", "maintient": "maintenir",
    "promet": "promettre", "écrit": "écrire", "répond": "répondre", "répondait": "répondre",
    "prévient": "prévenir", "convient": "convenir", "croit": "croire", "croyait": "croire",
    "réagit": "réagir", "avertit": "avertir", "prédit": "prédire", "redit": "redire", "dément": "démentir",
    "interroge": "interroger", "s'interroge": "s'interroger", "poursuivent": "poursuivre",
    "sourit": "sourire", "souriait": "sourire", "rit": "rire", "riait": "rire",
    # present participles of irregular verbs (`reconnaissant toutefois ne pas avoir…`)
    "reconnaissant": "reconnaître", "disant": "dire", "admettant": "admettre", "promettant": "promettre",
    "soutenant": "soutenir", "répondant": "répondre", "prévenant": "prévenir", "écrivant": "écrire",
    "concluant": "conclure", "poursuivant": "poursuivre", "avertissant": "avertir", "réagissant": "réagir",
    "démentant": "démentir", "prédisant": "prédire",
    # past participles of irregular verbs
    "souri": "sourire", "ri": "rire",
    "démenti": "démentir", "reconnu": "reconnaître", "admis": "admettre", "promis": "promettre",
    "répondu": "répondre", "soutenu": "soutenir", "maintenu": "maintenir", "prévenu": "prévenir",
    "convenu": "convenir", "cru": "croire", "conclu": "conclure", "poursuivi": "poursuivre",
    "averti": "avertir", "réagi": "réagir", "décrit": "décrire",
}


def _er_forms(lemmas: frozenset[str]) -> dict[str, str]:
    """3rd-person present, imperfect, future and simple past of -er verbs (estime, estimait, estimera), their
    participles (estimé, estimant)."""
    forms = {}
    for lemma in lemmas:
        if lemma.endswith("er") and " " not in lemma and "'" not in lemma:
            stem = lemma[:-2]
            soft = stem + ("e" if stem.endswith("g") else "ç" if stem.endswith("c") else "")
            for form in (stem + "e", soft + "ait", stem + "era", soft + "a", stem + "ent", soft + "aient",
                         stem + "é", stem + "ée", stem + "és", stem + "ées", soft + "ant"):
                forms.setdefault(form, lemma)
            # révéler -> révèle, marteler -> martèle, rappeler -> rappelle
            grave = re.sub(r"[ée]([^aeiouyéèêà]+)$", r"è\1", stem)
            double = stem + stem[-1] if stem.endswith(("l", "t")) else stem
            for form in (grave + "e", grave + "ent", double + "e", double + "ent"):
                forms.setdefault(form, lemma)
            if stem.endswith("y"):  # balayer -> balaie, appuyer -> appuie, envoyer -> envoie
                for form in (stem[:-1] + "ie", stem[:-1] + "ient", stem[:-1] + "iera"):
                    forms.setdefault(form, lemma)
    return forms


# Verbs of the second group (`finir`: `réjoui`, `réjouit`, `réjouissent`), which the lemmatizer garbles.
SECOND_GROUP = _words("avertir garantir renchérir surenchérir réagir réjouir rugir applaudir")


def _ir_forms(lemmas: frozenset[str]) -> dict[str, str]:
    """Present, imperfect, future, participles of second-group verbs (réjouit, réjouissait, réjoui, réjouie)."""
    return {stem + ending: lemma for lemma in lemmas for stem in (lemma[:-2],)
            for ending in ("i", "ie", "is", "ies", "it", "issent", "issait", "issaient", "issant", "ira")}


# Third-group verbs of saying, whose forms the lemmatizer garbles (`reconnaissait` -> `reconner`): present (3rd
# person), imperfect stem, future stem, past participle, simple past (3rd person).
THIRD_GROUP = {
    "reconnaître": ("reconnaît reconnait reconnaissent", "reconnaiss", "reconnaîtr", "reconnu", "reconnut reconnurent"),
    "dire": ("dit disent", "dis", "dir", "dit", "dit dirent"),
    "redire": ("redit redisent", "redis", "redir", "redit", "redit redirent"),
    "prédire": ("prédit prédisent", "prédis", "prédir", "prédit", "prédit prédirent"),
    "contredire": ("contredit contredisent", "contredis", "contredir", "contredit", "contredit contredirent"),
    "écrire": ("écrit écrivent", "écriv", "écrir", "écrit", "écrivit écrivirent"),
    "décrire": ("décrit décrivent", "décriv", "décrir", "décrit", "décrivit décrivirent"),
    "admettre": ("admet admettent", "admett", "admettr", "admis", "admit admirent"),
    "promettre": ("promet promettent", "promett", "promettr", "promis", "promit promirent"),
    "répondre": ("répond répondent", "répond", "répondr", "répondu", "répondit répondirent"),
    "prétendre": ("prétend prétendent", "prétend", "prétendr", "prétendu", "prétendit prétendirent"),
    "soutenir": ("soutient soutiennent", "souten", "soutiendr", "soutenu", "soutint soutinrent"),
    "maintenir": ("maintient maintiennent", "mainten", "maintiendr", "maintenu", "maintint maintinrent"),
    "prévenir": ("prévient préviennent", "préven", "préviendr", "prévenu", "prévint prévinrent"),
    "convenir": ("convient conviennent", "conven", "conviendr", "convenu", "convint convinrent"),
    "poursuivre": ("poursuit poursuivent", "poursuiv", "poursuivr", "poursuivi", "poursuivit poursuivirent"),
    "conclure": ("conclut concluent", "conclu", "conclur", "conclu", "conclut conclurent"),
    "croire": ("croit croient", "croy", "croir", "cru", "crut crurent"),
    "démentir": ("dément démentent", "dément", "démentir", "démenti", "démentit démentirent"),
    "se plaindre": ("plaint plaignent", "plaign", "plaindr", "plaint", "plaignit plaignirent"),
    "craindre": ("craint craignent", "craign", "craindr", "craint", "craignit craignirent"),
    "lire": ("lit lisent", "lis", "lir", "lu", "lut lurent"),
}


def _third_group_forms(verbs: dict[str, tuple[str, str, str, str, str]]) -> dict[str, str]:
    """The third-group forms of `THIRD_GROUP` -> their verb (without its reflexive pronoun: the extractor adds it
    back from the clitic)."""
    forms: dict[str, str] = {}
    for lemma, (present, imperfect, future, participle, past) in verbs.items():
        verb = lemma.removeprefix("se ")
        agreed = [participle + "e"] + ([] if participle.endswith("s") else [participle + "s", participle + "es"])
        for form in (*present.split(), imperfect + "ait", imperfect + "aient", imperfect + "ant", future + "a",
                     future + "ont", participle, *agreed, *past.split()):
            if len(form) > 3:
                forms.setdefault(form, verb)
    return forms


# Prepositions whose phrase is not part of a speaker's noun phrase (`le chef de l'État devant les maires`).
MENTION_STOP_PREPOSITIONS = _words("""
    devant derrière après avant pendant lors dans sur sous chez vers contre avec sans selon malgré depuis
    durant envers parmi lors
""")

# Pronominal verbs whose predicate is the reported stance (`s'est dit « très fier »`).
PREDICATIVE_VERBS = frozenset({"se dire", "se déclarer", "s'estimer", "se juger", "se considérer"})

WORK_NOUNS = _words("""
    film livre roman ouvrage essai album chanson titre série émission documentaire pièce spectacle exposition
    journal quotidien hebdomadaire magazine revue newsletter podcast blog rubrique chronique tribune éditorial
    opération plan programme projet mission dispositif loi texte rapport campagne slogan mouvement collectif
    association parti liste festival concours prix affaire dossier hashtag application logiciel marque pétition
    arrêté décret circulaire ordonnance alerte étude thème devise
""")

FRENCH = LanguageTables(
    code="fr",
    reporting_verbs=REPORTING_VERBS | frozenset(PRONOMINAL_VERBS),
    pronominal_verbs={**INCISE_PRONOMINAL, **PRONOMINAL_VERBS},
    # third person only: `nous a confié` is an object clitic, and reporting verbs speak of others
    reflexives=frozenset({"se", "s'"}),
    multiword_verbs=MULTIWORD_VERBS,
    np_claim_verbs=NP_CLAIM_VERBS,
    evaluative_verbs=_words("dénoncer condamner fustiger critiquer saluer"),
    vote_verbs=_words("rejeter"),
    legislation_nouns=_words("loi réforme texte projet motion amendement initiative référendum budget ordonnance "
                             "décret offre proposition"),
    object_predicate_verbs=OBJECT_PREDICATE_VERBS,
    infinitive_verbs=INFINITIVE_VERBS,
    predicative_verbs=PREDICATIVE_VERBS,
    mention_stop_prepositions=MENTION_STOP_PREPOSITIONS,
    role_only_prepositions=frozenset({"à"}),
    medium_nouns=frozenset({"micro", "antenne", "caméra", "téléphone", "barre", "tribune", "audience"}),
    affiliation_prepositions=frozenset({"chez"}),
    institution_prepositions=frozenset({"à", "chez"}),
    sequel_markers=frozenset({"avant"}),
    consequence_verbs=_words("provoquer susciter déclencher entraîner envoyer propulser plomber"),
    emphatic_pronouns=_words("lui-même elle-même eux-mêmes elles-mêmes"),
    bearing_nouns=_words("voix ton regard yeux œil oeil larme larmes sourire mine air gorge poing main mains visage "
                         "tête trait traits"),
    role_of=frozenset({"de", "d'", "d’"}),
    auxiliary_lemmas=frozenset({"avoir", "être"}),
    age_suffixes=("génaire", "trentenaire", "centenaire"),
    photo_positions=frozenset({"à gauche", "à droite", "au centre", "au milieu", "gauche", "droite", "centre",
                               "de gauche à droite", "au premier plan", "en médaillon", "photo d'archives",
                               "photo d’archives", "archives", "ci-dessus"}),
    age_decades={"trentenaire": 30, "quadragénaire": 40, "quinquagénaire": 50, "sexagénaire": 60,
                 "septuagénaire": 70, "octogénaire": 80, "nonagénaire": 90, "centenaire": 100},
    stated_age=r",\s*(\d{1,3})\s+ans\b",
    family_nouns=frozenset({"famille", "clan", "dynastie"}),
    finding_verbs=_words("montrer démontrer prouver révéler établir suggérer relever constater conclure confirmer"),
    finding_subjects=_words("étude enquête sondage rapport analyse audit bilan chiffre chiffres donnée données "
                            "statistique statistiques document documents courriel courriels note notes relevé relevés "
                            "résultat résultats test tests prélèvement prélèvements projection projections "
                            "expertise"),
    # (a common given name in West Africa: `Pape Samba Guèye`)
    given_name_roles=frozenset({"pape"}),
    naming_words=frozenset({"intitulé", "intitulée", "intitulés", "intitulées", "baptisé", "baptisée", "baptisés",
                            "baptisées", "nommé", "nommée", "surnommé", "surnommée", "dénommé", "dénommée",
                            "titré", "titrée", "titrés", "titrées"}),
    prepositions_only=frozenset({"malgré", "parmi", "envers", "hormis"}),
    auxiliaries_only={"a": ("avoir", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")},
    refusal_verbs=frozenset({"refuser", "décliner"}),
    prospective_verbs=frozenset({"apprêter", "préparer", "prévoir", "envisager", "compter", "projeter", "tenter",
                                 "chercher", "entendre", "vouloir"}),
    street_nouns=frozenset({"rue", "place", "quai", "avenue", "boulevard", "square"}),
    # (`accuser` a change shows it, reports nothing: `la récolte accuse un recul de 30 %`)
    act_complements=frozenset({("plaider", "coupable"), ("plaider", "non-coupable"), ("accuser", "coup")} | {
        ("accuser", noun) for noun in ("recul", "baisse", "hausse", "repli", "chute", "retard", "perte", "déficit",
                                       "ralentissement", "progression", "diminution", "augmentation")}),
    act_prepositions=frozenset({("condamner", "à")}),
    office_modifiers=frozenset({"ancien", "ancienne", "adjoint", "adjointe", "vice", "delegue", "deleguee",
                                "interimaire", "ex", "sortant", "sortante"}),
    past_office_modifiers=frozenset({"ancien", "ancienne", "ex"}),
    past_role_adverbs=frozenset({"auparavant", "précédemment", "autrefois", "jadis", "naguère", "anciennement"}),
    perfect_auxiliaries=frozenset({"avoir", "être"}),
    pronominal_only=frozenset({"emporter", "agacer", "offusquer", "étonner", "alarmer", "émouvoir", "vanter",
                               "élever", "engager", "opposer", "inquiéter"}),
    role_periphrases=periphrases({
        "representant etat": ("prefet", "prefete"), "representante etat": ("prefete", "prefet"),
        # (a court's judges and prosecutors, the gender of the article telling them apart)
        "magistrat": ("president tribunal", "juge", "procureur", "substitut", "avocat general"),
        "magistrate": ("presidente tribunal", "juge", "procureure", "substitute", "avocate generale"),
        "grand argentier": ("ministre finances", "ministre economie", "ministre budget"),
        "argentier": ("ministre finances", "ministre economie", "ministre budget"),
        "locataire matignon": ("premier ministre", "premiere ministre"),
        "locataire rue valois": ("ministre culture",), "locataire place beauvau": ("ministre interieur",),
        "locataire quai orsay": ("ministre affaires etrangeres",), "locataire hotel ville": ("maire",),
        "locataire hotel brienne": ("ministre armees",), "locataire avenue segur": ("ministre sante",),
        "hote matignon": ("premier ministre", "premiere ministre"),
        "locataire elysee": ("president republique", "presidente republique"),
        "hote elysee": ("president republique", "presidente republique"),
        "chef etat": ("president republique", "presidente republique", "president", "presidente"),
        "cheffe etat": ("presidente republique", "presidente"),
        "chef gouvernement": ("premier ministre", "premiere ministre"),
        "cheffe gouvernement": ("premiere ministre", "premier ministre"),
        "garde sceaux": ("ministre justice",), "ministre justice": ("garde sceaux",), "ministre": ("garde sceaux",),
        "locataire beauvau": ("ministre interieur",), "premier flic france": ("ministre interieur",),
        "locataire bercy": ("ministre economie", "ministre finances"),
        "patron bercy": ("ministre economie", "ministre finances"),
        "patronne bercy": ("ministre economie", "ministre finances"),
        "premier magistrat": ("maire",), "premiere magistrate": ("maire",), "premier edile": ("maire",),
        "mayeur": ("bourgmestre",), "mayeure": ("bourgmestre",), "maieur": ("bourgmestre",),  # (Belgian)
        "edile": ("maire",), "premier magistrat ville": ("maire",), "premier magistrat commune": ("maire",),
        "technicien": ("entraineur", "entraineure", "selectionneur", "selectionneuse"),
        "tacticien": ("entraineur", "entraineure", "selectionneur", "selectionneuse"),
        "coach": ("entraineur", "entraineure", "selectionneur", "selectionneuse"),
        "patron banc": ("entraineur", "entraineure"),
        "parlementaire": ("depute", "deputee", "senateur", "senatrice", "eurodepute", "eurodeputee"),
    }),
    leader_nouns=frozenset({"patron", "patronne", "chef", "cheffe", "dirigeant", "dirigeante", "numero",
                            "responsable"}),
    generic_organizations=_words("""
        syndicat club groupe entreprise societe association federation parti coop cooperative collectif firme
        compagnie constructeur operateur mouvement confederation ligue mutuelle laboratoire fondation
        organisation ong fabricant enseigne chaine marque start-up
    """),
    head_titles=_words("""
        president presidente directeur directrice pdg secretaire general generale dirigeant dirigeante gouverneur
        gouverneure commissaire administrateur administratrice delegue deleguee patron patronne chef cheffe
        fondateur fondatrice dg
    """),
    exclusive_offices=_words("""
        juge procureur procureure senateur senatrice depute deputee maire prefet prefete ambassadeur ambassadrice
        avocat avocate batonnier batonniere gouverneur gouverneure ministre
        attaquant attaquante defenseur defenseure gardien gardienne pilier talonneur ouvreur pivot meneur meneuse
    """),
    surname_particles=_words("Ó Ní Nic Mac Mc Van Von De Di Da Du Del Della Dos Das Al El Ben Bin Abu Le"),
    question_labels=frozenset({"q", "question"}),
    interview_words=frozenset({"questions", "entretien", "interview", "interviewé", "interviewée"}),
    byline_openers=("par ", "propos recueillis par ", "texte ", "reportage ", "entretien réalisé par "),
    role_participle_prepositions=frozenset({"de", "d'", "d’", "du", "des", "à", "au", "aux", "auprès"}),
    age_complement=r"\s+(?:de|d['’])\s*\d{1,3}\s+ans\b",
    alias_only_roles=frozenset({"élu", "élue"}),
    ranking=r"(?:numéro|n°)\s*(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+[a-zéèç]+",
    tenure_complement=r"\s+(?:depuis|pendant|durant)\s.*$",
    not_roles=frozenset({"beau joueur", "bon joueur", "mauvais joueur", "belle joueuse", "bonne joueuse",
                         "mauvaise joueuse", "bon perdant", "beau perdant", "mauvais perdant", "bonne perdante",
                         "mauvaise perdante", "membre"}),
    not_role_endings=(" de formation",),
    act_descriptions=r"(?:auteure?|autrice|buteur|buteuse) d(?:e|u|es|['’])\s*(?:(?:ses|son|sa|leur|un|une|la|le)\s+)?"
                     r"(?:\d|premi|deuxi|troisi|dernier|derni[èe]re|doubl|tripl|quadrupl|\w+ième)",
    not_role_nouns=frozenset({"enceinte", "convalescent", "convalescente", "veuf", "veuve", "orphelin", "orpheline"}),
    anaphoric_roles=frozenset({"elu", "elue", "responsable", "dirigeant", "dirigeante", "representant",
                               "representante", "interesse", "interessee", "homme", "femme", "militant",
                               "militante", "syndicaliste", "professionnel", "professionnelle"}),
    sign_nouns=_words("banderole pancarte panneau affiche écriteau calicot banderoles pancartes panneaux affiches "
                      "inscription inscriptions"),
    privative_marks=frozenset({"sans"}),
    appointment_participles=_words("élu élue élus élues réélu réélue nommé nommée nommés nommées désigné désignée "
                                   "promu promue"),
    anaphoric_modifiers=frozenset({"tel", "telle", "tels", "telles"}),
    rejection_verbs=_words("rejeter démentir réfuter contester balayer"),
    claim_nouns=_words("accusation allégation rumeur information affirmation idée hypothèse explication version terme "
                       "qualificatif"),
    claim_content_openers=frozenset({"selon"}),
    denial_quantifiers=frozenset({"tout", "toute", "tous", "toutes", "aucun", "aucune"}),
    credit_words=frozenset({"photo", "photos", "crédit", "crédits", "illustration", "©"}),
    teaser_labels=("lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également", "voir aussi",
                   "à voir aussi", "sur le même sujet", "à lire", "relire", "notre article", "en savoir plus",
                   "les plus lus", "articles les plus lus", "les plus partagés"),
    keyword_labels=("tags", "mots-clés", "mots clés", "thèmes", "thèmes abordés", "sujets", "sujets associés"),
    second_person=_words("vous votre vos tu toi te t' ton ta tes"),
    answer_labels=frozenset({"r", "réponse"}),
    preposition_nouns=frozenset({"sein", "tête", "cœur", "coeur"}),
    subject_determiners=True,
    indefinite_pronouns=frozenset({"on", "l'on", "l’on"}),  # (`où l'on assure`)
    source_place_prepositions=frozenset({"à", "au", "aux", "chez", "dans", "auprès", "côté", "de"}),
    place_relatives=frozenset({"où"}),
    adverbial_nouns=_words("contraire inverse passage total final fond reste demeurant besoin cas fait effet lieu "
                           "moins plus mieux pire coup tour part ailleurs outre"),
    sourced_verbs=frozenset({"apprendre"}),
    reading_verbs=frozenset({"lire"}),
    present_participle_endings=("ant",),
    medium_prepositions=_words("dans sur via"),
    prepositional_claims={"faire part": frozenset({"de"}), "appeler": frozenset({"à"}), "plaider": frozenset({"pour"})},
    # (and being reached for comment: `Joint par téléphone dimanche soir, il a affirmé…`)
    speaking_verbs=frozenset({"exprimer", "parler", "intervenir", "adresser", "répondre", "interroger",
                              "joindre", "contacter", "interviewer", "questionner", "solliciter", "interpeller",
                              "rencontrer", "joint", "jointe",  # (participles the tagger reads as the noun `joint`)
                              # being heard or hosted (`Auditionné mercredi par la commission`, `Invité mardi sur
                              # France Inter`, `Reçu lundi à l'Élysée`)
                              "auditionner", "entendre", "inviter", "recevoir",
                              # (met by the reporter: `un père croisé mercredi devant l'école`, however tagged)
                              "croiser", "croisé", "croisée", "croisés", "croisées"}),
    gathering_verbs=frozenset({"réunir", "rassembler", "convoquer", "assembler"}),
    anaphoric_org_nouns=frozenset({"ong", "organisation", "association", "entreprise", "société", "groupe",
                                   "firme", "compagnie", "fondation", "institution", "enseigne", "constructeur",
                                   "opérateur", "fabricant", "géant", "laboratoire", "club", "fédération", "chaîne",
                                   "start-up", "banque", "syndicat", "plateforme", "marque", "distributeur",
                                   "assureur", "transporteur", "agence", "organisme", "établissement", "parti",
                                   "mouvement", "cabinet", "régulateur", "collectif",
                                   "mutuelle", "hôpital", "université", "équipementier", "énergéticien", "avionneur",
                                   "motoriste", "cimentier", "sidérurgiste", "armateur", "brasseur", "éditeur",
                                   "ligue", "faîtière"}),
    verb_forms={**_er_forms(REPORTING_VERBS | INCISE_VERBS | frozenset(INCISE_PRONOMINAL | PRONOMINAL_VERBS)),
                **_ir_forms(SECOND_GROUP), **_third_group_forms(THIRD_GROUP),
                **IRREGULAR_FORMS},
    pronouns=PRONOUNS,
    latter_anaphors={"ce dernier": "Masc", "cette dernière": "Fem", "l'intéressé": "Masc", "l'intéressée": "Fem",
                     "celui-ci": "Masc", "celle-ci": "Fem"},
    non_subjects=NON_SUBJECTS,
    coordinators=frozenset({"et"}),
    negative_pronouns=_words("rien personne nul nulle aucun aucune"),
    first_second_person=FIRST_SECOND_PERSON,
    honorifics=HONORIFICS,
    honorific_genders={**dict.fromkeys(("M.", "M", "Monsieur"), "Masc"),
                       **dict.fromkeys(("Mme", "Mme.", "Mlle", "Madame", "Mademoiselle"), "Fem")},
    honorific_upos="NOUN",
    inverted_subjects=_words("je tu il elle on ils elles"),
    naming_verbs=_words("surnommer baptiser rebaptiser dénommer prénommer"),
    reflexive_naming_verbs=frozenset({"appeler", "nommer", "intituler", "surnommer"}),
    feminine_suffixes=("trice", "drice", "euse", "esse", "effe", "ante", "ente", "ière", "ienne", "enne", "onne",
                       "ette", "elle", "ate", "ée", "ine", "ise", "ère"),
    hyphen_clitics=_words("je tu il elle on nous vous ils elles le la les lui leur moi toi y en ce ci là t"),
    address_titles=frozenset({"docteur", "docteure", "professeur", "professeure", "dr", "pr", "dr.", "pr.", "dre",
                                "dre.", "pre"}),
    adverbial_marks=_words("quand lorsque lorsqu' parce puisque puisqu' tandis alors bien quoique après avant dès "
                           "pendant depuis afin sans"),
    interrogative_marks=frozenset({"si", "s'", "pourquoi", "comment", "combien"}),
    elided_articles=frozenset({"l'", "l’"}),
    question_verbs=frozenset({"demander", "se demander", "interroger", "s'interroger", "questionner"}),
    reply_verbs=frozenset({"répondre", "rétorquer", "répliquer", "riposter"}),
    presenter_roles=_words("présentateur présentatrice animateur animatrice journaliste correspondant "
                           "correspondante envoyé envoyée reporter chroniqueur chroniqueuse modérateur "
                           "modératrice intervieweur intervieweuse"),
    singular_numerals=frozenset({"1", "un", "une"}),
    title_suffixes=("logue", "logiste", "iatre", "graphe", "icien", "icienne", "ariste", "aniste", "oniste",
                    "uiste", "culteur", "cultrice"),
    agent_suffixes=("aire", "eur", "euse", "rice", "ier", "ière", "iste", "ien", "ienne", "ant", "ante", "ent", "ente",
                    "logue", "iatre", "graphe", "ique", "ète"),
    # lowercase `de`/`du` are left out: `Biden de Washington` is not a name
    demonym_suffixes=("ais", "aise", "ois", "oise", "ien", "ienne", "een", "eenne", "ain", "aine", "and", "ande",
                      "ol", "ole", "ene", "ote", "iote", "ard", "arde", "anne", "usse", "uisse", "elge", "eque",
                      "aque", "erbe", "oate", "urc", "urque", "gare"),
    # (a placing too describes, it is no role: `le vainqueur`)
    plain_person_nouns=frozenset({"homme", "femme", "garçon", "jeune", "vainqueur", "vainqueure", "gagnant",
                                  "gagnante", "soignant", "soignante", "recrue"}) | POLITICAL_NOUNS,
    complement_openers=frozenset({"d'", "d’", "de"}),
    dialogue_dashes=("—", "–"),
    rank_nouns=_words("major capitaine colonel lieutenant-colonel lieutenant commandant adjudant adjudant-chef "
                      "général sergent sergent-chef brigadier caporal caporal-chef gendarme"),
    prepositional_adverbs=frozenset({"auprès", "près"}),
    agent_prepositions=frozenset({"par"}),
    vocative_titles=frozenset({"monsieur", "madame", "mademoiselle", "maître", "m.", "mme"}),
    parent_nouns=frozenset({"père", "mère", "grand-père", "grand-mère", "papa", "maman"}),
    fixed_gender_nouns=frozenset({"recrue", "victime", "personne", "vedette", "star", "idole", "sentinelle",
                                  "personnalite", "legende", "temoin", "mannequin", "figure"}),
    publication_verbs=frozenset({"publier", "diffuser", "dévoiler", "rendre", "mettre", "dater", "signer",
                                 "envoyer", "adresser", "lire"}),
    addressed_infinitive_verbs=frozenset({"demander", "ordonner", "enjoindre", "conseiller", "recommander",
                                          "suggérer", "proposer", "interdire", "reprocher", "intimer"}),
    addressee_case="à",
    simultaneity_marks=frozenset({"en", "lorsque", "quand"}),
    link_labels=("(nouvelle fenêtre)", "(s'ouvre dans un nouvel onglet)", ", s'ouvre dans un nouvel onglet",
                 "(ouvre un nouvel onglet)", ", ouvre un nouvel onglet"),
    directive_verbs=DIRECTIVE_VERBS,
    resumptive_pronouns=frozenset({"c'", "ça", "cela"}),
    infinitive_mark="de",
    document_nouns=_words("étude enquête sondage rapport analyse estimation bilan audit note communiqué "
                          "baromètre projection prévision jugement arrêt ordonnance document documents texte "
                          "procès-verbal procès-verbaux courrier lettre courriel mémo bulletin"),
    data_nouns=_words("chiffre chiffres donnée données statistique statistiques"),
    quantity_nouns=_words("centaine millier dizaine groupe majorité plupart nombre foule poignée collectif"),
    topic_prepositions=frozenset({"de", "d'", "d’", "contre"}),
    inner_name_particles=frozenset({"de", "d'", "d’"}),
    # (Dutch and German name particles the expander reads as contractions: `Van den Brandt` as `de` `len`)
    whole_words=frozenset({"den", "der", "ten", "ter"}),
    name_particles=frozenset({"Le", "La", "De", "Du", "Des", "Van", "Von", "Der", "Da", "Di", "Del", "Mac",
                              "von", "van", "der", "den", "ter", "ten", "al", "el", "ben", "bin", "ibn", "abou"}),
    title_nouns=TITLE_NOUNS,
    continuation_verbs=frozenset({"ajouter", "poursuivre", "conclure", "enchaîner", "compléter", "préciser",
                                  "répéter", "réitérer", "insister"}),
    organization_nouns=ORGANIZATION_NOUNS,
    organization_name_words=ORGANIZATION_NAME_WORDS,
    person_nouns=PERSON_NOUNS,
    work_nouns=WORK_NOUNS,
    attribution_preps=(("selon",), ("d'après",), ("d’après",), ("d'", "après"), ("d’", "après"),
                       ("à", "en", "croire"), ("aux", "dires", "de"), ("à", "les", "dires", "de"),
                       ("de", "l'avis", "de"), ("de", "l'", "avis", "de"), ("de", "l’", "avis", "de"),
                       ("aux", "yeux", "de"), ("à", "les", "yeux", "de"),
                       # (`de l'aveu même de X`: an admission reported from its author)
                       ("de", "l'", "aveu", "de"), ("de", "l’", "aveu", "de"), ("de", "l'aveu", "de"),
                       ("de", "l'", "aveu", "même", "de"), ("de", "l’", "aveu", "même", "de"),
                       ("de", "l'aveu", "même", "de")),
    opinion_preps=frozenset({"pour"}),
    opinion_prep_exclusions=(("pour", "sa", "part"), ("pour", "leur", "part"), ("pour", "autant"),
                             ("pour", "cela"), ("pour", "l'instant"), ("pour", "l’instant"),
                             ("pour", "le", "moment"), ("pour", "rappel"), ("pour", "mémoire")),
    parenthetical_marks=frozenset({"comme", "ainsi que"}),
    complementizers=frozenset({"que", "qu'", "qu’", "qu"}),
    infinitive_markers=frozenset({"de", "d'", "d’", "à"}),
    cleft_openings=(("c'", "est"), ("c’", "est"), ("ce", "sont"), ("c'est",), ("c’est",)),
    date_pattern=DATE_PATTERN,
    weekdays=DAYS,
    months=MONTHS,
    relative_days=RELATIVE_DAYS,
    past_markers=frozenset({"dernier", "dernière"}),
    dateparser_language="fr",
    negations=frozenset({"ne", "n'", "n’"}),
    negation_adverbs=frozenset({"pas", "jamais", "point", "guère", "nullement"}),
    relative_subjects=frozenset({"qui"}),
    reply_nouns=frozenset({"réponse", "réplique", "verdict"}),
    statement_nouns=frozenset({"communiqué", "déclaration", "rapport", "lettre", "message", "entretien",
                               "interview", "tweet", "publication", "post", "note", "courrier", "discours",
                               "tribune", "texte", "annonce", "témoignage", "courriel", "mail", "mots", "propos",
                               "termes", "chiffres", "données", "statistiques"}),
    quote_pairs={"«": "»", "“": "”", "„": "“”", "‹": "›", '"': '"', "‘": "’"},
)
