"""What the safety guard costs per message, beside the router's keyword scoring of the same
messages (the work every turn already does). Prints figures, asserts nothing.

    .venv/bin/python bench/safety_screen.py [--rounds 5]

Messages: tests/data/routing.jsonl (ordinary chat) and tests/data/safety_*.jsonl (red flags
and near-misses); "with history" gives each message the 20 records a turn loads by default.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import host.keywords  # noqa: E402
import host.text  # noqa: E402
import host.typos  # noqa: E402
from host.config import test_config  # noqa: E402
from host.plugins import make_plugin_manager  # noqa: E402
from host.safety.guard import Guard  # noqa: E402
from host.types import ClassifyContext  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def messages() -> list[str]:
    texts = [json.loads(line)["message"] for line in (DATA / "routing.jsonl").read_text().splitlines() if line.strip()]
    for name in ("must_trigger", "near_miss"):
        texts += [json.loads(line)["text"] for line in (DATA / f"safety_{name}.jsonl").read_text().splitlines() if line.strip()]
    return texts


def clear_caches() -> None:
    """Forget the per-message caches of the host's normaliser, so every round reads afresh
    (a real turn reads a new message)."""
    for module in (host.text, host.keywords, host.typos):
        for value in vars(module).values():
            if hasattr(value, "cache_clear"):
                value.cache_clear()


def per_message_ms(work: Callable[[str], Any], texts: list[str], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        clear_caches()
        started = time.perf_counter()
        for text in texts:
            work(text)
        best = min(best, (time.perf_counter() - started) * 1000 / len(texts))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    texts = messages()
    history: list[dict[str, Any]] = []
    for text in texts[:10]:
        history += [{"role": "user", "text": text}, {"role": "assistant", "text": "Here is an idea.", "agent": "ceres"}]
    pm = make_plugin_manager(test_config(Path(".")))
    context = ClassifyContext(user_id="bench", history=history, profile={})
    guard = Guard()
    rows = [
        ("router keyword scores (baseline)", lambda text: pm.hook.classify(message=text, context=context)),
        ("guard, no history", lambda text: guard.assess(text)),
        ("guard, 20 history records", lambda text: guard.assess(text, history)),
    ]
    print(f"{len(texts)} messages, best of {args.rounds} rounds")
    print(f"{'work':<34} | {'ms/message':>10}")
    for label, work in rows:
        print(f"{label:<34} | {per_message_ms(work, texts, args.rounds):>10.3f}", flush=True)


if __name__ == "__main__":
    main()
