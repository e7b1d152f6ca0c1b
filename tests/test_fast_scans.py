"""The analysis' faster scans (benchmarks/README.md, round 13) against the code they stand in
for, reproduced here: the same answers on seeded random texts and on corpus text."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from briefgen.analysis import (
    officials,
    openings,
    partners,
    reported_facts,
    subjects,
    voices,
)

SEEDS = Path(__file__).parent.parent / "samples" / "stories"


def _corpus_windows(width: int = 300) -> list[str]:
    """Windows of the sample stories' text, every 120 characters."""
    texts = [p.read_text("utf-8") for p in sorted(SEEDS.rglob("*")) if p.suffix in (".txt", ".md")]
    assert texts, "the sample stories are missing"
    return [t[i : i + width] for t in texts for i in range(0, len(t), 120)]


def _random_texts(words: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    joins = [" ", "  ", ", ", ". ", "\n", "-", "'", "’", "", " (", ") "]
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 8)):
            word = rng.choice(words)
            word = rng.choice([word, word.upper(), word.capitalize(), word.swapcase()])
            parts.append(word + rng.choice(joins))
        out.append("".join(parts))
    return out


# (the IGNORECASE pattern, the lower-case twin or function the analysis now uses)
FOLDED = [
    (reported_facts._EVENT, lambda t: reported_facts._event(t)),
    (reported_facts._STATISTIC, reported_facts._statistic_word),
    (officials.NON_GOVERNMENT, officials.non_government),
    (officials._official_title(), officials._names_official_title),
    (
        officials._GOVERNMENT_BODY,
        lambda t: officials._folded_search(
            officials._GOVERNMENT_BODY, officials._GOVERNMENT_BODY_LOWER, t
        ),
    ),
    (
        officials._MINISTERIAL,
        lambda t: officials._folded_search(officials._MINISTERIAL, officials._MINISTERIAL_LOWER, t),
    ),
    (
        officials._DEPUTY,
        lambda t: officials._folded_search(officials._DEPUTY, officials._DEPUTY_LOWER, t),
    ),
]


@pytest.mark.parametrize("flagged, fast", FOLDED)
def test_lower_case_twins_answer_as_the_flagged_patterns(flagged, fast) -> None:
    words = [
        *re.findall(r"[a-z]+", flagged.pattern)[:60],
        "the",
        "deputy",
        "deputies",
        "İ",
        "ſ",
        "K",
    ]
    texts = _corpus_windows() + _random_texts(words, 3000, seed=16)
    for text in texts:
        want = flagged.search(text)
        got = fast(text)
        if isinstance(got, re.Match) or got is None:
            assert (want and want.span()) == (got and got.span()), text
        else:
            assert (want is not None) == got, text
    # the twins are made only for patterns with no capital letter
    assert officials._lower_twin(re.compile("[A-Z]x", re.IGNORECASE)) is None


def test_figure_pattern_opening_with_a_set_matches_as_the_two_branches() -> None:
    old = re.compile(r"\d[\d,.]*\s*(?:%|per\s?cent|bn\b|billion|m\b|million|trillion)|[$£€¥]\s?\d")
    rng = random.Random(7)
    alphabet = "0123456789$£€¥,. %percntbmilo\u0663\u00a0M"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        for pos in range(len(text) + 1):
            want, got = old.search(text, pos), reported_facts._FIGURE.search(text, pos)
            assert (want and want.span()) == (got and got.span()), (text, pos)


def test_kin_noun_prefilter_holds_in_every_kin_match() -> None:
    words = ["his", "Her", "their", "Smith's", "son", "daughter", "friend", "Jill", "Nick", "of"]
    for text in _random_texts(words, 5000, seed=3) + _corpus_windows():
        for m in openings.KIN_RE.finditer(text):
            assert openings.KIN_NOUN_RE.search(text, m.start(), m.end()), text


def test_same_as_gate_lets_every_match_through() -> None:
    words = ["similar", "same", "shared", "common", "identical", "stance", "view", "with", "as"]
    for text in _random_texts(words, 5000, seed=5):
        if partners._SAME_AS.search(text):
            assert partners._may_compare(text, 0, len(text)), text


def test_phrase_end_is_the_per_character_loop() -> None:
    def old(body: str, s: int, limit: int) -> int:
        e = s
        while e < limit and (
            body[e] not in ',.;:!?"“”()—–\n'
            or (body[e] == "." and subjects.abbreviation_point(body, e, s))
        ):
            e += 1
        return e

    rng = random.Random(11)
    alphabet = 'ab AB.,;:!?"“”()—–\nSen.Gov.R-S.C.'
    for _ in range(20000):
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        s, limit = rng.randint(0, len(body)), rng.randint(0, len(body))
        assert subjects.phrase_end(body, s, limit) == old(body, s, limit), (body, s, limit)


def test_central_banker_reads_from_where_a_match_may_start() -> None:
    pats = (voices._CENTRAL_BANKER, voices._CENTRAL_BANKER_TITLED)
    bodies = [
        "Mervyn King, governor of the Bank of England, said rates would stay. King added more.",
        "Talks went on. Federal Reserve chairman Alan Greenspan warned Congress. Greenspan said",
        "Fed boss Ben Bernanke spoke. Mr Bernanke, the Fed chairman, said so.",
        "ECB president Jean-Claude Trichet said. Bank of Japan governor said. central bank head",
    ]
    names = [
        "Mervyn King",
        "Alan Greenspan",
        "Mr Greenspan",
        "Ben Bernanke",
        "Mr Bernanke",
        "Jean-Claude Trichet",
        "Nobody Here",
    ]
    found = 0
    for body in bodies:
        for name in names:
            want = _full_scan(body, name, pats)
            sliced = voices._former_from(body, name, voices._BANK_MARKS)
            assert voices._introduced_as(sliced, name, {}, pats, None) == want, (body, name)
            found += want
    assert found >= 3


def _full_scan(body: str, name: str, pats: tuple[re.Pattern[str], re.Pattern[str]]) -> bool:
    """``voices._introduced_as`` before round 14: the pattern over the whole body."""
    titled = voices._TITLED.match(name)
    if titled:
        return pats[1].match(f"{titled.group(1)}\x00{body}") is not None
    return pats[0].match(f"{name}\x00{body}") is not None


@pytest.mark.parametrize(
    "pats, second_ends",
    [
        ((voices._FORMER, voices._FORMER_TITLED), ("former", "ex-")),
        ((voices._CENTRAL_BANKER, voices._CENTRAL_BANKER_TITLED), None),
    ],
)
def test_introduced_as_reads_to_where_a_match_may_end(
    pats: tuple[re.Pattern[str], re.Pattern[str]], second_ends: tuple[str, ...] | None
) -> None:
    words = [
        "Ed Balls", "Balls", "Ballsy", "Mr", "Ed", "former", "Former", "formerly", "ex-", "Ex-",
        "aide", "the", "a", "his", "Brown's", "and", "said", "Bank of England", "Fed",
        "governor", "chairman", "of", "at", "Federal Reserve", "central bank", "ECB",
    ]  # fmt: skip
    joins = [" ", " ", ", ", ". ", "\n", "-", ""]
    rng = random.Random(14)
    found = 0
    for _ in range(6000):
        body = "".join(rng.choice(words) + rng.choice(joins) for _ in range(rng.randint(1, 14)))
        for name in ("Ed Balls", "Mr Balls"):
            want = _full_scan(body, name, pats)
            assert voices._introduced_as(body, name, {}, pats, second_ends) == want, (body, name)
            found += want
    assert found > 5  # (both answers are met)


@pytest.mark.parametrize(
    "pattern, words",
    [
        (reported_facts._SCHEDULE, reported_facts._SCHEDULE_WORDS),
        (reported_facts._SAID_NOTHING, reported_facts._SAID_NOTHING_WORDS),
        (reported_facts._FAILED_AFTER, reported_facts._FAILED_WORDS),
    ],
)
def test_substring_gates_hold_in_every_match(pattern, words) -> None:
    vocabulary = [*re.findall(r"[a-z]+", pattern.pattern), "didn't", "hasn’t", "Israel", "it"]
    rng = random.Random(9)
    texts = [
        " ".join(rng.choice(vocabulary) for _ in range(rng.randint(2, 7))) for _ in range(20000)
    ]
    hits = 0
    for text in texts + _corpus_windows():
        for m in pattern.finditer(text):
            hits += 1
            assert any(word in m.group() for word in words), m.group()
    assert hits > 10


def _old_speech_position(body: str, start: int, end: int) -> bool:
    """``mentions.speech_position`` before round 14: every regex tried."""
    from briefgen.analysis.mentions import (
        AFTER_SPEAKER,
        CUE_BEFORE_RE,
        NAME_TAIL_RE,
        TITLE_STOP,
        TITLED_CUE_BEFORE_RE,
        VERB_LEAD,
        WORD_RE,
        speech_cues,
    )

    m = NAME_TAIL_RE.match(body, end, end + 24)
    e = m.end() if m else end
    tail = body[e : e + 40]
    w = WORD_RE.match(tail, 1) if tail[:1] == " " else None
    if w is not None and (w.group() in VERB_LEAD or w.group().endswith("ly")):
        w = WORD_RE.match(tail, w.end() + 1) if tail[w.end() : w.end() + 1] == " " else None
    cues = speech_cues()
    if w is not None and w.group() in cues:
        return True
    m = CUE_BEFORE_RE.search(body, max(0, start - 24), start)
    if m is None:
        lo = max(0, start - 80)
        k = max(body.rfind('"', lo, start), body.rfind("”", lo, start))
        m = TITLED_CUE_BEFORE_RE.match(body, k - 1, start) if k > 0 else None
        if m is not None and any(w.lower() in TITLE_STOP for w in m.group(2).split()):
            m = None
    if m is None or m.group(1) not in cues:
        return False
    nxt = WORD_RE.match(body, end + 1, end + 30) if body[end : end + 1] == " " else None
    return nxt is None or not nxt.group().islower() or nxt.group() in AFTER_SPEAKER


def test_name_tail_and_speech_position_gates() -> None:
    from briefgen.analysis.mentions import NAME_TAIL_RE, name_tail, speech_position

    pieces = [
        "Graham", "Mona Lamberson", "said", "says", "told", "later", "once", "the lawyer",
        "R-S.C.", "(D-S.C.)", "I-Vt.", "59", "Rep.", "Jim", "Virginia delegate", "quickly",
    ]  # fmt: skip
    joins = [" ", ", ", '," ', ",” ", ".’ ", '?" ', "’ ", " (", ". ", "—", "\n", ""]
    rng = random.Random(14)
    found = 0
    for _ in range(20_000):
        body = "".join(rng.choice(pieces) + rng.choice(joins) for _ in range(rng.randint(1, 10)))
        end = rng.randint(0, len(body))
        start = rng.randint(0, end)
        new, old = name_tail(body, end), NAME_TAIL_RE.match(body, end, end + 24)
        assert (new and new.span()) == (old and old.span()), (body, end)
        want = _old_speech_position(body, start, end)
        assert speech_position(body, start, end) == want, (body, start, end)
        found += want
    assert found > 100


def test_has_word_initials() -> None:
    from briefgen.analysis import actors

    def old(name: str) -> bool:
        return any(not actors._INITIAL.match(p) for p in name.replace(".", ". ").split())

    for name in ["U. S.", "U.S.", "J.R.R. Tolkien", "A", "Ab", "A.B.C.", "É.", "1.", "_.", ""]:
        assert actors._has_word(name) == old(name), name


def test_open_clause_gate() -> None:
    from briefgen.analysis import holders

    words = [
        "whether", "Whether", "if", "If", "when", "As", "After", "unless", "until", "reports",
        "speculation", "that", "the", "a", "Mr.", "US", "motif", "(if", "leader", "said",
    ]  # fmt: skip
    joins = [" ", "  ", "\n", ", ", "", " \t"]
    rng = random.Random(14)
    found = 0
    for _ in range(20_000):
        body = "".join(rng.choice(words) + rng.choice(joins) for _ in range(rng.randint(1, 9)))
        hi = rng.randint(0, len(body))
        lo = max(0, hi - rng.choice([40, 10, 200]))
        want = holders._OPEN_CLAUSE_BEFORE.search(body, lo, hi) is not None
        assert holders._open_clause_before(body, lo, hi) == want, (body, lo, hi)
        found += want
    assert found > 500


def test_role_subject_gate() -> None:
    from briefgen.analysis.speakers import ROLE_SUBJ_RE, ROLE_SUBJECT_HEADS

    words = ["the", "The", "his", "a", "US", "Foreign", "prime", "minister", "Minister", "aide"]
    joins = [" ", "  ", "\n", " \t", ""]
    rng = random.Random(14)
    found = 0
    for _ in range(20_000):
        phrase = "".join(rng.choice(words) + rng.choice(joins) for _ in range(rng.randint(1, 6)))
        want = ROLE_SUBJ_RE.search(" " + phrase) is not None
        gated = phrase.rstrip().endswith(ROLE_SUBJECT_HEADS)
        assert gated or not want, phrase
        found += want
    assert found > 500


def test_organisations_person_speaking_by_index() -> None:
    """The index passed for ``cands.index(c)``: candidates are distinct (no two equal), so
    the first equal one is the one at hand."""
    from briefgen.analysis.name_runs import _candidates, _tokens

    for body in _corpus_windows(2000):
        cands = _candidates(body, _tokens(body))
        assert [cands.index(c) for c in cands] == list(range(len(cands)))
