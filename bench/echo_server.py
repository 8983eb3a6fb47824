"""A bare aiohttp WebSocket echo server: the practical ceiling for `bench/ws_throughput.py`.

It serves the same path as the host (`/ws/{user_id}`) and sends every text frame straight back,
with no parsing, routing or storage, so the benchmark client can drive it unchanged.

    python bench/echo_server.py --port 8765
"""

from __future__ import annotations

import argparse
import resource

from aiohttp import WSMsgType, web


def raise_fd_limit() -> int:
    """Lift the soft open-file limit to the hard limit (thousands of sockets need it)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


async def echo(request: web.Request) -> web.WebSocketResponse:
    """Echo each text frame back to the same socket."""
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    async for msg in ws:
        if msg.type == WSMsgType.TEXT:
            await ws.send_str(msg.data)
    return ws


async def index(request: web.Request) -> web.Response:
    """Readiness probe."""
    return web.json_response({"name": "echo"})


def create_app() -> web.Application:
    """The echo application: `GET /` and `GET /ws/{user_id}`."""
    app = web.Application()
    app.router.add_get("/", index)
    app.router.add_get("/ws/{user_id}", echo)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    raise_fd_limit()
    web.run_app(create_app(), host=args.host, port=args.port, access_log=None, print=None)


if __name__ == "__main__":
    main()
