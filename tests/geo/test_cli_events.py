import json

import pytest

from geo.cli import main
from geo.config import ARTICLES_DIR

FIELDS = {"event_type", "sub_event_type", "date_start", "date_end", "date_precision", "place",
          "geo_precision", "actors", "claimed_by", "fatalities_low", "fatalities_best",
          "fatalities_high", "fatalities_text", "article", "outlet", "url", "language", "excerpt",
          "excerpt_start", "excerpt_end", "place_start", "place_end", "date_mention_start",
          "date_mention_end", "confidence", "sources", "time_precision"}
JERNIH = ARTICLES_DIR / "004_3baf8dba779f802c.txt"


def test_events_prints_geojson_points(capsys):
    assert main(["events", str(JERNIH), "--published", "2020-10-31", "--source", "Jernih.co"]) == 0
    collection = json.loads(capsys.readouterr().out)
    assert collection["type"] == "FeatureCollection" and collection["features"]
    text = JERNIH.read_text(encoding="utf-8")
    for feature in collection["features"]:
        assert feature["geometry"]["type"] == "Point"
        props = feature["properties"]
        assert FIELDS <= props.keys()
        assert text[props["excerpt_start"]:props["excerpt_end"]] == props["excerpt"]
        assert props["outlet"] == "Jernih.co"
    places = {f["properties"]["place"] for f in collection["features"]}
    assert "Shusha" in places and "Yerevan" not in places


def test_no_events_is_an_empty_collection(tmp_path, capsys):
    path = tmp_path / "quiet.txt"
    path.write_text("Cuaca cerah di Jakarta hari ini.", encoding="utf-8")
    assert main(["events", str(path), "--published", "2020-10-31"]) == 0
    assert json.loads(capsys.readouterr().out) == {"type": "FeatureCollection", "features": []}


@pytest.mark.parametrize("published, message", [
    ("31/10/2020", "not a date in YYYY-MM-DD form"),
    ("2020-02-30", "not a date in YYYY-MM-DD form"),
    ("2999-01-01", "is in the future"),
])
def test_malformed_published_is_refused_clearly(tmp_path, capsys, published, message):
    path = tmp_path / "a.txt"
    path.write_text("Rockets hit Baku.", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["events", str(path), "--published", published])
    assert exit_info.value.code == 2 and message in capsys.readouterr().err


def test_missing_published_is_refused_clearly(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Rockets hit Baku.", encoding="utf-8")
    assert main(["events", str(path)]) == 2
    assert "no published date: pass --published YYYY-MM-DD" in capsys.readouterr().err


def test_ingest_twice_changes_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(tmp_path / "store.sqlite"))
    path = tmp_path / "a.txt"
    path.write_text("Rockets hit Stepanakert on Friday, officials said.", encoding="utf-8")
    args = ["ingest", str(path), "--published", "2020-10-31", "--source", "Test Wire", "--lang", "en"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("added a (Test Wire, 2020-10-31, en)") and "1 events" in out
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("unchanged a") and "1 articles, 1 events" in out


def test_ingest_needs_a_source_and_stores_nothing_without(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(tmp_path / "store.sqlite"))
    path = tmp_path / "a.txt"
    path.write_text("Rockets hit Baku.", encoding="utf-8")
    assert main(["ingest", str(path), "--published", "2020-10-31"]) == 2
    assert "no source: pass --source NAME" in capsys.readouterr().err
    assert not (tmp_path / "store.sqlite").exists()


@pytest.mark.parametrize("data, problem", [
    (b"", "the article is empty"),
    (b"  \n\t \n", "the article is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary data"),
    ("Bak\u00fc hari ini".encode("latin-1"), "not valid UTF-8"),
])
def test_bad_files_are_refused_and_the_store_is_unchanged(tmp_path, monkeypatch, capsys, data, problem):
    store = tmp_path / "store.sqlite"
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(store))
    good = tmp_path / "good.txt"
    good.write_text("Rockets hit Stepanakert on Friday.", encoding="utf-8")
    assert main(["ingest", str(good), "--published", "2020-10-31", "--source", "W", "--lang", "en"]) == 0
    capsys.readouterr()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    assert main(["ingest", str(good), str(bad), "--published", "2020-10-31", "--source", "W"]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and problem in err
    from geo import store as stored
    assert stored.counts(store)[0] == 1  # nothing lost, nothing half-added


def test_html_file_keeps_its_visible_text(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text("<html><head><script>window.x=1</script><style>p{}</style></head><body>"
                    "<p>Rockets hit Stepanakert on Friday, officials said.</p></body></html>",
                    encoding="utf-8")
    assert main(["events", str(page), "--published", "2020-10-31", "--lang", "en"]) == 0
    [feature] = json.loads(capsys.readouterr().out)["features"]
    assert feature["properties"]["excerpt"] == "Rockets hit Stepanakert on Friday, officials said."


def test_unknown_language_is_refused(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Rockets hit Baku.", encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["events", str(path), "--published", "2020-10-31", "--lang", "fr"])
    assert "invalid choice: 'fr'" in capsys.readouterr().err


def test_file_over_the_size_limit_is_refused(tmp_path, capsys, monkeypatch):
    from geo import fileio

    monkeypatch.setattr(fileio, "MAX_ARTICLE_BYTES", 1000)  # the same check, a smaller limit
    path = tmp_path / "big.txt"
    path.write_text("Rockets hit Baku. " * 100, encoding="utf-8")
    assert main(["events", str(path), "--published", "2020-10-31"]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "over the limit of 1000" in err


def test_time_precision_is_acleds_scale_from_the_dates():
    from dataclasses import replace
    from datetime import date

    from geo.records import Event, Excerpt
    x = Excerpt("a", "Outlet", None, "en", None, "words", 0, 5)
    day = Event("Battles", "Armed clash", date(2020, 11, 1), date(2020, 11, 1), 1, "X", "gn:1", 0.0,
                0.0, "AZ", 1, (), "", None, None, None, "", "fighting", (x,), 0.5)
    assert day.time_precision == 1
    assert replace(day, date_start=date(2020, 10, 26)).time_precision == 2  # a week
    assert replace(day, date_start=date(2020, 10, 1)).time_precision == 3  # a month
