"""Government voices the text does not name (issue 15, positions recall: positions20): an
indefinite ministry or government official, a spokesperson for a named minister, "its"
ministry after the state that opens the sentence before, a trailing "..., he said." after a
subordinate clause or a short quoted phrase, a time clause's own subject, and a state's
agency in a title. Each with the sentences it must read and the traps it must leave alone."""

from __future__ import annotations

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _statements(body: str) -> list[tuple[str, str]]:
    """(country, statement text) of each statement of ``body``."""
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    return [(s.country, s.text) for s in story.statements]


def _countries_of(body: str, words: str) -> set[str]:
    """The countries of the statements whose text holds ``words``."""
    return {country for country, text in _statements(body) if words in text}


_CHINA = (
    "China has rejected claims that its dams on the Mekong worsened the drought. China built "
    "the dams.\n\n"
)


@pytest.mark.parametrize(
    ("body", "words", "country"),
    [
        # an indefinite official of a ministry or the government: the home country's
        (
            _CHINA + "A foreign ministry spokeswoman said China would share data with its "
            "neighbours.",
            "share data",
            "CN",
        ),
        (
            _CHINA + "A senior government official warned that Thailand must not politicise "
            "the river.",
            "politicise",
            "CN",
        ),
        # after a quote, the capital named in the sentence gives the government
        (
            "Thailand and Vietnam blamed the dams for the drought.\n\n"
            '"China is also a victim of the drought," a foreign ministry spokeswoman said at '
            "a regular press briefing in Beijing on Tuesday.",
            "also a victim",
            "CN",
        ),
        # a senior official the text ties to no organisation: the home government's
        (
            "India and the EU resumed talks on the trade deal. India wants the carbon levy "
            "dropped. India says the levy hurts its steel exporters.\n\n"
            '"We cannot liberalise on one side and face a new barrier on the other," a senior '
            "official said on condition of anonymity.",
            "cannot liberalise",
            "IN",
        ),
        # a spokesperson for a minister the story named with a country
        (
            "Australian Trade Minister Don Farrell met his Chinese counterpart in Beijing. "
            "Chinese officials said the review would take five months.\n\n"
            "A spokesman for the trade minister said Australia would resume the WTO case if "
            "the duties were not removed.",
            "resume the WTO case",
            "AU",
        ),
        # "its" office: the state opening the sentence before
        (
            "Germany voted against. Its economy ministry said punitive tariffs were the wrong "
            "answer.",
            "wrong answer",
            "DE",
        ),
        (
            "Saudi Arabia rejects any production limit. Its delegation told the plenary that the "
            "treaty must tackle pollution, not production.",
            "tackle pollution",
            "SA",
        ),
        (
            "India is the third largest emitter. In June, its government announced that half "
            "of its capacity is clean.",
            "half of its capacity",
            "IN",
        ),
        # a sentence that opens on a subordinate clause and ends on its speaker
        (
            "British Defence Minister Derek Twigg said the soldiers would have died without "
            "the transfusion. While the risk of infection is low the matter is being taken "
            "extremely seriously, he said.",
            "extremely seriously",
            "GB",
        ),
        # a short quoted phrase closing the speaker's clause
        (
            "British Defence Minister Derek Twigg said the soldiers would have died without "
            'the transfusion. While the risk of infection is "low" the matter is being taken '
            '"extremely seriously", he said.',
            "extremely seriously",
            "GB",
        ),
        # a time clause's own subject acts: not part of the clause the main subject states
        (
            "Australia has agreed to suspend its WTO dispute after Beijing committed to an "
            "expedited review of the duties.",
            "committed",
            "CN",
        ),
    ],
)
def test_an_unnamed_voice_speaks_for_its_government(body: str, words: str, country: str) -> None:
    assert country in _countries_of(body, words)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        # "its" after a sentence that names a firm: the firm's office, maybe
        ("China fined Alibaba on Monday. Its spokesman said the company would comply.", "comply"),
        # a former or a state (provincial) official is no voice of the national government
        (
            _CHINA + "A former ministry official said China should share data with Thailand.",
            "share data",
        ),
        (
            _CHINA + "A state government official said the river must be protected.",
            "protected",
        ),
        # a senior official of a firm
        (
            "India and the EU resumed talks on the trade deal. India wants the carbon levy "
            "dropped. India says the levy hurts its steel exporters.\n\n"
            "A senior official at Tata Steel said the firm would adapt.",
            "would adapt",
        ),
        # no country known: no home country, no capital, no minister
        (
            "Thailand and Vietnam blamed the dams, and Laos asked for talks.\n\n"
            "A government spokesman said the dams store water.",
            "store water",
        ),
        # "while" in a speaker's clause stays the speaker's words: Kim's wish is Putin's account
        (
            "Russian President Vladimir Putin has said that while Kim sincerely wants to "
            "denuclearize, he needs guarantees.",
            "Kim sincerely",
        ),
    ],
)
def test_no_voice_is_guessed(body: str, words: str) -> None:
    countries = _countries_of(body, words)
    assert countries <= {"RU"}, countries


def test_an_agency_in_a_title_names_its_state() -> None:
    from briefgen.analysis.officials import official_body

    assert official_body("Indonesia's search and rescue agency")
    assert not official_body("the Reuters news agency")
    assert not official_body("an aid agency")
