"""Round 10: muscle soreness told as it is felt (a day or two after training) and whether to
train again, gym-day talk ("a killer leg day"), chat spellings ("gimme", "wek", "legz"),
Scandinavian workout logs, timing follow-ups that stay with Ceres, a first 10k on a few runs a
week, and pregnancy follow-ups. Phrasings are this file's own, not any test set's."""

from __future__ import annotations

import re

import pytest
from host.types import ClassifyContext

from agenthost_helios import soreness
from agenthost_helios.routing import classify

EMERGENCY = re.compile(r"emergency (number|services|care)|\b(911|999|112)\b|ambulance", re.I)


@pytest.mark.parametrize(
    "sore",
    [
        "my chest muscles really ache 2 days after bench press, hurts to reach up. did I injure myself?",
        "pecs are super tender since monday's chest session, is that normal",
        "my legz r destroyed frm lunges yday",
        "quads are killing me after leg day, can barely sit on the loo lol",
        "arms feel dead two days after my first pull ups",
        "my whole body aches from the bootcamp class a day ago",
        "hamstrings stiff and achy since yesterday's deadlifts",
        "glutes are so sore from squats yesterday",
        "calves aching like mad the day after my first run in years",
        "shoulders are achy after yesterdays workout, did I damage something?",
        "my abs are on fire since the hiit class last night",
    ],
)
async def test_aching_muscles_after_training_get_the_doms_answer_not_a_log(chat, on_disk, sore):
    reply = await chat(sore)

    assert "DOMS" in reply.text and "Source:" in reply.text
    assert not EMERGENCY.search(reply.text)
    assert not on_disk.lines("workouts.jsonl")


async def test_sore_pecs_say_which_chest_pain_is_not_soreness(chat):
    reply = await chat("my chest muscles ache 2 days after bench press day, did I tear something?")

    assert "while* you exercise" in reply.text and "breathlessness" in reply.text
    assert not EMERGENCY.search(reply.text)


@pytest.mark.parametrize(
    "not_soreness",
    [
        "my chest feels tight and heavy 2 days after bench press",
        "chest aches when I run and I get breathless",
        "my chest muscles ache since yesterday's run and my left arm feels numb",
        "my knee is swollen and sore since yesterday's run",
        "sharp pain in my shoulder since bench press yesterday",
        "my back hurts after deadlifts",
    ],
)
def test_warning_signs_and_injuries_are_not_read_as_soreness(not_soreness):
    assert not soreness.is_delayed_soreness(not_soreness)


@pytest.mark.parametrize(
    "again",
    [
        "should I wait till it's gone before training chest again?",
        "do I wait until the soreness is gone?",
        "can I train legs again while they ache?",
        "is it ok to hit arms again if they're still sore?",
        "should I rest till it eases before doing it again",
        "wait for the doms to go away first?",
    ],
)
async def test_after_soreness_training_again_gets_when_to_train_a_sore_muscle(chat, again):
    await chat("my pecs ache 2 days after bench press")

    reply = await chat(again)

    assert "When to train a sore muscle again" in reply.text
    assert re.search(r"other muscle groups|light", reply.text)


@pytest.mark.parametrize(
    ("ask", "moves"),
    [
        ("what's a killer leg day I can do", r"squat|lunge|step-up"),
        ("and a brutal leg day for after lol", r"squat|lunge|step-up"),
        ("what should I do on push day?", r"push-up|press|dip"),
        ("give me a pull day at the gym", r"row|pulldown|pull-up|curl"),
        ("any ideas for a glute day with bands", r"band|bridge|walk"),
        ("a quick arm day pls", r"curl|push-up|dip|extension"),
        ("need a good chest day", r"push-up|press"),
        ("what's a decent core day", r"plank|dead bug|bird dog|crunch|hollow"),
        ("show me a lower body day with dumbbells", r"squat|lunge|deadlift"),
        ("what would an upper body day look like at home", r"push-up|row|dip"),
    ],
)
async def test_a_gym_day_is_one_session_for_that_muscle_group(chat, ask, moves):
    reply = await chat(ask)

    assert reply.metadata["intent"] == "workout", reply.text
    assert re.search(moves, reply.text, re.I)
    assert "I can build you a weekly plan" not in reply.text


async def test_yesterdays_leg_day_is_still_a_log_not_a_new_workout(chat):
    reply = await chat("leg day was yesterday, ran 5k today in 30 min")

    assert reply.metadata["intent"] in ("log", "log_incomplete"), reply.text


@pytest.mark.parametrize(
    ("first", "then", "days"),
    [
        ("can u gimme a beginers workot for the gym", "3 dayz a wek", "3-day"),
        ("gimme a beginner workout 4 home", "4 dayz a wk", "4-day"),
        ("lemme get a beginer workout for home", "make it 2 days a wek", "2-day"),
        ("any good beginners gym routine?", "5 dayz a wek pls", "5-day"),
        ("i need a workot plan", "4 days a wek", "4-day"),
        ("cn u make me a begginers excercise plan", "3 dayz a week", "3-day"),
    ],
)
async def test_chat_spelt_plan_requests_and_day_changes(chat, first, then, days):
    reply = await chat(first)
    assert reply.metadata["intent"] == "plan", reply.text
    assert re.search(r"squat|press|row|lunge|plank", reply.text, re.I)

    reply = await chat(then)

    assert days in reply.text, reply.text


@pytest.mark.parametrize(
    ("said", "activity", "yesterday"),
    [
        ("Cyklade 30 km igår, tog ungefär en timme", "Cycling", True),
        ("simmade 1500 m i morse på 40 minuter", "Swim", False),
        ("promenerade 45 minuter igår kväll", "Walk", True),
        ("sprang 5 km idag på 28 minuter", "Running", False),
        ("styrketräning 50 minuter igår", "Weight", True),
        ("Syklet 30 km i dag, omtrent en time", "Cycling", False),
        ("løpte 10 km i går på 55 minutter", "Running", True),
        ("svømte 30 minutter i morges", "Swim", False),
        ("Jeg løb 8 km i går på 45 minutter", "Running", True),
        ("cyklede 20 km i går, cirka en time", "Cycling", True),
        ("styrketræning 40 minutter i dag", "Weight", False),
    ],
)
async def test_scandinavian_workout_logs(chat, on_disk, said, activity, yesterday):
    reply = await chat(said)

    assert reply.metadata["intent"] == "log", reply.text
    assert activity.lower() in reply.text.lower()
    logged = on_disk.lines("workouts.jsonl")
    assert len(logged) == 1
    assert ("(yesterday)" in reply.text) == yesterday


@pytest.mark.parametrize(
    "scandinavian",
    ["Cyklade 25 km igår", "Jeg løb 8 km i går", "Syklet 30 km i dag", "simmade 40 minuter idag"],
)
def test_scandinavian_workout_logs_route_to_helios(scandinavian):
    assert classify(scandinavian, ClassifyContext("u", [], {})).score >= 0.5


@pytest.mark.parametrize(
    ("first", "then", "same_day"),
    [
        ("Cyklade 25 km igår, tog ungefär en timme", "and 30 min of stretching after, also yesterday", True),
        ("ran 5k yesterday in 30 min", "and 20 min stretching after", True),
        ("Jeg løb 8 km i går på 45 minutter", "plus 15 min stretching afterwards", True),
        ("swam 40 minutes on monday", "and 10 min of yoga before it", True),
        ("cycled 20 km this morning in 50 min", "and 15 minutes of stretching after", True),
        ("ran 8 km yesterday in 45 minutes", "and 20 min of yoga today", False),
    ],
)
async def test_what_came_after_a_logged_workout_is_logged_on_its_day(chat, on_disk, first, then, same_day):
    await chat(first)

    reply = await chat(then)

    assert reply.metadata["intent"] == "log", reply.text
    logged = on_disk.lines("workouts.jsonl")
    assert len(logged) == 2
    # today's entries are stamped with the moment they were logged, so only the day is compared
    assert (logged[0]["date"][:10] == logged[1]["date"][:10]) == same_day, logged


@pytest.mark.parametrize(
    "when",
    [
        "I train at 6am though, does that change anything?",
        "what if I lift after work?",
        "my sessions are at 7pm",
        "I run first thing, before breakfast",
        "I train fasted in the morning, ok?",
        "we work out at lunchtime",
        "my classes start at 6.30 in the evening",
        "I usually hit the gym late at night",
        "i go to the gym at 5 pm tho",
        "it's at 6 am btw",
    ],
)
def test_when_someone_trains_after_ceres_answered_stays_with_ceres(when):
    after_ceres = ClassifyContext("u", [], {}, last_agent="ceres")
    assert classify(when, after_ceres).score == 0.0


@pytest.mark.parametrize(
    "helios_ask",
    ["I ran 5k at 6am", "give me a workout plan for 6am sessions", "log a 30 min run this morning"],
)
def test_training_talk_after_ceres_that_asks_helios_still_reaches_helios(helios_ask):
    assert classify(helios_ask, ClassifyContext("u", [], {}, last_agent="ceres")).score >= 0.5


@pytest.mark.parametrize(
    ("goal", "runs_ask", "runs", "weeks"),
    [
        ("I want to run my first 10k in 8 weeks. help?", "can I do it on just 3 runs a week?", 3, 8),
        ("my goal is a 10k in 10 weeks", "is 3x a week enough?", 3, 10),
        ("training for a 10k", "could I get away with 2 runs a week?", 2, 8),
        ("my goal is a half marathon in 12 weeks", "what about 4 runs a week?", 4, 12),
        ("I want to run a half marathon", "only three runs a week possible, ok?", 3, 12),
        ("goal: marathon in 18 weeks", "can I train on 4 days a week?", 4, 18),
        ("I'm training for a 10k", "I can only do 3 days a week", 3, 8),
        ("I want to do a 10 km race in 6 weeks", "3 runs per week?", 3, 6),
        ("my goal is to run 10k by august", "can i manage it with 3 runs a wk?", 3, None),
        ("I want to run a 10k in 9 weeks", "four runs a week ok?", 4, 9),
    ],
)
async def test_runs_a_week_for_a_race_is_a_plan_week_by_week(chat, goal, runs_ask, runs, weeks):
    await chat(goal)

    reply = await chat(runs_ask)

    assert reply.metadata["intent"] == "race_plan", reply.text
    assert f"{runs} runs a week" in reply.text
    lines = re.findall(r"^- Week (\d+):", reply.text, re.M)
    if weeks is not None:
        assert len(lines) == weeks
    assert "race day" in reply.text and "long run" in reply.text and "Source:" in reply.text


@pytest.mark.parametrize(
    "harder",
    [
        "make it harder, I can already run 5k easily",
        "too easy, I can comfortably run 5k",
        "step it up please",
        "something tougher",
        "5k feels easy already, push me",
        "I want to get faster too",
    ],
)
async def test_harder_race_plan_adds_quality_sessions_and_a_longer_long_run(chat, harder):
    await chat("I want to run my first 10k in 8 weeks")
    easy = await chat("can I do it on 3 runs a week?")

    reply = await chat(harder)

    assert reply.metadata["intent"] == "race_plan", reply.text
    assert re.search(r"intervals|tempo|hills", reply.text) and not re.search(r"intervals|tempo", easy.text)
    longest = lambda text: max(int(k) for k in re.findall(r"long run (\d+) km", text))  # noqa: E731
    assert longest(reply.text) > longest(easy.text)


async def test_a_race_plan_keeps_its_runs_and_changes_on_request(chat):
    await chat("I want to run a 10k in 8 weeks")
    await chat("3 runs a week?")
    await chat("make it harder")

    reply = await chat("make it 4 runs a week")

    assert "harder version" in reply.text and "4 runs a week" in reply.text
    why = await chat("why?")
    assert "Higdon" in why.text


async def test_i_can_already_run_5k_after_a_race_plan_is_not_a_log(chat, on_disk):
    await chat("I want to run my first 10k in 8 weeks")
    await chat("3 runs a week ok?")

    await chat("make it harder, I can already run 5k easily")

    assert not on_disk.lines("workouts.jsonl")


async def _guard_answered(chat, message: str, category: str) -> None:
    """What the host stores when the guard answers a red flag itself (agent `safety`)."""
    from host import records
    from host.clock import now
    from host.types import Inbound, Intervention, Reply, RoutingDecision

    flag = Intervention(category, "advise", f"{category}.test", action="answer", reply="Please talk to your midwife.")
    await chat.store.append_history([
        records.user_record(Inbound(user_id=chat.store.user_id, text=message, message_id="g1"), now()),
        records.assistant_record(
            reply=Reply(flag.reply), agent="safety", reply_id="r-g1", reply_to="g1",
            routing=RoutingDecision("safety", 1.0, "safety", {}), safety=flag,
        ),
    ])


def _after_guard(category: str) -> ClassifyContext:
    history = [
        {"role": "user", "text": "..."},
        {"role": "assistant", "agent": "safety", "text": "...", "safety": {"category": category, "severity": "advise"}},
    ]
    return ClassifyContext("u", history, {}, last_agent="safety")


@pytest.mark.parametrize(
    "start",
    [
        "ok so what can I actually start with this week?",
        "what can I do then?",
        "so where do I start?",
        "what exercise is safe for me?",
        "is walking ok?",
        "can I still swim?",
        "what's safe to do?",
        "what activities would be fine",
        "what should i try instead",
        "can I still do yoga?",
    ],
)
def test_what_exercise_is_fine_after_the_guards_pregnancy_answer_is_helios(start):
    assert classify(start, _after_guard("pregnancy")).score >= 0.7
    assert classify(start, _after_guard("self_harm")).score < 0.7


@pytest.mark.parametrize(
    "start",
    ["ok so what can I actually start with this week?", "so where do I start?", "what can I do this week then?",
     "how do I begin?", "what should I try first week?"],
)
async def test_after_the_guards_pregnancy_answer_helios_suggests_a_gentle_first_week(chat, start):
    await _guard_answered(chat, "8 weeks pregnant, want hot yoga and HIIT 6 days a week", "pregnancy")

    reply = await chat(start)

    assert reply.metadata["intent"] == "gentle", reply.text
    assert re.search(r"walk", reply.text) and re.search(r"swim|aqua", reply.text) and "antenatal" in reply.text
    assert not re.search(r"(?<!never )(try|start( with)?) hot yoga|\bHIIT\b(?! ?\.)(?<!need for HIIT)", reply.text)
    assert "midwife" in reply.text


MAX_WORDS = re.compile(r"\b1 ?RM\b|one[- ]rep max|\bmax(imal)?[- ](effort|attempt|lift|out)|\bPR attempt|\btest (your|a) max|all[- ]out|to failure", re.I)


@pytest.mark.parametrize(
    "max_ask",
    [
        "I'm 10 weeks pregnant, can I keep testing my snatch max every week?",
        "pregnant at 14 weeks, is a heavy single on deadlift once a month ok?",
        "20 weeks pregnant and want to hit a squat PR, thoughts?",
        "can I still max out on bench while pregnant?",
        "12 weeks pregnant, powerlifting meet in 2 months, can I keep doing 1RM tests?",
    ],
)
async def test_max_efforts_in_pregnancy_are_off_with_submaximal_technique_work(chat, max_ask):
    reply = await chat(max_ask)

    assert reply.metadata["intent"] == "gentle", reply.text
    assert "skip heavy singles" in reply.text and "submaximal" in reply.text and "midwife" in reply.text
    assert not MAX_WORDS.search(reply.text)


@pytest.mark.parametrize(
    "lifting",
    ["I'm an olympic weightlifter, how often should I snatch?", "clean and jerk technique tips",
     "how do I test my 1RM safely", "powerlifting meet prep"],
)
def test_weightlifting_words_route_to_helios(lifting):
    assert classify(lifting, ClassifyContext("u", [], {})).score >= 0.5


@pytest.mark.parametrize(
    ("said", "activity", "yesterday"),
    [
        ("biegałem 5 km wczoraj w 30 minut", "Running", True),
        ("Jechałam na rowerze 20 km dzisiaj, około godzinę", "Cycling", False),
        ("poszłam na spacer 40 minut rano", "Walking", False),
        ("juoksin 8 kilometriä eilen 45 minuuttia", "Running", True),
        ("pyöräilin tunnin tänään", "Cycling", False),
    ],
)
async def test_polish_and_finnish_workout_logs(chat, on_disk, said, activity, yesterday):
    reply = await chat(said)

    assert reply.metadata["intent"] == "log", reply.text
    assert activity in reply.text and len(on_disk.lines("workouts.jsonl")) == 1
    assert ("(yesterday)" in reply.text) == yesterday


@pytest.mark.parametrize(
    ("sore", "then"),
    [
        ("my tris are super sore 2 days after dips", "can I do push ups today?"),
        ("my quads are killing me from squats yesterday", "should I go for a run tomorrow?"),
        ("glutes so sore since monday's hip thrusts", "is it ok to train legs again this week?"),
        ("pecs aching the day after bench", "can I still play tennis tonight?"),
    ],
)
async def test_after_soreness_can_i_train_today_is_about_training_while_sore(chat, sore, then):
    await chat(sore)

    reply = await chat(then)

    assert reply.metadata["intent"] == "faq", reply.text
    assert re.search(r"lighter|other muscle|something else", reply.text)


@pytest.mark.parametrize(
    ("english", "activity"),
    [("10 min on the rower", "Rowing"), ("I ran 5k and i did 20 squats", "Running"), ("30 min spin class today", "Spin class")],
)
async def test_english_logs_keep_their_words_beside_the_new_languages(chat, english, activity):
    reply = await chat(english)

    assert activity in reply.text, reply.text


@pytest.mark.parametrize(
    "sore",
    [
        "pecs are super tender since monday's chest session, is that normal",
        "my chest muscles really ache 2 days after bench press, did I damage something?",
        "hamstrings stiff and achy since yesterday's deadlifts",
        "my whole body aches from the bootcamp class a day ago",
    ],
)
def test_soreness_after_training_routes_to_helios(sore):
    assert classify(sore, ClassifyContext("u", [], {})).score >= 0.7


async def test_waiting_till_they_stop_aching_is_when_to_train_again(chat):
    await chat("pecs are super tender since monday's chest session")

    reply = await chat("should I wait till they stop aching before benching again?")

    assert "When to train a sore muscle again" in reply.text
