"""The web reader's sources: a headline where the title is the site's name, the outlet from the
site's own name (never a copyright sentence's fragment), and the page's printed date."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.ingest import load_stories
from briefgen.ingest.html import html_to_story
from briefgen.ingest.metadata import clean_outlet

TEXT = (
    "<p>GENEVA — The ministers met on Tuesday to discuss the ceasefire agreement that the "
    "negotiators hope to finish by the end of the year, officials said.</p>"
    "<p>The talks are expected to continue next week in Brussels, where the ministers will "
    "review the draft text and the plan for the border crossings.</p>"
    "<p>Both delegations said the meeting had been useful and that a further round of talks "
    "was likely before the end of the month.</p>"
)


def page(head: str = "", top: str = "", text: str = TEXT, foot: str = "") -> str:
    return (
        f"<html><head>{head}</head><body>{top}<div class='story'>{text}</div>{foot}</body></html>"
    )


@pytest.mark.parametrize(
    ("head", "top"),
    [
        # a generic word as title, the headline in a *Headline meta tag
        (
            "<title>News | Africa - Reuters.com</title>"
            '<meta name="DCSext.articleHeadline" content="Ministers agree to resume talks">',
            "",
        ),
        # the site's name as title, the headline in JSON-LD
        (
            "<title>The Daily Planet</title>"
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Ministers agree to resume talks"}</script>',
            "",
        ),
        # the site's name as <h1>, the headline in the <h2> above the text
        ("", "<h1>Financial Times FT.com</h1><h2>Ministers agree to resume talks</h2>"),
        # the site's name as title, the headline in an element classed as the headline
        (
            "<title>Asharq Alawsat Newspaper (English)</title>",
            "<span class='headline'>Ministers agree to resume talks</span><br>",
        ),
    ],
)
def test_a_site_name_or_generic_title_gives_way_to_the_headline(head, top):
    assert html_to_story(page(head, top)).title == "Ministers agree to resume talks"


def test_a_heading_below_the_text_is_not_its_headline():
    top = "<h1>The Daily Planet</h1>"
    foot = "<h2>Other stories from our reporters today</h2>"
    story = html_to_story(page("<title>The Daily Planet</title>", top, foot=foot))
    assert story.title != "Other stories from our reporters today"


def test_a_headline_with_a_domain_before_a_colon_loses_the_domain():
    story = html_to_story(page("<title>globeandmail.com: Blame game begins amid fury</title>"))
    assert story.title == "Blame game begins amid fury"


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Khaleej Times Online - Ministers agree to resume talks", "Khaleej Times Online"),
        ("MyFox Houston | Ministers agree to resume talks", "MyFox Houston"),
        ("Ministers agree to resume talks | Top News | Reuters", "Reuters"),
        ("Nation & World | Ministers agree to resume talks | Seattle Times", "Seattle Times"),
        ("Ministers agree to resume talks _English_Xinhua", "Xinhua"),
        ("Ministers agree to resume talks", None),  # the headline alone names no site
        ("Ministers agree to resume talks | Royal | Express.co.uk", "Express.co.uk"),
        ("globeandmail.com: Ministers agree to resume talks", "globeandmail.com"),
        ("word: Ministers agree to resume talks", None),  # a lower-case word is no site
        (
            "Ministers agree to resume talks - Raw Story - Celebrating 18 Years of Journalism",
            "Raw Story",
        ),
    ],
)
def test_the_outlet_is_the_site_name_in_the_title(title, outlet):
    head = f"<title>{title}</title>"
    story = html_to_story(page(head, "<h1>Ministers agree to resume talks</h1>"))
    assert story.title == "Ministers agree to resume talks"
    assert story.source == outlet


def test_a_title_that_is_only_the_site_name_is_the_outlet():
    head = "<title>The Anatolian Times</title>"
    story = html_to_story(page(head, "<h1>Ministers agree to resume talks</h1>"))
    assert (story.title, story.source) == ("Ministers agree to resume talks", "The Anatolian Times")


COPYRIGHT = "<p>Copyright © 2008 Agence France Presse. All rights reserved.</p>"


def test_a_copyright_line_gives_the_name_before_all_rights_reserved():
    head = "<title>Ministers agree to resume talks</title>"
    story = html_to_story(page(head, text=TEXT + COPYRIGHT))
    assert story.source == "Agence France Presse"


def test_the_site_name_in_the_title_wins_over_a_wire_copyright_line():
    head = "<title>The Anatolian Times</title>"
    top = "<h1>Ministers agree to resume talks</h1>"
    assert html_to_story(page(head, top, TEXT + COPYRIGHT)).source == "The Anatolian Times"


def test_site_metadata_and_a_wire_dateline_win_over_the_title():
    head = (
        "<title>Ministers agree to resume talks - The Daily Planet</title>"
        '<meta property="og:site_name" content="Planet News">'
    )
    assert html_to_story(page(head)).source == "Planet News"
    wire = TEXT.replace("GENEVA —", "GENEVA (AP) —")
    head = "<title>Ministers agree to resume talks - The Daily Planet</title>"
    assert html_to_story(page(head, text=wire)).source == "AP"


def test_a_site_name_read_from_the_address_gives_way_to_the_title():
    head = (
        "<title>Ministers agree to resume talks - Times of India</title>"
        '<link rel="canonical" href="https://timesofindia.indiatimes.com/world/talks.cms">'
    )
    assert html_to_story(page(head)).source == "Times of India"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("TheStar.com | News", "TheStar.com"),
        ("SignOnSanDiego.com > News", "SignOnSanDiego.com"),
        ("The_Japan_News", "The Japan News"),
        ("Agence France Presse. All", "Agence France Presse"),
        ("Asharq Alawsat Newspaper (English)", "Asharq Alawsat Newspaper"),
        ("Reuters", "Reuters"),
        ("Financial Times FT.com", "Financial Times"),
        ("© 2000 Rural Press Ltd.", "Rural Press Ltd"),
        ("Copyright (c) CondéNet 2015", "CondéNet"),
        ("EuroNewsEuroNews", "EuroNews"),
        ("U.S.", "U.S."),
        ("", None),
        # a gloss in another script is not part of the name; a name in one script is kept
        ("The Japan News (読売新聞)", "The Japan News"),
        ("Taipei Times 台北時報", "Taipei Times"),
        ("台北時報", "台北時報"),
        ("Le Télégramme (Brest)", "Le Télégramme (Brest)"),
    ],
)
def test_outlet_names_lose_section_labels_and_copyright_tails(raw, clean):
    assert clean_outlet(raw) == clean


def test_a_site_name_in_another_script_gives_way_to_the_title_on_an_english_page():
    head = (
        "<title>Ministers agree to resume talks - Taipei Times</title>"
        '<meta property="og:site_name" content="台北時報">'
        '<meta property="og:title" content="Ministers agree to resume talks">'
    )
    story = html_to_story(page(head))
    assert (story.title, story.source) == ("Ministers agree to resume talks", "Taipei Times")


def test_an_author_in_another_script_is_no_byline_on_an_english_page():
    head = '<title>Ministers agree to resume talks</title><meta name="author" content="新間">'
    assert html_to_story(page(head)).byline is None
    assert html_to_story(page(head.replace("新間", "Eiji Shinma"))).byline == "Eiji Shinma"


def test_a_wire_dateline_under_a_repeated_headline_names_the_outlet():
    """The host site's name in <title> ("... | Latest News | Hemscott") is not the outlet when
    the text opens with a wire's dateline below the headline repeated."""
    head = "<title>Ministers agree to resume talks | Latest News | Hemscott</title>"
    text = "<h2>Ministers agree to resume talks | Latest News</h2>" + TEXT.replace(
        "GENEVA —", "GENEVA (Thomson Financial) -"
    )
    assert html_to_story(page(head, text=text)).source == "Thomson Financial"
    assert html_to_story(page(head)).source == "Hemscott"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("15/01/2008", date(2008, 1, 15)),
        ("01-28-2008", date(2008, 1, 28)),
        ("January 8, 2008", date(2008, 1, 8)),
        ("01-08-2008", None),  # 1 August or 8 January: not read
    ],
)
def test_a_date_line_under_the_headline_dates_the_story(line, day):
    top = f"<h1>Ministers agree to resume talks</h1><p>{line}</p>"
    story = html_to_story(page("<title>Ministers agree to resume talks</title>", top))
    assert (story.published.date() if story.published else None) == day


@pytest.mark.parametrize(
    "stamp",
    [
        "Published: December 31 2007 00:29 | Last updated: January 2 2008 10:00",
        "Dec 31, 2007 00:29 | Updated Jan 2, 2008 10:00",
        "Created: Monday, 31 Dec 2007, 12:29 AM",
        "By Jane Smith (Our staff reporter) 31 December 2007",
    ],
)
def test_the_time_stamp_above_the_text_dates_the_story(stamp):
    top = f"<h1>Ministers agree to resume talks</h1><div class='meta'>{stamp}</div>"
    story = html_to_story(page("<title>Ministers agree to resume talks</title>", top))
    assert story.published is not None and story.published.date() == date(2007, 12, 31)


def test_a_stamp_below_the_text_does_not_date_the_story():
    foot = "<div>Published: December 31 2007 00:29</div>"
    story = html_to_story(page("<title>Ministers agree to resume talks</title>", foot=foot))
    assert story.published is None


def test_the_sources_of_a_page_file_through_the_loader(tmp_path):
    path = tmp_path / "page.html"
    head = "<title>MyFox Houston | Ministers agree to resume talks</title>"
    path.write_text(page(head, "<h1>Ministers agree to resume talks</h1>"), encoding="utf-8")
    story = load_stories([str(path)]).stories[0]
    assert (story.title, story.source) == ("Ministers agree to resume talks", "MyFox Houston")


def test_a_site_name_that_is_the_headline_is_no_site_name():
    # trafilatura takes a <title> part with a full stop for the site's name
    head = "<title>Does the envoy mean it? Ministers agree to resume talks. | Daily Planet</title>"
    top = "<h1>Does the envoy mean it? Ministers agree to resume talks.</h1>"
    story = html_to_story(page(head, top + "<h2>A subtitle that is not the headline at all</h2>"))
    assert story.title == "Does the envoy mean it? Ministers agree to resume talks."
    assert story.source == "Daily Planet"


def test_a_date_above_the_headline_is_the_sites_today_not_the_storys():
    top = "<div>Wednesday 16 January 2008</div><h1>Ministers agree to resume talks</h1>"
    story = html_to_story(page("<title>Ministers agree to resume talks</title>", top))
    assert story.published is None


def test_a_site_name_displaced_by_the_headline_is_the_outlet():
    top = "<h1>Financial Times FT.com</h1><h2>Ministers agree to resume talks</h2>"
    story = html_to_story(page("", top))
    assert (story.title, story.source) == ("Ministers agree to resume talks", "Financial Times")


def test_a_wire_staff_line_names_the_outlet_and_a_date_after_a_break_dates_the_story():
    # an old wire page: the headline, then one box holding "Staff and agencies<br>01 January,
    # 2008" and the story, with the wire's staff line and the time it was posted on top
    markup = (
        "<html><head><title>Ministers agree to resume talks</title></head><body>"
        "<font face=arial size=2><b><h3>Ministers agree to resume talks</h3></b>"
        '<font size="-2"> Staff and agencies<br>01 January, 2008<br><br>'
        '<font size="3"><br><br><p><p>By MARK LAVIE, Associated Press Writer 1 hour, 44 '
        f"minutes ago <p>{TEXT}</font></font></font></body></html>"
    )
    story = html_to_story(markup)
    assert story.source == "Associated Press"
    assert story.published is not None and story.published.date() == date(2008, 1, 1)
    assert story.body.startswith("GENEVA")


def test_a_staff_line_is_not_read_into_the_outlet_and_a_bare_by_line_names_none():
    from briefgen.ingest.boilerplate import clean_lines

    found = clean_lines(["By Jane Smith, Associated Press Writer", "", "GENEVA - Talks resumed."])
    assert (found.byline, found.source) == ("Jane Smith", "Associated Press")
    found = clean_lines(["By Jane Smith", "", "GENEVA - Talks resumed."])
    assert (found.byline, found.source) == ("Jane Smith", None)


def test_an_outlet_signing_the_story_is_its_outlet_when_nothing_else_names_one():
    head = '<title>Ministers agree to resume talks</title><meta name="author" content="{}">'
    story = html_to_story(page(head.format("VOA News")))
    assert (story.byline, story.source) == ("VOA News", "VOA News")
    assert html_to_story(page(head.format("David Gollust"))).source is None


def test_the_elements_classed_as_byline_sign_and_date_the_story():
    """A date in an element the page classes as its byline dates the story even above the
    headline; a date above the headline in an element not so classed is the site's today."""
    top = (
        "<span class='byline'>Dec 16, 2007 18:22 | Updated Dec 17, 2007 11:52</span>"
        "<h1>Ministers agree to resume talks</h1>"
        "<span class='byline'>By <a href='mailto:x@example.com'>HERB KEINON AND AP</a></span>"
    )
    story = html_to_story(page("<title>Ministers agree to resume talks</title>", top))
    assert (story.byline, story.published.date()) == ("HERB KEINON", date(2007, 12, 16))
    plain = top.replace("class='byline'", "class='today'")
    story = html_to_story(page("<title>Ministers agree to resume talks</title>", plain))
    assert (story.byline, story.published) == (None, None)
