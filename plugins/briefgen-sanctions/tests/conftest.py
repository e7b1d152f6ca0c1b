"""Load briefgen's plugin test kit (the ``briefgen_kit`` fixture)."""

pytest_plugins = ["briefgen.testing"]
