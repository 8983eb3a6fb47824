"""Configuration: defaults < `agenthost.toml` < environment (and `.env`) < command-line flags.

The original backend's variable names keep working: `OPENAI_API_KEY`, `OPENAI_MODEL`,
`OPENAI_BASE_URL`, `EXTERNAL_WS_URL`, `EXTERNAL_WS_USER_ID`.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import cattrs
from cattrs.v import format_exception, transform_error
from attrs import Factory, define, evolve, field

DEFAULT_CONFIG_FILE = "agenthost.toml"
LOG_FORMATS = ("text", "json")
EVENT_LOOPS = ("auto", "uvloop", "asyncio")


class ConfigError(Exception):
    """A setting is wrong; the message names the file and the field."""


@define
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = 8000
    data_dir: Path = Path("user_contexts")
    max_message_bytes: int = 16 * 1024
    max_frame_bytes: int = 1024 * 1024
    heartbeat_s: float = 30.0
    typing_interval_s: float = 3.0
    # A reply ready sooner than this sends no typing frames at all (a person would never see
    # them); a slower one gets `typing` start, repeated every typing_interval_s, then stop.
    typing_delay_s: float = 0.3
    history_limit: int = 20
    max_queued_per_user: int = 50
    turn_timeout_s: float = 30.0
    shutdown_grace_s: float = 5.0
    # Browser origins (besides the server's own) allowed to open the socket and POST.
    allowed_origins: list[str] = Factory(list)
    # Proxies whose X-Forwarded-For names the client (for per-IP limits); none by default.
    trusted_proxies: list[str] = Factory(list)
    certfile: Path | None = None
    keyfile: Path | None = None
    metrics_port: int | None = None  # serve /metrics on this port only (None: on the chat port)
    log_format: str = "text"  # or "json": one JSON object per line
    # "auto": uvloop where it is installed (a dependency, except on Windows), else asyncio's
    # own loop; "uvloop" or "asyncio" to choose. bench/ws_throughput.py measures the two.
    event_loop: str = "auto"


@define
class LLMConfig:
    api_key: str | None = None
    model: str = "gpt-4o-mini"
    base_url: str | None = None
    timeout_s: float = 30.0
    max_retries: int = 2
    # One deadline for the model's whole answer: retries, Retry-After waits, tool rounds and a
    # stream that stalls or drips. Past it the agent answers offline.
    deadline_s: float = 15.0
    max_reply_chars: int = 12_000
    temperature: float = 0.7
    max_tokens: int = 800
    # Ask for token counts in streamed replies (`stream_options.include_usage`), for the
    # agenthost_llm_tokens_total metric; false for a server that rejects the option.
    stream_usage: bool = True
    classify: bool = True
    classify_timeout_s: float = 5.0
    max_tool_rounds: int = 5
    history_token_budget: int = 2000

    @property
    def configured(self) -> bool:
        """An LLM is used when a key or a server URL is given; otherwise the host runs offline."""
        return bool(self.api_key or self.base_url)


@define
class RouterConfig:
    threshold: float = 0.3
    margin: float = 0.1
    fallback_agent: str = "general"


@define
class AuthConfig:
    """`[auth]`: who may do what. `mode` is "none" (loopback only, everyone may do everything)
    or "jwt". The HS256 secret comes only from `AGENTHOST_JWT_SECRET`, never from the file."""

    mode: str = "none"
    secret: str | None = field(default=None, repr=False)
    public_key_file: Path | None = None
    jwks_file: Path | None = None
    algorithms: list[str] | None = None  # default: HS256 with a secret, RS256 and ES256 with keys
    issuer: str | None = None
    audience: str | None = None
    leeway_s: float = 30.0


@define
class StorageConfig:
    """`[storage]`: `backend` "files" (one host, the default: folders under `server.data_dir`)
    or "redis" (several hosts share one Redis: storage, turn order, counters, sessions, rate
    limits and the bridge's lease). `max_entries` caps each Redis stream (a user's history or
    one log) with `XADD MAXLEN ~`; the file backend keeps everything.

    The file backend keeps at most `cache_mb` of the files it reads and writes in memory, and
    fsyncs the logs within `fsync_interval_s` of writing them (documents as they are written)."""

    backend: str = "files"
    redis_url: str = "redis://127.0.0.1:6379/0"
    prefix: str = "ah"
    max_entries: int = 100_000
    cache_mb: float = 64.0
    fsync_interval_s: float = 1.0

    def __attrs_post_init__(self) -> None:
        if self.backend not in ("files", "redis"):
            raise ValueError(f"backend must be 'files' or 'redis', not {self.backend!r}")
        if self.cache_mb < 0:
            raise ValueError(f"cache_mb must be 0 or more, not {self.cache_mb}")
        if not 0 < self.fsync_interval_s <= 60:
            raise ValueError(f"fsync_interval_s must be more than 0 and at most 60, not {self.fsync_interval_s}")


@define
class LimitsConfig:
    """`[limits]`: rates in the `limits` library's notation ("30/minute"), counts, deadlines.
    Every default is sized for one 2-core host; see README "Running it for real"."""

    storage_uri: str = "memory://"
    messages_per_user: str = "30/minute"
    messages_per_ip: str = "300/minute"
    requests_per_ip: str = "600/minute"
    new_users_per_ip: str = "20/hour"
    sockets_per_user: int = 5
    sockets_per_ip: int = 50
    max_sockets: int = 2000
    handshake_timeout_s: float = 10.0
    idle_timeout_s: float = 600.0
    send_buffer_bytes: int = 1024 * 1024


@define
class PluginsConfig:
    disabled: list[str] = Factory(list)
    enabled: list[str] | None = None
    settings: dict[str, dict[str, Any]] = Factory(dict)
    # Where each plugin name came from, so an unknown one is blamed on the right setting.
    named_in: dict[str, str] = Factory(dict)


SAFETY_CATEGORIES = ("cardiac", "eating_disorder", "pregnancy", "self_harm")
SAFETY_MODES = ("enforce", "shadow")
HELPLINE_KINDS = ("emergency", "urgent", "crisis", "text", "eating_disorder")


@define
class HelplineEntry:
    """One help line as a reply shows it, with the date it was last checked and against what."""

    text: str
    verified: date
    source: str = ""


@define
class SafetyConfig:
    """`[safety]`: the built-in guard (`host.safety`). See README, "Safety guard"."""

    enabled: bool = True
    mode: str = "enforce"  # "shadow": screen, log and count, never intervene
    region: str = "INTL"  # picks the help lines; a user's profile `region` overrides it
    categories: list[str] = Factory(lambda: list(SAFETY_CATEGORIES))
    sticky_turns: int = 3  # turns prefaced after an eating-disorder, self-harm or cardiac answer
    max_loss_kg_per_week: float = 2.0  # a faster planned or reported loss is a red flag
    min_intake_kcal: float = 800.0  # a daily intake below this is a red flag (NHS: VLCD <= 800)
    min_goal_weight_kg: float = 40.0  # losing toward a goal below this is a red flag (BMI 18.5 at 147 cm); +5 for a teenager
    concern_threshold: float = 0.8  # the word model's P(red flag) that answers what no rule caught; 1: off
    helplines: dict[str, dict[str, HelplineEntry]] = Factory(dict)  # [safety.helplines.GB.crisis]


@define
class Config:
    server: ServerConfig = Factory(ServerConfig)
    llm: LLMConfig = Factory(LLMConfig)
    router: RouterConfig = Factory(RouterConfig)
    plugins: PluginsConfig = Factory(PluginsConfig)
    auth: AuthConfig = Factory(AuthConfig)
    limits: LimitsConfig = Factory(LimitsConfig)
    safety: SafetyConfig = Factory(SafetyConfig)
    storage: StorageConfig = Factory(StorageConfig)
    source: str = "defaults"

    def plugin_settings(self, name: str) -> dict[str, Any]:
        """The `[plugins.<name>]` table, or an empty dict."""
        return dict(self.plugins.settings.get(name, {}))


_converter = cattrs.Converter(forbid_extra_keys=True)
_converter.register_structure_hook(Path, lambda value, _: Path(value))


def _structure_date(value: Any, _: type) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return date.fromisoformat(value)
    raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)")


_converter.register_structure_hook(date, _structure_date)


def _structure_section(cls: type, data: Mapping[str, Any], where: str) -> Any:
    try:
        return _converter.structure(dict(data), cls)
    except cattrs.BaseValidationError as exc:
        raise ConfigError(f"{where}: " + "; ".join(transform_error(exc, path="field", format_exception=_explain))) from None


def _explain(exc: BaseException, type_: Any) -> str:
    """cattrs' wording, plus the reason a field's own check gave (e.g. an unknown backend)."""
    if type(exc) is ValueError and exc.args:
        return f"invalid value: {exc}"
    return format_exception(exc, type_)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None


def _from_toml(data: dict[str, Any], where: str) -> Config:
    known = ("server", "llm", "router", "plugins", "auth", "limits", "safety", "storage")
    unknown = set(data) - set(known)
    if unknown:
        raise ConfigError(f"{where}: unknown section(s) {sorted(unknown)}; known: {', '.join(known)}")
    if "secret" in data.get("auth", {}):
        raise ConfigError(
            f"{where} [auth]: 'secret' must not be in a config file (it would end up in git); "
            "set AGENTHOST_JWT_SECRET in the environment or in .env"
        )
    plugins_table = dict(data.get("plugins", {}))
    plugins = PluginsConfig(
        disabled=list(plugins_table.pop("disabled", [])),
        enabled=plugins_table.pop("enabled", None),
    )
    for field_name in ("disabled", "enabled"):
        plugins.named_in.update({name: f"{where} [plugins] {field_name}" for name in getattr(plugins, field_name) or []})
    for name, table in plugins_table.items():
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: [plugins] field '{name}' must be a table [plugins.{name}]")
        plugins.settings[name] = table
    return Config(
        server=_structure_section(ServerConfig, data.get("server", {}), f"{where} [server]"),
        llm=_structure_section(LLMConfig, data.get("llm", {}), f"{where} [llm]"),
        router=_structure_section(RouterConfig, data.get("router", {}), f"{where} [router]"),
        plugins=plugins,
        auth=_structure_section(AuthConfig, data.get("auth", {}), f"{where} [auth]"),
        limits=_structure_section(LimitsConfig, data.get("limits", {}), f"{where} [limits]"),
        safety=_safety_section(data.get("safety", {}), f"{where} [safety]"),
        storage=_structure_section(StorageConfig, data.get("storage", {}), f"{where} [storage]"),
        source=where,
    )


def _safety_section(data: Mapping[str, Any], where: str) -> SafetyConfig:
    safety: SafetyConfig = _structure_section(SafetyConfig, data, where)
    if safety.mode not in SAFETY_MODES:
        raise ConfigError(f"{where}: field 'mode' must be one of {list(SAFETY_MODES)}, not {safety.mode!r}")
    unknown = sorted(set(safety.categories) - set(SAFETY_CATEGORIES))
    if unknown:
        raise ConfigError(f"{where}: field 'categories' has unknown {unknown}; known: {list(SAFETY_CATEGORIES)}")
    if safety.sticky_turns < 0:
        raise ConfigError(f"{where}: field 'sticky_turns' must be 0 or more, not {safety.sticky_turns}")
    if not 0 < safety.max_loss_kg_per_week <= 10:
        raise ConfigError(f"{where}: field 'max_loss_kg_per_week' must be above 0 and at most 10, not {safety.max_loss_kg_per_week}")
    if not 0.5 <= safety.concern_threshold <= 1:
        raise ConfigError(f"{where}: field 'concern_threshold' must be between 0.5 and 1 (1 turns the word model off), not {safety.concern_threshold}")
    if not 0 < safety.min_intake_kcal <= 3000:
        raise ConfigError(f"{where}: field 'min_intake_kcal' must be above 0 and at most 3000, not {safety.min_intake_kcal}")
    if not 20 <= safety.min_goal_weight_kg <= 80:
        raise ConfigError(f"{where}: field 'min_goal_weight_kg' must be between 20 and 80, not {safety.min_goal_weight_kg}")
    for region, lines in safety.helplines.items():
        wrong = sorted(set(lines) - set(HELPLINE_KINDS))
        if wrong:
            raise ConfigError(f"{where}: helplines.{region} has unknown line(s) {wrong}; known: {list(HELPLINE_KINDS)}")
    safety.region = safety.region.upper()
    safety.helplines = {region.upper(): lines for region, lines in safety.helplines.items()}
    return safety


def _split_names(value: str) -> list[str]:
    return [name.strip() for name in value.split(",") if name.strip()]


def _boolean(raw: str) -> bool:
    if raw.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if raw.strip().lower() in ("0", "false", "no", "off"):
        return False
    raise ValueError(raw)


_boolean.__name__ = "boolean (1/0, true/false)"

def _storage_backend(raw: str) -> str:
    if raw not in ("files", "redis"):
        raise ValueError(raw)
    return raw


_storage_backend.__name__ = "storage backend ('files' or 'redis')"

_ENV_FIELDS: dict[str, tuple[str, str, Callable[[str], Any]]] = {
    "OPENAI_API_KEY": ("llm", "api_key", str),
    "OPENAI_MODEL": ("llm", "model", str),
    "OPENAI_BASE_URL": ("llm", "base_url", str),
    "AGENTHOST_HOST": ("server", "host", str),
    "AGENTHOST_PORT": ("server", "port", int),
    "AGENTHOST_DATA_DIR": ("server", "data_dir", Path),
    "AGENTHOST_LLM_CLASSIFY": ("llm", "classify", _boolean),
    "AGENTHOST_ALLOWED_ORIGINS": ("server", "allowed_origins", _split_names),
    "AGENTHOST_TRUSTED_PROXIES": ("server", "trusted_proxies", _split_names),
    "AGENTHOST_CERTFILE": ("server", "certfile", Path),
    "AGENTHOST_KEYFILE": ("server", "keyfile", Path),
    "AGENTHOST_AUTH": ("auth", "mode", str),
    "AGENTHOST_JWT_SECRET": ("auth", "secret", str),
    "AGENTHOST_JWT_PUBLIC_KEY_FILE": ("auth", "public_key_file", Path),
    "AGENTHOST_JWKS_FILE": ("auth", "jwks_file", Path),
    "AGENTHOST_LIMITS_STORAGE_URI": ("limits", "storage_uri", str),
    "AGENTHOST_STORAGE": ("storage", "backend", _storage_backend),
    "AGENTHOST_REDIS_URL": ("storage", "redis_url", str),
    "AGENTHOST_REDIS_PREFIX": ("storage", "prefix", str),
    "AGENTHOST_METRICS_PORT": ("server", "metrics_port", int),
    "AGENTHOST_LOG_FORMAT": ("server", "log_format", str),
    "AGENTHOST_EVENT_LOOP": ("server", "event_loop", str),
}


def _apply_env(config: Config, env: Mapping[str, str]) -> Config:
    for var, (section, name, kind) in _ENV_FIELDS.items():
        raw = env.get(var)
        if raw is None or raw == "":
            continue
        try:
            value = kind(raw)
        except ValueError:
            raise ConfigError(f"environment variable {var}={raw!r} is not a valid {kind.__name__}") from None
        setattr(getattr(config, section), name, value)
    if env.get("AGENTHOST_PLUGINS_DISABLED"):
        names = _split_names(env["AGENTHOST_PLUGINS_DISABLED"])
        config.plugins.disabled = sorted(set(config.plugins.disabled) | set(names))
        config.plugins.named_in.update({name: "the environment variable AGENTHOST_PLUGINS_DISABLED" for name in names})
    if env.get("AGENTHOST_PLUGINS_ENABLED"):
        config.plugins.enabled = _split_names(env["AGENTHOST_PLUGINS_ENABLED"])
        config.plugins.named_in.update({name: "the environment variable AGENTHOST_PLUGINS_ENABLED" for name in config.plugins.enabled})
    # The original backend's names for the bridge's settings.
    for var, key in (("EXTERNAL_WS_URL", "url"), ("EXTERNAL_WS_USER_ID", "user_id")):
        if env.get(var):
            config.plugins.settings.setdefault("bridge_render", {})[key] = env[var]
    return config


def load_config(
    path: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
    read_dotenv: bool = True,
) -> Config:
    """Build the config from the file (if any), the environment and `overrides`.

    `overrides` maps `section.field` (e.g. `server.port`) to a value, as the CLI flags do.
    With `path` None, `agenthost.toml` in the current directory is read if it exists.
    """
    if env is None:
        if read_dotenv:
            from dotenv import dotenv_values

            file_env = {k: v for k, v in dotenv_values(".env").items() if v is not None}
            env = {**file_env, **os.environ}
        else:
            env = os.environ
    if path is None and Path(DEFAULT_CONFIG_FILE).exists():
        path = DEFAULT_CONFIG_FILE
    if path is not None:
        path = Path(path)
        if not path.exists():
            raise ConfigError(f"{path}: config file not found")
        config = _from_toml(_read_toml(path), str(path))
    else:
        config = Config()
    config = _apply_env(config, env)
    for dotted, value in (overrides or {}).items():
        if value is None:
            continue
        section, _, name = dotted.partition(".")
        target = getattr(config, section)
        if not hasattr(target, name):
            raise ConfigError(f"unknown setting {dotted!r}")
        setattr(target, name, value)
    if config.plugins.enabled is not None and config.plugins.disabled:
        raise ConfigError(f"{config.source}: set [plugins] enabled or disabled, not both")
    if config.server.log_format not in LOG_FORMATS:
        raise ConfigError(
            f"server.log_format ([server] log_format, AGENTHOST_LOG_FORMAT or --log-format) must be "
            f"'text' or 'json', not {config.server.log_format!r}"
        )
    if config.server.event_loop not in EVENT_LOOPS:
        raise ConfigError(
            f"server.event_loop ([server] event_loop or AGENTHOST_EVENT_LOOP) must be one of "
            f"{', '.join(EVENT_LOOPS)}, not {config.server.event_loop!r}"
        )
    if config.storage.backend == "redis" and config.limits.storage_uri == LimitsConfig().storage_uri:
        # Several hosts: the rate limits are the cluster's, in the same Redis.
        config.limits.storage_uri = config.storage.redis_url
    return config


def test_config(data_dir: Path, **sections: Mapping[str, Any]) -> Config:
    """A config for tests: defaults, `data_dir`, and any section fields given, no env read."""
    config = Config()
    config.server.data_dir = Path(data_dir)
    for section, values in sections.items():
        target = getattr(config, section)
        for name, value in values.items():
            setattr(target, name, value)
    return evolve(config, source="test")


test_config.__test__ = False  # type: ignore[attr-defined]  # not a pytest test
