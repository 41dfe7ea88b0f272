import pytest
from streamlit.testing.v1 import AppTest

from geo.config import ROOT
from geo.places import article_places


@pytest.fixture
def app(tmp_path, monkeypatch):
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(tmp_path / "store.sqlite"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception
    return at


def map_script(at) -> str:
    return at.get("component_instance")[0].proto.json_args


def test_page_runs_and_shows_seed_events_and_places(app, tmp_path):
    events, places = app.dataframe[0].value, app.dataframe[1].value
    assert "Shelling/artillery/missile attack" in set(events["sub_event_type"])
    assert (tmp_path / "store.sqlite").exists()
    names = set(places["name"])
    assert {"Baku", "Yerevan", "Khankendi", "Shusha", "Gyumri", "Geneva", "Moscow"} <= names
    assert "Kentucky" not in names


def test_map_is_drawn_with_local_assets(app):
    script = map_script(app)
    assert "/app/static/node_modules/leaflet/dist/leaflet.js" in script
    assert "Events: Explosions/Remote violence" in script and "Disputed territory" in script


def test_toggles_and_filters_change_the_map(app):
    before = map_script(app)
    assert "Karabakh separatist defence ministry" in before
    app.checkbox(key="show_territory").uncheck().run()
    assert not app.exception
    assert map_script(app) != before
    app.text_input(key="search").input("Gyumri").run()  # no event in Gyumri
    assert "Karabakh separatist defence ministry" not in map_script(app)
    assert len(app.dataframe[0].value) == 0
    app.text_input(key="search").input("").run()
    app.multiselect(key="types").select("Strategic developments").run()
    shown = app.dataframe[0].value
    assert len(shown) > 0 and set(shown["event_type"]) == {"Strategic developments"}


def test_add_article_from_the_page_and_errors_lose_nothing(app):
    import datetime

    before = len(app.dataframe[0].value)
    app.text_area(key="add_text").input("Azerbaijan's defence ministry said Armenian forces shelled "
                                        "Ganja on Saturday night, killing four civilians.")
    app.text_input(key="add_outlet").input("Test Wire")
    app.date_input(key="add_published").set_value(datetime.date(2020, 11, 1))
    app.selectbox(key="add_lang").set_value("en")
    app.button[0].click().run()
    assert not app.exception and not app.error
    assert "1 events" in app.success[0].value
    assert len(app.dataframe[0].value) == before + 1 and "Ganja" in set(app.dataframe[0].value["place"])
    for text, outlet, message in (("   ", "Wire", "the article is empty"),
                                  ("Rockets hit Baku.", "", "no source")):
        app.text_area(key="add_text").input(text)
        app.text_input(key="add_outlet").input(outlet)
        app.button[0].click().run()
        assert message in app.error[0].value
        assert len(app.dataframe[0].value) == before + 1  # nothing lost, nothing added


def _add(at, text: str) -> None:
    import datetime

    at.text_area(key="add_text").input(text)
    at.text_input(key="add_outlet").input("Wire")
    at.date_input(key="add_published").set_value(datetime.date(2020, 11, 1))
    at.selectbox(key="add_lang").set_value("en")
    at.button[0].click().run()
    assert not at.exception and not at.error


def test_two_sessions_adding_at_once_both_see_both(tmp_path, monkeypatch):
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(tmp_path / "shared.sqlite"))
    first = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    second = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    _add(first, "Rockets hit Ganja on Saturday night, officials said.")
    _add(second, "Talks were held in Tbilisi on Friday.")
    first.run()
    second.run()
    for session in (first, second):
        places = set(session.dataframe[0].value["place"])
        assert "Ganja" in places and "Tbilisi" in places


def test_tables_send_at_most_a_thousand_rows(tmp_path, monkeypatch, gaz, seeds):
    from dataclasses import replace

    from geo import make_article, store
    from geo.events.extract import extract_events

    path = tmp_path / "big.sqlite"
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(path))
    seed = [e for a in seeds.values() for e in extract_events(a, article_places(a, gaz))][0]
    many = [replace(seed, place_id=f"p{k}", lat=39 + k / 1000, lon=46) for k in range(1200)]
    store.save(make_article("filler", "filler", published="2020-11-01", language="en"), [], many, path)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception
    assert len(at.dataframe[0].value) == 1000
    assert any("The first 1,000 of" in c.value for c in at.caption)


def test_the_server_is_local_and_shows_visitors_no_traceback():
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["address"] == "localhost"
    assert config["client"]["showErrorDetails"] == "none"
    assert config["browser"]["gatherUsageStats"] is False
