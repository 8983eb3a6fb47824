"""The plugin-author guide's example (docs/examples/agenthost-owl) built and installed as a real
distribution: the host discovers it through its entry point, lists it, and routes to it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / "agenthost-owl"


def test_example_plugin_installs_lists_and_routes(tmp_path):
    target = tmp_path / "site"
    source = shutil.copytree(EXAMPLE, tmp_path / "agenthost-owl")  # a build leaves files beside the source
    build = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
         "--target", str(target), str(source)],
        capture_output=True, text=True, timeout=300,
    )
    assert build.returncode == 0, build.stderr
    assert list(target.glob("agenthost_owl-0.1.0.dist-info"))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(target), os.environ.get("PYTHONPATH", "")])}

    listed = subprocess.run([sys.executable, "-m", "host", "plugins"], capture_output=True, text=True,
                            env=env, cwd=tmp_path, timeout=60)
    assert "owl 0.1.0 (agenthost-owl): enabled" in listed.stdout, listed.stdout + listed.stderr
    assert "hooks: classify, register_agents, register_tools, respond" in listed.stdout

    # The example's own tests, run against the installed copy (not the source folder).
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "--rootdir", str(tmp_path), "-c", os.devnull, str(EXAMPLE / "tests")],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert "3 passed" in tests.stdout

    routed = subprocess.run([sys.executable, "-m", "host", "route", "tell me about penguins"], capture_output=True,
                            text=True, env=env, cwd=tmp_path, timeout=60)
    assert "decision: owl (keywords, confidence 0.80" in routed.stdout, routed.stdout + routed.stderr
    assert re.search(r"owl +🦉  0.80  penguins", routed.stdout)
