"""The open WebSocket connections, by user, so `/sessions` can count them and shutdown can
close them all."""

from __future__ import annotations

import weakref
from collections import defaultdict

from aiohttp import WSCloseCode, web


class Connections:
    """Open sockets per user id, held weakly so a forgotten socket cannot leak."""

    def __init__(self) -> None:
        self._by_user: defaultdict[str, weakref.WeakSet[web.WebSocketResponse]] = defaultdict(weakref.WeakSet)

    def add(self, user_id: str, ws: web.WebSocketResponse) -> None:
        self._by_user[user_id].add(ws)

    def discard(self, user_id: str, ws: web.WebSocketResponse) -> None:
        sockets = self._by_user.get(user_id)
        if sockets is not None:
            sockets.discard(ws)
            if not sockets:
                del self._by_user[user_id]

    def per_user(self) -> dict[str, int]:
        return {user: len(sockets) for user, sockets in self._by_user.items() if len(sockets)}

    def __len__(self) -> int:
        return sum(self.per_user().values())

    async def close_all(self, message: bytes = b"server shutdown") -> None:
        """Close every socket with 1001 (going away)."""
        for sockets in list(self._by_user.values()):
            for ws in list(sockets):
                await ws.close(code=WSCloseCode.GOING_AWAY, message=message)
