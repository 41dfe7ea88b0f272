import pytest
from geopy.distance import geodesic

from geo.places.mentions import article_places, chunks, find_places
from tests.geo.gazetteer.test_index import GEONAMES


def test_seed_places_are_found_within_15_km(gaz, seeds):
    found = {}
    for article in seeds.values():
        for m in article_places(article, gaz):
            assert article.text[m.start:m.end] == m.text
            if m.entry is not None:
                found.setdefault(m.text, []).append(m.entry)
    for name in ("Baku", "Yerevan", "Stepanakert", "Shusha", "Gyumri", "Jenewa", "Moskwa"):
        _, lat, lon = GEONAMES[name]
        assert name in found, name
        assert all(geodesic((e.lat, e.lon), (lat, lon)).km <= 15 for e in found[name]), name


def test_baca_juga_mentions_are_not_reporting(gaz, seeds):
    article = seeds["000_5e15d388eebb200e"]
    related = [m for m in article_places(article, gaz) if not m.reporting]
    assert related and all(article.text.rfind("BACA JUGA", 0, m.start) != -1 for m in related)
    headline = article.text.index("Azerbaijan Dituduh Gunakan Fosfor Putih di Karabakh")
    assert any(m.start >= headline and m.text == "Karabakh" for m in related)


def test_kentucky_is_an_organisation_not_a_place(gaz, seeds):
    mentions = article_places(seeds["004_3baf8dba779f802c"], gaz)
    assert [m.role for m in mentions if m.text == "Kentucky"] == ["org"]


@pytest.mark.parametrize("size", [50, 1000])
def test_chunks_cover_the_text_and_offsets_hold(gaz, size):
    text = ("Rockets hit Baku and Yerevan.\nTalks in Geneva failed.\n" * 40)
    pieces = list(chunks(text, size))
    assert "".join(p for _, p in pieces) == text
    assert all(text[o:o + len(p)] == p for o, p in pieces)
    mentions = list(find_places(text, gaz, "en"))
    assert len(mentions) == 40 * 3
    assert all(text[m.start:m.end] == m.text for m in mentions)


def test_empty_and_placeless_text(gaz):
    assert list(find_places("", gaz)) == []
    assert list(find_places("nothing to see here, no names at all.", gaz)) == []


@pytest.mark.parametrize("text, lang, name, place", [
    ("Bantuan pangan kembali tertahan di perbatasan Jalur Gaza, Senin.", "id", "Jalur Gaza", "Gaza Strip"),
    ("Floods cut the highway through Anbar, Iraq, last spring.", "en", "Anbar", "Al-Anbar"),
])
def test_a_whole_name_the_index_knows_is_that_place(gaz, text, lang, name, place):
    from geo import make_article
    article = make_article(text, "t", published="2025-07-20", language=lang)
    [m] = [m for m in article_places(article, gaz) if m.text == name]
    assert m.entry is not None and m.entry.name == place
