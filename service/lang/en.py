"""English: reporting verbs, roles, pronouns, date words and quote marks."""

from __future__ import annotations

from service.lang import LanguageTables, Pronoun, periphrases


def _words(block: str) -> frozenset[str]:
    return frozenset(w.strip() for w in block.split() if w.strip())


# Verbs of saying, stating, asking, judging and announcing (lemmas as Stanza gives them).
def _ing_forms(verbs: frozenset[str]) -> dict[str, str]:
    """-ing forms of single-word verbs -> the verb, for the forms the lemmatizer leaves whole (`warning` tagged
    as a verb keeps `warning` as its lemma; `-s` and `-ed` forms it gets right). Doubled-consonant spellings
    are listed too (`admitting`); a spelling no verb has never occurs, so it costs nothing."""
    forms: dict[str, str] = {}
    for verb in (v for v in verbs if " " not in v and len(v) > 2):
        stem = verb[:-1] if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) else verb
        forms.setdefault(stem + "ing", verb)
        if verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
            forms.setdefault(verb + verb[-1] + "ing", verb)
    return forms


def _s_forms(verbs: frozenset[str]) -> dict[str, str]:
    """Third-person present forms of single-word verbs -> the verb: the tagger reads some as plural nouns before
    `that` (`The paper, written by the executive team, states that…`)."""
    forms: dict[str, str] = {}
    for verb in (v for v in verbs if " " not in v and len(v) > 2):
        if verb.endswith(("s", "sh", "ch", "x", "z")):
            forms[verb + "es"] = verb
        elif verb.endswith("y") and verb[-2] not in "aeiou":
            forms[verb[:-1] + "ies"] = verb
        else:
            forms[verb + "s"] = verb
    return forms


REPORTING_VERBS = _words("""
    say tell add claim insist warn acknowledge deny state declare affirm assert explain note observe remark accept
    comment report announce reveal disclose confirm admit concede agree argue contend maintain stress
    emphasize emphasise underline highlight point indicate suggest propose recommend urge ask question
    wonder reply respond answer retort counter rejoin continue conclude summarize summarise recall remind
    recount describe detail mention cite quote write tweet post blog text email message testify swear vow pledge
    promise guarantee assure reassure predict forecast estimate calculate reckon believe think feel expect find
    consider judge rule hold hope fear worry regret lament deplore decry denounce condemn criticize criticise blast
    slam accuse blame charge allege complain protest object dispute contest reject refute rebut dismiss
    challenge praise hail welcome thank congratulate applaud celebrate boast brag joke quip tease mock
    shout cry scream yell exclaim whisper murmur mutter groan sigh laugh smile snap bark roar thunder
    declare proclaim pronounce demand call invite encourage advise caution alert threaten plead beg
    implore appeal request inform notify advise signal hint imply insinuate speculate guess suppose
    assume presume theorize theorise posit hypothesize acknowledge confess avow attest certify
    verify corroborate reiterate repeat restate reaffirm echo stress opine muse reflect ponder add
    elaborate clarify specify outline announce unveil declare inform brief explain describe
    characterize characterise label dub term brand portray depict recall remember recollect concur
    dissent disagree deny counter insist demur rebuke reprimand scold chide lash berate criticize
    defend justify tout champion laud extol commend lambast excoriate castigate assail attack
    ridicule dismiss downplay minimize acknowledge reckon conclude
    announce forewarn testify depose order instruct command tell sneer scoff
    concede confide divulge leak admit narrate recite
""")

# Phrasal and light-verb reporting expressions: (verb lemma, particle or complement lemma) -> as reported.
MULTIWORD_VERBS = {
    ("point", "out"): "point out", ("go", "on"): "go on",
    ("put", "it"): "put", ("spell", "out"): "spell out", ("speak", "out"): "speak out", ("lash", "out"): "lash out",
    ("hit", "back"): "hit back", ("fire", "back"): "fire back", ("push", "back"): "push back",
    ("make", "clear"): "make clear", ("let", "know"): "let know", ("weigh", "in"): "weigh in",
    ("chime", "in"): "chime in", ("sound", "alarm"): "sound the alarm", ("play", "down"): "play down",
    ("rule", "out"): "rule out", ("set", "out"): "set out",
}

# Verbs whose noun-phrase object is a reported claim (`denied any wrongdoing`).
NP_CLAIM_VERBS = _words("""
    deny acknowledge admit confirm reiterate reaffirm stress emphasize emphasise demand reject
    dispute condemn denounce criticize criticise praise hail welcome promise predict concede
    defend justify blame forecast expect
""")

# Verbs whose object and its predicate are the reported content (`urged voters to`, `called it a disgrace`).
OBJECT_PREDICATE_VERBS = _words("""
    urge call ask invite encourage implore beg advise warn tell instruct order describe label dub brand
    characterize characterise accuse praise expect
""")

# Verbs whose infinitive complement is reported content (`denied having met`, `vowed to fight`).
INFINITIVE_VERBS = _words("""
    deny admit acknowledge claim vow pledge promise threaten swear refuse insist confess recall regret
    hope expect fear
""")


PRONOUNS = {
    "he": Pronoun("Masc", "Sing"), "she": Pronoun("Fem", "Sing"), "they": Pronoun(None, "Plur"),
    "him": Pronoun("Masc", "Sing"), "her": Pronoun("Fem", "Sing"), "them": Pronoun(None, "Plur"),
    "it": Pronoun("Neut", "Sing"),
}

# Relatives, demonstratives and expletives a parser may label subject; never a speaker.
NON_SUBJECTS = _words("""
    who whom whose which that this these those it there what where when here
""")

FIRST_SECOND_PERSON = _words("i me we us you my our your myself ourselves yourself one")

HONORIFICS = _words("""
    Mr Mr. Mrs Mrs. Ms Ms. Miss Madam Mdm Mdm. Mx Dr Dr. Prof Prof. Sir Dame Lord Lady Rev Rev. Fr Fr. Sen Sen. Rep Rep.
    Gov Gov. Gen Gen. Lt Lt. Col Col. Capt Capt. Sgt Sgt. Maj Maj. Adm Adm. Cmdr Cmdr. Hon Hon. Pres Pres.
    Sheikh Rabbi Imam Pope Justice Judge Det Det. Insp Insp. Supt Supt. DCI Cllr Cllr. Cr Cr. Coun Coun. Ald Ald.
    PC PCSO DC DS DI DSU DCS
    Datuk Datin Dato Dato' Seri ACP DSP
""")

# (the first block: trades, crafts, care, school, court and service roles news gives people, `X, a locksmith in
# Leeds,`; no word that is also a common surname, `Mason`, `Potter`)
TITLE_NOUNS = _words("""
    dj deejay shepherd shepherdess collector
    trapper gamekeeper poacher farmhand herdsman dairyman cowboy sharecropper smallholder breeder fisherwoman
    angler deckhand docker longshoreman lumberjack woodcutter landscaper groundskeeper locksmith blacksmith
    plasterer stonemason cabinetmaker watchmaker clockmaker dressmaker seamstress luthier chocolatier fishmonger
    greengrocer barista barman barmaid sommelier sous-chef innkeeper hotelier chauffeur doorman concierge
    babysitter autoworker ironworker metalworker forewoman prospector draftsman draughtsman surveyor handyman
    repairman tradesman artisan apprentice trainee intern trucker cabbie courier mailman co-pilot aviator airman
    stewardess chiropractor osteopath psychotherapist dietitian biochemist neurosurgeon caseworker rescuer
    headmistress educator schoolteacher postdoc undergraduate guide moderator modeler modeller forwarder
    freelancer salesman saleswoman stockbroker auctioneer actuary financier magnate tycoon mogul proprietor
    co-owner landowner franchisee restaurateur recruiter stylist tattooist bodyguard dancer ballerina dramatist
    keyboardist cellist flautist soloist illustrator animator designer comedian comedienne clown storyteller
    narrator newscaster sportscaster announcer anchorwoman anchorman blogger vlogger podcaster influencer
    editor-in-chief translator interpreter supermodel stuntman singer-songwriter linesman goaltender defenceman
    defenseman wing-back centre-forward center-forward diver rower canoeist kayaker yachtsman yachtswoman
    snowboarder skater biathlete triathlete marathoner hurdler weightlifter bodybuilder
    wrestler judoka karateka fencer kickboxer marksman caddie cricketer footballer racer co-driver horseman
    horsewoman skydiver contender newcomer teammate vice-captain co-captain bureaucrat patrolman trooper jailer
    bailiff magistrate notary paralegal litigator consul attaché attache emissary assemblyman assemblywoman
    assemblymember assemblyperson councilor solicitor-general inspector-general director-general vice-chairman
    vice-chair co-chair
    vice-chancellor empress duchess viceroy clergyman clergywoman reverend archdeacon nun friar missionary
    preacher theologian seminarian mullah ayatollah patriarch prelate pontiff nuncio plaintiff claimant
    defendant complainant appellant petitioner litigant juror whistleblower informant
    soldier corporal brigadier commodore midshipman paratrooper sniper rifleman infantryman sentry guardsman
    serviceman servicewoman servicemember conscript cadet militiaman warlord commandant peacekeeper
    forward guard batsman bowler quarterback pitcher cyclist seed qualifier finalist semifinalist quarterfinalist
    runner-up rider batter shrimper beekeeper retiree pensioner corporator selectman selectwoman warden registrar mmc
    controller comptroller investigator
    president vice-president minister secretary prime premier chancellor spokesman spokeswoman spokesperson
    spokespeople governor senator representative congressman congresswoman lawmaker legislator mayor
    commissioner director chief head leader chair chairman chairwoman chairperson ceo cfo coo cto founder
    co-founder executive manager officer official ambassador envoy adviser advisor aide counselor
    counsellor consultant analyst expert economist strategist researcher scientist professor lecturer
    historian author writer journalist editor correspondent reporter columnist commentator pundit negotiator
    mediator diplomat delegate candidate nominee member mp mep td msp mla mca mna mpa mpp councillor councilman
    councilwoman activist
    campaigner organizer organiser unionist coordinator administrator treasurer coach manager player
    captain general colonel major lieutenant sergeant admiral commander marshal judge justice prosecutor
    attorney lawyer barrister solicitor counsel sheriff inspector detective superintendent constable
    king queen prince princess emperor pope bishop archbishop cardinal priest pastor rabbi imam cleric
    doctor physician gp surgeon nurse epidemiologist virologist specialist sociologist philosopher novelist
    director producer actor actress singer artist deputy assistant associate vice successor predecessor
    ombudsman ombudsperson ombudswoman
    incumbent monarch emir sheikh president-elect governor-general attorney-general secretary-general
    undersecretary under-secretary commissioner-general dean provost principal superintendent
    ex-president owner partner chairman-elect speaker whip minister-president premier-elect
    chief-executive officer-in-charge head-of-state clerk regulator auditor meteorologist forecaster
    climatologist seismologist engineer architect pilot firefighter paramedic psychologist psychiatrist
    pediatrician economist-in-chief pollster lobbyist investor trader banker entrepreneur broker elder hawker
    vendor cleaner labourer laborer builder carpenter mechanic butcher chef cook waiter waitress cashier janitor
    teacher headteacher headmaster coroner medic veteran trustee supervisor defender striker midfielder
    goalkeeper keeper winger centre-back center-back full-back fullback
    tackle linebacker cornerback receiver lineman kicker punter outfielder infielder shortstop reliever catcher
    flanker fly-half scrum-half playmaker goalie advocate seller stallholder storekeeper shopowner
    boss skipper fellow scholar curator physicist chemist mathematician statistician
    demographer cofounder farmer winemaker grower shopkeeper baker pharmacist electrician plumber rancher
    fisherman carer caregiver student driver worker champion filmmaker songwriter rapper musician playwright
    sculptor composer poet screenwriter gymnast photographer academic
    athlete sprinter swimmer golfer jockey boxer skier alderman alderwoman councilmember co-author coauthor
    machinist mechanic welder technician miner steelworker dockworker frontman frontwoman guitarist drummer
    bassist critic reviewer taoiseach tanaiste tánaiste creator showrunner astronaut cosmonaut explorer
    mountaineer climber sailor navigator
    postman postwoman fireman policeman policewoman cameraman foreman craftsman businessman businesswoman
    sportsman guard center rookie runner referee umpire midwife landlord butcher accountant
    cashier waiter waitress cleaner vicar chaplain
    postmaster postmistress cardiologist neurologist oncologist radiologist dermatologist gynecologist
    gynaecologist obstetrician anesthesiologist anaesthetist immunologist pathologist toxicologist biologist
    ecologist geologist hydrologist glaciologist volcanologist oceanographer astronomer astrophysicist
    archaeologist anthropologist criminologist economist-at-large dentist optometrist therapist
    physiotherapist pharmacologist neuroscientist geneticist zoologist botanist entomologist ornithologist
    lifeguard lifesaver ranger dispatcher
    veterinarian vet paediatrician anesthetist ob-gyn obgyn agronomist underwriter orchardist brewer archivist
    presenter newsreader anchor
    opener seamer spinner leg-spinner off-spinner paceman pacer all-rounder allrounder wicketkeeper
    wicket-keeper wicketkeeper-batter batsman
    cook chef baker porter janitor caretaker librarian receptionist secretary-treasurer hairdresser barber
    bartender nanny childminder housekeeper gardener labourer laborer carpenter bricklayer roofer painter
    decorator tailor jeweller jeweler florist grocer agent instructor trainer tutor
""")

ORGANIZATION_NOUNS = _words("""
    ministry department government administration army military navy agency newspaper paper daily weekly
    magazine website site outlet network channel station broadcaster company firm corporation group party
    union association organization organisation commission council committee parliament assembly senate
    congress house court bench tribunal police prosecutor's office institute bank federation alliance coalition
    cabinet presidency directorate bureau kremlin regime opposition embassy consulate campaign team
    authority authorities board foundation charity ngo university school hospital service tank thinktank watchdog
    press media tabloid tabloids newspapers gardaí gardai garda constabulary guild guilds cooperative co-op
    district city county municipality township prefecture secretariat inspectorate observatory
""")

# Casefolded: words inside a proper name that make it an organisation's name.
ORGANIZATION_NAME_WORDS = _words("""
    journal times post news press agency ministry department house council party union organization
    organisation foundation institute bank tribunal court bench commission assembly parliament congress senate
    reuters afp ap bbc cnn nbc cbs abc fox msnbc npr associated guardian telegraph herald tribune gazette
    globe chronicle independent observer economist bloomberg politico axios tv radio group corporation
    inc ltd llc plc corp co university college school hospital infirmary clinic fund bureau agency authority holdings
    airways airlines llp lp gmbh pty partners securities associates
    international watch nations association federation society service office board alliance coalition
    league committee command force army navy guard police club company airlines museum network centre center
    centers centres institutes agencies departments associations services councils commissions
    administration affairs trust trusts charity guild cooperative co-operative collective syndicate consortium
    operation taskforce
""")

PERSON_NOUNS = _words("""
    classmate classmates cousin uncle aunt grandmother grandfather girlfriend boyfriend fiancee fiance
    source sources husband wife man woman father mother son daughter brother sister relative relatives
    resident residents witness witnesses victim victims soldier soldiers official officials expert experts
    observer observers diplomat diplomats investigator investigators rescuer rescuers doctor doctors
    protester protesters protestor protestors neighbor neighbors neighbour neighbours friend friends family
    colleague colleagues specialist specialists analyst analysts researcher researchers leader leaders
    member members representative representatives person people interlocutor aide aides lawyer lawyers
    prosecutor journalist journalists worker workers voter voters critic critics supporter supporters
    student students freshman freshmen sophomore sophomores
    parent parents teacher teachers farmer farmers owner owners fan fans reporter reporters
    audience crowd crowds lawmaker lawmakers
    juror jurors jury senators delegates viewers listeners readers councillors shareholders investors
    employee employees staff staffer staffers personnel agent agents learner learners pupil pupils
""")

DAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "this morning": 0, "this afternoon": 0, "this evening": 0,
                 "tonight": 0, "last night": -1, "earlier today": 0, "later today": 0, "the day before": -1,
                 "the previous day": -1, "the day before yesterday": -2, "yesterday morning": -1,
                 "yesterday evening": -1, "yesterday afternoon": -1}

_DAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
          r"|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)")
_PART = "(?:morning|afternoon|evening|night)"
# Events a statement is made after (`after the vote`): the saying's occasion, dated by it.
_EVENT = (r"(?:meeting|vote|match|game|hearing|session|conference|briefing|debate|ruling|verdict|talks|summit"
          r"|race|final|defeat|win|victory|loss|draw|trial|sentencing|announcement|election|ceremony|launch"
          r"|landing|deployment|interview|visit|rally|protest|service|funeral|speech|address|argument|decision"
          r"|call|signing|march|parade|vigil)(?:e?s)?")
# A clock time before the day it is on (`at 11am on Sept 22`, `late on Monday`): part of the date.
_ON = r"(?:\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)\s+on\s+|(?:late|early)\s+on\s+)"
DATE_PATTERN = (
    r"(?<![\w-])(?:"
    rf"(?:last\s+|this\s+|late\s+|early\s+|(?:earlier|later)\s+(?:on\s+)?|{_ON})?{_DAY}(?:,?\s+{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)?"
    rf"(?:\s+{_PART})?"
    rf"|{_ON}?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|(?:(?:in|early|late)\s+|mid-?\s*){_MONTH}(?:\s+\d{{4}})?"  # (not `INDEC`)
    rf"|earlier\s+(?:today|this\s+(?:week|month|year)|in\s+the\s+(?:day|week|{_PART}))"
    rf"|later\s+(?:today|in\s+the\s+(?:day|week|{_PART})|that\s+(?:day|morning|afternoon|evening|night))"
    r"|earlier\s+that\s+(?:day|morning|afternoon|evening)|(?:(?:late|early)\s+)?that\s+(?:morning|afternoon|evening|night)"
    r"|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening)"
    r"|(?:(?:late|early)\s+)?last\s+(?:week|month|year|weekend|night)"
    r"|this\s+(?:week|month|weekend|morning|afternoon|evening)"
    # (a part of a named day: `on the evening of Feb 24`)
    rf"|the\s+{_PART}\s+of\s+(?:{_DAY}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})"
    r"|the\s+day\s+before(?:\s+yesterday)?|the\s+previous\s+day"
    r"|yesterday(?:\s+(?:morning|afternoon|evening))?|today|tonight"
    r"|in\s+(?:19|20)\d\d"
    r"|(?:(?:shortly|just|soon)\s+)?(?:after|before)\s+(?:midnight|noon|dawn)|at\s+(?:midnight|noon|dawn)"
    # (the end of a day's play or a match: `said at stumps`, `at the close`, `after the final whistle`)
    r"|(?:at|after)\s+(?:stumps|the\s+close(?:\s+of\s+play)?|full[- ]time|half[- ]?time|the\s+final\s+whistle)"
    # (a clock time only with its approximation: `shortly after 6pm`, `at around 9 a.m.`)
    r"|(?:(?:shortly|just|soon)\s+(?:after|before)|(?:at\s+)?(?:about|around))\s+\d{1,2}(?:[.:]\d{2})?\s?"
    rf"(?:am|pm|a\.m\.|p\.m\.)(?:\s+(?:on\s+)?{_DAY})?"
    # the occasion of the saying (`told reporters after a review meeting`, `said afterwards`)
    # (bare, as `ensuite` in French: `The council said earlier that…`, `No 10 later distanced itself`; not a span of
    # time's end: `two days later`)
    r"|" + "".join(rf"(?<!{unit}\s)" for unit in (
        "day", "days", "week", "weeks", "month", "months", "year", "years", "seconds", "minutes", "hours", "moments",
        "decades", "\\ba", "an", "the", "his", "her", "its")) +
    r"(?:earlier|later)"
    r"(?!\s+(?:this|than|in|on|today|tonight|that\s+(?:day|morning|afternoon|evening|night|week|month|year)))"
    rf"|afterwards?|(?:(?:shortly|soon|just|minutes|hours|moments)\s+)?(?:after|before|following|at\s+the\s+end\s+of"
    r"|within\s+(?:an?|one|two|three|\d+|minutes|hours)\s+(?:minutes?\s+|hours?\s+)?of)"
    rf"\s+(?:the|a|an|his|her|their|its|this|Monday's|Tuesday's)\s+(?:[\w-]+\s+){{0,2}}?{_EVENT}"
    r")(?![\w-])"
)

ENGLISH = LanguageTables(
    code="en",
    reporting_verbs=REPORTING_VERBS,
    pronominal_verbs={},
    reflexives=frozenset(),
    multiword_verbs=MULTIWORD_VERBS,
    np_claim_verbs=NP_CLAIM_VERBS,
    absolute_prepositions=frozenset({"with"}),
    demonym_suffixes=("ian", "ard", "ese", "man", "woman"),
    plain_person_nouns=frozenset({"man", "woman", "boy", "girl", "rookie", "youngster"}),
    party_member_nouns=frozenset({"democrat", "republican", "tory", "conservative", "liberal", "socialist",
                                  "libertarian"}),
    publication_verbs=frozenset({"publish", "release", "issue", "unveil", "post", "file", "sign", "send", "read",
                                 "date"}),
    predicative_marks=frozenset({"as"}),
    simultaneity_marks=frozenset({"as", "while", "when"}),
    agent_prepositions=frozenset({"by"}),
    link_labels=(", opens new tab", "opens new tab", "(opens in new tab)", "(opens in a new tab)",
                 "(opens in new window)", "(opens in a new window)", ", opens in new window",
                 ", opens in a new window"),
    role_verbs=frozenset({"serve", "act", "work"}),
    document_nouns=_words("study survey poll report research analysis estimate review audit assessment memo notice "
                          "filing filings document documents letter ruling judgment judgement indictment complaint "
                          "affidavit sheet email label transcript minutes bulletin advisory forecast order "
                          "directive circular notification guidelines"),
    data_nouns=_words("data datum figures figure statistics statistic"),
    quantity_nouns=_words("hundred thousand dozen group majority number crowd handful"),
    topic_prepositions=frozenset({"of", "about", "against"}),
    thing_pronouns=frozenset({"it"}),
    evaluative_verbs=_words("criticize criticise praise hail welcome condemn denounce blame defend justify"),
    claim_complements={"blame": frozenset({"on", "for"})},
    backshift_auxiliaries=frozenset({"would", "could", "had", "might", "should"}),
    prepositional_claims={"call": frozenset({"for", "on"}), "press": frozenset({"for"}), "push": frozenset({"for"}),
                          "appeal": frozenset({"for"}), "caution": frozenset({"against"}),
                          "warn": frozenset({"against"})},
    vote_verbs=_words("reject"),
    legislation_nouns=_words("bill law act amendment motion reform budget referendum ordinance measure offer deal bid "
                             "proposal settlement"),
    object_predicate_verbs=OBJECT_PREDICATE_VERBS,
    infinitive_verbs=INFINITIVE_VERBS,
    predicative_verbs=frozenset(),
    age_suffixes=("-year-old",),
    # (no single letter: `Sen. X (R), a senator from Texas` is a party's label)
    street_suffixes=_words("street road avenue boulevard highway parkway turnpike expressway freeway"),
    photo_positions=frozenset({"left", "right", "centre", "center", "second left", "second right", "far left",
                               "far right", "front", "back", "top", "bottom", "inset", "pictured", "left to right",
                               "from left", "file photo", "file"}),
    stated_age=r",\s*(?:aged\s+)?(\d{1,3})\s*[,.;)]",
    family_nouns=frozenset({"family", "clan", "dynasty"}),
    clause_only_verbs=_words("hold rule"),
    parent_nouns=frozenset({"father", "mother", "dad", "mum", "mom", "grandfather", "grandmother"}),
    origin_prepositions=frozenset({"from"}),
    finding_verbs=_words("find show suggest reveal demonstrate prove indicate report estimate conclude calculate"),
    finding_subjects=_words("study survey poll report research analysis review audit assessment figures data "
                            "statistics numbers documents emails records paper preprint trial experiment results "
                            "findings testing test tests sampling"),
    naming_words=frozenset({"titled", "entitled", "dubbed", "named", "nicknamed", "christened", "branded"}),
    role_abbreviations=frozenset({"PM"}),
    noun_gerund_prepositions=frozenset({"under"}),
    prepositions_only=frozenset({"amid", "amidst", "among", "amongst", "despite", "via", "toward", "towards"}),
    naming_verbs=frozenset({"nickname", "dub", "christen", "rename"}),
    refusal_verbs=frozenset({"decline", "refuse"}),
    prospective_verbs=frozenset({"prepare", "plan", "intend", "aim", "gear", "ready", "mean", "try", "seek",
                                "attempt", "want"}),
    # (and learning, no saying: `found out she was being sued`)
    act_complements=frozenset({("plead", "guilty"), ("plead", "innocent"), ("plead", "no"), ("find", "out")}),
    act_prepositions=frozenset({("condemn", "to")}),
    verb_like_compounds=frozenset({("think", "tank"), ("think", "tanks"), ("watch", "dog"), ("watch", "list"),
                                   ("stand", "off"), ("spin", "doctor"), ("drive", "time")}),
    nationality_adjectives=_words("""
        afghan albanian algerian american argentine argentinian armenian australian austrian azerbaijani
        bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese cambodian cameroonian
        canadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian
        egyptian emirati english eritrean estonian ethiopian european filipino finnish french georgian german
        ghanaian greek guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish
        israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovan kuwaiti kyrgyz lebanese
        libyan lithuanian latvian luxembourgish malaysian malian maltese mexican moldovan mongolian montenegrin
        moroccan mozambican namibian nepalese nigerian nigerien norwegian pakistani palestinian panamanian
        paraguayan peruvian polish portuguese qatari romanian russian rwandan saudi scottish senegalese serbian
        singaporean slovak slovenian somali spanish sudanese swedish swiss syrian taiwanese tajik tanzanian thai
        tunisian turkish ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
    """),
    office_modifiers=frozenset({"shadow", "former", "deputy", "vice", "assistant", "acting", "interim", "ex",
                                "junior", "outgoing"}),
    past_office_modifiers=frozenset({"former", "ex", "retired"}),
    past_role_adverbs=frozenset({"previously", "formerly", "once"}),
    perfect_auxiliaries=frozenset({"have"}),
    given_name_roles=frozenset({"dean", "earl"}),
    role_periphrases=periphrases({
        "skipper": ("captain",), "pm": ("prime minister",), "gaffer": ("manager", "head coach"),
        "boss": ("manager", "head coach", "chief executive", "ceo"),
        "top cop": ("police chief", "commissioner", "chief constable"),
        "police chief": ("chief constable", "police commissioner", "commissioner", "chief of police"),
        "city top lawyer": ("city attorney",), "top lawyer": ("attorney general",),
        "minister": tuple(f"{portfolio} secretary" for portfolio in (
            "home", "foreign", "health", "transport", "education", "defence", "environment", "culture", "justice",
            "business", "energy", "pensions", "housing", "treasury", "trade", "scotland", "wales")
        ) + ("secretary state",),
        "chief executive": ("ceo",), "ceo": ("chief executive",),
        # (the office an abbreviated title before a name stands for: `Gov. X` … `the governor said`)
        "governor": ("gov.", "gov"), "senator": ("sen.", "sen"), "congressman": ("rep.",), "congresswoman": ("rep.",),
        "representative": ("rep.",), "general": ("gen.",), "colonel": ("col.",), "captain": ("capt.",),
        "sergeant": ("sgt.",), "detective": ("det.",), "inspector": ("insp.",), "superintendent": ("supt.",),
        "councillor": ("cllr", "cllr.", "coun.", "cr"), "councilor": ("coun.", "cllr"),
        "alderman": ("ald.", "ald"), "alderwoman": ("ald.", "ald"),
    }),
    leader_nouns=frozenset({"chief", "boss", "head", "leader", "supremo"}),
    generic_organizations=_words("""
        union club group company firm association federation party cooperative co-op collective carrier
        manufacturer operator movement confederation league charity foundation organization
        organisation chain brand startup start-up retailer airline
    """),
    head_titles=_words("""
        president director chair chairman chairwoman chairperson chief head ceo executive commissioner leader
        governor secretary-general superintendent principal founder manager
    """),
    exclusive_offices=_words("""
        judge senator congressman congresswoman mayor governor prosecutor sheriff lawyer ambassador coroner
        councillor councilman councilwoman minister secretary chancellor premier
        forward guard defender midfielder goalkeeper quarterback pitcher catcher
    """),
    surname_particles=_words("Ó Ní Nic Mac Mc Van Von De Di Da Du Del Della Dos Das Al El Ben Bin Abu Le Te"),
    question_labels=frozenset({"q", "question"}),
    interview_words=frozenset({"questions", "interview", "interviewed", "q&a"}),
    byline_openers=("by ", "interview by ", "interviewed by ", "words by ", "reporting by "),
    role_participle_prepositions=frozenset({"of", "for", "to", "with"}),
    age_complement=r",?\s+aged\s+\d{1,3}\b",
    headline_offices=_words("minister secretary governor mayor president premier chancellor senator judge chief boss "
                            "head director ceo chairman chairwoman chair commissioner captain coach manager prosecutor "
                            "sheriff ambassador envoy leader"),
    ranking=r"(?:\w+\s+)?(?:No\.?|number)\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+seed)?",
    tenure_complement=r"\s+(?:since\s|for\s+(?:(?:more\s+than|nearly|almost|over|about|some)\s+)?(?:\d+|two|three|four|"
                      r"five|six|seven|eight|nine|ten|a\s+dozen|\w+teen|twenty|thirty|forty|fifty|several|many)\s+"
                      r"(?:years?|decades?|months?)\b).*$",
    # (and a bare membership: `a member since 1968`; not `member of the European Parliament`)
    # (`The elder Ogilvie`: the older of two namesakes)
    not_roles=frozenset({"good sport", "ever the diplomat", "ever the optimist", "ever the pragmatist", "member",
                         "elder"}),
    not_role_endings=(" by training", " by trade"),
    anaphoric_roles=frozenset({"official", "executive", "politician", "lawmaker", "man", "woman", "activist",
                               "campaigner", "unionist", "representative"}),
    sign_nouns=_words("banner placard sign poster billboard banners placards signs posters inscription "
                      "inscriptions"),
    privative_marks=frozenset({"without"}),
    appointment_participles=_words("elected re-elected appointed named promoted"),
    anaphoric_modifiers=frozenset({"such"}),
    rejection_verbs=_words("reject dismiss deny refute rebut dispute rubbish"),
    claim_nouns=_words("claim suggestion allegation accusation report assertion charge speculation rumour rumor idea "
                       "notion explanation account version characterization characterisation term label description"),
    claim_content_openers=frozenset({"that"}),
    denial_quantifiers=frozenset({"any", "all"}),
    credit_words=frozenset({"photo", "photos", "photograph", "picture", "image", "credit", "illustration", "©"}),
    teaser_labels=("also read", "read also", "read more", "see also", "related:", "related story", "more on this",
                   "you may also like", "recommended:", "most viewed", "most read", "most popular", "explainer"),
    keyword_labels=("tags", "topics", "related topics", "subjects", "keywords", "filed under"),
    second_person=_words("you your yours yourself yourselves"),
    answer_labels=frozenset({"a", "answer"}),
    affiliation_prepositions=frozenset({"at"}),
    institution_prepositions=frozenset({"at"}),
    consequence_verbs=_words("send prompt trigger spark provoke fuel drive push lift boost drag knock"),
    name_adjectives=_words("northern southern eastern western central national royal united general"),
    emphatic_pronouns=_words("himself herself themselves"),
    clock_abbreviations=frozenset({"a.m.", "p.m."}),
    post_nominal_titles=frozenset({"SC", "QC", "KC", "BL", "MP", "MEP", "MSP", "TD", "MLA", "MPP", "MHA", "MNA",
                                   "AM"}),
    bearing_nouns=_words("voice eyes eye tears smile face fist hands hand throat head"),
    mention_stop_prepositions=_words("""
        in at on before after during since from to into against with without despite amid among
        toward towards outside inside near via as
    """),
    verb_forms=_ing_forms(REPORTING_VERBS),
    present_forms=_s_forms(REPORTING_VERBS),
    pronouns=PRONOUNS,
    latter_anaphors={"the latter": None},
    non_subjects=NON_SUBJECTS,
    coordinators=frozenset({"and"}),
    negative_pronouns=_words("nothing nobody none"),
    first_second_person=FIRST_SECOND_PERSON,
    honorifics=HONORIFICS,
    honorific_genders={**dict.fromkeys(("Mr", "Mr.", "Sir", "Lord"), "Masc"),
                       **dict.fromkeys(("Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Madam", "Mdm", "Mdm.", "Dame", "Lady"),
                                       "Fem")},
    honorific_upos="PROPN",
    possessive_marks=frozenset({"'", "’"}),
    whole_words=frozenset({"its"}),
    # (and British police ranks: `Forensic collision investigator PC Mark Delaney`; a councillor's: `budget chief
    # Coun. Priya Raman`)
    address_titles=frozenset({"doctor", "professor", "dr", "dr.", "prof", "prof.", "pc", "pcso", "dc", "ds", "di",
                              "dci", "coun", "coun.", "cllr", "cllr."}),
    adverbial_marks=_words("after before when while because as since although though once until unless whereas"),
    interrogative_marks=frozenset({"whether", "if"}),
    question_verbs=frozenset({"ask", "wonder", "inquire", "enquire", "query", "question", "consider"}),
    reply_verbs=frozenset({"reply", "answer", "respond", "retort", "counter"}),
    source_headlines=True,
    event_name_nouns=frozenset({"storm", "hurricane", "cyclone", "typhoon", "tropical", "wildfire", "operation"}),
    presenter_roles=_words("host anchor presenter correspondent reporter byline moderator interviewer newsreader "
                           "co-host cohost narrator announcer"),
    singular_numerals=frozenset({"1", "one", "a", "an"}),
    title_suffixes=("ologist", "ician", "iatrist", "ographer", "icist", "ntist", "omist", "alist", "nist", "vist",
                    "gist", "yist", "elist", "rist", "alyst"),
    agent_suffixes=("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "ess", "ic", "ogue", "ect"),
    organization_joiners=frozenset({"of", "for", "on", "and", "&"}),
    role_of=frozenset({"of"}),
    auxiliary_lemmas=frozenset({"have", "be", "do"}),
    name_particles=frozenset({"de", "De", "van", "Van", "von", "Von", "der", "Der", "den", "ter", "da", "Da",
                              "di", "Di", "del", "Del", "al", "Al", "bin", "ibn", "Mac", "le", "Le", "la", "La"}),
    title_nouns=TITLE_NOUNS,
    given_name_initials=True,
    role_honorifics=_words("""
        Sen Sen. Rep Rep. Gov Gov. Gen Gen. Lt Lt. Col Col. Capt Capt. Sgt Sgt. Maj Maj. Adm Adm. Cmdr Cmdr.
        Pres Pres. Prof Prof. Dr Dr. Justice Judge Det Det. Insp Insp. Supt Supt. DCI Cllr Cllr. Coun Coun. Ald Ald.
        PC PCSO DC DS DI DSU DCS
    """),
    # (and being reached for comment: `Reached by phone on Sunday, she said…`)
    speaking_verbs=frozenset({"speak", "talk", "address", "testify", "appear", "answer", "respond", "ask",
                              "reach", "contact", "interview", "question", "raise", "hear"}),
    gathering_verbs=frozenset({"meet", "gather", "convene", "assemble"}),
    anaphoric_org_nouns=frozenset({"group", "organization", "organisation", "company", "firm", "charity", "ngo",
                                   "foundation", "institution", "retailer", "carmaker", "automaker", "operator",
                                   "manufacturer", "giant", "club", "federation", "lender", "insurer", "chain",
                                   "airline", "startup", "start-up", "bank", "broadcaster", "union", "supermarket",
                                   "brand", "platform", "developer", "producer", "chipmaker", "drugmaker",
                                   "planemaker", "miner", "utility", "carrier", "publisher", "studio", "supplier",
                                   "conglomerate", "agency", "regulator", "watchdog", "hospital", "university",
                                   "network", "party", "league"}),
    continuation_verbs=frozenset({"add", "continue", "conclude", "go on", "reiterate", "repeat"}),
    organization_nouns=ORGANIZATION_NOUNS,
    organization_name_words=ORGANIZATION_NAME_WORDS,
    person_nouns=PERSON_NOUNS,
    work_nouns=_words("""
        film movie book novel memoir essay album song single title series show programme program
        documentary play exhibition newspaper magazine journal newsletter podcast blog column op-ed
        editorial operation plan program project mission bill act law report campaign slogan movement heading
        message advisory alert petition manifesto charter initiative scheme strategy
        festival prize award hashtag app software brand headline study paper theme motto
    """),
    attribution_preps=(("according", "to"), ("per",), ("in", "the", "words", "of"),
                       ("in", "the", "view", "of"), ("in", "the", "eyes", "of")),
    opinion_preps=frozenset({"for"}),
    rate_prepositions=frozenset({"per"}),
    opinion_prep_exclusions=(("for", "now"), ("for", "example"), ("for", "instance"), ("for", "years"),
                             ("for", "decades"), ("for", "months"), ("for", "weeks"), ("for", "days"),
                             ("for", "the", "first"), ("for", "the", "moment"), ("for", "this"),
                             ("for", "that"), ("for", "its", "part"), ("for", "his", "part"),
                             ("for", "her", "part"), ("for", "their", "part")),
    parenthetical_marks=frozenset({"as"}),
    complementizers=frozenset({"that"}),
    infinitive_markers=frozenset({"to"}),
    cleft_openings=(("that", "is", "what"), ("that", "'s", "what"), ("that", "’s", "what"),
                    ("this", "is", "what"), ("so", "said")),
    date_pattern=DATE_PATTERN,
    weekdays=DAYS,
    months=MONTHS,
    relative_days=RELATIVE_DAYS,
    past_markers=frozenset({"last"}),
    dateparser_language="en",
    negations=frozenset({"not", "n't", "n’t", "never"}),
    negation_adverbs=frozenset({"not", "n't", "n’t", "never"}),
    relative_subjects=frozenset({"who", "which", "that"}),
    bare_complement_clauses=True,
    reply_nouns=frozenset({"answer", "response", "reply", "retort", "verdict"}),
    statement_nouns=frozenset({"statement", "report", "release", "letter", "message", "interview", "post",
                               "tweet", "memo", "filing", "note", "speech", "briefing", "transcript", "email",
                               "communique", "communiqué", "announcement", "declaration", "testimony", "words",
                               "figures", "data", "statistics"}),
    reading_verbs=frozenset({"read"}),
    present_participle_endings=("ing",),
    medium_prepositions=_words("in on via"),
    place_prepositions=_words("into onto in at"),
    addressee_verbs=frozenset({"tell", "inform", "assure", "reassure", "remind", "notify", "brief", "advise",
                               "update", "email", "text", "message"}),
    subject_first_incises=True,
    # straight single quotes too (British style as scraped: 'We have to accept it,' he said); apostrophes
    # between letters, before a digit (`the '90s`) or left open are not marks
    quote_pairs={"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"},
)
