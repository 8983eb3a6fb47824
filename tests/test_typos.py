"""Typo repair (host.typos): misspelt words route, and are read, as the words they were meant to be."""

from __future__ import annotations

import doctest
import json
import tomllib
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest

import host.typos
from host import Agent, Reply, Score, hookimpl
from host.config import test_config
from host.keywords import KeywordScorer
from host.plugins import make_plugin_manager
from host.registry import build_registry
from host.router import Router
from host.testing import receive_until
from host.types import ClassifyContext
from host.typos import MAX_WORDS, TypoRepair, vocabulary_of
from tests.conftest import read_jsonl
from tests.fakes import FALLBACK

DATA = Path(__file__).parent / "data"
AGENTS = ("helios", "ceres", "general")
CONTEXT = ClassifyContext(user_id="u", history=[], profile={})

installed = {ep.name for ep in entry_points(group="agenthost")}
needs_agents = pytest.mark.skipif(
    not set(AGENTS) <= installed, reason="the agent plugins are not installed: pip install -e plugins/<name>"
)

VOCABULARY = ["workout", "squat", "stretch", "breakfast", "calories", "weight", "lose", "hi", "sugar", "snack", "sore"]


@pytest.fixture(scope="module")
def repair() -> TypoRepair:
    return TypoRepair(VOCABULARY)


def load(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture
def router(tmp_path: Path) -> Router:
    config = test_config(tmp_path)
    pm = make_plugin_manager(config)
    return Router(pm, build_registry(pm), config.router, llm=None)


# --- the repair itself, on a small vocabulary -------------------------------------------------


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("give me a workuot", "give me a workout"),  # two letters swapped
        ("brekfast ideas", "breakfast ideas"),  # a letter left out
        ("how to loose wieght", "how to lose weight"),  # a listed misspelling, a swap
        ("want to looze 5 kilo", "want to lose 5 kilo"),  # one edit from a listed misspelling
        ("how much suger", "how much sugar"),  # a vowel written wrong
        ("10 sqauts and some streching", "10 squats and some stretching"),  # inflections kept
        ("Brekfast? WORKUOT!", "Breakfast? WORKOUT!"),  # case kept, punctuation untouched
        ("hiiiii there", "hi there"),  # a squeezed run undone
        ("calroies in an egg", "calories in an egg"),
        ("i wnat a snack", "i want a snack"),  # nearest to "want", a listed chat misspelling
        ("sooo hungryyy", "so hungry"),  # a run under a word the vocabulary lacks
        ("whit should i eat befor fitba", "what should i eat before football"),  # spoken Scots
        ("how log do i hold a plank", "how long do i hold a plank"),  # a letter dropped, a real word left
        ("were do i start", "where do i start"),
        ("wich ones hav more", "which ones have more"),
    ],
)
def test_misspelt_words_become_vocabulary_words(repair: TypoRepair, message: str, expected: str) -> None:
    assert repair(message).text == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("pls mkae it shorter", "pls make it shorter"),  # two letters swapped
        ("tried it erly today", "tried it early today"),  # a letter left out
        ("dont know, como se dice", "dont know, como se dice"),  # contractions, and a letter changed: another language
        ("my nees ache", "my knees ache"),
        ("ad some honey", "add some honey"),  # a request opening on "ad"
        ("can i have some grapes to", "can i have some grapes too"),  # no message ends on "to" after a thing
        ("thats what i need to", "thats what i need to"),
        ("my pecs and quads are sore", "my pecs and quads are sore"),  # gym slang, no typo
        ("sono stanca, che cosa mangio dopo la corsa", "sono stanca, che cosa mangio dopo la corsa"),  # another language
    ],
)
def test_a_typists_slip_is_repaired_into_an_everyday_word_too(repair: TypoRepair, message: str, expected: str) -> None:
    assert repair(message).text == expected


@pytest.mark.parametrize(
    "message",
    [
        "what was the score",  # a known word one edit from "sore"
        "I had skim milk",  # "skim" is not "swim"
        "my name is Rick",  # a capitalised word inside a sentence is a name
        "wrk out",  # too short to tell
        "sqaut2",  # digits
        "snacks and squats",  # vocabulary inflections are known
        "brekfist",  # two edits away, below LONG_WORD letters ("exersize" is a listed misspelling now)
        "",
    ],
)
def test_known_words_names_and_doubtful_words_stay_as_typed(repair: TypoRepair, message: str) -> None:
    assert repair(message) == (message, ())


def test_two_equally_likely_words_leave_the_word_alone() -> None:
    repair = TypoRepair(["cart", "card"], known=(), dictionary=())
    assert repair.word("carx") is None
    assert TypoRepair(["cart"], known=(), dictionary=()).word("carx") == "cart"


def test_changes_list_what_was_repaired_in_order(repair: TypoRepair) -> None:
    assert repair("Wieght and brekfast").changes == (("wieght", "weight"), ("brekfast", "breakfast"))


def test_only_the_first_max_words_words_are_looked_at(repair: TypoRepair) -> None:
    filler = " ".join(["ok"] * MAX_WORDS)
    assert repair(f"workuot {filler}").text.startswith("workout ")
    assert repair(f"{filler} workuot").text.endswith(" workuot")


def test_everyday_words_next_to_vocabulary_words_stay_as_typed() -> None:
    repair = TypoRepair(["sore", "plank", "rice", "sprint", "deadlift", "swim", "meal"])
    for word in ("score", "scoring", "price", "rich", "spring", "deadlines", "skim", "meat", "mean"):
        assert repair.word(word) is None, word
    assert TypoRepair(["sore"], known=(), dictionary=()).word("score") == "sore"  # what they prevent


def test_vocabulary_of_collects_the_scorers_beside_the_classify_functions() -> None:
    namespace: dict[str, Any] = {"SCORER": KeywordScorer({"bench press": 0.8, "squat": 0.6}), "OTHER": 3}
    exec("def classify(message):\n    return None", namespace)
    assert vocabulary_of([namespace["classify"]]) == {"bench", "press", "squat"}
    assert vocabulary_of([len]) == set()  # a builtin has no module globals


def test_the_module_examples_hold() -> None:
    result = doctest.testmod(host.typos)
    assert result.attempted >= 2 and result.failed == 0


# --- routing with the three agents ------------------------------------------------------------


def test_the_typo_set_is_labelled_and_large_enough() -> None:
    rows = load("typos.jsonl")
    assert sum(row["kind"] == "typo" for row in rows) >= 40
    assert len({row["message"].lower() for row in rows}) == len(rows)
    for row in rows:
        assert row["expected"] in row["acceptable"] and set(row["acceptable"]) <= set(AGENTS)
        assert row["kind"] in ("typo", "real_word") and row["split"] in ("tune", "holdout")


@needs_agents
async def test_messages_with_typos_route_like_the_real_words(router: Router) -> None:
    rows = load("typos.jsonl")
    wrong = []
    for row in rows:
        decision = await router.route(row["message"], CONTEXT)
        if decision.agent not in row["acceptable"]:
            wrong.append(f"{row['message']!r} -> {decision.agent} (expected {row['expected']})")
    assert len(wrong) <= 0.1 * len(rows), "misrouted:\n" + "\n".join(wrong)


@needs_agents
@pytest.mark.parametrize(
    ("message", "acceptable", "reads"),
    [
        ("give me a workuot plan", {"helios"}, "give me a workout plan"),
        ("waht shoud i eat for brekfast", {"ceres"}, "what should i eat for breakfast"),
        ("i wnat to loose wieght", {"helios", "ceres"}, "i want to lose weight"),
    ],
)
async def test_the_issue_examples(router: Router, message: str, acceptable: set[str], reads: str) -> None:
    decision = await router.route(message, CONTEXT)
    assert decision.agent in acceptable and decision.method == "keywords"
    assert decision.message == reads


@needs_agents
async def test_real_messages_stay_as_typed(router: Router) -> None:
    """The labelled routing messages are real English: repair must leave them whole, but for
    the few real typos they hold. A word added to a vocabulary that makes an everyday word
    "repaired" shows up here: add that word to KNOWN_WORDS."""
    typos_in_the_set = {("dumbells", "dumbbells"), ("wats", "whats"), ("hw", "how")}
    repair = router.typo_repair()
    changed = {change for row in load("routing.jsonl") for change in repair(row["message"]).changes}
    assert changed <= typos_in_the_set
    # The tune split of the conversation set, but for its "typos" category (never the holdout).
    for path in sorted((DATA / "conversations").glob("*.toml")):
        for conversation in tomllib.loads(path.read_text(encoding="utf-8")).get("conversation", []):
            if conversation["split"] == "tune" and conversation["category"] != "typos":
                for turn in conversation["turns"]:
                    assert repair(turn["user"]).changes == (), (conversation["id"], turn["user"])


@needs_agents
async def test_a_message_without_typos_is_read_as_sent(router: Router) -> None:
    decision = await router.route("Give me a workout plan", CONTEXT)
    assert decision.agent == "helios" and decision.message is None


@needs_agents
@pytest.mark.parametrize(
    "message",
    [
        "I want to stay fit as I get older",  # "older" is one edit from "order"
        "how do I run faster",  # ... "faster" from "fasted"
        "I want more power in my legs",  # ... "power" from "powder"
        "I want to learn to swim, whatever it takes",  # "learn"/"lean", "whatever" is no "what ever"
        "is a thin base layer enough",  # "layer"/"lager"
        "my legs feel weak after leg day",  # "weak"/"week"
        "lol typo, 90kg",  # "typo"/"type" (once "type 2 diabetes" joined a vocabulary, the correction went unread)
    ],
)
async def test_correctly_spelt_words_are_never_repaired(router: Router, message: str) -> None:
    """Whatever the agents' vocabularies hold, an English word is read as the user wrote it."""
    assert router.typo_repair()(message).changes == ()


def test_the_english_words_hold_the_everyday_words_and_no_typos() -> None:
    words = host.typos.english_words()
    assert {"older", "faster", "whatever", "itself", "layer", "yoghurt", "colour", "color"} <= words
    assert not {"wieght", "protien", "brekfast", "workuot", "bannana", "calroies"} & words

@needs_agents
async def test_a_mention_is_repaired_too(router: Router) -> None:
    decision = await router.route("@helios sqauts or lunges?", CONTEXT)
    assert (decision.agent, decision.method, decision.message) == ("helios", "mention", "squats or lunges?")


# --- what the agent reads, end to end ---------------------------------------------------------

ECHO_SCORER = KeywordScorer({"workout": 0.7})


class WorkoutEcho:
    """Claims workout messages with a module-level KeywordScorer and echoes what it read."""

    __name__ = "test-workouts"

    @hookimpl
    def register_agents(self, register: Any) -> None:
        register(Agent("workouts", "Workouts", "🧪", "test agent for workouts"))

    @hookimpl
    def classify(self, message: str) -> Score:
        return Score("workouts", ECHO_SCORER.score(message).score)

    @hookimpl
    def respond(self, turn: Any) -> Reply:
        return Reply(f"read: {turn.message}")


async def test_the_agent_reads_the_repaired_message_and_the_history_keeps_the_original(make_client, tmp_path):
    client = await make_client(plugins=[WorkoutEcho(), FALLBACK()])
    ws = await client.ws_connect("/ws/alice")
    await ws.receive_json()
    await ws.send_json({"type": "message", "message": "Plan a WORKUOT for me", "id": "m1"})
    final = (await receive_until(ws, "message"))[-1]
    assert final["message"] == "read: Plan a WORKOUT for me"
    assert final["metadata"]["agent_id"] == "workouts"
    assert final["metadata"]["routing"]["method"] == "keywords"
    history = read_jsonl(tmp_path / "data" / "alice" / "history.jsonl")
    assert history[0]["role"] == "user" and history[0]["text"] == "Plan a WORKUOT for me"
    await ws.close()


@pytest.mark.parametrize(
    ("message", "reads"),
    [
        ("howmuch water shouldi drink iam 80kg", "how much water should i drink i am 80kg"),
        ("howmany calories in rice", "how many calories in rice"),
        ("whatcan i eat for breakfast", "what can i eat for breakfast"),
        ("makeit shorter pls", "make it shorter pls"),
        ("giveme a workout", "give me a workout"),
        ("showme my week", "show me my week"),
    ],
)
def test_two_words_run_together_are_split(message: str, reads: str) -> None:
    repair = TypoRepair(["water", "drink", "calories", "rice", "eat", "breakfast", "much", "many", "should", "make", "shorter", "give", "workout", "show", "week"])
    assert repair(message).text == reads


@pytest.mark.parametrize("word", ["without", "homework", "begin", "myself", "ideal", "cannot", "island", "bodyweight", "habit", "visit", "credit", "welcome", "awesome"])
def test_real_words_made_of_two_words_stay_whole(word: str) -> None:
    repair = TypoRepair(["out", "home", "work", "gin", "self", "deal", "not", "land", "body", "weight", "with", "some", "come"])
    assert repair(f"and {word} it").changes == ()


# Spellings of one word the food table holds both of: repairing one into the other loses nothing.
SAME_FOOD_SPELLINGS = {"caffe": "cafe", "yoghurt": "yogurt"}


@needs_agents
async def test_no_food_word_of_ceres_is_repaired_into_another_word(router: Router) -> None:
    """'greek yoghurt' became 'green yogurt' once 'green' joined a routing vocabulary ('anything green'),
    and Ceres logged plain yogurt (122 kcal for 200 g, not 194); 'daal' was 'deal', 'flax' 'flat'. Every
    word of every food the table knows reaches Ceres as typed."""
    from agenthost_ceres.foods import load_table

    table = load_table()
    words = sorted({word for key in table.index for word in key if word.isalpha() and len(word) >= 3})
    repair = router.typo_repair()
    changed = {word: repair(word).text for word in words if repair(word).changes and SAME_FOOD_SPELLINGS.get(word) != repair(word).text}
    assert changed == {}
