"""The dashboard page: wires Streamlit widgets to geo/ and layers/ (no parsing here)."""
from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path

import geopandas as gpd
import streamlit as st
from streamlit_folium import st_folium

from geo import gazetteer, store
from geo.articles import article_from_upload, load_articles
from geo.config import ARTICLES_DIR, DEFAULT_CENTER, MAX_ARTICLE_BYTES, store_path
from geo.errors import ConflictMapError
from geo.pipeline import ingest_article, store_missing
from layers import base_layers, overlays
from layers.background import build_background
from layers.base import DEFAULT_ZOOM
from layers.charts import events_per_day
from layers.downloads import FORMATS, sources_table, to_bytes
from layers.events import clicked_event_id
from layers.filters import EventFilter, filter_events, newest, on_day
from layers.live import LiveLayers
from layers.pagestate import PageState, View, from_query, share_link, to_query
from layers.popups import article_html, markdown_text
from layers.record import paragraph_window, plural, record_fields
from layers.style import MAP_HEIGHT_PX, PAGE_CSS
from layers.territory import build_territory

st.set_page_config(page_title="Conflict map", layout="wide")
# Rows sent to the browser per table: 100,000 rows with excerpts would be tens of MB a rerun.
TABLE_ROWS = 1000
PLAY_SECONDS = 1.5  # one day of the timeline per this many seconds while playing
DEFAULT_VIEW = View(DEFAULT_CENTER[0], DEFAULT_CENTER[1], DEFAULT_ZOOM)


@st.cache_resource
def _gazetteer() -> gazetteer.Gazetteer:
    return gazetteer.load()


@st.cache_resource
def _seeded(path: str) -> str:
    """The seed articles go into the store once. The index loaded for them is let go: the
    page keeps one (250 MB) only once somebody adds an article."""
    store_missing(load_articles(ARTICLES_DIR), gazetteer.load, Path(path))
    return path


@st.cache_resource
def _live(path: str) -> LiveLayers:
    """The events and places layers of this store, shared by every session; articles stored
    since the last rerun are merged in, the others are not read again."""
    return LiveLayers(Path(path))


@st.cache_resource  # read only (the layers copy what they change): no copy each rerun
def _static_layers() -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    return build_territory(), build_background()


try:
    path = _seeded(str(store_path()))
    state = _live(path).current()
except ConflictMapError as exc:  # a store that cannot be read: one sentence, no traceback
    st.error(markdown_text(exc))
    st.stop()
events, places = state.events, state.places
territory, background = _static_layers()
ss = st.session_state
types = sorted(events["event_type"].unique())
outlets = sorted(events["outlet"].dropna().unique())
claimants = sorted(events["claimed_by"].fillna("").unique())
bounds: tuple[datetime.date, datetime.date] | None = (
    events["date_start"].min().date(), events["date_end"].max().date()) if len(events) else None

if "url_read" not in ss:  # a link's filters, view and event, once per visit
    asked = from_query({k: st.query_params.get_all(k) for k in st.query_params}, types, outlets,
                       claimants)
    ss.update(url_read=True, types=list(asked.filter.event_types), outlets=list(asked.filter.outlets),
              claimants=list(asked.filter.claimants), search=asked.filter.text,
              view=asked.view or DEFAULT_VIEW, opening_view=asked.view or DEFAULT_VIEW,
              selected=asked.event, focus=asked.event)
    if bounds:
        ss["dates"] = (asked.filter.start or bounds[0], asked.filter.end or bounds[1])
    ss["bounds"] = bounds
if bounds and ss.get("bounds") != bounds:
    # all dates by default; a range that was "all dates" widens when events fall outside it
    if ss.get("bounds") is None or tuple(ss.get("dates", ())) == ss["bounds"]:
        ss["dates"] = bounds
    ss["bounds"] = bounds


def _step(days: int) -> None:
    ss["day"] = min(max(ss["day"] + datetime.timedelta(days=days), ss["day_range"][0]),
                    ss["day_range"][1])


with st.sidebar:
    st.header("Layers")
    show = {"events": st.checkbox("Reported events", value=True, key="show_events"),
            "places": st.checkbox("Places mentioned", value=True, key="show_places"),
            "territory": st.checkbox("Disputed territory", value=True, key="show_territory")}
    places_of = st.radio("Places to draw", ["of the events shown", "every place mentioned"],
                         key="places_of", horizontal=True, disabled=not show["places"])
    st.header("Filter events")
    picked_dates = st.date_input("Dates", key="dates", min_value=bounds[0], max_value=bounds[1]) \
        if bounds else ()
    # a range being picked is one date until its second click
    dates: tuple[datetime.date, ...] = tuple(picked_dates) if isinstance(picked_dates, tuple) else ()
    chosen = EventFilter(
        start=dates[0] if len(dates) > 0 else None, end=dates[1] if len(dates) > 1 else None,
        event_types=tuple(st.multiselect("Event type", types, key="types")),
        outlets=tuple(st.multiselect("Outlet", outlets, key="outlets")),
        claimants=tuple(st.multiselect("Claimed by", claimants,
                                       format_func=lambda c: c or "(the outlet's own voice)",
                                       key="claimants")),
        text=st.text_input("Search excerpts, places, actors", key="search"))

    st.header("Timeline")
    timeline = st.toggle("One day at a time", key="timeline") if bounds else False
    if timeline and bounds:
        first_day = chosen.start or bounds[0]
        last_day = max(chosen.end or bounds[1], first_day)
        ss["day_range"] = (first_day, last_day)
        if not first_day <= ss.get("day", first_day) <= last_day:
            ss["day"] = first_day
        st.slider("Day", min_value=first_day, max_value=last_day, key="day", format="D MMM YYYY")
        back, forward, play = st.columns(3)
        back.button("◀ Day before", on_click=_step, args=(-1,), key="day_back")
        forward.button("Day after ▶", on_click=_step, args=(1,), key="day_next")
        playing = play.toggle("Play", key="playing")

        @st.fragment(run_every=PLAY_SECONDS if playing else None)
        def _player() -> None:
            if ss.get("playing") and ss.get("_played_once"):
                if ss["day"] >= ss["day_range"][1]:
                    ss["playing"] = False
                else:
                    _step(1)
                st.rerun()
            ss["_played_once"] = bool(ss.get("playing"))

        _player()

    st.header("Add article")
    st.caption(f"Paste its text or upload one .txt or .html file of at most "
               f"{MAX_ARTICLE_BYTES // 1_000_000} MB, then give its outlet and date.")
    source = st.radio("Add from", ["Pasted text", "A file"], key="add_from", horizontal=True)
    form = ss.setdefault("form_round", 0)  # a new round after each success: an empty form
    with st.form("add_article"):
        if source == "Pasted text":
            pasted = st.text_area("The article's text", key=f"add_text_{form}")
            upload = None
        else:
            pasted = ""
            upload = st.file_uploader("The article's file (.txt or .html)", key=f"add_file_{form}",
                                      type=["txt", "html", "htm"])
        outlet = st.text_input("Outlet", key=f"add_outlet_{form}")
        published = st.date_input("Published", value=None, key=f"add_published_{form}")
        language = st.selectbox("Language", ["id", "en"], key=f"add_lang_{form}",
                                format_func=lambda code: {"id": "Indonesian", "en": "English"}[code])
        link = st.text_input("Address (URL, optional)", key=f"add_url_{form}")
        submitted = st.form_submit_button("Add to the map")
    if submitted:
        name, data = (upload.name, upload.getvalue()) if upload else ("pasted.txt", pasted.encode())
        if published is None:
            st.error("Give the date the article was published.")
        elif upload is None and source == "A file":
            st.error("Choose a file to upload, or switch to pasted text.")
        else:
            try:
                with st.spinner(f"Reading {plural(len(data), 'byte')}: finding places and events "
                                f"(about a second per 200,000)..."):
                    done = ingest_article(
                        article_from_upload(name, data, published, outlet, language, link),
                        _gazetteer(), Path(path))
            except ConflictMapError as exc:
                st.error(markdown_text(exc))
            else:
                ss["added"] = (
                    f"Added {done.stored_as}: {plural(done.places, 'place mention')}, "
                    f"{plural(done.events, 'event')}; the date filter now covers all dates."
                    if done.added else f"Already stored as {done.stored_as}: nothing changed.")
                if done.added:
                    ss["form_round"] = form + 1
                    ss.pop("bounds", None)  # all dates again: the new events are in view
                st.rerun()  # the new article is drawn at once
    if "added" in ss:
        st.success(markdown_text(ss.pop("added")))

undated = filter_events(events, replace(chosen, start=None, end=None), state.search)
shown = filter_events(undated, EventFilter(start=chosen.start, end=chosen.end))
hidden_by_dates = len(undated) - len(shown)
if timeline and "day" in ss:
    shown = on_day(shown, ss["day"])
st.title("Conflict map")
st.caption(f"{plural(state.articles, 'article')} in the store; {len(shown):,} of "
           f"{plural(len(events), 'event')} shown"
           + (f" ({hidden_by_dates:,} outside the dates chosen)" if hidden_by_dates else "")
           + (f", on {ss['day']:%-d %B %Y}" if timeline else "")
           + ". Boundaries: Natural Earth, before the 2020 war. Tiles need the internet; the "
             "outlines and names do not.")
# unique() first: isin() over 100,000 place ids takes 0.4 s, over their ~1,000 distinct ones 5 ms
drawn_places = places[places["id"].isin(shown["place_id"].unique())] \
    if places_of == "of the events shown" else places
opening: View = ss["opening_view"]  # the same all visit long: the map is drawn once, then kept
st.html(f"<style>{PAGE_CSS}</style>")  # the map's height follows the screen's
clicked = st_folium(
    base_layers(background, (opening.lat, opening.lon), opening.zoom), key="map",
    height=MAP_HEIGHT_PX, use_container_width=True,
    feature_group_to_add=overlays(shown, drawn_places, territory, show, ss.get("focus"),
                                  state.columns),
    returned_objects=["last_active_drawing", "center", "zoom"])
if clicked and clicked.get("center") and clicked.get("zoom"):
    ss["view"] = View(round(clicked["center"]["lat"], 4), round(clicked["center"]["lng"], 4),
                      int(clicked["zoom"]))
if clicked and clicked.get("last_active_drawing") != ss.get("last_click"):
    ss["last_click"] = clicked.get("last_active_drawing")
    ss["selected"] = clicked_event_id(clicked, shown) or ss.get("selected")

st.subheader(f"Events, newest first ({len(shown):,})")
feed = newest(shown, TABLE_ROWS)
if len(shown) > TABLE_ROWS:
    st.caption(f"The newest {TABLE_ROWS:,} of {len(shown):,} events (narrow the filters, or "
               "download the layer for all of them).")
if shown.empty:
    st.info("No event matches these filters." if len(events) else "No event is stored yet.")
TABLE = ["date_start", "date_end", "event_type", "sub_event_type", "place", "claimed_by", "actors",
         "fatalities_best", "excerpt", "outlet", "sources", "id"]
picked = st.dataframe(
    feed[TABLE], hide_index=True, width="stretch", on_select="rerun", selection_mode="single-row",
    key="feed", column_config={
        "date_start": st.column_config.DateColumn("from", format="D MMM YYYY"),
        "date_end": st.column_config.DateColumn("to", format="D MMM YYYY"),
        "event_type": "type", "sub_event_type": "sub-type", "claimed_by": "claimed by",
        "fatalities_best": st.column_config.NumberColumn("killed", format="%d"),
        "excerpt": st.column_config.TextColumn("excerpt", width="large"), "id": "event id"})
rows = picked.selection.rows if picked else []
if rows != ss.get("last_rows"):
    ss["last_rows"] = rows
    if rows and rows[0] < len(feed):
        ss["selected"] = ss["focus"] = str(feed["id"].iloc[rows[0]])
        st.rerun()  # the map above flies to it

row = state.rows.get(ss.get("selected") or "")
if row is not None:
    record = state.records[row]
    by_id = {a.id: a for a in store.read_articles(Path(path), (x.article for x in record.excerpts))}
    with st.expander(markdown_text(f"Event {record.id}: {record.sub_event_type}, {record.place}"),
                     expanded=True):
        st.dataframe(record_fields(events.iloc[row]), hide_index=True, width="stretch")
        whole = st.toggle("Show the whole article of each source", key="whole_article")
        for excerpt in record.excerpts:
            article = by_id.get(excerpt.article)
            if article is None:
                continue
            st.caption(markdown_text(f"{article.outlet or 'Unknown outlet'} · "
                                     f"{article.published:%-d %B %Y} · {article.title or article.id}"))
            a, b = (0, len(article.text)) if whole else paragraph_window(
                article.text, excerpt.excerpt_start, excerpt.excerpt_end)
            marks = [(excerpt.excerpt_start - a, excerpt.excerpt_end - a, "excerpt")]
            # escaped HTML in an HTML element: no Markdown parser ever reads the article
            st.html(article_html(article.text[a:b], marks))

if len(shown):
    st.altair_chart(events_per_day(shown), width="stretch")
st.subheader(f"Places mentioned ({len(drawn_places):,})")
if len(drawn_places) > TABLE_ROWS:
    st.caption(f"The {TABLE_ROWS:,} places mentioned most of {len(drawn_places):,}.")
st.dataframe(drawn_places.drop(columns=["geometry", "id", "articles"]).head(TABLE_ROWS), hide_index=True,
             width="stretch")

page = PageState(chosen, ss["view"], ss.get("selected"))
st.query_params.from_dict(to_query(page))  # the address bar holds this view: reload keeps it
with st.expander("Share this view"):
    st.caption("This link opens these filters, this view of the map and the selected event:")
    st.code(share_link(str(getattr(st.context, "url", None) or ""), page), language=None)
with st.expander("Download the layers"):
    prepare = st.toggle("Prepare the files (GeoPackage takes a moment on large layers)", key="downloads")
    records = [state.records[i] for i in shown.index] if prepare else []  # index: the row
    layers_to_save = [("events (as filtered)", shown), ("sources of these events",
                                                        sources_table(shown, records)),
                      ("places", drawn_places), ("disputed territory", territory)] if prepare else []
    for label, frame in layers_to_save:
        columns = st.columns(len(FORMATS))
        for column, (fmt, (suffix, mime)) in zip(columns, FORMATS.items()):
            name = label.split(" ")[0]
            column.download_button(f"{label}: {fmt}", to_bytes(frame, fmt, name),
                                   file_name=f"conflict-map-{name}.{suffix}", mime=mime,
                                   key=f"download-{name}-{suffix}")
