"""No government voice (issue 15, point 2; session 14's gold convention): an adviser without
office and a bloc of countries listed in the reporter's words give no country a position.
The sentences are written for these tests."""

from __future__ import annotations

from briefgen.analysis.no_voice import adviser_without_office, bloc_summary, unnamed_advisers
from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _countries(body: str) -> set[str]:
    story = analyze_builtin(Story(title="t", body=body))
    return {s.country for s in story.statements}


def test_a_bloc_listed_by_the_reporter_is_no_voice() -> None:
    assert bloc_summary("Portugal, Greece, Ireland and Spain oppose the new fishing quotas.")
    assert bloc_summary(
        "The fund was set up last year, though so far only Chile, Peru and Bolivia have "
        "indicated they will join it.",
        "PE",
    )
    assert not bloc_summary(
        "The fund was set up last year, though so far only Chile, Peru and Bolivia have "
        "indicated they will join it.",
        "AR",
    )


def test_a_list_with_a_voice_or_not_as_subject_stays() -> None:
    # a voice of the listed countries
    assert not bloc_summary("The foreign ministers of Norway, Denmark and Finland condemned it.")
    assert not bloc_summary("Norway, Denmark and Finland's leaders condemned the attack.")
    # their own words
    assert not bloc_summary("Norway, Denmark and Finland said the attack was a crime.")
    assert not bloc_summary("Norway, Denmark and Finland condemned it in a joint statement.")
    # two countries, a list after a verb or a preposition, a capital standing for its government
    assert not bloc_summary("Norway and Denmark condemned the attack.")
    assert not bloc_summary("Canada wants talks with Mexico, Chile and Peru on the deal.")
    assert not bloc_summary("The launch drew criticism from Norway, Denmark and Finland.")
    assert not bloc_summary("Oslo, Copenhagen and Helsinki condemned the attack.")
    # one country in a relative clause naming others
    assert not bloc_summary("Canada, which met Chile and Peru last week, said it would sign.")


def test_a_bloc_gives_no_country_a_statement() -> None:
    body = "Portugal, Greece, Ireland and Spain oppose the new fishing quotas."
    assert not _countries(body) & {"PT", "GR", "IE", "ES"}
    single = "Portugal opposes the new fishing quotas."
    assert "PT" in _countries(single)


def test_an_adviser_without_office_is_no_voice() -> None:
    body = (
        "Sean Delaney, an adviser on trade to President Obama, said there would be no "
        "change in the tariffs."
    )
    assert adviser_without_office(body, "Sean Delaney")
    assert "US" not in _countries(body)
    campaign = "campaign adviser Sean Delaney said the tariffs would stay"
    assert adviser_without_office(campaign, "Sean Delaney")


def test_an_adviser_with_an_office_speaks_for_the_government() -> None:
    for role in (
        "President Obama's special adviser on trade",
        "the White House trade adviser",
        "an adviser at the Elysée",
        "a senior adviser to President Obama",
    ):
        body = f"Sean Delaney, {role}, said the tariffs would stay."
        assert not adviser_without_office(body, "Sean Delaney"), role


def test_unnamed_advisers_are_no_voice_but_aides_relaying_are() -> None:
    assert unnamed_advisers("President Obama's advisers have repeatedly rejected the plan.")
    assert unnamed_advisers("An adviser to the prime minister said the plan was dead.")
    assert not unnamed_advisers("Obama's senior advisers say he will veto the bill.")
    assert not unnamed_advisers("Mr Obama's aides say he wants to see the plan first.")
    # the speaker's own words about an adviser of theirs
    assert not unnamed_advisers("Not once has an adviser of mine said that.")
    assert "US" not in _countries("President Obama's advisers have repeatedly rejected the plan.")


def test_no_pattern_is_compiled_for_a_name_never_introduced_as_an_adviser() -> None:
    from briefgen.analysis import no_voice

    no_voice._introduction.cache_clear()
    body = "Jane Roe said the plan would fail. An adviser to the bank, Tom Poe, agreed."
    assert not adviser_without_office(body, "Jane Roe")
    assert no_voice._introduction.cache_info().misses == 0
    # the two introductions still reach the pattern: an appositive and a campaign adviser
    assert adviser_without_office("Jane Roe, an adviser on trade to the mayor, said", "Jane Roe")
    assert adviser_without_office("campaign adviser\n Jane Roe said", "Jane Roe")
    assert not adviser_without_office("Jane Roe, a senior adviser to the mayor, said", "Jane Roe")
