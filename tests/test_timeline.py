"""Timeline: dated events from the stories, merged across stories and sorted."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from h3_stories import SEED_002, analyse, bbc, read_seed, seeds

from briefgen.model import Story
from briefgen.sections.not_an_act import not_an_act
from briefgen.sections.timeline import TimelineConfig, TimelineSection, build_timeline, told_whole


def test_seed_timeline_is_dated_sorted_and_sourced():
    stories = seeds()
    _, s002 = stories
    items = build_timeline(stories, TimelineConfig())
    got = [(i.label, i.inferred) for i in items]
    assert got == [
        # "stalled since 2009" is background history, ten years before the stories: not listed;
        # "Putin will talk with Xi on Friday" and the end-of-year deadlines are still ahead on
        # the stories' date: What to watch, not the timeline
        # "Contrasting sharply with February's disastrous summit in Hanoi" has no verb: a
        # phrase, not an event
        ("25 April 2019", True),  # seed 002 is undated: its dates are inferred
    ]
    assert "summit" in items[0].event and "Thursday" in items[0].event
    assert "[1]" in (items[0].basis or "")
    by_id = {s.id: s for s in stories}
    for item in items:
        for src in item.sources:  # evidence offsets are verbatim spans of the story
            assert 0 <= src["start"] < src["end"] <= len(by_id[src["story"]].body)
    # the Thursday event's shown text is exactly its evidence
    src = items[0].sources[0]
    assert s002.body[src["start"] : src["end"]] == items[0].event


def test_undated_events_only_on_request():
    stories = seeds()
    stories[1] = analyse(read_seed(SEED_002))
    items = build_timeline([stories[1]], TimelineConfig(show_undated=True))
    undated = [i for i in items if i.date is None]
    # alone, seed 002 cannot be anchored
    assert any("three-hour summit" in i.event for i in undated)
    assert all(i.date is not None for i in items[: len(items) - len(undated)])
    assert build_timeline([stories[1]], TimelineConfig()) == []


def test_readable_event_names_pronoun_and_gives_fragments_their_subject():
    pub = datetime(2019, 4, 26)
    body = (
        "And President Putin said that he met Xi Jinping on Thursday in Beijing. Russia backed "
        "the UNSC resolution 2397 in a vote on Wednesday, which ordered member states to expel "
        "the workers. Putin will meet Xi again on Friday."
    )
    story = analyse(Story(title="t", body=body, published=pub))
    items = build_timeline([story], TimelineConfig())
    events = [i.event for i in items]
    assert "President Putin met Xi Jinping on Thursday in Beijing." in events
    assert any(e.startswith("Russia backed the UNSC resolution 2397") for e in events)
    assert not any("Friday" in e for e in events)  # still ahead on the story's date
    for item in items:
        src = item.sources[0]
        assert body[src["start"] : src["end"]] in body  # verbatim offsets


def test_same_event_in_two_stories_is_one_entry_with_two_sources():
    pub = datetime(2019, 4, 26)
    a = Story(
        title="a",
        body="Putin met Chinese President Xi Jinping in Beijing on Thursday.",
        published=pub,
    )
    b = Story(
        title="b", body="On Thursday, Putin travelled to Beijing to meet Xi Jinping.", published=pub
    )
    c = Story(
        title="c", body="Oil prices were reviewed by OPEC ministers on Wednesday.", published=pub
    )
    items = build_timeline([analyse(a), analyse(b), analyse(c)], TimelineConfig())
    assert len(items) == 2
    merged = next(i for i in items if "Putin" in i.event)
    assert {s["story"] for s in merged.sources} == {a.id, b.id}
    assert merged.date == date(2019, 4, 25)


def test_bbc_article_absolute_dates():
    story = analyse(bbc("business/high-fuel-prices-hit-ba-s-profits.txt"))
    items = build_timeline([story], TimelineConfig())
    assert [i.date for i in items] == sorted(i.date for i in items)
    # "Since the 11 September 2001 attacks in the United States, BA has cut 13,000 jobs": the
    # date is in a fronted phrase of background, the sentence's event is the job cuts
    assert date(2001, 9, 11) not in [i.date for i in items]
    # "the three months to 31 December 2004": a figure for a period, reported later, no event
    assert date(2004, 12, 31) not in [i.date for i in items]


def test_items_serialise_to_the_spec_shape():
    from briefgen.section import BuildContext

    items = TimelineSection().build(
        BuildContext(stories=seeds(), as_of=date(2019, 4, 26), config=TimelineConfig())
    )
    record = dataclasses.asdict(items[0])
    assert {"event", "date", "precision", "sources"} <= set(record)
    assert set(record["sources"][0]) == {"story", "start", "end"}


def _undated(body: str) -> Story:
    return analyse(Story(title="t", body=body))


def test_background_history_and_forecasts_are_not_events_of_the_period():
    story = _undated(
        "Lord Callaghan was born in 1912 in Portsmouth. "
        "The party was founded in 1900 by trade unionists. "
        "Labour won a by-election in Hartlepool in September 2004. "
        "Borrowing is tipped to fall to £31bn by 2006. "
        "Emissions could quadruple by 2050. "
        "Tories had their worst showing since 1906. "
        "Consumer prices rose faster than in 2004."
    )
    items = build_timeline([story], TimelineConfig(), as_of=date(2005, 4, 1))
    assert [(i.label, i.event) for i in items] == [
        ("September 2004", "Labour won a by-election in Hartlepool")
    ]


def test_period_runs_from_a_season_before_the_first_story_to_the_brief_date():
    pub = datetime(2005, 3, 1)
    body = (
        "The Iraq war began in March 2003. The chancellor cut fuel duty in March 2004. "
        "Ministers met union leaders in January 2005. Talks broke down in February 2005. "
        "The next election must be held by June 2006."
    )
    story = analyse(Story(title="t", body=body, published=pub))
    labels = [i.label for i in build_timeline([story], TimelineConfig(), as_of=date(2005, 4, 1))]
    # 2003 and 2004 are background; June 2006 is a deadline ahead (What to watch)
    assert labels == ["January 2005", "February 2005"]
    short = TimelineConfig(lookback_days=20)
    labels = [i.label for i in build_timeline([story], short, as_of=date(2005, 4, 1))]
    assert labels == ["February 2005"]


def test_direct_quotations_and_unreadable_clauses_are_left_out():
    story = _undated(
        'He said: "It was a commitment to public service that brought him into Parliament in '
        'January 2005." '
        "That happened in February 2005 after the vote. "
        "Ministers agreed a new budget in March 2005."
    )
    events = [i.event for i in build_timeline([story], TimelineConfig(), date(2005, 4, 1))]
    assert events == ["Ministers agreed a new budget"]


def test_reads_alone_refuses_fragments():
    from briefgen.sections.timeline import reads_alone

    assert reads_alone("The Lyons review, an inquiry, is due to report at the end of 2005.")
    assert not reads_alone("£39.1bn) in 2004 as sales of ice cream were dampened")
    assert not reads_alone("Parmalat collapsed in December 2003 after the 4bn euros ($5.2bn")
    assert not reads_alone("It will be the first time since 1917 that the party met there.")
    assert not reads_alone("Scottish Parliament on Wednesday that a ban would be introduced")
    assert not reads_alone("Chelsea gave Umbro the right to make shirts, would end in 2006.")
    # a connective leans on the sentence before; the line shows the fact without it
    assert not reads_alone("However, exports declined in the second half of 2004.")
    assert reads_alone("Exports declined in the second half of 2004.")
    assert not reads_alone("The US - accounted for 46% of profit in the first half of 2004")
    assert not reads_alone("RISK REMAINS: An official said China would hold war games")
    assert not reads_alone("The United Nations' (UN) top court on Friday")
    assert not reads_alone("2:17:18 she set in Chicago in October 2003, by one minute.")
    assert reads_alone("Inbev bought out another partner in August 2004.")
    assert reads_alone("China raised rates - its first hike in nine years - in October 2004.")


def test_selection_keeps_the_events_more_stories_report():
    pub = datetime(2004, 12, 20)
    bodies = [f"Firm {n} opened a plant in Leeds in December 2004." for n in "ABCD"] + [
        "Parliament passed the Hunting Act in November 2004.",
        "MPs passed the Hunting Act in November 2004 after a long fight.",
    ]
    stories = [analyse(Story(title=str(n), body=b, published=pub)) for n, b in enumerate(bodies)]
    items = build_timeline(stories, TimelineConfig(max_items=2), as_of=date(2005, 4, 1))
    assert [(i.label, len(i.sources)) for i in items] == [
        ("November 2004", 2),
        ("December 2004", 4),
    ]


def test_undated_politics_corpus_timeline_is_of_its_period(tmp_path):
    import json

    from click.testing import CliRunner
    from paths import BBC

    from briefgen.cli import main

    out = tmp_path / "brief.json"
    args = ["make", str(BBC / "politics"), "--title", "UK politics", "--date", "2005-04-01"]
    result = CliRunner().invoke(main, [*args, "-f", "json", "-o", str(out), "--quiet"])
    assert result.exit_code in (0, 1), result.output
    brief = json.loads(out.read_text("utf-8"))
    items = next(s for s in brief["sections"] if s["id"] == "timeline")["items"]
    years = [int(i["date"][:4]) for i in items if i["date"]]
    # the corpus's dated sentences are mostly figures ("rose by 17% between January 2005 and
    # the previous year"), which are no events; a day and month an undated story tells in the
    # past is read as of the brief's date ("announced ... on 17 November": 2004), its year
    # marked inferred; never out of period
    assert sum(2003 <= y <= 2006 for y in years) >= 0.8 * len(years)
    assert all(i["inferred"] and "year inferred" in i["basis"] for i in items)
    watch = next(s for s in brief["sections"] if s["id"] == "watch")["items"]
    assert all(i["date"] is None or i["date"] > "2005-04-01" for i in watch)


def test_a_sentence_with_two_dates_is_listed_once_at_its_first():
    story = analyse(
        Story(
            title="t",
            body="The PS3 was shown off in February 2005 but will not be launched until 2006.",
            published=datetime(2005, 3, 1),
        )
    )
    items = build_timeline([story], TimelineConfig(), as_of=date(2005, 4, 1))
    assert [i.label for i in items] == ["February 2005"]


def test_a_demonstrative_subject_before_a_past_verb_is_a_bare_pronoun():
    from briefgen.sections.timeline import reads_alone

    assert not reads_alone("This followed an earlier donation of the same amount in 2004.")
    assert reads_alone("This year's budget was presented in March 2005.")


def test_undated_stories_look_back_eight_months_from_the_as_of_date():
    story = _undated(
        "Ministers met union leaders on 7 September 2004 to discuss pensions. "
        "Ministers launched the review in March 2004."
    )
    items = build_timeline([story], TimelineConfig(), as_of=date(2005, 4, 1))
    assert [i.label for i in items] == ["7 September 2004"]


def test_an_item_tells_an_event_of_its_own():
    pub = datetime(2025, 2, 12)  # a Wednesday
    body = (
        '"We maintain our view that prices will rise," the bank said in a note on Monday. '
        "Economy Minister Marcelo Ebrard said Tuesday. "
        "The tariffs announced on Monday are illogical, Mr Ebrard said on Tuesday. "
        "The firm returned to profit in January 2025. "
        "Inbev bought out another partner in January 2025. "
        "Contrasting sharply with January's summit in Hanoi. "
        "The Mexican government filed a complaint with the WTO on Monday."
    )
    story = analyse(Story(title="t", body=body, published=pub))
    events = [i.event for i in build_timeline([story], TimelineConfig(), date(2025, 2, 12))]
    # the judgement is listed only with its speaker (the Tuesday statement), never cut from it
    assert events == [
        "The Mexican government filed a complaint with the WTO on Monday.",
        "The tariffs announced on Monday are illogical, Mr Ebrard said on Tuesday.",
    ]
    assert [i.date for i in build_timeline([story], TimelineConfig(), date(2025, 2, 12))] == [
        date(2025, 2, 10),
        date(2025, 2, 11),
    ]


def test_last_weekday_said_the_day_after_is_the_week_before():
    body = "Last Monday, Trump agreed to pause the tariffs on Mexican exports."
    story = analyse(Story(title="t", body=body, published=datetime(2025, 2, 11)))  # Tuesday
    items = build_timeline([story], TimelineConfig(), date(2025, 2, 11))
    assert [i.date for i in items] == [date(2025, 2, 3)]


def test_a_date_the_analysis_reads_as_ahead_is_no_event_of_the_period():
    # the consultations launched in September 2004 are still open ("will close next week"):
    # a process going on, which the dates analysis does not call an event (round 4 of the
    # review read the line as background)
    story = _undated(
        "BAA launched a series of consultations on blight in September 2004, which will close "
        "next week. About 4,300 civil servants will leave London by the end of March 2005."
    )
    assert build_timeline([story], TimelineConfig(), date(2005, 4, 1)) == []


def test_background_clauses_and_events_weeks_before_their_story_are_not_listed():
    from briefgen.sections.timeline import background_clause

    body = (
        "After a U.S.-sponsored Mideast conference in November, the Israelis and Palestinians "
        "relaunched negotiations. "
        "Mr Saakashvili called the election early to defuse tension that erupted in November. "
        "Officials said that talks collapsed on 28 December. "
        "Mr Saakashvili won the election on 5 January, officials said. "
        "Georgia declared a state of emergency in November 2007. "
        "During the debate, the prime minister also used the same argument on 4 January. "
        "Israel did not attend the talks that were held in Paris on 3 January. "
        "The leaders met the foreign minister, who arrived in Tbilisi on 4 January. "
        "Hours after the opposition leader was named the new speaker on 2 January."
    )
    story = analyse(Story(title="t", body=body, published=datetime(2008, 1, 6)))
    items = build_timeline([story], TimelineConfig(), date(2008, 1, 20))
    assert [i.label for i in items] == ["28 December 2007", "5 January 2008"]
    # a November event told in a story of 20 December is of its days
    story = analyse(Story(title="t", body=body, published=datetime(2007, 12, 20)))
    labels = [i.label for i in build_timeline([story], TimelineConfig(), date(2008, 1, 20))]
    assert "November 2007" in labels
    mention = next(m for m in story.annotations["dates"] if m.text == "November")
    assert background_clause(story.body, mention)  # the conference's, not the negotiations'


def test_a_now_word_next_to_the_items_date_is_dropped():
    from briefgen.sections.timeline import without_now_word

    assert (
        without_now_word("US and Filipino troops yesterday launched drills", "yesterday")
        == "US and Filipino troops launched drills"
    )
    assert (
        without_now_word("Rojas said at yesterday’s opening ceremony that", "yesterday’s")
        == "Rojas said at the opening ceremony that"
    )
    # only the word that dates the item, and never the line's first word
    assert without_now_word("Troops yesterday launched drills", "Friday") == (
        "Troops yesterday launched drills"
    )
    assert without_now_word("Today the troops left", "Today") == "Today the troops left"


def test_a_demonstrative_in_the_subject_leans_on_the_story():
    from briefgen.sections.timeline import reads_alone

    assert not reads_alone("The death toll from that strike had risen to 21, officials said.")
    assert not reads_alone("Those talks collapsed in March 2005.")
    assert reads_alone("Officials said that strikes hit Kyiv in May 2026.")
    assert reads_alone("This year's budget was presented in March 2005.")


def test_a_date_written_in_full_at_either_end_of_the_line_is_left_to_the_label():
    pub = datetime(2005, 3, 1)
    body = (
        "In February 2005, Manchester United said they had received an approach. "
        "China raised rates by 0.27 percentage points - its first hike in nine years - in "
        "February 2005. "
        "Inbev was formed in February 2005 when Interbrew bought Ambev. "
        "Health Secretary John Reid resigned on Sunday."
    )
    story = analyse(Story(title="t", body=body, published=pub))
    events = {i.event for i in build_timeline([story], TimelineConfig(), date(2005, 4, 1))}
    assert events == {
        "Manchester United said they had received an approach.",
        "China raised rates by 0.27 percentage points - its first hike in nine years",
        "Inbev was formed in February 2005 when Interbrew bought Ambev.",  # inside: it stays
        "Health Secretary John Reid resigned on Sunday.",  # a weekday says more than the label
    }


def test_a_date_after_an_unlisted_one_dates_a_clause_that_hangs_on_it():
    pub = datetime(2024, 3, 7)  # a Thursday
    body = (
        "Sexually transmitted infections surged across Europe in 2022, the agency said as it "
        "released its most recent data on Thursday. "
        "Fishing talks, which began in 2003, collapsed on Tuesday after a row over quotas. "
        "The ministers met in Brussels on Wednesday to discuss fishing quotas."
    )
    story = analyse(Story(title="t", body=body, published=pub))
    items = build_timeline([story], TimelineConfig(), date(2024, 3, 8))
    assert [i.label for i in items] == ["5 March 2024", "6 March 2024"]


def test_a_wire_dateline_is_no_part_of_the_event():
    body = (
        "SEOUL, Aug. 20 (Yonhap) -- North Korea's official newspaper blasted South Korea on "
        "Tuesday for conducting a joint military exercise with the United States."
    )
    story = analyse(Story(title="t", body=body, published=datetime(2019, 8, 20)))
    items = build_timeline([story], TimelineConfig(), date(2019, 8, 21))
    assert [(i.label, i.event[:20]) for i in items] == [("20 August 2019", "North Korea's offici")]


def test_an_undated_storys_day_and_month_told_in_the_past_is_read_as_of_the_brief():
    story = _undated(
        "Doug Smith's departure was announced by Work Secretary Alan Johnson on 17 November "
        "as MPs grilled him over the agency's poor performance. "
        "Chancellor Gordon Brown will deliver his Budget to the House of Commons on 16 March. "
        "The consultation has so far attracted 500 responses and closes on 7 February. "
        "Laws brought in after the 11 September attacks were debated by the peers. "
        "Ed Balls hinted at a Budget giveaway on 16 March in a speech to the City. "
        "The book says on 13 March then Home Office Minister Lord Falconer met the adviser. "
        "In my parliamentary answer on March 17 2003, the minister explained his view."
    )
    items = build_timeline([story], TimelineConfig(), as_of=date(2005, 4, 1))
    assert [(i.label, i.inferred) for i in items] == [("17 November 2004", True)]
    assert "undated" in (items[0].basis or "")
    # no brief date, nothing to read it against; a date outside the period is not listed
    assert build_timeline([story], TimelineConfig(), as_of=None) == []
    assert build_timeline([story], TimelineConfig(), as_of=date(2005, 10, 1)) == []


def test_an_undated_storys_month_needs_a_year_the_story_writes():
    quit = "Mr Blunkett resigned in December after a probe into a visa application for a nanny."
    assert build_timeline([_undated(quit)], TimelineConfig(), as_of=date(2005, 4, 1)) == []
    story = _undated(quit + " Profits in 2004 rose by a fifth at the firm he had run.")
    items = build_timeline([story], TimelineConfig(), as_of=date(2005, 4, 1))
    assert [i.label for i in items] == ["December 2004"]
    # a month's figure is a statistic, not an event
    story = _undated("UK house prices dipped in November. Sales in 2004 were the best yet.")
    assert build_timeline([story], TimelineConfig(), as_of=date(2005, 4, 1)) == []


def test_an_undated_storys_day_of_a_noun_or_a_present_is_not_its_event():
    story = _undated(
        "Pountney criticised the referee's performance in Northampton's defeat by Saracens on "
        "5 February. "
        "The awards are held on 26 February, the day before the Oscars. "
        "Her blog, which she started on 12 January after a death, mixes fact and fiction. "
        "Harinordoquy has been dropped from the squad for the Six Nations match with Ireland "
        "in Dublin on 12 March. "
        "Nintendo's DS handheld went on sale on 11 March at a price of £99 in UK shops."
    )
    items = build_timeline([story], TimelineConfig(), as_of=date(2005, 4, 1))
    assert [i.label for i in items] == ["11 March 2005"]


def test_a_person_named_only_by_a_role_leans_on_the_story():
    from briefgen.sections.timeline import reads_alone

    assert not reads_alone("The singer was arrested with fellow musician Alan Wass.")
    assert not reads_alone("The Glasgow forward's ban for stamping ended on 2 February.")
    assert reads_alone("The Santy worm first appeared on 20 December.")
    assert reads_alone("The director of the BBC resigned on Monday.")


def test_a_date_the_story_writes_ranks_before_a_year_inferred_from_the_brief():
    written = [
        _undated(f"Acme Foods bought a rival bakery chain on {day} October 2004.")
        for day in range(1, 22)
    ]
    guessed = _undated("The chief of China Aviation Oil was arrested by police on 8 December.")
    items = build_timeline([guessed, *written], TimelineConfig(), as_of=date(2005, 4, 1))
    assert len(items) == 20 and not any(i.inferred for i in items)
    items = build_timeline([guessed, *written[:3]], TimelineConfig(), as_of=date(2005, 4, 1))
    assert [i.label for i in items][-1] == "8 December 2004"


def test_an_undated_storys_past_perfect_is_background_not_its_event():
    """'said his party had set out its stance in September': the past perfect tells a time
    before the story's, as background to what is reported now (review 7)."""
    reported = "Lib Dem president Simon Hughes said his party had set out its stance on 17 "
    story = _undated(reported + "September.")
    assert build_timeline([story], TimelineConfig(), as_of=date(2005, 4, 1)) == []
    # the simple past is the story's event, the past perfect of the same act its background
    done = "Doug Smith's departure was announced by Work Secretary Alan Johnson on 17 September."
    told = "MPs heard that Alan Johnson had announced Doug Smith's departure on 17 September."
    assert build_timeline([_undated(told)], TimelineConfig(), as_of=date(2005, 4, 1)) == []
    story = _undated(done)
    items = build_timeline([story], TimelineConfig(), as_of=date(2005, 4, 1))
    assert [i.label for i in items] == ["17 September 2004"]


def test_a_line_tells_an_act_not_a_state_a_generic_present_or_a_plan():
    """Fresh pages (issue 15): a copula, a present passive, a generic present, a past copula
    with no other verb and a clause ahead are no events; a past, a perfect, a passive past and
    an act going on are."""
    from briefgen.sections.timeline import told_as_an_act

    for wrong in (
        "The geopolitical calculus is very different.",
        "Today we see a reheated version of arguments forged when Victoria reigned.",
        "The economic debate is once again dominated by free traders",
        "The maneuver is perfectly legal and no one is suggesting it is a money maker.",
        "At the market close Wednesday its market value was $349 billion.",
        "A decision will be made Thursday morning before the parade.",
        "If you have 20 users, you only need two more this week to grow 10%.",
        "On a clear morning in late March, I followed two materials scientists.",
    ):
        assert not told_as_an_act(wrong), wrong
    for right in (
        "Van Gogh was shot and stabbed in November 2004.",
        "Viotti's last public performance was on 5 February when he conducted Norma.",
        "Nelly has sold more than 30 million singles.",
        "A group of advocates is calling on the Fed to issue climate principles.",
        "Stern announced in October that he was leaving conventional radio.",
    ):
        assert told_as_an_act(right), right
    # a date in the closing attribution dates the statement; one before it does not
    said = "Britain has no plans to send jets, the prime minister's spokesperson said on Monday."
    assert told_as_an_act(said, at=said.index("Monday"))
    plan = "Local 90 has six more contracts to negotiate in 2023, said Fischer."
    assert not told_as_an_act(plan, at=plan.index("2023"))
    assert not told_as_an_act("Heated clothes airers are proving exceptionally popular.")
    assert not told_as_an_act("Friday marks day two of a four-day barrage of severe storms.")
    assert told_as_an_act("The Bank of England cut interest rates on Thursday.")
    # a participle opening an apposition is no verb; the verb after the apposition is
    assert not told_as_an_act("The ceremony, hosted by newcomer Chris Rock, takes place")
    assert told_as_an_act("The firm, based in Paris, announced a new chief on Monday.")
    story = Story(
        title="t",
        body="The geopolitical calculus is very different on Thursday. The ministers "
        "signed the trade pact in Geneva on Thursday.",
        published=datetime(2017, 1, 20),
    )
    events = [i.event for i in build_timeline([analyse(story)], TimelineConfig())]
    assert events == ["The ministers signed the trade pact in Geneva on Thursday."]


def test_a_line_that_leans_on_the_sentence_before_or_is_cut_is_not_listed():
    """'Nevertheless, ... a spokesman had this to say about The Interview', 'Seth Rogen
    noted,', 'Thus, the name ...', a reported clause cut inside its opening 'while' clause,
    a 'whether' with no verb yet."""
    from briefgen.sections.timeline import cut_mid_clause, reads_alone

    assert not reads_alone(
        "Nevertheless, on Saturday, a spokesman had this to say about The Interview."
    )
    assert not reads_alone("During a live-tweeting of the film on Sunday, Seth Rogen noted,")
    assert not reads_alone("Thus, the name Java has become a synonym for coffee.")
    # "But" leans on the sentence before: the line shows the fact without it (evidence.py)
    assert not reads_alone(
        "But an independent tribunal overturned the provisional ban on 18 March."
    )
    assert reads_alone("An independent tribunal overturned the provisional ban on 18 March.")
    assert reads_alone("Alex Press noted this year in Jacobin that strikes were rare.")
    rest = ", demand is outpacing supply."
    assert cut_mid_clause("Macklem noted on Oct. 6 that while global prices have fed in", rest)
    assert cut_mid_clause("Gates did not say Thursday whether the force structure review", rest)
    assert not cut_mid_clause("Gates said on Thursday that the review had begun", rest)
    gore = "On Monday, Al Gore used his Nobel lecture to tell the world in stark language"
    assert cut_mid_clause(gore, ': "We, the human species, are confronting an emergency."')
    assert not cut_mid_clause("Macklem noted on Oct. 6 that while prices rose, demand fell", "")


def test_history_a_past_perfect_a_fronted_pronoun_or_a_cut_end_is_no_event():
    """'once stood' (long before), 'had become' (a time before the news), 'In July she
    published' (who?), '... with the contributors to' (cut) are not listed; 'once again
    voted' and 'On Monday the minister resigned' are."""
    from briefgen.sections.timeline import reads_alone, told_as_an_act

    assert not told_as_an_act("Alito, a New Jersey native, once stood at the lectern.")
    assert not told_as_an_act("In March, Schmidt had become the chairman of Google.")
    assert told_as_an_act("The council once again voted to reject the plan on Monday.")
    assert told_as_an_act("Once the deal was signed on Monday, shares rose.")
    assert not reads_alone("In July she published her first book, Suck It, Wonder Woman!")
    assert not reads_alone("In December 2004 it bought New York-based Giant Company Software.")
    assert not reads_alone("On 17 January, Prospect hosted a discussion with the contributors to")
    assert reads_alone("On Monday the minister resigned from the cabinet.")
    assert not reads_alone("But by September 2004 it was stopping two million e-mails a month.")
    assert not reads_alone("Online auction site, eBay, stopped supporting it")
    assert reads_alone("In a statement on Monday, the firm's board said it would appeal.")
    assert told_as_an_act("Lord Goldsmith had warned Blair on 7 March 2003 of the risk.", day=True)


def test_a_line_left_on_a_pronoun_once_its_date_is_cut_is_not_listed():
    """'eBay stopped supporting it in January 2005' shown without its date ends on 'it'."""
    pub = datetime(2005, 2, 10)

    def events(body: str) -> list[str]:
        story = analyse(Story(title="t", body=body, published=pub))
        return [i.event for i in build_timeline([story], TimelineConfig())]

    assert events("Online auction site eBay stopped supporting it in January 2005.") == []
    assert events("Online auction site eBay stopped supporting the format in January 2005.")


def test_a_weekday_ahead_of_the_story_dates_no_event():
    """'ahead of voting Tuesday' in a Monday's story is the Tuesday after it: read back as
    the Tuesday before, it would misdate the line; 'won on Tuesday' is the Tuesday before."""
    story = analyse(
        Story(
            title="t",
            body="The governor campaigned in the northern counties ahead of voting Tuesday. "
            "The mayor urged supporters to vote Tuesday in the coastal towns. "
            "Senator Ann Cole won the primary in the eastern counties on Saturday.",
            published=datetime(2005, 6, 6),
        )
    )
    items = build_timeline([story], TimelineConfig(), as_of=date(2005, 6, 6))
    assert [(i.label, i.event[:10]) for i in items] == [("4 June 2005", "Senator An")]


def test_a_line_is_a_dated_act_told_whole():
    """Not a quotation's tail, a view, a stance left unnamed, a date that modifies a noun or a
    dated subject whose clause is a state (the reviewer's reasons); a date of the act's
    setting ('at yesterday's ceremony') is the act's."""
    from briefgen.sections.timeline import told_whole

    assert not told_whole(
        "Time to move on,'' said Jane Doe, a party leader in the north.", "Tuesday", "", ""
    )
    assert not told_whole(
        "Smith agreed that inequality was not the flashpoint then that it has become.",
        "today",
        "",
        "",
    )
    assert not told_whole(
        "On Tuesday, the campaign chairman told a lunch group that her position remains firm.",
        "Tuesday",
        ",",
        "",
    )
    assert not told_whole(
        "but Friday's tentative agreement establishes a contract for shop workers.",
        "Friday's",
        " tentative",
        "but ",
    )
    assert not told_whole(
        "The leader of last week's filibuster is pressing the majority leader.",
        "last week",
        "'s filibuster",
        "The leader of ",
    )
    assert not told_whole(
        "The plan rejected on Monday was similar to a proposal made three years ago.",
        "on Monday",
        " was similar",
        "The plan rejected ",
    )
    assert told_whole(
        "The commandant said at yesterday's opening ceremony that the drill was long planned.",
        "yesterday",
        "’s opening",
        "The commandant said at ",
    )
    assert not told_whole(
        "But a separate statement issued by the campaign late Tuesday was notable in that it "
        "named no one.",
        "Tuesday",
        " was notable",
        "But a separate statement issued by the campaign late ",
    )
    assert not told_whole("The mayor's office responded Friday", "Friday", "", "")
    assert told_whole(
        "The mayor's office responded Friday by publishing the accounts.", "Friday", " by", ""
    )
    assert told_whole(
        "The bill passed on Monday was signed by the governor.", "on Monday", " was signed", ""
    )
    assert told_whole(
        "The governor restated her position on the pipeline on Tuesday.", "on Tuesday", ".", ""
    )


@pytest.mark.parametrize(
    "line",
    [
        # a day that dates a side clause: an event named after "after"/"following", a
        # comparison, a relative clause that tells a plan, "those who ..."
        "The survey showed the mayor losing support after the debate on Saturday, with 40 "
        "percent backing her before and 31 percent afterward.",
        "Two men died in a shootout with police following the Dec. 2 raid on the depot.",
        "The governor has called for the camps to be hit harder than they were hit by the "
        "army on Sunday night.",
        "The deputy mayor, who was to travel to the port on Wednesday to open the bridge, said "
        "the works touched on a core promise.",
        "Roe went on by answering those who believe she should not have taken the award at a "
        "dinner earlier this week.",
        # an outlet's note on its own reporting, however it is introduced
        "Due to an editing error, an alternate version of this article was published early "
        "Wednesday morning.",
    ],
)
def test_lines_dated_by_a_side_clause_or_an_editing_note_tell_no_act(line: str) -> None:
    assert not_an_act(line)


@pytest.mark.parametrize(
    "line",
    [
        "The mayor took on the governor on Sunday after the governor had said on Saturday that "
        "the port would close.",
        "The hearings, which began on Monday, follow a request of the assembly.",
        "The senator resigned Monday after she was charged with fraud.",
        "Inbev was formed in August 2004 when Interbrew bought Ambev.",
    ],
)
def test_a_day_of_the_main_clause_before_a_side_clause_stays(line: str) -> None:
    assert not not_an_act(line)


def test_a_line_opening_inside_a_quotation_is_no_act_told_whole():
    assert not told_whole(
        "In the face of the flood the city does not panic,” the mayor told a crowd on Tuesday",
        "on Tuesday",
        "",
        "",
    )
    assert not told_whole(
        "Sometimes I'm good at that, and sometimes I'm not,\" Roe said to reporters this week.",
        "this week",
        "",
        "",
    )
    # an opening mark before the closing one: a quotation told whole
    assert told_whole(
        'Roe told a radio host on Wednesday that her post was "a joke."', "on Wednesday", "", ""
    )


def test_an_act_going_on_is_not_dated_by_a_day_weeks_before_its_story():
    pub = datetime(2016, 2, 20)
    body = (
        "Senator Jane Roe is highlighting her Iowa win over John Doe on Feb. 1 as she urges "
        "voters to unite behind her.\n\n"
        "Senator Jane Roe won the Iowa caucuses on Feb. 1 by four points."
    )
    story = analyse(Story(title="Roe campaign", body=body, published=pub))
    events = [i.event for i in build_timeline([story], TimelineConfig(), date(2016, 2, 20))]
    assert events == ["Senator Jane Roe won the Iowa caucuses on Feb. 1 by four points."]


def _corpus() -> list[Story]:
    """Six stories of one council race: the mayor and the council recur; one story is a
    passer-by's week."""
    days = [datetime(2024, 3, d) for d in (4, 8, 12, 16, 20, 24)]
    bodies = [
        "Mayor Jane Roe vetoed the council budget on Monday. The council met on Sunday.",
        "Mayor Jane Roe signed the bypass order on Thursday after a long dispute.",
        "The city council approved the new bypass route on Monday by nine votes to two.",
        "Mayor Jane Roe defended the bypass at a council hearing on Thursday.",
        "The city council rejected Mayor Jane Roe's tax plan on Tuesday.",
        "Last month, the walking club of Tom Black visited the old mill by the river.",
    ]
    titles = ["Council budget row", "Bypass order signed", "Council backs bypass"]
    titles += ["Mayor defends bypass", "Council rejects tax", "Walkers at the mill"]
    return [
        analyse(Story(title=t, body=b, published=p))
        for t, b, p in zip(titles, bodies, days, strict=True)
    ]


def test_a_line_below_the_confidence_bar_is_not_shown_however_many_places_are_left():
    stories = _corpus()
    everything = build_timeline(stories, TimelineConfig(min_confidence=0), date(2024, 3, 25))
    shown = build_timeline(stories, TimelineConfig(), date(2024, 3, 25))
    assert len(everything) < TimelineConfig().max_items  # places are left
    walkers = [i.event for i in everything if "Tom Black" in i.event]
    assert walkers, "the passer-by's line clears the rules"
    assert walkers[0] not in {i.event for i in shown}
    # the recurring actors' acts stay
    assert {i.event for i in shown} >= {
        i.event for i in everything if "Mayor Jane Roe" in i.event or "council" in i.event
    }


def test_the_shipped_confidence_model_is_complete():
    from briefgen.sections.timeline_confidence import fitted_threshold, model

    fitted = model()
    assert 0.0 <= fitted_threshold() <= 1.0
    assert fitted["weights"] and all(isinstance(v, float) for v in fitted["weights"].values())


def test_fit_timeline_model_scores_a_timeline_against_hashed_marks(tmp_path):
    import importlib.util
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    script = root / "benchmarks" / "fit_timeline_model.py"
    spec = importlib.util.spec_from_file_location("fit_timeline_model", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    items = build_timeline(seeds(), TimelineConfig(), date(2019, 4, 26))
    marks = tmp_path / "marks.tsv"
    marks.write_text(
        "# corpus\tkey\tverdict\tby\n"
        f"seeds\t{module.line_key(items[0].label, items[0].event)}\tright\tbuilder\n"
    )
    stories = (
        f"seeds={root / 'samples' / 'stories'}@2019-04-26@{root / 'samples' / 'briefgen.toml'}"
    )
    done = subprocess.run(
        [sys.executable, str(script), "--marks", str(marks), "--corpus", stories, "--shown"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"| seeds | {len(items)} | 1 | 0 | {len(items) - 1} |" in done.stdout
