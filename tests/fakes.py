"""Small agent plugins for the host's tests (this module holds no tests)."""

from __future__ import annotations

import asyncio
from typing import Any

from host import Agent, Reply, Score, hookimpl


class KeywordAgent:
    """Claims messages containing one of its keywords (score 0.9) and echoes them back.

    `gate` (an asyncio.Event) holds every reply until set; `delay` sleeps before replying;
    `seen` records the messages in the order they were answered; `max_active` how many
    replies ever ran at once.
    """

    def __init__(self, name: str, keywords: list[str], delay: float = 0.0, gate: asyncio.Event | None = None) -> None:
        self.__name__ = f"test-{name}"
        self.name = name
        self.keywords = keywords
        self.delay = delay
        self.gate = gate
        self.seen: list[str] = []
        self.active = 0
        self.max_active = 0

    @hookimpl
    def register_agents(self, register: Any) -> None:
        register(Agent(self.name, self.name.title(), "🧪", f"test agent for {', '.join(self.keywords)}"))

    @hookimpl
    def classify(self, message: str) -> Score:
        hit = [k for k in self.keywords if k in message.lower().split()]
        return Score(self.name, 0.9 if hit else 0.0, ", ".join(hit))

    @hookimpl
    async def respond(self, turn: Any) -> Reply:
        self.active += 1
        self.max_active = max(self.max_active, self.active)
        try:
            if self.gate is not None:
                await self.gate.wait()
            if self.delay:
                await asyncio.sleep(self.delay)
        finally:
            self.active -= 1
        self.seen.append(turn.message)
        await turn.stream(f"{self.name} says: ")
        await turn.stream(turn.message)
        return Reply(f"{self.name} says: {turn.message}", metadata={"history_seen": len(turn.history)})


class FALLBACK:
    """The `general` agent: never claims anything, answers what nobody else does."""

    __name__ = "test-general"

    @hookimpl
    def register_agents(self, register: Any) -> None:
        register(Agent("general", "General", "🤖", "answers everything else"))

    @hookimpl
    def respond(self, turn: Any) -> str:
        return f"general heard: {turn.message}"


class BrokenAgent:
    """Claims every message containing "broken" and fails in the way it is told to."""

    __name__ = "test-broken"

    def __init__(self, failure: str = "raise") -> None:
        self.failure = failure

    @hookimpl
    def register_agents(self, register: Any) -> None:
        register(Agent("broken", "Broken", "💥", "fails on purpose"))

    @hookimpl
    def classify(self, message: str) -> Score:
        return Score("broken", 1.0 if "broken" in message else 0.0)

    @hookimpl
    async def respond(self, turn: Any) -> Any:
        if self.failure == "raise":
            raise KeyError("secret internal detail")
        if self.failure == "hang":
            await asyncio.sleep(3600)
        return 42  # not a Reply
