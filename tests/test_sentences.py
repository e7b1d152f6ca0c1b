"""Sentence splitting: abbreviations, quotes, ellipses, line breaks, linear time."""

from __future__ import annotations

from linearity import assert_linear

from briefgen.analysis.sentences import split_sentences


def texts(body: str) -> list[str]:
    return [body[s:e] for s, e in split_sentences(body)]


def test_abbreviations_do_not_end_sentences() -> None:
    body = "Mr Blair met Dr. Smith and Mrs Jones at No. 10 on Jan. 5. Then they left."
    assert texts(body) == [
        "Mr Blair met Dr. Smith and Mrs Jones at No. 10 on Jan. 5.",
        "Then they left.",
    ]


def test_dotted_acronyms_and_initials() -> None:
    body = "The talks involve the U.S., China and the U.N. Security Council. George W. Bush agreed."
    assert texts(body) == [
        "The talks involve the U.S., China and the U.N. Security Council.",
        "George W. Bush agreed.",
    ]


def test_quote_ends_sentence() -> None:
    body = 'He said: "We will win." The Tories disagreed. "Why?" she asked.'
    assert texts(body) == ['He said: "We will win."', "The Tories disagreed.", '"Why?" she asked.']


def test_ellipsis() -> None:
    body = "It may be one of those occasions... when it matters. And so it was… Then silence."
    assert texts(body) == [
        "It may be one of those occasions... when it matters.",
        "And so it was…",
        "Then silence.",
    ]


def test_line_breaks_are_breaks_and_spans_are_exact() -> None:
    body = "First line without stop\nSecond line.\n\n  Third paragraph here.  \n"
    spans = split_sentences(body)
    assert texts(body) == ["First line without stop", "Second line.", "Third paragraph here."]
    for s, e in spans:
        assert body[s:e] == body[s:e].strip()


def test_no_number_split() -> None:
    assert texts("Growth was 3.5% in 2004. Prices rose.") == [
        "Growth was 3.5% in 2004.",
        "Prices rose.",
    ]


def test_linear_time() -> None:
    small = "Mr. A. B. C. D. " * 6000 + '"... "' * 4000
    big = small * 10
    assert_linear(lambda: split_sentences(small), lambda: split_sentences(big), 10, ceiling=5)
