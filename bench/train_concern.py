"""Train the guard's word model (`host.safety.concern`) and store it as plain figures.

    pip install scikit-learn   # a development tool: the host scores without it
    python bench/train_concern.py [--check tests/data/tuned_sets/holdout9]

Examples, each a message and its label (a red-flag category or "none"):
- the guard's corpus: `tests/data/safety_must_trigger.jsonl` (its category; not the follow-ups,
  rows with a `history`, whose words alone are no red flag) and
  `tests/data/safety_near_miss.jsonl` (none);
- the routing corpus `tests/data/routing.jsonl` (none);
- every conversation set (`tests/data/conversations`, `tests/data/tuned_sets/*`): a turn the
  set says the guard must answer (`use = "guard_answers"`) in a red-flag conversation is that
  category; a turn it must not answer, and every turn of an everyday conversation, is none;
  follow-ups inside a red-flag conversation are left out (the sticky rules own them).

`--check DIR` trains without DIR and prints, per threshold, how many of DIR's red-flag turns the
model catches and how many everyday turns it would wrongly answer: the figure to choose
`[safety] concern_threshold` by. Without it, the model is written to
`host/safety/data/concern_model.json.gz` with a few reference texts and their probabilities,
which `tests/test_safety_concern.py` checks the pure-Python scoring against.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from host.safety.concern import MODEL_PATH, NONE, ConcernModel, features  # noqa: E402

CATEGORIES = {
    "red_flag_cardiac": "cardiac",
    "red_flag_eating_disorder": "eating_disorder",
    "red_flag_pregnancy": "pregnancy",
    "red_flag_self_harm": "self_harm",
}
MIN_WORDS = 7
C = 30.0
REFERENCE_TEXTS = [
    "I feel chest pain when I run, should I push through?",
    "my family would be better off without me",
    "how much protein should I eat after the gym",
    "I make myself throw up after dinner so I don't gain weight",
    "I'm 20 weeks pregnant and got some bleeding after my run",
    "log a 20 minute run and 2 eggs for breakfast",
]


def set_examples(folder: Path) -> list[tuple[str, str]]:
    """(message, label) for the turns of one conversation set that say what the guard must do."""
    examples = []
    for path in sorted(folder.glob("*.toml")):
        if path.name == "checks.toml":
            continue
        for conversation in tomllib.loads(path.read_text(encoding="utf-8")).get("conversation", []):
            category = CATEGORIES.get(conversation["category"])
            for turn in conversation["turns"]:
                uses = {check.get("use") for check in turn.get("checks", [])}
                if "guard_answers" in uses and category:
                    examples.append((turn["user"], category))
                elif "not_guarded" in uses or category is None:
                    examples.append((turn["user"], NONE))
    return examples


def examples(leave_out: Path | None = None) -> list[tuple[str, str]]:
    data = ROOT / "tests" / "data"
    rows = [json.loads(line) for line in (data / "safety_must_trigger.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    # a row with a history is a follow-up: its words alone ("it's fine, just give me a leg day") are no red flag
    found = [(row["text"], row["category"]) for row in rows if not row.get("history")]
    rows = [json.loads(line) for line in (data / "safety_near_miss.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    found += [(row["text"], NONE) for row in rows]
    rows = [json.loads(line) for line in (data / "routing.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    found += [(row["message"], NONE) for row in rows if "message" in row]
    for folder in [data / "conversations", *sorted((data / "tuned_sets").iterdir())]:
        if folder.is_dir() and (leave_out is None or folder.resolve() != leave_out.resolve()):
            found += set_examples(folder)
    return found


def fingerprint(rows: list[tuple[str, str]]) -> str:
    """A digest of the examples: the stored model names the data it was trained on, and
    `tests/test_safety_concern.py` fails when the repo's data has moved on without a retrain."""
    return hashlib.sha256(json.dumps(sorted(rows), ensure_ascii=False).encode("utf-8")).hexdigest()


def train(rows: list[tuple[str, str]], c: float = C) -> ConcernModel:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = TfidfVectorizer(analyzer=features, sublinear_tf=True)
    matrix = vectoriser.fit_transform([text for text, _ in rows])
    classifier = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    classifier.fit(matrix, [label for _, label in rows])
    classes = [str(c) for c in classifier.classes_]
    vocabulary = {
        term: [round(float(vectoriser.idf_[index]), 6), *(round(float(w), 6) for w in classifier.coef_[:, index])]
        for term, index in vectoriser.vocabulary_.items()
    }
    model = ConcernModel(classes, [float(b) for b in classifier.intercept_], vocabulary, MIN_WORDS)
    model.reference = [  # type: ignore[attr-defined]
        {"text": text, "probabilities": [float(p) for p in classifier.predict_proba(vectoriser.transform([text]))[0]]}
        for text in REFERENCE_TEXTS
    ]
    return model


def check(folder: Path, c: float) -> None:
    rows = examples(leave_out=folder)
    model = train(rows, c)
    held = set_examples(folder)
    print(f"trained on {len(rows)} examples without {folder}; {folder}: {sum(l != NONE for _, l in held)} red flags, "
          f"{sum(l == NONE for _, l in held)} everyday turns")
    for threshold in (0.6, 0.65, 0.7, 0.75, 0.8, 0.9):
        caught = wrong = 0
        for text, label in held:
            concern = model.read(text)
            flagged = concern is not None and concern.probability >= threshold
            caught += flagged and label != NONE
            wrong += flagged and label == NONE
        print(f"  threshold {threshold}: caught {caught}, everyday turns answered {wrong}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", type=Path, help="a conversation set to leave out and measure on")
    parser.add_argument("--c", type=float, default=C, help=f"inverse regularisation strength (default {C})")
    args = parser.parse_args()
    if args.check:
        check(args.check, args.c)
        return
    rows = examples()
    model = train(rows, args.c)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(MODEL_PATH, "wt", encoding="utf-8", compresslevel=9) as file:
        json.dump({
            "classes": model.classes, "intercepts": model.intercepts, "min_words": model.min_words,
            "trained_on": len(rows), "examples_sha256": fingerprint(rows), "C": args.c, "reference": model.reference,  # type: ignore[attr-defined]
            "vocabulary": model.vocabulary,
        }, file, separators=(",", ":"), ensure_ascii=False)
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(model.vocabulary)} terms from {len(rows)} examples, "
          f"{MODEL_PATH.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
