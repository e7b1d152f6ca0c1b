"""briefgen-sanctions, tested through briefgen's plugin test kit."""

from __future__ import annotations

from pathlib import Path

import briefgen_sanctions
import pytest

from briefgen.errors import ConfigError

SEEDS = [
    Path(__file__).resolve().parents[3] / "samples" / "stories",
    Path(__file__).resolve().parents[4] / "shared" / "seeds",
]

STRAW = (
    "UK Foreign Secretary Jack Straw has defended plans to end the European Union's arms "
    "embargo on China, despite opposition from the US and Japan. The EU imposed its arms ban "
    "on China in 1989 after troops opened fire on protestors in Tiananmen Square."
)


def straw_story(kit):
    story = kit.make_story("Straw backs ending China embargo", STRAW, published="2005-01-12")
    kit.mark_actor(story, "European Union", "body", "EU", aliases=["EU"])
    kit.mark_actor(story, "China", "country", "CN")
    kit.mark_actor(story, "United States", "country", "US", aliases=["US"])
    kit.mark_actor(story, "Japan", "country", "JP")
    kit.mark_actor(story, "Jack Straw", "person", "GB")
    return story


def test_holder_lifter_and_target_come_from_the_text(briefgen_kit):
    result = briefgen_kit.build([straw_story(briefgen_kit)], [briefgen_sanctions], analyse=False)
    [item] = result.items("sanctions")
    assert item["measure"] == "arms embargo"
    assert item["targets"] == [{"name": "China", "country": "CN"}]
    assert item["imposed_by"] == [{"name": "European Union", "country": "EU"}]
    # Straw (a person) stands for his country; the US and Japan oppose, they lift nothing.
    assert item["lifted_by"] == [{"name": "United Kingdom", "country": "GB"}]
    assert item["mentions"] == 2
    assert set(item["actions"]) == {"lift", "impose"}


def test_evidence_is_the_sentence_in_the_body(briefgen_kit):
    story = straw_story(briefgen_kit)
    result = briefgen_kit.build([story], [briefgen_sanctions], analyse=False)
    [item] = result.items("sanctions")
    for evidence in item["evidence"]:
        assert evidence["story"] == story.id
        assert story.body[evidence["start"] : evidence["end"]] == evidence["text"]
    assert item["evidence"][0]["text"].startswith("UK Foreign Secretary Jack Straw")


def test_passive_subject_is_a_target_not_the_one_threatening(briefgen_kit):
    story = briefgen_kit.make_story("Copyright", "Beijing also has been threatened with sanctions.")
    briefgen_kit.mark_actor(story, "Beijing", "country", "CN")
    [item] = briefgen_kit.build([story], [briefgen_sanctions], analyse=False).items("sanctions")
    assert item["targets"] == [{"name": "Beijing", "country": "CN"}]
    assert item["threatened_by"] == [] and item["imposed_by"] == []


def test_negated_and_loosely_linked_actions_name_nobody(briefgen_kit):
    body = (
        "France said it would not impose sanctions. "
        "Washington has insisted that the North must disarm before sanctions are removed."
    )
    story = briefgen_kit.make_story("Loose", body)
    briefgen_kit.mark_actor(story, "France", "country", "FR")
    briefgen_kit.mark_actor(story, "Washington", "country", "US")
    briefgen_kit.mark_actor(story, "the North", "country", "KP")
    result = briefgen_kit.build(
        [story],
        [briefgen_sanctions],
        analyse=False,
        config={"sections": {"sanctions": {"include_unnamed": True}}},
    )
    [item] = result.items("sanctions")
    assert item["imposed_by"] == [] and item["lifted_by"] == [] and item["targets"] == []


def test_unnamed_measures_are_dropped_unless_asked_for(briefgen_kit):
    story = briefgen_kit.make_story("Doping", "Ten athletes have received sanctions for doping.")
    assert briefgen_kit.build([story], [briefgen_sanctions], analyse=False).items("sanctions") == []
    config = {"sections": {"sanctions": {"include_unnamed": True}}}
    result = briefgen_kit.build([story], [briefgen_sanctions], analyse=False, config=config)
    assert [i["measure"] for i in result.items("sanctions")] == ["sanctions"]


def test_min_mentions_filters_rare_measures(briefgen_kit):
    story = straw_story(briefgen_kit)
    config = {"sections": {"sanctions": {"min_mentions": 3}}}
    result = briefgen_kit.build([story], [briefgen_sanctions], analyse=False, config=config)
    assert result.items("sanctions") == []


def test_un_resolution_is_named_with_the_security_council_imposing(briefgen_kit):
    story = briefgen_kit.make_story(
        "Workers",
        "Putin believes there is a way for North Koreans to keep their job without going "
        "against the UNSC resolution 2397, which orders member states to expel North Korean "
        "workers. Resolution 2397 was adopted in 2017.",
    )
    [item] = briefgen_kit.build([story], [briefgen_sanctions], analyse=False).items("sanctions")
    assert item["measure"] == "UNSC resolution 2397"
    assert item["resolution"] == "2397"
    assert item["imposed_by"] == [{"name": "UN Security Council", "country": "UNSC"}]
    assert item["actions"] == ["compliance"]
    assert item["mentions"] == 1  # the bare "Resolution 2397" sentence names no UN body


def test_bad_config_names_the_plugin_and_the_key(briefgen_kit):
    story = straw_story(briefgen_kit)
    for raw, needle in [
        ({"min_mentions": 0}, "min_mentions must be at least 1"),
        ({"min_mentions": "2"}, "'min_mentions' must be int"),
        ({"colour": "red"}, "unknown key 'colour'"),
    ]:
        with pytest.raises(ConfigError) as caught:
            briefgen_kit.build(
                [story],
                [briefgen_sanctions],
                analyse=False,
                config={"sections": {"sanctions": raw}},
            )
        message = str(caught.value)
        assert "[sections.sanctions]" in message and "plugin" in message and needle in message


def test_markdown_and_html_render_with_the_plugin_templates(briefgen_kit):
    result = briefgen_kit.build([straw_story(briefgen_kit)], [briefgen_sanctions], analyse=False)
    assert result.section_ids == ["sanctions", "sources"]
    assert result.section("sanctions").error is None
    md = result.markdown
    assert "## Sanctions" in md
    assert "- **arms embargo** on China: 2 mentions[^1]." in md
    assert "Imposed by European Union. Lifting by United Kingdom." in md
    assert "  > UK Foreign Secretary Jack Straw" in md
    html = result.html
    assert '<ul class="sanctions">' in html
    assert "<dt>Lifting by</dt>" in html


def test_user_template_dir_overrides_the_plugin_partial(briefgen_kit, tmp_path):
    override = tmp_path / "mine" / "sections"
    override.mkdir(parents=True)
    (override / "sanctions.md.j2").write_text("OVERRIDDEN {{ items|length }}\n")
    result = briefgen_kit.build(
        [straw_story(briefgen_kit)],
        [briefgen_sanctions],
        analyse=False,
        template_dir=tmp_path / "mine",
    )
    assert "OVERRIDDEN 1" in result.markdown


def test_seed_stories_with_the_full_analysis(briefgen_kit):
    seeds = next((d for d in SEEDS if d.is_dir()), None)
    if seeds is None:
        pytest.skip("seed stories not available")
    stories = briefgen_kit.read_stories(seeds)
    result = briefgen_kit.build(stories, [briefgen_sanctions], as_of=None)
    items = {i["measure"]: i for i in result.items("sanctions")}
    assert items["UNSC resolution 2397"]["imposed_by"][0]["country"] == "UNSC"
    lifters = {p["country"] for p in items["sanctions"]["lifted_by"]}
    assert lifters == {"US", "UN"}  # "the US and UN agree to ... sanctions relief", "the US ending"
    assert items["sanctions"]["imposed_by"] == []
    # Kim's demand for sanctions relief is a stated position, never a lifting party.
    assert "KP" not in lifters


def test_the_body_look_skips_only_stories_that_cannot_hold_a_measure():
    from briefgen_sanctions.extract import _may_mention, find_mentions, load_lexicon

    from briefgen import Story

    lex = load_lexicon()
    assert not _may_mention(lex, "The bank raised its rates. Exports grew by 3%.")
    # any case, any spacing between a term's words, and a resolution number
    assert _may_mention(lex, "The council kept its ARMS\n  Embargo in force.")
    assert _may_mention(lex, "Under Resolution No. 1737 the council acted.")
    assert not _may_mention(lex, "The resolution of the dispute took weeks.")
    # a letter that IGNORECASE folds onto ASCII ("ſ" is an "s"): the sentences are read
    assert _may_mention(lex, "The EU imposed ſanctions on the regime.")
    # ... and a word that only IGNORECASE reads as a term is no mention (it raised KeyError)
    assert find_mentions(Story(title="t", body="The EU imposed ſanctions on the regime.")) == []
    assert [m.label for m in find_mentions(Story(title="t", body="The EU imposed sanctions."))]
