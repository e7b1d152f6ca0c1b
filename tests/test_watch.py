"""What to watch: upcoming events and deadlines after the brief's date."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from h3_stories import analyse, bbc, seeds

from briefgen.sections.watch import WatchConfig, build_watch


def test_seed_watch_lists_the_briefing_and_the_deadline():
    # the briefing is on the seeds' own day: listed only when the as-of date counts as ahead
    assert all(
        i.date != date(2019, 4, 26) for i in build_watch(seeds(), date(2019, 4, 26), WatchConfig())
    )
    items = build_watch(seeds(), date(2019, 4, 26), WatchConfig(include_as_of=True))
    dated = [i for i in items if i.date is not None]
    assert dated[0].date == date(2019, 4, 26) and "Xi Jinping" in dated[0].what
    assert dated[0].who == ["Vladimir Putin", "Xi Jinping", "United States"]
    assert dated[0].kind == "briefing" and not dated[0].inferred
    deadline = next(i for i in dated if i.kind == "deadline")
    assert deadline.date == date(2019, 12, 31) and "workers" in deadline.what
    # the participants of the UNSC deadline, not every actor of the sentence
    assert deadline.who == ["UN Security Council", "member states", "North Korean workers"]
    kim = next(i for i in dated if "sanctions" in i.what)  # seed 002: date inferred
    assert kim.date == date(2019, 12, 31) and kim.inferred and kim.basis
    # "Putin would convey North Korea's concerns to the US and China" says no when: an item to
    # watch says who and when
    assert [i for i in items if i.date is None] == []


def test_only_explicit_commitments_without_a_date():
    body = (
        "The minister will meet union leaders within days to discuss the plan. "
        "The minister prepares to brief colleagues about the talks. "
        "The minister will not meet the protesters."
    )
    from briefgen.model import Actor, Story

    story = analyse(Story(title="t", body=body, published=datetime(2005, 2, 28)))
    story.actors = [Actor("The minister", "person", mentions=[(0, 12), (59, 71), (118, 130)])]
    items = build_watch([story], date(2005, 3, 1), WatchConfig())
    assert [(i.what, i.when) for i in items] == [
        ("The minister will meet union leaders within days to discuss the plan.", "within days")
    ]
    # with no time at all, a promise is no item to watch
    story.body = story.body.replace(" within days", "")
    assert build_watch([analyse(story)], date(2005, 3, 1), WatchConfig()) == []


def test_nothing_before_the_as_of_date():
    items = build_watch(seeds(), date(2019, 5, 1), WatchConfig(undated_commitments=False))
    # the UNSC deadline (seed 000) and North Korea's deadline for the US (seed 002, inferred)
    assert [(i.date, i.inferred) for i in items] == [
        (date(2019, 12, 31), False),
        (date(2019, 12, 31), True),
    ]
    assert build_watch(seeds(), date(2020, 1, 1), WatchConfig(undated_commitments=False)) == []


def test_undated_commitments_from_old_stories_are_dropped():
    items = build_watch(seeds()[:1], date(2019, 8, 1), WatchConfig())
    assert all(i.date is not None for i in items)


def test_bbc_deadline_for_rules_the_line_does_not_name_is_not_watched():
    # "extended the deadline to get in line with the rules until 15 July 2006": which rules?
    # (review 5 marked the line wrong; the story names them only sentences before)
    story = analyse(bbc("business/us-gives-foreign-firms-extra-time.txt"))
    items = build_watch([story], date(2005, 3, 1), WatchConfig())
    assert [(i.date, i.kind) for i in items if i.date] == []


def _story(body: str, published: datetime | None = datetime(2005, 3, 30)):
    from briefgen.model import Story

    return analyse(Story(title="t", body=body, published=published))


def test_forecasts_and_projections_are_not_events_to_watch():
    story = _story(
        "Emissions could quadruple by 2050. "
        "US retail spending is expected to rise in 2006. "
        "Analysts predict that the dollar will remain weak in 2006. "
        "The economy is forecast to grow by 2.5% in 2006. "
        "The Lyons review is due to report back at the end of 2005."
    )
    items = build_watch([story], date(2005, 4, 1), WatchConfig(undated_commitments=False))
    assert [(i.when, i.what) for i in items] == [
        ("end of 2005", "The Lyons review is due to report back at the end of 2005.")
    ]
    assert items[0].date == date(2005, 12, 31)  # the date it is watched for, after the as-of


def test_only_strictly_after_the_as_of_date_and_within_the_horizon():
    story = _story(
        "The budget will be presented on 1 April 2005. "
        "The Commons will vote on the bill on 12 April 2005. "
        "The next review of the Kyoto treaty will be held in March 2008."
    )
    items = build_watch([story], date(2005, 4, 1), WatchConfig(undated_commitments=False))
    assert [i.date for i in items] == [date(2005, 4, 12)]
    wide = WatchConfig(undated_commitments=False, horizon_days=3 * 365, include_as_of=True)
    got = [i.date for i in build_watch([story], date(2005, 4, 1), wide)]
    assert got == [date(2005, 4, 1), date(2005, 4, 12), date(2008, 3, 1)]


def test_a_bare_year_of_the_as_of_date_may_be_behind_us():
    story = _story("The government will publish the white paper in 2005.", None)
    assert build_watch([story], date(2005, 4, 1), WatchConfig()) == []


def test_undated_story_of_unknown_age_gives_no_undated_commitment():
    story = _story("The minister will meet union leaders to discuss the plan.", None)
    assert build_watch([story], date(2005, 4, 1), WatchConfig()) == []


def test_who_drops_a_nationality_before_a_thing():
    from briefgen.model import Actor
    from briefgen.sections.evidence import participants

    body = "The constitution will enter UK law on 1 June 2005."
    story = _story(body)
    at = body.index("UK")
    story.actors = [Actor("United Kingdom", "country", country="GB", mentions=[(at, at + 2)])]
    assert participants(story, 0, len(body)) == ["UK law"]  # the evidence helper's reading
    items = build_watch([story], date(2005, 4, 1), WatchConfig(undated_commitments=False))
    assert len(items) == 1 and items[0].who == []


def test_a_commitment_the_text_dates_is_not_listed_as_undated():
    story = _story(
        "On Friday, John Prescott will travel to Brussels. "
        "Mr Prescott will meet union leaders in the coming days."
    )  # published on Wednesday 30 March: Friday is the as-of date, not listed
    items = build_watch([story], date(2005, 4, 1), WatchConfig())
    assert [i.when for i in items] == ["in the coming days"]
    assert "union leaders" in items[0].what


def test_two_stories_naming_one_scheduled_event_give_one_item():
    a = _story("The referendum on the constitution is due to be held in 2006.")
    b = _story("The poll is the first to pose the question chosen for the referendum, due in 2006.")
    c = _story("The new stadium is due to open in 2006.")
    items = build_watch([a, b, c], date(2005, 4, 1), WatchConfig(undated_commitments=False))
    assert len(items) == 2
    assert {s["story"] for s in items[0].sources} == {a.id, b.id}


def test_conditional_expected_and_played_down_dates_are_not_scheduled():
    stories = [
        _story(
            "The constitution will become law if there is a yes vote in the referendum, "
            "expected in 2006."
        ),
        _story(
            "The companies said they expected to complete the deal during the first half of 2006."
        ),
        _story(
            "The government officially has until June 2006 to hold an election, but in recent "
            "years governments have favoured four-year terms."
        ),
    ]
    assert build_watch(stories, date(2005, 4, 1), WatchConfig(undated_commitments=False)) == []


def test_a_possessive_in_the_subject_with_nothing_named_is_not_shown():
    stories = [
        _story(
            "An independent inquiry into its findings is due to report back at the end of 2005."
        ),
        _story("The Lyons inquiry into council tax is due to report back at the end of 2005."),
    ]
    items = build_watch(stories, date(2005, 4, 1), WatchConfig(undated_commitments=False))
    assert [i.what for i in items] == [
        "The Lyons inquiry into council tax is due to report back at the end of 2005."
    ]


def test_an_undated_day_set_for_an_event_is_watched_in_its_next_year():
    stories = [
        _story("There will also be elections for local councils on 5 May.", published=None),
        _story("The election is widely expected to be held on 5 May.", published=None),
        _story("Shares ended the year at their highest level since 13 July.", published=None),
    ]
    items = build_watch(stories, date(2005, 4, 1), WatchConfig(undated_commitments=False))
    assert [(i.date, i.inferred, i.when) for i in items] == [(date(2005, 5, 5), True, "5 May 2005")]
    assert "local councils" in items[0].what


def test_a_plan_told_with_would_is_no_scheduled_event_and_also_does_not_dangle():
    from briefgen.model import Story

    body = (
        "From 2006 upfront tuition fees in England would be removed, with grants for the less "
        "well off. There will also be elections for local councils and mayors in parts of "
        "England on 5 May 2005. By the end of 2005 the US must have a plan to relieve "
        "sanctions, or the North would walk away from the talks."
    )
    story = analyse(Story(title="Plans", body=body, published=datetime(2005, 3, 30)))
    items = build_watch([story], date(2005, 4, 1), WatchConfig())
    whats = [i.what for i in items]
    assert not any("tuition" in w for w in whats)
    assert (
        "There will be elections for local councils and mayors in parts of England on 5 May "
        "2005." in whats
    )
    # a "would" in another clause of the sentence leaves the date's own clause scheduled
    assert any("must have a plan" in w for w in whats)


def test_an_intention_for_a_year_is_no_scheduled_event():
    stories = [
        _story(
            "Nissan has bought Toyota's hybrid technology, but plans to bring out its first "
            "model only in 2006."
        ),
        _story("The carmaker wanted to open a plant in Wales in 2006."),
        # a day set is a date, whatever the verb; a plan as a noun is no intention
        _story("Nissan plans to launch its first hybrid model on 12 May 2005."),
        _story("Labour's plans to merge the two councils are due to be put to a vote in 2006."),
        _story("In the UK, satellite broadcaster BSkyB is planning HDTV services in 2006."),
    ]
    items = build_watch(stories, date(2005, 4, 1), WatchConfig(undated_commitments=False))
    assert [i.when for i in items] == ["12 May 2005", "2006"]
    assert "merge" in items[1].what


def test_a_deadline_for_things_the_line_does_not_name_is_not_watched() -> None:
    from briefgen.sections.watch import _scheduled

    vague = "The Commission has extended the deadline to get in line with the rules until 15 July."
    assert not _scheduled(vague, "day", "")
    named = "The Commission has extended the deadline for the rules on audits until 15 July."
    assert _scheduled(named, "day", "")


def test_a_forecast_after_a_fronted_phrase_with_a_year_is_no_scheduled_event():
    from briefgen.sections.watch import _scheduled

    a380 = (
        "Due to enter service in 2006, the A380 will replace the Boeing 747 jumbo as the "
        "world's biggest passenger aircraft."
    )
    stories = [
        _story(a380),
        _story("Expected to open by 2007, the plant will employ 3,000 people."),
        _story("Set to be completed in the first half of 2006, the line is likely to cut costs."),
        # kept: a day set in the fronted phrase, the date in a main clause, no fronted phrase
        _story("Due to open on 12 May 2005, the stadium will host the cup final."),
        _story("After years of delay, the Forth bridge is due to reopen in 2006."),
        _story("The new stadium is due to open in 2006."),
    ]
    items = build_watch(stories, date(2005, 4, 1), WatchConfig(undated_commitments=False))
    assert [i.what for i in items] == [
        "Due to open on 12 May 2005, the stadium will host the cup final.",
        "After years of delay, the Forth bridge is due to reopen in 2006.",
        "The new stadium is due to open in 2006.",
    ]
    assert not _scheduled(a380, "year", "", "2006")
    assert _scheduled(a380, "day", "", "2006")  # a day in the fronted phrase is a date set
    # the date in the main clause, not in the fronted phrase
    main = "Due to heavy losses, British Midland will close the Glasgow route in 2006."
    assert _scheduled(main, "year", "", "2006")


def test_a_quoted_view_a_prospect_or_a_task_judged_ahead_is_no_event_to_watch():
    """The reviewer's reasons: "commentary ..., not a scheduled-event line", "a projection
    about measures in 2017, not a scheduled event"."""
    stories = [
        _story(
            "“Whatever we get, it has to be agreed by both parties, because the margin is narrow,” "
            "the senator said of prospects for tax reform in 2006."
        ),
        _story(
            "The governor spoke of good prospects for the new bridge in November, when the "
            "contract is signed."
        ),
        _story(
            "The old coalition has gone, and it will be the minister's challenge to build a new "
            "one strong enough to win the vote in November."
        ),
    ]
    assert build_watch(stories, date(2005, 4, 1), WatchConfig(undated_commitments=False)) == []
    # an event set for a date, told by the story, is one
    story = _story("The parliament will vote on the budget in November, the speaker said.")
    items = build_watch([story], date(2005, 4, 1), WatchConfig(undated_commitments=False))
    assert [i.when for i in items] == ["November 2005"]


def _watched(body: str, published: datetime = datetime(2016, 5, 16)) -> list[tuple[str, str]]:
    items = build_watch(
        [_story(body, published)], date(2016, 8, 30), WatchConfig(undated_commitments=False)
    )
    return [(i.when, i.what) for i in items]


def test_an_event_named_with_its_date_inside_a_hypothetical_is_watched():
    """'how ties would fare if he won the U.S. presidential election on Nov. 8' (review 16:
    the watch section was empty): the clause is a hypothetical, the election is set."""
    hypothetical = (
        "The senator was asked on Monday how ties would fare if he won the U.S. presidential "
        "election on Nov. 8."
    )
    assert _watched(hypothetical) == [
        ("8 November 2016", "The U.S. presidential election on Nov. 8")
    ]
    before = "If she won the Nov. 8 election, the senator said, she would visit London."
    assert _watched(before) == []  # whose election? a phrase that names no party is no line
    named = "Ohio's March 15 primary would settle little, the senator said on Monday."
    assert _watched(named, datetime(2016, 3, 1)) == []  # behind the as-of date
    whose = "The senator said he would win the Democratic Party's national convention in October."
    assert _watched(whose) == [
        ("October 2016", "The Democratic Party's national convention in October")
    ]


def test_an_event_phrase_says_whose_event_it_is():
    # "a November election", "its primary": whose? no item
    assert _watched("The senator said he would win a general election on Nov. 8.") == []
    assert _watched("If he won its primary on Nov. 8, the senator would run again.") == []
    # "if the vote on Nov. 8 goes ahead": whether the event takes place is itself open
    assert _watched("The union would strike if the vote on Nov. 8 goes ahead.") == []


def test_a_clause_telling_the_event_is_listed_before_a_phrase_naming_it():
    body = (
        "The council would lose its majority if the mayor won the election on Nov. 8. "
        "The mayor will face Jane Roe in the election on Nov. 8."
    )
    assert _watched(body) == [
        ("8 November 2016", "The mayor will face Jane Roe in the election on Nov. 8.")
    ]


def test_the_end_of_a_span_from_now_is_no_event():
    """'reminding voters every single day between now and November' (review 15, an op-ed's
    exhortation): a span up to the date, nothing set for it."""
    body = "The key will be reminding voters every single day between now and November."
    assert _watched(body) == []


def test_an_opinion_storys_clauses_are_not_told_as_events():
    story = _story(
        "The senator will address the party convention on Nov. 8.", datetime(2016, 5, 16)
    )
    wc = WatchConfig(undated_commitments=False)
    assert [i.what for i in build_watch([story], date(2016, 8, 30), wc)] == [
        "The senator will address the party convention on Nov. 8."
    ]
    story.annotations["genre"] = "opinion"
    # the phrase alone is left, and it says whose convention no more than "the party"
    assert build_watch([story], date(2016, 8, 30), wc) == []


def test_an_election_named_by_a_phrase_is_an_election_of_someone():
    """'November's general election' (review 17: a bare phrase, no who, kind 'meeting'): a
    phrase to watch names its party, and an election is of kind election."""
    wc = WatchConfig(undated_commitments=False)
    may = datetime(2016, 5, 16)
    bare = _story("Rivals would relish facing the senator in November's general election.", may)
    assert build_watch([bare], date(2016, 8, 30), wc) == []
    named = _story(
        "Analysts asked how ties would fare if he won the U.S. presidential election on Nov. 8.",
        may,
    )
    [item] = build_watch([named], date(2016, 8, 30), wc)
    assert (item.what, item.kind, item.who) == (
        "The U.S. presidential election on Nov. 8",
        "election",
        ["United States"],
    )


@pytest.mark.parametrize(
    ("line", "precision"),
    [
        # either way, a forecast: the election is named in a condition
        ("Whether the senator wins or loses on Nov. 8, the party will confront questions.", "day"),
        # a chance, a look
        ("Voters gave the senator a real shot at succeeding the governor in November.", "month"),
        (
            "The senator said the governor is looking like he'll be competitive in November.",
            "month",
        ),
        # a view of what something should do
        ("A strategist said the jobs surge in November should silence the doubters.", "month"),
        # a negated clause, a phrase with no clause, an event the story named before
        ("The state senate will not vote on the payroll bill on Nov. 8.", "day"),
        ("During his speech on Nov. 8 in Arizona", "day"),
        ("The trial is set for Nov. 8.", "day"),
        # a speaker's words in the double apostrophes of some papers
        ("''Another delegation is returning here on Nov. 8.", "day"),
    ],
)
def test_a_forecast_a_fragment_or_an_unnamed_event_is_not_watched(line: str, precision: str):
    from briefgen.sections.watch import _scheduled

    assert not _scheduled(line, precision, "")


@pytest.mark.parametrize(
    ("line", "precision"),
    [
        ("The senator wins or loses on Nov. 8, the party will confront questions.", "day"),
        ("The senator will succeed the governor in November.", "month"),
        ("The state senate will vote on the payroll bill on Nov. 8.", "day"),
        ("The Smith trial is set for Nov. 8.", "day"),
        ("The British delegation returns to Austin on Nov. 8.", "day"),
    ],
)
def test_an_event_set_for_its_date_is_still_scheduled(line: str, precision: str):
    from briefgen.sections.watch import _scheduled

    assert _scheduled(line, precision, "")
    assert _watched(line) == [(_watched(line)[0][0], line)]


def test_a_season_told_as_its_clauses_subject_is_no_event():
    """'peak mosquito season is between June and early October' (review 18): a recurring
    period of the calendar, no event anyone set; an act set in a season still is one."""
    from briefgen.sections.watch import _scheduled

    for line in (
        "In most parts of the state, peak tick season is between May and early September.",
        "The flu season usually runs from October to March.",
        "Hurricane season ends on Nov. 30.",
    ):
        assert not _scheduled(line, "month", ""), line
    assert _scheduled(
        "The council will vote on the levee plan during storm season in August.", "month", ""
    )
    june = datetime(2016, 6, 29)
    body = "Across the region, peak tick season is between May and early September."
    story = _story(body, june)
    assert build_watch([story], date(2016, 6, 30), WatchConfig(undated_commitments=False)) == []


def test_a_past_act_about_a_named_event_is_no_event_to_watch():
    """'The Republican presidential nominee for the Nov. 8 election later said he was being
    sarcastic' (PNFRESH review): the date sits in a noun phrase naming the event and the clause
    tells what someone said; a clause that sets the event ahead still is one."""
    said = "The Democratic nominee for the Nov. 8 election later said she had been misquoted."
    assert _watched(said) == []
    ahead = "Senator Jane Moss will face the governor in the Nov. 8 election in Ohio."
    assert [w for _, w in _watched(ahead)] == [ahead]


def test_a_pronoun_subject_is_named_from_the_sentence_before():
    """'Liz Cheney, 50, received about 40 percent of the vote ... She will now face Democrat
    Ryan Greene in November' (PNFRESH review): the sentence before opens on the one person
    it names; with a second person named there the pronoun stays unresolved."""
    one = (
        "Mary Okafor, 41, won the council primary with 52 percent of the vote. "
        "She will now face independent Tom Reyes in November."
    )
    [(when, what)] = _watched(one, datetime(2016, 8, 17))
    assert (when, what) == (
        "November 2016",
        "Mary Okafor will now face independent Tom Reyes in November.",
    )
    two = (
        "Mary Okafor beat Paul Brandt in the council primary on Tuesday. "
        "She will now face independent Tom Reyes in November."
    )
    assert _watched(two, datetime(2016, 8, 17)) == []


def test_a_concession_plays_a_date_down_only_when_it_hedges():
    """', although she is the favorite' leaves the event set; ', although it may be delayed'
    and ', but governments have favoured four-year terms' play it down."""
    from briefgen.sections.watch import _played_down

    assert not _played_down(", although she is the favorite in a safe seat.")
    assert _played_down(", although it may be delayed until the spring.")
    assert _played_down(", though no date has been confirmed.")
    assert _played_down(", but governments have favoured four-year terms.")


def test_an_election_phrase_with_no_party_is_its_storys_countrys():
    """'The Republican presidential nominee for the Nov. 8 election later said ...' and
    "November's general election" (PNFRESH review: What to watch empty on US campaign news):
    the vote is of the country the story is about; a story of no country, or a state's
    primary, still gives no line."""
    said = "The Democratic nominee for the Nov. 8 election later said she had been misquoted."
    body = "Voters in the United States are weary. " + said
    assert _watched(body) == [("8 November 2016", "The Nov. 8 election")]
    story = _story(body, datetime(2016, 5, 16))
    [item] = build_watch([story], date(2016, 8, 30), WatchConfig(undated_commitments=False))
    assert item.who == ["United States"] and item.kind == "election"
    # the month's item of the same election is not listed again
    both = body + " Rivals would relish facing the senator in November's general election."
    assert _watched(both) == [("8 November 2016", "The Nov. 8 election")]
    month = "Voters in the United States are weary. Rivals would relish facing the senator in "
    assert _watched(month + "November's general election.") == [
        ("November 2016", "November's general election")
    ]
    assert _watched(said) == []  # whose election, the story does not say
    assert _watched(body.replace("election", "primary")) == []
