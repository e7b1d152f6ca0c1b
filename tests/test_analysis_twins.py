"""The analysis and the sections read each thing one way: no second sentence-start reader, no
second list of speech verbs (docs/analysis.md, "Who decides what")."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import briefgen.analysis
import briefgen.sections
from briefgen.analysis.actors import find_actors
from briefgen.analysis.continuation import QUESTION_VERBS
from briefgen.analysis.dates import find_dates
from briefgen.analysis.document import sentence_start
from briefgen.analysis.mentions import speech_alternation, speech_data, speech_forms
from briefgen.analysis.name_kinds import SPEECH_HINT
from briefgen.analysis.officials import non_government
from briefgen.analysis.people import find_people
from briefgen.analysis.reporting_verbs import sentence_stance
from briefgen.analysis.sentences import split_sentences
from briefgen.analysis.subjects import INDIRECT_VERBS
from briefgen.analysis.voices import central_banker, no_government_voice
from briefgen.model import Quote, Speaker, Story
from briefgen.sections.question_grammar import subject_phrase
from briefgen.sections.questions_lexicon import questions_lexicon

ROOT = Path(briefgen.analysis.__file__).parent
MODULES = sorted(p for p in ROOT.glob("*.py") if p.stem != "__init__")
SECTIONS = sorted(
    p for p in Path(briefgen.sections.__file__).parent.glob("*.py") if p.stem != "__init__"
)
# the forms the speech lexicon knows: a literal set of these anywhere else is a second list
# modules whose word lists of clause boundaries hold a few speech verbs among conjunctions, and
# verb_objects' light verbs ("voiced concern", "repeated a warning": the noun carries the stance)
BOUNDARY_LISTS = frozenset(["role_labels", "holders", "verb_objects"])
SPEECH_FORMS = frozenset(f for forms in speech_data()["verbs"].values() for f in forms)


def _functions(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    return [n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]


def test_one_function_says_where_a_sentence_starts() -> None:
    readers = [
        f"{p.stem}.{name}"
        for p in MODULES
        for name in _functions(p)
        if re.search(r"sentence_(?:start|initial|open)", name)
    ]
    assert readers == ["document.sentence_start"], readers


def test_a_sentence_starts_after_a_full_stop_a_line_break_or_a_colon_not_a_semicolon() -> None:
    body = 'Talks ended. "Today we won," he said: "Today." Both; Today\n(Today'
    starts = [m.start() for m in re.finditer("Today", body)]
    assert [sentence_start(body, s) for s in starts] == [True, True, False, True]
    assert sentence_start(body, 0)
    assert not sentence_start(body, body.index("ended"))


def test_a_quoted_sentence_after_a_colon_opens_with_today_the_day_not_a_programme() -> None:
    body = 'He said: "Today the Tories promise more." She was on the Today programme.'
    story = Story(title="t", body=body)
    texts = [d.text for d in find_dates(story)]
    assert texts == ["Today"]


def _literal_word_sets(path: Path) -> list[tuple[int, set[str]]]:
    """Every literal list, set or tuple of three or more strings in ``path``, with its line."""
    out = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.List | ast.Set | ast.Tuple):
            words = {e.value for e in node.elts if isinstance(e, ast.Constant)}
            if len(words) >= 3 and all(isinstance(w, str) for w in words):
                out.append((node.lineno, words))
    return out


def test_no_module_lists_speech_verbs_of_its_own() -> None:
    """A literal word list that holds four or more of speech.toml's verb forms is a second
    speech lexicon; lists of clause-boundary words hold a few (role_labels, holders: see
    docs/analysis.md, "Still to unify")."""
    found = [
        (p.stem, line, sorted(words & SPEECH_FORMS))
        for p in MODULES
        for line, words in _literal_word_sets(p)
        if len(words & SPEECH_FORMS) > 3
        and not (p.stem in BOUNDARY_LISTS and len(words & SPEECH_FORMS) <= 8)
    ]
    assert not found, found


def test_the_speech_cue_lists_are_forms_of_the_speech_verbs() -> None:
    cues = speech_data()["cues"]
    verb_lists = {name for name, words in cues.items() if isinstance(words, list)}
    # lists of other words: speakers' nouns, prepositions, questions put, and two sections'
    # lists that hold base forms, nouns and verbs of thinking, ordering or rejecting too
    # (speech.toml says why)
    other = {
        "spokes",
        "according",
        "questions",
        "boundary",
        "addressing",
        "attributed_view",
        "rebutting",
        "replying",
        "naming_objects",
    }
    assert {"participles", "relay", "after_name", "indirect", "attribution"} <= verb_lists
    for name in verb_lists - other:
        assert set(cues[name]) <= SPEECH_FORMS, (name, set(cues[name]) - SPEECH_FORMS)
    assert frozenset(cues["questions"]) == QUESTION_VERBS
    assert set(cues["after_name"]) <= SPEECH_HINT
    assert frozenset(cues["indirect"]) == INDIRECT_VERBS


def test_people_namewords_and_dates_ask_the_one_sentence_start_reader() -> None:
    for module in ("people", "name_runs", "name_kinds", "namewords", "date_expressions"):
        tree = ast.parse((ROOT / f"{module}.py").read_text("utf-8"))
        imported = {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module == "briefgen.analysis.document"
            for alias in node.names
        }
        assert "sentence_start" in imported, module


def test_only_mentions_opens_speech_toml() -> None:
    opening = [p.stem for p in MODULES if re.search(r"""["']speech\.toml["']""", p.read_text())]
    assert opening == ["mentions"], opening


# word lists of the sections that hold speech-verb forms as words of another kind: irregular
# finite verbs (a line has a verb), stance names, verbs of a benefit sought ("demands the
# regime's security")
NOT_SPEECH_LISTS = frozenset(
    [
        "timeline._VERB_WORDS",
        "positions.STANCE_ORDER",
        "question_conflicts._OPPOSING",
        "open_questions._BENEFIT",
    ]
)


def _section_word_lists(path: Path) -> list[tuple[str, set[str]]]:
    """(module.name, words) of every literal list, set or tuple of strings and every string
    (not a docstring) assigned at the top of a section module: a regular expression's
    alternatives are words of its string."""
    out = []
    for node in ast.parse(path.read_text("utf-8")).body:
        if not isinstance(node, ast.Assign | ast.AnnAssign):
            continue
        target = node.targets[0] if isinstance(node, ast.Assign) else node.target
        name = f"{path.stem}.{getattr(target, 'id', '?')}"
        for sub in ast.walk(node):
            if isinstance(sub, ast.List | ast.Set | ast.Tuple):
                words = {e.value for e in sub.elts if isinstance(e, ast.Constant)}
                out.append((name, {w for w in words if isinstance(w, str)}))
            elif isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                out.append((name, set(re.findall(r"[a-z]+", sub.value))))
    return out


def test_no_section_lists_speech_verbs_of_its_own() -> None:
    """A section's pattern or word list naming three or more forms of speech.toml's verbs is
    a second speech lexicon: its words belong in a named ``[cues]`` list, read with
    ``mentions.speech_alternation`` or ``speech_forms``."""
    found = [
        (name, sorted(words & SPEECH_FORMS))
        for p in SECTIONS
        for name, words in _section_word_lists(p)
        if len(words & SPEECH_FORMS) >= 3 and name not in NOT_SPEECH_LISTS
    ]
    assert not found, found


def test_the_scan_of_sections_finds_a_literal_list_of_speech_verbs(tmp_path: Path) -> None:
    module = tmp_path / "section.py"
    module.write_text(
        'import re\n_TAIL = re.compile(r"\\b(?:said|says|told\\s+\\w+)$")\n'
        'WORDS = frozenset(["the", "added", "argued", "insisted"])\n'
        'OK = re.compile(r"\\b(?:said|according)\\b")\n',
        "utf-8",
    )
    hits = [name for name, words in _section_word_lists(module) if len(words & SPEECH_FORMS) >= 3]
    assert hits == ["section._TAIL", "section.WORDS"]


def test_no_section_reads_sentence_starts_its_own_way() -> None:
    readers = [
        f"{p.stem}.{name}"
        for p in SECTIONS
        for name in _functions(p)
        if re.search(r"sentence_(?:start|initial|open)", name)
    ]
    assert readers == [], readers
    grammar = ast.parse((SECTIONS[0].parent / "question_grammar.py").read_text("utf-8"))
    imported = {
        alias.name
        for node in ast.walk(grammar)
        if isinstance(node, ast.ImportFrom) and node.module == "briefgen.analysis.document"
        for alias in node.names
    }
    assert "sentence_start" in imported


def test_a_cue_list_reads_as_the_branches_of_a_pattern() -> None:
    alternation = speech_alternation("attribution", hearer=r"[ ]\w+")
    said = re.compile(rf"\b(?:{alternation})$")
    assert said.search("the bank said") and said.search("Mr Brown told MPs")
    assert not said.search("Mr Brown told") and not said.search("the bank reported")
    assert speech_forms("attribution") == ("said", "says", "told", "added")
    addressed = re.compile(rf"(?:{speech_alternation('addressing')})\b")
    assert addressed.match("calls  on") and addressed.match("orders")


@pytest.mark.parametrize(
    ("before", "subject"),
    [
        ("The union warned. ", "member states"),  # a sentence's capital
        ("The union warned: ", "member states"),  # after a colon (document.sentence_start)
        ('The union warned "', "member states"),  # a quoted sentence (question_grammar)
        ("The union warned ", "Member states"),  # inside a sentence: the capital is kept
    ],
)
def test_an_open_questions_subject_drops_only_a_sentence_starts_capital(
    before: str, subject: str
) -> None:
    body = f"{before}Member states must act now."
    a = len(before)
    story = Story(title="t", body=body)
    found = subject_phrase(story, a, a + len("Member states"), questions_lexicon(), True, "GB")
    assert found == subject


def _string_constants(path: Path) -> list[str]:
    """The string constants of a module's code, its docstrings left out."""
    tree = ast.parse(path.read_text("utf-8"))
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    return [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
    ]


@pytest.mark.parametrize(
    "bank", ["Fed", "Federal Reserve", "Bank of England", "ECB", "Bundesbank", "central bank"]
)
def test_a_central_bank_is_one_list_for_a_title_and_for_a_speaker(bank: str) -> None:
    """``officials.CENTRAL_BANK`` is read by the titles (``non_government``) and by the
    speakers (``voices``): a bank's head is no government's official, in either reading."""
    assert non_government(f"{bank} governor")
    body = f"The {bank} governor Jane Roe warned on Monday. Ms Roe said rates would rise."
    assert central_banker(body, "Jane Roe", {})
    assert no_government_voice(f"The {bank} governor warned that rates would rise.", "GB")
    assert not non_government("Foreign Minister")
    assert not central_banker("Foreign Minister Jane Roe warned.", "Jane Roe", {})


def test_the_central_banks_and_the_devolved_governments_are_listed_once() -> None:
    """Only ``officials`` names them in its code; ``holders`` keeps "Federal Reserve|Fed" of its
    own (docs/analysis.md, "Still to unify": the one list changes one BBC statement)."""
    for word in ("Bundesbank", "BoE", "Holyrood", "Senedd", "Stormont"):
        holders = [p.stem for p in MODULES if any(word in s for s in _string_constants(p))]
        assert holders == ["officials"], (word, holders)


def test_actors_take_their_people_from_the_people_finder() -> None:
    """``find_actors`` reads the people finder's people (found now when not given): no
    second name finder of its own."""
    seed = sorted((ROOT.parent.parent / "samples" / "stories").glob("*.txt"))[0]
    story = Story(title="t", body=seed.read_text("utf-8"))
    story.sentences = split_sentences(story.body)
    given = find_actors(story, find_people(story))
    assert given and any(a.kind == "person" for a in given)
    assert find_actors(story) == given


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Barroso has suggested the cash could be shared among members.", "proposes"),
        ("The minister warned that the cash could be cut.", "warns"),
        ("The minister said that the cash could be shared.", "neutral"),
    ],
)
def test_a_reported_quotes_stance_is_its_reporting_verbs(sentence: str, stance: str) -> None:
    """``reporting_verbs.sentence_stance``, the one reading of it for quote statements and party
    positions: the reporting verb's stance, else the stance given."""
    start = sentence.index("the cash")
    quote = Quote(sentence[start:-1], start, len(sentence) - 1, "indirect", Speaker("x"))
    assert sentence_stance(sentence, (0, len(sentence)), quote, "neutral") == stance
    assert {"parties", "quote_statements"} <= {
        p.stem for p in MODULES if "sentence_stance(" in p.read_text("utf-8")
    }
