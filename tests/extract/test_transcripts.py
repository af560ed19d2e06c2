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

