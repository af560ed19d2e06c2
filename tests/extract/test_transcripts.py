"""Interview transcripts labelled `Q:` / `A:` (French `Q :` / `R :`): the answers are the interviewee's."""

from __future__ import annotations

import pytest

from tests.extract.quotes import only, speaker_name

TRANSCRIPTS = [
    ("extract_en",
     "Astronaut Sunita Williams spent nine months on the International Space Station. She spoke to us after "
     "her return.\n\nQ: How did it feel to come back?\nA: Honestly, the first week was hard. My legs did not "
     "want to work.\n\nQ: Would you go back?\nA: In a heartbeat. Space is where I feel at home.",
     ("first week", "heartbeat"), "Sunita Williams", "Astronaut"),
    ("extract_fr",
     "La navigatrice Clarisse Crémer a bouclé son tour du monde en solitaire. Elle revient pour nous sur cette "
     "aventure.\n\nQ : Qu'avez-vous ressenti en franchissant la ligne ?\nR : Un immense soulagement. J'ai "
     "pensé à toute mon équipe.\n\nQ : Repartirez-vous ?\nR : Sans doute, mais pas tout de suite.",
     ("soulagement", "Sans doute"), "Clarisse Crémer", "navigatrice"),
]


@pytest.mark.parametrize(("extractor", "text", "answers", "speaker", "title"), TRANSCRIPTS)
def test_labelled_answers_are_the_interviewees(request, extractor: str, text: str, answers: tuple[str, ...],
                                               speaker: str, title: str) -> None:
    quotes = request.getfixturevalue(extractor)(text)
    for needle in answers:
        q = only(quotes, needle)
        assert q.type == "direct" and speaker_name(q) == speaker and q.title is not None and q.title.text == title
    assert not [q for q in quotes if "?" in q.text]  # the questions are the interviewer's



def test_unlabelled_answers_in_the_first_person_after_questions(extract_fr) -> None:
    text = ("Avec « Les Nuits de Tanger », son deuxième long métrage, la réalisatrice Lina Haddad filme trois "
            "générations de femmes. Rencontre avec Lina Haddad avant la sortie du film.\n\n"
            "Pourquoi Tanger ?\n\n"
            "C’est la ville de ma grand-mère. J’y passais tous mes étés quand j’étais enfant.\n\n"
            "Comment avez-vous trouvé vos actrices ?\n\n"
            "Au marché, dans un hammam… Ma directrice de casting me répétait : « Tu es folle, tu n’y arriveras "
            "jamais. » Il nous a fallu huit mois.\n\n"
            "Quel est votre prochain projet ?\n\n"
            "Une comédie, figurez-vous ! Elle se passera à Saint-Denis, où j’ai grandi.\n\n"
            "J’ai besoin de rire après ce film-là.\n\n"
            "« Les Nuits de Tanger », de Lina Haddad. En salles le 16 octobre.")
    quotes = extract_fr(text)
    for needle in ("grand-mère", "hammam", "comédie"):
        q = only(quotes, needle)
        assert q.type == "direct" and speaker_name(q) == "Lina Haddad" and q.verb is None
    assert "besoin de rire" in only(quotes, "comédie").text  # the answer's second paragraph
    assert not [q for q in quotes if "folle" in q.text and "hammam" not in q.text]  # nested in an answer
    assert not [q for q in quotes if q.text == "Les Nuits de Tanger"]  # a film's title, not a statement


def test_questions_followed_by_third_person_prose_are_no_interview(extract_fr) -> None:
    text = ("Le ministre Paul Martin présente son budget mardi.\n\n"
            "Pourquoi ce texte inquiète-t-il ?\n\n"
            "Le déficit atteint 5,5 % du PIB et la dette continue de grimper.\n\n"
            "Que contient-il ?\n\n"
            "Le texte prévoit 40 milliards d'euros d'économies sur trois ans.")
    assert extract_fr(text) == []


def test_the_questions_vous_is_the_interviewee_and_a_prompt_needs_no_question_mark(extract_fr) -> None:
    text = ("Maire de Sauze-Vieux, Laurent Chabanne estime que les petites stations doivent se réinventer. Il a "
            "répondu à nos questions.\n\n"
            "Vous avez déclaré en octobre que « la moitié des stations auront fermé d'ici à 2040 ». Vous maintenez "
            "ce chiffre ?\n\n"
            "Oui, et je le dis sans plaisir. L'enneigement naturel a reculé d'un mois en quarante ans.\n\n"
            "Et l'hiver ?\n\n"
            "L'hiver, on garde la luge, les raquettes et le ski de fond quand il y a de la neige.\n\n"
            "Votre position vous vaut des critiques, y compris au sein de votre association…\n\n"
            "Je sais. Certains collègues pensent que je scie la branche sur laquelle on est assis.")
    quotes = extract_fr(text)
    said = only(quotes, "2040")
    assert speaker_name(said) == "Laurent Chabanne" and said.verb is not None and said.verb.lemma == "déclarer"
    for needle in ("sans plaisir", "la luge", "Je sais"):  # `on` speaks for the interviewee too
        q = only(quotes, needle)
        assert q.type == "direct" and speaker_name(q) == "Laurent Chabanne"
    assert not [q for q in quotes if q.text.startswith("je scie")]  # nested in the answer


def test_a_byline_names_no_interviewee_and_an_answer_may_speak_of_others(extract_en) -> None:
    text = ("'We were one bad weekend away from losing everything': Saltmarsh founder on why her festival is "
            "taking a year off\n\n"
            "By Owen Tranter\nSat 17 Jan 2026\n\n"
            "Ruth Adebayo-Lowe started Saltmarsh in 2011 with a borrowed marquee. We spoke by phone.\n\n"
            "When did you know 2026 wasn't going to happen?\n\n"
            "Around the Sunday afternoon last July, standing in mud up to my shins. I did the sums in my head.\n\n"
            "In 2019 you told us Saltmarsh would \"never have a VIP area.\" Is that still true?\n\n"
            "It is. I know it would help the numbers.\n\n"
            "How did the landowner take the news?\n\n"
            "He was lovely about it. He said, \"Ruth, the field's not going anywhere.\" That helped.\n\n"
            "East Suffolk Council said in a statement it was \"sorry to see Saltmarsh pause.\"")
    quotes = extract_en(text)
    for needle in ("bad weekend", "mud up to my shins", "help the numbers", "lovely about it", "VIP area"):
        q = only(quotes, needle)  # (the headline's role before her name is hers, and her title)
        assert speaker_name(q) == "Ruth Adebayo-Lowe" and q.title is not None and q.title.text == "founder", needle
    assert only(quotes, "VIP area").type == "mixed"
    assert not [q for q in quotes if q.text.startswith("Ruth, the field")]  # nested in the answer
    assert speaker_name(only(quotes, "sorry to see")) == "East Suffolk Council"  # prose again, not an answer


def test_an_answer_may_end_on_a_question_of_its_own(extract_fr) -> None:
    text = ("Vigneronne à Vinsobres, Hélène Ravier-Coste revient pour nous sur une saison hors norme.\n\n"
            "Quand avez-vous commencé à vendanger ?\n\n"
            "Le 21 août pour les blancs. Je n'avais jamais commencé si tôt.\n\n"
            "Le ministère a promis une enveloppe de 120 millions d'euros. Est-ce suffisant ?\n\n"
            "C'est une bouffée d'oxygène, pas une politique. Le ministre nous a dit qu'il fallait « restructurer "
            "la filière ». Très bien, mais avec quels moyens ?\n\n"
            "Que doit attendre le consommateur ?\n\n"
            "Des vins plus solaires, plus ronds. Je les aime beaucoup.")
    quotes = extract_fr(text)
    q = only(quotes, "bouffée")
    assert q.type == "direct" and speaker_name(q) == "Hélène Ravier-Coste" and q.text.endswith("quels moyens")
    assert not [q for q in quotes if q.text.startswith("Que doit")]  # the next question stays the interviewer's


def test_one_word_section_labels_without_questions_are_no_transcript(extract_en) -> None:
    text = ("UP NEXT\n\nGrizzlies: Host Sacramento on Sunday.\n\nNuggets: Host Phoenix on Sunday.\n")
    assert extract_en(text) == []


def test_a_sound_bite_under_a_microphone_label_is_the_labelled_persons(extract_fr) -> None:
    text = ("Au micro de Radio Arve FM ce mardi matin, il a défendu son choix.\n\n"
            "🎙️ Bernard Coppel-Maréchal, président de Grand Arvière Agglomération, au micro de Radio Arve FM\n"
            "Je préfère un ticket à un euro et des bus qui passent toutes les dix minutes. C'est ça, le vrai choix.\n\n"
            "L'opposition de gauche a dénoncé « un renoncement ».")
    bite = only(extract_fr(text), "Je préfère")
    assert bite.type == "direct" and bite.verb is None
    assert speaker_name(bite) == "Bernard Coppel-Maréchal"
    assert bite.title is not None and bite.title.text == "président de Grand Arvière Agglomération"


def test_a_transcript_labelled_by_both_names_with_narration_between_turns(extract_en) -> None:
    text = ("Ines Achterberg is co-founder and CEO of Emberline, which builds thermal batteries.\n\n"
            "Justine Calloway: Let’s start with the basics. What is a thermal battery?\n\n"
            "Ines Achterberg: It’s a very well-insulated box full of bricks. We heat it when power is cheap.\n\n"
            "Justine Calloway: When people hear “battery,” they think lithium. Is that even the right word?\n\n"
            "Ines Achterberg: We argued about it for a year. My co-founder wanted to call it a “heat bank,” which "
            "sounded like a savings account for dragons.\n\n"
            "Achterberg grew up in Rotterdam, where her father ran maintenance crews at a refinery.\n\n"
            "Justine Calloway: Last question. Where is Emberline in five years?\n\n"
            "Ines Achterberg: Boring, I hope. Climate tech needs a plant manager who trusts the box.")
    quotes = extract_en(text)
    for needle in ("insulated box", "savings account", "Boring"):
        assert speaker_name(only(quotes, needle)) == "Ines Achterberg"
    assert not [q for q in quotes if "Rotterdam" in q.text or "?" in q.text or speaker_name(q) == "Justine Calloway"]


def test_an_interview_s_answers_before_its_first_in_the_first_person_are_the_interviewee_s(extract_fr) -> None:
    text = ("Sophie Zurbriggen observe le phénomène depuis son bureau de Genève. La cheffe économiste de Banque "
            "Valmont a passé sept ans à la BNS.\n\n"
            "Le franc vient d’atteindre un record face à l’euro. Faut-il s’en inquiéter?\n\n"
            "Il faut surtout le comprendre. Le franc ne monte pas parce que l’économie suisse surchauffe, mais parce "
            "que les investisseurs cherchent un abri.\n\n"
            "Un retour aux taux négatifs est-il inévitable?\n\n"
            "Inévitable, non. Je ne crois pas à un grand saut, mais une baisse me paraît le scénario le plus "
            "vraisemblable.\n")
    quotes = extract_fr(text)
    assert [(q.text[:20], q.speaker.name, q.type) for q in quotes] == [
        ("Il faut surtout le c", "Sophie Zurbriggen", "direct"),
        ("Inévitable, non. Je ", "Sophie Zurbriggen", "direct")]


def test_a_colon_set_tight_after_a_name_is_no_part_of_it(extract_fr) -> None:
    text = ("Sophie Zurbriggen: «Les taux négatifs ne sont plus un tabou»\n\n"
            "Pour Sophie Zurbriggen, cheffe économiste de Banque Valmont, la BNS devra réagir.")
    quotes = extract_fr(text)
    assert [(q.speaker.name, q.title.text) for q in quotes] == [
        ("Sophie Zurbriggen", "cheffe économiste de Banque Valmont")] * 2
