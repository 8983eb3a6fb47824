"""`./run.sh load`: a locust load run against a fresh offline host, with a pass/fail verdict.

Starts `agenthost serve` on a free loopback port with a temporary data dir and no LLM, runs
clients/locustfile.py headless against it, writes the CSV and HTML reports under reports/,
stops the host, prints the summary, and exits 1 when the failure ratio or the 95th percentile
is above its bound (2 when the run itself could not be made).

    ./run.sh load                                   # 10 users, 30 s
    ./run.sh load --users 50 --spawn-rate 10 --time 1m --max-p95-ms 250
    ./run.sh load --target ws://127.0.0.1:8000      # an already running host instead
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

from load_test import Summary, check_limits, format_summary

CLIENTS_DIR = Path(__file__).resolve().parent
ROOT = CLIENTS_DIR.parent
LOCUSTFILE = CLIENTS_DIR / "locustfile.py"
# Variables that would make the host use an LLM or a bridge, or read another configuration.
HOST_ENV_DROP = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "EXTERNAL_WS_URL", "EXTERNAL_WS_USER_ID")
# A load run measures the host, not its limits: every simulated user comes from 127.0.0.1, so
# the per-address limits (and the per-user message rate) are lifted for the host it starts.
LOAD_CONFIG = """\
[limits]
messages_per_user = "100000/minute"
messages_per_ip = "10000000/minute"
requests_per_ip = "10000000/minute"
new_users_per_ip = "10000000/hour"
sockets_per_ip = 100000
"""


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def die_with_parent() -> None:
    """In a child before exec (`preexec_fn`): SIGTERM it when this process dies, however it
    dies (Linux; elsewhere nothing). For children in a session of their own, whom a Ctrl-C
    does not reach: if the process that started them is killed outright, they still stop."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def agenthost_command() -> list[str]:
    """The venv's `agenthost` script next to this Python, else `python -m host`."""
    script = Path(sys.executable).with_name("agenthost")
    return [str(script)] if script.exists() else [sys.executable, "-m", "host"]


class HostProcess:
    """`agenthost serve` in offline mode on 127.0.0.1, in a subprocess; stop and start it at will.

    The host runs with the temp dir as its working directory and without the LLM and bridge
    variables, so neither ./agenthost.toml, ./.env nor the caller's environment changes it; its
    own agenthost.toml there lifts the per-address limits (`LOAD_CONFIG`). `env` adds
    variables on top (e.g. `AGENTHOST_STORAGE=redis`). With `isolated=False` it is the
    developer's own host instead: run from the repository with their environment, their
    agenthost.toml and .env, plus `env` (what `./run.sh cluster` starts).
    """

    def __init__(
        self, port: int | None = None, workdir: Path | None = None, log_level: str = "WARNING",
        env: Mapping[str, str] | None = None, isolated: bool = True, name: str = "host",
    ) -> None:
        self.port = port or free_port()
        self._own_workdir = workdir is None
        self.workdir = workdir or Path(tempfile.mkdtemp(prefix="agenthost-load-"))
        self.data_dir = self.workdir / "data"
        self.log_path = self.workdir / f"{name}.log"
        self.log_level = log_level
        self.env = dict(env or {})
        self.isolated = isolated
        self.name = name
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 60) -> None:
        """Start the host and wait until `GET /` answers."""
        self.launch()
        self.wait_ready(timeout_s)

    def launch(self) -> None:
        """Start the process, without waiting for it (`wait_ready` does)."""
        argv = [*agenthost_command(), "--log-level", self.log_level, "serve", "--host", "127.0.0.1",
                "--port", str(self.port), "--data-dir", str(self.data_dir)]
        self.workdir.mkdir(parents=True, exist_ok=True)
        if self.isolated:
            env = {k: v for k, v in os.environ.items() if k not in HOST_ENV_DROP and not k.startswith("AGENTHOST_")}
            (self.workdir / "agenthost.toml").write_text(LOAD_CONFIG)
            cwd = self.workdir
        else:
            env, cwd = dict(os.environ), ROOT
        env.update(self.env)
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT,
                                         start_new_session=not self.isolated,
                                         preexec_fn=None if self.isolated else die_with_parent)

    def wait_ready(self, timeout_s: float = 60) -> None:
        """Until `GET /` answers 200; RuntimeError with the log's tail if the host exits or is late."""
        assert self.proc is not None, "launch() first"
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the host exited with code {self.proc.returncode}:\n{self.log_tail()}")
            try:
                request = urllib.request.Request(self.http_url + "/", headers={"Accept": "application/json"})
                with urllib.request.urlopen(request, timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"the host did not answer on {self.http_url} within {timeout_s:g}s:\n{self.log_tail()}")

    def kill(self) -> None:
        """SIGKILL, as a crash: no shutdown, no flush."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def stop(self, timeout_s: float = 15) -> None:
        """Stop the host (SIGINT, so it closes sockets and flushes storage; SIGKILL if it hangs)."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self.proc = None

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def cleanup(self) -> None:
        """Stop the host and remove the temp dir (when this object made it)."""
        self.stop()
        if self._own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> HostProcess:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.cleanup()


def seconds(locust_time: str) -> float:
    """'30s', '2m', '1h30m' or '45' in seconds (locust's --run-time format)."""
    if re.fullmatch(r"\d+(\.\d+)?", locust_time):
        return float(locust_time)
    parts = re.findall(r"(\d+)\s*([hms])", locust_time)
    if not parts or "".join(n + u for n, u in parts) != re.sub(r"\s", "", locust_time):
        raise ValueError(f"not a run time: {locust_time!r} (use e.g. 30s, 2m, 1h30m)")
    return float(sum(int(n) * {"h": 3600, "m": 60, "s": 1}[u] for n, u in parts))


def _number(value: str) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def read_summary(csv_prefix: Path, users: int, duration_s: float, server: str) -> Summary:
    """Build the summary from locust's `<prefix>_stats.csv` and `<prefix>_failures.csv`."""
    with open(f"{csv_prefix}_stats.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    messages = [r for r in rows if r["Type"] == "WS" and r["Name"] != "connect"]
    total = next((r for r in rows if r["Name"] == "Aggregated"), None)
    sent = sum(int(r["Request Count"]) for r in messages)
    failed = sum(int(r["Failure Count"]) for r in messages)
    errors: dict[str, int] = {}
    failures_path = Path(f"{csv_prefix}_failures.csv")
    if failures_path.exists():
        with failures_path.open(newline="") as fh:
            for row in csv.DictReader(fh):
                kind = re.sub(r"^\w+\((['\"])(.*)\1\)$", r"\2", row["Error"])  # ReplyFailure('x') -> x
                errors[f"{row['Name']}: {kind}"] = errors.get(f"{row['Name']}: {kind}", 0) + int(row["Occurrences"])
    if not errors and failed:
        errors["failed"] = failed
    return Summary(
        clients=users,
        duration_s=duration_s,
        server=server,
        sent=sent,
        received=sent - failed,
        elapsed_s=duration_s,
        average_ms=_number(total["Average Response Time"]) if total and sent else None,
        median_ms=_number(total["Median Response Time"]) if total and sent else None,
        p95_ms=_number(total["95%"]) if total and sent else None,
        errors_by_kind=errors,
        tool="locust",
    )


def run_locust(target: str, args: argparse.Namespace, reports: Path) -> int:
    """Run locust headless; returns its exit code (1 only means some request failed)."""
    argv = [
        sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless",
        "-u", str(args.users), "-r", str(args.spawn_rate), "-t", args.time,
        "--host", target, "--csv", str(reports / "load"), "--html", str(reports / "load.html"),
        "--only-summary", "--stop-timeout", "10",
    ]
    print("==> " + " ".join(argv[1:]), flush=True)
    return subprocess.run(argv, cwd=ROOT, timeout=seconds(args.time) + 120).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", "-u", type=int, default=10, help="concurrent users (default 10)")
    parser.add_argument("--spawn-rate", "-r", type=float, default=10, help="users started per second (default 10)")
    parser.add_argument("--time", "-t", default="30s", help="run time: 30s, 2m, 1h30m (default 30s)")
    parser.add_argument("--max-p95-ms", type=float, default=500, help="fail above this 95th percentile (default 500)")
    parser.add_argument("--max-failure-ratio", type=float, default=0.01, help="fail above this ratio (default 0.01)")
    parser.add_argument("--reports-dir", default=str(ROOT / "reports"), help="where reports go (default reports/)")
    parser.add_argument("--target", help="run against this running host (ws://host:port) instead of a fresh one")
    args = parser.parse_args(argv)
    try:
        duration_s = seconds(args.time)
    except ValueError as exc:
        parser.error(str(exc))
    if args.time.replace(".", "").isdigit():
        args.time = f"{int(duration_s)}s"
    reports = Path(args.reports_dir)
    reports.mkdir(parents=True, exist_ok=True)
    for old in reports.glob("load_*.csv"):
        old.unlink()

    host: HostProcess | None = None
    try:
        if args.target:
            target = args.target.rstrip("/")
        else:
            host = HostProcess()
            print(f"==> starting an offline host on {host.ws_url} (data in {host.data_dir})", flush=True)
            host.start()
            target = host.ws_url
        code = run_locust(target, args, reports)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"load run failed: {exc}", file=sys.stderr)
        return 2
    finally:
        if host is not None:
            host.cleanup()

    stats = reports / "load_stats.csv"
    if not stats.exists():
        print(f"locust wrote no {stats} (exit code {code})", file=sys.stderr)
        return 2
    summary = read_summary(reports / "load", args.users, duration_s, target)
    print()
    print(format_summary(summary))
    print(f"\n📁 Reports: {stats}, {reports / 'load.html'}")
    broken = check_limits(summary, args.max_failure_ratio, args.max_p95_ms)
    for reason in broken:
        print(f"❌ {reason}")
    if not broken:
        print(f"✅ failure ratio {summary.failure_ratio:.2%} ≤ {args.max_failure_ratio:.2%}, "
              f"95th percentile {summary.p95_ms:.1f} ms ≤ {args.max_p95_ms:g} ms")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
