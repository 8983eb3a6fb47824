"""The open WebSocket connections, by user and by client address, so `/sessions` can count
them, the socket limits can refuse one too many, and shutdown can close them all."""

from __future__ import annotations

import asyncio
import weakref
from collections import Counter, defaultdict

from aiohttp import WSCloseCode, web


class Connections:
    """Open sockets per user id, held weakly so a forgotten socket cannot leak, and counted per
    client address (`ip`) and in total without walking them."""

    def __init__(self) -> None:
        self._by_user: defaultdict[str, weakref.WeakSet[web.WebSocketResponse]] = defaultdict(weakref.WeakSet)
        self._per_ip: Counter[str] = Counter()
        self._ip_of: weakref.WeakKeyDictionary[web.WebSocketResponse, str] = weakref.WeakKeyDictionary()
        # Every socket, so the total is counted without walking the users (every handshake
        # asks, and summing 20,000 users' sets each time made opening them quadratic).
        self._all: weakref.WeakKeyDictionary[web.WebSocketResponse, str] = weakref.WeakKeyDictionary()

    def add(self, user_id: str, ws: web.WebSocketResponse, ip: str | None = None) -> None:
        self._by_user[user_id].add(ws)
        self._all[ws] = user_id
        if ip is not None and ws not in self._ip_of:
            self._ip_of[ws] = ip
            self._per_ip[ip] += 1

    def discard(self, user_id: str, ws: web.WebSocketResponse) -> None:
        self._all.pop(ws, None)
        sockets = self._by_user.get(user_id)
        if sockets is not None:
            sockets.discard(ws)
            if not sockets:
                del self._by_user[user_id]
        ip = self._ip_of.pop(ws, None)
        if ip is not None:
            self._per_ip[ip] -= 1
            if self._per_ip[ip] <= 0:
                del self._per_ip[ip]

    def per_user(self) -> dict[str, int]:
        return {user: len(sockets) for user, sockets in self._by_user.items() if len(sockets)}

    def count_user(self, user_id: str) -> int:
        sockets = self._by_user.get(user_id)
        return len(sockets) if sockets is not None else 0

    def count_ip(self, ip: str) -> int:
        return self._per_ip.get(ip, 0)

    def __len__(self) -> int:
        return len(self._all)

    async def close_all(self, message: bytes = b"server shutdown", timeout_s: float = 2.0) -> None:
        """Close every socket with 1001 (going away), all at once; a client that does not read
        cannot hold shutdown up for longer than `timeout_s` (the server then drops it)."""

        async def close(ws: web.WebSocketResponse) -> None:
            try:
                async with asyncio.timeout(timeout_s):
                    await ws.close(code=WSCloseCode.GOING_AWAY, message=message)
            except (TimeoutError, ConnectionError, RuntimeError):
                pass

        await asyncio.gather(*(close(ws) for sockets in list(self._by_user.values()) for ws in list(sockets)))
