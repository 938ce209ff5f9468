from bot import markup


def test_html_is_escaped_and_bold_converted():
    assert markup.to_html("**A&E** <b>") == "<b>A&amp;E</b> &lt;b&gt;"
    assert markup.to_plain("**bold** text") == "bold text"


def test_problems_found():
    assert markup.problems("fine **bold**") == []
    assert "shown as typed" in markup.problems("<b>bold</b>")[0]
    assert "not closed" in markup.problems("**oops")[0]


def test_reflow_joins_wrapped_lines_but_keeps_lists():
    text = "one\ntwo\n\n• a\n  b\n• c"
    assert markup.reflow(text) == "one two\n\n• a b\n• c"


def test_split_keeps_every_chunk_under_the_limit_and_loses_nothing():
    text = "\n\n".join(f"**Part {i}** " + "word & " * 120 for i in range(20))
    chunks = markup.split(text, limit=1000)
    assert len(chunks) > 1
    assert all(len(markup.to_html(c)) <= 1000 for c in chunks)
    joined = " ".join(markup.to_plain(c) for c in chunks)
    assert joined.split() == markup.to_plain(text).split()
