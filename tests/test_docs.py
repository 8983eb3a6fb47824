"""The docs cannot drift from the code: every hook and every error code is documented, and the
plugin guide's files are the example plugin and pass their own tests."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from host import hookspecs
from host.protocol import ERROR_CODES, ServerFrame

DOCS = Path(__file__).resolve().parent.parent / "docs"


def hook_names() -> list[str]:
    return [name for name, value in vars(hookspecs).items() if hasattr(value, "agenthost_spec")]


def test_every_hook_has_a_section_in_plugin_hooks_md():
    sections = set(re.findall(r"^## (\w+)$", (DOCS / "plugin_hooks.md").read_text(), re.MULTILINE))
    names = hook_names()
    assert len(names) >= 8
    missing = sorted(set(names) - sections)
    assert not missing, f"hooks without a section in docs/plugin_hooks.md: {missing}"
    stale = sorted(sections - set(names))
    assert not stale, f"docs/plugin_hooks.md documents hooks that do not exist: {stale}"


def test_every_hook_has_a_docstring():
    for name in hook_names():
        assert (getattr(hookspecs, name).__doc__ or "").strip(), name


def test_protocol_md_documents_every_frame_and_error_code():
    text = (DOCS / "protocol.md").read_text()
    frame_types = {cls.type for cls in _subclasses(ServerFrame)}
    for frame_type in frame_types:
        assert f"`{frame_type}`" in text, frame_type
    for code in ERROR_CODES:
        assert f"`{code}`" in text, code


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


GUIDE = DOCS / "writing_plugins.md"
EXAMPLE = DOCS / "examples"
GUIDE_FILE = re.compile(r"^File: `(?P<path>[^`]+)`\n\n```\w*\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL)


def guide_files() -> dict[str, str]:
    """Every complete file the plugin guide shows, by its path."""
    return {m["path"]: m["body"] for m in GUIDE_FILE.finditer(GUIDE.read_text())}


def test_the_guide_shows_the_example_plugin_file_for_file():
    files = guide_files()
    assert set(files) == {
        "agenthost-owl/pyproject.toml", "agenthost-owl/agenthost_owl/__init__.py",
        "agenthost-owl/agenthost_owl/birds.py", "agenthost-owl/tests/test_owl.py",
    }
    on_disk = {
        str(p.relative_to(EXAMPLE)): p.read_text()
        for p in EXAMPLE.rglob("*")
        if p.is_file() and not any(part in ("__pycache__", "build") or part.endswith(".egg-info") for part in p.parts)
    }
    assert on_disk == files, "docs/examples/agenthost-owl differs from the files in docs/writing_plugins.md"


def test_the_guides_plugin_runs_its_own_tests_with_no_configuration(tmp_path):
    """Saved exactly as the guide shows them, the files give a plugin whose tests pass with
    nothing but agenthost installed: no conftest, no asyncio_mode, no pytest options."""
    for path, body in guide_files().items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(body)
    project = tmp_path / "agenthost-owl"
    env = {**os.environ, "PYTHONPATH": str(project)}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=project, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout
