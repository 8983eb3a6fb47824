"""The plugin manager: hookspecs, entry points (group `agenthost`), and the host's own plugins.

One manager per app, made by `make_plugin_manager(config)`, so tests stay isolated. A plugin
that fails to import is recorded as failed with its error and the host keeps going; a disabled
plugin is blocked before loading, so it is never imported.
"""

from __future__ import annotations

import importlib
import logging
from importlib.metadata import EntryPoint, entry_points
from typing import Any

import pluggy
from attrs import Factory, define

from host import hookspecs
from host.config import Config, ConfigError
from host.utils import await_me_maybe

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "agenthost"

# Built-in features, registered exactly like third-party plugins. They cannot be disabled.
DEFAULT_PLUGINS = ("host.websocket", "host.views", "host.metrics", "host.openai_api")


@define
class PluginInfo:
    """What `agenthost plugins` and `/plugins` show about one plugin."""

    name: str
    state: str  # "enabled", "disabled" or "failed"
    version: str | None = None
    distribution: str | None = None
    hooks: list[str] = Factory(list)
    error: str | None = None
    builtin: bool = False


class PluginManager(pluggy.PluginManager):
    """pluggy's manager plus what the host needs to report: failures, disabled names, versions."""

    def __init__(self) -> None:
        super().__init__(ENTRY_POINT_GROUP)
        self.add_hookspecs(hookspecs)
        self.failed: dict[str, str] = {}
        self.disabled: set[str] = set()
        self.distributions: dict[str, tuple[str, str]] = {}
        self._narrowed: dict[tuple[str, str], pluggy.HookCaller] = {}
        self._implementers: dict[str, tuple[str, ...]] = {}

    def register(self, plugin: object, name: str | None = None) -> str | None:
        self._narrowed.clear()
        self._implementers.clear()
        return super().register(plugin, name)

    def unregister(self, plugin: object | None = None, name: str | None = None) -> Any:
        self._narrowed.clear()
        self._implementers.clear()
        return super().unregister(plugin, name)

    def implementers(self, hook_name: str) -> list[str]:
        """The plugins that implement `hook_name` (wrappers aside), in pluggy's call order."""
        return list(self._implementers_of(hook_name))

    def _implementers_of(self, hook_name: str) -> tuple[str, ...]:
        """`implementers`, worked out once per hook until a plugin is registered or taken out
        (a turn asks it for `screen` and `classify`; pluggy copies its list on every look)."""
        found = self._implementers.get(hook_name)
        if found is None:
            impls = getattr(self.hook, hook_name).get_hookimpls()
            found = self._implementers[hook_name] = tuple(
                impl.plugin_name for impl in reversed(impls) if not (impl.hookwrapper or impl.wrapper)
            )
        return found

    def hook_of(self, hook_name: str, plugin_name: str) -> pluggy.HookCaller:
        """`pm.hook.<hook_name>` narrowed to one plugin's implementation, plus every hook
        wrapper: call it like the hook (`pm.hook_of("respond", "ceres")(turn=turn)`, a list of
        at most one result), and wrappers and `add_hookcall_monitoring` see the call. The
        host asks plugins one by one where it must know whose result is whose, or where one
        plugin's exception must not stop the others."""
        key = (hook_name, plugin_name)
        caller = self._narrowed.get(key)
        if caller is None:
            if plugin_name not in self._implementers_of(hook_name):
                raise LookupError(f"plugin {plugin_name!r} does not implement {hook_name}")
            others = {
                impl.plugin
                for impl in getattr(self.hook, hook_name).get_hookimpls()
                if impl.plugin_name != plugin_name and not (impl.hookwrapper or impl.wrapper)
            }
            caller = self._narrowed[key] = self.subset_hook_caller(hook_name, others)
        return caller

    def mark_failed(self, name: str, error: str) -> None:
        """Take a plugin out after an error in one of its hooks, keeping the reason to report."""
        log.error("plugin %s failed: %s", name, error)
        self.failed[name] = error
        if self.has_plugin(name):
            self.unregister(name=name)

    def list_plugins(self, include_builtin: bool = False) -> list[PluginInfo]:
        """Every plugin known: loaded, disabled and failed, sorted by name."""
        infos = []
        for name, plugin in self.list_name_plugin():
            if plugin is None:
                continue
            builtin = name in DEFAULT_PLUGINS
            if builtin and not include_builtin:
                continue
            dist, version = self.distributions.get(name, (None, None))
            hooks = sorted(caller.name for caller in self.get_hookcallers(plugin) or [])
            infos.append(PluginInfo(name, "enabled", version, dist, hooks, builtin=builtin))
        for name, error in self.failed.items():
            dist, version = self.distributions.get(name, (None, None))
            infos.append(PluginInfo(name, "failed", version, dist, error=error))
        for name in self.disabled:
            dist, version = self.distributions.get(name, (None, None))
            infos.append(PluginInfo(name, "disabled", version, dist))
        return sorted(infos, key=lambda info: info.name)


def available_entry_points() -> dict[str, EntryPoint]:
    """The installed entry points in the `agenthost` group, by name."""
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def make_plugin_manager(config: Config, load_entry_points: bool = True) -> PluginManager:
    """Build the manager: block disabled plugins, load entry points, register the defaults."""
    pm = PluginManager()
    found = available_entry_points() if load_entry_points else {}
    for ep in found.values():
        if ep.dist is not None:
            pm.distributions[ep.name] = (ep.dist.name, ep.dist.version)

    named = list(config.plugins.disabled) + list(config.plugins.enabled or [])
    unknown = sorted(set(named) - set(found))
    if unknown and load_entry_points:
        blamed = sorted({config.plugins.named_in.get(name, f"{config.source} [plugins]") for name in unknown})
        raise ConfigError(
            f"unknown plugin(s) {unknown}, named in {' and '.join(blamed)}; "
            f"installed: {sorted(found) or 'none'} (see `agenthost plugins --all`)"
        )
    blocked = set(config.plugins.disabled)
    if config.plugins.enabled is not None:
        blocked |= set(found) - set(config.plugins.enabled)
    for name in blocked:
        pm.set_blocked(name)
    pm.disabled = blocked & set(found)

    for name, ep in sorted(found.items()):
        if pm.is_blocked(name):
            continue
        try:
            plugin = ep.load()
            pm.register(plugin, name=name)
        except Exception as exc:  # a broken plugin must not take the host down
            pm.mark_failed(name, f"failed to load {ep.value!r}: {type(exc).__name__}: {exc}")

    for module_name in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(module_name), name=module_name)
    return pm


async def call_each(pm: PluginManager, hook_name: str, /, failed: list[str] | None = None, **kwargs: Any) -> list[tuple[str, Any]]:
    """Call `hook_name` on each plugin that implements it, one at a time (through
    `pm.hook_of`, so wrappers and tracing see every call), and await awaitable results.

    Returns `(plugin name, result)` pairs in call order; `result` is None when the plugin
    abstained. A plugin that raises is logged, naming it, and left out (and its name added to
    `failed`, when given): one broken plugin never stops the others."""
    results = []
    for plugin_name in pm._implementers_of(hook_name):
        try:
            returned = pm.hook_of(hook_name, plugin_name)(**kwargs)
            result = await await_me_maybe(returned[0]) if returned else None
        except Exception:
            log.exception("%s hook of plugin %s failed", hook_name, plugin_name)
            if failed is not None:
                failed.append(plugin_name)
            continue
        results.append((plugin_name, result))
    return results
