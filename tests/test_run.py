"""The process's own pieces, without a process: the webhook secret and background-task crashes."""

from __future__ import annotations

import asyncio
import logging
import re

import pytest

from bot.telegram.run import _report_crash, derived_secret
from tests.support.harness import TOKEN


def test_the_derived_webhook_secret_is_stable_allowed_by_telegram_and_hides_the_token():
    secret = derived_secret(TOKEN)
    assert secret == derived_secret(TOKEN) and secret != derived_secret(TOKEN + "x")
    assert re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret)  # Telegram's rule for secret_token
    assert TOKEN.split(":")[1] not in secret


async def test_a_background_task_that_dies_is_logged_at_once(caplog: pytest.LogCaptureFixture):
    async def broken() -> None:
        raise RuntimeError("bug")

    task = asyncio.create_task(broken(), name="faq-watcher")
    task.add_done_callback(_report_crash)
    await asyncio.gather(task, return_exceptions=True)
    await asyncio.sleep(0)
    (record,) = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert record.getMessage() == "the faq-watcher task stopped" and record.exc_info is not None
