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
