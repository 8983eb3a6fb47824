"""`agenthost serve` and `agenthost token create` as an operator runs them, in subprocesses:
the safe-default refusal, a taken port in one line, TLS with a certificate made here, tokens
the server accepts, and files streamed rather than read whole."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from host.testing import receive_until
from tests.test_auth import SECRET

AGENTHOST = [str(Path(sys.executable).with_name("agenthost"))] if Path(sys.executable).with_name("agenthost").exists() \
    else [sys.executable, "-m", "host"]
DROP = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "EXTERNAL_WS_URL", "EXTERNAL_WS_USER_ID")

pytestmark = pytest.mark.timeout(120)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def host_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in DROP and not k.startswith("AGENTHOST_")}
    return {**env, **extra}


def run_cli(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*AGENTHOST, *args], cwd=tmp_path, env=env or host_env(), capture_output=True, text=True,
                          timeout=60)


class Server:
    """`agenthost serve` on a free loopback port, stopped with SIGINT."""

    def __init__(self, tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.log = tmp_path / "serve.log"
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(
                [*AGENTHOST, "serve", "--port", str(self.port), "--data-dir", str(tmp_path / "data"), *args],
                cwd=tmp_path, env=env or host_env(), stdout=log, stderr=subprocess.STDOUT,
            )

    def wait_ready(self, scheme: str = "http", context: ssl.SSLContext | None = None) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.log.read_text()
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    if "serving on" in self.log.read_text():
                        return
            except OSError:
                pass
            time.sleep(0.1)
        raise AssertionError(f"not ready: {self.log.read_text()}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


@pytest.fixture
def servers() -> Iterator[list[Server]]:
    started: list[Server] = []
    yield started
    for server in started:
        server.stop()


def test_serving_another_address_without_auth_is_refused_with_the_way_out(tmp_path):
    done = run_cli(tmp_path, "serve", "--host", "0.0.0.0", "--port", str(free_port()))
    assert done.returncode == 2
    assert "refusing to serve 0.0.0.0" in done.stderr
    assert "AGENTHOST_AUTH=jwt" in done.stderr and "--insecure-no-auth" in done.stderr
    assert "Traceback" not in done.stderr


def test_insecure_no_auth_is_the_operators_explicit_choice(tmp_path, servers):
    server = Server(tmp_path, "--host", "0.0.0.0", "--insecure-no-auth")
    servers.append(server)
    server.wait_ready()
    assert "WITHOUT authentication" in server.log.read_text()


def test_a_taken_port_is_one_line_naming_it_and_how_to_pick_another(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = run_cli(tmp_path, "serve", "--port", str(port), "--data-dir", str(tmp_path / "data"))
    assert done.returncode != 0
    assert done.stderr.strip().splitlines() == [
        f"agenthost: 127.0.0.1:{port} is already in use (another agenthost?); pick another port with "
        f"--port {port + 1} or AGENTHOST_PORT={port + 1}"
    ]
    assert "Traceback" not in done.stderr + done.stdout


def test_jwt_mode_without_a_usable_secret_does_not_start(tmp_path):
    done = run_cli(tmp_path, "serve", "--port", str(free_port()), env=host_env(AGENTHOST_AUTH="jwt", AGENTHOST_JWT_SECRET="short"))
    assert done.returncode == 2
    assert "AGENTHOST_JWT_SECRET is 5 bytes; it must be at least 32" in done.stderr
    assert "Traceback" not in done.stderr


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    certfile, keyfile = tmp_path / "cert.pem", tmp_path / "key.pem"
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    return certfile, keyfile


def test_tls_serves_https_and_wss_with_a_token_from_token_create(tmp_path, servers):
    certfile, keyfile = _self_signed(tmp_path)
    env = host_env(AGENTHOST_AUTH="jwt", AGENTHOST_JWT_SECRET=SECRET)
    made = run_cli(tmp_path, "token", "create", "--user", "alice", "--ttl", "600", env=env)
    assert made.returncode == 0, made.stderr
    token = made.stdout.strip()
    assert token.count(".") == 2 and f"#token={token}" in made.stderr and "https" not in made.stderr
    server = Server(tmp_path, "--certfile", str(certfile), "--keyfile", str(keyfile), env=env)
    servers.append(server)
    server.wait_ready()
    assert f"serving on https://127.0.0.1:{server.port}" in server.log.read_text()
    trust = ssl.create_default_context(cafile=str(certfile))

    async def talk() -> None:
        base = f"https://127.0.0.1:{server.port}"
        async with aiohttp.ClientSession() as session:
            async with session.get(f"{base}/health", ssl=trust) as resp:
                assert resp.status == 200 and await resp.json() == {"status": "ok"}
            async with session.get(f"{base}/me", ssl=trust) as resp:
                assert resp.status == 401
            ws = await session.ws_connect(f"wss://127.0.0.1:{server.port}/ws/alice", ssl=trust,
                                          protocols=("agenthost.v1", f"agenthost.bearer.{token}"))
            assert (await ws.receive_json())["type"] == "welcome"
            await ws.send_json({"message": "What should I eat for breakfast?", "id": "tls"})
            final = (await receive_until(ws, "message", timeout=30))[-1]
            assert final["metadata"]["reply_to"] == "tls"
            await ws.close()
            # Plain HTTP to the TLS port gets nowhere.
            with pytest.raises(aiohttp.ClientError):
                await session.get(f"http://127.0.0.1:{server.port}/health")

    asyncio.run(talk())
    assert token.rsplit(".", 1)[1] not in server.log.read_text()


def test_a_missing_key_file_is_named(tmp_path):
    certfile, _ = _self_signed(tmp_path)
    done = run_cli(tmp_path, "serve", "--port", str(free_port()), "--certfile", str(certfile),
                   "--keyfile", str(tmp_path / "nope.pem"))
    assert done.returncode == 2 and "keyfile" in done.stderr and "nope.pem: no such file" in done.stderr


def test_token_create_refuses_a_bad_user_and_needs_the_secret(tmp_path):
    done = run_cli(tmp_path, "token", "create", "--user", "alice")
    assert done.returncode == 2 and "set AGENTHOST_JWT_SECRET" in done.stderr
    done = run_cli(tmp_path, "token", "create", "--user", "../etc", env=host_env(AGENTHOST_JWT_SECRET=SECRET))
    assert done.returncode == 2 and "--user '../etc'" in done.stderr and not done.stdout


@pytest.mark.slow
def test_a_large_file_is_streamed_not_read_into_memory(tmp_path, servers):
    folder = tmp_path / "data" / "alice"
    folder.mkdir(parents=True)
    line = json.dumps({"role": "user", "text": "x" * 200}) + "\n"
    history = folder / "history.jsonl"
    with history.open("w") as fh:
        for _ in range(50 * 2**20 // len(line)):
            fh.write(line)
    size = history.stat().st_size
    server = Server(tmp_path)
    servers.append(server)
    server.wait_ready()

    def rss_mib() -> float:
        for row in Path(f"/proc/{server.proc.pid}/status").read_text().splitlines():
            if row.startswith("VmRSS:"):
                return int(row.split()[1]) / 1024
        raise AssertionError("no VmRSS")

    async def download_twenty() -> list[tuple[int, int, str | None]]:
        async with aiohttp.ClientSession() as session:
            async def one() -> tuple[int, int, str | None]:
                async with session.get(f"http://127.0.0.1:{server.port}/user/alice/files/history.jsonl") as resp:
                    total = 0
                    async for chunk in resp.content.iter_chunked(1 << 20):
                        total += len(chunk)
                        await asyncio.sleep(0.01)  # a slow reader: the server must not buffer ahead of it
                    return resp.status, total, resp.headers.get("Content-Type")
            return list(await asyncio.gather(*(one() for _ in range(20))))

    before = rss_mib()
    results = asyncio.run(download_twenty())
    grown = rss_mib() - before
    assert results == [(200, size, "application/x-ndjson; charset=utf-8")] * 20
    # Read whole, 20 requests of a 50 MB file held 1 GB; streamed, a few buffers.
    assert grown < 200, f"RSS grew {grown:.0f} MiB serving 20 x {size / 2**20:.0f} MiB"
