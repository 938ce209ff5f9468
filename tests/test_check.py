from bot.clinic.check import check_file, overlaps
from bot.faq import parse_faq
from tests.conftest import FIXTURE_PATH
from tests.support.edit import replace_or_fail


def test_fixture_faq_has_no_overlaps(faq):
    assert overlaps(faq) == []


def test_alternative_that_belongs_elsewhere_is_reported():
    text = FIXTURE_PATH.read_text(encoding="utf-8")
    # an alternative of does-it-hurt that is really a question about cost
    text = replace_or_fail(text, "      - is acupuncture painful\n", "      - how much does it cost\n", 1)
    faq, _ = parse_faq(text)
    problems = overlaps(faq)
    assert problems, "the misplaced alternative should be reported"
    line = text[: text.index("      - how much does it cost\n")].count("\n") + 1
    assert any(p.line == line and "'does-it-hurt'" in p.message and "cost" in p.message for p in problems)


def test_check_file_summary(tmp_path):
    result = check_file(FIXTURE_PATH)
    assert result.ok
    assert "OK: 18 entries" in result.lines()[-1]
    broken = tmp_path / "faq.yaml"
    broken.write_text("clinic: [", encoding="utf-8")
    result = check_file(broken)
    assert not result.ok
    assert result.lines()[0].startswith(f"{broken}:1: YAML syntax")
