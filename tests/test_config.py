import pytest

from bot.config import ConfigError, base_url, staff_chat_id, staff_digest, token_from_env


def test_token_from_env_or_file(monkeypatch, tmp_path):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN_FILE", raising=False)
    assert token_from_env() is None
    secret = tmp_path / "token"
    secret.write_text("123:abc\n")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN_FILE", str(secret))
    assert token_from_env() == "123:abc"
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "999:env")
    assert token_from_env() == "999:env"


def test_unreadable_token_file_is_one_clear_error(monkeypatch, tmp_path):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN_FILE", str(tmp_path / "missing"))
    with pytest.raises(ConfigError, match="cannot read"):
        token_from_env()


def test_base_url(monkeypatch):
    monkeypatch.setenv("TELEGRAM_BASE_URL", "http://127.0.0.1:9/bot")
    assert base_url() == "http://127.0.0.1:9/bot"
    monkeypatch.delenv("TELEGRAM_BASE_URL")
    assert base_url() is None


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("api.telegram.org/bot", "needs http:// or https:// at the start"),
        ("localhost:8081/bot", "needs http:// or https:// at the start"),
        ("https:/api.telegram.org/bot", "needs // after https:"),
        ("ftp://example.org/bot", "should start with http:// or https://, not ftp://"),
        ("http://", "has no host name after the //"),
        ("http://127.0.0.1:abc/bot", "is not a valid URL (Port could not be cast to integer value as 'abc')"),
        ("http://127.0.0.1:70000/bot", "is not a valid URL (Port out of range 0-65535)"),
        ("http://[::1/bot", "is not a valid URL (Invalid IPv6 URL)"),
        ("http://api.tele gram.org/bot", "has a space or an invisible character in it"),
        ("https://api.telegram.org", "should end in /bot (the token is added straight after it)"),
    ],
)
def test_a_base_url_that_can_never_work_is_one_clear_error(monkeypatch, url, problem):
    monkeypatch.setenv("TELEGRAM_BASE_URL", url)
    with pytest.raises(ConfigError) as raised:
        base_url()
    assert str(raised.value) == f"TELEGRAM_BASE_URL={url!r} {problem}, such as https://api.telegram.org/bot"


@pytest.mark.parametrize("url", ["HTTPS://api.telegram.org/bot", "http://[::1]:8081/bot", "http://h/{token}/x"])
def test_a_usable_base_url_is_taken_as_it_is(monkeypatch, url):
    monkeypatch.setenv("TELEGRAM_BASE_URL", f"  {url} ")
    assert base_url() == url


@pytest.mark.parametrize(("raw", "chat"), [("", None), ("  ", None), ("-1001234567890", -1001234567890), (" 42 ", 42)])
def test_staff_chat_id_is_a_whole_number_or_unset(monkeypatch, raw, chat):
    monkeypatch.setenv("STAFF_CHAT_ID", raw)
    assert staff_chat_id() == chat


@pytest.mark.parametrize("raw", ["staff", "-100 123", "1.5", "1_000", "@clinic_staff"])
def test_a_bad_staff_chat_id_says_what_it_should_be(monkeypatch, raw):
    monkeypatch.setenv("STAFF_CHAT_ID", raw)
    with pytest.raises(ConfigError, match=r"STAFF_CHAT_ID=.* should be a chat id, a whole number .*/chatid"):
        staff_chat_id()


@pytest.mark.parametrize(("raw", "weekly"), [("", False), ("off", False), ("Weekly", True)])
def test_staff_digest_is_off_or_weekly(monkeypatch, raw, weekly):
    monkeypatch.setenv("STAFF_CHAT_ID", "-100123")
    monkeypatch.setenv("STAFF_DIGEST", raw)
    assert staff_digest() is weekly


def test_a_bad_staff_digest_says_what_it_should_be(monkeypatch):
    monkeypatch.setenv("STAFF_DIGEST", "daily")
    with pytest.raises(ConfigError, match=r"STAFF_DIGEST='daily' should be off or weekly"):
        staff_digest()
    monkeypatch.setenv("STAFF_DIGEST", "weekly")
    monkeypatch.delenv("STAFF_CHAT_ID", raising=False)
    with pytest.raises(ConfigError, match="STAFF_DIGEST=weekly needs STAFF_CHAT_ID"):
        staff_digest()
