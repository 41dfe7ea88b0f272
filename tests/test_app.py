from streamlit.testing.v1 import AppTest

from geo.config import ROOT


def test_page_runs_and_lists_seed_places():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception
    places = at.dataframe[0].value
    assert {"Baku", "Yerevan", "Khankendi", "Shusha", "Gyumri", "Geneva", "Moscow"} <= set(places["name"])
    assert "Kentucky" not in set(places["name"])
