"""General's replies without a model, as the user reads them, and the files they leave behind."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from host.types import Agent, Reply

from host.clock import pinned

MUSE = Agent("muse", "Muse", "🎨", "Creative writing partner: poems, stories and song lyrics.")


# greetings and capabilities


@pytest.mark.parametrize("message", ["Hello! What can you help with?", "what can you do", "hi", "help"])
async def test_greeting_lists_the_enabled_agents(chat, message):
    text = (await chat(message)).text
    assert text.startswith("Hello! I'm General 🤖")
    assert "- **Helios 💪**: Fitness coach: workouts, training plans and exercise." in text
    assert "- **Ceres 🥗**: Nutritionist: meals, calories, diets and recipes." in text
    assert "- **General 🤖**: Friendly concierge for everything that is not fitness or nutrition: keeps your profile" in text
    # Every example is one the named agent answers as the next message (test_general_routing checks the routing).
    assert '"I want to start working out" (Helios 💪), "what should I eat for breakfast?" (Ceres 🥗)' in text


async def test_greeting_uses_the_name_from_the_profile(chat, context):
    await context.store.write_json("profile.json", {"name": "Sam"})
    assert (await chat("Hello!")).text.startswith("Hello, Sam! I'm General 🤖")


async def test_capabilities_reply_includes_a_fourth_agent_and_drops_a_disabled_one(chat, registry):
    registry.agents["muse"] = MUSE
    del registry.agents["ceres"]
    text = (await chat("what can you do?")).text
    assert "- **Muse 🎨**: Creative writing partner: poems, stories and song lyrics." in text
    assert "Ceres" not in text


async def test_who_are_you(chat):
    text = (await chat("Who are you?")).text
    assert text.startswith("I'm General 🤖: the concierge of agenthost")
    assert "**Helios 💪**" in text


async def test_question_about_the_system_explains_routing_and_plugins(chat):
    text = (await chat("how does routing work here?")).text
    assert "agenthost" in text and "entry point" in text
    assert "Agents enabled right now: Helios 💪, Ceres 🥗, General 🤖." in text


# remembering


async def test_my_name_is_sam_is_remembered_and_recalled(chat, on_disk):
    assert (await chat("my name is Sam")).text.startswith("Nice to meet you, Sam!")
    assert on_disk("profile.json") == {"name": "Sam"}
    assert (await chat("What's my name?")).text == "You're Sam."
    assert (await chat("hi")).text.startswith("Hi again, Sam! What can I do for you?")


@pytest.mark.parametrize(
    "message, saved, words",
    [
        ("I weigh 80 kg", {"weight_kg": 80.0}, "Saved: weight 80 kg."),
        ("I weigh 176 lbs", {"weight_kg": 79.8}, "Saved: weight 176 lb (79.8 kg)."),
        ("I'm 180 cm tall", {"height_cm": 180.0}, "Saved: height 180 cm."),
        ("I'm 5'11\"", {"height_cm": 180.3}, "Saved: height 5'11\" (180 cm)."),
        ("I am 34 years old", {"age": 34}, "Saved: age 34."),
        ("Hi, my name is sam and I weigh 80kg", {"name": "Sam", "weight_kg": 80.0}, "Saved: name Sam, weight 80 kg."),
        ("My goal is to run a marathon", {"goals": ["run a marathon"]}, "Saved: goal run a marathon."),
    ],
)
async def test_statements_about_yourself_are_saved(chat, on_disk, message, saved, words):
    text = (await chat(message)).text
    assert words in text
    assert on_disk("profile.json") == saved


async def test_remember_that_stores_a_free_form_fact_and_what_do_you_know_lists_it(chat, on_disk, context):
    await context.store.write_json("profile.json", {"diet": {"type": "vegetarian"}, "calorie_target": 2100})
    text = (await chat("Remember that I'm vegetarian")).text
    assert text == (
        'Got it: I\'ve saved "You\'re vegetarian". All the agents can see it; say "what do you know about me" to check.'
    )
    await chat("remember my favourite colour is blue")
    await chat("my name is Sam")
    await chat("I weigh 80 kg")
    assert on_disk("profile.json")["facts"] == {"i'm vegetarian": "I'm vegetarian", "favourite colour": "blue"}

    text = (await chat("what do you know about me?")).text
    assert text.splitlines()[:8] == [
        "Here's what I know about you:",
        "- Name: Sam",
        "- Weight: 80 kg",
        "- You're vegetarian",
        "- Favourite colour: blue",
        "- Diet (from Ceres): vegetarian",
        "- Calorie target (from Ceres): 2100 kcal",
        "",
    ]
    assert (await chat("what's my favourite colour?")).text == "Favourite colour: blue."


async def test_only_a_name_is_taken_from_a_question(chat, on_disk):
    assert "Saved" not in (await chat("what if I weigh 90 kg?")).text
    assert on_disk("profile.json") is None
    assert (await chat("My name is Sam, what's yours?")).text.startswith("Nice to meet you, Sam!")
    assert (await chat("remember me?")).text == "You're Sam."
    assert on_disk("profile.json") == {"name": "Sam"}


async def test_recall_reads_other_agents_keys(chat, context):
    await context.store.write_json("profile.json", {"calorie_target": 2100, "diet": {"type": "vegan", "allergies": ["peanuts"]}})
    assert (await chat("what is my calorie target?")).text == "Calorie target (from Ceres): 2100 kcal"
    assert (await chat("what's my diet")).text == "Diet (from Ceres): vegan, allergic to peanuts"


async def test_a_profile_with_odd_values_is_still_read_and_repaired(chat, context, on_disk):
    await context.store.write_json("profile.json", {"name": "Sam", "goals": "run", "facts": ["x"], "diet": {}})
    assert (await chat("what do you know about me")).text.startswith("Here's what I know about you:\n- Name: Sam\n\n")
    await chat("my goal is to swim")
    await chat("remember that I'm left-handed")
    assert on_disk("profile.json") == {
        "name": "Sam",
        "goals": ["swim"],
        "facts": {"i'm left-handed": "I'm left-handed"},
        "diet": {},
    }


async def test_recall_with_an_empty_profile_says_how_to_teach_it(chat):
    assert (await chat("what do you know about me")).text.startswith("I don't know anything about you yet.")
    assert (await chat("how much do I weigh?")).text == (
        'I don\'t know your weight yet. Tell me ("I weigh 70 kg" or "I weigh 154 lb") and I\'ll remember it.'
    )
    assert "I don't know your shoe size yet" in (await chat("what is my shoe size?")).text


async def test_an_impossible_value_is_refused_and_nothing_is_written(chat, on_disk):
    assert (await chat("I weigh 900 kg")).text == (
        "900 kg is outside what I can save as a weight (20-400 kg).\n"
        'What\'s your weight? For example "I weigh 70 kg" or "I weigh 154 lb".'
    )
    assert on_disk("profile.json") is None


async def test_forget(chat, on_disk):
    await chat("my name is Sam")
    await chat("I weigh 80 kg")
    await chat("remember that I'm vegetarian")
    assert (await chat("forget my weight")).text == "Done: I've forgotten your weight. The rest of your profile stays as it was."
    assert (await chat("forget that I'm vegetarian")).text.startswith('Done: I\'ve forgotten "You\'re vegetarian".')
    assert on_disk("profile.json") == {"name": "Sam"}
    assert (await chat("forget my shoe size")).text == "I couldn't forget that: no fact matches 'shoe size'; facts: none."
    await chat("forget everything")
    assert on_disk("profile.json") == {}


# notes


async def test_notes_add_show_and_delete_by_follow_up(chat, on_disk):
    assert (await chat("note: buy oats")).text.startswith("Noted (#1): buy oats")
    assert (await chat("remind me to call mum")).text.startswith("Noted (#2): call mum")
    assert [n["text"] for n in on_disk("notes.json")["notes"]] == ["buy oats", "call mum"]

    text = (await chat("show my notes")).text
    assert text.startswith("Your notes (2):\n1. buy oats\n2. call mum")
    assert (await chat("delete 1")).text == "Deleted note #1: buy oats"
    assert (await chat("remove the note about mum")).text == "Deleted note #2: call mum"
    assert (await chat("show my notes")).text == 'You have no notes yet. Add one with "note: buy oats".'
    assert "there is no note 7" in (await chat("delete note 7")).text


async def test_a_long_list_of_notes_shows_the_latest(chat, context):
    await context.store.write_json("notes.json", {"notes": [{"id": i, "text": f"n{i}"} for i in range(1, 41)]})
    text = (await chat("show my notes")).text
    assert text.startswith("Your notes (the latest 30 of 40):\n11. n11\n")
    assert "\n40. n40\n" in text and "10. n10" not in text


# time, date and arithmetic


@pytest.fixture
def fixed_clock():
    with pinned(datetime(2025, 11, 25, 14, 5, tzinfo=timezone.utc)):
        yield


async def test_time_and_date_in_utc(chat, fixed_clock):
    assert (await chat("what time is it?")).text.startswith("It's 14:05 UTC on Tuesday, 25 November 2025.")
    assert (await chat("What's the date?")).text == "Today is Tuesday, 25 November 2025 (UTC)."


@pytest.mark.parametrize(
    "message, answer",
    [
        ("what is 12 * 7", "12 × 7 = **84**"),
        ("What's 2 to the power of 10?", "2^10 = **1,024**"),
        ("calculate (3 + 4) x 2", "(3 + 4) × 2 = **14**"),
        ("15% of 80", "15 ÷ 100 × 80 = **12**"),
        ("what is 10 / 4", "10 ÷ 4 = **2.5**"),
        ("what is 7 / 0", "I can't work out 7 ÷ 0: division by zero has no answer."),
        ("what is 9 ** 9 ** 9", "I can't work out 9^9^9: that power is too large to work out."),
    ],
)
async def test_arithmetic(chat, message, answer):
    assert (await chat(message)).text == answer


# small talk and everything else


async def test_thanks_and_bye_are_polite(chat, context):
    await context.store.write_json("profile.json", {"name": "Sam"})
    assert (await chat("thanks!")).text == "You're welcome, Sam! Anything else I can do?"
    assert (await chat("bye")).text.startswith("Goodbye, Sam!")


async def test_anything_else_gets_what_general_can_do_and_who_else_is_here(chat):
    text = (await chat("What's the capital of France?")).text
    assert text.startswith("I can't answer that one: general knowledge, recommendations and writing need tools I don't have here.")
    assert "outside what I can answer" not in text
    assert "language model" not in text and "offline" not in text.lower()
    assert '- keep notes: "note: buy oats"' in text
    assert '- **Helios 💪**: Fitness coach: workouts, training plans and exercise. Try "I want to start working out"' in text
    assert '- **Ceres 🥗**: Nutritionist: meals, calories, diets and recipes. Try "what should I eat for breakfast?"' in text


async def test_a_statement_general_cannot_use_is_offered_as_a_note_that_works_as_the_next_message(chat, on_disk):
    text = (await chat("I'm going on holiday to Spain next week")).text
    assert '"note: I\'m going on holiday to Spain next week"' in text
    assert (await chat("note: I'm going on holiday to Spain next week")).text.startswith("Noted (#1)")
    assert on_disk("notes.json")["notes"][0]["text"] == "I'm going on holiday to Spain next week"


async def test_specialist_questions_point_to_the_enabled_specialist_with_the_message_to_send(chat, registry):
    text = (await chat("how do I get a stronger squat")).text
    assert text.startswith("That's one for **Helios 💪** (Fitness coach: workouts, training plans and exercise).")
    assert text.endswith('"@helios how do I get a stronger squat"')
    assert '"@ceres is a banana a good snack"' in (await chat("is a banana a good snack")).text
    assert '"@ceres how much water should I drink daily"' in (await chat("how much water should I drink daily")).text
    registry.agents["muse"] = MUSE
    assert "That's one for **Muse 🎨**" in (await chat("could you write lyrics for me")).text
    del registry.agents["helios"]
    assert "Helios" not in (await chat("how do I get a stronger squat")).text


async def test_offline_replies_go_through_the_tools_and_name_their_intent(chat):
    reply = await chat("note: buy oats")
    assert reply.metadata == {"intent": "note_add"}
    [call] = chat.turns[-1].tool_calls
    assert call["name"] == "add_note" and call["arguments"] == {"text": "buy oats"}
    assert call["result"]["added"]["text"] == "buy oats"


async def test_with_a_model_the_model_answers(chat, on_disk):
    class FakeLLM:
        async def reply(self, turn):
            return Reply(f"model answered {turn.message!r} as {turn.agent.label}")

    reply = await chat("my name is Sam", llm=FakeLLM())
    assert reply.text == "model answered 'my name is Sam' as General 🤖"
    assert on_disk("profile.json") is None


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("this is great", "Glad that helps"),
        ("Awesome!", "Glad that helps"),
        ("love it", "Glad that helps"),
        ("that's not what I asked", "Sorry that missed the mark"),
        ("this is useless", "Sorry that missed the mark"),
        ("not helpful", "Sorry that missed the mark"),
    ],
)
async def test_praise_and_complaints_get_a_fitting_answer(chat, message, expected):
    assert (await chat(message)).text.startswith(expected)


@pytest.mark.parametrize(
    ("category", "opening"),
    [
        ("self_harm", "There's no need to apologise, and I'm glad you said it."),
        ("eating_disorder", "Thank you for telling me."),
        ("cardiac", "Please put your health first"),
        ("pregnancy", "Please check with your midwife or doctor"),
    ],
)
async def test_after_a_safety_flag_general_keeps_to_it_instead_of_a_menu(chat, category, opening):
    from host.testing import TurnRunner
    from host.types import Intervention

    import agenthost_general

    flag = Intervention(category, "support", f"{category}.test", action="preface", note="be careful")

    class Flagged:
        async def respond(self, turn):
            turn.safety = flag
            return await agenthost_general.respond(turn)

    text = (await TurnRunner(Flagged(), chat.agent, chat.store, registry=chat.registry)("sorry for dumping that on you")).text
    assert text.startswith(opening)
    assert "Here's what I can do" not in text and "note:" not in text


async def test_feelings_are_never_offered_as_a_note(chat):
    text = (await chat("I don't see the point of anything anymore")).text
    assert text.startswith("I'm sorry you're feeling like this.")
    assert "emergency number" in text and "note:" not in text


async def test_help_inside_a_question_is_not_a_request_for_the_menu(chat):
    assert "These agents are ready to help" not in (await chat("does walking actually help with fat loss?")).text
    assert "These agents are ready to help" in (await chat("I need help")).text


@pytest.mark.parametrize(
    "message",
    ["how much iron do I need? my periods are heavy", "do I need more zinc", "is my iodine intake ok", "how much magnesium should I take"],
)
async def test_a_nutrient_asked_by_name_is_pointed_to_ceres(chat, message):
    # if it reaches General (Ceres didn't claim it), the user gets the message that reaches Ceres
    text = (await chat(message)).text
    assert f'"@ceres {message}"' in text
