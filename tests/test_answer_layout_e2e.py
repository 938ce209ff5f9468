"""What staff write is what patients see, through the real Application and the strict emulator."""

from __future__ import annotations

from tests.conftest import RunningBot
from tests.support.edit import edit_file


async def test_line_breaks_bullets_and_links_reach_telegram_as_written(running_bot: RunningBot, faq_copy):
    edit_file(
        faq_copy,
        "      relaxing.\n",
        "      relaxing.\n      Note: tell us if you faint easily.\n      - loose clothes\n      * a drink\n\n"
        "      See [the NHS page](https://www.nhs.uk/conditions/sciatica/) for more.\n",
    )
    running_bot.engine.reload()
    await running_bot.emulator.send_text("does acupuncture hurt", user_id=1001)
    (answer,) = await running_bot.emulator.wait_for_messages(1001, 1)
    written = "relaxing.\nNote: tell us if you faint easily.\n• loose clothes\n• a drink\n\nSee the NHS page for more."
    assert written in answer.text
    assert '<a href="https://www.nhs.uk/conditions/sciatica/">the NHS page</a>' in answer.html
