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


def test_reflow_keeps_line_breaks_after_a_sentence_and_makes_bullets():
    text = "It usually lasts six weeks.\nNote: ask your GP first\nif unsure.\n\n- walk daily\n* keep moving\n\tgently"
    assert markup.reflow(text) == (
        "It usually lasts six weeks.\nNote: ask your GP first if unsure.\n\n• walk daily\n• keep moving gently"
    )
    assert markup.to_html("• a") == "• a"


def test_one_link_syntax_becomes_a_link_and_bad_links_are_problems():
    text = "See [the NHS page](https://www.nhs.uk/conditions/sciatica/?a=1&b=2) & more"
    assert markup.to_html(text) == (
        'See <a href="https://www.nhs.uk/conditions/sciatica/?a=1&amp;b=2">the NHS page</a> &amp; more'
    )
    assert markup.to_plain(text) == "See the NHS page (https://www.nhs.uk/conditions/sciatica/?a=1&b=2) & more"
    assert markup.problems(text) == []
    assert "https://" in markup.problems("see [our page](www.clinic.uk)")[0]


def test_split_never_cuts_inside_a_link():
    link = "[" + "word " * 30 + "](https://example.org/page)"
    text = "filler " * 120 + link
    chunks = markup.split(text, limit=900)
    assert any(link in chunk for chunk in chunks)


def test_a_line_indented_under_a_bullet_continues_it_even_after_a_sentence():
    text = "Please:\n- ask your GP first.\n  Paracetamol is usually fine\n- rest\nThen come in."
    assert markup.reflow(text) == "Please:\n• ask your GP first. Paracetamol is usually fine\n• rest Then come in."
    assert markup.reflow("Who will see you:\nplease ask.") == "Who will see you: please ask."
