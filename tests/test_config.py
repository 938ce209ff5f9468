import pytest

from bot.config import ConfigError, base_url, token_from_env


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
