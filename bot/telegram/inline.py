"""Inline mode (`@thebot does it hurt` in any chat): the best answers to share as the
patient types, the urgent advice first for a red flag, a way to the clinic when nothing fits."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.ext import ContextTypes

from bot import markup
from bot.replies import Reply
from bot.telegram import shared
from bot.telegram.render import render

INLINE_RESULTS = 5  # a phone shows about this many results above the keyboard
INLINE_TITLE_CHARS = 100  # what Telegram's inline result list shows before cutting
INLINE_DESCRIPTION_CHARS = 120
INLINE_CACHE_SECONDS = 60  # answers change only on a FAQ reload


def _article(n: int, reply: Reply) -> InlineQueryResultArticle:
    title, _, rest = reply.text.partition("\n")
    description = rest.strip().split("\n\n", 1)[0]
    return InlineQueryResultArticle(
        id=reply.faq_id or f"r{n}",
        title=markup.to_plain(title)[:INLINE_TITLE_CHARS],
        description=markup.to_plain(description)[:INLINE_DESCRIPTION_CHARS],
        input_message_content=InputTextMessageContent(render(reply)[0][0]),
    )


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer every keystroke: the engine completes a half-typed last word."""
    query = update.inline_query
    found = shared.engine(context).search(query.query, INLINE_RESULTS)
    results = [_article(n, reply) for n, reply in enumerate(found)]
    await query.answer(results, cache_time=INLINE_CACHE_SECONDS, is_personal=False)
