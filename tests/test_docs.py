"""The docs cannot drift from the code: every hook and every error code is documented."""

from __future__ import annotations

import re
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
