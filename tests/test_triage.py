import pytest

from bot.understanding.triage import triage

URGENT = [
    "numbness around my genitals",
    "I can't feel anything in my groin",
    "numbnes around my genitels",
    "my saddle area is numb",
    "I have sciatica in both legs",
    "pain down both legs and getting worse",
    "both my legs are weak",
    "I can't pee since this morning",
    "trouble starting to urinate",
    "I wet myself without noticing",
    "I can't control my bowels",
    "I don't notice when I need a poo",
    "I think I have cauda equina",
    "Does acupuncture hurt? Also I have had numbness around my anus since yesterday and I'm scared",
]
NOT_URGENT = [
    "can sciatica affect both legs?",
    "does the sciatic nerve run down both legs",
    "numbness at the bottom of my foot",
    "does acupuncture hurt",
    "I have pain in my bum going down one leg",
    "what is sciatica",
    "I have had sciatica for 3 weeks",
]


@pytest.mark.parametrize("text", URGENT)
def test_red_flags_are_urgent(text):
    assert triage(text).urgent, text


@pytest.mark.parametrize("text", NOT_URGENT)
def test_ordinary_questions_are_not_urgent(text):
    assert not triage(text).urgent, text


def test_rule_name_not_text_is_reported():
    result = triage("numb groin")
    assert result.rule == "saddle-numbness"
