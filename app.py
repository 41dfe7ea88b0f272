"""The dashboard page: wires Streamlit widgets to geo/ and layers/ (no parsing here)."""
from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import streamlit as st
from streamlit_folium import st_folium

from geo import gazetteer, store
from geo.articles import article_from_upload, load_articles
from geo.config import ARTICLES_DIR, store_path
from geo.errors import ConflictMapError
from geo.pipeline import ingest_article, store_missing
from layers import build_map
from layers.background import build_background
from layers.charts import events_per_day
from layers.downloads import FORMATS, to_bytes
from layers.events import clicked_event_id
from layers.filters import EventFilter, filter_events
from layers.live import LiveLayers
from layers.popups import article_html, markdown_text
from layers.territory import build_territory

st.set_page_config(page_title="Conflict map", layout="wide")
# Rows sent to the browser per table: 100,000 rows with excerpts would be tens of MB a rerun.
TABLE_ROWS = 1000
MAP_HEIGHT_PX = 560


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


@st.cache_data
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

with st.sidebar:
    st.header("Layers")
    show = {"events": st.checkbox("Reported events", value=True, key="show_events"),
            "places": st.checkbox("Places mentioned", value=True, key="show_places"),
            "territory": st.checkbox("Disputed territory", value=True, key="show_territory")}
    st.header("Filter events")
    first, last = events["date_start"].min(), events["date_end"].max()
    dates = st.date_input("Dates", value=(first.date(), last.date()), key="dates") \
        if len(events) else ()
    chosen = EventFilter(
        start=dates[0] if len(dates) > 0 else None, end=dates[1] if len(dates) > 1 else None,
        event_types=tuple(st.multiselect("Event type", sorted(events["event_type"].unique()), key="types")),
        outlets=tuple(st.multiselect("Outlet", sorted(events["outlet"].dropna().unique()), key="outlets")),
        claimants=tuple(st.multiselect("Claimed by", sorted(events["claimed_by"].fillna("").unique()),
                                       format_func=lambda c: c or "(the article's own voice)",
                                       key="claimants")),
        text=st.text_input("Search excerpts, places, actors", key="search"))

    st.header("Add article")
    with st.form("add_article", clear_on_submit=False):
        pasted = st.text_area("Paste the article's text", key="add_text")
        upload = st.file_uploader("or upload a .txt or .html file", type=["txt", "html", "htm"],
                                  key="add_file")
        outlet = st.text_input("Outlet", key="add_outlet")
        published = st.date_input("Published", value=None, key="add_published")
        language = st.selectbox("Language", ["id", "en"], key="add_lang")
        link = st.text_input("URL (optional)", key="add_url")
        submitted = st.form_submit_button("Add to the map")
    if submitted:
        name, data = (upload.name, upload.getvalue()) if upload else ("pasted.txt", pasted.encode())
        try:
            done = ingest_article(article_from_upload(name, data, published, outlet, language, link),
                                  _gazetteer(), Path(path))
        except ConflictMapError as exc:
            st.error(markdown_text(exc))
        else:
            st.session_state["added"] = (
                f"Added {done.stored_as}: {done.places} place mentions, {done.events} events"
                if done.added else f"Already stored as {done.stored_as}: nothing changed")
            st.rerun()  # the new article is drawn at once
    if "added" in st.session_state:
        st.success(markdown_text(st.session_state.pop("added")))

shown = filter_events(events, chosen, state.search)
st.title("Conflict map")
st.caption(f"{state.articles:,} articles in the store; "
           f"{len(shown):,} of {len(events):,} events shown. "
           "Boundaries: Natural Earth, before the 2020 war. Tiles need the internet; the outlines "
           "and names do not.")
the_map = build_map(shown if show["events"] else shown.iloc[0:0], places, territory, background,
                    {"places": show["places"], "territory": show["territory"]})
clicked = st_folium(the_map, key="map", height=MAP_HEIGHT_PX, use_container_width=True, render=False,
                    returned_objects=["last_active_drawing"])
row = state.rows.get(clicked_event_id(clicked) or "")
if row is not None:
    record = state.records[row]
    by_id = {a.id: a for a in store.read_articles(Path(path), (x.article for x in record.excerpts))}
    with st.expander(markdown_text(f"Event {record.id}: {record.sub_event_type}, {record.place}"),
                     expanded=True):
        st.dataframe(events.drop(columns="geometry").iloc[[row]].set_index("id").T.astype(str),
                     width="stretch")
        for excerpt in record.excerpts:
            article = by_id.get(excerpt.article)
            if article is None:
                continue
            st.caption(markdown_text(f"{article.outlet or '?'} · {article.published} · "
                                     f"{article.title or article.id}"))
            marks = [(excerpt.excerpt_start, excerpt.excerpt_end, "excerpt")]
            # escaped HTML in an HTML element: no Markdown parser ever reads the article
            st.html(article_html(article.text, marks))
st.subheader(f"Events ({len(shown):,})")
if len(shown) > TABLE_ROWS:
    st.caption(f"The first {TABLE_ROWS:,} of {len(shown):,} events (narrow the filters, or download "
               "the layer for all of them).")
TABLE = ["id", "date_start", "date_end", "event_type", "sub_event_type", "place", "claimed_by", "actors",
         "fatalities_text", "fatalities_best", "excerpt", "outlet", "sources", "confidence",
         "date_precision", "geo_precision"]
st.dataframe(
    shown[TABLE].head(TABLE_ROWS), hide_index=True, width="stretch",
    column_config={"date_start": st.column_config.DateColumn("from", format="YYYY-MM-DD"),
                   "date_end": st.column_config.DateColumn("to", format="YYYY-MM-DD"),
                   "excerpt": st.column_config.TextColumn("excerpt", width="large")})
st.altair_chart(events_per_day(shown), width="stretch")
st.subheader(f"Places mentioned ({len(places):,})")
if len(places) > TABLE_ROWS:
    st.caption(f"The {TABLE_ROWS:,} places mentioned most of {len(places):,}.")
st.dataframe(places.drop(columns="geometry").head(TABLE_ROWS), hide_index=True, width="stretch")
with st.expander("Download the layers"):
    prepare = st.toggle("Prepare the files (GeoPackage takes a moment on large layers)", key="downloads")
    layers_to_save = [("events (as filtered)", shown), ("places", places),
                      ("disputed territory", territory)] if prepare else []
    for label, frame in layers_to_save:
        columns = st.columns(len(FORMATS))
        for column, (fmt, (suffix, mime)) in zip(columns, FORMATS.items()):
            name = label.split(" ")[0]
            column.download_button(f"{label}: {fmt}", to_bytes(frame, fmt, name),
                                   file_name=f"conflict-map-{name}.{suffix}", mime=mime,
                                   key=f"download-{name}-{suffix}")
