"""The HTML clients against a real host with auth on, in headless Chromium (Debian's `chromium`).

The host is `agenthost serve` in a subprocess on a free loopback port, offline, with
`AGENTHOST_AUTH=jwt` and its secret in the `.env` of its working directory (as an operator would
keep it); the tests mint tokens with `host.auth` and look at what a user sees: who the page
connects as, the address bar, the tab's storage, the refusals said in words, and that the token
reaches no log line.
"""

from __future__ import annotations

import asyncio
import re
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from aiohttp import WSMsgType, web

from host.auth import TokenAuthority
from host.config import AuthConfig
from tests.conftest import load_client_script
from tests.test_browser_clients import CLIENTS, _connected, expect, page  # noqa: F401  (page: a fixture)

pytestmark = [
    pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs Debian's chromium at /usr/bin/chromium"),
    pytest.mark.timeout(120),
]

SECRET = secrets.token_urlsafe(48)
TOKENS = TokenAuthority(AuthConfig(mode="jwt", secret=SECRET))
FINAL_AGENTS = "[data-testid=reply][data-state=final] [data-testid=reply-agent]"


def mint(user: str, scope: str = "chat", ttl_s: int = 3600, now: float | None = None) -> str:
    return TOKENS.create(user, scope, ttl_s, now=now)


def start_jwt_host(workdir: Path, **env: str) -> Any:
    """Start `agenthost serve` with auth on; `env` adds lines to its `.env`."""
    host = load_client_script("run_load").HostProcess(workdir=workdir, log_level="INFO")
    workdir.mkdir(parents=True, exist_ok=True)
    settings = {"AGENTHOST_AUTH": "jwt", "AGENTHOST_JWT_SECRET": SECRET, **env}
    (workdir / ".env").write_text("".join(f"{name}={value}\n" for name, value in settings.items()))
    host.start()
    return host


@pytest.fixture
def jwt_host(tmp_path: Path) -> Iterator[Any]:
    """An offline host with auth on, on a free loopback port, its data under tmp_path."""
    host = start_jwt_host(tmp_path / "host")
    try:
        yield host
    finally:
        host.stop()


@pytest.fixture
async def other_server(aiohttp_server: Any) -> Any:
    """Another WebSocket server (a link may name it; the bridge's external chat app): it records
    the handshake headers of every connection and every text frame it receives."""
    record = SimpleNamespace(handshakes=[], frames=[], sockets=[])

    async def chat(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        record.handshakes.append((request.path, dict(request.headers)))
        record.sockets.append(ws)
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                record.frames.append(msg.data)
        return ws

    async def close_sockets(app: web.Application) -> None:
        for ws in record.sockets:
            await ws.close()

    app = web.Application()
    app.router.add_get("/ws/{user_id}", chat)
    app.on_shutdown.append(close_sockets)
    server = await aiohttp_server(app)
    record.url = f"ws://127.0.0.1:{server.port}"
    return record


def host_log(host: Any) -> str:
    return host.log_path.read_text(errors="replace")


async def kept_token(page: Any) -> Any:
    """What the chat page keeps in the tab's sessionStorage: {server, token}, or None."""
    return await page.evaluate("JSON.parse(sessionStorage.getItem('agenthost.token'))")


async def _disconnected(page: Any) -> None:
    await expect(page.get_by_test_id("status")).to_have_attribute("data-state", "disconnected")


async def _stays_disconnected(page: Any) -> None:
    """Still disconnected after longer than the first reconnect delay: the page gave up, rightly."""
    await _disconnected(page)
    await page.wait_for_timeout(1500)
    await _disconnected(page)


async def test_the_link_signs_in_leaves_the_address_bar_and_a_reload_keeps_the_session(
    jwt_host: Any, page: Any, other_server: Any
) -> None:
    token = mint("alice")
    await page.goto(f"{jwt_host.http_url}/#token={token}")  # the link `agenthost token create` prints
    await _connected(page)
    await expect(page.get_by_test_id("user-id")).to_have_value("alice")  # the token's user, from GET /me
    await expect(page.get_by_test_id("token-info")).to_have_text(re.compile(r"^Token for alice, until "))
    assert page.url == f"{jwt_host.http_url}/"
    assert await page.evaluate("location.href") == f"{jwt_host.http_url}/"
    # Kept for this tab only, with the server it is for: in sessionStorage, in no other storage.
    assert await kept_token(page) == {"server": jwt_host.http_url, "token": token}
    assert token not in await page.evaluate("JSON.stringify(Object.entries(localStorage))")
    assert token not in await page.evaluate("document.cookie")

    await page.get_by_role("button", name="What should I eat for breakfast?").click()
    await expect(page.locator(FINAL_AGENTS)).to_have_text(["Ceres 🥗"])
    assert "breakfast" in (jwt_host.data_dir / "alice" / "history.jsonl").read_text()

    # A reload: the tab still has the token, connects again as alice, the conversation goes on.
    await page.reload()
    await _connected(page)
    await expect(page.get_by_test_id("user-id")).to_have_value("alice")
    await page.get_by_test_id("history").click()
    await expect(page.get_by_test_id("history-message")).to_have_text(
        [re.compile("What should I eat for breakfast"), re.compile(r"^Ceres 🥗")]
    )
    await page.get_by_role("button", name="I want to start working out").click()
    await expect(page.locator(FINAL_AGENTS)).to_have_text(["Helios 💪"])
    assert token not in host_log(jwt_host)  # the access log has the handshakes, never the token

    # A link that names another server opens the page without the tab's token.
    await page.goto(f"{jwt_host.http_url}/?server={other_server.url}&autoconnect=1")
    await _connected(page)
    await expect(page.get_by_test_id("token")).to_have_value("")
    assert other_server.handshakes and all(token not in str(headers) for _, headers in other_server.handshakes)


async def test_an_expired_a_forged_and_a_missing_token_are_said_in_words(jwt_host: Any, page: Any) -> None:
    expired = mint("alice", ttl_s=60, now=time.time() - 3600)
    await page.goto(f"{jwt_host.http_url}/#token={expired}")
    errors = page.get_by_test_id("error")
    await expect(errors.get_by_test_id("error-text")).to_have_text(
        "⚠️ Your token has expired. Ask for a new one (agenthost token create --user alice) and paste it in the "
        "Token field, or open the new link."
    )
    await expect(errors).to_have_attribute("data-code", "401")
    await expect(errors.get_by_test_id("error-detail")).to_have_text("401: token expired")
    await _stays_disconnected(page)
    assert await kept_token(page) is None  # forgotten
    await expect(page.get_by_test_id("token")).to_have_value("")
    assert page.url == f"{jwt_host.http_url}/"

    # A token signed with another secret, pasted into the field.
    forged = TokenAuthority(AuthConfig(mode="jwt", secret=secrets.token_urlsafe(48))).create("alice")
    await page.get_by_test_id("token").fill(forged)
    await page.get_by_test_id("connect").click()
    await expect(errors).to_have_count(2)
    await expect(errors.last.get_by_test_id("error-text")).to_have_text(
        re.compile(r"^⚠️ The server does not accept this token: it may be cut short, mistyped or made for another server\.")
    )
    await expect(errors.last.get_by_test_id("error-detail")).to_contain_text("Signature verification failed")
    await _stays_disconnected(page)

    # No token at all: the handshake is refused (401), and the page asks the server why.
    await page.get_by_test_id("user-id").fill("alice")
    await page.get_by_test_id("connect").click()
    await expect(errors).to_have_count(3)
    await expect(errors.last.get_by_test_id("error-text")).to_have_text(
        "⚠️ This server needs a token. Paste the one you were given in the Token field, or open the link it came with."
    )
    await _stays_disconnected(page)
    assert not (jwt_host.data_dir / "alice").exists()  # no refused handshake made a folder
    assert expired not in host_log(jwt_host) and forged not in host_log(jwt_host)


async def test_a_token_for_another_user_is_said_in_words_and_an_admin_token_opens_any_chat(jwt_host: Any, page: Any) -> None:
    await page.goto(f"{jwt_host.http_url}/?user=bob#token={mint('alice')}")
    errors = page.get_by_test_id("error")
    await expect(errors.get_by_test_id("error-text")).to_have_text(
        "⚠️ Your token is for alice, so it cannot open bob's chat. Connect as alice, or ask for a token for bob."
    )
    await expect(errors).to_have_attribute("data-code", "403")
    await _stays_disconnected(page)
    await expect(page.get_by_test_id("user-id")).to_have_value("bob")
    assert not (jwt_host.data_dir / "bob").exists()

    # An admin's token may open bob's chat.
    await page.get_by_test_id("token").fill(mint("ops", scope="admin"))
    await page.get_by_test_id("connect").click()
    await _connected(page)
    await expect(page.get_by_test_id("token-info")).to_have_text(re.compile(r"^Token for ops \(admin\), until "))
    await expect(page.get_by_test_id("user-id")).to_have_value("bob")  # ?user= names the chat
    await page.get_by_role("button", name="Hello! What can you help with?").click()
    await expect(page.locator(FINAL_AGENTS)).to_have_text(["General 🤖"])
    assert (jwt_host.data_dir / "bob" / "history.jsonl").exists()


async def test_a_page_from_an_origin_the_host_does_not_accept_is_told_so(jwt_host: Any, page: Any, aiohttp_server: Any) -> None:
    # The chat page served by another site, pointed at the host.
    async def chat_page(request: web.Request) -> web.FileResponse:
        return web.FileResponse(CLIENTS / "test_local_client.html")

    other_site = web.Application()
    other_site.router.add_get("/", chat_page)
    other = await aiohttp_server(other_site)
    origin = f"http://127.0.0.1:{other.port}"
    await page.goto(f"{origin}/?server={jwt_host.ws_url}#token={mint('alice')}")

    # GET /me cannot be read from another origin; the user id comes from the token's own claim.
    await expect(page.get_by_test_id("token-info")).to_have_text("Token for alice (not checked yet)")
    await expect(page.get_by_test_id("user-id")).to_have_value("alice")
    error = page.get_by_test_id("error-text")
    await expect(error).to_have_text(re.compile(
        rf"^⚠️ The server refused the connection, and this page \({re.escape(origin)}\) may not ask it why\. "
        rf"Most likely it does not accept pages from {re.escape(origin)}: open the chat page from the server itself "
        rf"\({re.escape(jwt_host.http_url)}/\), or ask whoever runs it to add this page's address to server\.allowed_origins\."
    ))
    await expect(error).to_have_count(1)  # said once, though the page tried twice
    await _stays_disconnected(page)
    assert not (jwt_host.data_dir / "alice").exists()


@pytest.mark.slow
async def test_a_socket_closed_because_its_token_expired_asks_for_a_new_one(jwt_host: Any, page: Any) -> None:
    await page.goto(f"{jwt_host.http_url}/#token={mint('alice', ttl_s=4)}")
    await _connected(page)
    errors = page.get_by_test_id("error")
    await expect(errors.get_by_test_id("error-text")).to_have_text(
        "⚠️ Your token has expired, so the server closed the connection. Ask for a new one (agenthost token create "
        "--user alice) and paste it in the Token field, or open the new link.",
        timeout=15_000,
    )
    await expect(errors).to_have_attribute("data-code", "close 4401")
    await _stays_disconnected(page)
    assert await kept_token(page) is None

    # A new link in the same tab (only the fragment changes: no reload) signs in again.
    await page.goto(f"{jwt_host.http_url}/#token={mint('alice')}")
    await _connected(page)
    assert page.url == f"{jwt_host.http_url}/"


# --- the external client -----------------------------------------------------------------------


async def test_external_client_sends_its_token_to_the_host_and_to_no_one_else(
    other_server: Any, page: Any, tmp_path: Path
) -> None:
    host = await asyncio.to_thread(start_jwt_host, tmp_path / "host", EXTERNAL_WS_URL=f"{other_server.url}/ws/{{user_id}}")
    try:
        await page.goto(f"{host.http_url}/clients/external")
        status_box = page.get_by_test_id("external-status")
        explain = page.get_by_test_id("status-explain")
        await expect(status_box).to_contain_text(f"HTTP 401 from {host.http_url}/external-status")
        await expect(explain).to_have_text(re.compile(r"^The host has auth on: /external-status needs an admin token\."))

        # A user's token is not enough: the bridge's routes are the admin's.
        await page.get_by_test_id("token").fill(mint("alice"))
        await page.get_by_test_id("token").press("Tab")
        await expect(status_box).to_contain_text("HTTP 403")
        await expect(explain).to_have_text(re.compile(r"^The host refused: /external-status needs a token with the admin scope"))

        admin = mint("ops", scope="admin")
        await page.get_by_test_id("token").fill(admin)
        await page.get_by_test_id("token").press("Tab")
        await expect(status_box).to_have_attribute("data-state", "ok")
        await expect(explain).to_have_text("")
        for _ in range(100):  # the bridge connects out on its own schedule
            if other_server.handshakes:
                break
            await asyncio.sleep(0.1)
        await page.get_by_test_id("refresh").click()
        await expect(status_box).to_contain_text('"connected": true')

        await page.get_by_test_id("external-message").fill("Stretch break!")
        await page.get_by_test_id("send-external").click()
        await expect(page.get_by_test_id("send-result")).to_contain_text("HTTP 200")
        await expect(page.get_by_test_id("send-result")).to_contain_text('"status": "sent"')
        for _ in range(50):
            if any("Stretch break!" in frame for frame in other_server.frames):
                break
            await asyncio.sleep(0.1)
        assert any("Stretch break!" in frame for frame in other_server.frames), other_server.frames

        # The console opens the host's own socket with the token (an admin may open any user's)...
        await page.get_by_test_id("ws-url").fill(f"{host.ws_url}/ws/browser-external")
        await page.get_by_test_id("connect").click()
        await expect(page.get_by_test_id("status")).to_have_attribute("data-state", "open")
        await expect(page.get_by_test_id("frame").filter(has_text='"user_id": "browser-external"')).to_have_count(1)
        await page.get_by_test_id("disconnect").click()
        await expect(page.get_by_test_id("status")).to_have_attribute("data-state", "closed")

        # ...but a socket on another server gets no token.
        await page.get_by_test_id("ws-url").fill(f"{other_server.url}/ws/console")
        await page.get_by_test_id("connect").click()
        await expect(page.get_by_test_id("status")).to_have_attribute("data-state", "open")
        console = [headers for path, headers in other_server.handshakes if path == "/ws/console"]
        assert console and "Sec-WebSocket-Protocol" not in console[0]
        assert all(admin not in str(headers) for _, headers in other_server.handshakes)
        await page.get_by_test_id("disconnect").click()

        # The tab keeps the token across a reload, and the address bar never had it.
        await page.reload()
        await expect(page.get_by_test_id("token")).to_have_value(admin)
        await expect(status_box).to_contain_text('"connected": true')
        assert admin not in page.url
        assert admin not in host_log(host)

        # A link that names another host opens the page without the token.
        await page.goto(f"{host.http_url}/clients/external?host={other_server.url.replace('ws://', 'http://')}")
        await expect(page.get_by_test_id("status-time")).to_contain_text("updated")
        await expect(page.get_by_test_id("token")).to_have_value("")
    finally:
        await asyncio.to_thread(host.stop)
