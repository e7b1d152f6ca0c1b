"""The positions-by-country section: JSON shape, merging, Markdown table validity."""

from __future__ import annotations

import dataclasses
from datetime import date

from markdown_it import MarkdownIt
from paths import SEEDS

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Statement, Story
from briefgen.section import BuildContext
from briefgen.sections.positions import PositionsConfig, PositionsSection


def _seeds() -> list[Story]:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        title, _, body = path.read_text("utf-8").partition("\n")
        out.append(analyze_builtin(Story(title=title, body=body.strip("\n"))))
    return out


def _build(stories, config=None):
    context = BuildContext(
        stories=stories, as_of=date(2019, 4, 26), config=config or PositionsConfig()
    )
    return PositionsSection().build(context)


def test_json_shape_and_seed_countries():
    items = [dataclasses.asdict(i) for i in _build(_seeds())]
    assert {"RU", "KP", "US"} <= {i["country"] for i in items}
    for item in items:
        assert set(item) == {"country", "name", "actors", "positions", "voice"}
        for p in item["positions"]:
            assert set(p) == {"issue", "stance", "statement", "evidence", "target"}
            for e in p["evidence"]:
                assert set(e) == {"story", "start", "end", "text"}
    russia = next(i for i in items if i["country"] == "RU")
    assert russia["name"] == "Russia" and "Vladimir Putin" in russia["actors"]


def test_cross_story_merge_and_bodies_switch():
    a = Story(title="a", body="Putin backs resumed six-party talks. " + "x" * 50)
    b = Story(title="b", body="Lavrov backs resumed six-party talks. " + "y" * 50)
    c = Story(title="c", body="Lavrov backs the summit's venue choice. " + "z" * 50)
    a.statements = [Statement("RU", "talks", "supports", a.body[:36], 0, 36, "Vladimir Putin")]
    b.statements = [
        Statement("RU", "talks", "supports", b.body[:37], 0, 37, "Sergei Lavrov"),
        Statement("UN", "sanctions", "demands", "y" * 5, 40, 45, None),
    ]
    c.statements = [Statement("RU", "talks", "supports", c.body[:39], 0, 39, "Sergei Lavrov")]
    items = _build([a, b, c])
    russia = items[0]
    assert russia.country == "RU" and len(russia.positions) == 1
    # the same matter in two stories is one line's evidence; another matter is not
    assert [e.story for e in russia.positions[0].evidence] == [a.id, b.id]
    assert "UN" in {i.country for i in items}
    assert "UN" not in {i.country for i in _build([a, b], PositionsConfig(include_bodies=False))}


def _render(items, html: bool = False) -> str:
    from briefgen.render import make_environment

    env = make_environment(html=html)  # the real one: trim_blocks and lstrip_blocks are on
    name = "sections/positions-by-country." + ("html" if html else "md") + ".j2"
    cite = (lambda sid: f"[^{sid}]") if not html else (lambda sid: f'<a href="#{sid}">[{sid}]</a>')
    return env.get_template(name).render(items=items, cite=cite)


def test_markdown_table_is_valid_gfm():
    stories = _seeds()
    items = _build(stories)
    items[0].positions[0].issue = "Pipes | and *stars*"  # hostile cell text
    items[0]._table_issues = [items[0].positions[0].issue, *items[0].table_issues[1:]]
    text = _render(items)
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    header = [t for t in tokens if t.type == "th_open"]
    rows = [t for t in tokens if t.type == "tr_open"]
    assert len(rows) == len(items) + 1
    assert 2 <= len(header) <= 7
    assert "Pipes \\| and \\*stars\\*" in text
    lines = text.splitlines()
    table = [line for line in lines if line.startswith("|")]
    assert len(table) == len(items) + 2  # header, delimiter, one line per row
    first = lines.index(table[0])
    assert lines[first - 1 : first] in ([], [""]) and lines[first + len(table)] == ""
    bullets = [line for line in lines if line.startswith("- ")]
    items_count = sum(len(row.positions) for row in items)
    assert len(bullets) == items_count  # one bullet per line
    list_items = [t for t in tokens if t.type == "list_item_open"]
    assert len(list_items) == items_count


def test_table_shows_lexicon_issues_only_and_readable_stances():
    items = _build(_seeds())
    columns = items[0].table_issues
    labels = {"Security guarantees", "Sanctions and sanctions relief"}
    assert labels <= set(columns) and len(columns) <= 6
    assert all(p.lexicon for row in items for p in row.positions if p.issue in columns)
    assert not any(c.startswith(("Conspirac", "Discreetly", "Discussion")) for c in columns)
    for row in items:
        for p in row.positions:
            assert p.stance != "neutral" or p.lexicon  # neutral fallback issues never shown
        for cell in row.table_cells:
            assert cell == "–" or set(cell.split(", ")) <= {
                "demands",
                "proposes",
                "supports",
                "opposes",
                "sets conditions",
                "states",
                # Putin: "Washington did not implement its agreements enough"
                "accuses United States",
            }
    names = [row.name for row in items]
    assert {"United States", "North Korea", "Russia"} <= set(names)
    assert "China" not in names  # the reporter's hedged "what appears to be a veiled threat"


def test_neutral_statements_only_on_request():
    a = Story(title="a", body="x" * 80)
    a.statements = [
        Statement("RU", "talks", "neutral", "x" * 10, 0, 10, "Vladimir Putin"),
        Statement("RU", "talks", "supports", "x" * 10, 20, 30, "Vladimir Putin"),
        Statement("RU", "sanctions", "neutral", "x" * 10, 40, 50, "Vladimir Putin"),
        Statement("RU", "other:forward discreetly", "neutral", "x" * 5, 60, 65, None),
    ]
    [russia] = _build([a])
    assert [(p.issue, p.stance) for p in russia.positions] == [
        ("Talks and negotiation formats", "supports"),
    ]
    [everything] = _build([a], PositionsConfig(include_neutral=True))
    assert len(everything.positions) == 3  # the neutral key-phrase issue still stays out


def test_a_statement_of_no_lexicon_issue_is_not_shown():
    """An issue the lexicon cannot name would show an internal label ("Other: forward,
    respect"): such statements are left out of the section."""
    a = Story(title="a", body="x" * 80)
    a.statements = [
        Statement("RU", "other:forward respect", "demands", "x" * 10, 0, 10, None),
        Statement("RU", "talks", "supports", "x" * 10, 20, 30, None),
    ]
    [russia] = _build([a])
    assert [(p.issue, p.lexicon) for p in russia.positions] == [
        ("Talks and negotiation formats", True)
    ]
    b = Story(title="b", body="x" * 80)
    b.statements = [Statement("RU", "other:forward respect", "demands", "x" * 10, 0, 10, None)]
    assert _build([b]) == []


def test_footnotes_cite_only_stories_holding_the_statement_shown():
    # (the talks named: "Russia backs the talks." alone is no line, talks on what?)
    said = "Russia backs the talks on Iran."
    other = "Moscow supports talks with Tehran."
    a = Story(title="a", body=said + " x" * 40)
    b = Story(title="b", body=other + " y" * 40)
    c = Story(title="c", body=said + " z" * 40)
    a.statements = [Statement("RU", "talks", "supports", said, 0, len(said))]
    b.statements = [Statement("RU", "talks", "supports", other, 0, len(other))]
    c.statements = [Statement("RU", "talks", "supports", said, 0, len(said))]
    [russia] = _build([a, b, c])
    [position] = russia.positions
    assert position.statement == said
    assert position.sources == [a.id, c.id]  # b says it in other words: not cited for this line


def test_a_stance_aimed_at_another_actor_reads_with_its_target():
    a = Story(title="a", body="x" * 80)
    a.statements = [
        Statement("CN", "denuclearisation", "warns", "x" * 10, 0, 10, None, target="US"),
    ]
    [china] = _build([a])
    assert china.positions[0].stance_label == "warns United States"
    assert china.table_cells == ["warns United States"]


def test_one_citation_per_story_and_concise_statements():
    items = _build(_seeds())
    text = _render(items)
    for story in _seeds():
        assert f"[^{story.id}] [^{story.id}]" not in text
    for row in items:
        for p in row.positions:
            assert len(p.sources) == len(set(p.sources))
            assert len(p.statement) <= 225 and "\n" not in p.statement
            for e in p.evidence:
                assert e.text and len(e.text) == e.end - e.start
    # no row rests on the reporter's hedged reading ("what appears to be a veiled threat")
    assert not any(row.country == "CN" for row in items)


def test_concise_picks_the_issue_sentence_and_the_actor_clause():
    from briefgen.sections.positions import concise

    text = (
        "\"The North Korean administration wants to denuclearize as well. But it's asking for "
        'its safety to be guaranteed. And this needs to be assured by international law."'
    )
    assert concise(text, issue="security-guarantees").startswith("But it's asking for its safety")
    long = (
        "While saying that the gas pipeline project is hard to make progress as the South does "
        "not want to go against the U.S., Putin believes there is a way for North Koreans to keep "
        "their job without going against the UNSC sanctions resolution 2397, which orders "
        "member states"
    )
    assert concise(long, 120, "sanctions", "Vladimir Putin").startswith("…Putin believes")
    assert len(concise("word " * 100, 50)) <= 51


def test_html_partial_renders_table_and_escapes():
    items = _build(_seeds())
    items[0].positions[0].statement = "<script>x</script>"
    html = _render(items, html=True)
    assert "<script>x" not in html and "&lt;script&gt;" in html
    assert html.count("<tr>") == len(items) + 1


def test_rows_share_a_fixed_budget_of_lines() -> None:
    """A memo: with many rows each keeps fewer lines (at least three), never more in all than
    the budget allows; with few rows each keeps up to its own cap."""
    from briefgen.model import Statement
    from briefgen.sections.positions import PositionsConfig, PositionsSection

    codes = ["FR", "DE", "IT", "ES", "PL", "SE", "NL", "BE", "AT", "PT", "GR", "IE"]
    issues = ["sanctions", "denuclearisation", "talks", "security-guarantees", "economic-projects"]
    stances = ["demands", "supports", "opposes", "proposes"]
    combos = [(c, i, st) for c in codes for i in issues for st in stances]
    body = "x" * (10 * len(combos))
    story = Story(title="t", body=body, id="s")
    story.statements = [
        Statement(code, issue, stance, body[n * 10 : n * 10 + 9], n * 10, n * 10 + 9, f"M {code}")
        for n, (code, issue, stance) in enumerate(combos)
    ]
    config = PositionsConfig(max_statements=24)
    rows = PositionsSection().build(BuildContext([story], date(2020, 1, 1), config))
    assert len(rows) == len(codes)
    assert all(len(r.positions) == 3 for r in rows)  # 24 // 12 = 2, raised to the floor of 3
    rows = PositionsSection().build(BuildContext([story], date(2020, 1, 1), PositionsConfig()))
    assert all(len(r.positions) == 4 for r in rows)  # 48 // 12


def test_a_quote_fragment_is_shown_with_its_sentence() -> None:
    """A statement whose span is a fragment of a quote ("must prevent illegal actions") is
    shown in its sentence, which says who said it; a whole sentence is shown as it is."""
    from briefgen.analysis.pipeline import analyze_builtin
    from briefgen.model import Statement, Story
    from briefgen.sections.positions import _whole

    body = (
        "Georgia's election went ahead on Saturday. Justice Minister Ekaterine Tkeshelashvili "
        'said the opposition "must prevent illegal actions, such as attempts to threaten the '
        'election commission."'
    )
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    start = body.index("must prevent")
    fragment = Statement("GE", "elections", "demands", body[start:-2], start, len(body) - 2)
    assert _whole(story, fragment, 220).startswith("Justice Minister Ekaterine")
    first = Statement("GE", "elections", "neutral", body[:42], 0, 42)
    assert _whole(story, first, 220) == first.text


def test_a_line_whose_noun_points_back_into_its_story_is_not_shown() -> None:
    from briefgen.sections.positions import readable

    # which changes, which rules? the line cannot be read alone
    assert readable("Mr Howard said the changes should be carried out quickly.", None) is None
    assert readable("Delaying the project has given Russia influence with Tehran.", None) is None
    # a complement after the noun tells which one: the line stands
    line = "UKIP leader Roger Knapman attacked the plans for pensioners."
    assert readable(line, "Roger Knapman") == line
    line = "The deal to open formal talks with Ankara came despite an EU demand."
    assert readable(line, None) == line


def test_a_line_that_only_says_who_spoke_is_not_shown() -> None:
    from briefgen.sections.positions import readable

    assert readable("Sarkozy said.", "Nicolas Sarkozy") is None
    assert readable("French President Nicolas Sarkozy told reporters.", None) is None
    line = "Sarkozy said the vote was fair."
    assert readable(line, "Nicolas Sarkozy") == line


def test_a_line_opening_on_someone_elses_his_is_not_shown() -> None:
    from briefgen.sections.positions import readable

    line = "His remarks came three days after the president ruled out holding negotiations."
    assert readable(line, "Mahinda Rajapakse") is None


def test_a_long_line_shows_its_subject_and_the_clause_naming_the_issue():
    """A sentence whose clause on the issue has no subject of its own and sits behind a
    fronted scene and a courtesy (review 7): the subject's clause, "…", then that clause."""
    from briefgen.sections.positions import concise

    text = (
        "During a press conference before the beginning of the summit, Kim praised Putin, "
        "touted the “traditionally friendly ties” between Russia and North Korea, and declared "
        "that he hoped the summit would be a “milestone” in the talks to denuclearize the Korean "
        "peninsula, RT reported."
    )
    line = concise(text, 220, "talks", "Kim Jong Un", "KP")
    assert line.startswith("Kim praised Putin … declared that he hoped the summit")
    assert "talks to denuclearize" in line
    # trap: a clause on the issue with a subject of its own is shown as it is
    own = "During the visit, China said talks on the Korean peninsula must resume soon."
    assert concise(own, 220, "talks", "Wang Yi", "CN") == own


def test_issues_beyond_the_columns_are_named_in_a_last_column():
    from briefgen.analysis.issues import issue_lexicon
    from briefgen.sections.positions import (
        CountryPositions,
        Position,
        table_issues,
    )

    labels = [issue.label for issue in issue_lexicon()][:4]
    wide = CountryPositions("GB", "United Kingdom")
    wide.positions = [Position(label, "demands", "s") for label in labels[:3]]
    narrow = CountryPositions("EU", "European Union")
    narrow.positions = [Position(labels[3], "supports", "s")]
    columns = table_issues([wide, narrow], limit=3)
    assert columns == [*columns[:2], "Other issues"] and labels[3] not in columns
    for row in (wide, narrow):
        row._table_issues = columns
    assert narrow.table_cells == ["–", "–", f"{labels[3]}: supports"]  # not a row of dashes
    shown = [c for c in wide.table_cells[:2] if c != "–"]
    assert shown == ["demands", "demands"] and wide.table_cells[2].endswith(": demands")
    assert set(table_issues([wide], limit=3)) == set(labels[:3])  # each has its own column


def test_an_opinion_writers_own_sentence_gives_no_position():
    """A columnist's account of a record ("Russia has backed the talks on Iran for years") is
    the writer's argument, not the government's statement; a quotation in the column, or
    what it reports the government says now, still is one."""
    own = "Russia has backed the talks on Iran for years, whatever its critics say."
    quoted = "“Russia backs the talks on Iran,” the foreign minister said."
    for genre, shown in (("opinion", [quoted]), ("report", [quoted, own])):
        body = own + " " + quoted
        a = Story(title="a", body=body)
        a.annotations["genre"] = genre
        at = body.index(quoted)
        a.statements = [
            Statement("RU", "talks", "supports", own, 0, len(own), "Russia"),
            Statement("RU", "talks", "opposes", quoted, at, at + len(quoted), "Sergei Roe"),
        ]
        [russia] = _build([a])
        assert [e.text for p in russia.positions for e in p.evidence] == shown
    now = "The government alleges that the talks on Iran were sabotaged by the rebels."
    a = Story(title="a", body=now)
    a.annotations["genre"] = "opinion"
    a.statements = [Statement("RU", "talks", "accuses", now, 0, len(now), "Russia")]
    [russia] = _build([a])
    assert [e.text for p in russia.positions for e in p.evidence] == [now]
