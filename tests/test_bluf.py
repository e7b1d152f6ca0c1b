"""BLUF: three to five summary sentences across stories, each with its source."""

from __future__ import annotations

import pytest
from h3_stories import analyse, bbc, seeds

from briefgen.analysis.sentences import split_sentences
from briefgen.model import Story
from briefgen.sections.bluf import BlufConfig, build_bluf


def test_seed_bluf_spreads_across_stories_and_is_extractive():
    stories = seeds()
    items = build_bluf(stories, BlufConfig())
    assert 3 <= len(items) <= 5
    by_id = {s.id: s for s in stories}
    assert {i.story for i in items} == set(by_id)
    for item in items:
        assert by_id[item.story].body[item.start : item.end] == item.text
    text = " ".join(i.text for i in items)
    assert "security" in text and "Putin" in text
    # not simply the first sentence of each story
    firsts = {s.id: s.sentences[0] for s in stories}
    assert sum((i.start, i.end) == firsts[i.story] for i in items) < len(stories)


def test_no_quotation_only_sentences_or_near_duplicates():
    stories = seeds()
    items = build_bluf(stories, BlufConfig(max_sentences=5))
    assert not any(i.text.lstrip().startswith(("“", '"')) for i in items)
    assert len({i.text for i in items}) == len(items)


def test_bbc_bluf_names_the_subject():
    stories = [analyse(bbc("politics/anglers-could-face-prosecution.txt"))]
    items = build_bluf(stories, BlufConfig())
    assert len(items) == 3
    assert any("anglers" in i.text.lower() for i in items)
    assert any("bill" in i.text for i in items)


@pytest.mark.parametrize(
    ("opening", "rest"),
    [
        ("BAGHDAD (AP) — ", "Secretary of State Condoleezza Rice said the law moved things on."),
        ("SEOUL, Aug. 20 (Yonhap) -- ", "North Korea's newspaper blasted South Korea on Tuesday."),
        ("Tripoli, Libya (CNN) -- ", "Libyan leader Moammar Gadhafi urged an end to the bombing."),
        ("WASHINGTON: ", "The United States urged North Korea to declare its nuclear work."),
        ("", "NATO - the alliance said its forces would stay in the country for years."),
    ],
)
def test_summary_lines_start_after_the_wire_dateline(opening: str, rest: str) -> None:
    body = opening + rest + " It rained. " * 3
    story = Story(title="Talks", body=body, id="s1")
    story.sentences = split_sentences(body)
    items = build_bluf([story], BlufConfig(min_sentences=1, max_sentences=1, min_words=5))
    assert items[0].text.startswith(rest[:20])
    assert body[items[0].start : items[0].end] == items[0].text


def test_lines_that_lean_on_their_story_are_not_summary_lines():
    from briefgen.sections.bluf import reads_alone

    assert not reads_alone("Mr Kennedy's tour comes as he and Tony Blair step up campaigning.")
    assert not reads_alone("The firm returned to profit in September after a bailout.")
    assert not reads_alone("He said the talks would resume after the election in May.")
    assert not reads_alone("The two banks held talks in October and November on a merger.")
    assert reads_alone("Tory leader Michael Howard has dismissed claims about his policy.")


def test_a_garbled_opening_phrase_is_left_out_and_history_is_no_summary():
    from datetime import date

    from briefgen.sections.bluf import garbled_opener

    text = (
        "Offering a glimpse at how China and Russia’s position on the talks, Putin has said "
        "that the North will require security guarantees before it gives up its weapons."
    )
    assert text[garbled_opener(text) :].startswith("Putin has said")
    assert garbled_opener("Speaking after the summit, Putin praised Kim's openness.") == 0
    story = analyse(
        Story(
            title="Targets",
            body=(
                "The economic targets set out at the Lisbon summit of European Union leaders in "
                "2000 were meant to help Europe overtake the United States as an economy by 2010. "
                "European Union finance ministers agreed on Tuesday to loosen the budget rules "
                "of the euro for countries that run deficits. "
                "European Union leaders will meet in Brussels to discuss the budget rules of the "
                "euro and the economy of Europe."
            ),
        )
    )
    items = build_bluf([story], BlufConfig(min_sentences=1), date(2005, 4, 1))
    assert items and not any("2000" in i.text for i in items)


def test_no_share_price_moves_and_no_weekday_of_an_old_story():
    from datetime import date, datetime

    old = analyse(
        Story(
            title="Arms treaty vote",
            body="An arms control treaty paring back American and Russian nuclear arsenals won a "
            "decisive vote in the Senate on Tuesday, clearing it for final approval. "
            "The treaty limits each side to 1,550 deployed strategic nuclear warheads under "
            "the new agreement signed by both presidents.",
            published=datetime(2010, 12, 22),
        )
    )
    bank = analyse(
        Story(
            title="Bank talks",
            body="Shares in UK banking group Barclays have risen following a weekend press "
            "report that it had held merger talks with US bank Wells Fargo. "
            "Barclays and Wells Fargo declined to comment on the merger talks reported by the "
            "newspaper at the weekend.",
            published=datetime(2026, 5, 20),
        )
    )
    items = build_bluf([old, bank], BlufConfig(min_sentences=1), date(2026, 5, 24))
    text = " ".join(i.text for i in items)
    assert "declined" in text
    assert "on Tuesday" not in text and "Shares in" not in text
    # the same weekday line in a story of the brief's own week stays
    new = analyse(Story(title=old.title, body=old.body, published=datetime(2026, 5, 22)))
    items = build_bluf([new], BlufConfig(min_sentences=1), date(2026, 5, 24))
    assert any("on Tuesday" in i.text for i in items)


def test_recent_stories_lead_an_old_and_new_corpus():
    from datetime import date, datetime

    stories = [
        analyse(
            Story(
                title=f"Story {year}",
                body=f"The foreign ministers of France and Germany agreed a new plan on trade "
                f"tariffs with China in talks about the steel dispute ({year} round).",
                published=datetime(year, 5, 1),
            )
        )
        for year in (2008, 2009, 2010, 2026)
    ]
    items = build_bluf(stories, BlufConfig(min_sentences=1, max_sentences=1), date(2026, 5, 24))
    assert [i.story for i in items] == [stories[-1].id]


def test_speculation_is_no_summary_line():
    from briefgen.sections.bluf import speculation

    assert speculation(
        "Whether American oil companies will agree to go back into Venezuela remains unclear."
    )
    assert speculation("The costs of the operation may not represent an attractive case.")
    assert speculation("It is not yet clear if the talks will resume, and that remains to be seen.")
    # a possibility someone is reported to raise is a stance; a month is no modal
    assert not speculation("The minister said the talks could resume in Geneva next week.")
    assert not speculation("Voters go to the polls on 5 May in local elections in England.")
    assert not speculation("Russia struck Kyiv with a hypersonic missile, killing two people.")


def _dated(title: str, body: str, day: tuple[int, int, int]) -> Story:
    from datetime import datetime

    return analyse(Story(title=title, body=body, published=datetime(*day)))


def test_an_event_named_as_told_before_and_an_old_storys_recent_are_no_summary_lines():
    from datetime import date

    strike = _dated(
        "Kyiv strike",
        "At a Security Council emergency meeting on the strike, the Ukrainian ambassador denied "
        "the Russian accusations of war crimes against civilians in the east. "
        "Russia fired a hypersonic missile at Kyiv on Sunday in an attack that killed two "
        "people, the Ukrainian president said.",
        (2026, 5, 24),
    )
    debate = _dated(
        "Tokyo debate",
        "Prime Minister Shigeru Ishiba dodged numerous questions during a recent inter-party "
        "debate at the Japan National Press Club in Tokyo about his party's funding scandal. "
        "Japan's ruling party chose Shigeru Ishiba as its leader and prime minister to succeed "
        "Fumio Kishida at the end of September.",
        (2024, 10, 13),
    )
    items = build_bluf([strike, debate], BlufConfig(min_sentences=1), date(2026, 5, 24))
    text = " ".join(i.text for i in items)
    assert "meeting on the strike" not in text and "recent" not in text
    assert "hypersonic missile" in text and "chose Shigeru Ishiba" in text
    # an event the line brings in first ("a strike ... the strike") reads alone, and the
    # recent words of a story of the brief's week are this week's
    again = _dated(
        "Kyiv strike",
        "Russia launched a missile strike on Kyiv on Sunday, and a recent Security Council "
        "meeting on the strike heard the Ukrainian ambassador deny the Russian accusations.",
        (2026, 5, 23),
    )
    items = build_bluf([again], BlufConfig(min_sentences=1), date(2026, 5, 24))
    assert [i.text[:20] for i in items] == ["Russia launched a mi"]


def test_a_corpus_of_many_threads_gets_one_line_a_story_and_no_list_dash():
    from datetime import date

    bodies = {
        "Kyiv": "- Russia fired a hypersonic ballistic missile at Kyiv in a mass attack, the "
        "Ukrainian president said. Russia's defence ministry confirmed the use of the ballistic "
        "missile against military targets in Kyiv.",
        "Caracas": "The United States captured Venezuela's leader in a raid on Caracas, and oil "
        "companies weighed a return to the country's oil fields in Venezuela.",
        "Hague": "The International Court of Justice heard arguments on Israel's obligations to "
        "allow humanitarian aid into Gaza during a blockade.",
        "Manila": "Thousands of US and Filipino troops launched joint military exercises in the "
        "northern Philippines after Chinese drills around Taiwan.",
    }
    stories = [_dated(t, b, (2026, 5, 20)) for t, b in bodies.items()]
    items = build_bluf(stories, BlufConfig(), date(2026, 5, 24))
    assert len(items) == 4 and len({i.story for i in items}) == 4
    assert not any(i.text.startswith("-") for i in items)


def test_what_a_months_old_story_tells_as_going_on_is_no_summary_line():
    from datetime import date

    body = (
        "The International Court of Justice is deliberating Israel's obligations to allow "
        "humanitarian aid into the Gaza Strip during the blockade. "
        "The South African delegation told the International Court of Justice that Israel "
        "had blocked humanitarian aid to the Gaza Strip since March."
    )
    old = _dated("Hague hearings", body, (2025, 5, 3))
    items = build_bluf([old], BlufConfig(min_sentences=1), date(2026, 5, 24))
    assert [i.text[:16] for i in items] == ["The South Africa"]
    # a week-old story's "is deliberating" is the situation now
    new = _dated("Hague hearings", body, (2026, 5, 20))
    items = build_bluf([new], BlufConfig(min_sentences=1), date(2026, 5, 24))
    assert any(i.text.startswith("The International Court") for i in items)


def test_a_figure_read_from_data_is_no_summary_line():
    from datetime import date

    body = (
        "The United States had a surplus with Mexico of just under US $6.9 billion on steel "
        "trade in 2024, according to U.S. Census Bureau data presented by the minister. "
        "Mexico's economy minister Marcelo Ebrard said the new US tariffs on Mexican steel "
        "were illogical and would hurt American steel buyers."
    )
    story = _dated("Steel tariffs", body, (2026, 5, 20))
    items = build_bluf([story], BlufConfig(min_sentences=1), date(2026, 5, 24))
    assert [i.text[:16] for i in items] == ["Mexico's economy"]


def test_an_act_given_by_its_owner_alone_is_undefined() -> None:
    from collections import Counter

    from briefgen.sections.bluf import _undefined_event

    line = "Trump said in his proclamation that imports of steel have increased significantly."
    assert _undefined_event(line, Counter(), 20)
    # a complement tells which one; a corpus about the proclamation knows it
    assert not _undefined_event(
        "Trump said in his proclamation on steel that it was time.", Counter(), 20
    )
    assert not _undefined_event(line, Counter({"proclamation": 15}), 20)


def test_a_storys_lead_sums_it_up_when_every_line_has_a_story() -> None:
    from datetime import date

    bodies = {
        "Caracas": "President Trump has set his sights on Venezuela's vast oil reserves, the "
        "largest in the world. US Secretary of State Marco Rubio suggested a policy of oil "
        "quarantine on Venezuela's oil exports for the new Venezuela leadership in Caracas.",
        "Kyiv": "Russia fired a hypersonic ballistic missile at Kyiv in a mass attack, the "
        "Ukrainian president said on Sunday.",
        "Hague": "The International Court of Justice heard arguments on Israel's obligations to "
        "allow humanitarian aid into Gaza.",
        "Manila": "Thousands of US and Filipino troops launched joint military exercises in the "
        "northern Philippines.",
    }
    stories = [_dated(t, b, (2026, 5, 20)) for t, b in bodies.items()]

    def caracas_line(config: BlufConfig) -> str:
        items = build_bluf(stories, config, date(2026, 5, 24))
        return next(i.text for i in items if i.story == stories[0].id)

    assert caracas_line(BlufConfig()).startswith("President Trump has set his sights")
    assert caracas_line(BlufConfig(lead_weight=1.0)).startswith("US Secretary of State")


@pytest.mark.parametrize(
    "line",
    [
        "Russian oil firm Yukos lied to a US court in an attempt to stop the Russian government "
        "selling off its key production unit, the court has heard.",
        "The firm hid its losses from investors for years, prosecutors say.",
        "The bank moved the money offshore, according to the indictment.",
        "The jury was told the minister took bribes from two contractors.",
        "The mayor allegedly took bribes from two contractors in the city.",
    ],
)
def test_a_claim_heard_in_court_or_made_by_an_accuser_is_no_bottom_line(line: str) -> None:
    from briefgen.sections.bluf import alleged

    assert alleged(line)


@pytest.mark.parametrize(
    "line",
    [
        # a named speaker's claim is a stance with its holder; a court's ruling is an act
        "Tony Blair's feud with Gordon Brown is damaging the way the UK is governed, Tory "
        "leader Michael Howard has claimed in a heated prime minister's questions.",
        "The court ruled that the firm had hidden its losses from investors.",
        "Prosecutors allege that the firm hid its losses from investors for years.",
    ],
)
def test_a_stance_with_its_holder_or_a_ruling_is_no_allegation(line: str) -> None:
    from briefgen.sections.bluf import alleged

    assert not alleged(line)


def test_a_line_framed_in_a_period_gone_by_is_no_summary_line() -> None:
    from datetime import date

    body = (
        "During the LDP presidential campaign, Ishiba said that taking part in the treaty "
        "meeting as an observer was an option for Japan. "
        "Opposition party chiefs questioned Prime Minister Shigeru Ishiba about security and "
        "political reform in a televised debate. "
        "In 2019, the minister said the alliance with the United States needed a full review. "
        "When he was defence minister, Ishiba called for a revision of the security treaty."
    )
    story = _dated("Leaders debate", body, (2024, 10, 12))
    items = build_bluf([story], BlufConfig(min_sentences=1), date(2024, 10, 13))
    assert [i.text[:22] for i in items] == ["Opposition party chief"]
    # a frame of the story's own days stays
    body = "During the debate on Saturday, Ishiba said the alliance with the United States works."
    story = _dated("Leaders debate", body, (2024, 10, 12))
    items = build_bluf([story], BlufConfig(min_sentences=1), date(2024, 10, 13))
    assert [i.text[:10] for i in items] == ["During the"]


def test_a_definition_or_a_newsletter_aside_is_no_bottom_line():
    """Fresh pages (issue 15): 'The Office for Budget Responsibility (OBR) monitors ...' says
    what a body does in general; 'And up again: ...' and 'To name a few: ...' hang on the
    sentence before. A body that acts ('The IMF (IMF) has cut') or a line with its own verb
    before a colon stays."""
    from briefgen.sections.bluf import _DEFINITION
    from briefgen.sections.bluf import reads_alone as bluf_reads_alone

    assert _DEFINITION.match(
        "The Office for Budget Responsibility (OBR) monitors the UK government's spending plans."
    )
    assert not _DEFINITION.match(
        "The International Monetary Fund (IMF) has cut its forecast for the world economy."
    )
    assert not _DEFINITION.match(
        "The Office for National Statistics (ONS) said growth slowed in the third quarter."
    )
    for aside in (
        "And up again: National Bank of Canada also has posted profits above forecasts.",
        "To name a few: High inflation, soaring interest rates, war in Ukraine.",
        "Thus, the central bank has raised its rate for the fifth time this year.",
    ):
        assert not bluf_reads_alone(aside), aside
    assert bluf_reads_alone("The Bank of Canada raised its key rate to 3.75% on Wednesday.")
    body = (
        "The Office for Budget Responsibility (OBR) monitors the UK government's spending "
        "plans and its tax receipts. The chancellor cut the tax on fuel by five pence a litre "
        "in the budget on Wednesday, leaving a hole in the public finances."
    )
    story = analyse(Story(title="Budget", body=body))
    texts = [i.text for i in build_bluf([story], BlufConfig())]
    assert texts and not any("monitors" in t for t in texts)


def test_the_writers_own_voice_or_the_reader_addressed_is_no_bottom_line():
    """'In addition to myself, the meeting was attended by ...' and 'If you are operating a
    local business ...' are a column's voice; a newsletter item's byline credit ('— WSJ's
    Chelsea Dulaney, ...') is not shown."""
    body = (
        "In addition to myself, the meeting was attended by executives of the social network "
        "and its partners. If you are operating a local business there is something you can do "
        "right now. A crisis in government debt markets accelerated after a fresh attempt by "
        "the Bank of England to support pension funds failed. — WSJ’s Chelsea Dulaney and "
        "Paul Hannon"
    )
    story = analyse(Story(title="Markets", body=body))
    texts = [i.text for i in build_bluf([story], BlufConfig())]
    assert texts == [
        "A crisis in government debt markets accelerated after a fresh attempt by the Bank of "
        "England to support pension funds failed."
    ]


def test_a_months_old_storys_line_gives_way_when_the_corpus_has_a_current_part() -> None:
    from datetime import date

    old = _dated(
        "Senate race",
        "The mayor of the capital beat the governor in the first primary for the Senate seat, "
        "with donors leaving the governor's campaign.",
        (2026, 1, 10),
    )
    recent = [
        _dated(
            f"Item {i}",
            f"The governor of the northern province won the party's nomination for the Senate "
            f"seat at the convention in the capital, item {i} of the week's coverage.",
            (2026, 7, 20 + i),
        )
        for i in range(4)
    ]
    items = build_bluf([old, *recent], BlufConfig(), date(2026, 8, 1))
    assert old.id not in {i.story for i in items}
    # with too few stories of the last three months, the older one still tells the situation
    items = build_bluf([old, recent[0]], BlufConfig(min_sentences=2), date(2026, 8, 1))
    assert old.id in {i.story for i in items}


@pytest.mark.parametrize(
    "line",
    [
        "The governor does better against the mayor than the other two candidates in the race, "
        "according to a new poll.",
        "At the town hall in the capital, a retired teacher asked the governor what she thought "
        "of the chances of the reform bill passing.",
        'The senator quickly took to social media, writing: "Another terrible day for the city.',
        "Minutes later, the governor's campaign issued a statement saying the remarks were a joke.",
        "With the senator serving as the state's treasurer at the time, the auditors saw the "
        "missing funds as a chance to raise questions.",
        "Neither the governor nor the mayor has done anything close to that, even though most "
        "senators have backed the trade bills.",
        "Even if the governor wins by a large margin, there almost certainly will not be enough "
        "votes in the assembly to pass the budget.",
        "The gathering was for a screening of a documentary about the party's reform wing and "
        "its founders.",
        "The issue briefly took on political prominence as the governor and the mayor both "
        "sought the support of the union.",
    ],
)
def test_a_poll_a_question_put_a_cut_quotation_or_a_line_told_after_is_no_bottom_line(
    line: str,
) -> None:
    from datetime import date

    story = _dated("State politics", line, (2026, 5, 20))
    assert build_bluf([story], BlufConfig(min_sentences=1, min_words=5), date(2026, 5, 24)) == []


@pytest.mark.parametrize(
    "line",
    [
        "The governor of the northern province won the party's nomination for the Senate seat at "
        "the convention on Tuesday.",
        'The senator called the budget "a betrayal of the voters" and vowed to vote against it.',
        "The auditors asked the state treasurer to publish the accounts of the pension fund.",
    ],
)
def test_a_stated_act_with_a_whole_quotation_is_a_bottom_line(line: str) -> None:
    from datetime import date

    story = _dated("State politics", line, (2026, 5, 20))
    items = build_bluf([story], BlufConfig(min_sentences=1, min_words=5), date(2026, 5, 24))
    assert [i.text for i in items] == [line]


def test_the_lead_after_a_short_deck_sums_the_story_up() -> None:
    from datetime import date

    bodies = [
        "Says the mayor will veto the budget. The governor of the northern province won the "
        "party's nomination for the Senate seat at the convention in the capital on Tuesday. "
        "Delegates from the coastal counties cheered the governor and the mayor in a long "
        "session in the capital's convention hall on the budget and the Senate seat.",
        "Flooding closed the coastal road in the south of the province for three days.",
        "The assembly passed the education budget by a wide margin after a long debate.",
        "The port workers' union signed a new contract with the harbour board on Monday.",
    ]
    stories = [_dated(f"Story {i}", b, (2026, 5, 20)) for i, b in enumerate(bodies)]
    items = build_bluf(stories, BlufConfig(), date(2026, 5, 24))
    line = next(i.text for i in items if i.story == stories[0].id)
    assert line.startswith("The governor of the northern province won")


def test_remarks_put_to_a_purpose_were_told_before() -> None:
    from collections import Counter

    from briefgen.sections.bluf import _undefined_event

    line = "The teachers' union, which has endorsed the mayor, used the comments to urge a strike."
    assert _undefined_event(line, Counter(), 20)
    made = "The mayor made the remarks to reporters at the airport on her return from Brussels."
    assert not _undefined_event(made, Counter(), 20)


def test_a_law_or_a_courts_name_does_not_introduce_a_bare_surname() -> None:
    """'Just minutes before House Bill ... was to take effect, Reeves eviscerated the law'
    (review 17): a bill's or a court's name is no person's full name; the judge is named by
    surname alone, so the line does not say who acted."""
    from briefgen.sections.bluf import bare_surname_only

    body = (
        "U.S. District Judge Maria Lindqvist blocked the state law on Thursday. "
        "Hours before House Bill 12 was to take effect, Lindqvist struck down the law as "
        "a breach of the Supreme Court's rulings."
    )
    story = _dated("Judge blocks law", body, (2026, 5, 20))
    s0 = body.index("Hours before")
    assert bare_surname_only(story, s0, len(body))
    # named in full, the line says who
    full = body.replace(
        "Hours before House Bill 12 was to take effect, Lindqvist", "Judge Maria Lindqvist"
    )
    story = _dated("Judge blocks law", full, (2026, 5, 20))
    assert not bare_surname_only(story, full.index("Judge Maria Lindqvist struck"), len(full))


def test_a_relative_named_through_a_bare_surname_is_no_summary_line() -> None:
    """'... killing nine people, including Sanders' son' (review 17): which Sanders? A line
    naming a relative by a bare surname does not say who is meant."""
    from datetime import date

    body = (
        "John Marsh is accused of killing three people at the depot in 2024, including "
        "Okafor’s son, a driver. "
        "The county court in Leeds set the trial of John Marsh for next spring."
    )
    story = _dated("Depot killings", body, (2026, 5, 20))
    items = build_bluf([story], BlufConfig(min_sentences=1), date(2026, 5, 24))
    assert items and not any("Okafor" in i.text for i in items)


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        # the writer singles out or ranks: a reading of the news (PNFRESH review)
        ("The most telling pledge the mayor has made this year is that she will not raise tax.", 0),
        ("The real question for the council is whether the levy survives the winter.", 0),
        ("The biggest risk for the governing party was how few voters turned out.", 0),
        # the same said by someone, and a superlative that is a subject, are lines
        ("The biggest risk for the party is that turnout falls, the minister said.", 1),
        ("The biggest bank in the country has cut 2,000 jobs after a fall in profits.", 1),
        ("The interest rate is what the central bank set on Thursday after the vote.", 1),
    ],
)
def test_a_writers_verdict_told_as_a_pseudo_cleft_is_no_bottom_line(line: str, shown: int) -> None:
    from briefgen.sections.bluf import verdict

    assert verdict(line) is not bool(shown)


def test_the_set_up_of_an_anecdote_is_no_bottom_line() -> None:
    """'On Friday morning, ... Gary Johnson told a joke. He was the punch line.' (PNFRESH
    review): a short turn saying who the person was in it makes the line a set-up; a fact, a
    longer next sentence, or one in the next paragraph, does not."""
    from briefgen.sections.bluf import _set_up

    def story(body: str) -> Story:
        return Story(title="t", body=body, sentences=split_sentences(body))

    line = "On Friday morning, the senator from Ohio told a joke at the union breakfast."
    turned = story(line + " He was the punch line. The crowd laughed.")
    assert _set_up(turned, len(line))
    told = story(line + " He then set out his plan to raise the minimum wage in the state.")
    assert not _set_up(told, len(line))
    for fact in (" He denies the charges.", " It rained.", " She was not there."):
        assert not _set_up(story(line + fact), len(line)), fact
    apart = story(line + "\n\nHe was the punch line.")
    assert not _set_up(apart, len(line))
