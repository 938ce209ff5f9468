"""999 signs beyond cauda equina: chest pain, and a serious accident or fall, with back pain.

Same format as `triage_words` (entries separated by "|", `*` for any ending).
"""

from __future__ import annotations

from bot.understanding.triage_tags import Tag
from bot.understanding.triage_tags import words as _words

ALARM_WORDS: dict[Tag, tuple[str, ...]] = {
    Tag.CHEST: _words("chest | chest pain | tight chest | chest tightness | chest is tight"),
    Tag.TRAUMA: _words(
        "car crash | car accident | crash | crashed | collision | road accident | hit by | knocked off | "
        "knocked down | fell off | fell from | fell down | fall from | fall off | fall down | bad fall | "
        "slipped down | tumbled down | went into the back of | into the back of us | rear ended | shunted | "
        "nasty fall | serious fall | serious accident | big fall | a fall | fallen | came off | thrown off | "
        "landed on my back | off a ladder | off the ladder | rugby tackle | motorbike accident | "
        "accident at work | whiplash | rta | threw me | thrown from | was thrown | came off my horse | "
        "fell off my horse | landed flat on my back | landed on | landed hard | hit my back | tackled | "
        "heard a crack | heard something crack | felt a crack | tumble | took a tumble | fell on my back | "
        "dropped a weight on my back | bar fell on my back | weight fell on my back"
    ),
}
