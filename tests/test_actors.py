"""Actors: people with their countries, countries by name/capital/context, fuzzy misspellings."""

from __future__ import annotations

from datetime import datetime

from linearity import assert_linear
from paths import SEEDS

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _story(body: str, published: datetime | None = None, title: str = "t") -> Story:
    return analyze_builtin(Story(title=title, body=body, published=published))


def _seed(name: str) -> Story:
    title, _, body = (SEEDS / name).read_text("utf-8").partition("\n")
    return analyze_builtin(Story(title=title, body=body.strip("\n")))


def _by_name(story: Story) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind, a.country) for a in story.actors}


def test_seed_actors_and_countries():
    story = _seed("002_3cc255f85078c229.txt")
    actors = _by_name(story)
    assert actors["Vladimir Putin"] == ("person", "RU")
    assert actors["Kim Jong Un"] == ("person", "KP")
    assert actors["Hu Xijin"] == ("person", "CN")  # via the Global Times, a Chinese outlet
    assert actors["Global Times"] == ("organisation", "CN")
    china = next(a for a in story.actors if a.country == "CN" and a.kind == "country")
    texts = {story.body[s:e] for s, e in china.mentions}
    assert "Beijng" in texts  # misspelling, used for the government
    assert "Beijing" not in texts  # "travel to Beijing", "in Beijing": places, not actors
    for actor in story.actors:
        for start, end in actor.mentions:
            assert 0 <= start < end <= len(story.body)


def test_context_and_fuzzy_in_seed_000():
    story = _seed("000_312cadde9ea5adac.txt")
    north = next(a for a in story.actors if a.kind == "country" and a.country == "KP")
    texts = {story.body[s:e] for s, e in north.mentions}
    assert {"the North", "Pyeongyang"} <= texts
    south = next(a for a in story.actors if a.kind == "country" and a.country == "KR")
    assert "the South" in {story.body[s:e] for s, e in south.mentions}


def test_dated_gazetteer_2005_story():
    story = _story(
        "Mr Bush met Mr Straw in London. Mr Straw said the talks were useful.",
        published=datetime(2005, 3, 1),
    )
    countries = {a.name: a.country for a in story.actors if a.kind == "person"}
    assert countries.get("George W Bush", countries.get("Bush")) == "US"
    assert countries.get("Jack Straw", countries.get("Straw")) == "GB"
    assert not any(a.country == "GB" and a.kind == "country" for a in story.actors)  # "in London"


def test_quote_speakers_get_countries():
    story = _seed("000_312cadde9ea5adac.txt")
    putin = [q for q in story.quotes if q.speaker.name == "Vladimir Putin"]
    assert putin and all(q.speaker.country == "RU" for q in putin)


def test_no_north_without_korea_context():
    story = _story("The North voted Labour while the South stayed Tory, the pollster said.")
    assert not any(a.country in ("KP", "KR") for a in story.actors)


# --- H2b: dotted acronyms, lone surnames, appositive roles, linear time -------------------------


def test_dotted_acronym_is_a_country_not_two_organisations():
    story = _story("The U.S. has insisted on talks. U.S. officials said so.")
    names = _by_name(story)
    assert names.get("United States") == ("country", "US")
    assert not {"U.", "S.", "S. U."} & set(names)


def test_lone_surname_links_to_the_office_holder():
    story = _story(
        "On Friday Putin will travel to Beijing. Putin said Russia wants the talks to resume.",
        datetime(2019, 4, 25),
    )
    putin = next(a for a in story.actors if a.name == "Vladimir Putin")
    assert putin.country == "RU" and len(putin.mentions) == 2
    undated = _story("Putin said Russia wants the talks to resume.")
    assert _by_name(undated).get("Vladimir Putin") == ("person", "RU")


def test_lone_surname_needs_the_country_and_no_other_first_name():
    assert "Gordon Brown" not in _by_name(_story("Wes Brown scored. Brown said England played."))
    assert "Vladimir Putin" not in _by_name(_story("Putin said the weather was fine."))


def test_role_appositive_gives_the_country():
    story = _story(
        "But Myron Ebell, an adviser on climate change to President Bush, has said there "
        "would be no change.",
        datetime(2004, 11, 4),
    )
    assert _by_name(story).get("Myron Ebell") == ("person", "US")


def test_find_actors_is_linear_on_dotted_acronyms():
    from briefgen.analysis.actors import find_actors
    from briefgen.analysis.people import find_people
    from briefgen.analysis.sentences import split_sentences

    def prepared(n: int):
        story = Story(title="t", body="U.S. " * n)
        story.sentences = split_sentences(story.body)
        people = find_people(story)
        return lambda: find_actors(story, people)

    assert_linear(prepared(2000), prepared(16000), 8, ceiling=5)


def test_a_month_is_not_an_office_holder():
    """ "held in May" in an undated story that mentions the prime minister is not Theresa May."""
    body = (
        "The election is expected to be held in May. Ministers deny they were spurred into "
        "action because the prime minister is worried. Britain's Tony Blair said so."
    )
    story = analyze_builtin(Story(title="t", body=body))
    assert "Theresa May" not in {a.name for a in story.actors}


def test_a_surname_that_names_a_country_is_no_nationality():
    """A person's name holding a country's or a demonym's word ("Rep. Steve Israel", "Philip
    French", "Chad Myers") gives the quote's speaker no country; a term the whole name is
    ("Downing Street", named as a speaker) still does."""
    story = _story(
        "Democrats met in Washington on Tuesday.\n\n"
        "Rep. Steve Israel (D-N.Y.) spoke after the meeting. \u201cWhen the nominee comes, we will"
        " all be in the front seats and ready to work,\u201d Israel said.\n\n"
        "\u201cIt was a very good film and the best of the year by far,\u201d said critic Philip"
        " French.\n\n"
        "\u201cThe prime minister has made his position on this perfectly clear to everyone,\u201d"
        " Downing Street said."
    )
    countries = {q.speaker.name: q.speaker.country for q in story.quotes if q.kind == "direct"}
    assert countries.get("Steve Israel", "missing") is None
    assert countries.get("Philip French", "missing") is None
    assert countries["Downing Street"] == "GB"
