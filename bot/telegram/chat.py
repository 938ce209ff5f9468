"""Reading one Telegram message: the patient's text (typed, edited or a photo's caption),
whether a group message is meant for the bot (a real mention entity or a reply to the bot,
never a substring), and where the answer goes (quoting the question, inside its forum topic)."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Message, MessageEntity
from telegram.constants import ChatType, MessageEntityType

MENTIONS = (MessageEntityType.MENTION, MessageEntityType.TEXT_MENTION)


@dataclass(frozen=True, slots=True)
class Where:
    """Where a reply goes: the chat, the message it quotes, and the forum topic it stays in."""

    chat_id: int
    reply_to: int | None = None
    thread_id: int | None = None


def is_private(message: Message) -> bool:
    return message.chat.type == ChatType.PRIVATE


def where(message: Message, *, quote: bool) -> Where:
    """Answer in the message's forum topic (a plain group's reply chains have no topic)."""
    thread = message.message_thread_id if message.is_topic_message else None
    return Where(message.chat_id, message.message_id if quote else None, thread)


def _is_us(entity: MessageEntity, value: str, bot_id: int, bot_username: str) -> bool:
    if entity.type == MessageEntityType.TEXT_MENTION:
        return entity.user is not None and entity.user.id == bot_id
    return value.lower() == f"@{bot_username}".lower()


def _cut(text: str, entities: list[MessageEntity]) -> str:
    """`text` without the given entities; their offsets count UTF-16 code units."""
    units = text.encode("utf-16-le")
    for entity in sorted(entities, key=lambda e: -e.offset):
        units = units[: entity.offset * 2] + b" \x00" + units[(entity.offset + entity.length) * 2 :]
    return " ".join(units.decode("utf-16-le").split())


def addressed(message: Message, bot_id: int, bot_username: str) -> str | None:
    """The text meant for the bot: all of it in a private chat; in a group, only a message
    that mentions the bot (mention removed) or replies to it. None: not for us."""
    text = message.text if message.text is not None else message.caption or ""
    if is_private(message):
        return text
    found = message.parse_entities(MENTIONS) if message.text is not None else message.parse_caption_entities(MENTIONS)
    ours = [entity for entity, value in found.items() if _is_us(entity, value, bot_id, bot_username)]
    if ours:
        return _cut(text, ours)
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return text
    return None


def command_target(message: Message, bot_username: str) -> str | None:
    """The name of a /command meant for this bot ("/menu@thebot" or, in a private chat, "/menu")."""
    first = (message.text or "").split(maxsplit=1)[0] if message.text else ""
    name, _, at = first.removeprefix("/").partition("@")
    if at:
        return name if at.lower() == bot_username.lower() else None
    return name if is_private(message) else None
