"""The access log: one line per request with the client, method, path, status, size and time.

The query string is left out: nothing in agenthost's API uses one, and a client that puts a
token there by mistake must not see it written to a log. Tokens travel in headers, which are
never logged.
"""

from __future__ import annotations

import logging

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

from host import keys


class AccessLogger(AbstractAccessLogger):
    """`127.0.0.1 "GET /health" 200 15 0.001s`: no query string, no header."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        client = request.get(keys.CLIENT_IP) or request.remote or "-"
        self.logger.info('%s "%s %s" %s %s %.3fs', client, request.method, request.path,
                         response.status, response.body_length, time,
                         extra={"event": "request", "client": client, "method": request.method, "path": request.path,
                                "status": response.status, "bytes": response.body_length, "seconds": round(time, 4)})

    @property
    def enabled(self) -> bool:
        return self.logger.isEnabledFor(logging.INFO)
