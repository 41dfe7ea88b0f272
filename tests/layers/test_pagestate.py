"""The page's state in its URL: what a link holds, read back, and what a bad link cannot do."""
from datetime import date

from layers.filters import EventFilter
from layers.pagestate import PageState, View, from_query, share_link, to_query

TYPES, OUTLETS, CLAIMANTS = ["Battles", "Strategic developments"], ["Wire", "Daily"], ["", "Army"]


def _read(query):
    return from_query({k: v if isinstance(v, list) else [v] for k, v in query.items()},
                      TYPES, OUTLETS, CLAIMANTS)


def test_a_state_survives_its_url():
    state = PageState(EventFilter(date(2020, 10, 1), date(2020, 10, 9), ("Battles",), ("Wire", "Daily"),
                                  ("",), "shelled Ganja"), View(39.8123, 46.7512, 11), "0123456789abcdef")
    assert _read(to_query(state)) == state
    link = share_link("http://localhost:8501/?old=1#x", state)
    assert link.startswith("http://localhost:8501/?type=Battles&outlet=Wire&outlet=Daily&claim=&q=shelled+Ganja")
    assert "event=0123456789abcdef" in link and "z=11" in link and "old" not in link
    assert to_query(PageState()) == {} and share_link("http://h/", PageState()) == "http://h/"


def test_a_bad_link_gives_the_default_not_an_error():
    state = _read({"type": ["Battles", "Nonsense", "Battles"], "outlet": "<script>", "from": "yesterday",
                   "to": "2020-13-40", "lat": "nan", "lon": "46", "z": "99", "event": "javascript:x",
                   "q": "\x1b]0;title\x07" + "x" * 500})
    assert state.filter.event_types == ("Battles",) and state.filter.outlets == ()
    assert state.filter.start is None and state.filter.end is None
    assert state.view is None and state.event is None
    assert "\x1b" not in state.filter.text and len(state.filter.text) == 200
    assert _read({"lat": "39.8", "lon": "1e999", "z": "8"}).view is None
    assert _read({"lat": "39.8", "lon": "46.7", "z": "8"}).view == View(39.8, 46.7, 8)
