from briefgen import hookimpl


@hookimpl
def story_suffixes() -> list[str]:
    return [".wire"]  # `briefgen make inbox/` now also picks up inbox/*.wire
