"""The quotes layer on sentences written for these tests (no dev-article text)."""
from __future__ import annotations

import pytest

from newsgraph.article import Article
from newsgraph.extract.quotes import extract_quotes
from newsgraph.record import Entity, Place

ARTICLE = Article(doc_id="t", text="")


@pytest.fixture(scope="module")
def quotes_of(nlp):
    def run(text, entities=(), places=()):
        return extract_quotes(nlp(text), ARTICLE, entities=list(entities), places=list(places))
    return run


def only(quotes, **fields):
    """The one quote whose fields equal the given ones."""
    hits = [q for q in quotes if all(getattr(q, k) == v for k, v in fields.items())]
    assert len(hits) == 1, quotes
    return hits[0]


def test_quotes_direct_with_inverted_speaker(quotes_of):
    text = '"The harbour will reopen next week," said Marta Lindqvist, a spokeswoman for the port.'
    quote = only(quotes_of(text), direct=True)
    assert quote.speaker == "Marta Lindqvist"
    assert quote.text == "The harbour will reopen next week"
    assert text[quote.start:quote.end] == quote.text


def test_quotes_direct_curly_marks(quotes_of):
    quote = only(quotes_of("“We counted every ballot twice,” the commissioner Oskar Brandt said."), direct=True)
    assert quote.speaker == "Oskar Brandt" and "every ballot" in quote.text


def test_quotes_split_direct_is_one_quote(quotes_of):
    text = ('Farmer Jonas Petrauskas lost his barn in the flood. "The water came at night," '
            'Jonas Petrauskas said, "and by morning the cattle were gone."')
    quote = only(quotes_of(text), direct=True)
    assert "came at night" in quote.text and "cattle were gone" in quote.text
    assert quote.speaker == "Jonas Petrauskas"


def test_quotes_multi_sentence_and_orphan_continuation(quotes_of):
    text = ('"The pumps failed first. Then the lights went out," said Ines Moreau, a nurse. '
            '"We moved the patients by torchlight."')
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert "pumps failed" in quotes[0].text and "torchlight" in quotes[0].text


def test_quotes_scare_quotes_are_not_direct(quotes_of):
    quotes = quotes_of('The minister Paulo Reis described the plan as a "historic step" for the region.')
    assert not [q for q in quotes if q.direct]


def test_quotes_indirect_with_that(quotes_of):
    quote = only(quotes_of("Mayor Lena Fischer said that the bridge would stay closed until May."))
    assert quote.speaker == "Lena Fischer" and quote.cue == "said" and not quote.direct
    assert quote.text == "the bridge would stay closed until May"


@pytest.mark.parametrize("text", [
    "According to the fire service, 14 homes were destroyed in the blaze.",
    "Fourteen homes were destroyed in the blaze, according to the fire service.",
])
def test_quotes_according_to_both_positions(quotes_of, text):
    quote = only(quotes_of(text), cue="according to")
    assert quote.speaker == "fire service" and "homes were destroyed" in quote.text


def test_quotes_reporting_clause_after_content(quotes_of):
    quote = only(quotes_of("Two ferries were cancelled because of the storm, the port authority said."))
    assert quote.speaker == "port authority" and "ferries were cancelled" in quote.text


def test_quotes_accused_of(quotes_of):
    quote = only(quotes_of("The union accused the company of hiding safety reports from inspectors."))
    assert quote.cue == "accused" and "hiding safety reports" in quote.text


def test_quotes_told_reporters_skips_addressee(quotes_of):
    quote = only(quotes_of("Karl Obi told reporters on Monday that the talks had stalled."))
    assert quote.speaker == "Karl Obi" and quote.text == "the talks had stalled"


def test_quotes_pronoun_speaker_takes_last_person(quotes_of):
    text = ("Hospital director Amina Yusuf said 40 patients were moved. "
            "She said the generators had run out of fuel.")
    speakers = {q.speaker for q in quotes_of(text)}
    assert speakers == {"Amina Yusuf"}


def test_quotes_anonymous_speaker_keeps_phrase(quotes_of):
    quote = only(quotes_of("A diplomat familiar with the negotiations said a draft was ready."))
    assert quote.speaker == "diplomat familiar with the negotiations"


def test_quotes_spokesperson_name_is_the_speaker(quotes_of):
    quote = only(quotes_of("Pedro Alves, a spokesman for the transport ministry, said fares would rise."))
    assert quote.speaker == "Pedro Alves"


def test_quotes_called_for_is_not_a_quote(quotes_of):
    assert quotes_of("The opposition called for an inquiry into the election.") == []
    assert quotes_of("Teachers urged the government to raise salaries.") == []


def test_quotes_concern_without_content_is_not_a_quote(quotes_of):
    assert quotes_of("The charity expressed concern about the shortages.") == []


def test_quotes_speaker_takes_entity_and_place_names(quotes_of):
    text = "The Kremlin said the meeting was useful. Norway says 30 boats were inspected."
    kremlin = (text.index("Kremlin"), text.index("Kremlin") + 7)
    norway = (text.index("Norway"), text.index("Norway") + 6)
    quotes = quotes_of(text, entities=[Entity(name="Russian government", type="ORG", mentions=[kremlin])],
                       places=[Place(name="Norway", mentions=[norway])])
    assert {q.speaker for q in quotes} == {"Russian government", "Norway"}


def test_quotes_definite_noun_takes_the_named_organisation(quotes_of):
    text = ("The Ministry of Water said supplies were normal. Later the ministry said two wells had been "
            "contaminated.")
    start = text.index("Ministry of Water")
    quotes = quotes_of(text, entities=[Entity(name="Ministry of Water", type="ORG",
                                              mentions=[(start, start + len("Ministry of Water"))])])
    assert {q.speaker for q in quotes} == {"Ministry of Water"}
    assert len(quotes) == 2


def test_quotes_colon_introduces_direct_quote(quotes_of):
    quote = only(quotes_of('The coastguard said in a statement: "Four sailors were rescued from the water."'),
                 direct=True)
    assert quote.speaker == "coastguard" and "Four sailors" in quote.text


def test_quotes_quoted_as_saying(quotes_of):
    quote = only(quotes_of("The finance minister was quoted as saying that taxes would not rise."))
    assert quote.speaker == "finance minister" and quote.text == "taxes would not rise"


def test_quotes_writers_contrast_clause_is_left_out(quotes_of):
    quotes = quotes_of("Officials said 12 people had died, while the rebels claimed the toll was far higher.")
    officials = only(quotes, cue="said")
    assert "rebels" not in officials.text
    assert only(quotes, cue="claimed").speaker == "rebels"


def test_quotes_medium_before_that_is_not_content(quotes_of):
    quote = only(quotes_of("The senator wrote on social media on Sunday that the bill would pass."))
    assert quote.text == "the bill would pass"


def test_quotes_non_speech_senses_are_not_quotes(quotes_of):
    assert quotes_of("The earthquake claimed the lives of 300 people.") == []
    assert quotes_of("The government did not confirm the figure.") == []


def test_quotes_dateline_is_not_the_speaker(quotes_of):
    quote = only(quotes_of("NAIROBI, May 3 — Kenya closed two border posts and said it would reopen them soon."))
    assert quote.speaker == "Kenya"


def test_quotes_put_the_toll_at(quotes_of):
    quote = only(quotes_of("Local officials put the death toll at 45, including six children."))
    assert quote.speaker == "Local officials" and "45" in quote.text and "six children" in quote.text


def test_quotes_parenthetical_reporting_clause(quotes_of):
    text = "Governor Ada Obi spoke on Monday. The reserves, she said, had fallen by a third."
    quote = only(quotes_of(text))
    assert quote.speaker == "Ada Obi" and quote.text == "The reserves had fallen by a third"


def test_quotes_dateline_is_not_content(quotes_of):
    quote = only(quotes_of("LIMA, June 4 (Reuters) - Floods killed nine people, the civil defence agency said."))
    assert quote.text == "Floods killed nine people"


def test_quotes_the_statement_speaks_for_its_issuer(quotes_of):
    text = "The navy said in a statement that a tanker was seized. The statement said its crew were safe."
    assert [q.speaker for q in quotes_of(text)] == ["navy", "navy"]


def test_quotes_no_speaker_no_claim(quotes_of):
    assert quotes_of("No group has claimed responsibility for the explosion.") == []
