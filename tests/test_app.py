from streamlit.testing.v1 import AppTest

from geo.config import ROOT


def test_page_runs_and_shows_seed_events_and_places(tmp_path, monkeypatch):
    monkeypatch.setenv("CONFLICT_MAP_STORE", str(tmp_path / "store.sqlite"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception
    events, places = at.dataframe[0].value, at.dataframe[1].value
    assert "Shelling/artillery/missile attack" in set(events["sub_event_type"])
    assert (tmp_path / "store.sqlite").exists()
    names = set(places["name"])
    assert {"Baku", "Yerevan", "Khankendi", "Shusha", "Gyumri", "Geneva", "Moscow"} <= names
    assert "Kentucky" not in names
