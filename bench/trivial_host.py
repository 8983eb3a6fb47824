"""`agenthost serve` with one trivial agent in place of the installed ones: what a turn costs
the host itself (the socket, limits, the safety guard, routing, dispatch, storage, frames)
when the agent does nothing. `bench/ws_throughput.py` runs it as the `host-trivial` server.

    python bench/trivial_host.py --port 8001 --data-dir /tmp/data

The agent is named `general` (the router's fallback), scores nothing and answers with the
message it got. Every other setting is read as `agenthost serve` reads it (`./agenthost.toml`,
the environment); the agent plugins there are left out, the built-in guard stays in.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from attrs import evolve

from host import Agent, Reply, Turn, hookimpl
from host.app import create_app
from host.config import load_config
from host.logs import configure_logging
from host.plugins import make_plugin_manager
from host.serving import listen, run


class TrivialAgent:
    """Answers every message with the message itself; scores nothing, so it wins by fallback."""

    __name__ = "bench-trivial"

    @hookimpl
    def register_agents(self, register) -> None:  # type: ignore[no-untyped-def]
        register(Agent("general", "General", "🤖", "repeats the message (benchmark agent)"))

    @hookimpl
    def respond(self, turn: Turn) -> Reply:
        return Reply(turn.message)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--log-level", default="WARNING")
    args = parser.parse_args()
    config = load_config(overrides={"server.host": args.host, "server.port": args.port, "server.data_dir": Path(args.data_dir)})
    configure_logging(args.log_level, config.server.log_format)
    # Only the host's own plugins (the safety guard) besides the trivial agent.
    config = evolve(config, plugins=evolve(config.plugins, enabled=["safety"], disabled=[]))
    app = create_app(config, extra_plugins=[TrivialAgent()], pm=make_plugin_manager(config))
    run(app, config, listen(config), None)


if __name__ == "__main__":
    main()
