"""Where the quotations are and what kind each is: spans from quote marks, then direct or fragment.

:func:`scan_quotes` makes one linear pass over each line and finds the quoted spans (straight and
curly double quotes; curly single quotes where an outlet uses them for quotations; apostrophes are
not quote marks). A text that marks its quotations with single marks, curly or straight
(:func:`single_style`: no double mark, or curly left single marks far outnumbering double ones) is
read by :func:`scan_single`, which tells an apostrophe from a quote mark by its shape and what
follows it. A quote left open at the end of a paragraph continues in the next one when that
opens with a quote mark; an opening mark inside an open quote after a sentence end (BBC text that
lost a paragraph break: ``…choice. "Obviously…``) closes the previous piece and starts the next
piece of the same quotation. Each contiguous piece is a :class:`Piece`.

:func:`quote_kind` decides whether a piece is a direct quote (a sentence someone said) or a
fragment (a phrase run into the reporter's sentence, or a scare quote); :func:`introduced` and
:func:`embedded` say how a piece sits in its sentence. Speakers are not decided here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.analysis.people import Person
from briefgen.analysis.quote_context import QuoteContext, is_speech, tok_index
from briefgen.model import QuoteCue

if TYPE_CHECKING:
    from briefgen.analysis.descriptions import Description


SENT_END = frozenset(".?!…")
QUOTE_MARK_RE = re.compile('["“”‘’]')
# the one mark an ASCII text can hold: a literal, which the regex engine skips to far faster
# than to a character of a set
_ASCII_QUOTE_MARK_RE = re.compile('"')
OPEN_DQ = "“"
CLOSE_DQ = "”"
FIRST_PERSON_RE = re.compile(
    r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|we|We|my|My|our|Our|me|us)\b"
)


@dataclass
class Piece:
    open_at: int  # offset of the opening mark
    start: int  # text start
    end: int  # text end
    close_at: int | None  # offset of the closing mark, None when the paragraph ended first
    line: int  # index of the line (paragraph) it sits in
    chain: int = -1
    cont: bool = False  # continues the previous piece of the same quotation
    kind: str = "direct"
    speaker: Person | None = None
    cue: QuoteCue = "other"
    title: str | None = None  # for spokespeople
    descr: Description | None = None  # a descriptive subject after the closing mark ("the company")


def trim_span(body: str, s: int, e: int) -> tuple[int, int]:
    while s < e and body[s].isspace():
        s += 1
    while e > s and body[e - 1].isspace():
        e -= 1
    return s, e


def quote_marks(body: str) -> re.Pattern[str]:
    """``QUOTE_MARK_RE``, or for an ASCII body (known without a scan) the straight double
    mark alone: the same matches, the curly marks being no ASCII characters."""
    return _ASCII_QUOTE_MARK_RE if body.isascii() else QUOTE_MARK_RE


def _text_after(body: str, i: int, ch: str, le: int) -> bool:
    """Does text follow the mark at ``i`` (line end ``le``)? Right after it; after one stray
    space for a left curly mark, which only opens ('“ Space is hard,” said John Sheldon')."""
    if not body[i + 1].isspace():
        return True
    return ch == "“" and body[i + 1] == " " and i + 2 < le and body[i + 2].isalnum()


def scan_quotes(body: str, lines: list[tuple[int, int]]) -> list[Piece]:
    """Quoted pieces of every line, in order: one linear pass per line."""
    if single_style(body):
        return scan_single(body, lines)
    pieces: list[Piece] = []
    chain = -1
    prev_open_line: int | None = None  # line whose quote was left open
    marks = quote_marks(body)
    # a text whose only curly double mark is the closing one types it for both ends, as others
    # type the straight mark ('”It is unfortunate,” said Tom Casey'); an ASCII body is known
    # to hold neither without a scan
    opening = '"“' if body.isascii() or "“" in body or "”" not in body else '"“”'
    for li, (ls, le) in enumerate(lines):
        state: str | None = None  # None, "d" (double) or "s" (single)
        text_start = 0
        open_at = 0
        cont = False
        # a quote left open in the previous paragraph continues when this one opens with a mark
        carried = prev_open_line is not None and prev_open_line == li - 1 and body[ls] in opening
        prev_open_line = None
        # only quote marks change the state: visit them, not every character
        for qm in marks.finditer(body, ls, le):
            i = qm.start()
            ch = body[i]
            if state is None:
                if ch in opening and i + 1 < le and _text_after(body, i, ch, le):
                    if not (ch != "“" and i > ls and body[i - 1].isalnum()):
                        state, open_at, text_start = "d", i, i + 1
                        if carried and i == ls:
                            cont = True
                        else:
                            chain += 1
                            cont = False
                elif (
                    ch == "‘"
                    and i + 1 < le
                    and not body[i + 1].isspace()
                    and (i == ls or not body[i - 1].isalnum())
                ):
                    state, open_at, text_start = "s", i, i + 1
                    chain += 1
                    cont = False
            elif state == "d":
                if ch == "”" or ch == '"':
                    reopen = False
                    if (
                        i > ls
                        and body[i - 1].isspace()
                        and i + 1 < le
                        and not body[i + 1].isspace()
                    ):
                        j = i - 1
                        while j > text_start and body[j].isspace():
                            j -= 1
                        reopen = body[j] in SENT_END or (
                            body[j] in '”"' and j > text_start and body[j - 1] in SENT_END
                        )
                        if ch == "”" and opening == '"“':
                            reopen = False
                    if reopen:
                        s, e = trim_span(body, text_start, i)
                        if e > s:
                            pieces.append(Piece(open_at, s, e, None, li, chain, cont))
                        state, open_at, text_start, cont = "d", i, i + 1, True
                    else:
                        s, e = trim_span(body, text_start, i)
                        if e > s:
                            pieces.append(Piece(open_at, s, e, i, li, chain, cont))
                        state = None
                elif ch == "“" and body[i - 1] in ",.?!" and (i + 1 >= le or body[i + 1].isspace()):
                    # '“It's unusual,“ said Larry Noble': an opening mark typed for the closing
                    # one, glued to the quote's last punctuation and followed by a space
                    s, e = trim_span(body, text_start, i)
                    if e > s:
                        pieces.append(Piece(open_at, s, e, i, li, chain, cont))
                    state = None
                elif ch == "“" and i + 1 < le and not body[i + 1].isspace():
                    # an opening curly mark inside an open quote: the previous piece lost its end
                    s, e = trim_span(body, text_start, i)
                    if e > s:
                        pieces.append(Piece(open_at, s, e, None, li, chain, cont))
                    open_at, text_start, cont = i, i + 1, True
            else:  # single
                if (
                    ch == "’"
                    and (i + 1 >= le or not body[i + 1].isalnum())
                    and (i > text_start and not body[i - 1].isspace())
                ):
                    # "countries’ " after an s is a possessive when the quote would be long
                    s, e = trim_span(body, text_start, i)
                    if e > s:
                        pieces.append(Piece(open_at, s, e, i, li, chain, False))
                    state = None
                elif ch in '"“”':
                    state = None  # not a single-quoted quotation after all
        if state == "d":
            s, e = trim_span(body, text_start, le)
            if e > s:
                pieces.append(Piece(open_at, s, e, None, li, chain, cont))
                prev_open_line = li
    return pieces


_SINGLE_MARK_RE = re.compile("['‘’]")
# words an apostrophe opens (elisions), never a quotation: "rock 'n' roll", "'em", "'til"
_ELISIONS = frozenset(["n", "em", "til", "cause", "cos", "tis", "twas", "bout", "im", "er"])
_ELIDED_WORD_RE = re.compile(r"[A-Za-z0-9]+")
# two straight single marks opening a quotation: ''I have this searing memory ...
_DOUBLED_OPEN_RE = re.compile(r"(?:^|(?<=\s))''\w")
_ELIDED_YEARS_RE = re.compile(r"\d\d(?:s\b|\b)")


def single_style(body: str) -> bool:
    """Does the text mark its quotations with single marks ('We will not back down,' the
    minister said)? Yes when it holds no double quotation mark at all, or when curly left
    single marks far outnumber double ones; otherwise single marks are nested quotations,
    headlines' or apostrophes. A text that types its double marks as two single ones
    (''Yes,'' he said) is no single-mark text."""
    if "``" in body or ("''" in body and _DOUBLED_OPEN_RE.search(body)):
        return False
    if '"' not in body and "“" not in body and "”" not in body:
        return True
    # the curly left single mark at least three times and twice as often as a double one
    # opens: "‘He told me “never again”,’ she said" (double marks nest in single ones)
    if body.count("‘") < 3:
        return False  # known by a literal count, far cheaper than a regex scan of the text
    left = _left_opens(body)
    return left >= 3 and left > 2 * (body.count("“") + body.count('"') // 2)


def _left_opens(body: str) -> int:
    """How many curly left single marks open (after a line start, a space or a bracket), not
    typed for an apostrophe ("I don‘t")."""
    count = 0
    i = body.find("‘")
    while i >= 0:
        count += i == 0 or body[i - 1].isspace() or body[i - 1] == "("
        i = body.find("‘", i + 1)
    return count


def _single_opens(body: str, i: int, ls: int, le: int) -> bool:
    """Can the single mark at ``i`` (line ``ls``..``le``) open a quotation: after the line
    start or a space or bracket, before a letter, a digit or an ellipsis, and not an elision
    ("rock 'n' roll", "the '90s", "'em")?"""
    if body[i] == "’" or i + 1 >= le:
        return False
    if i > ls and (body[i - 1].isalnum() or body[i - 1] in "'‘’.,;!?"):
        return False
    nxt = body[i + 1]
    if not (nxt.isalnum() or nxt in '…(£$€“"'):
        return False
    if nxt.isdigit():
        return _ELIDED_YEARS_RE.match(body, i + 1) is None
    m = _ELIDED_WORD_RE.match(body, i + 1)
    return (
        m is None
        or m.group().lower() not in _ELISIONS
        or m.end() >= le
        or (body[m.end()] in ",." and m.group().lower() not in ("n", "em"))
    )


def _single_closes(body: str, i: int, text_start: int, le: int) -> int:
    """Can the single mark at ``i`` close the quotation opened at ``text_start``? 0 no, 2 yes,
    1 perhaps: after an "s" and before a word it is as likely a plural possessive ("'The
    students' union will not back down,' she said")."""
    if body[i] == "‘" or i <= text_start or body[i - 1].isspace():
        return 0
    if i + 1 < le and (body[i + 1].isalnum() or body[i + 1] in "'‘’"):
        return 0  # "don't", "Trump's", "O'Neill"
    if i >= 2 and body[i - 1] in "nN" and body[i - 2] in "'‘’":
        return 0  # "rock 'n' roll"
    if body[i - 1] in "sS" and i + 2 < le and body[i + 1] == " " and body[i + 2].isalnum():
        return 1
    return 2


def scan_single(body: str, lines: list[tuple[int, int]]) -> list[Piece]:
    """Quoted pieces of a text that marks quotations with single marks (curly or straight), in
    order: one linear pass per line over its single marks. A quotation is a span from an
    opening-shaped mark to a closing-shaped one; an apostrophe inside a word never opens nor
    closes one. A quote left open at a paragraph's end continues in the next when that opens
    with a mark (the British convention); otherwise it is dropped, with the apostrophe that
    opened it."""
    pieces: list[Piece] = []
    chain = -1
    carried = False
    for li, (ls, le) in enumerate(lines):
        opened = False
        open_at = text_start = 0
        maybe = -1  # a possessive-shaped mark that may have closed the quote
        cont = False
        for qm in _SINGLE_MARK_RE.finditer(body, ls, le):
            i = qm.start()
            if not opened:
                if _single_opens(body, i, ls, le):
                    opened, open_at, text_start, maybe = True, i, i + 1, -1
                    cont = carried and i == ls
                    if not cont:
                        chain += 1
                continue
            shape = _single_closes(body, i, text_start, le)
            if shape == 2:
                _add(pieces, body, open_at, text_start, i, i, li, chain, cont)
                opened = False
            elif shape == 1 and maybe < 0:
                maybe = i
            elif _single_opens(body, i, ls, le):
                j = i - 1
                while j > text_start and body[j].isspace():
                    j -= 1
                if maybe >= 0:
                    # the possessive-shaped mark closed it: "called them 'thugs' and said 'we …"
                    _add(pieces, body, open_at, text_start, maybe, maybe, li, chain, cont)
                    chain += 1
                    cont = False
                elif body[j] in SENT_END:
                    # a lost paragraph break: "… for many years. 'He has made …": the next
                    # piece of the same quotation
                    _add(pieces, body, open_at, text_start, i, None, li, chain, cont)
                    cont = True
                else:
                    chain += 1  # the first mark was an apostrophe after all
                    cont = False
                open_at, text_start, maybe = i, i + 1, -1
        carried = False
        if opened and maybe >= 0:
            _add(pieces, body, open_at, text_start, maybe, maybe, li, chain, cont)
        elif opened and li + 1 < len(lines) and body[lines[li + 1][0]] in "'‘":
            _add(pieces, body, open_at, text_start, le, None, li, chain, cont)
            carried = True
    return pieces


def _add(
    pieces: list[Piece],
    body: str,
    open_at: int,
    start: int,
    end: int,
    close_at: int | None,
    li: int,
    chain: int,
    cont: bool,
) -> None:
    """Append the piece between ``start`` and ``end`` (trimmed) when it holds text."""
    s, e = trim_span(body, start, end)
    if e > s:
        pieces.append(Piece(open_at, s, e, close_at, li, chain, cont))


def quote_kind(ctx: QuoteContext, piece: Piece, line_start: int) -> str:
    """``direct``, ``fragment`` or ``term`` (a scare quote / quoted term)."""
    body = ctx.body
    if piece.cont:
        return "direct"
    j = piece.open_at - 1
    while j >= line_start and body[j].isspace():
        j -= 1
    text = body[piece.start : piece.end]
    nwords = len(text.split())
    first = text[:1]
    if j < line_start:
        lead = "start"
    elif body[j] == ":":
        lead = "colon"
    elif body[j] in SENT_END or (
        body[j] in _CLOSING_MARKS and j > line_start and body[j - 1] in SENT_END
    ):
        lead = "start"
    elif body[j] in _CLOSING_MARKS:
        lead = "start" if body[j - 1 : j] in ",." else "embedded"
    elif body[j] == ",":
        k = tok_index(ctx, j) - 1
        lead = "comma-verb" if k >= 0 and is_speech(ctx, k) else "embedded"
    else:
        k = tok_index(ctx, piece.open_at) - 1
        if k >= 0 and is_speech(ctx, k) and ctx.toks[k][1] >= j and first.isupper():
            lead = "verb"
        else:
            lead = "embedded"
    if lead == "embedded":
        # a quoted sentence in the speaker's own voice is direct even when run into the
        # reporter's sentence ("added that “we can't resolve anything without talks.”",
        # "mean "I don't know what I would do now"", "declaring "today Brent South, ...""
        k = tok_index(ctx, piece.open_at) - 1
        after_verb = (
            k >= 0 and is_speech(ctx, k) and not body[ctx.toks[k][1] : piece.open_at].strip()
        )
        previous = _previous_word(ctx, piece)
        if nwords < 3 or not _opens_clause(previous, text):
            # 'the pipeline "is against the best interest of our country."', 'he is a "strong
            # supporter of ..."': the reporter's sentence goes on in the speaker's words
            return "fragment"
        first_person = FIRST_PERSON_RE.search(text) is not None
        sentence_end = body[piece.end - 1] in ".?!"
        if (
            first_person
            or previous == "that"
            or (sentence_end and nwords >= 4)
            or (after_verb and nwords >= 4)
        ):
            return "direct"
        return "fragment"
    if lead == "colon":
        return "direct"
    # sentence-like: a long enough quote, or one that ends a sentence / is attributed
    ends = body[piece.end - 1] in ".?!,…" or (
        piece.close_at is not None and body[piece.close_at + 1 : piece.close_at + 2] in (",",)
    )
    if nwords >= 5 or ends or piece.close_at is None:
        if first.islower() and lead == "start" and nwords < 5:
            return "fragment"
        return "direct"
    return "fragment"


# what closes a previous quotation right before an opening mark ('…,' he said. 'Next …')
_CLOSING_MARKS = "”\"’'"


SUBJECT_PRONOUNS = frozenset(
    ["i", "we", "you", "he", "she", "it", "they", "there", "this", "these"]
)


def _previous_word(ctx: QuoteContext, piece: Piece) -> str:
    """The word right before the opening mark, lower-cased ("" when none)."""
    k = tok_index(ctx, piece.open_at) - 1
    if k < 0 or ctx.body[ctx.toks[k][1] : piece.open_at].strip():
        return ""
    return ctx.toks[k][2].lower()


def _opens_clause(previous: str, text: str) -> bool:
    """Does a quote run into the reporter's sentence (``previous``: the word before its
    opening mark) open a clause of its own: after the complementiser "that", or with a
    subject pronoun or a capital ("added that “we can't …”", "declaring "Today …")? A quote
    opening on a verb, an adjective or a noun phrase completes the reporter's clause instead."""
    if previous == "that" or _LATER_SENTENCE.search(text):
        return True  # 'said Bushehr "does not represent a risk. ... However, Bushehr …"'
    words = [w.strip("'‘’\"“”(,").lower() for w in text.split()[:2]]
    if len(words) == 2 and words[0] in _CONJUNCTIONS:
        words = words[1:]  # '," said Joaquin Almunia, "but we will need to see ..."'
    first = re.split(r"['’]", words[0])[0] if words else ""  # "it's", "we're", "i'm"
    return (
        text[:1].isupper()
        or first in SUBJECT_PRONOUNS
        or first == "that"  # 'she hoped "that the people of Wales would benefit …"'
        or first in _QUESTION_WORDS  # '"why wouldn't you want to raise it?" asked Dunn'
    )


_CONJUNCTIONS = frozenset(["and", "but", "or", "so", "yet", "because"])
_QUESTION_WORDS = frozenset(["why", "what", "how", "who", "where", "when", "which"])
# a sentence end inside the quote and a capital after it; a word of three lower-case letters
# before the stop, so "Mr. Obama", "the U.S. Army", "Gov. Smith" are no sentence end
_LATER_SENTENCE = re.compile(r"(?:[a-z]{3}[.?!]|\.\.\.|…)[\"”’']?\s+[\"“‘']?[A-Z]")


def introduced(body: str, pc: Piece, floor: int) -> bool:
    """Does a comma or a colon of the same sentence come right before the opening mark?"""
    j = pc.open_at - 1
    while j >= floor and body[j] == " ":
        j -= 1
    return j >= floor and body[j] in ",:" and not pc.cont


def embedded(body: str, pc: Piece, line_start: int) -> bool:
    """Does a word (not punctuation) come right before the opening mark?"""
    j = pc.open_at - 1
    while j >= line_start and body[j] == " ":
        j -= 1
    return j >= line_start and body[j].isalnum() and not pc.cont
