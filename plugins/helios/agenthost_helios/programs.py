"""The shape of a training week: which sessions each goal gets, what each session covers,
and how it progresses. Pure data, read by `plan` and `blocks`."""

from __future__ import annotations

GOALS = ("strength", "endurance", "weight_loss", "general_fitness", "flexibility")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
TRAINING_DAYS = {
    1: (0,),
    2: (0, 3),
    3: (0, 2, 4),
    4: (0, 1, 3, 4),
    5: (0, 1, 2, 4, 5),
    6: (0, 1, 2, 3, 4, 5),
    7: (0, 1, 2, 3, 4, 5, 6),
}
LETTERS = "ABC"
COMPOUND = {
    "squat",
    "hinge",
    "lunge",
    "push_horizontal",
    "push_vertical",
    "pull_horizontal",
    "pull_vertical",
    "full_body",
}
MAX_HARD_SESSIONS_BEGINNER = 4

# Plan slots: the movement patterns a session covers, most important first.
SLOTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "full_body": (
        ("squat", "push_horizontal", "hinge", "pull_horizontal", "core", "lunge", "shoulders", "calves"),
        ("hinge", "push_vertical", "lunge", "pull_vertical", "core", "squat", "triceps", "biceps"),
        ("lunge", "push_horizontal", "hinge", "pull_vertical", "core", "squat", "glutes", "shoulders"),
    ),
    "upper": (
        (
            "push_horizontal",
            "pull_horizontal",
            "push_vertical",
            "pull_vertical",
            "shoulders",
            "biceps",
            "triceps",
            "core",
        ),
    ),
    "lower": (("squat", "hinge", "lunge", "glutes", "legs_accessory", "calves", "core"),),
    "push": (("push_horizontal", "push_vertical", "triceps", "shoulders", "push_horizontal", "core"),),
    "pull": (("pull_vertical", "pull_horizontal", "hinge", "shoulders", "biceps", "core"),),
    "legs": (("squat", "hinge", "lunge", "glutes", "legs_accessory", "calves", "core"),),
    "circuit": (
        ("squat", "push_horizontal", "cardio", "hinge", "pull_horizontal", "core"),
        ("lunge", "push_vertical", "cardio", "hinge", "pull_vertical", "core"),
        ("squat", "pull_horizontal", "cardio", "lunge", "push_horizontal", "core"),
    ),
    "strength_endurance": (
        ("squat", "hinge", "lunge", "push_horizontal", "pull_horizontal", "calves", "core", "glutes"),
    ),
    "mobility": (
        ("mobility", "stretch", "core", "mobility", "stretch", "stretch", "mobility", "core"),
        ("stretch", "mobility", "core", "stretch", "mobility", "stretch", "core", "mobility"),
    ),
}
TITLES = {
    "full_body": "Full body {letter}",
    "upper": "Upper body {letter}",
    "lower": "Lower body {letter}",
    "push": "Push {letter}",
    "pull": "Pull {letter}",
    "legs": "Legs {letter}",
    "circuit": "Strength circuit {letter}",
    "strength_endurance": "Strength endurance",
    "mobility": "Mobility & flexibility {letter}",
    "easy": "Easy cardio",
    "intervals": "Intervals",
    "tempo": "Tempo",
    "long": "Long easy session",
    "recovery": "Active recovery",
}
FOCUS = {
    "full_body": "squat, hinge, push and pull in one session",
    "upper": "chest, back, shoulders and arms",
    "lower": "legs and glutes",
    "push": "chest, shoulders and triceps",
    "pull": "back, rear shoulders and biceps",
    "legs": "quads, hamstrings, glutes and calves",
    "circuit": "full-body strength with short rests to keep the heart rate up",
    "strength_endurance": "high-rep strength that makes running and riding more durable",
    "mobility": "hips, hamstrings, spine and shoulders",
    "easy": "aerobic base at a conversational pace",
    "intervals": "hard efforts with easy recoveries to raise your fitness ceiling",
    "tempo": "a steady, comfortably hard effort",
    "long": "your longest, easiest session: builds endurance",
    "recovery": "easy movement and mobility to recover for the next hard day",
}
PROGRAMS: dict[str, dict[int, tuple[tuple[str, int], ...]]] = {
    "strength": {
        1: (("full_body", 0),),
        2: (("full_body", 0), ("full_body", 1)),
        3: (("full_body", 0), ("full_body", 1), ("full_body", 2)),
        4: (("upper", 0), ("lower", 0), ("upper", 1), ("lower", 1)),
        5: (("upper", 0), ("lower", 0), ("push", 0), ("pull", 0), ("legs", 0)),
        6: (("push", 0), ("pull", 0), ("legs", 0), ("push", 1), ("pull", 1), ("legs", 1)),
    },
    "general_fitness": {
        1: (("circuit", 0),),
        2: (("full_body", 0), ("full_body", 1)),
        3: (("full_body", 0), ("intervals", 0), ("full_body", 1)),
        4: (("full_body", 0), ("easy", 0), ("full_body", 1), ("mobility", 0)),
        5: (("full_body", 0), ("intervals", 0), ("full_body", 1), ("easy", 0), ("mobility", 0)),
        6: (("full_body", 0), ("intervals", 0), ("full_body", 1), ("easy", 0), ("full_body", 2), ("mobility", 0)),
    },
    "weight_loss": {
        1: (("circuit", 0),),
        2: (("circuit", 0), ("circuit", 1)),
        3: (("circuit", 0), ("intervals", 0), ("circuit", 1)),
        4: (("circuit", 0), ("easy", 0), ("circuit", 1), ("intervals", 0)),
        5: (("circuit", 0), ("easy", 0), ("circuit", 1), ("intervals", 0), ("circuit", 2)),
        6: (("circuit", 0), ("easy", 0), ("circuit", 1), ("intervals", 0), ("circuit", 2), ("long", 0)),
    },
    "endurance": {
        1: (("long", 0),),
        2: (("intervals", 0), ("long", 0)),
        3: (("intervals", 0), ("strength_endurance", 0), ("long", 0)),
        4: (("easy", 0), ("intervals", 0), ("strength_endurance", 0), ("long", 0)),
        5: (("easy", 0), ("intervals", 0), ("strength_endurance", 0), ("tempo", 0), ("long", 0)),
        6: (("easy", 0), ("intervals", 0), ("strength_endurance", 0), ("tempo", 0), ("easy", 1), ("long", 0)),
    },
    "flexibility": {n: tuple(("mobility", i % 2) for i in range(n)) for n in range(1, 8)},
}
PROGRESSION = {
    "strength": "When every set reaches the top of the rep range with clean form, add weight next time "
    "(about 2.5 kg for upper-body lifts, 5 kg for lower-body) or move to a harder variation.",
    "general_fitness": "When all sets hit the top of the rep range, add a little weight or a harder variation; "
    "add 5 minutes to the cardio every two weeks.",
    "weight_loss": "Add one round or 5 seconds of work per station every two weeks; daily steps count too.",
    "endurance": "Grow weekly training time by no more than about 10% a week, with an easier week every fourth "
    "week; keep about 80% of the work easy.",
    "flexibility": "Hold each stretch a little longer each week (up to 60-90 s) and ease deeper only when the "
    "stretch fades; never stretch into pain.",
}
# When nothing fits a slot (no equipment for it, or too hard), the next best pattern.
FALLBACK = {
    "push_vertical": "push_horizontal",
    "pull_vertical": "pull_horizontal",
    "biceps": "pull_horizontal",
    "triceps": "push_horizontal",
    "shoulders": "push_vertical",
    "legs_accessory": "lunge",
    "glutes": "hinge",
    "calves": "lunge",
}
CARDIO_KINDS = ("easy", "intervals", "tempo", "long")
# "a 3 day push pull legs split", "4 day upper/lower": the session kinds a named split cycles through
SPLITS: dict[str, tuple[str, ...]] = {
    "push_pull_legs": ("push", "pull", "legs"),
    "upper_lower": ("upper", "lower"),
    "full_body": ("full_body",),
}
SPLIT_REASONS = {
    "push_pull_legs": "A push/pull/legs split gives chest, shoulders and triceps one day, back and biceps the "
    "next and legs the third, so each session can give its muscles more work while the others recover.",
    "upper_lower": "An upper/lower split alternates upper- and lower-body days: on 4 days each muscle group is "
    "trained twice a week with 48 hours or more between, the frequency ACSM advises, and each session has "
    "room for more sets for its half of the body than a full-body session.",
    "full_body": "Full-body sessions train every major muscle group each time, so 2-3 sessions a week already "
    "hit each one 2-3 times, the frequency ACSM advises.",
}
# Loads that make heavy, low-rep sets worthwhile.
HEAVY_EQUIPMENT = ("barbell", "machine", "cable")

# "what about legs?": the movement patterns that go first in every strength session.
FOCUS_PATTERNS: dict[str, tuple[str, ...]] = {
    "legs": ("squat", "hinge", "lunge", "legs_accessory", "calves"),
    "glutes": ("glutes", "hinge", "lunge", "squat"),
    "upper_body": ("push_horizontal", "pull_horizontal", "push_vertical", "pull_vertical"),
    "chest": ("push_horizontal", "triceps"),
    "back": ("pull_vertical", "pull_horizontal", "hinge"),
    "shoulders": ("push_vertical", "shoulders"),
    "arms": ("biceps", "triceps", "pull_horizontal", "push_horizontal"),
    "core": ("core", "core"),
    # the classic pairings of a body-part split: "a workout for my back and biceps"
    "back_biceps": ("pull_vertical", "biceps", "pull_horizontal", "biceps"),
    "chest_triceps": ("push_horizontal", "triceps", "push_vertical", "triceps"),
}
# Everyday words for a focus.
FOCUS_WORDS: dict[str, str] = {
    "legs": "legs", "leg": "legs", "leg day": "legs", "lower body": "legs", "quads": "legs", "thighs": "legs",
    "hamstrings": "legs", "calves": "legs",
    "glutes": "glutes", "glute": "glutes", "butt": "glutes", "bum": "glutes", "booty": "glutes", "hips": "glutes",
    "upper body": "upper_body", "upper": "upper_body",
    "chest": "chest", "pecs": "chest",
    "back": "back", "lats": "back", "upper back": "back", "posture": "back",
    "shoulders": "shoulders", "shoulder": "shoulders", "delts": "shoulders",
    "arms": "arms", "arm": "arms", "biceps": "arms", "triceps": "arms", "bicep": "arms", "tricep": "arms",
    "core": "core", "abs": "core", "ab": "core", "stomach": "core", "six pack": "core", "obliques": "core",
    "back and biceps": "back_biceps", "back and bis": "back_biceps", "biceps and back": "back_biceps",
    "back & biceps": "back_biceps", "back n biceps": "back_biceps", "back biceps": "back_biceps",
    "chest and triceps": "chest_triceps", "chest and tris": "chest_triceps", "triceps and chest": "chest_triceps",
    "chest & triceps": "chest_triceps", "chest n triceps": "chest_triceps", "chest triceps": "chest_triceps",
}
# "swap running for cycling": what the cardio is done on, as a session line names it.
CARDIO_CHOICES: dict[str, str] = {
    "run": "run",
    "walk": "brisk walk",
    "cycle": "bike",
    "swim": "swim",
    "row": "rowing machine",
    "elliptical": "cross-trainer",
    "jump_rope": "jump rope",
    "stairs": "stair climber",
    "seated": "wheelchair push or arm bike",
    "chair": "seated marching with arm swings",
}
CARDIO_WORDS: dict[str, str] = {
    "running": "run", "run": "run", "jogging": "run", "jog": "run", "runs": "run",
    "walking": "walk", "walk": "walk", "walks": "walk", "hiking": "walk",
    "cycling": "cycle", "cycle": "cycle", "bike": "cycle", "biking": "cycle", "bike rides": "cycle",
    "spinning": "cycle", "spin": "cycle", "the bike": "cycle",
    "swimming": "swim", "swim": "swim", "swims": "swim",
    "rowing": "row", "rower": "row", "row": "row",
    "elliptical": "elliptical", "cross trainer": "elliptical",
    "jump rope": "jump_rope", "skipping": "jump_rope",
    "stairs": "stairs", "stair climber": "stairs", "stairmaster": "stairs",
    "arm bike": "seated", "hand bike": "seated", "handbike": "seated", "arm ergometer": "seated",
    "wheelchair pushing": "seated", "wheelchair push": "seated",
}
