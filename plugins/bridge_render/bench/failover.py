"""How long the external app goes without a bridge when the holder dies: SIGKILL the host
holding the lease, measure until another host's connection opens on the fake chat app, again
and again (a fresh host replaces each one killed, so there are always `--hosts`).

    .venv/bin/python plugins/bridge_render/bench/failover.py --kills 10 --lease 10 --renew 3

Everything runs on loopback: a redis-server (Debian's) in a temp dir, the fake chat app from
the tests, and `agenthost serve` processes. The figures are printed beside the bounds the
design gives: the dead holder's lease lapses between lease - renew and lease after the kill
(depending on when it last renewed), and a standby tries right after it lapses (it read the
lease's PTTL at its last try), so a takeover takes between lease - renew and lease, plus the
connect; standbys that tried only every renew interval would take up to lease + renew.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[3]
sys.path[:0] = [str(ROOT), str(HERE.parents[1] / "tests")]

from external_chat import ExternalChat, wait_until  # noqa: E402
from host_process import HostProcess  # noqa: E402

from tests.redis_server import REDIS_SERVER, RedisServer, free_port, unique_prefix  # noqa: E402


async def measure(kills: int, hosts: int, lease_s: float, renew_s: float, directory: Path) -> list[float]:
    redis_server = RedisServer(directory / "redis").start()
    chat = ExternalChat()
    await chat.start()
    prefix = unique_prefix()
    made: list[HostProcess] = []
    settings = {"url": chat.url, "lease_s": lease_s, "renew_s": renew_s}

    async def add_host() -> HostProcess:
        host = HostProcess(f"h{len(made)}", directory / f"h{len(made)}", free_port(), redis_server.url, prefix, settings)
        made.append(host.start())
        await host.ready()
        return host

    took: list[float] = []
    try:
        for _ in range(hosts):
            await add_host()
        await wait_until(lambda: len(chat.open_connections()) == 1, timeout=lease_s + renew_s + 30)
        for n in range(kills):
            [connection] = chat.open_connections()
            holder = next(h for h in made if h.name == connection.host)
            seen = len(chat.connections)
            holder.kill()
            killed_at = time.monotonic()
            await wait_until(lambda: len(chat.connections) > seen, timeout=2 * (lease_s + renew_s) + 30)
            took.append(chat.connections[seen].opened_at - killed_at)
            # The new holder answers, once.
            await chat.send({"from": f"bench-{n}", "message": "hello", "id": f"after-kill-{n}"})
            await wait_until(lambda: chat.replies_to(f"after-kill-{n}"), timeout=30)
            print(f"kill {n + 1:2d}: {holder.name} -> {chat.connections[seen].host} in {took[-1]:.2f} s", flush=True)
            await add_host()
        await asyncio.sleep(renew_s)
        doubled = [i for i in range(kills) if len(chat.replies_to(f"after-kill-{i}")) != 1]
        if doubled:
            raise SystemExit(f"answered other than once after kills {doubled}")
    finally:
        for host in made:
            host.stop()
        await chat.stop()
        redis_server.stop()
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--hosts", type=int, default=2)
    parser.add_argument("--lease", type=float, default=10.0, help="lease_s (the plugin's default: 10)")
    parser.add_argument("--renew", type=float, default=3.0, help="renew_s (the plugin's default: 3)")
    parser.add_argument("--json", type=Path, default=ROOT / "reports" / "bridge_failover.json")
    args = parser.parse_args()
    if not Path(REDIS_SERVER).exists():
        raise SystemExit(f"{REDIS_SERVER} is not installed (apt-get install redis-server)")
    with tempfile.TemporaryDirectory(prefix="agenthost-failover-") as directory:
        took = asyncio.run(measure(args.kills, args.hosts, args.lease, args.renew, Path(directory)))
    figures = {
        "kills": len(took),
        "hosts": args.hosts,
        "lease_s": args.lease,
        "renew_s": args.renew,
        "min_s": round(min(took), 3),
        "median_s": round(statistics.median(took), 3),
        "max_s": round(max(took), 3),
        "design_bounds_s": [round(args.lease - args.renew, 3), round(args.lease, 3)],
        "each_s": [round(t, 3) for t in took],
    }
    print(
        f"\nfailover over {len(took)} kills, {args.hosts} hosts, lease {args.lease} s, renew {args.renew} s:\n"
        f"  min {min(took):.2f} s   median {statistics.median(took):.2f} s   max {max(took):.2f} s\n"
        f"  by design: between lease - renew = {args.lease - args.renew:.2f} s and lease = {args.lease:.2f} s "
        f"(plus the connect); every renew interval alone would allow lease + renew = {args.lease + args.renew:.2f} s"
    )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2) + "\n")
    print(f"  written to {args.json}")


if __name__ == "__main__":
    main()
