"""General's replies about itself and the system: greetings, who is here, small talk, "why?",
and for what it cannot answer, what it can do and which agent to ask instead."""

from __future__ import annotations

import re
from typing import Any

from host.first_look import FirstLook
from host.types import Agent, Turn

from agenthost_general import phrasing
from agenthost_general.capabilities import describe_agents
from agenthost_general.chat import EFFORT, NERVES, NO_PAIN, chat_mood
from agenthost_general.dialog import Answer, Intent, last_answer
from agenthost_general.statements import DIET
from agenthost_general.suggestions import EXAMPLES, suggest_agents
from agenthost_general.wellbeing import topics

ROUTING_WORDS = {
    "keywords": "keyword matching",
    "llm": "the language model's choice",
    "memory": "conversation memory (a follow-up to what I said before)",
    "fallback": "fallback, since no specialist claimed it",
}

JOKES = (
    "Why did the developer go broke? Because they used up all their cache.",
    "I would tell you a UDP joke, but you might not get it.",
    "There are 10 kinds of people: those who understand binary and those who don't.",
    "Why do programmers prefer dark mode? Because light attracts bugs.",
)


async def _agents(turn: Turn) -> list[dict[str, Any]]:
    result = await turn.call_tool("capabilities") if "capabilities" in turn.tools else None
    if isinstance(result, dict) and isinstance(result.get("agents"), list):
        return result["agents"]
    return describe_agents(turn.registry)


async def introduce(turn: Turn, intent: Intent) -> str:
    """The agents that are enabled, introduced as General ("who are you") or as a greeting,
    with a first message to try for each (every example works as the next message)."""
    agents = await _agents(turn)
    name = phrasing.name_suffix(turn.profile)
    if intent.data.get("who"):
        opening = (
            f"I'm General 🤖{name}: the concierge of agenthost, a chat server where specialist "
            "agents share one conversation and each message goes to the one that fits it best."
        )
    else:
        opening = f"Hello{name}! I'm General 🤖, your concierge here. These agents are ready to help:"
    labels = {a["name"]: a["label"] for a in agents}
    tries = [f'"{EXAMPLES[n]}" ({labels[n]})' for n in labels if n in EXAMPLES]
    mine = '"I\'m 34, female, 68 kg, 165 cm", "how much sleep do I need?" or "note: buy oats"'
    tries.append(f"for me: {mine}")
    return (
        f"{opening}\n\n{phrasing.agent_lines(agents)}\n\n"
        "Just ask: your message goes to the right agent on its own. Try " + phrasing.joined(tries, "or") + "."
    )


async def greeting(turn: Turn, intent: Intent) -> str:
    """A first hello gets the introduction; a later one a short hello back."""
    if any(record.get("role") == "assistant" for record in turn.history):
        name = phrasing.name_suffix(turn.profile)
        return f'Hi again{name}! What can I do for you? (Say "what can you do" to see every agent.)'
    return await introduce(turn, intent)


async def about_system(turn: Turn, intent: Intent) -> str:
    """How agenthost works: routing, the agents enabled now, and how to add one."""
    agents = await _agents(turn)
    labels = ", ".join(a["label"] for a in agents) or "none"
    return (
        "This is **agenthost**, a plugin-based multi-agent chat server. Every message is scored "
        "by each agent plugin's keywords (and by a language model when one is configured); the "
        "best fit answers, and I take whatever nobody else claims. "
        f"This message reached me by {ROUTING_WORDS.get(turn.routing.method, turn.routing.method)}.\n\n"
        f"Agents enabled right now: {labels}.\n\n"
        "To add an agent, install a Python package with an entry point in the `agenthost` group "
        "(`pip install ./my-agent`) and restart the server; it shows up here automatically."
    )


async def small_talk(turn: Turn, intent: Intent) -> str:
    """Thanks, praise, complaints, goodbyes, "how are you", a joke, and an honest word on the weather."""
    name = phrasing.name_suffix(turn.profile)
    if intent.kind == "thanks":
        return f"You're welcome{name}! Anything else I can do?"
    if intent.kind == "bye":
        return f"Goodbye{name}! Your notes and profile will be here when you come back."
    if intent.kind == "how_are_you":
        return f"Running smoothly, thanks for asking{name}! What can I do for you?"
    if intent.kind == "joke":
        return JOKES[len(turn.history) % len(JOKES)]
    if intent.kind == "praise":
        return f"Glad that helps{name}! Anything else, just ask."
    if intent.kind == "laugh":
        return f"Glad that made you smile{name}! Say \"tell me a joke\" for another, or \"what can you do\" for the serious stuff."
    if intent.kind == "are_you_there":
        return f"Yes, I'm here{name}, and so is everyone on the list under \"what can you do\". What can I do for you?"
    if intent.kind == "meaning_of_life":
        return (
            "42, according to The Hitchhiker's Guide to the Galaxy. Closer to home, the evidence on well-being "
            "points to connecting with people, staying active, learning, giving and noticing the moment: "
            'say "how can I look after my wellbeing" for more.'
        )
    if intent.kind == "complaint":
        return (
            f"Sorry that missed the mark{name}. Tell me what you were after in a few more words, "
            "and I'll pass it to the agent that fits best."
        )
    return (
        "I can't check the weather: I have no connection to a forecast service from here. "
        "A weather app or site will have the latest for your area. If it's sunny, say \"sun safety\" for how to enjoy it without burning."
    )


async def fact(turn: Turn, intent: Intent) -> Answer:
    """"Tell me something interesting": one curated, sourced well-being fact (a different one each time)."""
    from agenthost_general.wellbeing_replies import topic_answer

    chosen = list(topics().values())[len(turn.history) // 2 % len(topics())]
    answer = topic_answer(turn, chosen)
    answer.text = f"Here's one from my well-being notes, on {chosen.title.lower()}:\n\n" + answer.text
    return answer


def _specialist_lines(turn: Turn) -> list[str]:
    """One line per enabled specialist, with an example that works as the next message."""
    lines = []
    for agent in (getattr(turn.registry, "agents", None) or {}).values():
        if agent.name == turn.agent.name:
            continue
        example = EXAMPLES.get(agent.name) or f"@{agent.name} ..."
        lines.append(f"- **{agent.label}**: {phrasing.short(agent.description).rstrip('.')}. Try \"{example}\"")
    return lines


# After the safety guard flagged the conversation, a message General has no answer for gets a
# short word that keeps to the guard's advice, never a menu of what General can do.
FLAGGED = {
    "self_harm": (
        "There's no need to apologise, and I'm glad you said it. I'm only a simple assistant, so please "
        "reach out to someone who can really help: someone you trust, your doctor, or a crisis line. "
        "If you're in danger right now, call your local emergency number."
    ),
    "eating_disorder": (
        "Thank you for telling me. I'm only a simple assistant, but you don't have to handle this alone: "
        "your doctor, an eating disorder service or someone you trust can help, and recovery is possible."
    ),
    "cardiac": (
        "Please put your health first: don't train again until a doctor has checked you, and if the "
        "symptoms come back, stop and call your local emergency number."
    ),
    "pregnancy": (
        "Please check with your midwife or doctor before training hard, and stop and call them straight "
        "away if you notice bleeding, pain, dizziness or fluid leaking."
    ),
}
# A message about symptoms, medicines, pregnancy or not being safe that nobody could answer.
HEALTH_OR_SAFETY = FirstLook(re.compile(
    r"\b(?:pills?|tablets?|overdose|medication|meds|hurt(?:ing)? myself|harm(?:ing)? myself|kill(?:ing)? myself|end it all|"
    r"don'?t want to (?:be here|live|wake up)|suicid\w*|self[- ]harm\w*|chest (?:pain|pressure|tightness)|"
    r"heart (?:was |is |keeps |kept )?(?:racing|pounding|skipping|fluttering|beating)|palpitations?|fainted|fainting|passed out|"
    r"blacked out|dizzy|can'?t breathe|couldn'?t breathe|catch my breath|short of breath|breathless|bleeding|contractions?|"
    r"tightenings?|waters? (?:broke|breaking|have broken)|due date|pregnan\w*|preggy|preggers|midwife|severe pain|numbness|numb|"
    # what pre-eclampsia and a stroke look like: "vision is blurry", "face and feet very swollen"
    r"blurr(?:y|ed) vision|vision (?:is |was |went |got )?(?:blurry|blurred|blurring|fuzzy)|seeing (?:spots|double)|"
    r"(?:really |very |so )?(?:bad|severe|terrible|awful|splitting|worst) headache|(?:face|hands|feet|legs|ankles) (?:(?:and|&) \w+ )?(?:are |is |very |so |really )*swollen)\b",
    re.IGNORECASE,
))
# The same words said as figures of speech, which the guard let through: "suicides" the sprint
# drill, "this workout is trying to kill me", "my legs are dead", "I'm dying lol", "kill for a burger".
FIGURATIVE = FirstLook(re.compile(
    r"\b(?:did|do|does|doing|done|ran|run|running|made us do|make us do|hate|love|some|more|few|set of|sets of|\d+)\s+(?:\w+\s+)?suicides\b"
    r"|\bsuicides?\s+(?:drills?|sprints?|runs?|shuttles?|lines?|squats?|on the)\b|\bsuicide (?:drill|sprint|run|shuttle|line)s?\b"
    r"|\b(?:trying to|going to|gonna|about to|will|would|could)\s+kill\s+(?:me|us)\b|\bkill(?:ing|ed)? me\b(?=[^.?!]{0,30}\b(?:lol|haha|lmao|workout|session|class|legs?|abs|coach|trainer|burpees?|squats?|sprints?|stairs|hill))"
    r"|\b(?:legs?|arms?|quads?|glutes?|abs|calves|shoulders?)\s+(?:are|is|feel|felt)\s+(?:dead|destroyed|murdered|wrecked|killing me)\b"
    r"|\bdying\s+(?:lol|haha|lmao|here)\b|\bkill for (?:a|an|some)\b"
    # a supplement asked for in tablet form ("is there a tablet I could take for it instead?" after
    # omega-3 foods, "vitamin D tablets"): the nutritionist's question, not a medicine taken
    r"|\b(?:is there|are there|any|can i (?:get|take|have|buy)|could i (?:get|take|have|buy)|should i (?:get|take))\s+(?:a |an |some )?(?:tablets?|pills?|capsules?)\b"
    r"(?=(?:\s+(?:i|you|u|we)\s+(?:could|can|should|might)\s+(?:take|get|have|buy))?\s*(?:for (?:it|that|this|them)\b|instead\b|version\b|form\b|\?|$))"
    r"|\b(?:vitamin\s*\w*|omega[- ]?3s?|fish oil|cod liver oil|iron|calcium|magnesium|zinc|folic acid|multivitamins?|supplements?|algae oil|algal oil)\s+(?:tablets?|pills?|capsules?)\b"
    r"|\b(?:as|in) (?:a )?(?:tablets?|pills?|capsules?)(?: form)?\b",
    re.IGNORECASE,
))
HEALTH_DEFERRAL = (
    "Thank you for telling me, and I'm glad you did. I'm not a medical service, so I can't judge this one safely. "
    "If it's about your health, please talk to your doctor today (or your midwife, if you're pregnant). "
    "If it's happening now, or you feel unsafe, call your local emergency number (999 in the UK, 911 in the US, "
    "112 in Europe), and don't stay alone: be with someone you trust."
)
HEALTH_AGAIN = (
    "Thank you for telling me. Please keep yourself safe: if there's anything you could use to hurt yourself, put "
    "it away from you, stay with someone you trust, and talk to your doctor. If you feel unsafe right now, call your "
    "local emergency number (999 in the UK, 911 in the US, 112 in Europe)."
)
# A question asked beside the chat: "..., how do i get better at the standing bits".
ASKS_TOO = re.compile(r"\?|(?:^|[.!,;]\s*|\b(?:but|so|and)\s+)(?:how|what|why|which|when|where|can|could|should|do|does|is|are|any)\b(?=[^.!]*\b(?:i|me|my|you|it|that|this)\b)", re.IGNORECASE)
# Words that open a follow-up to the answer before ("only 20 minutes", "and for lunch?").
FOLLOW_UP = re.compile(
    r"^(?:and|also|what about|how about|then|so|but|more|another|instead|make it|what if|ok|okay|only|just|shorter|longer|"
    r"harder|easier|actually|sorry|i meant|undo|remove|delete|without|with|same|again|what did i|how (?:many|much|long|often|fast))\b",
    re.IGNORECASE,
)
# A short message opening like this asks something new ("what's the capital of France?").
NEW_QUESTION = re.compile(r"^(?:what|who|where|when|which|why|whose|is|are|was|were|can|could|do|does|will|would|should)\b", re.IGNORECASE)
SHORT = 8  # words: a message this short after another agent's answer is most likely about it (the router's own limit)


def diet_pointer(turn: Turn, text: str) -> str:
    """"I'm vegetarian", "I have celiac disease": not saved by General, and which agent keeps
    it so meal ideas respect it (an allergy must never look saved when it is not)."""
    agents = getattr(turn.registry, "agents", None) or {}
    if "ceres" not in agents or not DIET.search(text):
        return ""
    said = phrasing.second_person(text.strip(" .!?"))
    said = said[:1].lower() + said[1:]
    extra = " (a strict gluten-free diet)" if re.search(r"\bco?eliac|celiac", text, re.IGNORECASE) else ""
    return (
        f"I haven't saved that {said}{extra}: diets and allergies are kept by **{agents['ceres'].label}**, "
        f'so its meal ideas respect them. Tell it: "@ceres {text.strip()}"'
    )


def _recent_other_agent(turn: Turn, state: dict[str, Any]) -> Agent | None:
    """The specialist the conversation is with: the one General's last answer pointed to, else
    the one that answered most recently (General's own fallbacks in between skipped)."""
    agents = getattr(turn.registry, "agents", None) or {}
    pointed = (state.get("slots") or {}).get("agent")
    if pointed in agents:
        return agents[pointed]
    for record in reversed(turn.history[-8:]):
        name = record.get("agent") if record.get("role") == "assistant" else None
        if name and name != turn.agent.name and name in agents:
            return agents[name]
    return None


async def unknown(turn: Turn, intent: Intent, state: dict[str, Any] | None = None) -> Answer:
    """What General cannot answer: the agent that can (with the message to send it), or what
    General can do instead; a statement it can't use is offered as a note."""
    asked = turn.message.strip()
    quoted = asked if len(asked) <= 120 else asked[:119] + "…"
    if turn.safety is not None and turn.safety.category in FLAGGED:
        return Answer(FLAGGED[turn.safety.category], reason="Your safety comes first here; I kept to that.")
    after_health = bool(((state or {}).get("slots") or {}).get("health")) and not NEW_QUESTION.match(asked)
    mood = chat_mood(asked) if not after_health else None
    question = ASKS_TOO.search(asked) if mood is not None and mood is not NO_PAIN else None
    agents = getattr(turn.registry, "agents", None) or {}
    if mood is EFFORT and question is not None and "helios" in agents:
        # "killed it at spin lol. how do i get better at the climbs": the session, then who answers the question
        return Answer(
            f'Sounds like a great session! 💪 For the question, **{agents["helios"].label}** is the one to ask: "@helios {quoted}"',
            reason="You told me about a hard workout and asked how to train for it, which is Helios' subject.",
            slots={"agent": "helios"},
        )
    if question is not None:
        mood = None  # chat with a question in it wants the answer, not a word on the day
    if mood is not None and (mood is NERVES or not HEALTH_OR_SAFETY.search(FIGURATIVE.sub(" ", asked))):
        # "i was dying on that last hill haha", "heart racing before my first race": chat about
        # the user's day gets a word back that fits it, not a note-taking menu or a deferral
        return Answer(mood.reply, reason=f"You were telling me about your day ({mood.name.replace('_', ' ')}), so I answered in kind.")
    if HEALTH_OR_SAFETY.search(FIGURATIVE.sub(" ", asked)) or after_health:
        # Symptoms, medicines or feeling unsafe (or more said after that): never offered as a
        # note or passed on; the safety guard answers red flags first, this is what gets past it.
        return Answer(
            HEALTH_DEFERRAL if not after_health else HEALTH_AGAIN,
            reason="I'm not a medical service, so for your health or safety I point you to people who are.",
            slots={"health": True},
        )
    diet = diet_pointer(turn, asked)
    if diet:
        return Answer(diet, reason="Diets and allergies belong with the agent that suggests meals, so they are always applied.")
    suggested = suggest_agents(turn.message, turn.registry, turn.routing.scores)
    other = _recent_other_agent(turn, state or {})
    # a statement just after a specialist's answer ("i do about 4k at the mo, work from home" after
    # its answer on steps) is about that answer, not something to keep as a note
    follow_up = FOLLOW_UP.match(asked) or (len(asked.split()) <= SHORT and not NEW_QUESTION.match(asked)) or intent.data.get("statement")
    if other is not None and follow_up and (not suggested or suggested[0] == other):
        return Answer(
            f"That sounds like a follow-up to **{other.label}**'s answer. To carry on with it, say:\n\n\"@{other.name} {quoted}\"",
            reason=f"It reads like a follow-up to {other.label}'s answer, which only {other.label} can change.",
            slots={"agent": other.name},
        )
    if suggested:
        best = suggested[0]
        return Answer(
            f"That's one for **{best.label}** ({phrasing.short(best.description).rstrip('.')}). "
            f"Ask it directly by starting with its name:\n\n\"@{best.name} {quoted}\"",
            reason=f"Your message is about {best.label}'s subject, and I don't have its tools or data.",
            slots={"agent": best.name},
        )
    if intent.data.get("statement"):
        return Answer(
            f"Thanks for telling me{phrasing.name_suffix(turn.profile)}. I can keep it for you: say "
            f"\"note: {quoted}\" to save it as a note, or \"remember that {quoted}\" to add it to your profile, "
            "which every agent reads.",
            reason="It's something about you that I have no tool for, beyond keeping it as a note or a fact.",
        )
    lines = [
        "I can't answer that one: general knowledge, recommendations and writing need tools I don't have here. "
        "Here's what I can do right now:"
    ]
    lines.extend(phrasing.HELP_LINES)
    specialists = _specialist_lines(turn)
    if specialists:
        lines.append("\nAnd the specialists here:")
        lines.extend(specialists)
    return Answer(
        "\n".join(lines),
        reason="None of my tools (profile, notes, well-being notes, time, sums) covers it, and no specialist's subject matched it.",
    )


async def why(turn: Turn, intent: Intent, state: dict[str, Any]) -> Answer:
    """"Why?": the reason behind General's last answer, or who to ask when it wasn't General's."""
    agents = getattr(turn.registry, "agents", None) or {}
    pointed = (state.get("slots") or {}).get("agent")
    if pointed in agents:
        # General's last answer only passed the user on: the "why" is about that agent's answer.
        other = agents[pointed]
        return Answer(
            f'**{other.label}** can explain its own answer best: say "@{other.name} {turn.message.strip()}"',
            reason=state.get("reason") or "",
            slots={"agent": pointed},
        )
    reason = state.get("reason")
    if reason:
        return Answer(reason, reason=reason, slots=state.get("slots") or {})
    last = last_answer(turn.history)
    if last and last.get("agent") in agents and last.get("agent") != turn.agent.name:
        other = agents[last["agent"]]
        return Answer(
            f"That answer came from **{other.label}**, so it can explain it best: say \"@{other.name} why?\"",
            reason=f"The last answer was {other.label}'s, not mine.",
        )
    if last is None:
        return Answer(
            'I haven\'t answered anything yet, so there\'s nothing to explain. Say "what can you do" to see what I can help with.',
        )
    return Answer(
        "That was a simple answer with nothing behind it beyond what it said. Ask me about it in other words, "
        'or say "what can you do" to see what I can help with.'
    )
