import pytest

from geo.text import fold, name_key, tokenize


def test_tokens_index_the_text_exactly():
    text = "Charleston, W.Va., and Nagorno-Karabakh\u2019s St. Louis"
    tokens = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert [t.key for t in tokens][:3] == ["charleston", "wva", "and"]


@pytest.mark.parametrize("name, key", [
    ("Nagorno-Karabakh", "nagorno karabakh"),
    ("Nagorno Karabakh", "nagorno karabakh"),
    ("Şuşa", "susa"),
    ("U.S.", "us"),
    ("St. Louis", "st louis"),
])
def test_name_keys(name, key):
    assert name_key(name) == key


def test_fold_strips_marks_and_case():
    assert fold("Genève") == "geneve"
    assert fold("Dağlık") == "daglik"


def test_fold_writes_letters_without_marks_as_english_does():
    assert fold("Tərtər") == "terter" and fold("XOCAVƏND") == "xocavend"  # Azerbaijani schwa
    assert name_key("Ağdərə") == "agdere"


def test_within_finds_the_items_starting_in_a_range():
    from geo.text import within

    items, starts = ["a", "b", "c", "d"], [0, 5, 5, 9]
    assert within(items, starts, 5, 9) == ["b", "c"] and within(items, starts, 0, 100) == items
    assert within(items, starts, 6, 9) == [] and within(items, starts, 9, 10) == ["d"]


def test_first_words_cut_each_alternative_where_its_first_word_ends():
    from geo.text import first_words
    assert first_words([r"air strikes?|rall(?:y|ies)|ranjau(?: darat)?|tembak-menembak",
                        r"past\s+attacks?|then\b(?=\s+war)|blew (?:him|her)self up"]) == (
        r"air|rall(?:y|ies)|ranjau(?: darat)?|tembak|past|then|blew")


def test_a_word_gate_opens_where_a_pattern_can_start_and_finds_what_search_finds():
    import re

    from geo.text import Gated, WordGate
    gate = WordGate(r"drones?|air")
    text = "Drones hit. The air strike and a drone-strike; airline."
    assert gate.positions(text) == [0, 16, 33]
    assert gate.positions(text, 10, 30) == [16]
    week = WordGate("week", prefix=True)
    weeks = "a weekend, two weeks"
    assert [weeks[p:p + 4] for p in week.positions(weeks)] == ["week", "week"]
    pattern = re.compile(r"\b(?:air\s+strike|drone)\b", re.I)
    found = Gated({"p": pattern}).matches(text)["p"]
    assert found == [(m.start(), m.end()) for m in pattern.finditer(text)]


def test_any_within_needs_the_whole_span_inside():
    from geo.text import any_within
    spans = [(3, 6), (10, 20)]
    assert any_within(spans, 0, 6) and not any_within(spans, 0, 5) and not any_within(spans, 7, 15)
