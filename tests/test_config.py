"""Configuration precedence and errors that name the file and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from host.config import ConfigError, load_config

TOML = """
[server]
port = 9000
data_dir = "chats"
max_message_bytes = 2048

[llm]
model = "llama3"
timeout_s = 10

[router]
threshold = 0.4

[plugins]
disabled = ["bridge_render"]

[plugins.bridge_render]
url = "ws://example.invalid/ws"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "agenthost.toml"
    path.write_text(text)
    return path


def test_defaults_without_file_or_env():
    config = load_config(env={}, read_dotenv=False)
    assert config.server.port == 8000
    assert config.server.max_message_bytes == 16 * 1024
    assert config.router.fallback_agent == "general"
    assert config.llm.configured is False


def test_file_then_env_then_overrides(tmp_path):
    path = write(tmp_path, TOML)
    config = load_config(path, env={}, read_dotenv=False)
    assert config.server.port == 9000
    assert config.server.data_dir == Path("chats")
    assert config.llm.model == "llama3"
    assert config.router.threshold == 0.4
    assert config.plugins.disabled == ["bridge_render"]
    assert config.plugin_settings("bridge_render") == {"url": "ws://example.invalid/ws"}

    env = {"OPENAI_MODEL": "gpt-4o", "AGENTHOST_PORT": "9100", "EXTERNAL_WS_URL": "ws://127.0.0.1:1/x",
           "EXTERNAL_WS_USER_ID": "bot", "OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}
    config = load_config(path, env=env, read_dotenv=False)
    assert config.llm.model == "gpt-4o"
    assert config.server.port == 9100
    assert config.plugin_settings("bridge_render") == {"url": "ws://127.0.0.1:1/x", "user_id": "bot"}
    assert config.llm.configured is True

    config = load_config(path, env=env, overrides={"server.port": 9200}, read_dotenv=False)
    assert config.server.port == 9200


def test_dotenv_file_is_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("OPENAI_MODEL", raising=False)
    (tmp_path / ".env").write_text("OPENAI_MODEL=from-dotenv\n")
    assert load_config().llm.model == "from-dotenv"


def test_plugins_disabled_from_environment_adds_to_the_file(tmp_path):
    path = write(tmp_path, TOML)
    config = load_config(path, env={"AGENTHOST_PLUGINS_DISABLED": "ceres, helios"}, read_dotenv=False)
    assert config.plugins.disabled == ["bridge_render", "ceres", "helios"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[server]\nport = 'eighty'\n", "[server]"),
        ("[server]\nprot = 80\n", "prot"),
        ("[routr]\n", "unknown section(s) ['routr']"),
        ("[server\n", "not valid TOML"),
        ("[plugins]\nenabled = ['a']\ndisabled = ['b']\n", "not both"),
        ("[plugins]\nbridge_render = 3\n", "[plugins.bridge_render]"),
    ],
)
def test_bad_config_names_the_file_and_field(tmp_path, text, expected):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as error:
        load_config(path, env={}, read_dotenv=False)
    assert str(path) in str(error.value)
    assert expected in str(error.value)


def test_bad_environment_value_names_the_variable():
    with pytest.raises(ConfigError, match="AGENTHOST_PORT"):
        load_config(env={"AGENTHOST_PORT": "http"}, read_dotenv=False)
    with pytest.raises(ConfigError, match="AGENTHOST_LLM_CLASSIFY"):
        load_config(env={"AGENTHOST_LLM_CLASSIFY": "maybe"}, read_dotenv=False)


def test_llm_classify_from_environment():
    assert load_config(env={"AGENTHOST_LLM_CLASSIFY": "0"}, read_dotenv=False).llm.classify is False
    assert load_config(env={"AGENTHOST_LLM_CLASSIFY": "true"}, read_dotenv=False).llm.classify is True


def test_missing_config_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml", env={}, read_dotenv=False)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[storage]\ncache_mb = -1\n", "cache_mb"),
        ("[storage]\nfsync_interval_s = 0\n", "fsync_interval_s"),
    ],
)
def test_bad_storage_settings_name_the_file_and_field(tmp_path, text, expected):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as error:
        load_config(path, env={}, read_dotenv=False)
    assert str(path) in str(error.value) and expected in str(error.value)


def test_the_event_loop_is_chosen_by_name():
    import asyncio

    from host.serving import new_event_loop

    assert load_config(env={"AGENTHOST_EVENT_LOOP": "asyncio"}, read_dotenv=False).server.event_loop == "asyncio"
    with pytest.raises(ConfigError, match="AGENTHOST_EVENT_LOOP"):
        load_config(env={"AGENTHOST_EVENT_LOOP": "tokio"}, read_dotenv=False)
    loop = new_event_loop("asyncio")
    try:
        assert type(loop).__module__.startswith("asyncio")
    finally:
        loop.close()
    loop = new_event_loop("auto")  # uvloop when installed, else asyncio's
    loop.close()
