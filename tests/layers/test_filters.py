"""Filtering the events layer before folium."""
from datetime import date

from layers.events import build_events
from layers.filters import EventFilter, filter_events, search_text

from .test_compose import event


def test_filters():
    frame = build_events([event(when=date(2020, 10, 1)), event(etype="Strategic developments",
                                                              claimed="Karabakh army")])
    assert len(filter_events(frame, EventFilter())) == 2
    assert len(filter_events(frame, EventFilter(start=date(2020, 10, 15)))) == 1
    assert len(filter_events(frame, EventFilter(event_types=("Battles",)))) == 1
    assert len(filter_events(frame, EventFilter(claimants=("",)))) == 1
    assert len(filter_events(frame, EventFilter(text="karabakh ARMY"))) == 1
    assert len(filter_events(frame, EventFilter(text=" Karabakh ARMY "), search_text(frame))) == 1
    assert len(filter_events(frame, EventFilter(text="Shusha"), search_text(frame))) == 2
    assert len(filter_events(frame, EventFilter(outlets=("nobody",)))) == 0


def test_one_day_of_the_timeline():
    from dataclasses import replace

    from layers.filters import on_day

    long = replace(event(), date_start=date(2020, 10, 1), date_end=date(2020, 10, 5))
    frame = build_events([long, event(when=date(2020, 10, 7))])
    assert len(on_day(frame, date(2020, 10, 3))) == 1  # an event of several days is on each
    assert len(on_day(frame, date(2020, 10, 7))) == 1 and len(on_day(frame, date(2020, 10, 6))) == 0


def test_the_feed_is_newest_first():
    from dataclasses import replace

    from layers.filters import newest

    old, new = event(when=date(2020, 10, 1)), event(when=date(2020, 10, 9))
    long = replace(new, date_end=date(2020, 10, 12))
    frame = build_events([old, new, long, event(when=date(2020, 10, 1), excerpt="again Shusha")])
    assert list(newest(frame, 3).index) == [2, 1, 0]  # latest start, then latest end; ties in order
    assert list(newest(frame, 10).index) == [2, 1, 0, 3] and newest(frame, 0).empty
