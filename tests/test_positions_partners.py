"""Positions shared by several actors, new holder patterns, and the traps around them.

Each case is one sentence and the exact set of (country, stance) pairs it must give: a missing
pair is a recall regression, an extra one a precision regression (a country given a position
it never took).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _positions(text: str) -> set[tuple[str, str]]:
    story = analyze_builtin(Story(title="t", body=text, published=datetime(2023, 5, 1)))
    for statement in story.statements:
        assert story.body[statement.start : statement.end] == statement.text
    return {(s.country, s.stance) for s in story.statements}


SHARED = [
    # coordinated subjects: every member of the list
    (
        "Britain and France urged Iran to return to the negotiating table.",
        {("GB", "demands"), ("FR", "demands")},
    ),
    (
        "The UK, France, Germany, Austria, the Netherlands and Sweden said in a joint statement "
        "that they want the budget capped.",
        {(c, "neutral") for c in ("GB", "FR", "DE", "AT", "NL", "SE")},
    ),
    # three or more countries listed in the reporter's words, no voice: no position (session 14)
    ("Britain, France and Germany urged Iran to return to the negotiating table.", set()),
    ("The UK, France, Germany, Austria, the Netherlands and Sweden want the budget capped.", set()),
    # the named head of a group: "and other ...", "and its allies"
    ("The UN and other aid organisations have condemned the decision.", {("UN", "opposes")}),
    ("The US and its allies rejected the plan.", {("US", "rejects")}),
    ("Trade between China and other nations grew.", set()),
    # company and joining
    (
        "France joined Britain in calling for fresh sanctions on Iran.",
        {("FR", "demands"), ("GB", "demands")},
    ),
    (
        "Japan joined the United States in condemning the missile launch.",
        {("JP", "opposes"), ("US", "opposes")},
    ),
    # comparisons
    (
        "Like Washington, Seoul wants the North to give up its nuclear weapons.",
        {("KR", "demands"), ("US", "demands")},  # wants the North to act
    ),
    (
        "Seoul said it holds a similar stance with the U.S. in hoping for denuclearisation.",
        {("KR", "supports"), ("US", "supports")},
    ),
    # "both sides", "the two countries": the last two named
    (
        "The EU and the US met in Geneva. Both sides agreed to suspend their WTO requests.",
        {("EU", "supports"), ("US", "supports")},
    ),
    (
        "Venezuela and China signed an oil deal. The two countries also signed other agreements.",
        {("VE", "supports"), ("CN", "supports")},
    ),
    # a new main clause after "and", ", while", ", as"
    (
        "The US rejected the plan and China called for restraint.",
        {("US", "rejects"), ("CN", "demands")},
    ),
    ("Japan opposed the deal, while China welcomed it.", {("JP", "opposes"), ("CN", "supports")}),
]

HOLDERS = [
    ("Officials in Tokyo said Japan would lodge a protest.", {("JP", "opposes")}),
    ("The foreign ministry in Beijing said it opposed the deal.", {("CN", "opposes")}),
    ("An EU spokesman in Washington dismissed the complaint.", {("EU", "rejects")}),
    ("The US ambassador to the UN condemned the attack.", {("US", "opposes")}),
    (
        'A spokesman for the U.N. secretary-general said the body "stands ready" to help.',
        {("UN", "supports")},  # standing ready to help is an offer of support
    ),
    ("The French president, Emmanuel Macron, urged restraint.", {("FR", "demands")}),
    (
        "A senior US official, speaking on condition of anonymity, said the administration "
        "opposed the move.",
        {("US", "opposes")},
    ),
    ("China's commerce ministry said it firmly opposed the tariffs.", {("CN", "opposes")}),
    ("The United States and its allies have demanded a halt to the tests.", {("US", "demands")}),
    ("European leaders have openly blamed the US for the rise of the euro.", {("EU", "accuses")}),
    ("Manila insists the shoal lies within its exclusive economic zone.", {("PH", "neutral")}),
    ("Russia was ready to take Iran's enriched uranium.", {("RU", "supports")}),
    ("Tokyo is not willing to lift the ban.", {("JP", "opposes")}),
    ("The US filed a complaint against Brussels with the WTO.", {("US", "opposes")}),
    (
        "Argentina and Venezuela have extended a food-for-oil deal.",
        {("AR", "supports"), ("VE", "supports")},
    ),
    ("Germany's chancellor said Berlin backed the proposal.", {("DE", "supports")}),
    (
        "Germany also proposed a freeze and Canada has begun its own moratorium.",
        {("DE", "proposes"), ("CA", "supports")},
    ),
]

AGENTS = [
    # the agent of a passive holds the stance, not the subject
    (
        "Japan was criticized by China's customs authority, which said the water was unsafe.",
        {("CN", "opposes")},
    ),
    (
        "The plan, tabled by France and Germany after the G7 meeting, would double aid.",
        {("FR", "proposes"), ("DE", "proposes")},
    ),
    (
        "Ministers met in Brussels, with Hungary and Poland again rejecting relocation.",
        {("HU", "rejects"), ("PL", "rejects")},
    ),
    (
        "The Danish and German governments are challenging a European Commission ruling.",
        {("DK", "opposes"), ("DE", "opposes")},
    ),
    (
        "The United States joined Egypt and Qatar in calling for an immediate truce.",
        {("US", "demands"), ("EG", "demands"), ("QA", "demands")},
    ),
    # votes, refusals, time phrases between the subject and its verb
    ("Germany voted against.", {("DE", "rejects")}),
    ("Thailand and India have however declined the offer.", {("TH", "rejects"), ("IN", "rejects")}),
    ("Japan on Tuesday urged China to lift its ban.", {("JP", "demands")}),
    ("Britain was quick to welcome the deal.", {("GB", "supports")}),
    ("Japan expressed an interest in joining the talks.", {("JP", "supports")}),
    ("North Korea has intensified its criticism of South Korea.", {("KP", "opposes")}),
    ("Britain is advising its citizens against traveling to the border area.", {("GB", "warns")}),
    ("Pakistan reaffirmed that elections would be held on February 18.", {("PK", "neutral")}),
    ("China was quick to the market.", set()),
    ("China declined to comment.", set()),  # no comment, no position
    # "insist"/"suggest" demand or propose only before a directive clause
    ("Washington has insisted that the North must give up its weapons.", {("US", "demands")}),
    ("Washington insisted it had done nothing wrong.", {("US", "neutral")}),
    ("Beijing suggested the talks could resume in May.", {("CN", "proposes")}),
    # a stance noun with a "by" agent, or owned by a possessive that is no subject
    (
        "Following the offer by the British government to assist in the search, an investigator "
        "is now helping.",
        {("GB", "proposes")},
    ),
    (
        "The IMF approved Sri Lanka's request for a freeze on loan repayments.",
        {("LK", "demands"), ("IMF", "supports")},
    ),
    (
        "Congress agreed in exchange for Moscow's support for those penalties.",
        {("RU", "supports")},
    ),
]

CONTEXT = [
    # "the government" is the story's own, when one country dominates it
    (
        "Argentina's economy minister met the water firm in Buenos Aires. Argentina wants lower "
        "prices. The government has rejected the 60% rise.",
        {("AR", "supports"), ("AR", "rejects")},
    ),
    # relative clauses, nominal stances, intentions, predicates after an appositive
    (
        "The US, which has been a strong supporter of the embargo, introduced curbs in May.",
        {("US", "supports")},
    ),
    (
        "The decision was criticized by the White House, which called it short-sighted.",
        {("US", "opposes")},
    ),
    (
        "The launch drew swift condemnation from Seoul, Washington and Tokyo.",
        {("KR", "opposes"), ("US", "opposes"), ("JP", "opposes")},
    ),
    (
        "Like Riyadh, Moscow will prolong a cut in exports.",
        {("RU", "proposes"), ("SA", "proposes")},
    ),
    (
        "Germany, an observer at the Arctic Council, is ready to support the proposal.",
        {("DE", "supports")},
    ),
]

OFFICES = [
    # a political body's spokesperson speaks for it; an economic body's gives assessments
    (
        "UN spokesperson Stephane Dujarric said the world cannot afford a confrontation.",
        {("UN", "opposes")},
    ),
    ("WTO spokesman Keith Rockwell said trade would grow.", set()),
    # a party figure in the sentence before is not the next sentence's prime minister's status
    (
        "The wedding was welcomed by Liberal Democrat leader Charles Kennedy. Australia's Prime "
        "Minister John Howard said the decision was good.",
        {("AU", "neutral")},
    ),
    # named offices after a possessive, portfolio words, an appositive with a possessive
    ("Bangladesh's Ministry of Commerce said it had asked Delhi for rice.", {("BD", "neutral")}),
    (
        "Nepal's Ministry of Agriculture and Livestock Development, in a statement, urged India "
        "to reconsider.",
        {("NP", "demands")},
    ),
    ("Russia's federal fisheries agency has rejected the cut.", {("RU", "rejects")}),
    (
        "The United States, Kosovo's closest ally, was also critical of the timing.",
        {("US", "opposes")},
    ),
    ("Canada, a key gold producer, also expressed reservations.", {("CA", "opposes")}),
    ("Belgrade does not recognize the independence of Kosovo.", {("RS", "opposes")}),
    ("South Korea will boost state spending next year.", {("KR", "proposes")}),
    # an institution abroad speaks for that capital's government
    (
        "The Foreign Office in Berlin said it expected restraint from both sides.",
        {("DE", "neutral")},
    ),
    (
        "A spokeswoman for the Chinese embassy in Canberra said both should meet halfway.",
        {("CN", "demands")},
    ),
    # "It" continues the country whose stance the sentence before stated
    (
        "South Korea will boost state spending next year. It also pledged to help families.",
        {("KR", "proposes"), ("KR", "supports")},
    ),
    ("The EU fined the firm. It said it would appeal.", set()),
]

TRAPS = [
    # someone else's act on the country: passives
    ("China has been accused of blocking access to the site.", set()),
    ("China is expected to face renewed pressure over its currency.", set()),
    ("Britain was criticised by the commission.", set()),
    ("The peg is often blamed by US lawmakers for job losses.", set()),
    ("The talks were hosted by Qatar.", set()),
    # a forecast is no intention; hosting is no position; people from a place are not it
    ("Markets think it more likely that the Federal Reserve will raise rates next month.", set()),
    ("Brazil, which will host next year's conference, was mentioned as a venue.", set()),
    ("All people from outside the European Union who want to stay will need a medical.", set()),
    # "demand from China's economy" is trade; a flight from Seoul is no stance
    ("Strong demand from China's fast-growing economy has fuelled production.", set()),
    ("Flights from Seoul, Washington and Tokyo were cancelled.", set()),
    # Congress alone is the US only in a story about the US; other congresses are not
    ("The Trade Unions Congress welcomed the increase.", set()),
    ("The Congress accused the government of playing politics with water.", set()),
    # saying nothing is no position
    ("Liberia declined to comment.", set()),
    ("China has said little in public.", set()),
    ("Panama has not decided how it will vote, its maritime authority said.", set()),
    # figures released are data, not a position
    ("The trade shortfall was $55.5bn, up 9% from September, the Commerce Department said.", set()),
    # members are not the body; a former official speaks for no one
    ("Some EU countries oppose the plan.", set()),
    ("EU member states are failing to report fraud, the watchdog said.", set()),
    (
        "The former UN commissioner and Irish president told the BBC the response was wrong.",
        set(),
    ),
    # a contrast or a negated comparison gives the other side nothing
    ("Unlike Washington, Seoul wants talks with the North.", {("KR", "supports")}),
    (
        "Seoul said it does not hold the same position as Washington on sanctions.",
        {("KR", "neutral")},
    ),
    # a list that is an object, places, foreign officials abroad, "both sides of"
    ("Talks between Russia, China and Japan ended without agreement.", set()),
    ("US officials in Baghdad said they backed the plan.", {("US", "neutral")}),
    ("The US embassy in Beijing said it welcomed the ruling.", {("US", "supports")}),
    ("Labour and the Tories clashed. Both sides of the House agreed to the motion.", set()),
    # a past or intransitive action is no stated position
    ("The EU imposed its arms ban on China in 1989.", set()),
    # an attack "by" a country is a deed; a rejection "by" a country is its voters' or a
    # regulator's; "Europe's decision makers" are people; "Israel's offensive" is a deed
    ("The attack by Russia on the port killed four.", set()),
    ("The rejection by France of the constitution stalled the treaty.", set()),
    ("The aim is to convince Europe's decision makers that it pays.", set()),
    ("Aid agencies condemned Israel's offensive in Gaza.", set()),
    ("Hunts in England and Wales have begun on the last day of legal hunting.", set()),
    # reported speech stays whole: "said that while ..., and ..."
    (
        "Putin said that while Kim wants peace and Russia supports the talks, guarantees are "
        "needed.",
        {("RU", "supports")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), SHARED + HOLDERS + AGENTS + CONTEXT + OFFICES + TRAPS
)
def test_sentence_positions(text: str, expected: set[tuple[str, str]]) -> None:
    assert _positions(text) == expected


def test_trimmed_clause_keeps_each_actor_to_its_own_words() -> None:
    story = analyze_builtin(
        Story(
            title="t", body="Germany also proposed a freeze and Canada has introduced a moratorium."
        )
    )
    by_country = {s.country: s.text for s in story.statements}
    assert by_country["DE"] == "Germany also proposed a freeze"
    assert "Canada" in by_country["CA"]


def test_pair_needs_two_countries_not_a_body() -> None:
    """ "Both countries" after "Opec ... India": OPEC is a body, so the pair is India and Iran."""
    text = (
        "Iran, Opec's second-biggest producer, will supply India with gas. The deal was reached "
        "in Tehran, both countries said in a statement."
    )
    countries = {country for country, _stance in _positions(text)}
    assert "OPEC" not in countries


def test_he_said_after_an_opposition_figure_is_not_the_minister() -> None:
    """A pronoun continues the last official only when nobody else was named in between."""
    body = (
        "Chancellor Gordon Brown said the economy was strong. Tory leader Michael Howard "
        "attacked the plans. He said the government must cut taxes."
    )
    story = analyze_builtin(Story(title="t", body=body, published=datetime(2005, 3, 1)))
    assert not any("must cut taxes" in s.text for s in story.statements)


HOME = [
    # an official whose country the text omits speaks for the story's home country
    (
        "Argentina's water prices are rising. Argentina wants investment. Planning Minister "
        "Julio De Vido has offered state help.",
        {"AR"},
    ),
    # not a company president, a shadow minister or a former official
    (
        "Wal-Mart is fighting back in the US. US shoppers like it. Company president Lee Scott "
        "said the criticism was unfair.",
        set(),
    ),
    (
        "The UK is debating sport. Britain wants more clubs. Shadow sports minister Lord "
        "Moynihan said the policy would empower clubs.",
        set(),
    ),
    (
        "Britain's civil service is changing. The UK government is quiet. The former cabinet "
        "secretary said the plans were wrong.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOME)
def test_home_country_of_officials_without_one(text: str, expected: set[str]) -> None:
    """Only statements by the people in the last sentence are checked."""
    story = analyze_builtin(Story(title="t", body=text, published=datetime(2005, 3, 1)))
    last = text.rsplit(". ", 1)[-1][:20]
    assert {s.country for s in story.statements if last in s.text} == expected
