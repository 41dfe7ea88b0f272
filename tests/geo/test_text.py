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
