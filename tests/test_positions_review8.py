"""Error classes of the eighth review (issue 15): a government's legislative act the reporter
tells is no stated position, a speaker's own past order is no warning, and a summary line that
names its person by bare surname alone does not read without its story. Each class has
sentences that must stay as they are."""

from __future__ import annotations

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story
from briefgen.sections.bluf import bare_surname_only


def _stances(body: str) -> list[tuple[str, str]]:
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    return [(s.country, s.stance) for s in story.statements]


def test_a_legislative_act_the_reporter_tells_states_no_position() -> None:
    """Review 8: "The Shiite-led Iraqi government has also adopted a draft bill", "The
    Japanese government on Friday pushed through a special law" are acts told, no voice: the
    statement stays, neutral (the brief does not show it)."""
    assert _stances(
        "The Shiite-led Iraqi government has also adopted a draft bill to release tens of "
        "thousands of detainees, who are mainly Sunnis and held without trial."
    ) == [("IQ", "neutral")]
    assert _stances(
        "The Japanese government on Friday pushed through a special law authorizing its navy "
        "to resume a refueling mission in the Indian Ocean."
    ) == [("JP", "neutral")]
    assert _stances("Russia has approved new regulations on foreign media outlets.") == [
        ("RU", "neutral")
    ]
    assert _stances(
        "Ukrainian President Viktor Yushchenko signed the bill into law on Monday."
    ) == [("UA", "neutral")]
    # a light verb's object ("issued a decree banning") is read past the act: still an act
    assert _stances("The French government issued a decree banning the protest.") == [
        ("FR", "neutral")
    ]


def test_an_act_on_no_law_or_a_sentence_that_reports_words_keeps_its_stance() -> None:
    # traps: "adopted" a stance or sanctions is no law; words reported keep the stance
    assert _stances("Japan adopted a tough stance on the talks.") == [("JP", "supports")]
    assert _stances("Russia has adopted new sanctions against Georgia.") == [("RU", "supports")]
    assert _stances("Japan opposed the law passed by the South Korean parliament.") == [
        ("JP", "opposes")
    ]
    assert _stances("Chancellor Gordon Brown has signed a debt relief deal with Tanzania.") == [
        ("GB", "supports")
    ]
    assert ("JP", "supports") in _stances(
        "Japan backed a law to resume the mission, its foreign ministry said."
    )


def test_a_speakers_own_past_order_is_no_warning() -> None:
    """Review 8: "Putin said he ordered the Russian military to retaliate": an order given,
    told in the past, not a warning. A warning of an order to come stays one."""
    assert _stances(
        "Russian President Vladimir Putin said he ordered the Russian military to retaliate."
    ) == [("RU", "neutral")]
    assert _stances(
        "Russian President Vladimir Putin said he had decided to impose countermeasures."
    ) == [("RU", "neutral")]
    # traps
    assert _stances(
        "Russian President Vladimir Putin warned he would order the military to retaliate."
    ) == [("RU", "warns")]
    assert _stances(
        "Russian President Vladimir Putin said he would order the military to retaliate."
    ) == [("RU", "warns")]
    assert _stances(
        "Russian President Vladimir Putin said he ordered the army to hold its positions, "
        "warning that Moscow would retaliate against any attack."
    ) == [("RU", "warns")]


def _bare(body: str) -> list[tuple[bool, str]]:
    from briefgen.analysis.dates import story_sentences

    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    return [(bare_surname_only(story, s0, s1), body[s0:s1]) for s0, s1 in story_sentences(story)]


def test_a_summary_line_naming_its_person_by_bare_surname_only_does_not_read_alone() -> None:
    """Review 8: "Opposition party chiefs questioned Ishiba, who is also the president of the
    LDP, ..." says neither who Ishiba is nor that this is Japan."""
    lines = _bare(
        "TOKYO -- Prime Minister Shigeru Ishiba faced opposition leaders in a televised debate "
        "on Saturday ahead of the general election. Opposition party chiefs questioned Ishiba, "
        "who is also the president of the LDP, about security and political reform. "
        "Yoshihiko Noda of the CDPJ said Ishiba had dodged questions. "
        "Japan's opposition parties questioned Ishiba about security and political reform. "
        "Mr Ishiba told opposition party chiefs that security and political reform would wait."
    )
    verdicts = {text.split()[0]: verdict for verdict, text in lines}
    assert verdicts["Opposition"] is True
    # traps: a full name with a title, another person named in full, a country, "Mr"
    assert verdicts["TOKYO"] is False
    assert verdicts["Yoshihiko"] is False
    assert verdicts["Japan's"] is False
    assert verdicts["Mr"] is False


def test_the_summary_leaves_out_a_bare_surname_line_and_keeps_the_others() -> None:
    from datetime import date, datetime

    from briefgen.sections.bluf import BlufConfig, build_bluf

    body = (
        "Opposition party chiefs questioned Ishiba, who is also the president of the LDP, about "
        "security and political reform during the televised debate. "
        "Prime Minister Shigeru Ishiba faced opposition leaders in a televised debate on "
        "Saturday ahead of the general election in Japan. "
        "Japan's opposition parties pressed the Prime Minister on political reform and the "
        "funding scandal of the ruling party."
    )
    story = analyze_builtin(
        Story(title="Japan debate", body=body, path="j.txt", published=datetime(2024, 10, 13))
    )
    lines = [i.text for i in build_bluf([story], BlufConfig(min_sentences=1), date(2024, 10, 13))]
    assert not any(line.startswith("Opposition party chiefs") for line in lines)
    assert any(line.startswith("Prime Minister Shigeru Ishiba") for line in lines)
    assert any(line.startswith("Japan's opposition parties") for line in lines)
