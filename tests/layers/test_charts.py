"""The events-per-day chart: types named in words, whole numbers."""
from layers.charts import events_per_day
from layers.events import build_events

from .test_compose import event


def test_types_are_named_rows_not_colour_alone():
    spec = events_per_day(build_events([event(), event(etype="Explosions/Remote violence")])).to_dict()
    row = spec["encoding"]["row"]
    assert row["field"] == "event_type" and row["header"]["labelLimit"] == 0  # never cut short
    assert spec["encoding"]["y"]["axis"]["format"] == "d"  # counts, no "0.000000" tick
    assert spec["encoding"]["color"]["legend"] is None
