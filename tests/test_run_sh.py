"""`./run.sh clean` removes the venv and caches and never touches user_contexts/."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_clean_removes_venv_and_caches_but_keeps_user_data(tmp_path):
    shutil.copy(ROOT / "run.sh", tmp_path / "run.sh")
    for folder in [".venv/bin", "host/__pycache__", "plugins/x/agenthost_x.egg-info", ".pytest_cache",
                   "user_contexts/alice/__pycache__", "user_contexts/bob.egg-info"]:
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "user_contexts/alice/history.jsonl").write_text("{}\n")
    result = subprocess.run(["bash", "run.sh", "clean"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "user_contexts/ kept" in result.stdout
    for gone in [".venv", "host/__pycache__", "plugins/x/agenthost_x.egg-info", ".pytest_cache"]:
        assert not (tmp_path / gone).exists(), gone
    for kept in ["user_contexts/alice/history.jsonl", "user_contexts/alice/__pycache__", "user_contexts/bob.egg-info"]:
        assert (tmp_path / kept).exists(), kept


def test_unknown_command_prints_usage(tmp_path):
    shutil.copy(ROOT / "run.sh", tmp_path / "run.sh")
    result = subprocess.run(["bash", "run.sh", "nope"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "usage: ./run.sh" in result.stderr
