"""The guard as a plugin (entry point `safety`): the `screen` and `startup` hooks.

Until the app starts, this module screens with the default settings (enforce, every category,
universal help lines), so a message is never let through unscreened. At startup it hands over
to a `Guard` built from the app's `[safety]` settings: that guard replaces this module on the
app's own plugin manager under the same name, so two apps in one process (tests) never share
settings or counts. The guard's rules also reach the model: its note goes into every agent's
model request (`LLM.safety_note`).
"""

from __future__ import annotations

import logging
import sys
from functools import cache

from aiohttp import web

from host import keys
from host.hookspecs import hookimpl
from host.safety.guard import Guard
from host.types import Intervention, ScreenContext

log = logging.getLogger("host.safety")


@cache
def default_guard() -> Guard:
    """A guard with the default settings, for messages screened before the app started."""
    return Guard()


@hookimpl
def screen(message: str, context: ScreenContext) -> Intervention | None:
    """Screen `message` with the default settings (until `startup` installs the app's guard)."""
    return default_guard().screen(message, context)


@hookimpl(tryfirst=True)
def startup(app: web.Application) -> None:
    """Install a guard built from `[safety]`, warn about what it leaves out, and give the model
    its safety note."""
    guard = Guard(app[keys.CONFIG].safety)
    app[keys.SAFETY_GUARD] = guard
    for warning in guard.warnings:
        log.warning("safety: %s", warning)
    llm = app[keys.LLM_CLIENT]
    if llm is not None:
        llm.safety_note = guard.model_note()
    pm = app[keys.PLUGIN_MANAGER]
    package = sys.modules["host.safety"]
    name = pm.get_name(package)
    if name is not None:
        pm.unregister(package)
        pm.register(guard, name=name)
