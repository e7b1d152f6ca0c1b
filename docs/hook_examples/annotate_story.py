import re

from briefgen import Story, hookimpl

MONEY = re.compile(r"(?:\$|US\$|€|£)\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m))?")


@hookimpl
def annotate_story(story: Story) -> None:
    """Record every sum of money the story mentions, as offsets into its body."""
    story.annotations["money"] = [(m.start(), m.end()) for m in MONEY.finditer(story.body)]
