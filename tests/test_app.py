import datetime
import json
import re

import pytest
from streamlit.testing.v1 import AppTest
from streamlit_folium import generate_js_hash

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


def map_args(at) -> dict:
    return json.loads(map_script(at))


def layer_data(at) -> list:
    """The events layer's data as the browser gets it (layers.events.event_data)."""
    found = re.search(r"conflictEvents\(.*?,\s*(\[.*\])\);", map_args(at)["feature_group"], re.S)
    return json.loads(found.group(1))


def click(at, row: int, center=(39.8, 46.7), zoom=9) -> None:
    """A click on the marker of row `row`, as streamlit-folium reports it (the component's
    value: the clicked feature and the view)."""
    args = map_args(at)
    key = generate_js_hash(args["script"], "map", False)
    at.session_state[key] = {
        "last_active_drawing": {"type": "Feature", "properties": {"row": row, "token": layer_data(at)[11]}},
        "center": {"lat": center[0], "lng": center[1]}, "zoom": zoom}
    at.run()
    assert not at.exception


def test_page_runs_and_shows_seed_events_and_places(app, tmp_path):
    events, places = app.dataframe[0].value, app.dataframe[1].value
    assert "Shelling/artillery/missile attack" in set(events["sub_event_type"])
    assert (tmp_path / "store.sqlite").exists()
    # by default the places of the events shown; every place mentioned as a choice
    assert {"Khankendi", "Shusha", "Baku"} <= set(places["name"])
    assert "Gyumri" not in set(places["name"])
    app.radio(key="places_of").set_value("every place mentioned").run()
    names = set(app.dataframe[1].value["name"])
    assert {"Baku", "Yerevan", "Khankendi", "Shusha", "Gyumri", "Geneva", "Moscow"} <= names
    assert "Kentucky" not in names


def test_map_is_drawn_with_local_assets(app):
    args = map_args(app)
    assert "/app/static/node_modules/leaflet/dist/leaflet.js" in args["js_links"]
    assert "/app/static/event_layer.js" in args["js_links"]
    assert "window.conflictEvents(" in args["feature_group"]
    assert all(link.startswith("/app/static/") for link in args["js_links"] + args["css_links"])


def test_the_map_is_kept_while_filters_change(app):
    """The map's own script (what streamlit-folium keys the drawn map by) stays the same
    through filters, toggles and clicks: the view the user chose is kept."""
    script = map_args(app)["script"]
    app.text_input(key="search").input("Shusha").run()
    app.checkbox(key="show_places").uncheck().run()
    click(app, 0)
    assert map_args(app)["script"] == script
    assert map_args(app)["feature_group"] != ""


def test_a_click_opens_the_record_and_the_url_holds_the_view(app):
    data = layer_data(app)
    click(app, 2, center=(39.81, 46.75), zoom=11)
    shown = app.dataframe[0].value
    [record] = [e for e in app.expander if e.label.startswith("Event ")]
    assert app.query_params["event"] in record.label
    assert app.query_params["z"] == "11" and app.query_params["lat"] == "39.8100"
    assert app.query_params["event"] in set(shown["id"])
    fields = dict(app.dataframe[1].value.values.tolist())  # the record, in words
    assert "nan" not in " ".join(fields.values()) and "Type" in fields and "From" in fields
    assert fields["From"][0].isdigit() and ":" not in fields["From"]  # a date, not a timestamp
    assert data[12] == -1  # nothing was selected before


def test_a_link_opens_its_filters_view_and_event(tmp_path, monkeypatch):
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(tmp_path / "store.sqlite"))
    first = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    click(first, 0, center=(39.9, 46.6), zoom=10)
    first.multiselect(key="types").select("Strategic developments").run()
    link = dict(first.query_params)
    again = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    again.query_params.update(link)
    again.run()
    assert not again.exception
    assert set(again.dataframe[0].value["event_type"]) == {"Strategic developments"}
    assert any(link["event"] in e.label for e in again.expander)
    assert map_args(again)["script"] != map_args(first)["script"]  # opens at the link's view
    assert "[39.9, 46.6]" in map_args(again)["script"]


@pytest.mark.parametrize("query", [{"type": "Nonsense", "z": "99", "event": "<script>"},
                                   {"from": "yesterday", "lat": "nan", "lon": "1e999", "q": "\x1b\x07"}])
def test_a_bad_link_opens_the_default_page(tmp_path, monkeypatch, query):
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(tmp_path / "store.sqlite"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params.update(query)
    at.run()
    assert not at.exception and not at.error
    assert len(at.dataframe[0].value) > 0 and not [e for e in at.expander if e.label.startswith("Event ")]


def test_toggles_and_filters_change_the_map(app):
    before = map_script(app)
    assert "Karabakh separatist defence ministry" in before
    app.checkbox(key="show_territory").uncheck().run()
    assert not app.exception
    assert map_script(app) != before
    app.text_input(key="search").input("Gyumri").run()  # no event in Gyumri
    assert "Karabakh separatist defence ministry" not in map_script(app)
    assert len(app.dataframe[0].value) == 0
    assert any("No event matches these filters" in i.value for i in app.info)  # a sentence, no chart
    assert not app.get("arrow_vega_lite_chart")
    app.text_input(key="search").input("").run()
    app.multiselect(key="types").select("Strategic developments").run()
    shown = app.dataframe[0].value
    assert len(shown) > 0 and set(shown["event_type"]) == {"Strategic developments"}


def test_add_article_from_the_page_and_errors_lose_nothing(app):
    import datetime

    before = len(app.dataframe[0].value)
    app.text_area(key="add_text_0").input("Azerbaijan's defence ministry said Armenian forces shelled "
                                          "Ganja on Saturday night, killing four civilians.")
    app.text_input(key="add_outlet_0").input("Test Wire")
    app.button[0].click().run()  # no date yet: said in the page's words, nothing stored
    assert "Give the date the article was published" in app.error[0].value
    assert app.text_area(key="add_text_0").value.startswith("Azerbaijan's")  # the text is kept
    app.date_input(key="add_published_0").set_value(datetime.date(2020, 11, 1))
    app.selectbox(key="add_lang_0").set_value("en")
    app.button[0].click().run()
    assert not app.exception and not app.error
    assert " 1 event&#59;" in app.success[0].value  # not "1 events"
    assert len(app.dataframe[0].value) == before + 1 and "Ganja" in set(app.dataframe[0].value["place"])
    assert app.text_area(key="add_text_1").value == ""  # the form is cleared after success
    for text, outlet, message in (("   ", "Wire", "the article is empty"),
                                  ("Rockets hit Baku.", "", "no source")):
        app.text_area(key="add_text_1").input(text)
        app.text_input(key="add_outlet_1").input(outlet)
        app.date_input(key="add_published_1").set_value(datetime.date(2020, 11, 1))
        app.button[0].click().run()
        assert message in app.error[0].value
        assert len(app.dataframe[0].value) == before + 1  # nothing lost, nothing added
        assert app.text_area(key="add_text_1").value == text


def test_an_article_outside_the_dates_shown_widens_them(app):
    import datetime

    _add(app, "Rockets hit Ganja on Saturday night, officials said.", datetime.date(2020, 12, 20))
    assert "Ganja" in set(app.dataframe[0].value["place"])  # the date filter widened to show it
    app.date_input(key="dates").set_value((datetime.date(2020, 10, 26), datetime.date(2020, 11, 1))).run()
    assert "Ganja" not in set(app.dataframe[0].value["place"])
    assert any("1 outside the dates chosen" in c.value for c in app.caption)  # and says so


def test_the_timeline_shows_one_day_and_steps(app):
    app.toggle(key="timeline").set_value(True).run()
    day = app.slider(key="day").value
    shown = app.dataframe[0].value
    assert all(a.date() <= day <= b.date() for a, b in zip(shown["date_start"], shown["date_end"]))
    app.button(key="day_next").click().run()
    assert app.slider(key="day").value == day + datetime.timedelta(days=1)
    app.button(key="day_back").click().run()
    assert app.slider(key="day").value == day


def _add(at, text: str, published=datetime.date(2020, 11, 1)) -> None:
    form = at.session_state["form_round"]
    at.text_area(key=f"add_text_{form}").input(text)
    at.text_input(key=f"add_outlet_{form}").input("Wire")
    at.date_input(key=f"add_published_{form}").set_value(published)
    at.selectbox(key=f"add_lang_{form}").set_value("en")
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
    assert any("The newest 1,000 of" in c.value for c in at.caption)


def test_the_server_is_local_and_shows_visitors_no_traceback():
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["address"] == "localhost"
    assert config["client"]["showErrorDetails"] == "none"
    assert config["browser"]["gatherUsageStats"] is False
