"""Property tests: arbitrary text never breaks the loader, the recogniser, the date
normaliser or the event extractor; offsets always index the input; output is deterministic."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from geo.articles import find_nonreporting, make_article
from geo.errors import InputError
from geo.events.dates import find_dates
from geo.events.extract import extract_events
from geo.events.sentences import split_sentences
from geo.places import article_places
from geo.places.mentions import find_places

# Unicode text, with the words the extractors react to mixed in so that they are exercised.
WORDS = st.sampled_from(["Baku", "Shusha", "Stepanakert", "Armenia", "Rusia", "serangan", "tewas",
                         "Sabtu malam", "Jumat lalu", "(01/11)", "Sejak 27 September", "jika",
                         "tidak", "BACA JUGA:\n- ", "kata", "\u201c", "\u201d", "lebih dari 1200 orang",
                         "Nagorno-Karabakh", "-nya", "U.S.", "W.Va.", "shelled", "killed", ", ", ". ",
                         "\n", "di ", "Kementerian Pertahanan", "menuduh", "\u0000", "\ud7ff", "\U0001f600"])
TEXT = st.lists(st.one_of(st.text(max_size=12), WORDS), max_size=40).map("".join)
PUBLISHED = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(TEXT)
def test_loader_spans_index_the_text(text):
    if "\x00" in text:  # NUL is binary data, refused with a clear error, never a crash
        with pytest.raises(InputError, match="binary data"):
            make_article(text, "fuzz")
        return
    article = make_article(text, "fuzz")
    assert article.text == text
    for span in article.nonreporting:
        assert 0 <= span.start <= span.end <= len(text)
    assert find_nonreporting(text) == article.nonreporting
    for a, b in split_sentences(text):
        assert 0 <= a < b <= len(text) and text[a:b].strip()


@FUZZ
@given(TEXT, st.sampled_from(["id", "en", None]))
def test_places_offsets_and_determinism(gaz, text, lang):
    first = list(find_places(text, gaz, lang))
    assert first == list(find_places(text, gaz, lang))
    for m in first:
        assert text[m.start:m.end] == m.text


@FUZZ
@given(TEXT, PUBLISHED, st.sampled_from(["id", "en"]))
def test_dates_offsets_and_ranges(text, published, lang):
    found = find_dates(text, published, lang)
    assert found == find_dates(text, published, lang)
    for d in found:
        assert text[d.start:d.end] == d.text
        assert d.date_start <= d.date_end and 1 <= d.precision <= 5


@FUZZ
@given(TEXT, PUBLISHED, st.sampled_from(["id", "en"]))
def test_events_offsets_and_determinism(gaz, text, published, lang):
    assume("\x00" not in text)  # refused at the border (above)
    article = make_article(text, "fuzz", published=published.isoformat(), language=lang)
    events = extract_events(article, article_places(article, gaz))
    assert events == extract_events(article, article_places(article, gaz))
    for e in events:
        for x in e.excerpts:
            assert text[x.excerpt_start:x.excerpt_end] == x.excerpt
            if x.place_start is not None:
                assert 0 <= x.place_start <= x.place_end <= len(text)
        assert e.date_start <= e.date_end
