"""Plugins found through real entry points (a `.dist-info` on sys.path), enabled, disabled,
broken, and listed by `/plugins`, `/health` and `agenthost plugins`."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from host.config import ConfigError, load_config, test_config
from host.plugins import available_entry_points, make_plugin_manager
from tests.conftest import receive_until
from tests.fakes import FALLBACK

GOOD_PLUGIN = '''
from host import Agent, Reply, Score, hookimpl

@hookimpl
def register_agents(register):
    register(Agent("owl", "Owl", "🦉", "answers questions about birds"))

@hookimpl
def classify(message, context):
    return Score("owl", 0.8 if "bird" in message.lower() else 0.0, "bird")

@hookimpl
def respond(turn):
    return Reply("Hoot! " + turn.message)
'''

MARKER_PLUGIN = '''
import pathlib, os
pathlib.Path(os.environ["AGENTHOST_TEST_MARKER"]).write_text("imported")
from host import Agent, hookimpl

@hookimpl
def register_agents(register):
    register(Agent("marker", "Marker", "📍", "proves it was imported"))
'''

BROKEN_IMPORT = "raise RuntimeError('cannot find my model file')\n"

BROKEN_REGISTER = '''
from host import hookimpl

@hookimpl
def register_agents(register):
    raise ValueError("bad agent table")
'''

DUPLICATE_OWL = '''
from host import Agent, hookimpl

@hookimpl
def register_agents(register):
    register(Agent("owl", "Other Owl", "🦉", "a second owl"))
'''


def install_fake_distribution(site: Path, dist: str, entry_name: str, module: str, source: str) -> None:
    """Write `module.py` and a `.dist-info` with an `agenthost` entry point, as pip would."""
    (site / f"{module}.py").write_text(textwrap.dedent(source))
    info = site / f"{dist}-1.2.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.2.3\n")
    (info / "entry_points.txt").write_text(f"[agenthost]\n{entry_name} = {module}\n")


@pytest.fixture
def site(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setenv("AGENTHOST_TEST_MARKER", str(tmp_path / "marker"))
    before = set(sys.modules)
    yield site
    for name in set(sys.modules) - before:
        if name.startswith("ah_test_"):
            del sys.modules[name]


async def test_plugin_discovered_through_entry_point_routes(site, make_client, tmp_path):
    install_fake_distribution(site, "agenthost_owl", "owl", "ah_test_owl", GOOD_PLUGIN)
    config = test_config(tmp_path / "data", plugins={"enabled": ["owl"]})
    client = await make_client(plugins=[FALLBACK()], entry_points=True, config=config)
    ws = await client.ws_connect("/ws/u1")
    welcome = await ws.receive_json()
    assert "owl" in [a["id"] for a in welcome["agents"]]
    await ws.send_json({"message": "what bird is that?", "id": "b"})
    final = (await receive_until(ws, "message"))[-1]
    assert final["agent"] == "Owl 🦉"
    assert final["message"] == "Hoot! what bird is that?"
    plugins = await (await client.get("/plugins")).json()
    owl = next(p for p in plugins if p["name"] == "owl")
    assert owl["state"] == "enabled"
    assert owl["version"] == "1.2.3"
    assert owl["distribution"] == "agenthost_owl"
    assert owl["hooks"] == ["classify", "register_agents", "respond"]


async def test_disabled_plugin_is_never_imported_and_listed_disabled(site, make_client, tmp_path):
    install_fake_distribution(site, "agenthost_marker", "marker", "ah_test_marker", MARKER_PLUGIN)
    install_fake_distribution(site, "agenthost_owl", "owl", "ah_test_owl", GOOD_PLUGIN)
    # Installed agent plugins are disabled too, to keep them out of this test.
    others = set(available_entry_points()) - {"owl", "marker"}
    env = {"AGENTHOST_PLUGINS_DISABLED": ",".join(["marker", *others]), "AGENTHOST_DATA_DIR": str(tmp_path / "data")}
    config = load_config(env=env, read_dotenv=False)
    client = await make_client(plugins=[], entry_points=True, config=config)
    assert not (tmp_path / "marker").exists()
    assert "ah_test_marker" not in sys.modules
    plugins = {p["name"]: p for p in await (await client.get("/plugins")).json()}
    assert plugins["marker"]["state"] == "disabled"
    assert plugins["owl"]["state"] == "enabled"
    welcome = await (await client.ws_connect("/ws/u2")).receive_json()
    assert [a["id"] for a in welcome["agents"]] == ["owl"]


async def test_enabled_allow_list_blocks_the_rest(site, make_client, tmp_path):
    install_fake_distribution(site, "agenthost_marker", "marker", "ah_test_marker", MARKER_PLUGIN)
    install_fake_distribution(site, "agenthost_owl", "owl", "ah_test_owl", GOOD_PLUGIN)
    (tmp_path / "agenthost.toml").write_text('[plugins]\nenabled = ["owl"]\n')
    config = load_config(tmp_path / "agenthost.toml", env={}, read_dotenv=False)
    config.server.data_dir = tmp_path / "data"
    client = await make_client(plugins=[], entry_points=True, config=config)
    assert not (tmp_path / "marker").exists()
    plugins = {p["name"]: p["state"] for p in await (await client.get("/plugins")).json()}
    assert plugins["marker"] == "disabled" and plugins["owl"] == "enabled"


def test_unknown_plugin_name_is_an_error_listing_the_known_ones(site, tmp_path):
    install_fake_distribution(site, "agenthost_owl", "owl", "ah_test_owl", GOOD_PLUGIN)
    config = test_config(tmp_path, plugins={"disabled": ["owll"]})
    with pytest.raises(ConfigError) as error:
        make_plugin_manager(config)
    assert "owll" in str(error.value) and "'owl'" in str(error.value)


async def test_broken_plugins_are_listed_failed_and_the_host_keeps_serving(site, make_client, tmp_path):
    install_fake_distribution(site, "agenthost_crash", "crash", "ah_test_crash", BROKEN_IMPORT)
    install_fake_distribution(site, "agenthost_badreg", "badreg", "ah_test_badreg", BROKEN_REGISTER)
    install_fake_distribution(site, "agenthost_owl", "owl", "ah_test_owl", GOOD_PLUGIN)
    config = test_config(tmp_path / "data", plugins={"enabled": ["crash", "badreg", "owl"]})
    client = await make_client(plugins=[FALLBACK()], entry_points=True, config=config)
    health = await (await client.get("/health")).json()
    states = {p["name"]: p for p in health["plugins"]}
    assert states["crash"]["state"] == "failed"
    assert "cannot find my model file" in states["crash"]["error"]
    assert states["badreg"]["state"] == "failed"
    assert "bad agent table" in states["badreg"]["error"]
    assert health["status"] == "degraded"
    assert any("crash" in problem and "badreg" in problem for problem in health["problems"])
    ws = await client.ws_connect("/ws/u3")
    await ws.receive_json()
    await ws.send_json({"message": "bird?", "id": "x"})
    assert (await receive_until(ws, "message"))[-1]["metadata"]["agent_id"] == "owl"


async def test_two_plugins_with_one_agent_name_is_an_error_naming_both(site, make_client, tmp_path):
    install_fake_distribution(site, "agenthost_owl", "owl", "ah_test_owl", GOOD_PLUGIN)
    install_fake_distribution(site, "agenthost_owl2", "owl2", "ah_test_owl2", DUPLICATE_OWL)
    config = test_config(tmp_path / "data", plugins={"enabled": ["owl", "owl2"]})
    client = await make_client(plugins=[], entry_points=True, config=config)
    plugins = {p["name"]: p for p in await (await client.get("/plugins")).json()}
    failed = [p for p in plugins.values() if p["state"] == "failed"]
    assert len(failed) == 1
    assert "'owl'" in failed[0]["error"] and "'owl2'" in failed[0]["error"]


def test_plugins_command_lists_name_version_hooks_state_and_errors(site, tmp_path):
    install_fake_distribution(site, "agenthost_owl", "owl", "ah_test_owl", GOOD_PLUGIN)
    install_fake_distribution(site, "agenthost_crash", "crash", "ah_test_crash", BROKEN_IMPORT)
    (tmp_path / "agenthost.toml").write_text('[plugins]\nenabled = ["owl", "crash"]\n')
    env = {**os.environ, "PYTHONPATH": f"{site}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    result = subprocess.run(
        [sys.executable, "-m", "host", "plugins", "--all", "--config", str(tmp_path / "agenthost.toml")],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "owl 1.2.3 (agenthost_owl): enabled" in out
    assert "hooks: classify, register_agents, respond" in out
    assert "crash 1.2.3 (agenthost_crash): failed" in out
    assert "cannot find my model file" in out
    assert "host.websocket: enabled" in out  # --all shows the built-in plugins too


def test_serve_refuses_an_unknown_plugin_name_with_a_clear_message(site, tmp_path):
    (tmp_path / "agenthost.toml").write_text('[plugins]\ndisabled = ["nosuch"]\n')
    result = subprocess.run(
        [sys.executable, "-m", "host", "serve", "--port", "0"],
        capture_output=True, text=True, cwd=tmp_path, timeout=60,
        env={**os.environ, "AGENTHOST_DATA_DIR": str(tmp_path / "data")},
    )
    assert result.returncode == 2
    assert "unknown plugin(s) ['nosuch'], named in agenthost.toml [plugins] disabled" in result.stderr
    assert "installed:" in result.stderr
    assert not (tmp_path / "data").exists()


def test_an_unknown_plugin_name_from_the_environment_blames_the_variable(site, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "host", "plugins"],
        capture_output=True, text=True, cwd=tmp_path, timeout=60,
        env={**os.environ, "AGENTHOST_PLUGINS_ENABLED": "owl"},
    )
    assert result.returncode == 2
    assert "named in the environment variable AGENTHOST_PLUGINS_ENABLED" in result.stderr
    assert "defaults" not in result.stderr and "Traceback" not in result.stderr
