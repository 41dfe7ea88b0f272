"""An event's record in words, and the paragraphs around its excerpt."""
from dataclasses import replace
from datetime import date

from layers.events import build_events
from layers.record import paragraph_window, plural, record_fields

from .test_compose import event


def test_the_record_is_in_words():
    e = replace(event(), date_start=date(2020, 10, 1), date_end=date(2020, 10, 5), fatalities_best=4,
                fatalities_text="four soldiers")
    fields = dict(record_fields(build_events([e]).iloc[0]).values.tolist())
    assert fields["From"] == "1 October 2020" and fields["To"] == "5 October 2020"
    assert fields["When, how exactly"] == "within those 5 days (no single day given)"
    assert fields["Killed"] == "4" and fields["Killed, in the report's words"] == "four soldiers"
    assert fields["Where, how exactly"] == "the place itself" and fields["Sources"] == "1 outlet"
    assert fields["Claimed by"].startswith("nobody: the outlet reports it")
    assert "Killed, at least" not in fields  # a missing value is left out, never "nan"
    assert "nan" not in " ".join(fields.values()) and "00:00:00" not in " ".join(fields.values())


def test_plural():
    assert plural(1, "event") == "1 event" and plural(2, "event") == "2 events"
    assert plural(1200, "place mention") == "1,200 place mentions"


def test_the_paragraph_of_an_excerpt_and_its_neighbours():
    text = "Title line\n\nFirst paragraph.\n\nThe excerpt is here. More.\n\nNext one.\n\nLast."
    start = text.index("The excerpt")
    end = start + len("The excerpt is here.")
    a, b = paragraph_window(text, start, end)
    assert text[a:b] == "First paragraph.\n\nThe excerpt is here. More.\n\nNext one."
    a, b = paragraph_window(text, start, end, neighbours=0)
    assert text[a:b] == "The excerpt is here. More."
    lines = "One.\nTwo has it.\nThree.\nFour."  # no blank lines: lines are the paragraphs
    a, b = paragraph_window(lines, 5, 8, neighbours=0)
    assert lines[a:b] == "Two has it."
    assert paragraph_window("Only one.", 0, 4) == (0, 9)
    crlf = "A.\r\n\r\nB is it.\r\n\r\nC."
    a, b = paragraph_window(crlf, crlf.index("B"), crlf.index("B") + 1, neighbours=0)
    assert crlf[a:b] == "B is it."
