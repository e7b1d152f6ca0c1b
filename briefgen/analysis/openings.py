"""What opens a clause: whether its first words name a person no mention marks.

The pronoun search (``resolve_pronoun``) reads a sentence's opening to decide
whom its subject may be: someone described and unnamed ("The caller said":
:func:`description_opens`; "the first minister said": :func:`described_person_opens`), a name
no list knows ("Katya Malofeeva of Renaissance Capital said": :func:`unknown_name_opens`;
"Barca midfielder Deco": :func:`titled_unknown_opens`), a relative by given name ("his son
Nick": :func:`kin_named`, :func:`kin_of`), a named person with an apposition ("Vince Cable,
the party's Treasury spokesman, said": :func:`named_apposition_opens`), or a one-word name the
story uses for a person ("Watt doesn't think": :func:`unmarked_name_opens`,
:func:`bare_subject`). Each is a predicate on the per-story context; none resolves anything.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from briefgen.analysis.mentions import person_descriptors
from briefgen.analysis.name_lexicon import lexicon
from briefgen.analysis.people import Person
from briefgen.analysis.quote_context import (
    WINDOW,
    WORD_AFTER_RE,
    QuoteContext,
    in_quote,
    mention_covering,
    sentence_of,
    tok_index,
)
from briefgen.analysis.whole_words import has_word

SENTENCE_STARTERS = frozenset(
    ["The", "A", "An", "In", "On", "At", "It", "This", "That", "These", "Those", "But", "And",
     "He", "She", "They", "We", "I", "His", "Her", "Their", "Its", "After", "Before", "When",
     "While", "If", "As", "Since", "For", "With", "From", "By", "To", "Of", "Some", "Many",
     "Most", "All", "Both", "Each", "Every", "No", "One", "Two", "Three", "Last", "Next",
     "Earlier", "Later", "Meanwhile", "However", "There", "What", "Mr", "Mrs", "Ms", "Dr"]
)  # fmt: skip

# people a story describes and may never name: the voice on a tape, a caller, a suspect
# (not "the singer", "the chancellor": those stand for someone the story named)
DESCRIBED_HEADS = frozenset(["speaker", "caller", "narrator", "voice", "gunman", "suspect"])


def description_opens(ctx: QuoteContext, start: int, end: int) -> bool:
    """Does the sentence ``[start, end)`` open with "The" and a noun for someone unnamed
    ("The speaker also repeats", "The caller said"), with at most two words before it?"""
    return _described_head(ctx, start, end, DESCRIBED_HEADS) is not None


def unnamed_teller_opens(ctx: QuoteContext, start: int, end: int) -> bool:
    """Does the sentence open with someone the story introduced unnamed ("a teacher at the
    venue said …") whom a speech verb follows ("The teacher added that hero Leanne Lucas …
    was doing well")? A person named later in it is inside what the unnamed one says."""
    k = _described_head(ctx, start, end, ctx.lex.person_heads)
    if k is None or k + 1 >= len(ctx.toks) or ctx.toks[k + 1][2] not in ctx.lex.verbs:
        return False
    noun = re.escape(ctx.toks[k][2])
    pattern = re.compile(r"\b[Aa]n? (?:[\w-]+ )?" + noun + r"\b")
    return pattern.search(ctx.body, 0, start) is not None  # (no copy of the text before)


# '," said a young Turkish coachwoman', '," complained carriage driver Henry': a speech verb
# right after a quotation's closing comma and mark, its subject a description (an indefinite
# article, or lower-case words before any capital) rather than a name or a pronoun
INVERTED_UNNAMED_RE = re.compile(
    r"[,?!][\"”’'] ([a-z]+) (?:(?:an?|one|another) [a-z][\w-]*|(?!(?:on|in|at|of|for|to|with|by|"
    r"after|before|during|from|last|this|next|earlier|later|since|until|when|while|as|then|"
    r"also|recently|yesterday|today|he|she|it|they|the|his|her|its|their)\b)"
    r"[a-z][\w-]*(?: [a-z][\w-]*){0,2} [A-Z][a-z])"
)


def unnamed_inverted_teller(ctx: QuoteContext, start: int, end: int) -> bool:
    """Does ``[start, end)`` hold a quotation whose speaker the cue after it describes
    ('"…," said a young Turkish coachwoman who came …', '"…," complained carriage driver
    Henry')? Asked of a sentence where the pronoun search found no person subject: a
    "he"/"she" after it is most likely that speaker, and an earlier name no safer guess."""
    for m in INVERTED_UNNAMED_RE.finditer(ctx.body, start, end):
        verb = m.group(1)
        if verb not in ctx.lex.verbs or verb in ("told", "tells"):
            continue
        return True
    return False


# 'However, one dealer, who asked not to be named, told Reuters …', 'A senior aide said …': a
# clause opening with an indefinite description (an article or "one"/"another"; a linking
# word before it allowed), then lower-case words only, no name
INDEFINITE_OPENER_RE = re.compile(
    r"[\"“‘'(]?(?:(?:However|But|And|Meanwhile|Still|Yet|Separately|Elsewhere),? )?"
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother) "
)
# what may follow: lower-case words, a "who …" or "speaking …" aside between commas
_TELLER_WORD_RE = re.compile(r"(?:, (?:who|speaking)\b[^,.;:\"“”]{0,80},)? ?([a-z][\w-]*)")
_TELLER_WORDS = 5  # words read after the article for the verb
# words before a verb that make it passive or no finite verb of the subject
_NOT_ACTIVE = frozenset(["was", "were", "is", "are", "be", "been", "being", "to"])
# an unnamed spokesperson speaks for a body the story names ("a spokesman said"): the body is
# the speaker, and a "he" after it may stand for that voice
_SPOKES_HEADS = frozenset(["spokesman", "spokeswoman", "spokesperson", "spokespeople"])


def indefinite_teller_opens(ctx: QuoteContext, start: int, end: int) -> bool:
    """Does the clause ``[start, end)`` open with an unnamed, indefinite speaker and a speech
    verb ('However, one dealer, who asked not to be named, told Reuters …', 'A senior aide
    said …')? A "he"/"she" after it most likely stands for that speaker, and an earlier name
    is no safer guess (an unnamed spokesperson excepted: the body speaks)."""
    m = INDEFINITE_OPENER_RE.match(ctx.body, start, end)
    if m is None:
        return False
    at, head = m.end(), ""
    for _ in range(_TELLER_WORDS):
        w = _TELLER_WORD_RE.match(ctx.body, at, end)
        if w is None:
            return False  # a name, a number or the clause's end before any verb
        word = w.group(1)
        if head in _NOT_ACTIVE:
            return False  # "One of them was asked to stop": spoken to, not speaking
        if head and word in ctx.lex.verbs:
            # 'A reporter asked Sanders how he felt. He replied: "…"': a person spoken to
            # may be the "he" who answers
            cov = mention_covering(ctx, w.end() + 1)
            spoken_to = cov is not None and cov[0] == w.end() + 1 and cov[2].kind == "person"
            return head not in _SPOKES_HEADS and not spoken_to
        head, at = word, w.end()
    return False


def _described_head(ctx: QuoteContext, start: int, end: int, heads: frozenset[str]) -> int | None:
    """The token index of the noun (one of ``heads``) of a sentence opening "The" + noun,
    with at most two words before the noun, that no name covers; else None."""
    ti = tok_index(ctx, start)
    if ti >= len(ctx.toks) or ctx.toks[ti][0] >= end or ctx.toks[ti][2] != "The":
        return None
    if ctx.tok_inq[ti] or ctx.body[start : ctx.toks[ti][0]].strip():
        return None
    for k in range(ti + 1, min(ti + 4, len(ctx.toks))):
        s, _e, w, _p, cap = ctx.toks[k]
        if s >= end or cap or not w.isalpha():
            return None
        if w in heads:
            nxt = ctx.toks[k + 1][2] if k + 1 < len(ctx.toks) else ""
            ok = nxt not in ("of", "'s", "who") and mention_covering(ctx, s) is None
            return k if ok else None
    return None


# "the first minister said", "The confident 23-year-old is undaunted", "The writer was
# known": a person the sentence describes, after a fronted phrase maybe
DESCRIBED_PERSON_RE = re.compile(r"(?:[^,]{0,60}, )?[Tt]he((?: [\w-]+){1,4}) [a-z]")

# "Fletcher's daughter Jill said", "his son Nick, a trainee vicar": a relative or colleague
# named by a given name alone, whom no mention marks
KIN_RE = re.compile(
    r"(?:\b[Hh]is|\b[Hh]er|\b[Tt]heir|[A-Z][\w-]*(?:'s|’s)) (?:[a-z]+ )?"
    r"(?:son|daughter|wife|husband|brother|sister|father|mother|partner|widow|friend|"
    r"colleague|boyfriend|girlfriend|niece|nephew|cousin|uncle|aunt) ([A-Z][a-z]+)\b"
)
# what every ``KIN_RE`` match holds: the relation and a capital after it (a pattern opening
# with literals, which the engine skips to; ``KIN_RE`` tries its owner at every capital)
KIN_NOUN_RE = re.compile(
    r"(?:son|daughter|wife|husband|brother|sister|father|mother|partner|widow|friend|"
    r"colleague|boyfriend|girlfriend|niece|nephew|cousin|uncle|aunt) [A-Z]"
)


@cache
def _person_heads() -> frozenset[str]:
    """Head nouns of a description of a person: speech.toml [descriptors] person, and role
    nouns."""
    return person_descriptors() | lexicon().role_heads


def described_person_opens(ctx: QuoteContext, start: int, end: int) -> bool:
    """Does ``[start, end)`` open with "the" and a noun for a person, then a verb ("the first
    minister said", "The confident 23-year-old is undaunted")? An earlier name is then no
    safer antecedent than the person described."""
    m = DESCRIBED_PERSON_RE.match(ctx.body, start, end)
    if m is None:
        return False
    heads = _person_heads()
    for w in m.group(1).split():
        if w.endswith("-year-old") or w in heads:
            return True
        if w in ctx.lex.verbs or w in ("the", "a", "an", "of", "that", "to", "is", "was"):
            return False  # "The report said the minister": the subject ended
    return False


# "Barca midfielder Deco, formerly …": capitalised words, a role noun, a name
TITLED_NAME_RE = re.compile(r"(?:[A-Z][\w-]* ){1,3}([a-z][\w-]*) ([A-Z][\w'’-]+)\b")


def titled_unknown_opens(ctx: QuoteContext, start: int, end: int) -> bool:
    """Does ``[start, end)`` open with a role noun and a name no mention marks ("Barca
    midfielder Deco, formerly managed by Mourinho, agreed")? Someone the finder did not take
    is the subject; an earlier person is no safer guess."""
    m = TITLED_NAME_RE.match(ctx.body, start, end)
    if m is None or m.group(1) not in _person_heads() or in_quote(ctx, m.start()):
        return False
    return mention_covering(ctx, m.start(2)) is None


def kin_of(ctx: QuoteContext, s: int, start: int) -> bool:
    """Is the name at ``s`` introduced as someone's relative or colleague ("Fletcher's
    daughter Jill said"): a person, whatever lists know of the name?"""
    lo = max(start, s - 40)
    if KIN_NOUN_RE.search(ctx.body, lo, s + 40) is None:
        return False  # (most names: no relation near them)
    return any(m.start(1) == s for m in KIN_RE.finditer(ctx.body, lo, s + 40))


def kin_named(ctx: QuoteContext, start: int, end: int) -> bool:
    """Does ``[start, end)`` name a relative or colleague by a given name no mention marks
    ("Fletcher's daughter Jill said", "his son Nick")?"""
    if KIN_NOUN_RE.search(ctx.body, start, end) is None:
        return False  # (most sentences: no relation)
    for m in KIN_RE.finditer(ctx.body, start, end):
        if not in_quote(ctx, m.start(1)) and mention_covering(ctx, m.start(1)) is None:
            return True
    return False


def unknown_name_opens(ctx: QuoteContext, start: int, end: int) -> bool:
    """Does the sentence ``[start, end)`` open with two capitalised words that no mention
    covers (a name the people finder did not take: "Katya Malofeeva of Renaissance Capital
    said")?"""
    ti = tok_index(ctx, start)
    if ti + 1 >= len(ctx.toks) or ctx.toks[ti + 1][0] >= end:
        return False
    (s0, e0, w0, _p0, c0), (s1, _e1, _w1, _p1, c1) = ctx.toks[ti], ctx.toks[ti + 1]
    if not (c0 and c1) or w0 in SENTENCE_STARTERS or ctx.body[e0:s1] != " ":
        return False
    if ctx.tok_inq[ti]:
        return False  # '"So I say …," he will say': the quote's own words
    if ctx.body[start:s0].strip(' \n"“‘'):
        return False
    k = ti + 1  # the capitalised run: a mention anywhere in it ("Justice Minister Cathy …")
    while k + 1 < len(ctx.toks) and ctx.toks[k + 1][4] and ctx.toks[k + 1][0] - ctx.toks[k][1] == 1:
        k += 1
    i = bisect.bisect_left(ctx.ment_starts, s0)
    if i < len(ctx.ments) and ctx.ments[i][0] <= ctx.toks[k][0]:
        return False
    if k - ti > 2 or w0.endswith(("ing", "ed", "ly", "s")):
        return False  # "Praising Celtic and Rangers": no name
    # shaped as a speaker: ", 74, a Kyiv resident", " of Renaissance Capital", " said"
    after = ctx.body[ctx.toks[k][1] : ctx.toks[k][1] + 4]
    nxt = ctx.toks[k + 1][2] if k + 1 < len(ctx.toks) else ""
    return after.startswith((",", " of ")) or nxt in ctx.lex.verbs


def named_apposition_opens(ctx: QuoteContext, start: int, end: int) -> bool:
    """Does ``[start, end)`` open with a person's name and a comma ("Vince Cable, the party's
    Treasury spokesman, said", "Mike Lake, a spokesman for Yukos' lawyers, said"): a named
    spokesperson, who is the subject, not the body they speak for?"""
    i = bisect.bisect_left(ctx.ment_starts, start)
    if i >= len(ctx.ments) or ctx.ments[i][0] >= end:
        return False
    s, e, p = ctx.ments[i]
    return (
        p.kind == "person" and not ctx.body[start:s].strip(' \n"“‘') and ctx.body[e : e + 2] == ", "
    )


def unmarked_name_opens(ctx: QuoteContext, start: int, stop: int) -> Person | None:
    """The person whose one-word name is the subject of a verb in ``[start, stop)`` where no
    mention marks it ("Watt doesn't think", "During the briefing, Fahmi also clarified"):
    the name opens the sentence or the clause after a fronted phrase's comma."""
    first = tok_index(ctx, start)
    for ti in range(first, min(first + UNMARKED_SUBJECT_TOKENS, len(ctx.toks))):
        s, e, w, _p, cap = ctx.toks[ti]
        if s >= stop or ctx.tok_inq[ti]:
            return None
        lead = ctx.body[start:s].strip(' \n"“‘')
        if not cap or w in SENTENCE_STARTERS or (lead and not lead.endswith(",")):
            continue
        nxt = WORD_AFTER_RE.match(ctx.body, e)
        if nxt is None or nxt.group(1) in ("and", "or", "of") or _modifies_name(ctx, nxt):
            continue
        if _written_lower(ctx, w):
            continue
        found = [p for p in ctx.persons if p.name == w or w in p.aliases]
        if (
            len(found) == 1
            and not _shared_surname_word(ctx, found[0], w)
            and not ITS_RE.search(ctx.body, e, sentence_of(ctx, s)[1])
        ):
            return found[0]
    return None


def _modifies_name(ctx: QuoteContext, nxt: re.Match[str]) -> bool:
    """Is the word ``nxt`` after a capitalised word a role noun, or a name comes a few
    lower-case words on ("Yukos chief financial officer Bruce Misamore"): the capitalised
    word qualifies that name?"""
    role_words = lexicon().role_words
    if nxt.group(1) in role_words:
        return True
    i = bisect.bisect_left(ctx.ment_starts, nxt.start())
    if i >= len(ctx.ments) or ctx.ments[i][0] - nxt.end() > MODIFIED_NAME_CHARS:
        return False
    # only role words on the way ("Acme finance director Jo Bloggs"), not a verb ("Fahmi also
    # clarified Anwar's …")
    between = ctx.body[nxt.start() : ctx.ments[i][0]].split()
    return bool(between) and all(w in role_words for w in between)


MODIFIED_NAME_CHARS = 40  # "chief financial officer "
UNMARKED_SUBJECT_TOKENS = 10  # "During today's press conference, Fahmi"


def _written_lower(ctx: QuoteContext, word: str) -> bool:
    """Does the story write ``word`` in lower case too ("Wasp" the film, "a wasp")?"""
    return has_word(ctx.body, word.lower())


def bare_subject(ctx: QuoteContext, s: int, e: int, start: int) -> bool:
    """Is the one-word name at ``[s, e)`` (a name no list knows) the subject opening its
    sentence, a finite verb after it ("Watt doesn't think", "Melber questions why")?"""
    lead = ctx.body[start:s].strip(' \n"“‘')
    if lead and not (lead.endswith(",") and s - start < WINDOW // 4):
        return False  # "During the briefing, Fahmi also clarified": after a fronted phrase
    nxt = WORD_AFTER_RE.match(ctx.body, e)
    if nxt is None or nxt.group(1) in ("and", "or", "of") or _modifies_name(ctx, nxt):
        return False
    if _written_lower(ctx, ctx.body[s:e]):
        return False
    # "Yukos is confident of its right", "Yukos claimed it sought": a body, whatever it was
    # read as
    return not ITS_RE.search(ctx.body, e, sentence_of(ctx, s)[1])


ITS_RE = re.compile(r"\b[Ii]ts?\b")


def _shared_surname_word(ctx: QuoteContext, p: Person, word: str) -> bool:
    """Does another person of the story share ``p``'s surname ``word``?"""
    if " " in word or not p.name.endswith(" " + word):
        return False
    return any(q is not p and q.name.endswith(" " + word) for q in ctx.persons)
