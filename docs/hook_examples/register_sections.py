from collections.abc import Callable
from dataclasses import dataclass

from briefgen import BuildContext, Section, hookimpl


@dataclass
class StoryCount:
    stories: int


class CountSection(Section):
    id = "story-count"
    title = "How many stories"
    order = 900  # after the built-ins, before Sources (1000)
    description = "The number of stories the brief was made from."
    template_package = "briefgen_count"  # templates/sections/story-count.{md,html}.j2

    def build(self, context: BuildContext) -> list[StoryCount]:
        return [StoryCount(len(context.stories))]


@hookimpl
def register_sections(register: Callable[[Section], None]) -> None:
    register(CountSection())
