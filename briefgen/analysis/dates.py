"""Date mentions in a story body, resolved against the story's publication date.

Two parts: ``date_expressions.find_expressions`` reads the body once and finds every date
expression, absolute ("25 April 2019", "April 25, 2019", "2005-03-01", "since 2009", "end of
2019") and relative ("on Thursday", "tomorrow", "last week", "in February", "by the end of the
year"), with what resolving it needs; ``date_resolution.resolve`` resolves one against a
publication day without reading the text. The analysis stores both on the story
(``story.annotations["date_expressions"]`` and ``["dates"]``, resolved against
``story.published``); a section that needs another day resolves the stored expressions
(``stored_expressions``) and never scans the text for dates again.

Relative dates resolve only when the publication day is known; otherwise they are kept with
``start_date=None`` (never guessed). The lexicon lives in ``briefgen/data/dates.toml``
(``date_lexicon``).
"""

from __future__ import annotations

from datetime import date

from briefgen.analysis.date_expressions import find_expressions, split_simple
from briefgen.analysis.date_lexicon import lexicon
from briefgen.analysis.date_resolution import DateExpression, DateMention, resolve, resolve_all
from briefgen.model import Story

# the annotation the analysis stores the expressions under (the mentions are under "dates")
EXPRESSIONS = "date_expressions"


def story_sentences(story: Story) -> list[tuple[int, int]]:
    """The story's sentences, from the analysis when present, else a plain split."""
    return story.sentences or split_simple(story.body)


def find_dates(story: Story, published: date | None = None) -> list[DateMention]:
    """Every date expression in ``story.body``, resolved where the text allows it.

    ``published`` resolves relative dates against that day instead of ``story.published``
    (the story is not changed). The text is read anew: sections resolve the expressions the
    analysis stored instead (``stored_expressions``, ``resolve_all``).
    """
    pub = published
    if pub is None and story.published is not None:
        pub = story.published.date()
    return resolve_all(find_expressions(story), pub)


def annotate(story: Story) -> None:
    """The dates step of the analysis: the story's expressions, found once, and their
    resolution against its publication day, stored on the story."""
    expressions = find_expressions(story)
    pub = story.published.date() if story.published is not None else None
    story.annotations["dates"] = resolve_all(expressions, pub)
    story.annotations[EXPRESSIONS] = expressions


def stored_expressions(story: Story) -> list[DateExpression]:
    """The date expressions the analysis stored on ``story``; for a story that never went
    through the analysis (built by hand), the dates step's reading of it now."""
    found = story.annotations.get(EXPRESSIONS)
    return list(found) if found is not None else find_expressions(story)


def stored_dates(story: Story) -> list[DateMention]:
    """The story's date mentions as the analysis resolved them (against its publication day);
    for a story that never went through the analysis, the dates step's answer now."""
    found = story.annotations.get("dates")
    return list(found) if found is not None else find_dates(story)


def is_relative_day(mention: DateMention) -> bool:
    """True for "Friday", "next Monday", "tomorrow": a day named relative to publication."""
    if mention.precision != "day" or not mention.relative:
        return False
    words = mention.text.lower().replace("’", "'").removesuffix("'s").split()
    if not words:
        return False
    lex = lexicon()
    return words[-1] in lex.relative_days or words[-1].capitalize() in lex.weekdays


__all__ = [
    "EXPRESSIONS",
    "DateExpression",
    "DateMention",
    "annotate",
    "find_dates",
    "find_expressions",
    "is_relative_day",
    "lexicon",
    "resolve",
    "resolve_all",
    "split_simple",
    "stored_dates",
    "stored_expressions",
    "story_sentences",
]
