"""Statements found (issue 15, h15-recall): officials whose government the text names only in
their title phrase, and what must not be read as one. Each construction with the sentences it
must read and the traps it must leave alone."""

from __future__ import annotations

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _speakers(body: str, title: str = "t") -> dict[str | None, set[str]]:
    story = analyze_builtin(Story(title=title, body=body, path="t.txt"))
    out: dict[str | None, set[str]] = {}
    for st in story.statements:
        out.setdefault(st.actor, set()).add(st.country)
    return out


@pytest.mark.parametrize(
    ("body", "name", "country"),
    [
        # a government body in an appositive title names the government served
        (
            "Joshua Simmons, a lawyer for the US State Department, argued there is no legal "
            "requirement that an occupying power allow the agency to operate.",
            "Joshua Simmons",
            "US",
        ),
        # a role phrase opening the clause, the name set off by commas
        (
            "On Tuesday, South Africa's Department of International Relations and Cooperation "
            "(Dirco) director-general, Zane Dangor, told the court that aid had collapsed. "
            '"This collapse is by design," Dangor said.',
            "Zane Dangor",
            "ZA",
        ),
        # "ambassador to X": X is the host; the demonym before it is the government served
        (
            "Palestinian Ambassador to the Netherlands, Ammar Hijazi, told the court that "
            'Israel must let aid in. "Aid is being used as a weapon of war," Hijazi said.',
            "Ammar Hijazi",
            "PS",
        ),
    ],
)
def test_a_title_names_the_government(body: str, name: str, country: str) -> None:
    assert _speakers(body).get(name) == {country}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # an office with a country but no government body: no government voice
        (
            "Nanik Rupani, president of the Indian Merchants Chamber, said: \"Today's round "
            'has gone to Mukesh, there is no doubt about it."',
            "Nanik Rupani",
        ),
        (
            "Alberto Flores, president of the Spanish FA's disciplinary committee, said: \"A "
            'fine is sufficient punishment. Suspension would have been exaggerated."',
            "Alberto Flores",
        ),
        # parliament, party and church offices are no government's
        (
            "Edward Leigh, who is chairman of the Commons public accounts committee, warned "
            "the government would have to work hard to get full benefit from the deal.",
            "Edward Leigh",
        ),
        (
            "Dr Julian Lewis, the Conservative spokesman for the Cabinet Office, said the "
            "shredding must be investigated.",
            "Julian Lewis",
        ),
        # a devolved government is not the state's
        (
            'Scottish Finance Minister, Tom McCabe, said: "We think there has to be '
            'opportunities there for rationalisation."',
            "Tom McCabe",
        ),
        # a country after "ambassador to": the host, never the government served
        (
            'The ambassador to France, Jean Dupont, said: "The talks must resume."',
            "Jean Dupont",
        ),
        # an opposition role in the same phrase
        (
            "Israel's opposition foreign affairs spokesman, Dan Cohen, said the deal must be "
            "scrapped.",
            "Dan Cohen",
        ),
    ],
)
def test_titles_that_name_no_government(body: str, name: str) -> None:
    assert not _speakers(body).get(name)


_TRUCE = (
    "A 2002 truce in Sri Lanka began to unravel in December 2005.\n\n"
    '"The ceasefire agreement exists only on paper," Defence Secretary Gotabhaya Rajapakse '
    "told the Daily News.\n\n"
    "The deal requires either party to give notice to Norway before ending it."
)


def test_the_headline_country_is_the_home_of_an_untitled_official() -> None:
    # the body names Sri Lanka and Norway once each: the headline says whose defence
    # secretary speaks
    assert _speakers(_TRUCE, "Sri Lanka defence secretary calls for end to truce").get(
        "Gotabhaya Rajapakse"
    ) == {"LK"}


def test_without_a_headline_country_an_untitled_official_has_none() -> None:
    assert not _speakers(_TRUCE, "Defence secretary calls for end to truce").get(
        "Gotabhaya Rajapakse"
    )


def test_a_headline_does_not_outweigh_the_body() -> None:
    # the headline names the Palestinians; the body is about Israel's government: its
    # defence minister is not given to the Palestinians
    body = (
        "Israel said its troops raided Gaza. Israel said the raid targeted militants. "
        "Israel has vowed to press on.\n\n"
        '"We will continue to strike," Defense Minister Ehud Barak said.'
    )
    assert "PS" not in (_speakers(body, "11 Palestinians killed in Gaza").get("Ehud Barak") or {})


def _lines(body: str) -> set[tuple[str, str, str | None]]:
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    return {(st.country, st.stance, st.actor) for st in story.statements}


@pytest.mark.parametrize(
    ("body", "line"),
    [
        # a conjunction before the pronoun subject: still the person before
        (
            "Palestinian President Mahmoud Abbas spoke on Sunday. "
            "But he urged reconciliation and called for new elections.",
            ("PS", "demands", "Mahmoud Abbas"),
        ),
        (
            "Prime Minister Tony Blair spoke on Sunday about migration. But he rejected "
            "the Tories' call for a quota on economic migrants.",
            ("GB", "rejects", "Tony Blair"),
        ),
        # a state outlet's quote (the people finder may take its name for a person's)
        (
            '"The joint exercise is an outright hostile act and a military provocation that '
            'cannot be tolerated," the Rodong Sinmun said in a commentary.',
            ("KP", "accuses", "Rodong Sinmun"),
        ),
        # "called it X": the state's own characterisation
        (
            "Seoul says the drill is routine, but Pyongyang has called it a rehearsal for "
            "invasion.",
            ("KP", "neutral", None),
        ),
        # a government that repudiates charges denies them
        (
            "Iran on Tuesday repudiated charges that its boats had threatened American ships.",
            ("IR", "denies", None),
        ),
    ],
)
def test_statements_found(body: str, line: tuple[str, str, str | None]) -> None:
    assert line in _lines(body)


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        # a neutral aside after a conjunction adds no position
        (
            "Planning Minister Julio De Vido of Argentina spoke on Monday. "
            "Yet he added that he didn't like to do futurology.",
            "futurology",
        ),
        # the person named after a described subject is not who "he" is
        (
            "Libyan leader Moammar Gadhafi sent a letter. The strongman expressed hope that "
            "President Barack Obama of the United States wins re-election. "
            "And he wrote that a democratic society cannot be built through missiles.",
            "missiles",
        ),
        # nor one named inside another speaker's direct quote
        (
            'Mr Bannatyne said: "Chancellor Gordon Brown of Britain is a great chancellor." '
            "He branded the government's response to the tsunami as poor.",
            "tsunami",
        ),
        # a name in the pronoun's own sentence is someone else
        (
            "Prime Minister Tony Blair of Britain has the same passion, he said. "
            "He confirmed Mr Blair's insistence that no poll date had been set.",
            "poll date",
        ),
    ],
)
def test_pronouns_that_are_not_the_person_before(body: str, sentence: str) -> None:
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    assert not [st for st in story.statements if sentence in st.text]


def test_a_state_outlets_neutral_report_is_no_position() -> None:
    body = '"The delegation arrived in Beijing on Monday," the Rodong Sinmun said.'
    assert not analyze_builtin(Story(title="t", body=body, path="t.txt")).statements


@pytest.mark.parametrize(
    ("body", "line"),
    [
        # a second predicate after "but", past an adjunct in commas
        (
            "Israel did not appear at the hearings, but, in a written submission to the "
            'court, rejected the questions as "patently biased".',
            ("IL", "rejects", None),
        ),
        # ", and he <stance verb>": the sentence's subject
        (
            "Venezuelan President Hugo Chavez read out the rebels' letter, and he accused "
            "Colombian President Alvaro Uribe of sabotaging his rescue plan.",
            ("VE", "accuses", "Hugo Chavez"),
        ),
        ("Israel held talks on Monday, but has flatly rejected the plan.", ("IL", "rejects", None)),
    ],
)
def test_a_subjects_second_predicate(body: str, line: tuple[str, str, str | None]) -> None:
    assert line in _lines(body)


@pytest.mark.parametrize(
    "body",
    [
        # another subject after the conjunction
        "Israel held talks on Monday, and the rebels rejected the plan.",
        "Israel held talks on Monday, and a rebel leader strongly rejected the plan.",
        # the holder qualifies a noun: a network, not the state
        "The US network is not part of the claim, but has supported the action.",
        # a possessive holder: the noun after it is the subject
        "Europe's main farm lobby called the agreement a betrayal and promised protests.",
        # what others report of an official's views
        'Ms Kelly, the Education Secretary of Britain, is reported to be "pro-life" and has '
        "opposed embryo research.",
        # "and said": no stance verb, left unread
        "Russia shelled the town overnight and said it would continue.",
    ],
)
def test_second_predicates_that_are_not_the_subjects_stance(body: str) -> None:
    assert not analyze_builtin(Story(title="t", body=body, path="t.txt")).statements
