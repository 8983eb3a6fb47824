"""Follow-ups through General's dialog state in state.json: "why?", "tell me more", "and for
teenagers?", answers to General's questions, and a state that belongs to an older answer."""

from __future__ import annotations

from host.records import assistant_record, user_record
from host.types import Inbound, Reply, RoutingDecision


async def test_why_explains_generals_last_answer(chat):
    await chat("I'm 34, female, 68 kg, 165 cm")
    assert (await chat("why?")).text.startswith(
        "You told me your age, sex, weight and height, so I saved it in your profile, which every agent reads"
    )
    await chat("how much sleep do I need?")
    assert (await chat("why is that?")).text == (
        "These are the CDC's recommended hours by age, based on the American Academy of Sleep Medicine "
        "and Sleep Research Society consensus statements."
    )
    await chat("What's the capital of France?")
    assert (await chat("why")).text.startswith("None of my tools (profile, notes, well-being notes, time, sums) covers it")


async def test_why_with_nothing_answered_yet_says_so(chat):
    assert (await chat("why?")).text.startswith("I haven't answered anything yet")


async def test_why_after_another_agents_answer_points_to_that_agent(chat, context):
    # Helios answered last (as the dispatcher would have recorded it).
    routing = RoutingDecision("helios", 0.8, "keywords", {})
    await context.store.append_history(
        [
            user_record(Inbound("alice", "plan me a workout", "m0"), "2025-01-01T00:00:00Z"),
            assistant_record(reply=Reply("Here's your plan..."), agent="helios", reply_id="r0", reply_to="m0", routing=routing),
        ]
    )
    assert (await chat("why?")).text == 'That answer came from **Helios 💪**, so it can explain it best: say "@helios why?"'


async def test_tell_me_more_walks_through_the_tips_then_says_what_else_general_knows(chat):
    first = (await chat("any tips for better sleep?")).text
    assert first.startswith("What helps most: go to bed and get up at the same times every day")
    assert "Source: NHS, Insomnia (https://www.nhs.uk/conditions/insomnia/)" in first
    assert (await chat("tell me more")).text.startswith("Don't nap during the day or sleep in after a bad night")
    assert (await chat("more")).text.startswith("Keep the bed for sleep")
    assert (await chat("go on")).text.startswith("See a GP if changing your habits hasn't helped")
    assert (await chat("more")).text.startswith("That's everything I have on sleeping better.")


async def test_a_follow_up_for_an_age_group_keeps_the_topic(chat):
    await chat("how much sleep do I need?")
    assert (await chat("and for teenagers?")).text.startswith("Teenagers (13-18) need **8-10 hours** of sleep")
    assert (await chat("what about older people?")).text.startswith("From 65 on, **7-8 hours** a night")


async def test_the_profile_age_picks_the_answer_for_the_user(chat):
    text = (await chat("I'm 15, how much sleep do I need?")).text
    assert text.startswith("Saved: age 15.\n\nTeenagers (13-18) need **8-10 hours**")
    assert (await chat("how much sleep should I get")).text.startswith("Teenagers (13-18)")


async def test_source_follow_up_names_the_source_and_its_basis(chat):
    await chat("how long does it take to build a habit?")
    assert (await chat("where's that from?")).text == (
        "The figures are from Lally et al. (2010), who followed 96 people forming a new habit for 12 weeks; "
        '"when X, I\'ll do Y" plans are Gollwitzer\'s implementation intentions.\n'
        "Source: Lally et al., How are habits formed, European Journal of Social Psychology (2010); "
        "Gollwitzer, Implementation intentions (1999) (https://doi.org/10.1002/ejsp.674)"
    )


async def test_the_state_is_kept_under_general_beside_other_agents_keys(chat, context, on_disk):
    await context.store.write_json("state.json", {"helios": {"intent": "plan", "slots": {"days": 3}}})
    await chat("I'm 180")
    state = on_disk("state.json")
    assert state["helios"] == {"intent": "plan", "slots": {"days": 3}}
    general = state["general"]
    assert general["intent"] == "remember"
    assert general["pending"]["kind"] == "choose"
    assert [o["unit"] for o in general["pending"]["options"]] == ["cm", "lb", "kg"]
    await chat("cm")
    assert on_disk("state.json")["general"]["pending"] is None
    assert on_disk("state.json")["general"]["units"] == {"height": "cm"}


async def test_a_pending_question_is_forgotten_once_another_agent_answered(chat, context, on_disk):
    await chat("I'm 180")
    routing = RoutingDecision("ceres", 0.8, "keywords", {})
    await context.store.append_history(
        [
            user_record(Inbound("alice", "what should I eat?", "m9"), "2025-01-01T00:00:00Z"),
            assistant_record(reply=Reply("Try oats."), agent="ceres", reply_id="r9", reply_to="m9", routing=routing),
        ]
    )
    # "cm" now is not an answer to the old question: nothing is saved.
    await chat("cm")
    assert on_disk("profile.json") is None


async def test_a_damaged_state_file_does_not_stop_the_answer_and_is_left_alone(chat, context, on_disk, caplog):
    await context.store.write_json("state.json", ["not", "an", "object"])
    assert (await chat("how much sleep do I need?")).text.startswith("Adults need **7 or more hours**")
    assert "General could not save its dialog state" in caplog.text
    assert on_disk("state.json") == ["not", "an", "object"]


async def answered_by(context, agent: str, text: str, message: str = "plan me a workout") -> None:
    """Record an answer by another agent in the history, as the dispatcher would have."""
    routing = RoutingDecision(agent, 0.8, "keywords", {})
    await context.store.append_history(
        [
            user_record(Inbound("alice", message, "x0"), "2025-01-01T00:00:00Z"),
            assistant_record(reply=Reply(text), agent=agent, reply_id="x1", reply_to="x0", routing=routing),
        ]
    )


async def test_a_follow_up_to_a_specialists_answer_gets_the_message_that_carries_it_on(chat, context):
    await answered_by(context, "helios", "Your 3-day beginner plan: ...")
    assert (await chat("only 20 minutes")).text == (
        "That sounds like a follow-up to **Helios 💪**'s answer. To carry on with it, say:\n\n\"@helios only 20 minutes\""
    )
    # General's own answer in between does not lose the thread.
    assert '"@helios make it harder"' in (await chat("make it harder")).text
    assert (await chat("why?")).text == '**Helios 💪** can explain its own answer best: say "@helios why?"'


async def test_a_question_after_generals_pointer_goes_to_the_same_agent(chat):
    await chat("what is progressive overload?")
    assert (await chat("how much should I add each week?")).text.endswith('"@helios how much should I add each week?"')


async def test_a_long_new_question_after_a_specialist_is_not_taken_for_a_follow_up(chat, context):
    await answered_by(context, "helios", "Your 3-day beginner plan: ...")
    assert (await chat("What's the capital of France, and how many people live there?")).text.startswith("I can't answer that one")
    assert (await chat("what's the capital of France?")).text.startswith("I can't answer that one")
    assert '"@helios easy ways to make it shorter?"' in (await chat("easy ways to make it shorter?")).text
