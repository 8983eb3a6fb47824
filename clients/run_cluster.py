"""`./run.sh cluster`: the several-hosts deployment on one machine, with one command.

Starts, all on 127.0.0.1:
  redis-server   Debian's, with deploy/redis.conf; its data (the AOF) in cluster/redis/
  N hosts        `agenthost serve` on free ports, on that Redis (`AGENTHOST_STORAGE=redis`),
                 trusting nginx's X-Forwarded-For (`AGENTHOST_TRUSTED_PROXIES=127.0.0.1`)
  nginx          on :8000, with deploy/nginx.conf rendered for the N hosts
prints what runs where, and stops them all on Ctrl-C (nginx, then the hosts, which finish
their turns, then Redis), or as soon as one of them exits, saying which. If this script is
killed outright, they get SIGTERM from the kernel (Linux) and stop too.

    ./run.sh cluster                      # 2 hosts behind nginx on :8000
    ./run.sh cluster --hosts 3 --port 9000 --redis-port 6390

The hosts run from the repository with your environment, agenthost.toml and .env (an API
key there reaches them), like `./run.sh serve`; only the storage, the port and the trusted
proxy are set here. The data stays in cluster/ (git ignores it) from one run to the next.
`RedisProcess`, `NginxProcess` and `render_nginx_conf` are also used by the fault tests and
the benchmark (bench/redis_servers.py).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType

from run_load import ROOT, HostProcess, die_with_parent, free_port

DEPLOY = ROOT / "deploy"
NGINX_CONF = DEPLOY / "nginx.conf"
REDIS_CONF = DEPLOY / "redis.conf"
HOSTS_BEGIN = "agenthost-hosts-begin"
HOSTS_END = "agenthost-hosts-end"
LISTEN_LINE = "listen 127.0.0.1:8000;"
# Where Debian installs them (`apt-get install redis-server nginx`).
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


class ClusterError(RuntimeError):
    """Something the cluster needs is missing or would not start; the message says what."""


def port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def wait_for(check: Callable[[], bool], proc: subprocess.Popen[bytes], what: str, log: Path, timeout_s: float) -> None:
    """Until `check()` is true; ClusterError with the log's tail if `proc` exits or time runs out."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if check():
            return
        if proc.poll() is not None:
            raise ClusterError(f"{what} exited with code {proc.returncode}:\n{tail(log)}")
        time.sleep(0.05)
    raise ClusterError(f"{what} did not answer within {timeout_s:g} s:\n{tail(log)}")


def tail(path: Path, chars: int = 2000) -> str:
    try:
        return path.read_text(errors="replace")[-chars:]
    except OSError:
        return f"(no log at {path})"


def stop_process(proc: subprocess.Popen[bytes] | None, sig: int = signal.SIGTERM, timeout_s: float = 15) -> None:
    """Send `sig`, wait, SIGKILL if it does not exit in time."""
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(sig)
    try:
        proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


# --- Redis ---------------------------------------------------------------------------------


class RedisProcess:
    """redis-server with deploy/redis.conf (AOF, `appendfsync everysec`) on a loopback port,
    its data in `directory`. `kill()` is a crash (SIGKILL); `start()` again on the same port
    and directory reloads the AOF, as a restarted production Redis would."""

    def __init__(self, directory: Path, port: int | None = None, own_session: bool = False) -> None:
        self.directory = Path(directory)
        self.port = port or free_port()
        self.log_path = self.directory / "redis.log"
        self.own_session = own_session
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout_s: float = 10) -> RedisProcess:
        if not os.path.exists(REDIS_SERVER):
            raise ClusterError(f"{REDIS_SERVER} is not installed (apt-get install redis-server)")
        self.directory.mkdir(parents=True, exist_ok=True)
        argv = [REDIS_SERVER, str(REDIS_CONF), "--port", str(self.port), "--dir", str(self.directory),
                "--daemonize", "no", "--logfile", str(self.log_path)]
        self.proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=self.own_session,
                                     preexec_fn=die_with_parent if self.own_session else None)
        wait_for(self.ping, self.proc, f"redis-server on port {self.port}", self.log_path, timeout_s)
        return self

    def ping(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as conn:
                conn.sendall(b"PING\r\n")
                # -LOADING while the AOF is read back: not ready yet.
                return conn.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def command(self, *args: str) -> str:
        """One command through redis-cli (for INFO and the like); its output."""
        done = subprocess.run(["redis-cli", "-p", str(self.port), *args], capture_output=True, text=True, timeout=10, check=True)
        return done.stdout

    def kill(self) -> None:
        """SIGKILL: a crash. What Redis wrote to its AOF survives in the OS; nothing else runs."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self) -> None:
        """SIGTERM: Redis fsyncs its AOF and exits."""
        stop_process(self.proc, signal.SIGTERM)
        self.proc = None


# --- nginx ---------------------------------------------------------------------------------


def render_nginx_conf(template: str, host_ports: Sequence[int], listen_port: int) -> str:
    """deploy/nginx.conf with its upstream's server lines (between the marker lines) one per
    host port, each like the template's first one, and nginx listening on `listen_port`."""
    lines = template.splitlines(keepends=True)
    try:
        begin = next(i for i, line in enumerate(lines) if HOSTS_BEGIN in line)
        end = next(i for i, line in enumerate(lines) if HOSTS_END in line)
    except StopIteration:
        raise ClusterError(f"{NGINX_CONF} has lost its '# {HOSTS_BEGIN}' / '# {HOSTS_END}' marker lines") from None
    examples = [line for line in lines[begin + 1 : end] if line.strip().startswith("server ")]
    if end < begin or not examples:
        raise ClusterError(f"{NGINX_CONF}: no 'server 127.0.0.1:PORT ...;' line between its marker lines")
    indent = examples[0][: len(examples[0]) - len(examples[0].lstrip())]
    address, _, parameters = examples[0].strip().removeprefix("server ").partition(" ")
    servers = [f"{indent}server 127.0.0.1:{port} {parameters}".rstrip() + "\n" for port in host_ports]
    rendered = "".join(lines[: begin + 1] + servers + lines[end:])
    if LISTEN_LINE not in rendered:
        raise ClusterError(f"{NGINX_CONF} has no '{LISTEN_LINE}' line to set the port in")
    return rendered.replace(LISTEN_LINE, f"listen 127.0.0.1:{listen_port};")


class NginxProcess:
    """nginx in the foreground with deploy/nginx.conf rendered for `host_ports`, its prefix
    (config, pid, logs, temp files) in `directory`."""

    def __init__(self, directory: Path, host_ports: Sequence[int], port: int | None = None, own_session: bool = False) -> None:
        self.directory = Path(directory)
        self.host_ports = list(host_ports)
        self.port = port or free_port()
        self.own_session = own_session
        self.log_path = self.directory / "nginx-error.log"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 10) -> NginxProcess:
        if not os.path.exists(NGINX):
            raise ClusterError(f"{NGINX} is not installed (apt-get install nginx)")
        (self.directory / "tmp").mkdir(parents=True, exist_ok=True)
        conf = self.directory / "nginx.conf"
        conf.write_text(render_nginx_conf(NGINX_CONF.read_text(), self.host_ports, self.port))
        # -e: the error log before the config is read (Debian's default is /var/log/nginx).
        argv = [NGINX, "-p", f"{self.directory}/", "-c", str(conf), "-e", str(self.log_path), "-g", "daemon off;"]
        self.proc = subprocess.Popen(argv, cwd=self.directory, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
                                     start_new_session=self.own_session, preexec_fn=die_with_parent if self.own_session else None)
        wait_for(self._answers, self.proc, f"nginx on port {self.port}", self.log_path, timeout_s)
        return self

    def _answers(self) -> bool:
        try:
            request = urllib.request.Request(self.http_url + "/", headers={"Accept": "application/json"})
            with urllib.request.urlopen(request, timeout=2) as response:
                return response.status == 200
        except OSError:
            return False

    def stop(self) -> None:
        """SIGQUIT: a graceful stop (open sockets are closed by the hosts' own shutdown)."""
        stop_process(self.proc, signal.SIGQUIT, timeout_s=10)
        self.proc = None


# --- the command ---------------------------------------------------------------------------


class Stop(Exception):
    """Ctrl-C or SIGTERM: stop everything."""


def _stop_on_signal(signum: int, frame: FrameType | None) -> None:
    raise Stop(signal.Signals(signum).name)


def relative(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hosts", type=int, default=2, help="agenthost processes behind nginx (default 2)")
    parser.add_argument("--port", type=int, default=8000, help="nginx's port, where clients connect (default 8000)")
    parser.add_argument("--redis-port", type=int, default=0, help="Redis' port (default: a free one)")
    parser.add_argument("--dir", default=str(ROOT / "cluster"), help="where Redis' data and every log go (default cluster/)")
    parser.add_argument("--log-level", default="INFO", help="the hosts' log level (default INFO)")
    args = parser.parse_args(argv)
    if args.hosts < 1:
        parser.error("--hosts must be at least 1")
    for port, flag in ((args.port, "--port"), (args.redis_port, "--redis-port")):
        if port and not port_is_free(port):
            print(f"cluster: port {port} is taken (is ./run.sh or another cluster running?); choose another with {flag}",
                  file=sys.stderr)
            return 2
    base = Path(args.dir).resolve()
    base.mkdir(parents=True, exist_ok=True)
    # restored on the way out: main() also runs in process (tests), whose later children inherit ignored signals
    previous = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    for signum in previous:
        signal.signal(signum, _stop_on_signal)

    redis = RedisProcess(base / "redis", args.redis_port or None, own_session=True)
    hosts: list[HostProcess] = []
    nginx: NginxProcess | None = None
    code = 0
    try:
        print(f"==> redis-server on 127.0.0.1:{redis.port} (deploy/redis.conf, data in {relative(redis.directory)}/)", flush=True)
        started = time.monotonic()
        redis.start(timeout_s=60)  # a large AOF takes a while to load
        print(f"    ready in {time.monotonic() - started:.1f} s", flush=True)
        env = {"AGENTHOST_STORAGE": "redis", "AGENTHOST_REDIS_URL": redis.url, "AGENTHOST_TRUSTED_PROXIES": "127.0.0.1"}
        for index in range(1, args.hosts + 1):
            host = HostProcess(workdir=base / f"host-{index}", log_level=args.log_level, env=env, isolated=False, name=f"host-{index}")
            hosts.append(host)
            host.launch()
        print(f"==> {args.hosts} agenthost host(s) starting on ports {', '.join(str(h.port) for h in hosts)}", flush=True)
        for host in hosts:
            host.wait_ready(timeout_s=90)
            print(f"    {host.name} ready on {host.http_url} (pid {host.proc.pid if host.proc else '?'})", flush=True)
        nginx = NginxProcess(base / "nginx", [h.port for h in hosts], args.port, own_session=True)
        print(f"==> nginx on 127.0.0.1:{args.port} (deploy/nginx.conf -> {relative(nginx.directory / 'nginx.conf')})", flush=True)
        nginx.start()
        print(describe(redis, hosts, nginx), flush=True)
        code = watch(redis, hosts, nginx)
    except Stop as stop:
        print(f"\n==> {stop}: stopping the cluster", flush=True)
    except (ClusterError, RuntimeError) as exc:
        print(f"cluster: {exc}", file=sys.stderr)
        code = 1
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the shutdown short
        try:
            shutdown(redis, hosts, nginx)
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
    return code


def describe(redis: RedisProcess, hosts: list[HostProcess], nginx: NginxProcess) -> str:
    rows = [
        (nginx.http_url, "nginx: chat here (hash on the user id)", relative(nginx.log_path)),
        *((host.http_url, f"{host.name} (agenthost serve, Redis storage)", relative(host.log_path)) for host in hosts),
        (redis.url, f"redis-server: `redis-cli -p {redis.port}`", relative(redis.log_path)),
    ]
    width = max(len(url) for url, _, _ in rows)
    lines = ["", "agenthost cluster is up:"]
    lines += [f"  {url:<{width}}  {what}; log {log}" for url, what, log in rows]
    lines += [f"Open {nginx.http_url} (ws {nginx.ws_url}/ws/<user>). Ctrl-C stops them all.", ""]
    return "\n".join(lines)


def watch(redis: RedisProcess, hosts: list[HostProcess], nginx: NginxProcess) -> int:
    """Until a process exits (then say which, with its log's tail, and return 1)."""
    while True:
        named = [("redis-server", redis.proc, redis.log_path), ("nginx", nginx.proc, nginx.log_path)]
        named += [(host.name, host.proc, host.log_path) for host in hosts]
        for name, proc, log in named:
            if proc is not None and proc.poll() is not None:
                print(f"\n==> {name} (pid {proc.pid}) exited with code {proc.returncode}; stopping the cluster."
                      f"\n--- the end of {relative(log)} ---\n{tail(log)}", file=sys.stderr, flush=True)
                return 1
        time.sleep(0.5)


def shutdown(redis: RedisProcess, hosts: list[HostProcess], nginx: NginxProcess | None) -> None:
    """nginx first (no new requests), then every host at once (each finishes its turns and
    flushes), then Redis (it fsyncs its AOF)."""
    if nginx is not None:
        nginx.stop()
    for host in hosts:
        if host.proc is not None and host.proc.poll() is None:
            host.proc.send_signal(signal.SIGINT)
    for host in hosts:
        if host.proc is not None:
            try:
                host.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                host.kill()
    redis.stop()
    print("==> stopped: nginx, " + "".join(f"{h.name}, " for h in hosts) + "redis-server", flush=True)


if __name__ == "__main__":
    sys.exit(main())
