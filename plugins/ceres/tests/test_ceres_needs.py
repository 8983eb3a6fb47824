"""Energy and protein needs: the method, the floors, the cap on loss, and body facts read
from a sentence in metric or imperial units."""

from __future__ import annotations

import pytest

from agenthost_ceres import tools
from agenthost_ceres.body import parse_body
from agenthost_ceres.energy import Body, bmr_kcal, plan, protein_need

ANA = Body(weight_kg=68, height_cm=165, age=34, sex="female")
BEN = Body(weight_kg=70, height_cm=175, age=30, sex="male", activity="moderate")


def test_mifflin_st_jeor_with_an_activity_factor():
    assert bmr_kcal(ANA) == pytest.approx(10 * 68 + 6.25 * 165 - 5 * 34 - 161)
    assert bmr_kcal(BEN) == pytest.approx(10 * 70 + 6.25 * 175 - 5 * 30 + 5)
    assert plan(ANA, "maintain").maintenance == round(1380.25 * 1.375 / 50) * 50  # light activity by default
    assert plan(BEN, "maintain").maintenance == round(1648.75 * 1.55 / 50) * 50


def test_a_loss_plan_never_goes_under_the_floor_or_faster_than_a_kilo_a_week():
    default = plan(BEN, "lose")
    assert default.rate_kg_week == -0.5 and default.target == round((1648.75 * 1.55 - 550) / 50) * 50
    big = Body(weight_kg=95, height_cm=185, age=30, sex="male", activity="active")
    fast = plan(big, "lose", 2.0)
    assert fast.rate_capped and fast.rate_kg_week == -1.0 and not fast.floor_applied
    assert fast.target == round((bmr_kcal(big) * 1.725 - 1100) / 50) * 50
    small = Body(weight_kg=50, height_cm=155, age=60, sex="female", activity="sedentary")
    floored = plan(small, "lose", 1.0)
    assert floored.target == 1200 and floored.floor_applied and floored.rate_kg_week > -1.0
    assert plan(Body(weight_kg=60, height_cm=160, age=50, sex="male", activity="sedentary"), "lose", 1.0).target == 1500


def test_protein_ranges_by_weight_age_and_training():
    assert (protein_need(80).low_g, protein_need(80).high_g) == (66, 80)
    assert protein_need(70, age=70).basis == "older" and protein_need(70, age=70).low_g == 70
    trained = protein_need(80, trains=True)
    assert (trained.low_g, trained.high_g, trained.basis) == (112, 160, "training")
    assert protein_need(80, trains=True, goal="lose").low_g == 128
    assert "ISSN" in trained.source and "WHO" in protein_need(80).source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm 34, female, 68 kg, 165 cm", {"weight_kg": 68, "height_cm": 165, "age": 34, "sex": "female"}),
        ("I'm 5'10 and 180 lbs", {"weight_kg": 81.6, "height_cm": 178}),
        ("how much protein do I need? I weigh 80kg", {"weight_kg": 80}),
        ("I am a 45 year old man, 1.80 m, 90kg, desk job", {"weight_kg": 90, "height_cm": 180, "age": 45, "sex": "male", "activity": "sedentary"}),
        ("28f 5 ft 4 140 pounds", {"weight_kg": 63.5, "height_cm": 163, "age": 28, "sex": "female"}),
        ("I weigh 11 stone 4", {"weight_kg": 71.7}),
        ("I train 4 times a week", {"activity": "moderate"}),
        ("I ran 5k in 28 min", {}),
        ("I eat 2000 calories", {}),
    ],
)
def test_body_facts_from_one_sentence(text, expected):
    assert parse_body(text).to_json() == expected


async def test_the_needs_tool_names_what_is_missing_and_uses_message_facts_over_the_profile(context, write_profile):
    write_profile({"weight_kg": 90, "sex": "male"})
    partial = await tools.nutrition_needs(context)
    assert partial["missing"] == ["height", "age"] and "energy" not in partial
    assert partial["protein"]["low_g"] == 75
    full = await tools.nutrition_needs(context, goal="lose", weight_kg=80, height_cm=180, age=40, rate_kg_per_week=3)
    assert full["body"]["weight_kg"] == 80
    assert full["energy"]["rate_capped"] and full["energy"]["target"] >= 1500
    assert "Mifflin-St Jeor" in full["energy"]["method"]
