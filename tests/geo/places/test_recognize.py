import pytest

from geo.places.recognize import recognize
from geo.text import title_lines


def spans(text, gaz, lang="en"):
    return [(text[h.start:h.end], h.role) for h in recognize(text, gaz, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    # multiword names, longest match, hyphen and space variants
    ("Fighting in Nagorno-Karabakh goes on.", "en", [("Nagorno-Karabakh", "place")]),
    ("Fighting in Nagorno Karabakh goes on.", "en", [("Nagorno Karabakh", "place")]),
    ("Pertempuran di Pegunungan Karabakh.", "id", [("Pegunungan Karabakh", "place")]),
    ("They flew to New York on Monday.", "en", [("New York", "place")]),
    # Indonesian clitic: the span stops before "-nya"
    ("Suasana di Bakunya tenang.", "id", [("Baku", "place")]),
    # a possessive is not part of the name
    ("Russia's army moved.", "en", [("Russia", "actor")]),
    # word boundaries and case: no match inside a word or in lower case
    ("The bakuman and baku fans.", "en", []),
    # Indonesian exonyms
    ("Pembicaraan di Jenewa dan Moskwa.", "id", [("Jenewa", "place"), ("Moskwa", "place")]),
])
def test_recognition(gaz, text, lang, expected):
    assert spans(text, gaz, lang) == expected


def test_place_inside_an_organisation_is_marked(gaz):
    text = "seorang profesor diplomasi Universitas Kentucky kepada AFP."
    assert spans(text, gaz, "id") == [("Kentucky", "org")]
    assert spans("The Moscow Times reported it.", gaz) == [("Moscow", "org")]


def test_country_as_actor_versus_location(gaz):
    got = dict(spans("Armenia minta bantuan Rusia untuk perang di Armenia.", gaz, "id"))
    assert spans("Armenia minta bantuan Rusia.", gaz, "id") == [("Armenia", "actor"), ("Rusia", "actor")]
    assert got["Armenia"] in ("actor", "place")
    assert spans("Serangan di Armenia.", gaz, "id") == [("Armenia", "place")]


@pytest.mark.parametrize("text", [
    "Police said the fire was set on purpose.",          # a town named Police (Poland)
    "Along the road, residents waited.",                 # a town named Along (India)
    "Chiquita Raquel Henry, 19, was arrested.",          # Henry is a person here
    "Secara terpisah pada hari Minggu, pemimpin itu.",   # secara: an Indonesian word
    "Pada Juli tahun ini, kata dia.",                    # month name, also a town in Peru
    "Azerbaijan, ARRAHMAHNEWS.COM",                      # COM is not Como
])
def test_common_words_people_and_addresses_are_not_places(gaz, text):
    names = [t for t, _ in spans(text, gaz, "id" if "Secara" in text or "Pada" in text else "en")]
    assert not {"Police", "Along", "Henry", "Secara", "Juli", "COM"} & set(names)


def test_postal_abbreviation_only_after_a_place(gaz):
    assert spans("Charleston, W.Va., is quiet.", gaz) == [("Charleston", "place"), ("W.Va.", "place")]
    assert spans("Ga. is short for Georgia.", gaz)[0][0] == "Georgia"


def test_named_features_without_gazetteer_entry(gaz):
    assert ("Wichita Drive", "feature") in spans("A crash on Wichita Drive in the morning.", gaz)
    got = spans("Massa berkumpul di Jalan Merdeka Barat No 3 kemarin.", gaz, "id")
    assert got == [("Jalan Merdeka Barat", "feature")]


def test_region_part_is_kept_with_its_direction(gaz):
    assert spans("Banjir di Jakarta Selatan.", gaz, "id") == [("Jakarta Selatan", "place")]


def test_title_case_headline_is_detected():
    text = "Konflik Nagorno Karabakh: Armenia Minta Bantuan Rusia\n\nIsi berita di sini dan lain-lain."
    assert title_lines(text) == [(0, text.index("\n"))]
