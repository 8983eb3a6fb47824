"""What the safety guard costs on messages it has never seen, beside what it costs on a second
look at the same ones. Prints figures, asserts nothing.

    /work/main/.venv/bin/python bench/guard_novel_text.py [--count 600] [--seed 13]

The guard's first look at a message is RE2 scanning the normalised text for the union of every
rule's triggers and every concept's first part (`host.safety.rules._ANY_TRIGGER`). RE2's DFA is
built lazily, a state at a time, as texts need them, and kept in a cache of bounded size: a text
like one seen before is cheap, a new one pays for its new states. The other benchmarks repeat
their messages, so they measure the warm cache only. This one first screens the messages once to
compile every pattern they reach (paid once a process), then builds the guard's first looks anew
(empty DFA caches) and times each of `--count` distinct, realistic messages once (the first pass:
what a server sees), then again (the second pass). Per-message CPU time (p50/p95/mean) of:

- baseline: `re.search` for one word, the floor of any per-message work;
- first look: `could_match` of the trigger union's RE2 first look alone, on texts already
  normalised, with the first look built anew for this pass;
- assess: `Guard().assess(message)` (normalising, the first look, and every rule it lets through);
- screen: `Guard().screen(message, context)` with an empty history.

Messages: the user turns of tests/data/conversations and tests/data/tuned_sets/*/*.toml, and the
guard's corpus (tests/data/safety_must_trigger.jsonl, safety_near_miss.jsonl), deduplicated and
shuffled with a fixed seed. The process's peak RSS is printed at the end (first-look caches
included).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import sys
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from host.safety import prefilter as prefilter_module  # noqa: E402
from host.safety import rules  # noqa: E402
from host.safety import text as safety_text  # noqa: E402
from host.safety.guard import Guard, read  # noqa: E402
from host.types import ScreenContext  # noqa: E402

DATA = ROOT / "tests" / "data"


def user_turns(path: Path) -> list[str]:
    """The user messages of one conversation file."""
    document = tomllib.loads(path.read_text(encoding="utf-8"))
    return [turn["user"] for conversation in document.get("conversation", []) for turn in conversation.get("turns", []) if "user" in turn]


def messages(count: int, seed: int) -> list[str]:
    """`count` distinct messages, in a shuffled order."""
    paths = sorted((DATA / "conversations").glob("*.toml")) + sorted((DATA / "tuned_sets").glob("*/*.toml"))
    texts = [text for path in paths for text in user_turns(path)]
    for name in ("safety_must_trigger", "safety_near_miss"):
        lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines if line.strip()]
    distinct = sorted(set(texts))
    random.Random(seed).shuffle(distinct)
    return distinct[:count]


def cpu_us(work: Callable[[str], Any], texts: list[str]) -> list[float]:
    """The CPU time of `work` on each text, in microseconds."""
    timings = []
    clock = time.thread_time_ns
    for text in texts:
        started = clock()
        work(text)
        timings.append((clock() - started) / 1000)
    return timings


def compile_everything(guard: Guard, context: ScreenContext, texts: list[str]) -> list[str]:
    """Screen `texts` once, so every pattern they reach is compiled (Python's and RE2's: that is
    paid once a process, not per message); return the patterns whose first looks the guard built."""
    built: list[str] = []
    real = safety_text.prefilter

    def recording(pattern: str) -> Any:
        built.append(pattern)
        return real(pattern)

    safety_text.prefilter = recording
    try:
        for text in texts:
            guard.screen(text, context)
    finally:
        safety_text.prefilter = real
    return list(dict.fromkeys(built))


def fresh(first_looks: list[str]) -> None:
    """Build the guard's first looks anew, so their DFA caches are empty and no text has been
    seen, and forget the texts normalised lately (the words met stay known, as in a server)."""
    prefilter_module.prefilter.cache_clear()
    getattr(prefilter_module, "_FILTERS", []).clear()  # the filters new first looks would share (none before them)
    for pattern in first_looks:
        prefilter_module.prefilter(pattern)
    safety_text._tokens.cache_clear()


def summary(timings: list[float]) -> str:
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"p50 {statistics.median(ordered):8.1f}  p95 {p95:8.1f}  mean {statistics.fmean(ordered):8.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=600, help="distinct messages timed (default 600)")
    parser.add_argument("--seed", type=int, default=13, help="the shuffle's seed (default 13)")
    args = parser.parse_args()
    timed = messages(args.count, args.seed)

    guard = Guard()
    context = ScreenContext(user_id="bench", history=[], profile={})
    first_looks = compile_everything(guard, context, timed)
    normalised = [read(text).text for text in timed]

    word = re.compile(r"\bchest\b")
    rows: list[tuple[str, Callable[[str], Any], list[str]]] = [("baseline re.search", word.search, normalised)]
    getattr(prefilter_module, "_FILTERS", []).clear()
    first_look = prefilter_module.prefilter.__wrapped__(rules._ANY_TRIGGER)  # built anew: its DFA cache is empty
    if first_look is not None:
        rows.append(("first look alone", first_look.could_match, normalised))
    rows += [
        ("Guard.assess", guard.assess, timed),
        ("Guard.screen", lambda text: guard.screen(text, context), timed),
    ]
    print(f"{len(timed)} distinct messages (seed {args.seed}); CPU us per message")
    results = {}
    for name, work, texts in rows:
        if name.startswith("Guard"):
            fresh(first_looks)
        results[name] = (cpu_us(work, texts), cpu_us(work, texts))
    for name, (first, second) in results.items():
        print(f"{name:20s} first pass  {summary(first)}")
        print(f"{'':20s} second pass {summary(second)}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
