"""find_dates: absolute and relative dates, resolved against the publication date only."""

from __future__ import annotations

import pickle
from datetime import date, datetime

import pytest
from h3_stories import SEED_000, SEED_002, read_seed
from linearity import cpu_seconds

from briefgen.analysis.dates import DateMention, find_dates
from briefgen.model import Story

PUB = datetime(2019, 4, 26, 7, 0)  # a Friday


def dates_of(body: str, published: datetime | None = PUB) -> list[DateMention]:
    return find_dates(Story(title="t", body=body, published=published))


def one(body: str, published: datetime | None = PUB) -> DateMention:
    found = dates_of(body, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("body", "start", "end", "precision"),
    [
        ("The deal was signed on 25 April 2019 in Hanoi.", date(2019, 4, 25), None, "day"),
        ("The deal was signed on April 25, 2019 in Hanoi.", date(2019, 4, 25), None, "day"),
        ("The file is dated 2005-03-01 in the archive.", date(2005, 3, 1), None, "day"),
        ("Talks have been stalled since 2009, officials said.", date(2009, 1, 1), None, "year"),
        ("Prices fell in March 2005 across Europe.", date(2005, 3, 1), date(2005, 3, 31), "month"),
    ],
)
def test_absolute_dates_resolve_without_a_publication_date(body, start, end, precision):
    m = one(body, published=None)
    assert m.start_date == start
    assert m.end_date == (end or (start if precision == "day" else date(start.year, 12, 31)))
    assert m.precision == precision
    assert m.text == body[m.start : m.end]


def test_weekday_is_read_by_tense():
    past = one("Their summit meeting on Thursday was a success.")
    assert past.start_date == date(2019, 4, 25) and past.relation == "past"
    future = one("Putin will travel to Beijing on Friday.")
    assert future.start_date == date(2019, 4, 26)
    later = one("Putin said he will visit Tokyo on Monday.")
    assert later.start_date == date(2019, 4, 29) and later.relation == "future"
    reported = one("Putin said on Monday that the talks went well.")
    assert reported.start_date == date(2019, 4, 22)


def test_relative_words():
    assert one("I will speak tomorrow in Beijing.").start_date == date(2019, 4, 27)
    assert one("The minister resigned yesterday.").start_date == date(2019, 4, 25)
    week = one("Both exchanges held talks last week.")
    assert (week.start_date, week.end_date, week.precision) == (
        date(2019, 4, 15),
        date(2019, 4, 21),
        "week",
    )
    month = one("The results will come next month.")
    assert (month.start_date, month.precision) == (date(2019, 5, 1), "month")


def test_bare_month_takes_the_most_recent_one_in_the_past_tense():
    m = one("Contrasting sharply with February’s disastrous summit in Hanoi.")
    assert (m.start_date, m.precision) == (date(2019, 2, 1), "month")
    m = one("In November, Absa said it was close to a deal.")
    assert m.start_date == date(2018, 11, 1)
    m = one("The factory will open in June.")
    assert m.start_date == date(2019, 6, 1)


def test_end_of_the_year_is_a_deadline():
    m = one("It orders member states to expel workers by the end of the year.")
    assert m.kind == "deadline" and m.qualifier == "end"
    assert (m.start_date, m.end_date, m.label) == (
        date(2019, 1, 1),
        date(2019, 12, 31),
        "end of 2019",
    )
    assert m.sort_date == date(2019, 12, 31)
    m = one("The plan must be ready by the end of 2019.", published=None)
    assert m.label == "end of 2019" and m.kind == "deadline"


def test_since_is_ongoing():
    m = one("The talks have been stalled since 2009.")
    assert (m.kind, m.relation) == ("since", "ongoing")


def test_relative_dates_stay_unresolved_without_a_publication_date():
    found = dates_of("On Friday, Putin will travel to Beijing. The summit was in February.", None)
    assert [m.text for m in found] == ["Friday", "February"]
    assert all(m.start_date is None and not m.resolved for m in found)


def test_words_that_are_not_dates():
    assert (
        dates_of("Theresa May may visit. The Today programme aired. It rose to 2005 points.") == []
    )
    assert dates_of("They will march on. About 2000 people came; it cost £2005m.") == []


def test_seeds():
    s000 = read_seed(SEED_000)
    found = find_dates(s000)
    by_text = {m.text: m for m in found}
    assert by_text["2009"].kind == "since"
    assert by_text["Friday"].start_date == date(2019, 4, 26)
    assert by_text["the end of the year"].label == "end of 2019"
    s002 = read_seed(SEED_002)
    assert s002.published is None
    assert all(m.start_date is None for m in find_dates(s002))  # no date in the file: no guess


def test_mentions_pickle():
    found = dates_of("The summit on Thursday was a success; talks stalled since 2009.")
    assert pickle.loads(pickle.dumps(found)) == found


def test_linear_time_on_hostile_input():
    body = ("“" * 200_000) + ("Monday April May " * 30_000) + ("end of the " * 20_000)
    assert cpu_seconds(lambda: dates_of(body)) < 10


def test_published_override_resolves_without_changing_the_story():
    s002 = read_seed(SEED_002)
    found = {m.text: m for m in find_dates(s002, published=date(2019, 4, 26))}
    assert found["Thursday"].start_date == date(2019, 4, 25)
    assert s002.published is None
    assert all(m.start_date is None for m in find_dates(s002))


def test_weekday_in_a_name_is_no_date():
    pub = datetime(2005, 3, 1)
    body = (
        "The Sunday Telegraph reported it. The Mail on Sunday agreed. "
        "The minister spoke on Sunday about Bloody Sunday."
    )
    found = [m.text for m in dates_of(body, pub)]
    assert found == ["Sunday"]


@pytest.mark.parametrize(
    ("body", "role"),
    [
        # events that happened, and scheduled ones
        ("The party won the seat in June 2004.", "event"),
        ("China raised rates by 0.27 percentage points in October 2004.", "event"),
        ("The election is expected on 5 May 2005.", "scheduled"),
        ("An inquiry, the Lyons review, is due to report back at the end of 2005.", "scheduled"),
        ("The EU will start accession talks with Croatia in April 2005.", "scheduled"),
        ("Labour has until June 2006 to hold a general election.", "scheduled"),
        ("The vote is scheduled for 12 May 2005.", "scheduled"),
        ("He warned Blair on 7 March 2003 that the use of force could be illegal.", "event"),
        # forecasts: projections, estimates, hopes, targets, expected change, amounts ahead
        ("US retail spending is expected to rise in 2005.", "forecast"),
        ("Analysts predict that the dollar will remain weak in 2005.", "forecast"),
        ("He hoped the talks could produce a date in 2005.", "forecast"),
        ("Borrowing is tipped to fall to £31bn by 2006.", "forecast"),
        ("Emissions could quadruple by 2050.", "forecast"),
        ("Growth will slow to 2.9% before recovering to 3.1% in 2006.", "forecast"),
        ("Output will reach 3.1% in 2006.", "forecast"),
        ("Reports of a snap election in February 2005 were idle speculation.", "forecast"),
        # background history and references
        ("He was born in 1912 in Portsmouth.", "background"),
        ("Laura Ashley was founded in Kent in 1955.", "background"),
        ("It is the highest figure since records began in 1947.", "background"),
        ("Talks have been stalled since 2009.", "background"),
        ("Consumer prices rose faster than in 2004.", "reference"),
        ("The organisers of the first grand slam of 2005 met.", "reference"),
        ("They said they expected to complete it during the first half of 2006.", "scheduled"),
        # a bare future year is scheduled only beside a schedule word
        ("Britain will hold a referendum in 2006.", "scheduled"),
        ("He will be prominent in 2006.", "forecast"),
        ("The mobile gaming industry is set to explode in 2006.", "forecast"),
        ("Firefox wants to capture 10% of the market by the end of 2005.", "forecast"),
        # a bare year no tense places is no event
        ("Both players deserve a slice of better fortune in 2005.", "unknown"),
        ("The register only holds new information for December 2004.", "reference"),
        # figures, not events: a measured change, a record, a survey's field period, a figure
        # for the period ending at the date, either end of a span
        ("Average salaries grew 1.9% in December 2004.", "statistic"),
        ("Exports rose by 17% in January 2005, up 23,600 to 27,700.", "statistic"),
        ("The copper price reached a 16-year high in October 2004.", "statistic"),
        ("The deficit hit a record $412bn in September 2004.", "statistic"),
        ("Unemployment fell to its lowest level in March 2004.", "statistic"),
        ("About 1,000 people were surveyed in November 2004.", "statistic"),
        ("BA made a pre-tax profit of £75m in the three months to 31 December 2004.", "statistic"),
        ("Firms invested more in the year to March 2005.", "statistic"),
        # still events: an agent acting, with an amount; two months joined by "and"
        ("China raised rates by 0.27 percentage points to 5.8% in October 2004.", "event"),
        ("The firm bought the brewer for $2bn in August 2004.", "event"),
    ],
)
def test_role_of_a_date_in_its_clause(body: str, role: str) -> None:
    assert one(body, None).role == role


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        ("Pipa conducted the poll from 15 November 2004 to 3 January 2005.", ["statistic"] * 2),
        ("Rates rose five times between November 2003 and August 2004.", ["statistic"] * 2),
        # "and" without "between" or "from" joins two dates of one event
        ("The two banks held talks in October 2004 and November 2004.", ["event"] * 2),
    ],
)
def test_a_span_dates_no_event_at_either_end(body: str, roles: list[str]) -> None:
    assert [m.role for m in dates_of(body, None)] == roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        # a weekday after "<preposition> <determiner> ... <noun>" dates that noun, not the verb
        ("Russia had vowed to strike back for an attack Friday.", "reference"),
        ("She referred to the opening of the bilateral talks last Wednesday.", "reference"),
        # the weekday dates the verb
        ("Putin on Friday denounced the strike.", "event"),
        ("The government announced the plan Monday.", "event"),
        ("Ministers met for the debate on Saturday.", "event"),
        # a date between a determiner and its noun names a thing, unless a preposition places it
        ("He said that the May 22 operations targeted the army.", "reference"),
        ("He resigned in the March 2026 reshuffle.", "event"),
    ],
)
def test_a_weekday_that_dates_a_noun_is_no_event(body: str, role: str) -> None:
    assert one(body, datetime(2026, 5, 24)).role == role


def test_may_the_verb_is_a_forecast_cue_but_may_the_month_is_not() -> None:
    assert one("Sales may improve in June 2005.", None).role == "forecast"
    assert dates_of("Parliament met in May 2005.", None)[0].role == "event"


@pytest.mark.parametrize(
    "body",
    ["Shares fell to $10.44 by 1830 GMT.", "Prices rose in the late 1970s.", "In 1990s Britain."],
)
def test_clock_times_and_decades_are_not_years(body: str) -> None:
    assert dates_of(body, None) == []


def test_weekday_next_week_and_last_week() -> None:
    pub = datetime(2024, 10, 16)  # a Wednesday
    got = {m.text: m.start_date for m in dates_of("The drills run until Wednesday next week.", pub)}
    assert got["Wednesday"] == date(2024, 10, 23)
    got = {m.text: m.start_date for m in dates_of("They met on Monday last week.", pub)}
    assert got["Monday"] == date(2024, 10, 7)
    assert one("They met on Monday.", pub).start_date == date(2024, 10, 14)


def test_a_weekday_of_another_time_is_not_the_storys_week():
    """'On a chilly Tuesday in December 1999, Margaret Thatcher rose': history, not the
    Tuesday before a 2017 story (issue 15, fresh pages); 'issued a statement Friday' is."""
    pub = datetime(2017, 1, 19)

    def labels(body: str) -> list[str]:
        return [m.label for m in find_dates(Story(title="t", body=body, published=pub))]

    assert labels("On a chilly Tuesday in December 1999, Thatcher rose to speak.") == [
        "December 1999"
    ]
    assert labels("Thatcher rose to speak on a Tuesday, as was her habit.") == []
    assert labels("One Sunday, he went fishing on the lake.") == []
    assert labels("The talks collapsed on Tuesday in Geneva.") == ["17 January 2017"]
    assert labels("A spokesman issued a statement Friday on the talks.") == ["13 January 2017"]
    assert labels("Livni took part in a dinner Sunday night in Paris.") == ["15 January 2017"]
    assert labels("The single became number one on Sunday in the UK chart.") == ["15 January 2017"]


def test_an_irregular_past_dates_a_bare_month_in_the_past():
    """'since Moscow sent troops into Ukraine in February' in an October story is the February
    before, not the next (it was listed in What to watch as February 2023)."""
    pub = datetime(2022, 10, 12)
    for verb in ("sent", "fled", "fought", "built", "led"):
        body = f"Russia lost sales after Moscow {verb} troops into Ukraine in February."
        found = find_dates(Story(title="t", body=body, published=pub))
        assert [(m.label, m.role) for m in found] == [("February 2022", "event")], verb
    ahead = "Moscow will send troops into Ukraine in February."
    found = find_dates(Story(title="t", body=ahead, published=pub))
    assert [m.label for m in found] == ["February 2023"]


def test_a_past_form_after_if_tells_no_time_past():
    """'how ties would fare if he won the U.S. presidential election on Nov. 8' (a story of
    16 May 2016): an unreal condition, so the nearest 8 November, not last year's."""
    from briefgen.analysis.pipeline import analyze_builtin

    body = "He was asked how ties would fare if he won the presidential election on Nov. 8."
    story = analyze_builtin(Story(title="t", body=body, published=datetime(2016, 5, 16)))
    (nov,) = [m for m in story.annotations["dates"] if m.text == "Nov. 8"]
    assert nov.start_date == date(2016, 11, 8) and nov.role == "scheduled"
    told = "He won the primary on Nov. 8."  # a real past: last November
    story = analyze_builtin(Story(title="t", body=told, published=datetime(2016, 5, 16)))
    assert [m.start_date for m in story.annotations["dates"]] == [date(2015, 11, 8)]


def test_next_month_said_in_that_month_is_a_year_ahead():
    from briefgen.analysis.pipeline import analyze_builtin

    for body, year in (("The vote comes next November.", 2016), ("He lost last November.", 2014)):
        story = analyze_builtin(Story(title="t", body=body, published=datetime(2015, 11, 20)))
        assert [m.start_date for m in story.annotations["dates"]] == [date(year, 11, 1)], body


def test_a_real_past_condition_stays_past():
    """'If the Saudis did not take part in the Sept. 11 attacks, they have nothing to fear'
    has no 'would': a real past, last September."""
    from briefgen.analysis.pipeline import analyze_builtin

    body = "If the agency did not take part in the Sept. 11 raids, it has nothing to fear."
    story = analyze_builtin(Story(title="t", body=body, published=datetime(2016, 5, 16)))
    assert [m.start_date for m in story.annotations["dates"]] == [date(2015, 9, 11)]


def test_the_prospect_of_an_event_is_ahead():
    """'salivating over the prospect of taking on him in November's general election' (a
    story of 22 January 2016): the November ahead, not the one behind."""
    from briefgen.analysis.pipeline import analyze_builtin

    body = "The party relishes the prospect of facing him in November's general election."
    story = analyze_builtin(Story(title="t", body=body, published=datetime(2016, 1, 22)))
    assert [m.start_date for m in story.annotations["dates"]] == [date(2016, 11, 1)]


def test_succeed_and_exceed_are_no_past_forms():
    from briefgen.analysis.pipeline import analyze_builtin

    body = "The senator will succeed the governor in November."
    story = analyze_builtin(Story(title="t", body=body, published=datetime(2016, 5, 16)))
    assert [m.start_date for m in story.annotations["dates"]] == [date(2016, 11, 1)]


@pytest.mark.parametrize(
    ("body", "published", "start", "relation"),
    [
        # a past-tense verb: the latest such date on or before the story's day
        (
            "Without the judge, who died in February, to provide a fifth vote for the majority,"
            " the panel split.",
            datetime(2016, 9, 7),
            date(2016, 2, 1),
            "past",
        ),
        (
            "In October, when a vacancy arose on the state Supreme Court bench, the governor"
            " gave her a seat.",
            datetime(2016, 4, 6),
            date(2015, 10, 1),
            "past",
        ),
        (
            "The senator wrote in November to the party chairman about a plan for the convention.",
            datetime(2016, 6, 1),
            date(2015, 11, 1),
            "past",
        ),
        # "since" a date: before the story, whatever the main clause's tense (a span from it
        # is ongoing)
        (
            "The mayor will speak after a run of gains since their Oct. 13 debate.",
            datetime(2015, 11, 13),
            date(2015, 10, 13),
            "past",
        ),
        (
            "The mayor will speak after a run of gains since Oct. 13.",
            datetime(2015, 11, 13),
            date(2015, 10, 13),
            "ongoing",
        ),
        # a future or scheduled form: the next one on or after
        (
            "The talks will resume on Oct. 13 in Geneva.",
            datetime(2015, 11, 13),
            date(2016, 10, 13),
            "future",
        ),
        ("The summit is scheduled for February.", datetime(2016, 9, 7), date(2017, 2, 1), "future"),
    ],
)
def test_a_yearless_date_takes_its_year_from_the_clauses_tense(body, published, start, relation):
    m = one(body, published)
    assert (m.start_date, m.relation) == (start, relation)
