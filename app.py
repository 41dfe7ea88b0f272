"""The dashboard page: wires Streamlit widgets to geo/ and layers/ (no parsing here)."""
from __future__ import annotations

import streamlit as st

from geo import article_places, gazetteer, load_articles
from geo.config import ARTICLES_DIR
from layers import build_places

st.set_page_config(page_title="Conflict map", layout="wide")


@st.cache_resource
def _gazetteer() -> gazetteer.Gazetteer:
    return gazetteer.load()


@st.cache_data
def _places_by_article() -> dict:
    gaz = _gazetteer()
    return {a.id: (a, article_places(a, gaz)) for a in load_articles(ARTICLES_DIR)}


st.title("Conflict map")
st.caption("Places named in the articles under data/articles, found and resolved offline "
           "(GeoNames, CLDR, Natural Earth). The interactive map comes with the layers work.")
by_article = _places_by_article()
places = build_places((aid, m) for aid, (_, ms) in by_article.items() for m in ms)
st.subheader(f"Places mentioned ({len(places)})")
st.dataframe(places.drop(columns="geometry"), hide_index=True, width="stretch")
for aid, (article, mentions) in by_article.items():
    with st.expander(f"{article.outlet or 'unknown outlet'} · {article.published or 'undated'} · "
                     f"{article.title or aid}"):
        st.dataframe([{"text": m.text, "start": m.start, "end": m.end, "role": m.role,
                       "reporting": m.reporting, "place": m.entry.name if m.entry else None,
                       "kind": m.entry.kind if m.entry else None, "score": m.score}
                      for m in mentions], hide_index=True, width="stretch")
