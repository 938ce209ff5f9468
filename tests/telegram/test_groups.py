"""Groups as Telegram users expect: only a real mention or a reply to the bot is a question,
the answer quotes the asking message and stays in its forum topic, and /start and /help
say how to ask there."""

from __future__ import annotations

from tests.conftest import RunningBot
from tests.support.emulator import BOT_USERNAME
from tests.telegram.patient import is_emergency, nothing_more, replies_to

GROUP = -5001
RED_FLAG = "since yesterday I can't feel anything around my bum and I can't pee"


async def test_red_flag_after_a_mention_gets_the_999_reply_quoting_it(running_bot: RunningBot):
    emu = running_bot.emulator
    sent = emu.send_text(f"@{BOT_USERNAME} {RED_FLAG}", user_id=1002, chat_id=GROUP, chat_type="group")
    (reply,) = await replies_to(emu, GROUP, sent)
    assert is_emergency(reply)
    assert reply.reply_to is not None and emu.user_messages[(GROUP, reply.reply_to)]["from"]["id"] == 1002


async def test_red_flag_in_a_reply_to_the_bot_gets_the_999_reply(running_bot: RunningBot):
    emu = running_bot.emulator
    ask = emu.send_text(f"@{BOT_USERNAME} does acupuncture hurt", user_id=1002, chat_id=GROUP, chat_type="group")
    (answer,) = await replies_to(emu, GROUP, ask)
    (reply,) = await replies_to(
        emu, GROUP, emu.send_text(RED_FLAG, user_id=1003, chat_id=GROUP, chat_type="group", reply_to=answer)
    )
    assert is_emergency(reply)


async def test_red_flag_with_a_mention_by_name_gets_the_999_reply(running_bot: RunningBot):
    emu = running_bot.emulator
    text = f"Clinic Helper {RED_FLAG}"  # picked from the member list: a text_mention, no @username
    sent = emu.send_text(text, user_id=1002, chat_id=GROUP, chat_type="group", text_mention="Clinic Helper")
    (reply,) = await replies_to(emu, GROUP, sent)
    assert is_emergency(reply)


async def test_red_flag_in_a_group_caption_with_a_mention(running_bot: RunningBot):
    emu = running_bot.emulator
    caption = f"@{BOT_USERNAME} {RED_FLAG}"
    sent = emu.send_other("photo", user_id=1002, chat_id=GROUP, chat_type="group", caption=caption)
    (reply,) = await replies_to(emu, GROUP, sent)
    assert is_emergency(reply)


async def test_a_lookalike_username_or_no_mention_is_not_a_question(running_bot: RunningBot):
    emu = running_bot.emulator
    for text in [f"follow @{BOT_USERNAME}fans for tips", "does acupuncture hurt", f"{BOT_USERNAME} is great"]:
        await emu.send_text(text, user_id=1002, chat_id=GROUP, chat_type="group")
    await emu.send_other("photo", user_id=1002, chat_id=GROUP, chat_type="group", caption="does it hurt")
    await emu.send_other("sticker", user_id=1002, chat_id=GROUP, chat_type="group")
    await nothing_more(emu, GROUP, 0)


async def test_a_mention_with_an_emoji_before_it_is_cut_cleanly(running_bot: RunningBot):
    emu = running_bot.emulator
    sent = emu.send_text(f"🙏🏽 @{BOT_USERNAME} does acupuncture hurt", user_id=1002, chat_id=GROUP, chat_type="group")
    (reply,) = await replies_to(emu, GROUP, sent)
    assert reply.text.startswith("Does acupuncture hurt?")


async def test_a_bare_mention_gets_a_pointer_to_how_to_ask(running_bot: RunningBot):
    emu = running_bot.emulator
    (reply,) = await replies_to(emu, GROUP, emu.send_text(f"@{BOT_USERNAME}", chat_id=GROUP, chat_type="group"))
    assert f"@{BOT_USERNAME} does acupuncture hurt?" in reply.text and "/help" in reply.text
    assert "don't know" not in reply.text


async def test_answers_stay_in_the_forum_topic(running_bot: RunningBot):
    emu = running_bot.emulator
    forum, topic = -1009001, 77
    sent = emu.send_text(f"@{BOT_USERNAME} what is sciatica", chat_id=forum, chat_type="supergroup", thread_id=topic)
    (answer,) = await replies_to(emu, forum, sent)
    assert answer.text.startswith("What is sciatica?")
    assert answer.thread_id == topic and answer.reply_to is not None
    related = answer.buttons()[0]
    (opened,) = await replies_to(emu, forum, emu.press(answer, related["callback_data"]))
    assert opened.thread_id == topic and opened.text.startswith(related["text"])
    assert emu.errors == []


async def test_group_start_and_help_say_how_to_ask_here(running_bot: RunningBot):
    emu = running_bot.emulator
    for command in (f"/start@{BOT_USERNAME}", f"/help@{BOT_USERNAME}"):
        (reply,) = await replies_to(emu, GROUP, emu.send_text(command, chat_id=GROUP, chat_type="group"))
        assert f"In this group, write @{BOT_USERNAME} before your question" in reply.text
        assert "reply to one of my messages" in reply.text and reply.reply_to is not None
    (private,) = await replies_to(emu, 1001, emu.send_text("/help"))
    assert "In this group" not in private.text and private.reply_to is None


async def test_unknown_commands_in_a_group_answer_only_when_meant_for_the_bot(running_bot: RunningBot):
    emu = running_bot.emulator
    await emu.send_text("/weather", chat_id=GROUP, chat_type="group")  # maybe another bot's
    await emu.send_text("/foo@some_other_bot", chat_id=GROUP, chat_type="group")
    (reply,) = await replies_to(emu, GROUP, emu.send_text(f"/foo@{BOT_USERNAME}", chat_id=GROUP, chat_type="group"))
    assert "/help" in reply.text
    await nothing_more(emu, GROUP, 1)


async def test_a_photo_captioned_only_with_the_mention_points_to_999(running_bot: RunningBot):
    emu = running_bot.emulator
    sent = emu.send_other("photo", chat_id=GROUP, chat_type="group", caption=f"@{BOT_USERNAME}")
    (reply,) = await replies_to(emu, GROUP, sent)
    assert "only read text" in reply.text and "call 999 or go to a&e" in reply.text.lower()
