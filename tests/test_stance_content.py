"""The stance a quote's content states when its reporting verb is "said" (issue 15): read as
constructions of English, each with the trap that looks like it and states something else."""

from __future__ import annotations

import pytest

from briefgen.analysis.clause_stance import clause_stance
from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _read(text: str) -> str:
    return clause_stance("neutral", text, False)


def _stances(body: str) -> set[tuple[str, str]]:
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    return {(st.country, st.stance) for st in story.statements}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an obligation is a demand only when it is addressed to another actor
        ("Syria must show goodwill", "demands"),
        ("they should just ask us", "demands"),
        ("we must end this ceasefire agreement", "proposes"),
        ("In our third term we have to break it.", "proposes"),
        ("we need to restore the power of international law", "proposes"),
        ("we need cash assistance, and we need it in a hurry", "demands"),
        # urging that a course be weighed proposes it, it is no demand
        ("for their own good, Israelis must consider giving up parts of the land", "proposes"),
        # a "must" about how to judge data, or the speaker's discourse, asks nothing
        ("The economy must be assessed comprehensively and we cannot look at GDP alone", "neutral"),
        ("You have to look at their whole career.", "neutral"),
        ("I have to say I don't understand what they are doing.", "neutral"),
        # an emphatic assertion asks nothing of anyone: the claim it stresses decides
        ("and there should be no doubt about that.", "neutral"),
        ("Nobody should doubt that the talks will go on", "neutral"),
        ("Iran should be in no doubt that sanctions would follow", "neutral"),
        ("Nobody should doubt that Russia continues to violate the ceasefire", "accuses"),
        ("No one should expect Tehran to back down", "neutral"),
        ("Iran should dispel any doubt about its programme", "demands"),
        ("Budgets have to add up.", "demands"),
        # a modal inside an "if" clause is supposed, not said
        (
            "If the government believes that we should leave the EU, they should just ask us",
            "demands",
        ),
        # a hope that another actor acts asks it to; a wish about someone does not
        ("he hoped the Arab states would pitch in", "demands"),
        ("she hoped Mr Blunkett would survive in his job", "supports"),
        ("I hope we will focus on what needs to be done", "supports"),
        ("it is to be hoped that a second term will see a better approach", "supports"),
        ("we want the US to lift the ban", "demands"),
        ("we want peace", "supports"),
        # an accusation made by describing the other side's acts
        ("Israel continued to act with 'impunity' in the Gaza Strip", "accuses"),
        ("Russia continues to violate the ceasefire", "accuses"),
        ("we continue to target terrorists", "neutral"),
        ("these brutal acts undermine the basis of the independent state", "accuses"),
        ("the United States' increasing economic aggression", "accuses"),
        # an "if" whose outcome is harm warns; a condition the speaker denies sets none
        ("If this were to drag on five days, it could collapse", "warns"),
        (
            "If South Korea or the U.S. can guarantee the North's security, then the talks "
            "won't be needed. But I don't think the two countries can do that.",
            "neutral",
        ),
        ("If the EU agrees to lift the sanctions, we will sign the deal.", "conditions"),
        ("It will depend on whether Iran complies.", "conditions"),
        # a concessive clause's stance word is the concession, not the point
        (
            "while Kim sincerely wants to denuclearize and Russia also supports "
            "denuclearization, the North will require international security guarantees",
            "demands",
        ),
        # a free relative asks of someone only when it names whom
        ("there is no mystery about what is expected from Mr. Gadhafi", "demands"),
        ("a rise of 40% from what is expected from the current year", "neutral"),
        # opposition, refusal, warning, denial in the words themselves
        ("Iran does not need its own enrichment capability", "opposes"),
        ("Iran does not need to hurry", "neutral"),
        ("We are concerned about these developments", "opposes"),
        ("those concerned about our short-term deficits", "neutral"),
        ("We are disappointed by the verdict", "opposes"),
        ("We are not disappointed", "neutral"),
        ("a new round of talks is out of the question", "rejects"),
        ("such an attack will not go unanswered", "warns"),
        ("Jerusalem would be watching the sums pledged carefully", "warns"),
        ("there was no evidence that any detainee was abused", "denies"),
        ("the Russian move is a false signal to Tehran", "opposes"),
        ("the tariffs were unjustified", "opposes"),
        ("it urged Pyongyang to return to the talks", "demands"),
        ("we are ready to strike back", "warns"),
        ("we are ready to resume talks", "supports"),
        ("the law was biased in favour of burglars", "neutral"),
        # the means refused, a name that accuses, tensions raised, what is needed
        ("a democratic society cannot be built through missiles", "opposes"),
        ("It is a terrorist organisation and we are fighting them", "accuses"),
        ("Israel continues to forcibly displace and starve Palestinians", "accuses"),
        ("Humanitarian aid is being used as a weapon of war", "accuses"),
        ("the South is raising tensions by introducing new equipment", "accuses"),
        ("what was needed was one approach, with all wealthy nations on board", "demands"),
        ("but we will need to see decisions adopted in that direction", "demands"),
        ("we will need to spend several hundred million pounds", "proposes"),
        ("Why should we hoodwink the people?", "opposes"),
        ("Washington continues to view Iran as a threat", "opposes"),
        # a pronoun's "it's" is no possessive subject of a condition
        ("the council does need funding if it's to survive", "neutral"),
        ("Russia will join if Iran's leaders agree to inspections", "conditions"),
        # "there will be no" refuses, unless it is what someone is to make sure of
        ("there will be no negotiations with terrorists", "rejects"),
        ("defeat the groups and assure that there will be no terrorism", "demands"),
        ("It argued that no obligation exists on it to respect the agency", "rejects"),
    ],
)
def test_the_content_of_a_said_clause(text: str, expected: str) -> None:
    assert _read(text) == expected


def test_a_with_absolute_does_not_take_the_main_verbs_stance() -> None:
    from briefgen.analysis.reporting_verbs import reporting_stance

    launched = "The Liberal Democrats launched their platform, with leader Charles Kennedy saying"
    assert reporting_stance(launched) == ("neutral", False)
    rejected = "Mr Brown rejected the call, saying"
    assert reporting_stance(rejected) == ("rejects", False)


def test_unveiling_campaign_words_is_no_proposal() -> None:
    from briefgen.analysis.parties import ANNOTATION

    body = "Labour has unveiled the four little words that will form the heart of its campaign."
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    assert all(s.stance == "neutral" for s in story.annotations.get(ANNOTATION) or [])
    platform = (
        "The Liberal Democrats launched their pre-election platform, with leader Charles "
        'Kennedy saying his party was the "authentic opposition", particularly on the Iraq war.'
    )
    story = analyze_builtin(Story(title="t", body=platform, path="t.txt"))
    assert all(s.stance == "neutral" for s in story.annotations.get(ANNOTATION) or [])
    plan = "Labour has unveiled plans to cut the council tax by 10%."
    story = analyze_builtin(Story(title="t", body=plan, path="t.txt"))
    assert any(s.stance == "proposes" for s in story.annotations.get(ANNOTATION) or [])


def test_a_government_voice_said_clause_reads_through_the_pipeline() -> None:
    said = 'Japanese Economy Minister Heizo Takenaka said: "{}"'
    assert ("JP", "proposes") in _stances(said.format("We must cut taxes this year."))
    assert ("JP", "demands") in _stances(said.format("Beijing must cut its tariffs this year."))
    body = "South Africa's delegation said Israel continued to act with impunity in Gaza."
    assert ("ZA", "accuses") in _stances(body)


def test_a_conditional_line_is_not_cut_before_its_turn() -> None:
    from briefgen.sections.positions import concise

    quote = (
        "If South Korea or the U.S. can guarantee the North's security, then the talks won't be "
        "needed. But I don't think the two countries can do that."
    )
    assert "But I don't think" in concise(quote)
    plain = "If the EU lifts the ban, we will sign the deal. We expect a reply soon."
    assert concise(plain) == "If the EU lifts the ban, we will sign the deal."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a quote before its speaker, named by an article and a role, is read for its content
        ('"We will not negotiate under pressure," the Iranian president said.', ("IR", "rejects")),
        ('"Israel is committing genocide in Gaza," the South African foreign minister said.',
         ("ZA", "accuses")),
        ('"We call on all parties to exercise restraint," the UN secretary-general said.',
         ("UN", "demands")),
        ('"There can be no peace without justice," the Palestinian president said.',
         ("PS", "conditions")),
        # evaluations in the reported clause
        ("The US State Department said it was \"deeply troubled\" by the arrests.",
         ("US", "opposes")),
        ("Britain's foreign secretary said the election was \"neither free nor fair\".",
         ("GB", "accuses")),
        ("The French president said the agreement was \"a historic step\" for the planet.",
         ("FR", "supports")),
        ("The Saudi foreign ministry said the kingdom \"strongly condemns\" the attack.",
         ("SA", "opposes")),
        ("Brazil's president said the rainforest was \"not for sale\".", ("BR", "rejects")),
    ],
)  # fmt: skip
def test_a_said_clause_states_its_stance_through_the_pipeline(
    body: str, expected: tuple[str, str]
) -> None:
    assert expected in _stances(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a refusal "unless" a condition is met sets the condition
        (
            "Israeli Prime Minister Ehud Olmert said Israel would not accept a peace agreement "
            "unless there is a halt to rocket attacks.",
            ("IL", "conditions"),
        ),
        # harm named before "unless": a warning
        (
            'France\'s finance minister said the world faced "economic catastrophe" unless '
            "the US worked with Europe on currency controls.",
            ("FR", "warns"),
        ),
        # traps: a refusal with no condition opposes; a plain "unless" still conditions
        ("The Israeli foreign ministry said Israel would not accept the plan.", ("IL", "opposes")),
        (
            "France's finance minister said France would back the deal unless the US raised "
            "its tariffs.",
            ("FR", "conditions"),
        ),
    ],
)
def test_unless_after_a_refusal_or_a_harm(body: str, expected: tuple[str, str]) -> None:
    assert expected in _stances(body)


def test_a_harm_guarded_against_accuses_no_one() -> None:
    purpose = (
        "UK Prime Minister Rishi Sunak said he discussed long-term security arrangements for "
        "Ukraine to protect itself against future Russian aggression."
    )
    assert ("GB", "accuses") not in _stances(purpose)
    # trap: aggression named as what another does is still an accusation
    blame = "Britain's foreign secretary said Russian aggression against Ukraine must stop."
    assert ("GB", "accuses") in _stances(blame)
