from briefgen import hookimpl
from briefgen.model import Quote, SpeakerCandidate, Story


@hookimpl
def choose_speaker(
    quote: Quote, candidates: list[SpeakerCandidate], story: Story
) -> SpeakerCandidate | None:
    """Give an open quote to the only person named near it; otherwise keep the built-in choice."""
    people = [c for c in candidates if c.kind == "person"]
    return people[0] if len(people) == 1 else None
