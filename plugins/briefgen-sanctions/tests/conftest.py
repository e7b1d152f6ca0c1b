"""The ``briefgen_kit`` fixture comes from briefgen's pytest plugin (entry point pytest11)."""
