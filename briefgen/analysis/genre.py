"""A story's genre: a report (what happened, who said what) or opinion (a column, an op-ed, an
editorial, a letter, a blog post in its writer's voice).

An opinion piece's own sentences are its writer's claims ("Americans are once again forced to
face ...", "signs that the rebellion has fizzled"): the sections that tell the situation (the
bottom line, the timeline, what to watch) must not state them as what happened. The genre is
read from features of news pages and of English, never from one article's words:

- a page marker: a title or byline labelled "Opinion", "Op-Ed", "Commentary", "Editorial",
  "Column", "Analysis", "Letter(s)", "Perspective", "Viewpoint"; a writer's bio ("X is a
  columnist for ...", "The views expressed ... are the author's own");
- the writer's voice outside quotations: "I"/"me"/"my", "we"/"us"/"our" and "you"/"your"
  addressed to the reader, imperatives opening a sentence ("Be humble.", "Don't be a sucker",
  "Let's ...", "Remember ..."), questions the writer asks (not quoted) and emphatic evaluative
  words ("damn sure", "shameful", "of course");
- against it, how much the story attributes: a report tells who said what ("said",
  "according to") sentence after sentence.

``story_genre`` returns "opinion" or "report"; the pipeline stores it on the story
(``story.annotations["genre"]``). Reading errs towards "report": an opinion piece read as a
report keeps the sections' old behaviour; a report read as opinion would lose its lines.
"""

from __future__ import annotations

import bisect
import re
from itertools import compress
from operator import itemgetter

from briefgen.analysis.mentions import speech_forms, word_spans
from briefgen.analysis.sentences import split_sentences
from briefgen.model import Story

OPINION = "opinion"
REPORT = "report"

# a label of the page: "Opinion: ...", "Op-Ed | ...", "COMMENTARY.", "Analysis:", "Letters"
_MARKER = re.compile(
    r"^\W*(?:opinion|op-?ed|commentary|editorial|column|analysis|news\s+analysis|letters?"
    r"(?:\s+to\s+the\s+editor)?|perspective|viewpoint|my\s+view|our\s+view|in\s+my\s+opinion)"
    r"\s*(?:[:|—–-]|\.(?:\s|$)|$)",
    re.IGNORECASE,
)
# a writer's bio at the top or foot of the page
_BIO = re.compile(
    r"\b(?:is|was)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:columnist|contributing\s+writer|"
    r"contributor|op-?ed\s+writer|editorial\s+writer|opinion\s+writer)\b"
    r"|\bviews\s+expressed\s+(?:here|in\s+this\s+(?:article|column|piece))?\s*are\b"
    r"|\b(?:write|writes)\s+(?:a\s+)?(?:weekly|regular|monthly)?\s*column\b",
    re.IGNORECASE,
)
# a running report's title: "Russia-Ukraine war live: ...", "The Latest: ...", "... as it happened"
_RUNNING = re.compile(
    r"(?i:\blive\s*(?:[:|–—]|-\s|updates?\b|blog\b)|^\W*the\s+latest\s*:|\bas\s+it\s+happened\b)"
)
# a word any bio or tagline holds (a cheap test before the two patterns)
_BIO_WORD = re.compile(
    r"(?i:column|contribut|views\s+expressed|author\s+of|professor|lecturer|fellow|commentator"
    r"|writer)"
)
# the writer's tagline closing an op-ed: "John Smith is a lecturer in political science at Yale
# and a contributing writer at ...", "Jane Doe, a former ambassador, is the author of ..."
_TAGLINE = re.compile(
    r"(?:^|\n)\W*(?:[A-Z][\w.'’-]+\s+){1,3}(?:\([^)\n]*\)\s+)?(?:,[^,\n]{3,80},\s+)?(?:is|was)\s+"
    r"(?:an?|the)\s+[^.\n]{0,120}?\b(?:columnist|contributor|contributing\s+(?:writer|editor)"
    r"|author\s+of|professor|lecturer|fellow|commentator|writer)\b[^\n]{0,200}\s*$"
)
# a quotation, dropped before the voice is read (a quoted "I" is the speaker's, not the writer's);
# some archives write quotation marks as two apostrophes (''...'')
_QUOTED = re.compile(
    r"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)|‘[^’\n]{0,400}’(?!\w)|''[^\n]*?(?:''|$)", re.MULTILINE
)
# an interview's questions and answers ("Q: ...", "A: ..."): the answers are the guest's words
_INTERVIEW = re.compile(r"^\W*Q[:.]\s", re.MULTILINE)
# the words of the writer's voice: "I", "we", "you" and their forms, and the writer's emphasis
_VOICE_WORDS_TEXT = (
    "I me my myself I'm I've I'd I'll we We us Us our Our ourselves we're We're we've We've "
    "we'll We'll you You your Your yourself you're You're you've You've you'll You'll "
    "damn damned frankly Frankly shameful disgraceful absurd ridiculous pathetic outrageous "
    "apparently Apparently clearly Clearly obviously Obviously surely Surely"
)
_VOICE_WORDS = frozenset(_VOICE_WORDS_TEXT.split())
_VOICE_WORDS = _VOICE_WORDS | {w.replace("'", "’") for w in _VOICE_WORDS}
# a report's attribution: someone said, someone reported, according to a spokesman (the speech
# lexicon's lists: a line that reports speech, an outlet's relay, a speaker's noun)
_ATTRIBUTION_WORDS = frozenset(
    [*speech_forms("in_line"), *speech_forms("relay"), *speech_forms("spokes"), "according"]
)
# a sentence that opens on an imperative (the writer tells the reader what to do) or on the
# writer's own aside ("In fact, it's hard to imagine ..."); its first word comes first
_OPENERS_TEXT = (
    "Don't Don’t Do Let's Let’s Let Remember Consider Imagine Think Be Stop Look Never Ask Just"
)
_OPENERS = frozenset(_OPENERS_TEXT.split())
_IMPERATIVE = re.compile(
    r"\W*(?:Don['’]t|Do\s+not|Let['’]s|Let\s+us|Remember|Consider"
    r"|Imagine|Think\s+about|Be\s+(?!it\b)[a-z]+|Stop|Look\s+at|Never\s+forget|Ask\s+yourself"
    r"|Just\s+look)\b"
)
# the writer's verdicts in more than one word, read where one of their words stands
_VERDICT_WORDS = frozenset(["course", "mistake", "clear", "needless", "truth", "fact"])
# every word that may make a sentence the writer's
_CUES = _VOICE_WORDS | _OPENERS | _VERDICT_WORDS
_ASIDE = re.compile(r"\W*(?:In\s+fact|Of\s+course),")  # opening the sentence
_VERDICT = re.compile(
    r"\b(?:of\s+course|make\s+no\s+mistake|needless\s+to\s+say|the\s+truth\s+is|the\s+fact\s+is"
    r"|(?:is|was|are)\s+(?:very\s+|perfectly\s+)?clear\b(?!\s+(?:that|whether|if|how)))",
    re.IGNORECASE,
)
VOICE_RATE = 0.1  # writer's-voice sentences per sentence from which a story reads as opinion
MIN_VOICE = 3  # ... and at least this many of them
ATTRIBUTION_RATE = 0.35  # attributing sentences per sentence above which it is a report
SILENT_RATE = 0.1  # ... and below which a story hardly attributes (an editorial, a column)
MIN_WORDS = 3  # a shorter "sentence" (a heading, a credit) is not counted


def story_genre(story: Story) -> str:
    """ "opinion" when the page labels itself so or the writer's own voice runs through it
    while little is attributed; else "report"."""
    title = story.title or ""
    if _MARKER.match(title) or (story.byline and _BIO.search(story.byline)):
        return OPINION
    if _RUNNING.search(title):
        return REPORT  # a live page's "we" and "you" tell readers what comes next
    body = story.body
    head, foot = body[:300], body[-400:]
    if _MARKER.match(head) or (_BIO_WORD.search(head) and _BIO.search(head)):
        return OPINION
    if _BIO_WORD.search(foot) and (_BIO.search(foot) or _TAGLINE.search(foot)):
        return OPINION
    end = len(body)
    if "Q" in body:
        interview = _INTERVIEW.search(body)
        if interview is not None:
            end = interview.start()  # the guest's answers are quoted words
    spans = [(q.start, q.end) for q in story.quotes]
    voice, attributed, total = voice_counts(body, spans, story.sentences, end)
    if voice < MIN_VOICE or attributed >= ATTRIBUTION_RATE * total:
        return REPORT
    # the writer's voice runs through it, or it speaks up in a story that hardly attributes
    if voice >= VOICE_RATE * total or attributed <= SILENT_RATE * total:
        return OPINION
    return REPORT


def voice_counts(
    body: str,
    quoted: list[tuple[int, int]] | None = None,
    sentences: list[tuple[int, int]] | None = None,
    end: int | None = None,
) -> tuple[int, int, int]:
    """(sentences in the writer's voice, sentences attributing, sentences) of ``body`` up to
    ``end``, read outside its quotations: those its quotation marks close and the ``quoted``
    spans (the analysis's, which also reads a quotation its marks leave open).

    The words are the analysis's one tokenisation of the body (``word_spans``); only the few
    sentences holding a voice word are looked at, and none when there are too few of them."""
    end = len(body) if end is None else end
    toks, starts = word_spans(body)
    # the tokens of the cue words (few), their words kept by where they start
    cue_words = {
        tok[0]: tok[2] for tok in compress(toks, map(_CUES.__contains__, map(itemgetter(2), toks)))
    }
    cues = list(cue_words)
    at = body.find("?", 0, end)
    while at >= 0:
        cues.append(at)
        at = body.find("?", at + 1, end)
    cues = [c for c in cues if c < end]
    if not sentences:
        sentences = split_sentences(body)  # (a story not analysed: the analysis' splitter)
    firsts = [s0 for s0, _ in sentences if s0 < end]
    total = len(firsts)
    if len(cues) < MIN_VOICE:
        return len(cues), 0, total  # too few cues, quoted or not, to read further
    spans = sorted([m.span() for m in _QUOTED.finditer(body, 0, end)] + list(quoted or ()))
    opens = [s for s, _ in spans]

    def outside(pos: int) -> bool:
        i = bisect.bisect_right(opens, pos) - 1
        # a span ending after ``pos`` among those opening before it (spans may nest)
        return not any(spans[j][1] > pos for j in range(max(0, i - 3), i + 1))

    said = {
        bisect.bisect_right(firsts, at) - 1
        for at in compress(starts, map(_ATTRIBUTION_WORDS.__contains__, map(itemgetter(2), toks)))
        if at < end and outside(at)
    }
    voiced: set[int] = set()
    for pos in sorted(cues):
        n = bisect.bisect_right(firsts, pos) - 1
        if n < 0 or n in voiced or n in said or not outside(pos):
            continue
        s0, s1 = sentences[n]
        cue = body[pos]
        if cue == "?" or cue_words[pos] in _VOICE_WORDS:
            voiced.add(n)  # "we", "you", "damn", a question the writer asks
        elif (
            _IMPERATIVE.match(body, s0, s1)
            or _ASIDE.match(body, s0, s1)
            or _VERDICT.search(body, s0, s1)
        ):
            voiced.add(n)  # "Don't be a sucker.", "In fact, ...", "The history is very clear."
    return len(voiced), len(said), total


# the genres read so far, by story (a section asks for few stories, some of them often)
_READ: dict[str, str] = {}
_READ_LIMIT = 8192


def is_opinion(story: Story) -> bool:
    """Whether ``story`` is opinion: the genre the analysis stored
    (``story.annotations["genre"]``), else read now (and kept for the story's next asking)."""
    genre = story.annotations.get("genre")
    if genre is None:
        genre = _READ.get(story.sha256)
        if genre is None:
            if len(_READ) >= _READ_LIMIT:
                _READ.clear()
            genre = _READ[story.sha256] = story_genre(story)
    return genre == OPINION
