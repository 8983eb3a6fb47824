"""Short, bounded runs of the load tools against a live offline host on a free loopback port:
clients/load_test.py (asyncio), clients/run_load.py (locust) and the benchmarks under bench/.
They assert the printed summary, the exit code and the report files; the figures themselves are
not judged (no wall-clock asserts), except where a bound is set so that it must break.
"""

from __future__ import annotations

import asyncio
import csv
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = ROOT / "clients"

pytestmark = pytest.mark.timeout(180)


def _run(*argv: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *argv], cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def _field(output: str, label: str) -> str:
    match = re.search(rf"^\s+{re.escape(label)}: (.+)$", output, re.MULTILINE)
    assert match, f"no '{label}' line in:\n{output}"
    return match.group(1)


def _assert_summary(output: str, clients: int) -> int:
    """The summary has every line of the original README's output; returns Messages Sent."""
    assert "📊 LOAD TEST RESULTS" in output
    assert _field(output, "Clients") == str(clients)
    sent = int(_field(output, "Messages Sent"))
    assert sent > 0
    assert int(_field(output, "Messages Received")) == sent
    assert _field(output, "Success Rate") == "100.00%"
    assert float(_field(output, "Messages/Second")) > 0
    assert _field(output, "Total Errors") == "0"
    for label in ("Average", "Median", "95th Percentile"):
        assert re.fullmatch(r"\d+\.\d ms", _field(output, label))
    return sent


def test_load_test_measures_to_the_final_reply(live_host: Any, tmp_path: Path) -> None:
    out = tmp_path / "load.json"
    done = _run("clients/load_test.py", "--clients", "3", "--duration", "3", "--interval", "0.2",
                "--url", live_host.ws_url, "--output", str(out))
    assert done.returncode == 0, done.stdout + done.stderr
    sent = _assert_summary(done.stdout, clients=3)
    assert _field(done.stdout, "Server") == live_host.ws_url
    result = json.loads(out.read_text())
    assert result["sent"] == result["received"] == sent
    assert result["failure_ratio"] == 0
    # Every reply the clients timed was a full turn: both sides are in the users' histories.
    stored = [
        json.loads(line)
        for history in live_host.data_dir.glob("loadtest-*/history.jsonl")
        for line in history.read_text().splitlines()
    ]
    assert sum(1 for record in stored if record["role"] == "assistant") >= sent


async def test_load_test_counts_error_frames_and_fails(aiohttp_server: Any, tmp_path: Path) -> None:
    async def refuse(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        async for msg in ws:
            reply_to = json.loads(msg.data)["id"]
            await ws.send_json({"type": "error", "code": "rate_limited", "message": "slow down", "reply_to": reply_to})
        return ws

    app = web.Application()
    app.router.add_get("/ws/{user_id}", refuse)
    server = await aiohttp_server(app)
    proc = await _async_run("clients/load_test.py", "--clients", "2", "--duration", "1", "--interval", "0.1",
                            "--url", f"ws://127.0.0.1:{server.port}")
    output = proc["stdout"]
    assert proc["returncode"] == 1, output
    assert int(_field(output, "Messages Received")) == 0
    assert int(_field(output, "Total Errors")) == int(_field(output, "Messages Sent")) > 0
    assert "error frame: rate_limited" in output
    assert "❌ no reply was received" in output


async def _async_run(*argv: str) -> dict[str, Any]:
    """Run a script without blocking the event loop that serves the test's own server."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, *argv, cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    stdout, stderr = await asyncio.wait_for(proc.communicate(), 60)
    return {"returncode": proc.returncode, "stdout": stdout.decode() + stderr.decode()}


def test_run_load_starts_a_host_runs_locust_and_writes_reports(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    done = _run("clients/run_load.py", "--users", "3", "--spawn-rate", "3", "--time", "4s",
                "--max-p95-ms", "5000", "--reports-dir", str(reports))
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    sent = _assert_summary(done.stdout, clients=3)
    assert "starting an offline host on ws://127.0.0.1:" in done.stdout
    assert "✅ failure ratio 0.00%" in done.stdout
    assert (reports / "load.html").stat().st_size > 0
    with (reports / "load_stats.csv").open(newline="") as fh:
        rows = {row["Name"]: row for row in csv.DictReader(fh)}
    assert int(rows["Aggregated"]["Request Count"]) == sent  # the CSV holds the final numbers
    assert {"fitness", "nutrition", "general"} & set(rows)


def test_run_load_exits_non_zero_when_p95_is_above_the_bound(live_host: Any, tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    done = _run("clients/run_load.py", "--target", live_host.ws_url, "--users", "2", "--spawn-rate", "2",
                "--time", "3s", "--max-p95-ms", "0.001", "--reports-dir", str(reports))
    assert done.returncode == 1, done.stdout + done.stderr
    assert re.search(r"❌ 95th percentile \d+\.\d ms is above 0.001 ms", done.stdout)
    assert (reports / "load_stats.csv").exists()


def test_ws_throughput_benchmark_compares_each_host_with_echo(tmp_path: Path) -> None:
    out = tmp_path / "ws_throughput.json"
    done = _run("bench/ws_throughput.py", "--messages", "40", "--concurrency", "1,4", "--rounds", "1",
                "--servers", "echo,host,host-trivial,host-jwt", "--out", str(out), timeout=170)
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(out.read_text())
    for kind in ("echo", "host", "host-trivial", "host-jwt"):
        rows = result["throughput"][kind]
        assert [row["connections"] for row in rows] == [1, 4]
        assert all(row["ok"] == 40 and row["errors"] == 0 for row in rows), kind
    for kind in ("host", "host-trivial", "host-jwt"):
        assert [row["connections"] for row in result["ratio_over_echo"][kind]] == [1, 4]
    assert re.search(r"^host-trivial\s+4\s+40\s+0\s", done.stdout, re.MULTILINE), done.stdout


def test_idle_sockets_benchmark_times_a_chat_beside_the_idle_sockets(tmp_path: Path) -> None:
    out = tmp_path / "idle.json"
    done = _run("bench/idle_sockets.py", "--sockets", "30", "--chats", "5", "--holders", "2", "--out", str(out), timeout=170)
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(out.read_text())
    for kind in ("echo", "host"):
        row = result["servers"][kind]
        assert row["sockets"] == 30
        assert row["chat_alone"]["ok"] == row["chat_with_idle"]["ok"] == 5
        assert row["chat_alone"]["errors"] == row["chat_with_idle"]["errors"] == 0


def test_turn_growth_benchmark_compares_the_end_of_a_day_with_its_start(tmp_path: Path) -> None:
    out = tmp_path / "growth.json"
    done = _run("bench/turn_growth.py", "--turns", "24", "--history", "500", "--history-turns", "6", "--out", str(out))
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(out.read_text())
    day, history = result["busy_day"], result["long_history"]
    assert (day["turns"], day["answered"], day["errors"], day["window"]) == (24, 24, 0, 12)
    assert set(day["by_message"]) == {"log a 20 minute run", "I had an apple", "hello"}
    assert (history["answered"], history["errors"]) == (12, 0)
    assert {"100", "500", "ratio"} <= set(history)
    assert "busy day: 24 turns of one user" in done.stdout


def test_the_readme_speed_table_says_what_the_reports_say(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    try:
        from bench.speed_report import BEGIN, END, render, update_readme
    finally:
        sys.path.remove(str(ROOT))
    row = {"connections": 50, "messages": 100, "messages_per_s": 2500.0, "p50_ms": 10.0, "p95_ms": 15.0, "p99_ms": 18.5,
           "server_cpu_us_per_msg": 400.0}
    throughput = {
        "throughput": {"echo": [{**row, "messages_per_s": 20000.0}], "host": [row], "host-trivial": [{**row, "messages_per_s": 5000.0}]},
        "ratio_over_echo": {"host": [{"connections": 50, "throughput_ratio": 0.125}], "host-trivial": [{"connections": 50, "throughput_ratio": 0.25}]},
    }
    chat = {"ok": 5, "errors": 0, "p50_ms": 2.0, "p95_ms": 3.0, "p99_ms": 4.0}
    idle = {"settings": {"asked": 20000}, "servers": {"echo": {"per_socket_kib": 15.0},
            "host": {"sockets": 19800, "per_socket_kib": 17.0, "chat_alone": chat, "chat_with_idle": chat}}}
    growth = {"busy_day": {"turns": 3000, "window": 300, "ratio": 1.1, "cpu_ratio": 1.0, "first_median_ms": 2.0, "last_median_ms": 2.2},
              "long_history": {"100": {"median_ms": 2.0}, "100000": {"median_ms": 2.1}, "ratio": 1.05}}
    load = {"messages": 30000, "failures": 0, "p95_ms": 80.0, "median_ms": 20.0, "per_s": 500.0}
    table = render(throughput, idle, growth, load, "a test machine")
    assert "| host | 50 | 2,500 | 10.00 | 15.00 | 18.50 | 0.125 ✅ | 400.0 |" in table  # share >= 0.10 and p99 <= 20 ms
    assert "| host-trivial | 50 | 5,000 | 10.00 | 15.00 | 18.50 | 0.250 ❌ | 400.0 |" in table  # share < 0.30
    assert "19,800 idle sockets** on one host: 17.0 KiB each ✅" in table and "allowed 19,800 of 20,000" in table
    assert "median latency 1.1 ✅" in table and "0 failures ✅" in table and "p95 80 ms ❌" in table
    readme = tmp_path / "README.md"
    readme.write_text(f"# x\n\n{BEGIN}\nold table\n{END}\n\n## next\n")
    update_readme(table, readme)
    text = readme.read_text()
    assert "old table" not in text and text.startswith("# x\n\n" + BEGIN + "\n_Measured") and text.endswith(END + "\n\n## next\n")
