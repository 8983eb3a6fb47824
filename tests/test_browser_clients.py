"""The HTML clients in a real browser: headless Chromium (Debian's `chromium`) driven by Playwright.

A live host runs in a subprocess on a free loopback port (offline: no LLM); the pages are loaded
from it (or from disk, against a scripted protocol server), and the tests look at what a user
sees: agent names, routing details, the typing indicator, streamed text, errors, reconnection.
The chat tests write reports/screenshots/chat.png and chat-phone.png (git ignores reports/, so a
test run leaves the tree clean); copy chat.png over docs/screenshots/chat.png to refresh the one
the README shows.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = ROOT / "clients"
SCREENSHOT = ROOT / "reports" / "screenshots" / "chat.png"
PHONE_SCREENSHOT = ROOT / "reports" / "screenshots" / "chat-phone.png"
PHONE = {"width": 390, "height": 844}
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
EXAMPLES = {
    "I want to start working out": "Helios 💪",
    "What should I eat for breakfast?": "Ceres 🥗",
    "Hello! What can you help with?": "General 🤖",
}

playwright_api = pytest.importorskip("playwright.async_api", reason="the playwright package is not installed")
async_playwright = playwright_api.async_playwright
expect = playwright_api.expect

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"),
    pytest.mark.timeout(120),
]

# Records every change of the typing indicator, so a test can tell it appeared and went even when
# an offline reply takes a few milliseconds.
TYPING_RECORDER = """
window.__typing = [];
document.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("typing");
  new MutationObserver(() => window.__typing.push({hidden: el.hidden, text: el.textContent}))
    .observe(el, {attributes: true, childList: true, characterData: true, subtree: true});
});
"""


@asynccontextmanager
async def _browser_page(viewport: dict[str, int]) -> AsyncIterator[Any]:
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = await browser.new_context(viewport=viewport)
            page = await context.new_page()
            page.set_default_timeout(15_000)
            await page.add_init_script(TYPING_RECORDER)
            yield page
        finally:
            await browser.close()


@pytest.fixture
async def page() -> AsyncIterator[Any]:
    """A fresh Chromium page in a desktop window; every wait on it is bounded."""
    async with _browser_page({"width": 1000, "height": 860}) as page:
        yield page


@pytest.fixture
async def phone_page() -> AsyncIterator[Any]:
    """A fresh Chromium page the size of a phone screen (390x844 CSS pixels)."""
    async with _browser_page(PHONE) as page:
        yield page


async def _connected(page: Any) -> None:
    await expect(page.get_by_test_id("status")).to_have_attribute("data-state", "connected")


async def test_chat_page_routes_the_three_examples_to_their_agents(live_host: Any, page: Any) -> None:
    # GET / with a browser's Accept header is the chat page; the server field is the page's origin.
    await page.goto(f"{live_host.http_url}/")
    await expect(page).to_have_title("agenthost · chat")
    await expect(page.get_by_test_id("server-url")).to_have_value(live_host.ws_url)
    await page.get_by_test_id("user-id").fill("browser-chat")
    await page.get_by_test_id("connect").click()
    await _connected(page)
    await expect(page.get_by_test_id("agents")).to_contain_text("Helios 💪")

    replies = page.locator('[data-testid=reply][data-state=final]')
    for count, text in enumerate(EXAMPLES, start=1):
        await page.get_by_role("button", name=text).click()
        await expect(replies).to_have_count(count)

    await expect(page.get_by_test_id("user-message")).to_have_text(list(EXAMPLES))
    await expect(replies.get_by_test_id("reply-agent")).to_have_text(list(EXAMPLES.values()))
    # The routing line is folded behind "details" under each reply, and opens on a click.
    await expect(replies.get_by_test_id("reply-meta")).to_have_count(len(EXAMPLES))
    for reply in await replies.all():
        meta = reply.get_by_test_id("reply-meta")
        await expect(meta).to_be_hidden()
        await reply.get_by_text("details", exact=True).click()
        await expect(meta).to_be_visible()
        await expect(meta).to_have_text(re.compile(r"^confidence \d\.\d\d · routing \w+"))
        assert await meta.get_attribute("data-method")
        await reply.get_by_text("details", exact=True).click()
        await expect(meta).to_be_hidden()
    for text in await replies.get_by_test_id("reply-text").all_text_contents():
        assert text.strip()

    # Offline replies come within the typing debounce, so the indicator has no reason to show;
    # whatever showed (a slow moment of a busy machine) is gone now. A slow reply's indicator:
    # test_page_from_disk_streams_chunks_then_shows_the_final_reply below.
    await expect(page.get_by_test_id("typing")).to_be_hidden()
    seen = await page.evaluate("window.__typing")
    assert not seen or seen[-1]["hidden"] is True

    # The replies were stored under the user's folder too.
    assert (live_host.data_dir / "browser-chat" / "history.jsonl").exists()

    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


async def test_chat_page_reconnects_after_a_server_restart(live_host: Any, page: Any) -> None:
    await page.goto(f"{live_host.http_url}/clients/local?user=browser-restart&autoconnect=1")
    await _connected(page)

    await asyncio.to_thread(live_host.stop)
    status = page.get_by_test_id("status")
    await expect(status).to_have_attribute("data-state", "reconnecting")
    await expect(status).to_contain_text("Reconnecting")
    await expect(page.get_by_test_id("send")).to_be_disabled()

    await asyncio.to_thread(live_host.start)  # same port, same data dir
    await expect(status).to_have_attribute("data-state", "connected", timeout=30_000)
    await expect(page.get_by_test_id("note").last).to_have_text("Reconnected")

    await page.get_by_role("button", name="What should I eat for breakfast?").click()
    await expect(page.locator("[data-testid=reply][data-state=final] [data-testid=reply-agent]")).to_have_text(["Ceres 🥗"])

    # The turn is in the user's stored history, which the page can show.
    await page.get_by_test_id("history").click()
    await expect(page.get_by_test_id("history-message")).to_have_text(
        [re.compile("What should I eat for breakfast"), re.compile(r"^Ceres 🥗")]
    )


async def test_oversized_message_is_marked_not_sent_and_said_in_words(live_host: Any, page: Any) -> None:
    await page.goto(f"{live_host.http_url}/clients/local?user=browser-big&autoconnect=1")
    await _connected(page)

    await page.get_by_test_id("message-input").fill("x" * 17000)  # over the default 16 KiB limit
    await page.get_by_test_id("send").click()
    error = page.get_by_test_id("error")
    await expect(error.get_by_test_id("error-text")).to_have_text(
        "⚠️ That message is too long: 17 KB, the limit is 16 KB. Send it in shorter parts."
    )
    await expect(error).to_have_attribute("data-code", "message_too_large")
    await expect(error.get_by_test_id("error-detail")).to_be_hidden()  # the server's own words, folded
    await error.get_by_text("details", exact=True).click()
    await expect(error.get_by_test_id("error-detail")).to_have_text("message_too_large: message is 17000 bytes; the limit is 16384")
    big = page.get_by_test_id("user-message")
    await expect(big).to_have_attribute("data-state", "not-sent")
    await expect(big.get_by_test_id("delivery")).to_have_text("Not sent")

    # The socket stayed open: the next message is answered, and only it reached the history.
    await page.get_by_role("button", name="What should I eat for breakfast?").click()
    await expect(page.locator("[data-testid=reply][data-state=final] [data-testid=reply-agent]")).to_have_text(["Ceres 🥗"])
    await expect(page.get_by_test_id("user-message").last).not_to_have_attribute("data-state", "not-sent")
    await expect(page.get_by_test_id("status")).to_have_attribute("data-state", "connected")
    history = (live_host.data_dir / "browser-big" / "history.jsonl").read_text()
    assert "xxxx" not in history and "breakfast" in history


async def test_message_over_the_frame_cap_is_marked_not_sent_and_the_page_reconnects(live_host: Any, page: Any) -> None:
    await page.goto(f"{live_host.http_url}/clients/local?user=browser-huge&autoconnect=1")
    await _connected(page)

    # Over server.max_frame_bytes (1 MiB): the server closes the socket with 1009, no error frame.
    await page.get_by_test_id("message-input").fill("y" * (1024 * 1024 + 100_000))
    await page.get_by_test_id("send").click()
    huge = page.get_by_test_id("user-message")
    await expect(huge).to_have_attribute("data-state", "not-sent")
    await expect(page.get_by_test_id("error-text")).to_have_text(
        re.compile(r"^⚠️ That message is too large to send \(1\.1 MB\); the server closed the connection")
    )
    await expect(page.get_by_test_id("status")).to_have_attribute("data-state", "connected", timeout=30_000)
    await page.get_by_role("button", name="Hello! What can you help with?").click()
    await expect(page.locator("[data-testid=reply][data-state=final] [data-testid=reply-agent]")).to_have_text(["General 🤖"])


async def test_phone_screen_gives_the_conversation_most_of_the_height(live_host: Any, phone_page: Any) -> None:
    page = phone_page
    await page.goto(f"{live_host.http_url}/")
    # Disconnected, the connection settings show so the Connect button can be reached.
    await expect(page.get_by_test_id("connect")).to_be_visible()
    await page.get_by_test_id("user-id").fill("browser-phone")
    await page.get_by_test_id("connect").click()
    await _connected(page)
    # Connected, they fold behind the Connection toggle; the toggle brings them back.
    await expect(page.get_by_test_id("settings")).to_be_hidden()
    await page.get_by_test_id("settings-toggle").click()
    await expect(page.get_by_test_id("disconnect")).to_be_visible()
    await expect(page.get_by_test_id("agents")).to_contain_text("Helios 💪")
    await page.get_by_test_id("settings-toggle").click()
    await expect(page.get_by_test_id("settings")).to_be_hidden()

    replies = page.locator("[data-testid=reply][data-state=final]")
    for count, text in enumerate(EXAMPLES, start=1):
        await page.get_by_role("button", name=text).click()
        await expect(replies).to_have_count(count)
    await expect(page.get_by_test_id("typing")).to_be_hidden()

    log = await page.get_by_test_id("log").bounding_box()
    header = await page.get_by_test_id("header").bounding_box()
    footer = await page.locator("footer").bounding_box()
    assert log and header and footer
    assert header["y"] == 0 and footer["y"] + footer["height"] == pytest.approx(PHONE["height"], abs=1)
    share = log["height"] / PHONE["height"]
    assert share >= 0.7, f"the message list has {share:.0%} of the height (header {header['height']}px, footer {footer['height']}px)"
    assert header["height"] <= 60 and footer["height"] <= 110
    PHONE_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(PHONE_SCREENSHOT))
    assert PHONE_SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    # Nothing is wider than the screen: the examples scroll sideways inside their own row.
    assert await page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    await page.get_by_role("button", name="Load history").scroll_into_view_if_needed()
    await expect(page.get_by_role("button", name="Load history")).to_be_in_viewport()


async def test_user_id_is_kept_across_reloads(live_host: Any, page: Any) -> None:
    await page.goto(f"{live_host.http_url}/")
    user_id = page.get_by_test_id("user-id")
    first = await user_id.input_value()
    assert re.fullmatch(r"web-[a-z0-9]+", first)
    await page.reload()
    await expect(user_id).to_have_value(first)  # a reload before connecting keeps the made-up id

    await user_id.fill("browser-keep")
    await page.get_by_test_id("connect").click()
    await _connected(page)
    await page.get_by_role("button", name="I want to start working out").click()
    await expect(page.locator("[data-testid=reply][data-state=final]")).to_have_count(1)
    await page.reload()
    await expect(user_id).to_have_value("browser-keep")
    await page.get_by_test_id("connect").click()
    await _connected(page)
    await page.get_by_test_id("history").click()  # the same conversation continues
    await expect(page.get_by_test_id("history-message")).to_have_text(
        [re.compile("I want to start working out"), re.compile(r"^Helios 💪")]
    )


async def test_disconnect_stays_disconnected(live_host: Any, page: Any) -> None:
    await page.goto(f"{live_host.http_url}/clients/local?user=browser-leave&autoconnect=1")
    await _connected(page)
    await page.get_by_test_id("disconnect").click()
    await expect(page.get_by_test_id("status")).to_have_attribute("data-state", "disconnected")
    await page.wait_for_timeout(1500)  # longer than the first reconnect delay
    await expect(page.get_by_test_id("status")).to_have_attribute("data-state", "disconnected")
    await expect(page.get_by_test_id("connect")).to_be_enabled()


# --- the page opened from disk against a scripted protocol server ------------------------------


def _frame(kind: str, **fields: Any) -> str:
    return json.dumps({"type": kind, "timestamp": "2025-01-01T12:00:00.000Z", **fields}, ensure_ascii=False)


@pytest.fixture
async def scripted_server(aiohttp_server: Any) -> Any:
    """A WebSocket server that streams a reply in two halves, waiting for the test in between.

    A message `error <code>` is answered with an error frame of that code (`internal` after the
    typing frames of Helios, as the host sends it); any other message with `internal`.
    """
    release = asyncio.Event()

    async def chat(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        agents = [{"id": "helios", "name": "Helios", "emoji": "💪", "label": "Helios 💪", "description": "fitness"}]
        await ws.send_str(_frame("welcome", user_id=request.match_info["user_id"], agents=agents, protocol=1))
        async for msg in ws:
            frame = json.loads(msg.data)
            rid = frame.get("id")
            if frame.get("message") == "stream":
                await ws.send_str(_frame("typing", agent="helios", state="start", reply_to=rid))
                await ws.send_str(_frame("chunk", agent="helios", delta="Three sets ", reply_to=rid, seq=1))
                await ws.send_str(_frame("chunk", agent="helios", delta="of ten", reply_to=rid, seq=2))
                await release.wait()
                await ws.send_str(_frame("typing", agent="helios", state="stop", reply_to=rid))
                metadata = {"agent_id": "helios", "confidence": 0.9, "routing": {"method": "keywords", "scores": {}},
                            "reply_to": rid, "id": "r1"}
                await ws.send_str(_frame("message", message="Three sets of ten squats.", agent="Helios 💪",
                                         user_id="disk", metadata=metadata))
            elif frame.get("message", "").startswith("error ") and frame["message"] != "error internal":
                code = frame["message"].removeprefix("error ")
                await ws.send_str(_frame("error", code=code, message=f"scripted {code}", reply_to=rid))
            else:
                await ws.send_str(_frame("typing", agent="helios", state="start", reply_to=rid))
                await ws.send_str(_frame("typing", agent="helios", state="stop", reply_to=rid))
                await ws.send_str(_frame("error", code="internal", message="Helios 💪 could not answer", reply_to=rid))
        return ws

    app = web.Application()
    app.router.add_get("/ws/{user_id}", chat)
    server = await aiohttp_server(app)
    server.release = release
    return server


async def test_page_from_disk_streams_chunks_then_shows_the_final_reply(scripted_server: Any, page: Any) -> None:
    url = (CLIENTS / "test_local_client.html").as_uri()
    await page.goto(f"{url}?server=ws://127.0.0.1:{scripted_server.port}&user=disk&autoconnect=1")
    await _connected(page)

    await page.get_by_test_id("message-input").fill("stream")
    await page.get_by_test_id("message-input").press("Enter")
    bubble = page.get_by_test_id("reply")
    await expect(bubble).to_have_attribute("data-state", "streaming")
    await expect(bubble.get_by_test_id("reply-text")).to_have_text("Three sets of ten")
    await expect(bubble.get_by_test_id("reply-agent")).to_have_text("Helios 💪")
    await expect(page.get_by_test_id("typing")).to_have_text("Helios 💪 is typing")

    scripted_server.release.set()
    await expect(bubble).to_have_attribute("data-state", "final")
    await expect(bubble).to_have_count(1)  # the final frame replaced the streamed bubble
    await expect(bubble.get_by_test_id("reply-text")).to_have_text("Three sets of ten squats.")
    await bubble.get_by_text("details", exact=True).click()
    await expect(bubble.get_by_test_id("reply-meta")).to_contain_text("confidence 0.90 · routing keywords")
    await expect(page.get_by_test_id("typing")).to_be_hidden()

    # A failed answer: the message was kept by the server, so it is marked unanswered, not unsent.
    await page.get_by_test_id("message-input").fill("anything else")
    await page.get_by_test_id("send").click()
    error = page.get_by_test_id("error")
    await expect(error.get_by_test_id("error-text")).to_have_text(
        re.compile(r"^⚠️ Helios 💪 could not answer this message\. Your message was saved")
    )
    await expect(error.get_by_test_id("error-detail")).to_be_hidden()
    await expect(error.get_by_test_id("error-detail")).to_have_text("internal: Helios 💪 could not answer")
    sent = page.get_by_test_id("user-message").filter(has_text="anything else")
    await expect(sent).to_have_attribute("data-state", "unanswered")
    await expect(sent.get_by_test_id("delivery")).to_have_text("No answer")
    await expect(page.get_by_test_id("user-message").filter(has_text="stream")).to_have_attribute("data-state", "sent")


def _protocol_error_codes() -> list[str]:
    """The error codes listed in docs/protocol.md, the table under `### error`."""
    section = (ROOT / "docs" / "protocol.md").read_text().split("### `error`", 1)[1].split("\n### ", 1)[0]
    return re.findall(r"^\| `(\w+)` \|", section, flags=re.MULTILINE)


async def test_page_says_every_protocol_error_in_words_and_marks_the_message(scripted_server: Any, page: Any) -> None:
    codes = _protocol_error_codes()
    assert {"message_too_large", "rate_limited", "internal"} <= set(codes)  # the table was found
    url = (CLIENTS / "test_local_client.html").as_uri()
    await page.goto(f"{url}?server=ws://127.0.0.1:{scripted_server.port}&user=disk&autoconnect=1")
    await _connected(page)

    sentences = set()
    for count, code in enumerate(codes, start=1):
        await page.get_by_test_id("message-input").fill(f"error {code}")
        await page.get_by_test_id("message-input").press("Enter")
        errors = page.get_by_test_id("error")
        await expect(errors).to_have_count(count)
        sentence = (await errors.last.get_by_test_id("error-text").text_content() or "").removeprefix("⚠️ ")
        assert code not in sentence and "_" not in sentence, f"{code}: {sentence!r}"
        assert sentence != "The server refused this message.", f"{code} has no sentence of its own"
        assert re.fullmatch(r"[A-Z].{20,}[.!]", sentence), f"{code}: {sentence!r}"
        sentences.add(sentence)
        await expect(errors.last).to_have_attribute("data-code", code)
        bubble = page.get_by_test_id("user-message").last
        kept = code in ("internal", "no_agent")  # the server stored these messages (docs/protocol.md)
        await expect(bubble).to_have_attribute("data-state", "unanswered" if kept else "not-sent")
        await expect(bubble.get_by_test_id("delivery")).to_have_text("No answer" if kept else "Not sent")
    assert len(sentences) == len(codes)


async def test_page_refuses_an_invalid_user_id_without_connecting(page: Any) -> None:
    await page.goto((CLIENTS / "test_local_client.html").as_uri())
    await expect(page.get_by_test_id("server-url")).to_have_value("ws://localhost:8000")
    await page.get_by_test_id("user-id").fill("../etc")
    await page.get_by_test_id("connect").click()
    await expect(page.get_by_test_id("error")).to_contain_text("A user id is 1–64 letters")
    await expect(page.get_by_test_id("status")).to_have_attribute("data-state", "disconnected")


# --- the external client -----------------------------------------------------------------------


async def test_external_client_shows_frames_and_bridge_status(live_host: Any, page: Any) -> None:
    await page.goto(f"{live_host.http_url}/clients/external")
    await expect(page.get_by_test_id("host-url")).to_have_value(live_host.http_url)
    status_box = page.get_by_test_id("external-status")
    await expect(status_box).not_to_have_text("Press Refresh to fetch /external-status.")  # fetched on load
    await page.get_by_test_id("refresh").click()
    await expect(page.get_by_test_id("status-time")).to_contain_text("updated")
    body = await status_box.text_content() or ""
    if await status_box.get_attribute("data-state") == "ok":
        assert "connected" in json.loads(body)
    else:
        assert "/external-status" in body  # the bridge plugin is not loaded: the page says what failed

    await page.get_by_test_id("ws-url").fill(f"{live_host.ws_url}/ws/browser-external")
    await page.get_by_test_id("connect").click()
    await expect(page.get_by_test_id("status")).to_have_attribute("data-state", "open")
    frames = page.get_by_test_id("frame")
    await expect(frames.filter(has_text='"type": "welcome"')).to_have_count(1)

    await page.get_by_test_id("payload").fill('{"type": "message", "message": "Hello! What can you help with?", "id": "x1"}')
    await page.get_by_test_id("send").click()
    await expect(page.locator("[data-testid=frame][data-direction=out]")).to_have_count(1)
    reply = page.locator("[data-testid=frame][data-direction=in]").filter(has_text='"reply_to": "x1"').filter(
        has_text='"type": "message"'
    )
    await expect(reply).to_contain_text("General 🤖")
    assert re.fullmatch(r"\d\d:\d\d:\d\d\.\d{3}", await reply.locator(".time").text_content() or "")

    await page.get_by_test_id("mode-text").check()
    await page.get_by_test_id("payload").fill("I want to start working out")
    await page.get_by_test_id("send").click()
    await expect(page.locator("[data-testid=frame][data-direction=in]").filter(has_text='"agent": "Helios 💪"')).to_have_count(1)

    await page.get_by_test_id("mode-json").check()
    await page.get_by_test_id("payload").fill("{not json")
    await page.get_by_test_id("send").click()
    await expect(page.locator("[data-testid=frame][data-direction=error]")).to_contain_text("not valid JSON, nothing sent")
    await expect(page.locator("[data-testid=frame][data-direction=out]")).to_have_count(2)
