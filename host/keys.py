"""Typed keys for everything the app holds (`app[key]`), in one place."""

from __future__ import annotations

from aiohttp import web

from host.config import Config
from host.connections import Connections
from host.dispatch import Dispatcher
from host.llm import LLM
from host.metrics import Metrics
from host.plugins import PluginManager
from host.registry import Registry
from host.storage import FileStorage

CONFIG = web.AppKey("config", Config)
PLUGIN_MANAGER = web.AppKey("plugin_manager", PluginManager)
REGISTRY = web.AppKey("registry", Registry)
STORAGE = web.AppKey("storage", FileStorage)
LLM_CLIENT = web.AppKey("llm", LLM | None)  # type: ignore[arg-type]
DISPATCHER = web.AppKey("dispatcher", Dispatcher)
CONNECTIONS = web.AppKey("connections", Connections)
STARTED_AT = web.AppKey("started_at", float)
METRICS = web.AppKey("metrics", Metrics)
