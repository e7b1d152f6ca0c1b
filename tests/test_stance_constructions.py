"""The stance family a statement states, read from constructions of English (issue 15, session
12): a statement briefgen once labelled "states" (neutral) where the sentence states a stance,
or a stance read from a word that does not carry it. Every sentence here is written for the
test; each positive case has a near neighbour that must keep its old reading."""

from __future__ import annotations

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _stances(body: str) -> set[tuple[str, str]]:
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    return {(st.country, st.stance) for st in story.statements}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the speaker's second predicate after "said ...": his own stance verb
        (
            "Pakistan's army chief said the military had become a target of propaganda, and "
            "blamed an opposition party for the campaign.",
            ("PK", "accuses"),
        ),
        (
            "Pakistan's army chief stressed the duty to protect citizens from rumours and urged "
            "the public to remain vigilant.",
            ("PK", "demands"),
        ),
        (
            "Pakistan's army chief reiterated his concerns, stating that the internet is being "
            "misused and warned against campaigns aimed at the army.",
            ("PK", "warns"),
        ),
        # a quotation mark between the article and the naming
        ("Iran's foreign minister said the strikes were an ‘act of war’.", ("IR", "warns")),
        (
            'Chinese President Xi Jinping said the two nations have a "golden opportunity" to '
            "deepen their ties.",
            ("CN", "supports"),
        ),
        (
            'Russia\'s foreign minister said the bases were an "existential threat".',
            ("RU", "opposes"),
        ),
        (
            "The IAEA chief said that, if the reports are true, North Korea is violating the "
            "resolutions.",
            ("IAEA", "opposes"),
        ),
        (
            '"I strongly urge Pyongyang to return to the talks," the IAEA chief said.',
            ("IAEA", "demands"),
        ),
        ("The IAEA remains ready to resume its inspections.", ("IAEA", "supports")),
        # a decision, plan or vow takes the stance of what it is to do
        ("Washington decided to press Israel to stop the construction.", ("US", "demands")),
        ("The EU moved to block the merger.", ("EU", "opposes")),
        ("India has moved to punish Pakistan for the attack.", ("IN", "warns")),
        ("Beijing has vowed to ignore the tribunal's award.", ("CN", "rejects")),
        ("Then came Washington's decision not to renew the agreement.", ("US", "rejects")),
        # "would not" told in reported speech is the speaker's refusal
        (
            "The French president said he would not continue the policy of his predecessor.",
            ("FR", "rejects"),
        ),
        # support denied
        ("US officials insist that they give no support to the militias.", ("US", "opposes")),
        # an "if" whose outcome is "consequences" is a warning
        (
            'The French president said: "If the voters choose isolation, that will have '
            'consequences for everyone."',
            ("FR", "warns"),
        ),
        # joining the many who take a stance takes it
        (
            "France's president has joined a growing list of leaders who have slammed the "
            "candidate.",
            ("FR", "opposes"),
        ),
        # the speaker's own side announcing an act
        (
            'Britain\'s prime minister said: "We will introduce new protections for renters."',
            ("GB", "proposes"),
        ),
        (
            "Britain's home secretary said the government would also seek tougher border checks.",
            ("GB", "proposes"),
        ),
        # plans announced are proposed
        ("The Canadian government announced plans to cut the programme.", ("CA", "proposes")),
        # a quotation mark inside a verb phrase
        (
            "China expressed “regret” over the strikes, its foreign ministry said.",
            ("CN", "opposes"),
        ),
        # a state defending its own act as restrained
        (
            "India's foreign secretary said India has demonstrated considerable restraint in its "
            "response.",
            ("IN", "supports"),
        ),
        (
            "India's embassy said the strikes were measured, responsible and non-escalatory.",
            ("IN", "supports"),
        ),
        # another's act called unlawful; a promise not to stand idly by is a threat
        (
            'China\'s foreign ministry said the vessels had "illegally intruded" into its waters.',
            ("CN", "accuses"),
        ),
        (
            'Serbia\'s foreign ministry said it would not "stand idly by" and called on others to '
            "act.",
            ("RS", "warns"),
        ),
        # a condemnation in one adjective, a pace condemned, good news seen
        (
            "Germany's chancellor said the despicable attacks would not divide Europe.",
            ("DE", "opposes"),
        ),
        (
            '"The pace of the payments to Ukraine is far too slow," the US Treasury Secretary '
            "said.",
            ("US", "opposes"),
        ),
        ("Kazakhstan's president said China's growth represents good news.", ("KZ", "supports")),
        # a harm to the country named
        (
            "Australia's trade minister has said that the bid may be \"against the national "
            'interest".',
            ("AU", "opposes"),
        ),
        # an order given inside one's own government is its act
        (
            "Indonesia's president ordered an immediate review of the procedures.",
            ("ID", "supports"),
        ),
        # a conviction states what its clause states
        ("Syria is convinced that Israel does not want peace.", ("SY", "opposes")),
        # the speaker's side working out how to act
        (
            'A State Department spokesman said the United States "is aware of the urgency, and '
            "we're looking at ways to assist that.\"",
            ("US", "proposes"),
        ),
    ],
)
def test_the_construction_states_the_stance(body: str, expected: tuple[str, str]) -> None:
    assert expected in _stances(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # another subject's verb: "said protesters gathered and blamed" is the protesters'
        (
            "India's foreign ministry said protesters gathered outside the embassy and "
            "blamed the police.",
            ("IN", "neutral"),
        ),
        # a rule of one's own is an act, no demand of another
        (
            "Kosovo's government decided to require all vehicles to switch plates.",
            ("XK", "proposes"),
        ),
        # pressing on with one's own course is no demand
        ("Germany decided to push ahead with the reform.", ("DE", "proposes")),
        # a thing's "would not" is a forecast, the generic "you" and an "if" a hypothesis
        (
            "Britain's home secretary said the new powers would not take officers off the streets.",
            ("GB", "neutral"),
        ),
        (
            "Britain's prime minister said he would not stay in office if he felt unable to "
            "contribute.",
            ("GB", "neutral"),
        ),
        # an "if" naming no one to act, or opening an embedded question, sets no condition
        (
            "India's foreign ministry said the armed forces were ready to respond to attacks, if "
            "any.",
            ("IN", "neutral"),
        ),
        (
            "Washington said it had asked its envoy to keep negotiating to see if a deal was "
            "possible.",
            ("US", "neutral"),
        ),
        # "the need to" is a noun, asked of no one
        ("An Israeli official said Washington felt the need to go to Riyadh.", ("IL", "neutral")),
        # an order to stop something stays an order
        ("China has ordered a halt to construction work on the dams.", ("CN", "demands")),
        # a reporting frame's noun is no verb: "press secretary", a possessive's "demand", a
        # question "asked" of the speaker
        (
            '"There is nothing that has changed our assessment of the tests," White House press '
            "secretary Josh Earnest told reporters.",
            ("US", "neutral"),
        ),
        (
            "Asked why the administration ignored Congress's demand, White House spokesman Josh "
            'Earnest responded, "I think you have found another example of dysfunction."',
            ("US", "neutral"),
        ),
        # a relative clause's modal asks nothing of anyone; a thing's "will not apply" refuses
        # nothing
        (
            "US officials said the changes will not apply to everyone and will help people who "
            "need to escape their countries.",
            ("US", "neutral"),
        ),
        # a quoted verb is the reporter's (or a paper's) word, not the actor's own
        (
            'The paper said the prime minister "claimed ignorance" of the dates.',
            None,
        ),
        # an appeal to show restraint is a demand
        ("China called on both sides to show restraint.", ("CN", "demands")),
        # a negated verb of a report keeps the report's reading
        (
            "Britain's education secretary has not set out her views yet, but has said she "
            "intends to put parents first.",
            ("GB", "neutral"),
        ),
        # announcing one's own act alone proposes nothing
        ("Moscow announced it will start loading fuel next week.", ("RU", "neutral")),
    ],
)
def test_the_neighbour_keeps_its_reading(body: str, expected: tuple[str, str] | None) -> None:
    assert _stances(body) == ({expected} if expected else set())


def test_a_belief_is_not_support() -> None:
    # a conviction with no stance in its clause supports nothing
    assert ("RU", "supports") not in _stances("Russia is convinced that the talks will take place.")
