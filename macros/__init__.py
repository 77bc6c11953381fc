"""mkdocs-macros entry point: registers macros and variables, nothing more."""


def define_env(env):
    """Called by mkdocs-macros once per language build; figures come from facts.yml."""
