"""The dashboard page: wires Streamlit widgets to geo/ and layers/ (no parsing here)."""
from __future__ import annotations

import streamlit as st

from geo import gazetteer, load_articles, store
from geo.config import ARTICLES_DIR, store_path
from geo.geoparse import article_places
from geo.ingest import ingest_article
from layers import build_events, build_places

st.set_page_config(page_title="Conflict map", layout="wide")


@st.cache_resource
def _gazetteer() -> gazetteer.Gazetteer:
    return gazetteer.load()


@st.cache_resource
def _seeded() -> str:
    """The seed articles go into the store once; ingesting them again changes nothing."""
    for article in load_articles(ARTICLES_DIR):
        ingest_article(article, _gazetteer())
    return str(store_path())


@st.cache_data
def _places(article_ids: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """The places layer of the stored articles (recomputed only when the store grows)."""
    gaz = _gazetteer()
    return build_places((a.id, m) for a in store.load_articles() for m in article_places(a, gaz))


_seeded()
articles = store.load_articles()
events = build_events(store.load_events())
st.title("Conflict map")
st.caption(f"{len(articles)} articles in the store ({store_path().name}); places and events "
           "found offline. The interactive map comes with the layers work.")
st.subheader(f"Reported events ({len(events)})")
st.dataframe(
    events.drop(columns="geometry"), hide_index=True, width="stretch",
    column_order=["date_start", "date_end", "event_type", "sub_event_type", "place", "claimed_by",
                  "actors", "fatalities_text", "fatalities_best", "excerpt", "outlet", "sources",
                  "confidence", "date_precision", "geo_precision"],
    column_config={"date_start": st.column_config.DateColumn("from", format="YYYY-MM-DD"),
                   "date_end": st.column_config.DateColumn("to", format="YYYY-MM-DD"),
                   "excerpt": st.column_config.TextColumn("excerpt", width="large")})
places = _places(tuple(a.id for a in articles))
st.subheader(f"Places mentioned ({len(places)})")
st.dataframe(places.drop(columns="geometry"), hide_index=True, width="stretch")
