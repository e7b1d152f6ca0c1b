"""People: canonical names, titles, role nouns, organisations; seeds and BBC text."""

from __future__ import annotations

from pathlib import Path

import pytest
from linearity import assert_linear

from briefgen.analysis.people import find_people, normalise_name
from briefgen.analysis.sentences import split_sentences
from briefgen.model import Story

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [ROOT.parent / "shared" / "seeds", ROOT / "samples" / "stories"]
BBC = ROOT.parent / "shared" / "corpus" / "bbc"


def seed(prefix: str) -> Story:
    from briefgen.ingest.text import parse_text

    for d in SEEDS:
        for p in sorted(d.glob(f"{prefix}*.txt")):
            return parse_text(p.read_text("utf-8"))
    pytest.skip("seed stories not available")


def analyse(body: str, title: str = "t") -> tuple[Story, dict[str, object]]:
    story = Story(title=title, body=body)
    story.sentences = split_sentences(body)
    people = find_people(story)
    return story, {p.name: p for p in people}


def people_of(story: Story) -> dict[str, object]:
    story.sentences = split_sentences(story.body)
    return {p.name: p for p in find_people(story)}


def test_seed_000_putin_is_one_person() -> None:
    story = seed("000")
    people = people_of(story)
    putin = people["Vladimir Putin"]
    assert putin.title == "President"
    assert putin.modifier == "Russian"
    surfaces = {story.body[s:e] for s, e in putin.mentions}
    assert {"Russian President Vladimir Putin", "President Putin", "Putin"} <= surfaces
    assert "Kim Jong Un" in people  # "Kim Jong-un" normalised
    assert "Kim Jong-un" not in people


def test_seed_002_names_and_roles() -> None:
    story = seed("002")
    people = people_of(story)
    assert people["Vladimir Putin"].title == "President"
    kim = people["Kim Jong Un"]
    surfaces = [story.body[s:e] for s, e in kim.mentions]
    assert "Kim" in surfaces
    assert "Hu Xijin" in people
    assert people["Global Times"].kind == "organisation"
    assert "Hanoi" not in people and "February" not in people and "Thursday" not in people


def test_korean_names_normalise_across_spellings() -> None:
    assert normalise_name("Kim Jong-un") == "Kim Jong Un"
    assert normalise_name("Kim Jong Un") == "Kim Jong Un"
    assert normalise_name("Tony Blair") == "Tony Blair"


def test_titles_modifiers_and_surnames() -> None:
    _story, people = analyse(
        "Tory leader Michael Howard said the plans were fair. Mr Howard added that they would "
        "work. Refugee Council Chief Executive Maeve Sherlock disagreed. On Monday, Britain "
        "and France met in March."
    )
    howard = people["Michael Howard"]
    assert howard.title == "leader" and howard.modifier == "Tory"
    assert howard.display_title == "Tory leader"
    assert len(howard.mentions) == 2
    assert people["Maeve Sherlock"].title == "Chief Executive"
    assert people["Maeve Sherlock"].gender == "f"
    for not_person in ("Monday", "Britain", "France", "March", "On Monday"):
        assert not_person not in people


def test_honorific_gender_and_peers() -> None:
    _story, people = analyse(
        "Lord Goldsmith said it was lawful. Former minister Clare Short said it was not. "
        "Mrs Short told the BBC so."
    )
    assert people["Lord Goldsmith"].gender == "m"
    short = people["Clare Short"]
    assert short.gender == "f" and len(short.mentions) == 2


def test_spokes_bodies_are_organisations() -> None:
    _story, people = analyse("Downing Street said the Foreign Office would reply.")
    assert people["Downing Street"].kind == "organisation"
    assert people["Foreign Office"].kind == "organisation"


def test_role_noun_links_to_holder_in_story() -> None:
    story, people = analyse(
        "Prime Minister Tony Blair spoke on Monday. Later the prime minister said he was happy."
    )
    blair = people["Tony Blair"]
    assert any(story.body[s:e] == "the prime minister" for s, e in blair.mentions)


def test_bbc_corpus_mentions_are_valid() -> None:
    if not BBC.is_dir():
        pytest.skip("corpus not available")
    from briefgen.ingest.text import parse_text

    for path in sorted((BBC / "politics").glob("*.txt"))[:80]:
        story = parse_text(path.read_text("utf-8"))
        story.sentences = split_sentences(story.body)
        for p in find_people(story):
            assert p.name and p.name == p.name.strip()
            for s, e in p.mentions:
                assert 0 <= s < e <= len(story.body)


def _people_of(body: str) -> None:
    story = Story(title="t", body=body)
    story.sentences = split_sentences(body)
    find_people(story)


def test_linear_time_on_capitalised_runs() -> None:
    unit = "Alpha Beta Gamma Delta Epsilon Mr Zeta President Eta Kim Jong Theta "
    small = unit * 1500  # ~100 kB
    big = small * 10  # ~1 MB
    assert_linear(lambda: _people_of(small), lambda: _people_of(big), 10, ceiling=30)


def test_a_persons_role_is_labelled_as_the_story_writes_it() -> None:
    from briefgen.analysis.people import find_people
    from briefgen.analysis.role_labels import role_label
    from briefgen.model import Story

    def roles(body: str) -> dict[str, str | None]:
        people = find_people(Story(title="t", body=body))
        return {p.name: role_label(body, p.name, p.display_title, p.mentions) for p in people}

    # a lower-case noun between the qualifier and the title; a possessive qualifier
    assert roles("Labour campaign spokesman Fraser Kemp said no.")["Fraser Kemp"] == (
        "Labour campaign spokesman"
    )
    assert roles("On Monday Mr Ebbers' lawyer Reid Weingarten asked for time.")[
        "Reid Weingarten"
    ] == ("Ebbers' lawyer")
    # a postnominal after the name; the end of a sentence is no qualifier
    assert roles("He said so. District Attorney Bruce L Castor Jr, said no.")["Bruce L Castor"] == (
        "District Attorney"
    )
    assert roles("He spoke in London. Spokesman Fraser Kemp said so.")["Fraser Kemp"] == (
        "Spokesman"
    )
    # "former" qualifies the whole title, however long its qualifier
    assert roles("He said so, former State policy planning director Ann Lee wrote.")["Ann Lee"] == (
        "former State policy planning director"
    )
    assert roles("She met former Labour campaign spokesman Fraser Kemp.")["Fraser Kemp"] == (
        "former Labour campaign spokesman"
    )


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Jamal Sanad Al Suwaidi spoke on Monday. "We will do that," Al Suwaidi said.',
            "Jamal Sanad Al Suwaidi",
        ),
        ('Nouri al-Maliki spoke. "We will do that," al-Maliki said.', "Nouri al-Maliki"),
        (
            'Dominique de Villepin spoke. "We will do that," de Villepin said.',
            "Dominique de Villepin",
        ),
        ('Mohammed bin Salman spoke. "We will do that," bin Salman said.', "Mohammed bin Salman"),
        ('Robin van Persie scored. "We will do that," Van Persie said.', "Robin van Persie"),
        ('"We will do that," said George W. Bush. Bush left.', "George W. Bush"),
    ],
)
def test_a_surname_with_its_particle_is_the_full_name_met_earlier(body: str, speaker: str) -> None:
    from briefgen.analysis.pipeline import analyze_builtin
    from briefgen.model import Story

    story = analyze_builtin(Story(title="t", body=body))
    assert [q.speaker.name for q in story.quotes] == [speaker]
    assert [a.name for a in story.actors if a.kind == "person"] == [speaker]


def test_the_analysis_stores_the_role_label_of_each_quoted_person() -> None:
    from briefgen.analysis.pipeline import analyze_builtin
    from briefgen.model import Story

    body = (
        '"We will not back down," Labour campaign spokesman Fraser Kemp said. '
        "Tory leader Michael Howard was in London."
    )
    story = analyze_builtin(Story(title="t", body=body))
    assert story.annotations["roles"] == {"Fraser Kemp": "Labour campaign spokesman"}


def test_a_piece_of_an_ampersand_initialism_is_no_person():
    body = (
        "The market remains robust, according to mortgage lender Bradford & Bingley. "
        'B&B said that "housing market fundamentals remain strong". Shares in B&B fell.'
    )
    names = [p.name for p in find_people(Story(title="t", body=body))]
    assert "B" not in names
