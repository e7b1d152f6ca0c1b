"""An office held under a leader ("the foreign minister of Ecuador under Correa") is a past
office: its holder speaks for no government (session 13, positions18: set C, The Grayzone;
PolNeAR train, Politico, USA Today and the NYT name former officials so). A current title, or
"under" that names no leader ("under pressure"), still makes an official."""

from __future__ import annotations

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _statements(body: str) -> list[tuple[str, str | None]]:
    story = analyze_builtin(Story(title="T", body=body))
    return [(s.country, s.actor) for s in story.statements]


@pytest.mark.parametrize(
    ("body", "country"),
    [
        # an investigative site's style: the office and country, then "under" the leader
        (
            "The spying operation targeted Julian Assange. Guillaume Long, the foreign minister "
            'of Ecuador under Correa, told The Grayzone that the US operation was "a major '
            'breach of sovereignty".',
            "EC",
        ),
        # US political news: a national title under a named president
        (
            "Syria's civil war dominated the debate. Grant Green, the US national security "
            "adviser under President Reagan, said Washington must not send troops to Syria.",
            "US",
        ),
        # British style: a secretary of state under a prime minister named bare
        (
            "Britain's debate on Iraq went on. Lord Smith, the British foreign secretary under "
            "Tony Blair, said Britain should stay out of the war.",
            "GB",
        ),
    ],
)
def test_an_office_under_a_leader_is_no_government_voice(body, country):
    assert country not in {c for c, _actor in _statements(body)}


@pytest.mark.parametrize(
    ("body", "country"),
    [
        (
            "Ecuador's foreign minister, Guillaume Long, said Ecuador would not hand over Assange.",
            "EC",
        ),
        # "under" with no leader after it: the title still stands
        (
            "Chancellor Gordon Brown, under pressure from the unions, said Britain would not "
            "join the euro this year.",
            "GB",
        ),
    ],
)
def test_a_current_office_still_speaks(body, country):
    assert country in {c for c, _actor in _statements(body)}
