"""The built-in safety guard: a plugin of the `screen` hook that answers red flags before any
agent does (chest pain with exercise, eating-disorder behaviour, pregnancy warning signs,
self-harm), with or without a model.

Registered as the entry point `safety` (root `pyproject.toml`); disable it with
`[plugins] disabled = ["safety"]` or configure it with `[safety]` (README, "Safety guard").

    text.py        normalising a message and matching whole tokens
    lexicon.py     the words and phrases the rules use
    numbers.py     daily intakes and rates of weight loss
    rules.py       one function per category: the findings in a message
    helplines.py   help lines by region, and the places that name one (helplines.toml, overridable)
    replies.py     what the guard says, and the notes for a prefaced turn and the model
    guard.py       `Guard`: history, stickiness, mode, logging, counts
    plugin.py      the hooks
"""

from host.safety.guard import Guard
from host.safety.plugin import screen, startup

__all__ = ["Guard", "screen", "startup"]
