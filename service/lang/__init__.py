"""Per-language knowledge the extractor reads: verbs, titles, pronouns, date words, quote marks.

Code never spells words of a language: it asks a `LanguageTables`. Adding a language is adding a module
here that builds one, plus its Stanza model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache


@dataclass(frozen=True)
class Pronoun:
    gender: str | None  # "Masc", "Fem", "Neut" (an organisation's `it`) or None (either)
    number: str  # "Sing" or "Plur"


@dataclass(frozen=True)
class LanguageTables:
    code: str
    # Reporting verbs: lemma -> canonical lemma as reported (pronominal and multiword lemmas kept whole).
    reporting_verbs: frozenset[str]
    # Pronominal reporting verbs, as "se <lemma>" -> reported lemma ("s'indigner").
    pronominal_verbs: dict[str, str]
    # Reflexive clitics that make a verb pronominal (apostrophes as ').
    reflexives: frozenset[str]
    # Light verb + complement lemmas that report speech as a whole ("faire savoir").
    multiword_verbs: dict[tuple[str, str], str]
    # Verbs whose noun-phrase object is a reported claim (`nier toute implication`).
    np_claim_verbs: frozenset[str]
    # Verbs whose object and its predicate are the reported content (`exhorter X à`, `qualifier X de`).
    object_predicate_verbs: frozenset[str]
    # Finite forms -> lemma, to read inverted forms fused with their clitic (`estime-t-elle`).
    verb_forms: dict[str, str]
    # Verbs whose infinitive complement is reported content (`a reconnu avoir subi`), not a plan.
    infinitive_verbs: frozenset[str]
    # Pronominal verbs whose adjectival or nominal predicate is the reported stance (`se dire prêt`).
    predicative_verbs: frozenset[str]
    # Prepositions whose phrase ends a speaker's noun phrase (locative, temporal).
    mention_stop_prepositions: frozenset[str]
    # Subject pronouns that can stand for a speaker, with their agreement.
    pronouns: dict[str, Pronoun]
    # Words a parser may label subject that never head a speaker mention: relatives, object clitics,
    # the euphonic -t of `a-t-il`, demonstratives of a cleft (apostrophes as ').
    non_subjects: frozenset[str]
    # Pronouns of the speaker/addressee (`selon moi`): never a third-party source.
    first_second_person: frozenset[str]
    honorifics: frozenset[str]
    # Capitalised particles inside a person's name (`Bruno Le Maire`, `Ursula von der Leyen`).
    name_particles: frozenset[str]
    # Head nouns of a role or function (`président`, `porte-parole`): a noun phrase headed by one is a title.
    title_nouns: frozenset[str]
    # Head nouns of organisations (`ministère`, `journal`).
    organization_nouns: frozenset[str]
    # Words that make a proper name an organisation's (`Wall Street Journal`, `Agence France-Presse`).
    organization_name_words: frozenset[str]
    # Nouns that name people or sources without being roles (`source`, `mari`, `habitant`).
    person_nouns: frozenset[str]
    # Nouns naming a work, a publication or an operation: quotation marks right after them frame a name
    # (`le film « … »`, `l'opération « … »`), not a quotation.
    work_nouns: frozenset[str]
    # Prepositions that attribute a statement without a verb (`selon X`, `d'après X`), as word sequences.
    attribution_preps: tuple[tuple[str, ...], ...]
    # Sentence-initial preposition that attributes an opinion only before a person (`Pour X, P`).
    opinion_preps: frozenset[str]
    # Fixed phrases starting with an opinion preposition that are not attributions (`pour sa part`).
    opinion_prep_exclusions: tuple[tuple[str, ...], ...]
    # Subordinators of a parenthetical attribution (`comme l'a déclaré X`).
    parenthetical_marks: frozenset[str]
    # Complementizers dropped from the reported clause (`que`, `qu'`), and infinitive markers (`de`).
    complementizers: frozenset[str]
    infinitive_markers: frozenset[str]
    # Sentence openings of a cleft that points back at the previous statement (`C'est ce qu'a dit X`).
    cleft_openings: tuple[tuple[str, ...], ...]
    # Date expressions: regular expression source, matched case-insensitively on the text.
    date_pattern: str
    weekdays: dict[str, int]
    months: dict[str, int]
    # Relative day words -> offset in days from the publication date.
    relative_days: dict[str, int]
    # Words that push a weekday back a week (`mardi dernier`).
    past_markers: frozenset[str]
    dateparser_language: str
    # Negation particles that may stand between a subject or clitic and its verb (`ne`, `not`).
    negations: frozenset[str] = frozenset()
    # Adverbs that negate a verb: a negated reporting verb reports nothing (`n'a pas précisé si…`,
    # `did not confirm the extension`).
    negation_adverbs: frozenset[str] = frozenset()
    # Relative pronouns that subject a relative clause (`X, qui a ajouté`): the speaker is their antecedent.
    relative_subjects: frozenset[str] = frozenset()
    # Nouns of a statement whose author is the source (`selon un communiqué du ministère`).
    statement_nouns: frozenset[str] = frozenset()
    # Nouns of a reply: subject of the sentence a colon closes, their possessor speaks the quotation after it
    # (`Brennan's answer was blunt: "…"`).
    reply_nouns: frozenset[str] = frozenset()
    # Things that carry a slogan (`une banderole proclamant « … »`, `a sign reading "…"`): what they display is
    # no one's quote.
    sign_nouns: frozenset[str] = frozenset()
    # Reporting verbs whose bare noun phrase after them is the addressee, never an inverted subject
    # (English `…, told Reuters`; French inverts every reporting verb, so none there).
    addressee_verbs: frozenset[str] = frozenset()
    # Words that take up the person named last, whatever their role in the sentence (`ce dernier`, `celle-ci`,
    # `l'intéressée`), lowercase, apostrophes as ', with their gender.
    latter_anaphors: dict[str, str | None] = field(default_factory=dict)
    # Whether a finite complement clause may go without its complementizer (English `said the plan failed`;
    # French always writes `que`, where a bare clause after the verb is a parse of something else).
    bare_complement_clauses: bool = False
    # Whether an unquoted statement may be followed by its attribution in subject-verb order (English
    # `Inflation will fall, the bank said.`); French inverts there (`…, a indiqué la banque`).
    subject_first_incises: bool = False
    # Prepositions whose phrase belongs to a role's mention (`ministre aux Transports`) but not to another
    # noun's (`confie sa mère au Progrès`: the addressee).
    role_only_prepositions: frozenset[str] = frozenset()
    # Nouns of the place or channel a statement is made at, never part of a role's mention (`l'attaquant au
    # micro de Prime Video`, `à l'antenne de`).
    medium_nouns: frozenset[str] = frozenset()
    # Prepositions of a role's employer, kept in the mention before a name (`Analysts at Bernstein wrote`,
    # `les analystes chez Oddo BHF`), though they stop it before a common noun (`the minister at the summit`).
    affiliation_prepositions: frozenset[str] = frozenset()
    # Prepositions that also give the employer when it is an institution's common noun (`une source au
    # ministère des Affaires étrangères`), not a place (`un habitant à Namur`).
    institution_prepositions: frozenset[str] = frozenset()
    # Prepositions of an infinitive that tells what the speaker did next (`…, avant d'ajouter que`): a second
    # saying of the same speaker, not part of the first one's content.
    sequel_markers: frozenset[str] = frozenset()
    # Adjectives that open a name when capitalised before it (`Northern Powergrid`, `Royal Mail`), though the
    # tagger reads them as adjectives.
    name_adjectives: frozenset[str] = frozenset()
    # Verbs of consequence whose participle, set off at the end of a reported clause, tells what the saying
    # caused (`…, sending shares up 5%`, `…, suscitant la colère des syndicats`): the writer's words.
    consequence_verbs: frozenset[str] = frozenset()
    # Nouns of a speaker's bearing, heads of a set-off phrase of manner, not an apposition naming the speaker
    # (`la mère d'une victime, la voix brisée`, `his voice breaking`).
    bearing_nouns: frozenset[str] = frozenset()
    # Lemmas of the auxiliaries, whatever their tag (`a` of `a-t-il fait valoir` taken for the main verb).
    auxiliary_lemmas: frozenset[str] = frozenset()
    # The preposition of a role's place or body (`céréalier de l'Ain`, `treasurer of Hamilton County`).
    role_of: frozenset[str] = frozenset()
    # Compound nouns whose first part is spelt like a verb (`think tank`): the tagger's verb is the noun.
    verb_like_compounds: frozenset[tuple[str, str]] = frozenset()
    # Endings of nouns describing a person by age (`the 47-year-old`, `le quadragénaire`): a description of
    # the person just named, never a title.
    age_suffixes: tuple[str, ...] = ()
    # What a photo caption's brackets say of where someone stands (`X (centre)`, `Y (à droite)`): no role
    photo_positions: frozenset[str] = frozenset()
    # Verbs that name when reflexive (`Le logiciel s'appelle « Sillon »`): a name, no quotation
    reflexive_naming_verbs: frozenset[str] = frozenset()
    # The decade an age noun states (`quinquagénaire`: 50), and how an age is written after a name (`Sylvie
    # Decroix, 52 ans,`, `Dimitri Kostas, 54,`): an age description is the person named with a fitting age.
    age_decades: dict[str, int] = field(default_factory=dict)
    # Military and police ranks, which a role set off before them outranks as the title (`le porte-parole de
    # l'armée, le major X`). Lowercase.
    rank_nouns: frozenset[str] = frozenset()
    # Adverbs that open a compound preposition with the `de` after them (`représentant permanent de la France
    # auprès des Nations unies`): the parser tags them ADV, yet the role goes on through them. Lowercase.
    prepositional_adverbs: frozenset[str] = frozenset()
    # Prepositions of a passive's agent: the name after a participle of being reached and one of them is the
    # outlet that reached the speaker (`Jointe ce jeudi par Midi Libre`, `Reached by The Post`), no person.
    agent_prepositions: frozenset[str] = frozenset()
    # Dashes that open a dialogue's turns, one line each (`— Je ne sais pas.`): empty where the language's press
    # does not set dialogue so.
    dialogue_dashes: tuple[str, ...] = ()
    # Forms of address before a name in a turn of dialogue (`…, monsieur Lemaire.`): the one addressed answers
    # next. Lowercase.
    vocative_titles: frozenset[str] = frozenset()
    # Prepositions of where a person comes from, which end their role (`a truck driver from Mansoura`). Lowercase.
    origin_prepositions: frozenset[str] = frozenset()
    # A preposition the tagger may read as an article (`d'` in `a demandé d'entrée de jeu l'animatrice`, `d'une
    # voix blanche`): after an incise's verb it opens a complement, never the inverted subject. Lowercase.
    complement_openers: frozenset[str] = frozenset()
    # Verbs that report only with a clause (`The court held that P`, `P, rules Supreme Court`); with a noun
    # phrase they are acts (`held talks`, `held a banner reading…`, `ruled the country`).
    clause_only_verbs: frozenset[str] = frozenset()
    # Verbs of a finding and the documents or data that state one (`The report found that P`, `Les courriels
    # montrent que P`): a finding is no one's statement, so no quote.
    finding_verbs: frozenset[str] = frozenset()
    finding_subjects: frozenset[str] = frozenset()
    # Participles that announce a name in quotation marks (`intitulé`, `titled`): a title, not speech.
    naming_words: frozenset[str] = frozenset()
    # Capitalised abbreviations of an office the tagger reads as something else (`PM`, a time of day): right
    # after a verb (`'…', says PM`), the office holder.
    role_abbreviations: frozenset[str] = frozenset()
    # Prepositions after which an -ing form is a noun (`admitted under questioning that…`): read as a verb, it
    # took the reported clause from the reporting verb.
    noun_gerund_prepositions: frozenset[str] = frozenset()
    # Words that are only ever prepositions, whatever the tagger says (`amid`, `malgré`).
    prepositions_only: frozenset[str] = frozenset()
    # Forms that can only be a finite auxiliary, never a preposition, with their lemma and features (French
    # `a`: the preposition is `à`; `a pour sa part tancé` read as `à pour sa part`).
    auxiliaries_only: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Nouns a surname completes to name a family, no one person (`la famille Decroix`, `the Kostas family`).
    family_nouns: frozenset[str] = frozenset()
    stated_age: str = ""
    # Nouns of a street or square naming the institution there (`a-t-on indiqué rue de Grenelle`).
    street_nouns: frozenset[str] = frozenset()
    # Casefolded nouns that end a street's or a road's name (`Raymond Road`, `Fifth Avenue`): a place, however
    # like a person's name its first word is.
    street_suffixes: frozenset[str] = frozenset()
    # Modifiers that make a role another office (`shadow`, `former`, `deputy`; `ancien`, `adjoint`): a known
    # title with one is not what a description without it means.
    office_modifiers: frozenset[str] = frozenset()
    # Those of them that put the office in the past (`former`, `ancienne`): a description with one may be of
    # someone whose present title is another (`l'ancienne ministre de la culture` of the outgoing party leader).
    past_office_modifiers: frozenset[str] = frozenset()
    # Adverbs that put a predicated role in the past (`X was previously chief operating officer at Y`): no title.
    past_role_adverbs: frozenset[str] = frozenset()
    # Verbs that report only with their reflexive clitic (`s'emporter`, `s'étonner`): without it they carry,
    # astonish or raise something (`emportant le satellite`).
    pronominal_only: frozenset[str] = frozenset()
    # Lemmas of the auxiliaries of compound tenses (`avoir`, `être`): a finite one a few words before a bare
    # participle, a phrase between (`a pour sa part dénoncé`), is that participle's auxiliary however parsed.
    perfect_auxiliaries: frozenset[str] = frozenset()
    # Role words that are also common given names (`Dean`): alone before a surname, a name.
    given_name_roles: frozenset[str] = frozenset()
    # The press's other names for an office (folded content words -> the offices they stand for, folded content
    # words): `le représentant de l'État` is the prefect, `le grand argentier` the finance minister, `the skipper`
    # the captain. A description by one refers to whoever holds one of those offices in the text.
    role_periphrases: dict[frozenset[str], tuple[frozenset[str], ...]] = field(default_factory=dict)
    # Nouns naming the head of something by what it heads (`union chief`, `le patron de la CGT`), and the titles
    # that make someone that head (folded): `Observatory chief` is the person titled `Observatory director`.
    leader_nouns: frozenset[str] = frozenset()
    head_titles: frozenset[str] = frozenset()
    # Common nouns for a kind of organisation (folded) that the press uses to refer back to one the text named
    # (`Le responsable du syndicat` after `le président de la FDSEA`, `the club's boss`): such a head is whoever
    # holds a head's title nearest before, whatever organisation the title names.
    generic_organizations: frozenset[str] = frozenset()
    # Offices no one holds two of at once (folded): a description by one is not the holder of another (`U.S.
    # District Judge X` … `The congressman said`), unlike a description by a looser role (`the official`).
    exclusive_offices: frozenset[str] = frozenset()
    # Capitalised particles that open a surname (`Ó Murchú`, `Van Dyke`, `De Gaulle`): `Mr Ó Murchú` is the end
    # of `Eoin Ó Murchú`, not a full name of its own.
    surname_particles: frozenset[str] = frozenset()
    # Nationality adjectives written before a role (`Dutch Green lawmaker X`, `French Fisheries Minister X`):
    # they describe the person, they are not part of the title. (French writes them after the role, where
    # they are part of it: `le président français`.)
    nationality_adjectives: frozenset[str] = frozenset()
    # A reporting verb with this complement is an act, not speech (`pleaded guilty`, `a plaidé coupable`).
    act_complements: frozenset[tuple[str, str]] = frozenset()
    # A verb and the preposition of a complement that makes it an act (`condamner X à deux ans`: a sentence,
    # not a condemnation; `condemned him to death`).
    act_prepositions: frozenset[tuple[str, str]] = frozenset()
    # Verbs of refusal: their infinitive says nothing (`declined to say whether…`, `a refusé de confirmer`).
    refusal_verbs: frozenset[str] = frozenset()
    # Verbs of preparing or intending: their infinitive has not been said yet (`is preparing to ask the
    # government to…`, `s'apprête à demander`).
    prospective_verbs: frozenset[str] = frozenset()
    # Labels of an interview transcript's lines (`Q: …` / `A: …`): the answer label's lines are the
    # interviewee's, verbatim by construction.
    question_labels: frozenset[str] = frozenset()
    # Words of a paragraph or heading that introduces questions put to someone (`Trois questions à X`, `Elle a
    # répondu aux questions de la RTS`), casefolded.
    interview_words: frozenset[str] = frozenset()
    answer_labels: frozenset[str] = frozenset()
    # Words opening a byline or a credit line (`By Owen Tranter`, `Propos recueillis par X`): the name on it is
    # the journalist's, never the interviewee's.
    byline_openers: tuple[str, ...] = ()
    # Prepositions after a participle that make it part of a role (`chargé de`, `déléguée à`, `in charge of`);
    # after any other the participle tells what befell the person (`évacuée avec ses enfants`).
    role_participle_prepositions: frozenset[str] = frozenset()
    # An age stated after a role noun (`romancière de 34 ans`), dropped from the title; empty: none.
    age_complement: str = ""
    # Role nouns whose description names someone without stating their office (`l'élu de Banalia` for the
    # assembly's president): no title of its own, and its complement is a place, not another office.
    alias_only_roles: frozenset[str] = frozenset()
    # Offices a headline names its speaker by, without article (`Unification minister says…`, `Frontex chief
    # warns…`): the role is the speaker's title; a bare common role is not (`Swimmer recalls…`).
    headline_offices: frozenset[str] = frozenset()
    # A ranking read like a role (`numéro 6 mondial`, `the No. 3 seed`): a placing, no title.
    ranking: str = ""
    # A role's tenure after it (`pêcheur depuis l'âge de quatorze ans`, `a nurse at X for 22 years`): how long,
    # not the role; a regex matching it to the end of the title.
    tenure_complement: str = ""
    # Phrases set off by a name that look like roles but state a manner (`beau joueur`, `good sport`), and
    # endings that make a role noun someone's training, not their position (`ingénieure de formation`).
    not_roles: frozenset[str] = frozenset()
    not_role_endings: tuple[str, ...] = ()
    # Openings of a phrase that tells what someone did, not their position (`auteur de ses 7e et 8e buts`,
    # `auteur de 38 arrêts`), a regular expression matched at the phrase's start; empty: none.
    act_descriptions: str = ""
    # Nouns set off after a name that state a condition, not a role (`Maëlle, 29 ans, enceinte de sept mois`).
    not_role_nouns: frozenset[str] = frozenset()
    # Role nouns general enough to take up any earlier role (`Une conseillère communale a estimé… L'élue,
    # Sarah Bontemps, a rappelé…`): a definite one of them, with a name apposed, names that earlier person.
    # Folded (lowercase, no accents).
    anaphoric_roles: frozenset[str] = frozenset()
    # Prepositions that deny the verb they introduce (`sans dire si…`, `without saying whether…`).
    privative_marks: frozenset[str] = frozenset()
    # Modifiers that make a noun point back at what was said before (`such claims`, `de telles accusations`): such
    # an object of a verb of claiming is no claim of its own.
    anaphoric_modifiers: frozenset[str] = frozenset()
    # Verbs of rejecting and the nouns of what others said that they reject with its content (`rejected claims that
    # P`, `a démenti les informations selon lesquelles P`): P is the others' words, denied, not the speaker's.
    rejection_verbs: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    # Words that open the content of such a noun after it (`that`, `selon lesquelles`).
    claim_content_openers: frozenset[str] = frozenset()
    # Determiners that make the rejection the speaker's own claim (`rejette toute accusation d'immobilisme`).
    denial_quantifiers: frozenset[str] = frozenset()
    # Words that open a photo's credit (`Photo RL/Marc Wirth`, `AP Photo/Evan Vucci`, `Crédit : …`): the name the
    # credit ends on is a photographer's, no one the article quotes.
    credit_words: frozenset[str] = frozenset()
    # Labels opening a related article's teaser line (casefolded): whom it quotes belongs to another story.
    teaser_labels: tuple[str, ...] = ()
    # Labels opening a page's list of keywords (casefolded, the colon after them): its names are topics, no one
    # the article quotes, and its commas no appositions (`Tags: Fisheries, Kenai Peninsula, King salmon`).
    keyword_labels: tuple[str, ...] = ()
    # Second-person pronouns and possessives: in an interview, the interviewer addressing the interviewee
    # (`Vous avez déclaré que…`, `Votre position vous vaut des critiques…` is a question without `?`).
    second_person: frozenset[str] = frozenset()
    # Nouns that with those prepositions make a complex preposition of place (`au sein de`, `à la tête de`):
    # their phrase places the noun's referent, it names no addressee (`une source au sein des services`).
    preposition_nouns: frozenset[str] = frozenset()
    # Generic organisation nouns that, with a definite article and no modifier, point back at the last
    # organisation named (`Greenpeace … L'ONG estime`).
    anaphoric_org_nouns: frozenset[str] = frozenset()
    # Whether a common noun as subject always has its determiner (French), so that a capitalised bare
    # singular noun opening a sentence is a name the tagger missed.
    subject_determiners: bool = False
    # Verbs of the occasion of speaking (`s'exprimant`, `speaking`): a participial clause of one before the
    # reporting verb describes the saying, so its date is the statement's.
    speaking_verbs: frozenset[str] = frozenset()
    # Verbs of a body's gathering (`réuni`, `meeting`): a participial clause of one before the reporting verb
    # places the saying in that meeting, so its date is the statement's (`Réuni mercredi, le conseil a dénoncé…`).
    gathering_verbs: frozenset[str] = frozenset()
    # Indefinite subject pronouns (`on`): `estime-t-on à Bercy` names its source in the place phrase after
    # the verb, introduced by one of `source_place_prepositions`.
    indefinite_pronouns: frozenset[str] = frozenset()
    source_place_prepositions: frozenset[str] = frozenset()
    # Relative adverbs of place: an indefinite subject in their clause speaks for the antecedent (`à Bercy, où
    # l'on assure que…`).
    place_relatives: frozenset[str] = frozenset()
    # Attribution prepositions that after a number make a rate (`14.2 per cent`), no source.
    rate_prepositions: frozenset[str] = frozenset()
    # Nouns of adverbial locutions after such a preposition, which name no place (`on salue au contraire`).
    adverbial_nouns: frozenset[str] = frozenset()
    # Verbs of learning that report what a source said when their subject is indefinite and the source
    # follows (`a-t-on appris de source policière`).
    sourced_verbs: frozenset[str] = frozenset()
    # Verbs of reading whose subject or source is a statement (`the statement read`, `peut-on lire dans le
    # communiqué`): they report its words; with any other subject they are no saying (`Read more`).
    reading_verbs: frozenset[str] = frozenset()
    # How every present participle ends (`-ant`): a form tagged one that does not is finite (`privilégient`).
    present_participle_endings: tuple[str, ...] = ()
    # Prepositions of the medium a statement was made in (`in a post`, `dans un communiqué`).
    medium_prepositions: frozenset[str] = frozenset()
    # Present forms of reporting verbs the tagger may read as plural nouns right before a complementizer (`The
    # paper … states that…`), form -> lemma; only there are they verbs whatever their tag.
    present_forms: dict[str, str] = field(default_factory=dict)
    # Prepositions of a place or a movement: after an object they say where it is or goes and predicate nothing of it
    # (`called him into a trailer`, `has called an emergency meeting in Nairobi`).
    place_prepositions: frozenset[str] = frozenset()
    # Honorifics that state a role, kept as the title as written (`Sen. Chuck Schumer`, `Gen.`), unlike
    # courtesy ones (`Mr`, `M.`).
    role_honorifics: frozenset[str] = frozenset()
    # Negative pronouns (`rien`, `nobody`): as the subject of a reporting verb, no one says anything (`rien ne
    # garantit que P`, `Nobody disputes that P`).
    negative_pronouns: frozenset[str] = frozenset()
    # Coordinating conjunctions that join two roles in one title (`déléguée CFDT et secrétaire du CSE`).
    coordinators: frozenset[str] = frozenset()
    # Courtesy honorifics that show the person's gender (`Mr` "Masc", `Madam` "Fem"): of two full names that
    # share the word a bare name repeats (`Koh Boon Seng`, `Koh Ah Lian`), each gender's honorific keeps to one.
    honorific_genders: dict[str, str] = field(default_factory=dict)
    # Reporting verbs that continue the previous statement (`ajouter`, `add`): their pronoun subject is
    # the one quoted last, even after a sentence about someone else.
    continuation_verbs: frozenset[str] = frozenset()
    # Whether two capitals before a surname can be a given name's initials (English `JD Vance`); in French
    # they are a party's acronym (`le député LR Aurélien Pradié`).
    given_name_initials: bool = False
    # The part of speech the treebanks give an honorific before a name, forced where the tagger guessed
    # another (`Me`, Maître, tagged as the pronoun `me`); empty: never forced.
    honorific_upos: str = ""
    # Tokens that are one word, lowercased, though a multi-word expander trained on web text may split them
    # (English `Its` as a misspelt `It's`).
    whole_words: frozenset[str] = frozenset()
    # The words a scraped page's links leave for screen readers (`, opens new tab`), dropped before tagging: they
    # sit inside sentences (`Microsoft (MSFT.O), opens new tab and Alphabet`) and wreck their parse.
    link_labels: tuple[str, ...] = ()
    # Words written after a hyphen that stay separate tokens (French clitics: `dit-il`, `a-t-on`, `celui-ci`);
    # any other tight `-word` the tokenizer split off is joined to the word before it (`porte` `-parole`,
    # `vice` `-président`). Empty: nothing joined.
    hyphen_clitics: frozenset[str] = frozenset()
    # Inverted subject clitics a tokenizer may leave fused to their verb (`a-t-on`): split as it splits
    # `a-t-il`. Not `nous`/`vous`, which end nouns (`rendez-vous`). Empty: nothing split.
    inverted_subjects: frozenset[str] = frozenset()
    # Apostrophes that, tight after a plural in -s and before a noun phrase, mark a possessive (English
    # `the teachers' union`), with the tag the treebanks give them; the tagger, trained on few, calls the mark
    # punctuation and the parser then makes the owner a second subject. Empty: never retagged.
    possessive_marks: frozenset[str] = frozenset()
    possessive_tags: tuple[str, str] = ("PART", "POS")
    # Endings of feminine role nouns (`directrice`, `chercheuse`): a role noun ending in -e otherwise shows no
    # gender (`ministre`, `infectiologue`), whatever the tagger says.
    feminine_suffixes: tuple[str, ...] = ()
    # Lemmas of verbs that give a name: the marks right after them hold a nickname, not a quotation
    # (`surnommé « le Grand »`, `dubbed "the Beast"`).
    naming_verbs: frozenset[str] = frozenset()
    # Lowercase words inside an organisation's name, between a part with an organisation word and a
    # capitalised part (`Bank of America`, `International Association of Machinists`).
    organization_joiners: frozenset[str] = frozenset()
    # Numerals that count one (a name counted by any other is several people: `21 340 Gaspésiens`).
    singular_numerals: frozenset[str] = frozenset({"1"})
    # Endings of profession nouns (`-logue`, `-ologist`): a noun with one is a role too.
    title_suffixes: tuple[str, ...] = ()
    # Endings of agent nouns (`-aire`, `-eur`, `-er`): a noun the tables lack before a name may be a trade only with
    # one (`le transitaire X`, not `le feuilleton X`).
    agent_suffixes: tuple[str, ...] = ()
    # Subordinators of an indirect question (`asked whether P`, `demande si P`): a reported question asserts
    # nothing, so it is no quote.
    interrogative_marks: frozenset[str] = frozenset()
    # Verbs of asking: an adverbial clause they open with an interrogative mark is their question (`asked if
    # P`), while after another verb it is a condition (`says further cuts likely if P`).
    question_verbs: frozenset[str] = frozenset()
    # Verbs of answering: the pronoun that answers (`she replied`) is the one the sentence before asked.
    reply_verbs: frozenset[str] = frozenset()
    # Whether a headline `Source: statement` names the statement's source (English `Police: …`), not its
    # topic (French `Immobilier : …`).
    source_headlines: bool = False
    # Nouns that open a named event's name (`Storm Ingrid`, `Hurricane Milton`): a headline's kicker, no source.
    event_name_nouns: frozenset[str] = frozenset()
    # Roles of a programme's own people in a transcript's speaker labels (`Name, Host:`): their turns are
    # narration, not quotes.
    presenter_roles: frozenset[str] = frozenset()
    # Subordinators of time, cause or concession: their clause after a verb's object is circumstance, never
    # what is said of the object (`praised his side after Arsenal came back`).
    adverbial_marks: frozenset[str] = frozenset()
    # Titles that are forms of address more than roles (`docteur`, `Dr`, folded): a role stated in apposition
    # is the title rather than them (`le docteur X, chef de service à l'hôpital…`).
    address_titles: frozenset[str] = frozenset()
    # Claim verbs of judgement (`criticize`, `saluer`): a bare object is their target, not what was said
    # (`criticized the bill`); only a modified one states a content (`dénonce la suppression de 300 postes`).
    evaluative_verbs: frozenset[str] = frozenset()
    # Claim verbs whose prepositional complement after the object completes the claim (`blamed the delay on a
    # dispute`, `blamed X for Y`): the phrase belongs to the content and makes the object a claim.
    claim_complements: dict[str, frozenset[str]] = field(default_factory=dict)
    # Auxiliaries of reported speech shifted back (`would`, `had`): a verb coordinated with the reporting verb
    # with one of them and no subject continues the reported clause (`said P and would not comment`).
    backshift_auxiliaries: frozenset[str] = frozenset()
    # Verbs whose prepositional object is a demand or a claim (`called for an urgent sitting`, `pressed for
    # talks`): the phrase without its preposition is the content.
    prepositional_claims: dict[str, frozenset[str]] = field(default_factory=dict)
    # Claim verbs that are a vote when their object is a legislative text or an offer (`les électeurs ont rejeté
    # la loi`, `senators rejected the bill`, `the union rejected the offer`; but `réclame un référendum` is a
    # demand).
    vote_verbs: frozenset[str] = frozenset()
    legislation_nouns: frozenset[str] = frozenset()
    # Prepositions of an absolute construction (`with X saying P`): their object subjects the participle.
    absolute_prepositions: frozenset[str] = frozenset()
    # Pronouns of things (`it`): a speaker only as the active subject of a reporting verb (`It said P`), and
    # then an organisation; otherwise expletive (`it is expected that`).
    thing_pronouns: frozenset[str] = frozenset()
    # Lowercase particles inside a person's name (`de`: `Amélie de Montchalin`), joined only between names.
    inner_name_particles: frozenset[str] = frozenset()
    # Elided articles the tokenizer may leave on the next word (`L'Équipe`): a name opening on one is a title's or a
    # firm's.
    elided_articles: frozenset[str] = frozenset()
    # Endings of nationality nouns, folded (`-ène`: `le Slovène`; `-ard`: `the Spaniard`): after an article they
    # describe someone already named.
    demonym_suffixes: tuple[str, ...] = ()
    # Nouns for a person as such (`le jeune homme`, `the woman`): after a definite article they describe someone
    # already named, like a nationality, and state no role.
    plain_person_nouns: frozenset[str] = frozenset()
    # Nouns of a parent, which with their own family count describe someone already named (`the father of four`,
    # `ce père de famille`), not a relative of someone else (`le père de la victime`). Lowercase lemmas.
    parent_nouns: frozenset[str] = frozenset()
    # Person nouns whose grammatical gender is the noun's, not the person's (`la recrue`, `la victime`, `le témoin`
    # may be a man or a woman): their article says nothing of whom they mean. Folded.
    fixed_gender_nouns: frozenset[str] = frozenset()
    # Capitalised nouns for a party's member (`the Nevada Democrat`, `the Tory`), folded: after an article, with
    # a state or region before them or not, they describe someone already named, like a nationality.
    party_member_nouns: frozenset[str] = frozenset()
    # Directive verbs whose addressee takes a preposition and whose content is the infinitive after it
    # (`demander à l'opérateur de « garantir… »`): addressee and infinitive are the reported content, as the
    # object and its predicate are for `appeler X à`. With the preposition (`à`) and the infinitive's mark (`de`).
    addressed_infinitive_verbs: frozenset[str] = frozenset()
    addressee_case: str = ""
    # Pronouns that take up a topic set off before a quotation (`212 postes, « c'est… »`).
    resumptive_pronouns: frozenset[str] = frozenset()
    # Verbs that call on someone to do something, whose phrase of that case after the object is what they are
    # called to (`appelle ses partisans au calme`).
    directive_verbs: frozenset[str] = frozenset()
    infinitive_mark: str = ""
    # Verbs of publishing a document: their participle set off inside the source's phrase dates the saying
    # (`In its report, published on Wednesday, the commission said`).
    publication_verbs: frozenset[str] = frozenset()
    # Marks of a clause that happens while the verb does (`en quittant la salle`, `as she left`, `When the jury
    # was sworn in on Monday, the judge told them`): its time phrases date the saying.
    simultaneity_marks: frozenset[str] = frozenset()
    # Marks of a predicate about a verb's object (`as`: `quoted Peskov as saying P`): that object speaks.
    predicative_marks: frozenset[str] = frozenset()
    # Verbs whose `as` phrase states their subject's role (`serves as president of the group`).
    role_verbs: frozenset[str] = frozenset()
    # Participles that give their subject the role after them (`Élue gérante en septembre, X`, `Appointed chief
    # executive in May, X`), lowercase as written (lemmas of these forms are unreliable).
    appointment_participles: frozenset[str] = frozenset()
    # Abbreviations of a clock time that a day word may follow inside the sentence (`at 9:10 a.m. Thursday`).
    clock_abbreviations: frozenset[str] = frozenset()
    # Offices written after a name, as letters (`Aoife Brannigan SC`, `Jane Smith MP`): the name's title.
    post_nominal_titles: frozenset[str] = frozenset()
    # Pronouns that stress who holds the role after them (`X, lui-même patron du « Kreiz Mor »`).
    emphatic_pronouns: frozenset[str] = frozenset()
    # Documents that state findings or speak (`study`, `memo`, `jugement`): `according to the memo, P` attributes
    # P to it.
    document_nouns: frozenset[str] = frozenset()
    # Nouns of figures a source publishes: a source only with its publisher written on them (`UN figures`,
    # `figures obtained by the BBC`, `les chiffres de l'Insee`), not bare (`official figures`).
    data_nouns: frozenset[str] = frozenset()
    # Nouns of a quantity of people (`centaine`, `thousands`): with people as complement, a group that speaks.
    quantity_nouns: frozenset[str] = frozenset()
    # Prepositions of a verb's topic (`warn of`, `parler de`): with quotation marks inside, what was said.
    topic_prepositions: frozenset[str] = frozenset()
    # Quote mark pairs: opening -> closing characters it accepts.
    quote_pairs: dict[str, str] = field(default_factory=dict)

    @property
    def date_regex(self) -> re.Pattern[str]:
        return _compile(self.date_pattern)

    def latter_anaphor(self, before: str, word: str) -> str | None:
        """The `latter_anaphors` entry that word spells, alone or with the word before it (`ce` `dernier`)."""
        before, word = before.lower().replace("’", "'"), word.lower().replace("’", "'")
        return next((k for k in (f"{before} {word}", f"{before}{word}", word) if k in self.latter_anaphors), None)


# Prefixes a role noun keeps its meaning under (`cosecrétaire`, `vice-présidente`, `ex-ministre`, `co-chairs`,
# `éco-conseiller`, `aide-maçon`).
ROLE_PREFIXES = ("co-", "co", "vice-", "sous-", "ex-", "éco-", "aide-")


def role_form(form: str, tables: LanguageTables) -> bool:
    """A word form (lowercase) that names a role in the tables, also under a role prefix."""
    return form in tables.title_nouns or any(
        form.startswith(prefix) and len(form) - len(prefix) > (2 if prefix.endswith("-") else 3)
        and form[len(prefix):] in tables.title_nouns
        for prefix in ROLE_PREFIXES)


def periphrases(table: dict[str, tuple[str, ...]]) -> dict[frozenset[str], tuple[frozenset[str], ...]]:
    """`role_periphrases` from its written form (`"representant etat": ("prefet", "prefete")`): word sets, so a
    mention's words match in any order."""
    return {frozenset(k.split()): tuple(frozenset(o.split()) for o in v) for k, v in table.items()}


@cache
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def tables_for(lang: str) -> LanguageTables:
    """The tables of a language code; KeyError for a language without tables."""
    if lang == "fr":
        from service.lang.fr import FRENCH

        return FRENCH
    if lang == "en":
        from service.lang.en import ENGLISH

        return ENGLISH
    raise KeyError(lang)
