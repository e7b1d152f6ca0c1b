"""Indirect speech: ``X said (that) CLAUSE`` and ``CLAUSE, X said`` with no quote marks.

The reported clause becomes a ``Quote`` of kind ``indirect`` when the subject of the reporting
verb resolves to a named speaker and the sentence has no quote mark.
"""

from __future__ import annotations

import re

from briefgen.analysis.cues_before import PASSIVE_AUX
from briefgen.analysis.quotations import trim_span
from briefgen.analysis.quote_context import QuoteContext, in_quote, sentence_of, speaker_title
from briefgen.analysis.subjects import INDIRECT_VERBS, speech_verb_tokens, verb_subject
from briefgen.model import Quote, Speaker

INDIRECT_LEAD_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:that\s+)?")


_INDIRECT_LOOKAHEAD = 200  # characters after a speech verb looked at to find the clause
_INDIRECT_MAX = 1000  # a longer "clause" is a run-on text, not reported speech


def _has_quote_mark(body: str, sent: tuple[int, int]) -> bool:
    return (
        body.find('"', sent[0], sent[1]) >= 0
        or body.find("“", sent[0], sent[1]) >= 0
        # '”It is …,” said Tom Casey': a text with no “ types ” for both marks
        or (body.find("”", sent[0], sent[1]) >= 0 and "“" not in body)
    )


def find_indirect(ctx: QuoteContext) -> list[Quote]:
    """Indirect speech: ``X said (that) CLAUSE`` and ``CLAUSE, X said``."""
    out: list[Quote] = []
    body = ctx.body
    quoted_sentence: dict[tuple[int, int], bool] = {}
    toks = ctx.toks
    for ti in speech_verb_tokens(ctx):
        s, e, w, _p, _c = toks[ti]
        if w not in INDIRECT_VERBS:
            continue
        if in_quote(ctx, s):
            continue
        if ti > 0 and toks[ti - 1][2].lower() in PASSIVE_AUX:
            continue  # "Blair and Brown are said to have declared war", "he was told that"
        if (
            ti > 3
            and toks[ti - 1][2] == "have"
            and toks[ti - 2][2] == "to"
            and (toks[ti - 4][2].lower() in PASSIVE_AUX)
        ):
            continue  # "… are said to have declared all out war": a report about them
        sent = sentence_of(ctx, s)
        if sent not in quoted_sentence:
            quoted_sentence[sent] = _has_quote_mark(body, sent)
        if quoted_sentence[sent]:
            continue
        # Every look at the rest of the sentence is bounded, so many speech verbs in one long
        # sentence stay linear.
        rest = body[e : min(sent[1], e + _INDIRECT_LOOKAHEAD)]
        rest_is_all = sent[1] - e <= _INDIRECT_LOOKAHEAD
        p, cue = verb_subject(ctx, ti, sent[0])
        if p is None:
            continue
        cs = e
        if w == "told":
            m = re.match(r"\s+(?:[\w'’.-]+\s+){0,6}?that\s", rest)
            if not m:
                continue
            cs = e + m.end()
        else:
            m = INDIRECT_LEAD_RE.match(rest)
            cs = e + (m.end() if m else 0)
            if rest[:1] in (",", ".", ":"):
                # "CLAUSE, X said." — the clause before the subject
                subj_start = ctx.toks[ti - 1][0] if ti > 0 else s
                m2 = body.rfind(",", max(sent[0], subj_start - _INDIRECT_MAX), subj_start)
                tail = rest.strip()
                if (
                    (m2 > sent[0] and rest_is_all and tail in (".", "", ","))
                    or tail.startswith(", per")
                    or tail.startswith(", according")
                ):
                    cs0, ce0 = trim_span(body, sent[0], m2 if m2 > sent[0] else sent[0])
                    if 15 < ce0 - cs0 <= _INDIRECT_MAX:
                        text = ctx.story.body[cs0:ce0]
                        speaker = Speaker(p.name, p.title)
                        out.append(Quote(text, cs0, ce0, "indirect", speaker, cue))
                continue
        ce = sent[1]
        if ce - cs > _INDIRECT_MAX:  # a reported clause, not a run-on paragraph
            continue
        while ce > cs and body[ce - 1] in ".!? ":
            ce -= 1
        cs, ce = trim_span(body, cs, ce)
        if ce - cs > 15 and body[cs : cs + 1].isalpha():
            text = ctx.story.body[cs:ce]
            out.append(Quote(text, cs, ce, "indirect", Speaker(p.name, speaker_title(p)), cue))
    return out
