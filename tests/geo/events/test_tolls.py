import pytest

from geo.events.tolls import find_fatalities, parse_number


@pytest.mark.parametrize("text, low, best, high, phrase", [
    ("Sejauh ini, lebih dari 1200 orang dari kedua belah pihak dilaporkan tewas", 1200, 1200, None,
     "lebih dari 1200 orang"),
    ("Ratusan orang dilaporkan telah terbunuh", 200, 200, 999, "Ratusan orang"),
    ("telah berlangsung satu bulan, dengan seribu orang tewas di kedua pihak", 1000, 1000, 1000,
     "seribu orang"),
    ("At least 12 people were killed in the shelling", 12, 12, None, "At least 12 people"),
    ("the strike killed 1,200 soldiers", 1200, 1200, 1200, "1,200 soldiers"),
    ("Serangan itu menewaskan dua ratus tiga orang", 203, 203, 203, "dua ratus tiga orang"),
    ("up to 40 people died", 0, 40, 40, "up to 40 people"),
])
def test_tolls(text, low, best, high, phrase):
    found = find_fatalities(text, 0, len(text))
    assert (found.low, found.best, found.high, found.text) == (low, best, high, phrase)
    assert text[found.start:found.end] == phrase


@pytest.mark.parametrize("text", ["no one was killed", "tidak ada korban tewas", "Rockets hit Baku."])
def test_no_toll(text):
    assert find_fatalities(text, 0, len(text)) is None


def test_number_words():
    assert [parse_number(w) for w in ("1.200", "dua belas", "seratus", "twenty five", "x")] == [
        1200, 12, 100, 25, None]
