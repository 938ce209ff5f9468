"""A small, strict Telegram Bot API emulator for end-to-end tests, on 127.0.0.1.

Shared on purpose by the tests and `bench/`. It speaks the real HTTP API to
python-telegram-bot (long polling with offsets, form or JSON bodies) and is strict
where Telegram is: message length after entity parsing, HTML entities, callback_data
size, unchanged edits, double answers to one callback query; errors carry Telegram's
own descriptions. Tests play the user through its Python methods and read what the
bot sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

BOT_ID = 7000001
BOT_USERNAME = "clinic_test_bot"
HTML_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler", "span",
             "blockquote", "tg-emoji"}  # fmt: skip
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{5,32}\b")  # what Telegram turns into a mention entity
_BARE_AMPERSAND = re.compile(r"&(?![a-zA-Z]+;|#\d+;|#x[0-9a-fA-F]+;)")
QUERY_INVALID = "Bad Request: query is too old and response timeout expired or query ID is invalid"


class ApiError(Exception):
    def __init__(self, description: str, code: int = 400, retry_after: int | None = None):
        super().__init__(description)
        self.description = description
        self.code = code
        self.retry_after = retry_after


class _StrictHtml(HTMLParser):
    """Parses Telegram HTML the way the API does, collecting the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.text: list[str] = []
        self.stack: list[str] = []
        self.error: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in HTML_TAGS:
            self.error = self.error or f'Unsupported start tag "{tag}"'
        if tag == "a" and not dict(attrs).get("href"):
            self.error = self.error or "Can't find href in a tag"
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.error = self.error or f'Unexpected end tag "{tag}"'
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "<" in data or ">" in data:
            self.error = self.error or "Unexpected character in text"
        self.text.append(data)

    def handle_entityref(self, name: str) -> None:
        known = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
        if name not in known:
            self.error = self.error or f'Unsupported HTML entity "&{name};"'
        self.text.append(known.get(name, ""))

    def handle_charref(self, name: str) -> None:
        self.text.append("?")


def parse_html(text: str) -> str:
    """The visible text of an HTML message, or ApiError as Telegram would send it."""
    bare = _BARE_AMPERSAND.search(text)  # an & that starts no entity: Telegram refuses these
    if bare:
        raise ApiError(f"Bad Request: can't parse entities: Unsupported HTML entity at byte offset {bare.start()}")
    parser = _StrictHtml()
    parser.feed(text)
    parser.close()
    if parser.error is None and parser.stack:
        parser.error = f'Can\'t find end tag corresponding to start tag "{parser.stack[-1]}"'
    if parser.error:
        raise ApiError(f"Bad Request: can't parse entities: {parser.error}")
    return "".join(parser.text)


@dataclass
class SentMessage:
    message_id: int
    chat_id: int
    text: str  # visible text, entities parsed
    html: str  # what the bot sent
    reply_markup: dict | None
    edited: int = 0
    at: float = field(default_factory=time.perf_counter)  # when the bot sent it
    reply_to: int | None = None  # the message it quotes (reply_parameters)
    thread_id: int | None = None  # the forum topic it was sent to (message_thread_id)

    def buttons(self) -> list[dict]:
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [button for row in rows for button in row]

    def button(self, label_part: str) -> dict:
        for button in self.buttons():
            if label_part.lower() in button["text"].lower():
                return button
        raise AssertionError(f"no button containing {label_part!r} in {[b['text'] for b in self.buttons()]}")


@dataclass
class Emulator:
    token: str
    updates: list[dict] = field(default_factory=list)
    sent: list[SentMessage] = field(default_factory=list)
    callback_answers: dict[str, dict] = field(default_factory=dict)
    inline_answers: dict[str, list[dict]] = field(default_factory=dict)
    calls: list[str] = field(default_factory=list)
    bot_settings: dict[str, Any] = field(default_factory=dict)
    webhook: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    confirmed: int = 0  # the highest getUpdates offset: every update below it was confirmed
    first_message_id: int = 1  # a distinctive start lets a test look for message ids where none belong

    def __post_init__(self) -> None:
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(self.first_message_id)
        self._query_ids = itertools.count(1)
        self._new_update = asyncio.Condition()
        self._new_sent = asyncio.Condition()
        self._open_queries: set[str] = set()
        self.messages: dict[tuple[int, int], SentMessage] = {}
        self.user_messages: dict[tuple[int, int], dict] = {}  # what the patients sent, by (chat, message id)
        self.forums: set[int] = set()  # chats that are forum supergroups
        self.blocked: set[int] = set()  # users who blocked the bot: sending to them is Forbidden
        self.admins: set[tuple[int, int]] = set()  # (group, user): getChatMember says that user owns the group
        self.chat_commands: dict[int, list[dict]] = {}  # command menus set for one chat (BotCommandScopeChat)
        self.url = ""
        self._runner: web.AppRunner | None = None
        self._stopping = False

    # ------------------------------------------------------------ server

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Serve on `port` (any free one by default; the same one again after `stop`, as after an outage)."""
        self._stopping = False
        app = web.Application(client_max_size=10 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        real_port = site._server.sockets[0].getsockname()[1]
        self.port = real_port
        self.url = f"http://{host}:{real_port}/bot"

    async def stop(self) -> None:
        """Answer every pending long poll at once, then close: teardown never waits out a poll."""
        async with self._new_update:
            self._stopping = True
            self._new_update.notify_all()
        if self._runner:
            await self._runner.cleanup()

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            body = await request.json()
            return dict(body or {})
        data = dict(await request.post()) if request.can_read_body else {}
        data.update(request.query)
        out: dict[str, Any] = {}
        for key, value in data.items():
            if (isinstance(value, str) and value[:1] in "[{") or value in ("true", "false"):
                with contextlib.suppress(ValueError):
                    value = json.loads(value)
            out[key] = value
        return out

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        handler = getattr(self, "api_" + method.lower(), None)
        if handler is None:
            return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)
        self.calls.append(method)
        try:
            result = await handler(await self._params(request))
        except ApiError as error:
            async with self._new_sent:  # so wait_until can wait for an error too
                self.errors.append(f"{method}: {error.description}")
                self._new_sent.notify_all()
            payload: dict[str, Any] = {"ok": False, "error_code": error.code, "description": error.description}
            if error.retry_after is not None:
                payload["parameters"] = {"retry_after": error.retry_after}
            return web.json_response(payload, status=error.code)
        return web.json_response({"ok": True, "result": result})

    # ------------------------------------------------------------ Bot API methods

    async def api_getme(self, _: dict) -> dict:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Clinic Helper",
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }

    async def api_getupdates(self, params: dict) -> list[dict]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        if offset:
            self.confirmed = max(self.confirmed, offset)
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        deadline = time.monotonic() + timeout
        async with self._new_update:
            while not self.updates and not self._stopping and time.monotonic() < deadline:
                try:
                    await asyncio.wait_for(self._new_update.wait(), deadline - time.monotonic())
                except TimeoutError:
                    break
        return self.updates[:limit]

    async def api_deletewebhook(self, _: dict) -> bool:
        self.webhook = {}
        return True

    async def api_setwebhook(self, params: dict) -> bool:
        self.webhook = params
        return True

    async def api_setmycommands(self, params: dict) -> bool:
        """The default menu in `bot_settings["commands"]`; one chat's (BotCommandScopeChat) in `chat_commands`."""
        commands = params.get("commands")
        if not isinstance(commands, list) or not commands:
            raise ApiError("Bad Request: commands must be a non-empty list")
        scope = params.get("scope") or {"type": "default"}
        if scope.get("type") == "chat":
            self.chat_commands[int(scope["chat_id"])] = commands
        elif scope.get("type") == "default":
            self.bot_settings["commands"] = commands
        else:
            raise ApiError(f"Bad Request: the emulator does not know the scope {scope.get('type')!r}")
        return True

    async def api_getchatmember(self, params: dict) -> dict:
        """Members of a group are plain members unless a test named them in `admins` (as its owner)."""
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        if chat_id > 0 and chat_id != user_id:
            raise ApiError("Bad Request: chat not found")
        owner = (chat_id, user_id) in self.admins
        status = {"status": "creator", "is_anonymous": False} if owner else {"status": "member"}
        return {**status, "user": self._user(user_id)}

    async def api_setmydescription(self, params: dict) -> bool:
        if len(params.get("description", "")) > 512:
            raise ApiError("Bad Request: description is too long")
        self.bot_settings["description"] = params.get("description", "")
        return True

    async def api_setmyshortdescription(self, params: dict) -> bool:
        if len(params.get("short_description", "")) > 120:
            raise ApiError("Bad Request: short description is too long")
        self.bot_settings["short_description"] = params.get("short_description", "")
        return True

    def _check_markup(self, reply_markup: Any) -> dict | None:
        if reply_markup in (None, ""):
            return None
        if isinstance(reply_markup, str):
            reply_markup = json.loads(reply_markup)
        for row in reply_markup.get("inline_keyboard", []):
            for button in row:
                if not button.get("text"):
                    raise ApiError("Bad Request: text buttons are unallowed in the inline keyboard")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise ApiError("Bad Request: BUTTON_DATA_INVALID")
                url = button.get("url")
                if url is not None and not url.startswith(("http://", "https://", "tg://")):
                    raise ApiError("Bad Request: BUTTON_URL_INVALID")
                if data is None and url is None:
                    raise ApiError(
                        'Bad Request: can\'t parse inline keyboard button: Field "url" must be of type String'
                    )
        return reply_markup

    def _visible(self, text: Any, parse_mode: Any) -> str:
        if not isinstance(text, str) or not text.strip():
            raise ApiError("Bad Request: message text is empty")
        visible = parse_html(text) if str(parse_mode).upper() == "HTML" else text
        if not visible.strip():
            raise ApiError("Bad Request: message text is empty")
        if len(visible) > 4096:
            raise ApiError("Bad Request: message is too long")
        return visible

    def _reply_target(self, chat_id: int, params: dict) -> int | None:
        reply = params.get("reply_parameters")
        if isinstance(reply, str):
            reply = json.loads(reply)
        if not reply:
            return None
        target = int(reply["message_id"])
        known = (chat_id, target) in self.user_messages or (chat_id, target) in self.messages
        if not known and not reply.get("allow_sending_without_reply"):
            raise ApiError("Bad Request: message to be replied not found")
        return target if known else None

    def _thread(self, chat_id: int, params: dict) -> int | None:
        thread = params.get("message_thread_id")
        if thread in (None, ""):
            return None
        if chat_id not in self.forums:
            raise ApiError("Bad Request: message thread not found")
        return int(thread)

    async def api_sendmessage(self, params: dict) -> dict:
        chat_id = int(params["chat_id"])
        if chat_id in self.blocked:
            raise ApiError("Forbidden: bot was blocked by the user", 403)
        visible = self._visible(params.get("text"), params.get("parse_mode"))
        reply_markup = self._check_markup(params.get("reply_markup"))
        reply_to, thread_id = self._reply_target(chat_id, params), self._thread(chat_id, params)
        message = SentMessage(next(self._message_ids), chat_id, visible, params["text"], reply_markup)
        message.reply_to, message.thread_id = reply_to, thread_id
        self.messages[(chat_id, message.message_id)] = message
        async with self._new_sent:
            self.sent.append(message)
            self._new_sent.notify_all()
        return self._message_json(message)

    async def api_editmessagetext(self, params: dict) -> dict:
        key = (int(params["chat_id"]), int(params["message_id"]))
        message = self.messages.get(key)
        if message is None:
            raise ApiError("Bad Request: message to edit not found")
        visible = self._visible(params.get("text"), params.get("parse_mode"))
        reply_markup = self._check_markup(params.get("reply_markup"))
        if visible == message.text and reply_markup == message.reply_markup:
            raise ApiError(NOT_MODIFIED)
        message.text, message.html, message.reply_markup = visible, params["text"], reply_markup
        message.edited += 1
        async with self._new_sent:
            self._new_sent.notify_all()
        return self._message_json(message)

    async def api_editmessagereplymarkup(self, params: dict) -> dict:
        key = (int(params["chat_id"]), int(params["message_id"]))
        message = self.messages.get(key)
        if message is None:
            raise ApiError("Bad Request: message to edit not found")
        reply_markup = self._check_markup(params.get("reply_markup"))
        if reply_markup == message.reply_markup:
            raise ApiError(NOT_MODIFIED)
        message.reply_markup = reply_markup
        message.edited += 1
        async with self._new_sent:
            self._new_sent.notify_all()
        return self._message_json(message)

    async def api_answercallbackquery(self, params: dict) -> bool:
        query_id = str(params["callback_query_id"])
        if query_id not in self._open_queries:
            raise ApiError(QUERY_INVALID)
        self._open_queries.discard(query_id)
        self.callback_answers[query_id] = params
        return True

    async def api_answerinlinequery(self, params: dict) -> bool:
        query_id = str(params["inline_query_id"])
        if query_id not in self._open_queries:
            raise ApiError(QUERY_INVALID)
        results = params.get("results") or []
        if isinstance(results, str):
            results = json.loads(results)
        if len(results) > 50:
            raise ApiError("Bad Request: RESULTS_TOO_MUCH")
        ids = [r.get("id", "") for r in results]
        if len(set(ids)) != len(ids) or any(not 1 <= len(i.encode()) <= 64 for i in ids):
            raise ApiError("Bad Request: RESULT_ID_INVALID")
        for result in results:
            content = result.get("input_message_content", {})
            self._visible(content.get("message_text"), content.get("parse_mode"))
        self._open_queries.discard(query_id)
        self.inline_answers[query_id] = results
        return True

    # ------------------------------------------------------------ playing the user

    def _user(self, user_id: int) -> dict:
        return {
            "id": user_id,
            "is_bot": False,
            "first_name": f"Patient{user_id}",
            "username": f"patient_{user_id}",
            "language_code": "en",
        }

    def _chat(self, chat_id: int, user_id: int, chat_type: str) -> dict:
        if chat_type == "private":
            return {"id": chat_id, "type": "private", "first_name": f"Patient{user_id}"}
        if chat_id in self.forums:
            return {"id": chat_id, "type": "supergroup", "title": "Back pain support group", "is_forum": True}
        return {"id": chat_id, "type": chat_type, "title": "Back pain support group"}

    def _message_json(self, message: SentMessage) -> dict:
        chat_type = "private" if message.chat_id > 0 else "group"
        out: dict[str, Any] = {
            "message_id": message.message_id,
            "from": self.api_getme_sync(),
            "chat": self._chat(message.chat_id, message.chat_id, chat_type),
            "date": int(time.time()),
            "text": message.text,
        }
        if message.reply_markup:
            out["reply_markup"] = message.reply_markup
        if message.edited:
            out["edit_date"] = int(time.time())
        if message.thread_id is not None:
            out.update(message_thread_id=message.thread_id, is_topic_message=True)
        return out

    def api_getme_sync(self) -> dict:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Clinic Helper", "username": BOT_USERNAME}

    async def push(self, update: dict) -> dict:
        update["update_id"] = next(self._update_ids)
        async with self._new_update:
            self.updates.append(update)
            self._new_update.notify_all()
        return update

    def _from_user(
        self, user_id: int, chat_id: int | None, chat_type: str, thread_id: int | None, reply_to: SentMessage | None
    ) -> dict[str, Any]:
        chat_id = chat_id if chat_id is not None else user_id
        if chat_id < 0 and chat_type == "private":
            chat_type = "group"
        if thread_id is not None:
            self.forums.add(chat_id)
            chat_type = "supergroup"
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "from": self._user(user_id),
            "chat": self._chat(chat_id, user_id, chat_type),
            "date": int(time.time()),
        }
        if thread_id is not None:
            message.update(message_thread_id=thread_id, is_topic_message=True)
        if reply_to is not None:
            message["reply_to_message"] = self._message_json(reply_to)
        return message

    @staticmethod
    def _entities(text: str, mention_bot_by_name: str | None = None) -> list[dict]:
        """Entities as Telegram makes them: /command at the start, every @username; offsets in UTF-16."""

        def units(part: str) -> int:
            return len(part.encode("utf-16-le")) // 2

        found = []
        if text.startswith("/"):
            found.append({"type": "bot_command", "offset": 0, "length": units(text.split()[0])})
        for match in _MENTION.finditer(text):
            found.append({"type": "mention", "offset": units(text[: match.start()]), "length": units(match.group())})
        if mention_bot_by_name and mention_bot_by_name in text:  # a tap on the bot's name: a text_mention
            at = text.index(mention_bot_by_name)
            found.append(
                {"type": "text_mention", "offset": units(text[:at]), "length": units(mention_bot_by_name),
                 "user": {"id": BOT_ID, "is_bot": True, "first_name": mention_bot_by_name}}
            )  # fmt: skip
        return sorted(found, key=lambda e: e["offset"])

    async def _push_message(self, message: dict, *, edited: bool = False) -> dict:
        self.user_messages[(message["chat"]["id"], message["message_id"])] = message
        return await self.push({"edited_message" if edited else "message": message})

    async def send_text(
        self,
        text: str,
        user_id: int = 1001,
        chat_id: int | None = None,
        chat_type: str = "private",
        reply_to: SentMessage | None = None,
        thread_id: int | None = None,
        text_mention: str | None = None,
    ) -> dict:
        """A patient's text message; `thread_id` makes the chat a forum and posts in that topic,
        `text_mention` is a part of `text` that mentions the bot by name (no @username)."""
        message = self._from_user(user_id, chat_id, chat_type, thread_id, reply_to)
        message["text"] = text
        entities = self._entities(text, text_mention)
        if entities:
            message["entities"] = entities
        return await self._push_message(message)

    async def edit(self, update: dict, new_text: str) -> dict:
        """The patient edits a message they sent (its text, or a media message's caption)."""
        message = dict(update.get("message") or update["edited_message"])
        key = "caption" if "caption" in message else "text"
        message[key] = new_text
        message.pop("entities" if key == "text" else "caption_entities", None)
        entities = self._entities(new_text)
        if entities:
            message["entities" if key == "text" else "caption_entities"] = entities
        message["edit_date"] = int(time.time())
        return await self._push_message(message, edited=True)

    async def send_other(
        self,
        kind: str,
        user_id: int = 1001,
        chat_id: int | None = None,
        caption: str | None = None,
        chat_type: str = "private",
        reply_to: SentMessage | None = None,
    ) -> dict:
        """A non-text message: sticker, photo, voice, video, location, document or contact."""
        payloads = {
            "sticker": {"sticker": {"file_id": "s1", "file_unique_id": "s1u", "type": "regular", "width": 512,
                                    "height": 512, "is_animated": False, "is_video": False}},
            "photo": {"photo": [{"file_id": "p1", "file_unique_id": "p1u", "width": 90, "height": 90}]},
            "voice": {"voice": {"file_id": "v1", "file_unique_id": "v1u", "duration": 3}},
            "video": {"video": {"file_id": "w1", "file_unique_id": "w1u", "width": 640, "height": 480,
                                "duration": 5}},
            "location": {"location": {"latitude": 52.04, "longitude": -0.76}},
            "document": {"document": {"file_id": "d1", "file_unique_id": "d1u", "file_name": "scan.pdf"}},
            "contact": {"contact": {"phone_number": "+447700900123", "first_name": f"Patient{user_id}",
                                    "user_id": user_id}},
        }  # fmt: skip
        message = {**self._from_user(user_id, chat_id, chat_type, None, reply_to), **payloads[kind]}
        if caption is not None:
            message["caption"] = caption
            entities = self._entities(caption)
            if entities:
                message["caption_entities"] = entities
        return await self._push_message(message)

    async def press(self, message: SentMessage, callback_data: str, user_id: int = 1001) -> str:
        query_id = str(next(self._query_ids))
        self._open_queries.add(query_id)
        await self.push(
            {
                "callback_query": {
                    "id": query_id,
                    "from": self._user(user_id),
                    "message": self._message_json(message),
                    "chat_instance": f"ci{message.chat_id}",
                    "data": callback_data,
                }
            }
        )
        return query_id

    async def inline(self, query: str, user_id: int = 1001) -> str:
        query_id = str(next(self._query_ids))
        self._open_queries.add(query_id)
        await self.push({"inline_query": {"id": query_id, "from": self._user(user_id), "query": query, "offset": ""}})
        return query_id

    # ------------------------------------------------------------ reading what the bot did

    def sent_to(self, chat_id: int) -> list[SentMessage]:
        return [m for m in self.sent if m.chat_id == chat_id]

    async def wait_for_messages(self, chat_id: int, count: int, timeout: float = 10.0) -> list[SentMessage]:
        """Wait until `chat_id` has received `count` messages in all; return them."""
        async with self._new_sent:
            await asyncio.wait_for(self._new_sent.wait_for(lambda: len(self.sent_to(chat_id)) >= count), timeout)
        return self.sent_to(chat_id)

    async def wait_until(self, predicate, timeout: float = 10.0) -> None:
        async with self._new_sent:
            await asyncio.wait_for(self._new_sent.wait_for(predicate), timeout)

    async def wait_for_answer(self, query_id: str, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while query_id not in self.callback_answers and query_id not in self.inline_answers:
            if time.monotonic() > deadline:
                raise TimeoutError(f"query {query_id} was never answered")
            await asyncio.sleep(0.01)
