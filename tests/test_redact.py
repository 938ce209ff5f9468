import pytest

from bot.clinic.redact import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call me on 07700 900123 please", "call me on [number] please"),
        ("my number is +44 7700 900123", "my number is [number]"),
        ("email jo.bloggs+x@example.co.uk now", "email [email] now"),
        ("see https://example.com/a?b=c or www.x.org", "see [link] or [link]"),
        ("NHS no 485 777 3456", "NHS no [number]"),
        ("I am 45 and it hurt for 3 weeks", "I am 45 and it hurt for 3 weeks"),
    ],
)
def test_redact(text, expected):
    assert redact(text) == expected
