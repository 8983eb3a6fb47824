"""Everyday chat about the user's day: a short human reply, never a note-taking menu.

"i was dying on that last hill haha", "feeling lazy today", "my heart is racing before my first
competition, nerves!", "i want to disappear into a cabin in the woods for a month lol": a person
telling how their day went wants a word back that fits (and, where it helps, one thing an agent
can do next), not "say note: ..." or a medical deferral. Real red flags are the safety guard's
(it runs before routing); for low moods the reply stays kind and neutral and offers to talk.

`chat_reply(message)` returns the reply, or None when the message is not chat of these kinds.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from attrs import frozen

if TYPE_CHECKING:
    from host.safety.prefilter import PrefilterSet

FLAGS = re.IGNORECASE


@frozen
class Mood:
    """One kind of everyday chat: how it is said (`said`) and the reply (`reply`)."""

    name: str
    said: re.Pattern[str]
    reply: str


# Nerves before an event: a racing heart here is adrenaline, not a symptom (NHS: breathing
# exercises for stress, "breathe in through your nose ... out through your mouth").
EVENT = (
    r"(?:competition|comp|race|match|game|fight|bout|meet|marathon|half marathon|10k|5k|triathlon|tournament|final|"
    r"exam|test|interview|presentation|speech|performance|gig|audition|wedding|date|first day|big day|weigh[- ]in)"
)
NERVES = Mood(
    "nerves",
    re.compile(
        rf"\b(?:nerves|nervous|nervy|jittery|butterflies|anxious|stage fright|pre[- ]?(?:race|match|game|comp|competition) nerves)\b"
        rf"[^.!?]{{0,60}}\b(?:before|for|about)\b[^.!?]{{0,30}}\b{EVENT}"
        rf"|\bheart\s+(?:is\s+|was\s+|keeps\s+)?(?:racing|pounding|thumping|going)\b[^.!?]{{0,40}}\bbefore\b[^.!?]{{0,30}}\b{EVENT}"
        rf"|\b{EVENT}\b[^.!?]{{0,40}}\b(?:nerves|nervous|butterflies|jitters)\b"
        rf"|\b(?:nerves|nervous|butterflies)\b[^.!?]{{0,40}}\b{EVENT}\b"
        r"|\b(?:nervios[oa]?|nerveux|nerveuse|le trac|nervös|aufgeregt|lampenfieber)\b",
        FLAGS,
    ),
    "Nerves before a big day are normal: the butterflies and racing heart are adrenaline getting you ready, and it usually settles "
    "once you start. Slow breathing helps (in through your nose, out slowly through your mouth, for a few minutes), and "
    "so does your usual routine: nothing new on the day. Good luck! (Chest pain or feeling faint is different: stop "
    "and get checked.)",
)
# Worn out by a workout, said as a figure of speech: "dying on that hill haha", "legs are jelly".
EFFORT = Mood(
    "effort",
    re.compile(
        r"\b(?:dying|died|dead|destroyed|wrecked|broken|finished|knackered|cooked|toast)\b[^.!?]{0,40}\b(?:hill|hills|run|ride|climb|hike|class|"
        r"session|workout|spin|sprint|sprints|set|stairs|training|gym|swim|walk|lap|laps|km|mile)s?\b"
        r"|\b(?:hill|hills|run|ride|climb|hike|class|session|workout|spin|sprints?|stairs|training|gym|swim)\b[^.!?]{0,30}\b"
        r"(?:nearly |almost |totally |actually )?(?:killed|destroyed|wrecked|broke|finished) me\b"
        r"|\blegs?\s+(?:are|is|feel|felt)\s+(?:like\s+)?(?:jelly|dead|gone|noodles|wobbly)\b",
        FLAGS,
    ),
    "Sounds like you really worked for it, and the hard bits are where the fitness comes from. 💪 Rest up and drink "
    'some water. If you\'d like it logged, tell Helios what you did, e.g. "@helios 30 minute hilly run".',
)
# Everyday sayings about training asked as a question: "no pain no gain, right?" (ACSM: soreness
# after new training is normal; pain that is sharp or in a joint is a reason to stop).
NO_PAIN = Mood(
    "no_pain_no_gain",
    re.compile(r"\bno pain,?\s*no gain\b", FLAGS),
    "Partly! Training should feel like hard work, and some muscle soreness a day or two after something new is "
    "normal. Pain is different: sharp, sudden or joint pain means stop. Progress comes from doing a little more "
    'week by week, not from hurting. Helios can build you a plan that does that: "@helios plan for 3 days a week".',
)
# Wanting a break: kind and neutral, with an offer to talk (never a joke about it).
BREAK = Mood(
    "break",
    re.compile(
        r"\b(?:want|wanna|need|could do with|dreaming of|would love)\b[^.!?]{0,20}\b(?:to\s+)?(?:disappear|escape|get away|run away|hide)\b"
        r"[^.!?]{0,40}\b(?:cabin|woods|island|beach|holiday|vacation|mountains?|month|week|weekend|while|somewhere)\b"
        r"|\b(?:need|needs|could do with|want|wanna)\s+(?:a\s+)?(?:proper\s+|real\s+|long\s+)?(?:break|holiday|vacation|day off|rest)\b"
        r"|\b(?:stay|hide|curl up)\s+(?:in bed|under (?:the |my )?(?:duvet|covers|blanket))(?: all (?:day|weekend|week))?\b"
        r"|\b(?:rough|long|tough|hard|stressful|crazy|hectic|busy|mad) (?:day|week|month) (?:at work|at uni|at school)?\b",
        FLAGS,
    ),
    "That sounds like you've earned a proper break, and wanting one is completely normal. If things have been "
    'piling up, I\'m happy to listen, or say "tips for stress" for a few things that help day to day.',
)
# Low on energy or motivation today: a rest day is fine; one small step if they want it.
LAZY = Mood(
    "lazy",
    re.compile(
        r"\b(?:feel(?:ing)?|so|bit|a bit|really|super|soo+|am|i'?m|im)\s+(?:a bit\s+|so\s+|really\s+|super\s+|very\s+)?(?:lazy|unmotivated|meh|sluggish|blah)\b"
        r"|\b(?:no|zero|zilch|lost (?:my|all))\s+motivation\b|\bcan'?t be bothered\b|\bcouldn'?t be bothered\b"
        r"|\b(?:pereza|perezos[oa]|flemme|la flemme|faul|keine lust|null bock)\b",
        FLAGS,
    ),
    "Everyone has days like that, and a rest day does no harm. If you'd like a small nudge, even a 10-minute walk "
    'counts, and Helios can give you something short: "@helios quick 10 minute workout".',
)
# A long day: tired today, not for weeks (that is the well-being "always tired" answer).
TIRED_TODAY = Mood(
    "tired_today",
    re.compile(
        r"\b(?:knackered|shattered|exhausted|wiped out|zonked|pooped|tired|beat|drained|worn out|cansad[oa]|fatigu[ée]e?|müde|kaputt)\b"
        r"[^.!?]{0,30}\b(?:today|tonight|after work|after school|this week|hoy|aujourd'hui|heute|after (?:that|my|a|the|this) (?:shift|day|week|commute|night shift))\b",
        FLAGS,
    ),
    "Sounds like a long one. Be kind to yourself tonight: something easy to eat, a bit of quiet and an early night "
    'go a long way. If you\'re tired most days for weeks, say "why am I always tired" and I\'ll go through the usual causes.',
)
# Good news: share the moment.
GOOD_NEWS = Mood(
    "good_news",
    re.compile(
        r"\b(?:best day|amazing day|proud of myself|so proud|feeling (?:proud)|"
        r"finally (?:finished|did it|got|passed|hit|ran|made)|nailed it|smashed it|new (?:pb|pr)|personal best|passed my)\b",
        FLAGS,
    ),
    "That's brilliant, well done! 🎉 Moments like that are worth enjoying. If it was a training milestone, Helios can "
    "log it so you can look back on it.",
)
# In a good mood: glad to hear it.
GOOD_MOOD = Mood(
    "good_mood",
    re.compile(r"\b(?:feel(?:ing)?|i'?m|im)\s+(?:really\s+|so\s+|pretty\s+)?(?:great|amazing|awesome|good|fantastic|happy|brilliant)\b(?:\s+(?:today|this week|lately|at the moment))?\s*[!.]*\s*$|\b(?:great|good|lovely) day\b", FLAGS),
    "Glad to hear it! 😊 Days like that are worth noticing. Anything I can help with while you're feeling good?",
)
# A low day: kind, neutral, and the offer to talk (the guard answers anything that sounds unsafe).
LOW = Mood(
    "low",
    re.compile(
        r"\b(?:feel(?:ing)?|i'?m|im|been)\s+(?:a (?:bit|little)\s+|quite\s+|pretty\s+|so\s+|really\s+)?(?:down|low|flat|blue|sad|rubbish|crap|fed up)\b"
        r"(?:\s+(?:today|lately|this week|recently|at the moment))?|\b(?:bad|crap|rubbish|awful|horrible|terrible) (?:day|week)\b",
        FLAGS,
    ),
    "I'm sorry you're feeling this way, and thanks for telling me. I'm happy to listen if you want to talk about it. "
    'Small things help many people: getting outside, talking to someone you trust, a proper night\'s sleep. If it '
    'has lasted a couple of weeks, a GP can help; say "tips for low mood" for more.',
)
# Banter about the day: "ugh mondays", "what a day".
BANTER = Mood(
    "banter",
    re.compile(r"^\W*(?:ugh+|urgh+|oh well|well)?[\s,]*(?:mondays?|what a (?:day|week)|long day|tgif|friday at last|hump day)\b", FLAGS),
    "Ha, I hear you! Hope the rest of it is kinder to you. Anything I can help with while you're here?",
)
# Nerves first: a racing heart before a race is told before the effort or low words it may hold.
MOODS = (NERVES, NO_PAIN, EFFORT, BREAK, LAZY, TIRED_TODAY, LOW, GOOD_NEWS, GOOD_MOOD, BANTER)


def chat_mood(message: str) -> Mood | None:
    """The kind of everyday chat `message` is, or None. RE2 looks for all the moods at once
    first (`host.safety.prefilter.PrefilterSet`, exact on ASCII text): only a mood it may find
    is searched for, in the same order, so the answer is the plain search's."""
    could = _moods_look().could_match(message)
    return next((mood for number, mood in enumerate(MOODS) if (could is None or number in could) and mood.said.search(message)), None)


@cache
def _moods_look() -> PrefilterSet:
    from host.safety.prefilter import PrefilterSet  # on first use: host.safety imports the router

    return PrefilterSet([mood.said for mood in MOODS])


def chat_reply(message: str) -> str | None:
    """A short human reply to everyday chat about the user's day, or None when it is not chat."""
    mood = chat_mood(message)
    return mood.reply if mood is not None else None
