"""Readers tidy what page metadata gives: bylines, headlines, and the story's own date."""

from __future__ import annotations

import json

import pytest

from briefgen.ingest import load_stories
from briefgen.ingest.html import html_to_story
from briefgen.ingest.jsonfile import read_stories as read_json
from briefgen.ingest.metadata import clean_byline, clean_title

SPEECH_PAGE = """<html><head><title>Leaders meet in Paris</title>{meta}</head><body>
<article><h1>Leaders meet in Paris</h1>
<p>PARIS — The president met the prime minister on Tuesday to discuss the climate agreement that
negotiators hope to finish by the end of the year, officials said.</p>
<p>In a speech on <time datetime="2013-03-12">12 March 2013</time>, the president had said that
"the climate cannot wait for us", a line he repeated today to reporters at the palace.</p>
<p>The talks are expected to continue next week in Brussels, where ministers will review the
draft text and the financing plan for poorer countries.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Washington Post (Username)", "Washington Post"),
        ("Jeffrey Gettleman; JEFFREY GETTLEMAN", "Jeffrey Gettleman"),
        ("JEFFREY GETTLEMAN; Jeffrey Gettleman", "Jeffrey Gettleman"),
        ("By Lee Ji-won", "Lee Ji-won"),
        ("Sign in", None),
        ("Account You're logged", None),  # "You're logged in as <span>Account</span>"
        ("Jane Smith; You’re logged in", "Jane Smith"),
        ("Tom Smith and Ann Lee", "Tom Smith and Ann Lee"),
        ("Smith, Jones & Co", "Smith, Jones & Co"),
        ("Reuters (Seoul)", "Reuters (Seoul)"),
        (None, None),
    ],
)
def test_bylines_lose_widget_words_and_repeated_names(raw, clean):
    assert clean_byline(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("A famous victory?.", "A famous victory?"),
        ("Stop!. Now", "Stop! Now"),
        ("Wait...", "Wait..."),
    ],
)
def test_titles_lose_a_full_stop_after_a_question_or_exclamation_mark(raw, clean):
    assert clean_title(raw) == clean


def test_a_date_quoted_in_the_text_does_not_date_the_story():
    assert html_to_story(SPEECH_PAGE.format(meta="")).published is None
    meta = '<meta property="article:published_time" content="2015-11-30T10:00:00Z">'
    story = html_to_story(SPEECH_PAGE.format(meta=meta))
    assert story.published is not None and story.published.year == 2015


def test_a_json_story_gets_the_same_tidying(tmp_path):
    item = {"title": "Who won?.", "byline": "Ann Lee; ANN LEE", "body": "Ann Lee won the vote."}
    path = tmp_path / "s.json"
    data = json.dumps([item]).encode()
    [story] = read_json(path=path, data=data)
    assert (story.title, story.byline) == ("Who won?", "Ann Lee")


@pytest.mark.parametrize(
    ("raw", "site", "clean"),
    [
        ("Chuck Ross; Chuck-Ross", None, "Chuck Ross"),  # a name and its address slug
        ("Stephen Collinson; CNN", "CNN", "Stephen Collinson"),  # the site is not an author
        ("Lesotho Times", "Lesotho Times", None),
        ("The Washington Times https; Www Washingtontimes Com; Tom Davies", None, "Tom Davies"),
        ("Dec", None, None),  # a date widget's month
        ("Laura E Adkins December", None, "Laura E Adkins"),
        ("Jo Smith Dec 3, 2016", None, "Jo Smith"),
        ("Theresa May", None, "Theresa May"),  # a surname that is a month
        ("See full bio", None, None),
        ("Howard Blume Staff Writer", None, "Howard Blume"),  # a job title after the name
        ("Andrea Stone Senior Washington Correspondent", None, "Andrea Stone"),
        ("Jane Smith Writer", None, "Jane Smith"),
        # the beat's words before the role noun are the title's, not the name's
        ("Michelle Shephard National Security Reporter", None, "Michelle Shephard"),
        ("Jane Doe Washington Bureau Chief", None, "Jane Doe"),
        ("Mark Lavie Associated Press Writer", None, "Mark Lavie"),
        # a name in capitals ends where the capitals do
        ("JASON STRAZIUSO Associated Press Writer", None, "JASON STRAZIUSO"),
        ("SAEED SHAH Special", None, "SAEED SHAH"),  # "Special to The Globe and Mail"
        # where the name ends is not known (no title word): left as written
        ("Anna Maria Lopez Garcia Reporter", None, "Anna Maria Lopez Garcia Reporter"),
        ("Gayle King Reporter", None, "Gayle King"),  # an honorific is a surname too
        ("The Cnn Wire Staff", None, "The Cnn Wire Staff"),  # no name to keep
        ("RICHARD HUFF DAILY NEWS TV EDITOR", None, "RICHARD HUFF"),
        # a part that is a job title alone, or a piece of one
        ("Lena deCasparis; Contributing Writer", None, "Lena deCasparis"),
        ("Tom Jicha, TV & Radio Writer", None, "Tom Jicha"),
        ("Editor", None, "Editor"),  # nothing else: left as written
        # an outlet's name in the other case after the name
        (
            "SIBYLLA BRODZINSKY; FRANCES ROBLES McClatchy Newspapers",
            None,
            "SIBYLLA BRODZINSKY; FRANCES ROBLES",
        ),
        ("Meg Wagner NEW YORK DAILY NEWS", None, "Meg Wagner"),
        ("MARY ANN McDONALD", None, "MARY ANN McDONALD"),  # a name in capitals
        # an outlet beside a person is not an author; an outlet alone is left
        ("Sam Stein; The Huffington Post", None, "Sam Stein"),
        ("Pete Evans · CBC News", None, "Pete Evans"),
        ("JORDAN ROBERTSON; RACHEL METZ; AP", None, "JORDAN ROBERTSON; RACHEL METZ"),
        ("Associated Press", None, "Associated Press"),
        ("Emily Post; Ann Lee", None, "Emily Post; Ann Lee"),  # a surname like an outlet's
        # the place the reporter filed from; an editor's credit
        (
            "Andy Bruce in London and Ankur Banerjee in Bengaluru",
            None,
            "Andy Bruce and Ankur Banerjee",
        ),
        ("Adrian Croft, Editing by Luke Baker", None, "Adrian Croft"),
        # surnames and given names split at their comma
        ("Lenharo; Mariana; Basu; Mohana", None, "Mariana Lenharo; Mohana Basu"),
        ("Xinhua; Bloomberg", None, "Xinhua; Bloomberg"),
        ("Agencies; January", None, "Agencies"),
        (
            "Takeo Maeda and Tatsuya Tanoue / Yomiuri Shimbun Staff Writers",
            None,
            "Takeo Maeda and Tatsuya Tanoue",
        ),
        ("HERB KEINON AND AP", None, "HERB KEINON"),
        ("By JOSEPH WHITE AP Sports Writer", None, "JOSEPH WHITE"),
        ("By Scott Garbarini, Associate NFL Editor --", None, "Scott Garbarini"),
        ("By the Associated Press", None, "The Associated Press"),
        ("World's Editorial Writers", None, "World's Editorial Writers"),
        ("Ann Writer", None, "Ann Writer"),  # two words: a name
        ("Jakob Ulbrich Follow", None, "Jakob Ulbrich"),
        ("C Ryanne Laratonda; Posted Feb", None, "C Ryanne Laratonda"),
        ("Stevie Martin; Staff Writer; Tuesday", None, "Stevie Martin"),
        ("Posted by", None, None),
        ("Guardian staff reporter", None, "Guardian staff reporter"),
        ("Oli Coleman View author archive Get author RSS feed", None, "Oli Coleman"),
        ("Ellyn Shook Ellyn Shook Creating the most truly human company", None, "Ellyn Shook"),
        ("Fox News View author archive Get author RSS feed Name Email Comment", "Fox News", None),
        ("Tom Smith and Ann Lee", "CNN", "Tom Smith and Ann Lee"),
    ],
)
def test_bylines_lose_slugs_addresses_dates_and_the_site_name(raw, site, clean):
    assert clean_byline(raw, site) == clean


def _dated_page(head: str, body_top: str = "") -> str:
    return SPEECH_PAGE.format(meta=head).replace("<article>", "<article>" + body_top)


def test_the_publication_date_wins_over_the_modification_date():
    head = (
        '<meta name="article:modified_time" content="2026-04-24T11:16:53Z">'
        '<script type="application/ld+json">{"datePublished": "2012-05-10T14:29:05Z"}</script>'
    )
    story = html_to_story(_dated_page(head))
    assert story.published is not None and story.published.year == 2012
    only_modified = '<meta name="article:modified_time" content="2026-04-24T11:16:53Z">'
    story = html_to_story(_dated_page(only_modified))
    assert story.published is not None and story.published.year == 2026


def test_an_unreadable_date_tag_gives_way_to_the_next_one():
    head = (
        '<meta property="article:published_time" content="soon">'
        '<meta name="date" content="1750680000000">'  # milliseconds since 1970
    )
    story = html_to_story(_dated_page(head))
    assert story.published is not None and story.published.date().isoformat() == "2025-06-23"


def test_a_dateline_paragraph_dates_the_story_but_a_sentence_does_not():
    dateline = '<p>Published <time datetime="2021-07-11T21:00:51+00:00">11 July 2021</time></p>'
    story = html_to_story(_dated_page("", dateline))
    assert story.published is not None and story.published.date().isoformat() == "2021-07-11"
    assert html_to_story(_dated_page("")).published is None  # the 2013 speech in a sentence


@pytest.mark.parametrize(
    "title",
    [
        "Leaders meet in Paris to seal climate deal - World - Sport",
        "The Daily Planet | Leaders meet in Paris to seal climate deal",
        "Analysis: Leaders meet in Paris to seal climate deal",
    ],
)
def test_the_visible_headline_wins_over_a_title_with_site_furniture(title):
    page = SPEECH_PAGE.format(meta="").replace(
        "<title>Leaders meet in Paris</title>", f"<title>{title}</title>"
    )
    page = page.replace(
        "<h1>Leaders meet in Paris</h1>", "<h1>Leaders meet in Paris to seal climate deal</h1>"
    )
    assert html_to_story(page).title == "Leaders meet in Paris to seal climate deal"


def _social_title_page(padding: str = "") -> str:
    """A page whose og:title is a social-media line while <title> and <h1> give the headline."""
    headline = "What next for the climate deal after the Paris meeting of leaders?"
    meta = '<meta property="og:title" content="Leaders say the deal could still fail">'
    page = SPEECH_PAGE.format(meta=meta + padding)
    page = page.replace("<title>Leaders meet in Paris</title>", f"<title>{headline} | CBS</title>")
    return page.replace("<h1>Leaders meet in Paris</h1>", f"<h1>{headline}</h1>")


def test_the_headline_the_page_shows_twice_wins_over_a_social_media_title():
    headline = "What next for the climate deal after the Paris meeting of leaders?"
    assert html_to_story(_social_title_page()).title == headline
    # the same page with 250 kB of scripts in its head: the <h1> lies past the parsed part
    script = "<script>var state = '" + "x" * 250_000 + "';</script>"
    assert html_to_story(_social_title_page(script)).title == headline


def test_a_social_media_title_stays_when_the_page_title_does_not_carry_the_heading():
    page = _social_title_page().replace(
        "<title>What next for the climate deal after the Paris meeting of leaders? | CBS</title>",
        "<title>CBS</title>",
    )
    assert html_to_story(page).title == "Leaders say the deal could still fail"


def test_a_short_heading_inside_the_title_is_not_taken_for_the_headline():
    page = SPEECH_PAGE.format(meta="").replace(
        "<title>Leaders meet in Paris</title>",
        "<title>World news: Leaders meet in Paris to seal climate deal</title>",
    )
    page = page.replace("<h1>Leaders meet in Paris</h1>", "<h1>World news</h1>")
    assert html_to_story(page).title == "World news: Leaders meet in Paris to seal climate deal"


def test_titles_escaped_twice_are_read():
    assert (
        clean_title("Sean Penn &#039;proposes&#039; to Charlize")
        == "Sean Penn 'proposes' to Charlize"
    )
    assert clean_title("Fish &amp;amp; chips") == "Fish & chips"
    assert clean_title("AT&T; Verizon") == "AT&T; Verizon"  # not a reference


def test_utf8_read_as_latin1_upstream_is_repaired(tmp_path):
    page = SPEECH_PAGE.format(meta="").replace(
        "officials said.",
        "officials said of the Â£790million deal, which is the same wayâ€¦ as before.",
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    story = load_stories([str(path)]).stories[0]
    assert "£790million" in story.body and "way…" in story.body and "Â" not in story.body


@pytest.mark.parametrize(
    ("title", "site", "clean"),
    [
        (
            "toledoblade.com -- Steelers' turf is terrible, Taylor says",
            None,
            "Steelers' turf is terrible, Taylor says",
        ),
        ("World -- Judges allow video of victims", None, "Judges allow video of victims"),
        (
            "Android's problem is contamination -- Engadget",
            "Engadget",
            "Android's problem is contamination",
        ),
        ("Protests grow * The Daily Planet * by Paul Serran", "The Daily Planet", "Protests grow"),
        ("Kim -- the man who would be king", "BBC", "Kim -- the man who would be king"),
        ("Kemble quits as Kiwi coach - World - Sport", None, "Kemble quits as Kiwi coach"),
    ],
)
def test_site_names_and_author_tails_leave_titles_on_either_side(title, site, clean):
    from briefgen.ingest.html import strip_site_suffix

    assert strip_site_suffix(title, site) == clean


def test_a_title_that_swallowed_page_code_gives_way_to_the_headline():
    page = SPEECH_PAGE.format(meta="").replace(
        "<title>Leaders meet in Paris</title>",
        "<title>Daily Planet -- News var s = this.prop1; this.hier1 = 'news';</title>",
    )
    assert html_to_story(page).title == "Leaders meet in Paris"


@pytest.mark.parametrize(
    "title",
    ["2008-01-14 03:50:02 -", "TV3 > News > National News > Story", '<" + "/script>"); //-->'],
)
def test_a_time_stamp_or_a_breadcrumb_is_not_a_title(title):
    page = SPEECH_PAGE.format(meta="").replace(
        "<title>Leaders meet in Paris</title>", f"<title>{title}</title>"
    )
    page = page.replace(
        "<h1>Leaders meet in Paris</h1>", "<h1>Leaders meet in Paris for talks</h1>"
    )
    assert html_to_story(page).title == "Leaders meet in Paris for talks"
